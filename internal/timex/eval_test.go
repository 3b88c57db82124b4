package timex

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/testutil"
)

// dataDir locates the shared corpora and skips the test without them.
func dataDir(t testing.TB) string {
	t.Helper()
	return testutil.DataDir(t, "meantime/intra_cross-doc_annotation", "timex/esc-v1.5")
}

func TestEvalDev(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in -short mode")
	}
	dir := dataDir(t)
	res, err := EvalSets(dir, DevSets)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
		if r.N == 0 {
			t.Errorf("%s %s: nothing scored", r.Dataset, r.Metric)
		}
	}
}

// TestDumpErrors writes the misses, false alarms and wrong values on the
// development sets to the file named by PARLEY_TIMEX_DUMP (for tuning; never
// run on the test sets).
func TestDumpErrors(t *testing.T) {
	out := os.Getenv("PARLEY_TIMEX_DUMP")
	if out == "" {
		t.Skip("set PARLEY_TIMEX_DUMP=file to write the development errors")
	}
	dir := dataDir(t)
	var b strings.Builder
	for _, name := range DevSets {
		docs, err := loadSet(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range docs {
			var c counts
			pred, pairs := scoreDoc(g, &c)
			id := name + " " + g.Name
			matched := map[int]bool{}
			line := func(s, e int) string {
				a, z := max(0, s-40), min(len(g.Text), e+40)
				return strings.ReplaceAll(g.Text[a:s]+"[["+g.Text[s:e]+"]]"+g.Text[e:z], "\n", " | ")
			}
			for i, j := range pairs {
				gt := g.Timex[i]
				if j < 0 {
					fmt.Fprintf(&b, "MISS\t%s\t%s\t%s\t%s\n", id, gt.Kind, gt.Value, line(gt.Start, gt.End))
					continue
				}
				matched[j] = true
				p := pred[j]
				if p.Span != gt.Span {
					fmt.Fprintf(&b, "SPAN\t%s\t%q vs gold %q\t%s\n", id, p.Text, g.Text[gt.Start:gt.End], line(gt.Start, gt.End))
				}
				if p.Value != gt.Value {
					fmt.Fprintf(&b, "VALUE\t%s\t%s\tgot %s want %s (anchor %s from %s)\t%s\n", id, gt.Kind, p.Value, gt.Value, g.Anchor.Format("2006-01-02 Mon"), g.AnchorFrom, line(gt.Start, gt.End))
				}
			}
			for j, p := range pred {
				if !matched[j] {
					fmt.Fprintf(&b, "FALSE\t%s\t%s\t%s\n", id, p.Value, line(p.Start, p.End))
				}
			}
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEval reports the figures on the held-out test sets (run with -v).
func TestEval(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in -short mode")
	}
	dir := dataDir(t)
	res, err := Eval(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
		if r.N == 0 {
			t.Errorf("%s %s: nothing scored", r.Dataset, r.Metric)
		}
	}
}
