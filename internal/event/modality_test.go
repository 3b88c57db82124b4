package event

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

type modCase struct {
	split, typ, modality, text string
	negated                    bool
}

func loadModality(t *testing.T) []modCase {
	t.Helper()
	f, err := os.Open("testdata/modality.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []modCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 5 {
			t.Fatalf("testdata/modality.tsv:%d: want 5 fields, got %d", n, len(p))
		}
		out = append(out, modCase{split: p[0], typ: p[1], negated: p[2] == "1", modality: p[3], text: p[4]})
	}
	return out
}

// TestModality scores negation and modality on our own sentences. The test
// half must be ≥ 95% right among the events found; the figures for both
// halves, with misses counted as wrong too, are logged.
func TestModality(t *testing.T) {
	cases := loadModality(t)
	if len(cases) < 150 {
		t.Fatalf("only %d cases, want ≥ 150", len(cases))
	}
	annotate := annotator(t)
	type tally struct{ right, found, all int }
	got := map[string]*tally{"dev": {}, "test": {}}
	for i, c := range cases {
		d := doc.New(fmt.Sprintf("mod-%d", i), c.text)
		annotate(d)
		d.Events = d.Events[:0]
		Code(d, Options{})
		tl := got[c.split]
		tl.all++
		var ev *doc.Event
		for k := range d.Events {
			if d.Events[k].Type == c.typ {
				ev = &d.Events[k]
				break
			}
		}
		if ev == nil {
			t.Logf("%s MISS %s: %q (got %v)", c.split, c.typ, c.text, d.Events)
			continue
		}
		tl.found++
		if ev.Negated == c.negated && ev.Modality == c.modality {
			tl.right++
		} else {
			t.Logf("%s WRONG %q: got negated=%v %s, want %v %s", c.split, c.text, ev.Negated, ev.Modality, c.negated, c.modality)
		}
	}
	for _, s := range []string{"dev", "test"} {
		tl := got[s]
		t.Logf("%s: %d/%d right among events found (%.1f%%); %d/%d right counting misses (%.1f%%)",
			s, tl.right, tl.found, 100*float64(tl.right)/float64(max(tl.found, 1)), tl.right, tl.all, 100*float64(tl.right)/float64(tl.all))
	}
	if tl := got["test"]; float64(tl.right) < 0.95*float64(tl.found) {
		t.Errorf("test half: %d/%d right among events found, want ≥ 95%%", tl.right, tl.found)
	}
}
