package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// tinyCorpus is written for these tests: sentences with names of persons,
// places and organisations.
var tinyCorpus = []struct {
	text  string
	spans []span
}{
	{"Anna Berg visited Oslo on Monday .", []span{{0, 2, "PER"}, {3, 4, "LOC"}}},
	{"Karl Lind works for Nordbank in Bergen .", []span{{0, 2, "PER"}, {4, 5, "ORG"}, {6, 7, "LOC"}}},
	{"The Nordbank board met in Oslo .", []span{{1, 2, "ORG"}, {5, 6, "LOC"}}},
	{"Berg said the talks went well .", []span{{0, 1, "PER"}}},
	{"Lind flew to Bergen and then to Oslo .", []span{{0, 1, "PER"}, {3, 4, "LOC"}, {7, 8, "LOC"}}},
	{"A Norwegian minister met Anna Berg .", []span{{1, 2, "MISC"}, {4, 6, "PER"}}},
	{"Prices rose in the spring .", nil},
}

func tinyExamples() []example {
	var exs []example
	for _, c := range tinyCorpus {
		s := sentence{Words: strings.Fields(c.text), Spans: c.spans}
		exs = append(exs, example{s.Words, masks("wikigold", s.Words, mapSentence("wikigold", s)), -1})
	}
	return exs
}

func trainTiny(t *testing.T) (*Recognizer, []byte) {
	t.Helper()
	r, err := trainExamples(tinyExamples(), TrainOptions{Epochs: 8, Seed: 3, MinWeight: 0.001, LowerRate: -1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return r, buf.Bytes()
}

func TestTrainSmoke(t *testing.T) {
	r, b := trainTiny(t)
	got := r.Tag(strings.Fields("Karl Lind works for Nordbank in Bergen ."))
	want := []string{"B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-GPE", "O"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	r2, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got2 := r2.Tag(strings.Fields("Karl Lind works for Nordbank in Bergen .")); !reflect.DeepEqual(got2, want) {
		t.Errorf("after Save/Read: Tag = %v, want %v", got2, want)
	}
	if len(r.Tag(nil)) != 0 {
		t.Error("empty sentence")
	}
}

func TestTrainDeterministic(t *testing.T) {
	_, a := trainTiny(t)
	_, b := trainTiny(t)
	if !bytes.Equal(a, b) {
		t.Error("two trainings with the same options differ")
	}
}

func TestReadBadModel(t *testing.T) {
	_, b := trainTiny(t)
	for _, in := range [][]byte{nil, []byte("PNER1"), []byte("junk"), b[:len(b)/2]} {
		if _, err := Read(bytes.NewReader(in)); err == nil {
			t.Errorf("%d bytes: no error", len(in))
		}
	}
}

func TestClustersDeterministic(t *testing.T) {
	var sents [][]string
	for i := 0; i < 20; i++ {
		for _, c := range tinyCorpus {
			sents = append(sents, strings.Fields(c.text))
		}
	}
	a := Clusters(sents, ClusterOptions{MinCount: 2, Depth: 6})
	b := Clusters(sents, ClusterOptions{MinCount: 2, Depth: 6})
	if !reflect.DeepEqual(a, b) || len(a) == 0 {
		t.Fatalf("clusters differ or empty: %d words", len(a))
	}
	for w, c := range a {
		if len(c) == 0 || len(c) > 6 || strings.Trim(c, "01") != "" {
			t.Errorf("%s: bad path %q", w, c)
		}
	}
}

func TestSetWeight(t *testing.T) {
	for _, tc := range []struct {
		in   string
		name string
		k    int
	}{{"gum/train", "gum/train", 1}, {"uner-ewt/dev*3", "uner-ewt/dev", 3}, {"x*0", "x*0", 1}, {"x*y", "x*y", 1}} {
		if name, k := setWeight(tc.in); name != tc.name || k != tc.k {
			t.Errorf("setWeight(%q) = %q, %d", tc.in, name, k)
		}
	}
}
