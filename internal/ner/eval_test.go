package ner

import (
	"strings"
	"testing"
)

func dataOrSkip(t *testing.T) string {
	t.Helper()
	d := findDataDir()
	if d == "" {
		t.Skip("corpora not found: set PARLEY_DATA or put them in ../shared/data beside the repository")
	}
	return d
}

func TestEvalScoring(t *testing.T) {
	// a recogniser trained on the tiny corpus, scored on a set built here
	r, _ := trainTiny(t)
	set := corpusSet{Name: "tiny", Corpus: "uner", Sents: []sentence{
		{Words: strings.Fields("Karl Lind works for Nordbank in Bergen ."), Spans: []span{{0, 2, "PER"}, {4, 5, "ORG"}, {6, 7, "LOC"}}},
		{Words: strings.Fields("Anna Berg visited Oslo on Monday ."), Spans: []span{{0, 2, "PER"}, {3, 4, "ORG"}}},
	}}
	res := evalSet(r, set)
	got := map[string]float64{}
	n := map[string]int{}
	for _, x := range res {
		got[x.Metric] = x.Value
		n[x.Metric] = x.N
		if x.Task != "ner" || x.Dataset != "tiny" {
			t.Errorf("result %v", x)
		}
	}
	// gold 5, predicted 5 (Oslo as LOC is wrong against gold ORG): P = R = 4/5
	if n["f1-micro"] != 5 || got["f1-micro"] < 79.9 || got["f1-micro"] > 80.1 {
		t.Errorf("micro F1 %.2f over %d, want 80 over 5 (%v)", got["f1-micro"], n["f1-micro"], res)
	}
	if got["f1-PER"] != 100 || n["f1-LOC"] != 1 {
		t.Errorf("per type %v", res)
	}
}

func TestEvalEmbedded(t *testing.T) {
	dir := dataOrSkip(t)
	if testing.Short() {
		t.Skip("short")
	}
	r := embedded(t)
	res, err := EvalSets(r, dir, []string{"uner-pud/news", "uner-ewt/dev"})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range res {
		t.Log(x)
		if x.Metric == "f1-micro" && (x.N == 0 || x.Value <= 0 || x.Value > 100) {
			t.Errorf("implausible %v", x)
		}
	}
}

func TestLoadSets(t *testing.T) {
	dir := dataOrSkip(t)
	for _, name := range append(append(append([]string{}, DefaultTrainSets...), TestSets...), DevSets...) {
		name, _ = setWeight(name)
		set, err := loadSet(dir, name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(set.Sents) == 0 {
			t.Errorf("%s: empty", name)
		}
	}
	for _, c := range []struct {
		name  string
		sents int
	}{{"uner-pud/news", 500}, {"uner-ewt/test", 2077}, {"btc/test", 2001}, {"btc/dev", 1001}, {"btc/train", 6338}} {
		set, err := loadSet(dir, c.name)
		if err == nil && len(set.Sents) != c.sents {
			t.Errorf("%s: %d sentences, want %d (README counts)", c.name, len(set.Sents), c.sents)
		}
	}
	gum, err := loadSet(dir, "gum/train")
	if err == nil {
		for _, s := range gum.Sents {
			if !gumAllowed(s.ID) {
				t.Fatalf("GUM sentence %s from a genre we may not use", s.ID)
			}
		}
	}
}
