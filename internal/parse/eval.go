package parse

import (
	"fmt"
	"path/filepath"

	"github.com/parley-news/parley/internal/score"
)

// evalTrees parses trees with their tags and counts attachment scores over
// all words, punctuation included (as in the CoNLL 2018 evaluation).
func evalTrees(p *Parser, trees []treeSentence) (uas, las score.Accuracy) {
	for _, t := range trees {
		heads, rels := p.ParseSentence(t.words, t.upos, t.xpos, nil)
		for i := range t.words {
			uas.All++
			las.All++
			if heads[i] == t.heads[i] {
				uas.Right++
				if rels[i] == t.deprels[i] {
					las.Right++
				}
			}
		}
	}
	return uas, las
}

// Eval scores p on UD English EWT test and GUM test (all 30 test documents)
// under dataDir. With tagger nil the parser gets gold tags; otherwise the
// tags come from tagger, as in the pipeline. It returns UAS and LAS (task
// "parse", datasets "ud-ewt/test" and "gum/test", N = words).
func Eval(p *Parser, dataDir string, tagger func(words []string) (upos, xpos []string)) ([]score.Result, error) {
	ewt, err := readTrees(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-test.conllu"))
	if err != nil {
		return nil, fmt.Errorf("parse: eval: %w", err)
	}
	gum, err := readGUM(dataDir, "test", false)
	if err != nil {
		return nil, fmt.Errorf("parse: eval: %w", err)
	}
	var out []score.Result
	for _, set := range []struct {
		name  string
		trees []treeSentence
	}{{"ud-ewt/test", ewt}, {"gum/test", gum}} {
		retag(set.trees, tagger)
		uas, las := evalTrees(p, set.trees)
		out = append(out,
			score.Result{Task: "parse", Dataset: set.name, Metric: "uas", Value: uas.Value(), N: uas.All},
			score.Result{Task: "parse", Dataset: set.name, Metric: "las", Value: las.Value(), N: las.All})
	}
	return out, nil
}
