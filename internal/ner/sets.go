package ner

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/corpus/conllu"
)

// readECBText reads the tokens of every ECB+ article under dir, one sentence
// per slice.
func readECBText(dir string) ([][]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	sort.Strings(paths)
	var out [][]string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		var d struct {
			Tokens []struct {
				Sentence string `xml:"sentence,attr"`
				Text     string `xml:",chardata"`
			} `xml:"token"`
		}
		if err := xml.Unmarshal(b, &d); err != nil {
			return nil, fmt.Errorf("ner: %s: %w", p, err)
		}
		prev := ""
		var cur []string
		for _, t := range d.Tokens {
			if t.Sentence != prev && len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			prev = t.Sentence
			cur = append(cur, t.Text)
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out, nil
}

// corpusSet is one named slice of one corpus.
type corpusSet struct {
	Name   string // e.g. "gum/train", "uner-ewt/test"
	Corpus string // key into Mapping
	Sents  []sentence
}

// gumGenres are the GUM genres whose texts are CC BY or CC BY-SA; the
// others are non-commercial or unlicensed and are never read.
var gumGenres = []string{"academic", "bio", "court", "interview", "news", "voyage"}

func gumAllowed(id string) bool {
	for _, g := range gumGenres {
		if strings.HasPrefix(id, "GUM_"+g+"_") {
			return true
		}
	}
	return false
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}

func loadGUM(dir, split string) ([]sentence, error) {
	ids, err := readLines(filepath.Join(dir, "gum", "splits", split+".txt"))
	if err != nil {
		return nil, err
	}
	var out []sentence
	for i, id := range ids {
		if !gumAllowed(id) {
			continue
		}
		s, err := readGUMFile(filepath.Join(dir, "gum", "dep", id+".conllu"))
		if err != nil {
			return nil, err
		}
		for k := range s {
			s[k].Doc = i
		}
		out = append(out, s...)
	}
	return out, nil
}

func loadRe3d(dir, split string) ([]sentence, error) {
	ids, err := readLines(filepath.Join(dir, "re3d", "splits", split+".txt"))
	if err != nil {
		return nil, err
	}
	var out []sentence
	for i, id := range ids {
		s, err := readColumnsFile(filepath.Join(dir, "re3d", "conll", id+".conll"))
		if err != nil {
			return nil, err
		}
		for k := range s {
			s[k].Doc = i
		}
		out = append(out, s...)
	}
	return out, nil
}

// wikigoldPart returns the held-out test documents (index % 5 == 4, the
// split proposed in the corpus README) or the rest.
func wikigoldPart(dir string, test bool) ([]sentence, error) {
	s, err := readColumnsFile(filepath.Join(dir, "wikigold", "wikigold.conll.txt"))
	if err != nil {
		return nil, err
	}
	var out []sentence
	for _, x := range s {
		if (x.Doc%5 == 4) == test {
			out = append(out, x)
		}
	}
	return out, nil
}

// btcSplit returns the authors' split: test = section F; dev = the last 1,001
// tweets of H; train = A, B, E, G and the first 1,000 tweets of H.
func btcSplit(dir, split string) ([]sentence, error) {
	read := func(sec string) ([]sentence, error) {
		return readColumnsFile(filepath.Join(dir, "btc", sec+".conll"))
	}
	switch split {
	case "test":
		return read("f")
	case "dev", "train":
		h, err := read("h")
		if err != nil {
			return nil, err
		}
		if len(h) < 1000 {
			return nil, fmt.Errorf("ner: btc h.conll has %d tweets, want over 1000", len(h))
		}
		if split == "dev" {
			return h[1000:], nil
		}
		var out []sentence
		for _, sec := range []string{"a", "b", "e", "g"} {
			s, err := read(sec)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return append(out, h[:1000]...), nil
	}
	return nil, fmt.Errorf("ner: unknown btc split %q", split)
}

func unerPUD(dir string, news bool) ([]sentence, error) {
	s, err := readColumnsFile(filepath.Join(dir, "uner-en-pud", "en_pud-ud-test.iob2"))
	if err != nil {
		return nil, err
	}
	var out []sentence
	for _, x := range s {
		if strings.HasPrefix(x.ID, "n") == news {
			out = append(out, x)
		}
	}
	return out, nil
}

// unerDevHalf returns the documents of the UNER English-EWT dev split with
// an even (half 0) or odd (half 1) index, so that one half can be trained on
// while the other is kept for tuning.
func unerDevHalf(dir string, half int) ([]sentence, error) {
	s, err := readColumnsFile(filepath.Join(dir, "uner-ewt", "en_ewt-ud-dev.iob2"))
	if err != nil {
		return nil, err
	}
	var out []sentence
	for _, x := range s {
		if x.Doc%2 == half {
			out = append(out, x)
		}
	}
	return out, nil
}

// docREDFifth returns the documents of the Re-DocRED dev file with an index
// divisible by five (held out for tuning) or the others.
func docREDFifth(dir string, held bool) ([]sentence, error) {
	s, err := readDocREDFile(filepath.Join(dir, "re-docred", "dev_revised.json"))
	if err != nil {
		return nil, err
	}
	var out []sentence
	for _, x := range s {
		if (x.Doc%5 == 0) == held {
			out = append(out, x)
		}
	}
	return out, nil
}

// setLoaders names every set the recogniser trains or is evaluated on.
var setLoaders = map[string]struct {
	corpus string
	load   func(dir string) ([]sentence, error)
}{
	"gum/train":               {"gum", func(d string) ([]sentence, error) { return loadGUM(d, "train") }},
	"gum/dev":                 {"gum", func(d string) ([]sentence, error) { return loadGUM(d, "dev") }},
	"gum/test":                {"gum", func(d string) ([]sentence, error) { return loadGUM(d, "test") }},
	"crossner-politics/train": {"crossner", file("crossner-politics", "train.txt")},
	"crossner-politics/dev":   {"crossner", file("crossner-politics", "dev.txt")},
	"crossner-politics/test":  {"crossner", file("crossner-politics", "test.txt")},
	"wikigold/train":          {"wikigold", func(d string) ([]sentence, error) { return wikigoldPart(d, false) }},
	"wikigold/test":           {"wikigold", func(d string) ([]sentence, error) { return wikigoldPart(d, true) }},
	"re3d/train":              {"re3d", func(d string) ([]sentence, error) { return loadRe3d(d, "train") }},
	"re3d/test":               {"re3d", func(d string) ([]sentence, error) { return loadRe3d(d, "test") }},
	"btc/train":               {"btc", func(d string) ([]sentence, error) { return btcSplit(d, "train") }},
	"btc/dev":                 {"btc", func(d string) ([]sentence, error) { return btcSplit(d, "dev") }},
	"btc/test":                {"btc", func(d string) ([]sentence, error) { return btcSplit(d, "test") }},
	"wnut17/train":            {"wnut17", file("wnut17", "wnut17train.conll")},
	"wnut17/dev":              {"wnut17", file("wnut17", "emerging.dev.conll")},
	"wnut17/test":             {"wnut17", file("wnut17", "emerging.test.annotated")},
	"re-docred/dev": {"re-docred", func(d string) ([]sentence, error) {
		return readDocREDFile(filepath.Join(d, "re-docred", "dev_revised.json"))
	}},
	"re-docred/test": {"re-docred", func(d string) ([]sentence, error) {
		return readDocREDFile(filepath.Join(d, "re-docred", "test_revised.json"))
	}},
	"re-docred/dev-a": {"re-docred", func(d string) ([]sentence, error) { return docREDFifth(d, false) }},
	"re-docred/dev-b": {"re-docred", func(d string) ([]sentence, error) { return docREDFifth(d, true) }},
	"uner-ewt/dev":    {"uner", file("uner-ewt", "en_ewt-ud-dev.iob2")},
	"uner-ewt/test":   {"uner", file("uner-ewt", "en_ewt-ud-test.iob2")},
	"uner-ewt/dev-a":  {"uner", func(d string) ([]sentence, error) { return unerDevHalf(d, 0) }},
	"uner-ewt/dev-b":  {"uner", func(d string) ([]sentence, error) { return unerDevHalf(d, 1) }},
	"uner-pud/news":   {"uner", func(d string) ([]sentence, error) { return unerPUD(d, true) }},
	"uner-pud/wiki":   {"uner", func(d string) ([]sentence, error) { return unerPUD(d, false) }},
}

func file(parts ...string) func(string) ([]sentence, error) {
	return func(d string) ([]sentence, error) {
		return readColumnsFile(filepath.Join(append([]string{d}, parts...)...))
	}
}

// DefaultTrainSets are the sets Train uses: every training split we may use
// (GUM's CC BY/BY-SA genres only; CrossNER politics train and dev, as its
// README suggests; wikigold without its held-out fifth; Re-DocRED dev, the
// only labelled part available besides test) and the dev split of UNER
// English-EWT, shown three times per epoch: it is the only data with Universal
// NER's own conventions, and UNER English-EWT has no training split (its test
// split is never trained on). A "*k" suffix shows a set k times per epoch.
// Test splits are never among them.
var DefaultTrainSets = []string{"gum/train", "crossner-politics/train", "crossner-politics/dev", "wikigold/train", "re3d/train", "btc/train", "wnut17/train", "re-docred/dev", "uner-ewt/dev*3"}

// TestSets are the held-out sets Eval reports; DevSets are for tuning. The
// default training sets include uner-ewt/dev and re-docred/dev: to tune,
// train on uner-ewt/dev-a and re-docred/dev-a instead and score
// uner-ewt/dev-b and re-docred/dev-b (held-out documents), with gum/dev.
var (
	TestSets = []string{"uner-pud/news", "uner-ewt/test", "gum/test", "re3d/test", "wikigold/test", "crossner-politics/test", "re-docred/test", "btc/test", "wnut17/test"}
	DevSets  = []string{"uner-ewt/dev", "gum/dev", "btc/dev", "wnut17/dev"}
)

// loadText returns the words of an unlabelled text set: "ud-ewt/train" (the
// UD English-EWT training treebank) or "ecbplus" (ECB+ news articles).
func loadText(dir, name string) ([][]string, error) {
	switch name {
	case "ud-ewt/train":
		sents, err := conllu.ReadFile(filepath.Join(dir, "ud-ewt", "en_ewt-ud-train.conllu"))
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		out := make([][]string, len(sents))
		for i, s := range sents {
			for _, w := range s.Words {
				out[i] = append(out[i], w.Form)
			}
		}
		return out, nil
	case "ecbplus":
		return readECBText(filepath.Join(dir, "ecbplus", "ECB+"))
	}
	return nil, fmt.Errorf("ner: unknown text set %q", name)
}

func loadSet(dir, name string) (corpusSet, error) {
	l, ok := setLoaders[name]
	if !ok {
		return corpusSet{}, fmt.Errorf("ner: unknown data set %q", name)
	}
	s, err := l.load(dir)
	if err != nil {
		return corpusSet{}, fmt.Errorf("ner: loading %s: %w", name, err)
	}
	return corpusSet{Name: name, Corpus: l.corpus, Sents: s}, nil
}

// undocumented lists the corpora whose files do not mark documents: each of
// their sentences (or tweets) stands alone.
var undocumented = map[string]bool{"crossner": true, "btc": true, "wnut17": true}

// docGroups returns the ranges [start, end) of set.Sents that make up one
// document each: runs of sentences with the same Doc index, or single
// sentences in corpora without documents.
func docGroups(set corpusSet) [][2]int {
	var out [][2]int
	for i := 0; i < len(set.Sents); {
		j := i + 1
		if !undocumented[set.Corpus] {
			for j < len(set.Sents) && set.Sents[j].Doc == set.Sents[i].Doc {
				j++
			}
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// setEntities recognises the names of every sentence of set, document by
// document (see docEntities).
func (r *Recognizer) setEntities(set corpusSet) [][]entitySpan {
	out := make([][]entitySpan, 0, len(set.Sents))
	for _, g := range docGroups(set) {
		var d [][]string
		for _, s := range set.Sents[g[0]:g[1]] {
			d = append(d, s.Words)
		}
		out = append(out, r.docEntities(d)...)
	}
	return out
}
