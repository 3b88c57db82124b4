package names

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pair is one labelled row of testdata.
type pair struct {
	a, b, note string
	line       int
	same       bool
}

// loadPairs reads a testdata TSV file of a<TAB>b<TAB>note rows.
func loadPairs(t testing.TB, name string, same bool) []pair {
	t.Helper()
	path := filepath.Join("testdata", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var out []pair
	sc := bufio.NewScanner(f)
	ln := 0
	for sc.Scan() {
		ln++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 2 {
			t.Fatalf("%s:%d: want a<TAB>b[<TAB>note], got %q", path, ln, s)
		}
		p := pair{a: cols[0], b: cols[1], line: ln, same: same}
		if len(cols) > 2 {
			p.note = cols[2]
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// split returns the dev (even data-row index) or test (odd) half.
func split(ps []pair, test bool) []pair {
	var out []pair
	for i, p := range ps {
		if (i%2 == 1) == test {
			out = append(out, p)
		}
	}
	return out
}

// decide applies MatchSurname to a one-token mention of a longer name and
// Match otherwise, as documented in the testdata headers.
func decide(p pair) bool {
	na, nb := Parse(p.a), Parse(p.b)
	if len(na.toks) == 1 && len(nb.toks) > 1 {
		return MatchSurname(p.a, p.b)
	}
	return na.Match(nb)
}

type prf struct {
	tp, fp, fn, tn int
	errs           []string
}

func (r prf) precision() float64 { return float64(r.tp) / float64(max(1, r.tp+r.fp)) }
func (r prf) recall() float64    { return float64(r.tp) / float64(max(1, r.tp+r.fn)) }

func evaluate(pos, neg []pair) prf {
	var r prf
	for _, p := range append(append([]pair(nil), pos...), neg...) {
		got := decide(p)
		switch {
		case got && p.same:
			r.tp++
		case got && !p.same:
			r.fp++
			r.errs = append(r.errs, fmt.Sprintf("FP line %d: %q ~ %q sim=%.3f", p.line, p.a, p.b, Similarity(p.a, p.b)))
		case !got && p.same:
			r.fn++
			r.errs = append(r.errs, fmt.Sprintf("FN line %d: %q ~ %q sim=%.3f", p.line, p.a, p.b, Similarity(p.a, p.b)))
		default:
			r.tn++
		}
	}
	return r
}

// TestPrecisionRecall reports precision and recall of Match/MatchSurname
// on both halves and enforces the targets on the test half.
func TestPrecisionRecall(t *testing.T) {
	pos := loadPairs(t, "variants.tsv", true)
	neg := loadPairs(t, "nearmiss.tsv", false)
	if len(pos) < 200 || len(neg) < 200 {
		t.Fatalf("want >= 200 rows per file, got %d variants, %d near misses", len(pos), len(neg))
	}
	for _, half := range []struct {
		name string
		test bool
	}{{"dev", false}, {"test", true}} {
		r := evaluate(split(pos, half.test), split(neg, half.test))
		t.Logf("%s: precision %.4f recall %.4f (tp %d fp %d fn %d tn %d)",
			half.name, r.precision(), r.recall(), r.tp, r.fp, r.fn, r.tn)
		if testing.Verbose() && os.Getenv("NAMES_SHOW_ERRORS") != "" {
			for _, e := range r.errs {
				t.Logf("  %s %s", half.name, e)
			}
		}
		if half.test {
			if p := r.precision(); p < 0.97 {
				t.Errorf("test precision %.4f < 0.97", p)
			}
			if rc := r.recall(); rc < 0.95 {
				t.Errorf("test recall %.4f < 0.95", rc)
			}
		}
	}
}

// TestPrefilterConsistent checks that the fast surname test used by Match
// agrees with the exact token similarity on every labelled pair and on
// cross pairs of the test data.
func TestPrefilterConsistent(t *testing.T) {
	ps := append(loadPairs(t, "variants.tsv", true), loadPairs(t, "nearmiss.tsv", false)...)
	var toks []string
	for _, p := range ps {
		toks = append(toks, strings.Fields(Fold(p.a))...)
		toks = append(toks, strings.Fields(Fold(p.b))...)
	}
	check := func(a, b string) {
		_, s := tokenCost(a, b)
		if got, want := tokenClose(a, b), s >= Threshold; got != want {
			t.Errorf("tokenClose(%q, %q) = %v, token similarity %.4f", a, b, got, s)
		}
	}
	for _, p := range ps {
		na, nb := Parse(p.a), Parse(p.b)
		for _, x := range na.toks {
			for _, y := range nb.toks {
				check(x.c, y.c)
			}
		}
	}
	for i := 0; i+1 < len(toks); i += 7 {
		for j := 0; j < len(toks); j += 13 {
			check(canonToken(toks[i]), canonToken(toks[j]))
		}
	}
}
