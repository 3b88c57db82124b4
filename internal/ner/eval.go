package ner

import (
	"fmt"

	"github.com/parley-news/parley/internal/score"
)

// evalTypes are the types scored on every set: the common ground of the
// corpora. Our GPE and LOC both count as LOC; NORP is not scored (no test
// corpus annotates it consistently).
var evalTypes = []string{"PER", "ORG", "LOC"}

// scoredType maps one of our output types to the scored type ("" = not scored).
func scoredType(t string) string {
	switch t {
	case "PER", "ORG":
		return t
	case "GPE", "LOC":
		return "LOC"
	}
	return ""
}

// goldFor maps the gold mentions of one sentence to scored spans and spans
// that are not scored (NORP, MISC-like and unknown mentions): a prediction
// overlapping an unscored gold mention counts neither way.
func goldFor(corpus string, s sentence) (scored []entitySpan, ignored []mappedSpan) {
	for _, m := range mapSentence(corpus, s) {
		if m.Unknown || m.Classes[0] < 0 || m.Classes[0] == cNORP {
			ignored = append(ignored, m)
			continue
		}
		t := scoredType(classNames[m.Classes[0]])
		if m.Classes[0] == cPLACE {
			t = "LOC"
		}
		scored = append(scored, entitySpan{m.Start, m.End, t})
	}
	return
}

// evalSet scores r on one set: exact-span F1 per type and micro-averaged.
func evalSet(r *Recognizer, set corpusSet) []score.Result {
	per := map[string]*score.PRF{}
	for _, t := range evalTypes {
		per[t] = &score.PRF{}
	}
	ents := r.setEntities(set)
	for si, s := range set.Sents {
		gold, ignored := goldFor(set.Corpus, s)
		for _, g := range gold {
			per[g.Type].Gold++
		}
		for _, p := range ents[si] {
			t := scoredType(p.Type)
			if t == "" {
				continue
			}
			skip := false
			for _, ig := range ignored {
				if p.Start < ig.End && ig.Start < p.End {
					skip = true
					break
				}
			}
			if skip {
				continue
			}
			per[t].Pred++
			for _, g := range gold {
				if g.Start == p.Start && g.End == p.End && g.Type == t {
					per[t].TP++
					break
				}
			}
		}
	}
	var micro score.PRF
	var out []score.Result
	for _, t := range evalTypes {
		micro.Add(*per[t])
		out = append(out, score.Result{Task: "ner", Dataset: set.Name, Metric: "f1-" + t, Value: per[t].F1(), N: per[t].Gold})
	}
	out = append([]score.Result{
		{Task: "ner", Dataset: set.Name, Metric: "f1-micro", Value: micro.F1(), N: micro.Gold},
		{Task: "ner", Dataset: set.Name, Metric: "precision-micro", Value: micro.Precision(), N: micro.Pred},
		{Task: "ner", Dataset: set.Name, Metric: "recall-micro", Value: micro.Recall(), N: micro.Gold},
	}, out...)
	return out
}

// Eval scores r on the held-out test sets (TestSets) under dataDir. Sets
// whose files are missing are an error.
func Eval(r *Recognizer, dataDir string) ([]score.Result, error) {
	return EvalSets(r, dataDir, TestSets)
}

// EvalSets scores r on the named sets (see TestSets and DevSets).
func EvalSets(r *Recognizer, dataDir string, names []string) ([]score.Result, error) {
	var out []score.Result
	for _, name := range names {
		set, err := loadSet(dataDir, name)
		if err != nil {
			return nil, fmt.Errorf("ner: eval: %w", err)
		}
		out = append(out, evalSet(r, set)...)
	}
	return out, nil
}
