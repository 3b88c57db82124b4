package amount

import (
	"fmt"
	"path/filepath"

	"github.com/parley-news/parley/internal/corpus/cat"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/score"
)

// MEANTIME marks amounts of money as VALUE type="MONEY" (extent only, no
// normalised value), in the sentences it annotates: the headline, the date
// line and the first four body sentences (0-5).
const meantimeSentences = 5

// goldDoc is one MEANTIME article rebuilt from its tokens.
type goldDoc struct {
	text   string
	money  []doc.Span
	scored int // end of the annotated part of the text
}

// loadMeantime reads the MONEY values of one MEANTIME (CAT XML) file.
func loadMeantime(path string) (goldDoc, error) {
	d, err := cat.ReadFile(path)
	if err != nil {
		return goldDoc{}, err
	}
	x := d.Text()
	g := goldDoc{text: x.Body}
	for i, t := range d.Tokens {
		if t.Sentence <= meantimeSentences {
			g.scored = x.Spans[i].End
		}
	}
	for _, m := range d.Markables {
		if m.Name != "VALUE" || m.Attr("type") != "MONEY" || len(m.Anchors) == 0 {
			continue
		}
		sp, ok := x.Extent(m.Anchors)
		if !ok {
			return goldDoc{}, fmt.Errorf("%s: MONEY value %s anchored on an unknown token", path, m.ID)
		}
		g.money = append(g.money, sp)
	}
	return g, nil
}

// evalSets maps set names to MEANTIME topic corpora (the split of the data
// README: test = stock, dev = gm, train = airbus + apple).
var evalSets = map[string][]string{
	"meantime/test":  {"stock"},
	"meantime/dev":   {"gm"},
	"meantime/train": {"airbus", "apple"},
}

// TestSets are the held-out sets scored by Eval.
var TestSets = []string{"meantime/test"}

// Eval scores the finder on the held-out sets under dataDir: extent F1 of
// amounts of money against MEANTIME's MONEY values, strict (same span) and
// relaxed (overlapping, one to one). MEANTIME gives no normalised value, so
// values are checked by the table-driven tests only.
func Eval(dataDir string) ([]score.Result, error) {
	return EvalSets(dataDir, TestSets)
}

// EvalSets scores the finder on the named sets ("meantime/test",
// "meantime/dev", "meantime/train").
func EvalSets(dataDir string, names []string) ([]score.Result, error) {
	var out []score.Result
	for _, name := range names {
		corpora, ok := evalSets[name]
		if !ok {
			return nil, fmt.Errorf("amount: eval: unknown set %q", name)
		}
		var strict, relaxed score.PRF
		for _, c := range corpora {
			files, err := filepath.Glob(filepath.Join(dataDir, "meantime", "intra_cross-doc_annotation", "corpus_"+c, "*.xml"))
			if err != nil {
				return nil, fmt.Errorf("amount: eval: %w", err)
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("amount: eval: no MEANTIME files for corpus_%s under %s", c, dataDir)
			}
			for _, f := range files {
				g, err := loadMeantime(f)
				if err != nil {
					return nil, fmt.Errorf("amount: eval: %w", err)
				}
				var pred []doc.Amount
				for _, a := range Parse(g.text, Options{}) {
					if a.Start < g.scored {
						pred = append(pred, a)
					}
				}
				strict.Pred += len(pred)
				relaxed.Pred += len(pred)
				strict.Gold += len(g.money)
				relaxed.Gold += len(g.money)
				used := make([]bool, len(pred))
				for _, m := range g.money {
					best := -1
					for j, p := range pred {
						if !used[j] && p.Overlaps(m) && (best < 0 || p.Span == m) {
							best = j
						}
					}
					if best >= 0 {
						used[best] = true
						relaxed.TP++
						if pred[best].Span == m {
							strict.TP++
						}
					}
				}
			}
		}
		out = append(out,
			score.Result{Task: "amount", Dataset: name, Metric: "f1-strict", Value: strict.F1(), N: strict.Gold},
			score.Result{Task: "amount", Dataset: name, Metric: "f1-relaxed", Value: relaxed.F1(), N: relaxed.Gold},
			score.Result{Task: "amount", Dataset: name, Metric: "precision-rel", Value: relaxed.Precision(), N: relaxed.Pred},
			score.Result{Task: "amount", Dataset: name, Metric: "recall-rel", Value: relaxed.Recall(), N: relaxed.Gold},
		)
	}
	return out, nil
}
