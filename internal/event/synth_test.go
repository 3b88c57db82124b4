package event

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

var (
	synthErrors = flag.Int("synth", 0, "code the ledes of the NGEC synthetic stories (training material) and print this many errors per type")
	synthKeep   = flag.Bool("synthkeep", false, "with -synth: keep events with unresolved sources (trigger coverage alone)")
)

// TestSynthetic codes the first sentence of each synthetic story (NGEC's
// language-model stories, labelled by the event of their headline; not
// gold, training material only) and prints per-type confusions: a
// development aid for the lexicon, skipped unless -synth is set.
func TestSynthetic(t *testing.T) {
	if *synthErrors == 0 {
		t.Skip("-synth not set")
	}
	dir := dataDir(t)
	f, err := os.Open(filepath.Join(dir, "plover", "ngec", "gpt_synthetic_events_2023-10-19_19.csv"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	annotate := annotator(t)
	type tally struct{ n, hit, none, pred, predRight int }
	per := map[string]*tally{}
	conf := map[string]int{}
	errs := map[string][]string{}
	for n, r := range rows[1:] {
		label := r[col["label"]]
		text := strings.TrimSpace(r[col["text"]])
		if i := strings.Index(text, "\n"); i > 0 {
			text = text[:i] // the first paragraph holds the lede
		}
		d := doc.New(fmt.Sprintf("synth-%d", n), text)
		date := "2023-10-01"
		d.Date = &date
		if !safeAnnotate(annotate, d) || len(d.Sentences) == 0 {
			continue
		}
		lede := d.Sentences[0]
		d.Events = d.Events[:0]
		Code(d, Options{KeepUnsourced: *synthKeep})
		pred := map[string]bool{}
		for _, e := range d.Events {
			if e.Evidence == lede {
				pred[Scored(e)] = true
			}
		}
		x := per[label]
		if x == nil {
			x = &tally{}
			per[label] = x
		}
		x.n++
		if pred[label] {
			x.hit++
		}
		if len(pred) == 0 {
			x.none++
		}
		for p := range pred {
			y := per[p]
			if y == nil {
				y = &tally{}
				per[p] = y
			}
			y.pred++
			if p == label {
				y.predRight++
			} else {
				conf[label+"→"+p]++
			}
		}
		if !pred[label] && len(errs[label]) < *synthErrors {
			errs[label] = append(errs[label], fmt.Sprintf("%s %v | %s", label, keys(pred), d.SpanText(lede)))
		}
		for p := range pred {
			if p != label && len(errs["FP-"+p]) < *synthErrors {
				errs["FP-"+p] = append(errs["FP-"+p], fmt.Sprintf("FP %s (label %s) | %s", p, label, d.SpanText(lede)))
			}
		}
	}
	var labels []string
	for l := range per {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	hit, n, pr, prr := 0, 0, 0, 0
	for _, l := range labels {
		x := per[l]
		hit += x.hit
		n += x.n
		pr += x.pred
		prr += x.predRight
		fmt.Printf("%-10s n=%4d hit=%5.1f%% none=%5.1f%%  pred=%4d agree-with-label=%5.1f%%\n", l, x.n, pct(x.hit, x.n), pct(x.none, x.n), x.pred, pct(x.predRight, x.pred))
	}
	fmt.Printf("ALL        n=%4d hit=%5.1f%% pred=%d agree-with-label=%5.1f%%\n", n, pct(hit, n), pr, pct(prr, pr))
	var cs []string
	for k, v := range conf {
		cs = append(cs, fmt.Sprintf("%4d %s", v, k))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(cs)))
	if len(cs) > 25 {
		cs = cs[:25]
	}
	fmt.Println(strings.Join(cs, "\n"))
	var ks []string
	for k := range errs {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		for _, e := range errs[k] {
			fmt.Println(e)
		}
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// safeAnnotate runs annotate, reporting false if a stage panicked.
func safeAnnotate(annotate func(*doc.Document), d *doc.Document) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	annotate(d)
	return true
}
