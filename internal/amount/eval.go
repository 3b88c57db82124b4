package amount

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

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
	f, err := os.Open(path)
	if err != nil {
		return goldDoc{}, err
	}
	defer f.Close()
	type token struct {
		id, sentence int
		text         string
	}
	var toks []token
	var money [][]int
	inToken, inMoney := false, false
	dec := xml.NewDecoder(bufio.NewReader(f))
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return goldDoc{}, fmt.Errorf("%s: %w", path, err)
		}
		switch e := t.(type) {
		case xml.StartElement:
			attr := func(n string) string {
				for _, a := range e.Attr {
					if a.Name.Local == n {
						return a.Value
					}
				}
				return ""
			}
			switch e.Name.Local {
			case "token":
				id, err1 := strconv.Atoi(attr("t_id"))
				s, err2 := strconv.Atoi(attr("sentence"))
				if err1 != nil || err2 != nil {
					return goldDoc{}, fmt.Errorf("%s: token with bad t_id or sentence", path)
				}
				toks = append(toks, token{id: id, sentence: s})
				inToken = true
			case "VALUE":
				inMoney = attr("type") == "MONEY"
				if inMoney {
					money = append(money, nil)
				}
			case "token_anchor":
				if inMoney {
					id, err := strconv.Atoi(attr("t_id"))
					if err != nil {
						return goldDoc{}, fmt.Errorf("%s: token_anchor with bad t_id", path)
					}
					money[len(money)-1] = append(money[len(money)-1], id)
				}
			}
		case xml.CharData:
			if inToken {
				toks[len(toks)-1].text += string(e)
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "token":
				inToken = false
			case "VALUE":
				inMoney = false
			}
		}
	}
	// rebuild the text: a newline between sentences, no space before
	// closing punctuation nor after "$" or an opening bracket
	var b strings.Builder
	spans := map[int]doc.Span{}
	g := goldDoc{}
	for i, t := range toks {
		if i > 0 {
			prev := toks[i-1].text
			switch {
			case t.sentence != toks[i-1].sentence:
				b.WriteByte('\n')
			case strings.Contains(",.:;!?)%", t.text) && len(t.text) == 1, t.text == "'s", t.text == "n't", prev == "(", strings.HasSuffix(prev, "$"):
			default:
				b.WriteByte(' ')
			}
		}
		s := b.Len()
		b.WriteString(t.text)
		spans[t.id] = doc.Span{Start: s, End: b.Len()}
		if t.sentence <= meantimeSentences {
			g.scored = b.Len()
		}
	}
	g.text = b.String()
	for _, m := range money {
		if len(m) == 0 {
			continue
		}
		sp := doc.Span{Start: len(g.text)}
		for _, id := range m {
			s, ok := spans[id]
			if !ok {
				return goldDoc{}, fmt.Errorf("%s: MONEY value anchored on unknown token %d", path, id)
			}
			sp.Start, sp.End = min(sp.Start, s.Start), max(sp.End, s.End)
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
