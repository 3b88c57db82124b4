package tag

import (
	"github.com/parley-news/parley/internal/corpus/conllu"
	"github.com/parley-news/parley/internal/score"
)

// Eval measures UPOS, XPOS and lemma accuracy on the UD English EWT test
// split ("ud-ewt/test") and the GUM test documents ("gum/test"; all 30
// documents, evaluation only). Lemmas are scored on the predicted tags, as
// the pipeline sees them. N is the number of words.
func Eval(t *Tagger, dataDir string) ([]score.Result, error) {
	ewt, err := ReadFiles(EWTFile(dataDir, "test"))
	if err != nil {
		return nil, err
	}
	out := EvalSentences(t, "ud-ewt/test", ewt)
	gumFiles, err := GUMFiles(dataDir, "test", false)
	if err != nil {
		return nil, err
	}
	gum, err := ReadFiles(gumFiles...)
	if err != nil {
		return nil, err
	}
	return append(out, EvalSentences(t, "gum/test", gum)...), nil
}

// EvalSentences tags the words of gold sentences and returns UPOS, XPOS
// and lemma accuracy on them, labelled with dataset.
func EvalSentences(t *Tagger, dataset string, sents []conllu.Sentence) []score.Result {
	var up, xp, lem score.Accuracy
	words := []string{}
	for _, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		upos, xpos := t.TagWords(words)
		for i, w := range s.Words {
			up.All++
			xp.All++
			lem.All++
			if upos[i] == w.UPOS {
				up.Right++
			}
			if xpos[i] == w.XPOS {
				xp.Right++
			}
			if t.LemmaX(w.Form, upos[i], xpos[i]) == w.Lemma {
				lem.Right++
			}
		}
	}
	return []score.Result{
		{Task: "upos", Dataset: dataset, Metric: "accuracy", Value: up.Value(), N: up.All},
		{Task: "xpos", Dataset: dataset, Metric: "accuracy", Value: xp.Value(), N: xp.All},
		{Task: "lemma", Dataset: dataset, Metric: "accuracy", Value: lem.Value(), N: lem.All},
	}
}
