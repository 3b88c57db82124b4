package tag

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadECB(t *testing.T) {
	got, err := readECB("testdata/ecb_sample.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Envoys", "met", "in", "Oslo", "."},
		{"Talks", "&", "tea", "followed", "."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readECB = %q, want %q", got, want)
	}
	if _, err := readECB("testdata/missing.xml"); err == nil {
		t.Error("readECB of a missing file: no error")
	}
}

func TestClusterKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ankara", "ankara"},
		{"1,250", "0,000"},
		{"COVID-19", "covid-00"},
		{"don’t", "don't"},
		{"", ""},
	} {
		if got := clusterKey(c.in); got != c.want {
			t.Errorf("clusterKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCluPrefix(t *testing.T) {
	for _, c := range []struct {
		path uint16
		k    int
		want uint64
	}{
		{0b1_0110, 2, 0b1_01},
		{0b1_0110, 4, 0b1_0110},
		{0b1_0110, 9, 0b1_0110},
		{0, 3, 0},
	} {
		if got := cluPrefix(c.path, c.k); got != c.want {
			t.Errorf("cluPrefix(%b, %d) = %b, want %b", c.path, c.k, got, c.want)
		}
	}
}

func TestLearnWordInfo(t *testing.T) {
	var text [][]string
	for _, s := range []string{
		"the minister met the envoy in Oslo .",
		"the envoy met the minister in Ankara .",
		"a minister spoke to a reporter in Oslo .",
		"the reporter spoke to the envoy in Ankara .",
	} {
		for range 3 {
			text = append(text, strings.Fields(s))
		}
	}
	o := defaultClusterOptions
	o.dims = 16
	a := learnWordInfo(text, o)
	b := learnWordInfo(text, o)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("learnWordInfo is not deterministic")
	}
	for _, w := range []string{"the", "minister", "oslo", "met"} {
		if a[w].path < 2 {
			t.Errorf("%q has no cluster: %+v", w, a[w])
		}
	}
	if a["oslo"].cap != 5 || a["minister"].cap != 1 {
		t.Errorf("capitalisation buckets: oslo %d (want 5), minister %d (want 1)", a["oslo"].cap, a["minister"].cap)
	}
}
