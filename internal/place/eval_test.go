package place_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/place"
	"github.com/parley-news/parley/internal/score"
)

type evalCase struct {
	text string
	want []string // "Name/CCC"
}

func readEval(t testing.TB) []evalCase { return readSet(t, "testdata/eval.tsv") }

func readSet(t testing.TB, path string) []evalCase {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []evalCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		text, exp, _ := strings.Cut(l, "\t")
		c := evalCase{text: text}
		for _, w := range strings.Split(exp, ";") {
			if w = strings.TrimSpace(w); w != "" {
				c.want = append(c.want, w)
			}
		}
		out = append(out, c)
	}
	return out
}

// prf scores predicted against gold items as multisets per sentence.
type prf struct{ tp, fp, fn int }

func (p *prf) add(got, want []string) {
	left := map[string]int{}
	for _, w := range want {
		left[w]++
	}
	for _, g := range got {
		if left[g] > 0 {
			left[g]--
			p.tp++
		} else {
			p.fp++
		}
	}
	for _, n := range left {
		p.fn += n
	}
}

func (p prf) results(task string) []score.Result {
	pr := 100 * float64(p.tp) / float64(max(1, p.tp+p.fp))
	rc := 100 * float64(p.tp) / float64(max(1, p.tp+p.fn))
	f := 0.0
	if pr+rc > 0 {
		f = 2 * pr * rc / (pr + rc)
	}
	n := p.tp + p.fn
	return []score.Result{
		{Task: task, Dataset: "place-eval", Metric: "precision", Value: pr, N: n},
		{Task: task, Dataset: "place-eval", Metric: "recall", Value: rc, N: n},
		{Task: task, Dataset: "place-eval", Metric: "f1", Value: f, N: n},
	}
}

func evaluate(t *testing.T, set string, annotate func(*doc.Document)) (name, full prf) {
	for _, c := range readSet(t, set) {
		d := doc.New("eval", c.text)
		annotate(d)
		d.Places = d.Places[:0]
		place.Find(d, place.Options{})
		var got, gotName, wantName []string
		for _, p := range d.Places {
			cc := "-"
			if p.Country != nil {
				cc = *p.Country
			}
			got = append(got, p.Name+"/"+cc)
			gotName = append(gotName, p.Name)
		}
		for _, w := range c.want {
			n, _, _ := strings.Cut(w, "/")
			wantName = append(wantName, n)
		}
		name.add(gotName, wantName)
		full.add(got, c.want)
		if testing.Verbose() && strings.Join(got, ";") != strings.Join(c.want, ";") {
			t.Logf("%q\n   got  %v\n   want %v", c.text, got, c.want)
		}
	}
	return
}

func report(t *testing.T, mode string, name, full prf) {
	for _, r := range append(name.results(mode+" name"), full.results(mode+" name+country")...) {
		t.Logf("%-32s %-9s %6.1f  (n=%d)", r.Task, r.Metric, r.Value, r.N)
	}
}

// TestEvalScan measures the gazetteer scan alone, without recogniser
// entities.
func TestEvalScan(t *testing.T) {
	cases := readEval(t)
	if len(cases) < 100 {
		t.Fatalf("eval set has %d sentences, want ≥ 100", len(cases))
	}
	name, full := evaluate(t, "testdata/eval.tsv", func(*doc.Document) {})
	report(t, "scan", name, full)
	hn, hf := evaluate(t, "testdata/heldout.tsv", func(*doc.Document) {})
	report(t, "scan heldout", hn, hf)
	// Guards against regressions, well below the measured figures.
	if p := name.results("")[0].Value; p < 85 {
		t.Errorf("scan name precision %.1f < 85", p)
	}
	if r := name.results("")[1].Value; r < 75 {
		t.Errorf("scan name recall %.1f < 75", r)
	}
}
