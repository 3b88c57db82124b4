// Package pipeeval measures the place stage on its own evaluation sets
// (internal/place/testdata), by the gazetteer scan alone and on the output of
// the real pipeline stages (tokens, tags, NER). It lives apart from package
// place so that place's own tests do not depend on every other stage building.
package pipeeval_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/place"
	"github.com/parley-news/parley/internal/score"
)

type evalCase struct {
	text string
	want []string // "Name/CCC"
}

func readEval(t testing.TB) []evalCase { return readSet(t, "../testdata/eval.tsv") }

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

// TestEvalPipeline measures places on the output of the real stages
// (tokens, tags, NER, parse, …).
func TestEvalPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models; skipped in -short mode")
	}
	p, err := pipeline.New(pipeline.Options{NoParse: true})
	if err != nil {
		t.Skipf("pipeline models unavailable: %v", err)
	}
	for _, set := range []string{"eval", "heldout"} {
		name, full := evaluate(t, "../testdata/"+set+".tsv", func(d *doc.Document) { p.AnnotateUntil(d, "") })
		report(t, "pipeline "+set, name, full)
		if p := name.results("")[0].Value; p < 85 {
			t.Errorf("pipeline %s name precision %.1f < 85", set, p)
		}
	}
}

// benchDoc is every evaluation sentence in one annotated document.
func benchDoc(b *testing.B) *doc.Document {
	b.Helper()
	p, err := pipeline.New(pipeline.Options{NoParse: true})
	if err != nil {
		b.Skipf("pipeline models unavailable: %v", err)
	}
	var sb strings.Builder
	for _, c := range readEval(b) {
		sb.WriteString(c.text)
		sb.WriteByte(' ')
	}
	d := doc.New("bench", sb.String())
	p.AnnotateUntil(d, "")
	return d
}

// BenchmarkFind times the place stage on a news-like paragraph with
// recogniser entities already present.
func BenchmarkFind(b *testing.B) {
	d := benchDoc(b)
	if _, err := place.Default(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Places = d.Places[:0]
		place.Find(d, place.Options{})
	}
}

// BenchmarkFindCold is BenchmarkFind on a freshly built gazetteer each
// run (empty fuzzy-match cache), as for a first document.
func BenchmarkFindCold(b *testing.B) {
	d := benchDoc(b)
	def, err := place.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		g := place.New(def.Entries)
		b.StartTimer()
		d.Places = d.Places[:0]
		place.Find(d, place.Options{Gazetteer: g})
	}
}

// BenchmarkPipeline times the stages before places on the same text, for
// comparison with BenchmarkFind.
func BenchmarkPipeline(b *testing.B) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Skipf("pipeline models unavailable: %v", err)
	}
	var sb strings.Builder
	for _, c := range readEval(b) {
		sb.WriteString(c.text)
		sb.WriteByte(' ')
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := doc.New("bench", text)
		p.AnnotateUntil(d, "")
	}
}

// TestEvalScan measures the gazetteer scan alone, without recogniser
// entities.
func TestEvalScan(t *testing.T) {
	cases := readEval(t)
	if len(cases) < 100 {
		t.Fatalf("eval set has %d sentences, want ≥ 100", len(cases))
	}
	name, full := evaluate(t, "../testdata/eval.tsv", func(*doc.Document) {})
	report(t, "scan", name, full)
	hn, hf := evaluate(t, "../testdata/heldout.tsv", func(*doc.Document) {})
	report(t, "scan heldout", hn, hf)
	// Guards against regressions, well below the measured figures.
	if p := name.results("")[0].Value; p < 85 {
		t.Errorf("scan name precision %.1f < 85", p)
	}
	if r := name.results("")[1].Value; r < 75 {
		t.Errorf("scan name recall %.1f < 75", r)
	}
}
