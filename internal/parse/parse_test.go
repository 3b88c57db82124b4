package parse

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parley-news/parley/data"
	"github.com/parley-news/parley/internal/doc"
)

func trainTiny(t *testing.T) *Parser {
	t.Helper()
	// Weights are barely pruned: on nine sentences few features move a
	// decision often enough to pass the default threshold, which is meant
	// for the full treebanks.
	p, err := Train(filepath.Join("testdata", "tiny"), TrainOptions{Epochs: 10, Seed: 7, NoGUM: true, MinWeight: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTrainTiny(t *testing.T) {
	p := trainTiny(t)
	trees, err := readTrees(filepath.Join("testdata", "tiny", "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	uas, las := evalTrees(p, trees)
	// A perceptron trained ten epochs on nine short sentences should fit them.
	if uas.Value() < 95 || las.Value() < 90 {
		t.Errorf("training-set UAS %.1f LAS %.1f, want at least 95 and 90", uas.Value(), las.Value())
	}
	// and survive a save/load round trip unchanged
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	uas2, las2 := evalTrees(q, trees)
	if uas2.Value() < uas.Value()-5 || las2.Value() < las.Value()-5 {
		t.Errorf("after reload UAS %.1f LAS %.1f, before %.1f %.1f", uas2.Value(), las2.Value(), uas.Value(), las.Value())
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainTiny(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainTiny(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings on the same data with the same seed gave different models")
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	var buf bytes.Buffer
	if err := trainTiny(t).Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"wrong magic", []byte("hello world")},
		{"truncated header", good[:8]},
		{"truncated weights", good[:len(good)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Read(tc.b); err == nil {
				t.Error("Read accepted a broken model")
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(magic))
	f.Add([]byte(magic + "\x02\x04root\x02\x03det\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Read(b)
		if err == nil {
			p.ParseSentence([]string{"a", "b"}, []string{"X", "X"}, []string{"X", "X"}, nil)
		}
	})
}

// loadEmbedded loads the embedded model, skipping when none has been trained yet.
func loadEmbedded(t testing.TB) *Parser {
	t.Helper()
	if _, err := data.Model(ModelName); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no embedded %s yet: %v", ModelName, err)
	}
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Sentences written for these tests, with the tags a tagger should give them.
var embeddedCases = []struct {
	words, upos, xpos string
	// want lists word:relation:head-word checks
	want []string
}{
	{
		"The minister met his counterpart in Ankara .",
		"DET NOUN VERB PRON NOUN ADP PROPN PUNCT",
		"DT NN VBD PRP$ NN IN NNP .",
		[]string{"met:root:", "minister:nsubj:met", "counterpart:obj:met", "Ankara:obl:met", "in:case:Ankara"},
	},
	{
		"The spokesman said that the government would reject the offer .",
		"DET NOUN VERB SCONJ DET NOUN AUX VERB DET NOUN PUNCT",
		"DT NN VBD IN DT NN MD VB DT NN .",
		[]string{"said:root:", "spokesman:nsubj:said", "reject:ccomp:said", "government:nsubj:reject", "offer:obj:reject", "that:mark:reject"},
	},
	{
		"Protesters demanded the release of the prisoners .",
		"NOUN VERB DET NOUN ADP DET NOUN PUNCT",
		"NNS VBD DT NN IN DT NNS .",
		[]string{"demanded:root:", "Protesters:nsubj:demanded", "release:obj:demanded", "prisoners:nmod:release"},
	},
}

func TestEmbeddedModel(t *testing.T) {
	p := loadEmbedded(t)
	for _, tc := range embeddedCases {
		t.Run(tc.words, func(t *testing.T) {
			words := strings.Fields(tc.words)
			heads, rels := p.ParseSentence(words, strings.Fields(tc.upos), strings.Fields(tc.xpos), nil)
			for _, w := range tc.want {
				parts := strings.Split(w, ":")
				word, rel, head := parts[0], parts[1], parts[2]
				i := indexOf(words, word)
				gotHead := ""
				if heads[i] > 0 {
					gotHead = words[heads[i]-1]
				}
				if rels[i] != rel || gotHead != head {
					t.Errorf("%s: got %s of %q, want %s of %q", word, rels[i], gotHead, rel, head)
				}
			}
		})
	}
}

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	panic("no word " + w)
}

func TestParseDocument(t *testing.T) {
	p := loadEmbedded(t)
	text := "The minister met his counterpart in Ankara. Talks resumed."
	d := doc.New("test", text)
	type tok struct{ w, u, x string }
	sents := [][]tok{
		{{"The", "DET", "DT"}, {"minister", "NOUN", "NN"}, {"met", "VERB", "VBD"}, {"his", "PRON", "PRP$"},
			{"counterpart", "NOUN", "NN"}, {"in", "ADP", "IN"}, {"Ankara", "PROPN", "NNP"}, {".", "PUNCT", "."}},
		{{"Talks", "NOUN", "NNS"}, {"resumed", "VERB", "VBD"}, {".", "PUNCT", "."}},
	}
	pos := 0
	for si, s := range sents {
		for _, tk := range s {
			start := strings.Index(text[pos:], tk.w) + pos
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: start + len(tk.w)},
				Sentence: si, UPOS: tk.u, XPOS: tk.x, Head: -1})
			pos = start + len(tk.w)
		}
	}
	p.Parse(d)
	want := []struct {
		tok, head int
		rel       string
	}{
		{2, -1, "root"}, {1, 2, "nsubj"}, {4, 2, "obj"}, // first sentence
		{9, -1, "root"}, {8, 9, "nsubj"}, {10, 9, "punct"}, // second: heads index d.Tokens
	}
	for _, w := range want {
		got := d.Tokens[w.tok]
		if got.Head != w.head || got.Deprel != w.rel {
			t.Errorf("token %d %q: head %d %s, want %d %s", w.tok, d.SpanText(got.Span), got.Head, got.Deprel, w.head, w.rel)
		}
	}
}

func TestEval(t *testing.T) {
	if testing.Short() {
		t.Skip("full evaluation skipped in -short mode")
	}
	dir := dataDir(t)
	p := loadEmbedded(t)
	rs, err := Eval(p, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 4 {
		t.Fatalf("got %d results, want 4", len(rs))
	}
	for _, r := range rs {
		t.Log(r)
		if r.N < 20000 {
			t.Errorf("%s %s over only %d words", r.Dataset, r.Metric, r.N)
		}
		// Floors well below the measured figures (gold tags), to catch a broken model.
		if floor := map[string]float64{"uas": 80, "las": 75}[r.Metric]; r.Value < floor {
			t.Errorf("%s %s = %.2f, below %.0f", r.Dataset, r.Metric, r.Value, floor)
		}
	}
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkParse(b *testing.B) {
	p := loadEmbedded(b)
	dir := dataDir(b)
	trees, err := readTrees(filepath.Join(dir, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, t := range trees {
		words += len(t.words)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, t := range trees {
			p.ParseSentence(t.words, t.upos, t.xpos, nil)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// tokens per second of CPU time, which a busy machine does not distort
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// TestRepair feeds repair misparses of sentences of our own: a relative
// clause that swallowed the main verb (the verb becomes the root with the
// name as its subject; a restrictive clause, with no comma, is left alone)
// a fronted phrase's apposition taken for a second subject, a clause read
// as a prepositional phrase, and a conjunction taken for a conjunct.
func TestRepair(t *testing.T) {
	p := loadEmbedded(t)
	type arc struct {
		head int
		rel  string
	}
	run := func(words, xpos []string, arcs []arc) ([]int32, []string) {
		head := make([]int32, len(words)+1)
		label := make([]int16, len(words)+1)
		for i, a := range arcs {
			head[i+1] = int32(a.head)
			if label[i+1] = p.labelID(a.rel); label[i+1] < 0 {
				t.Fatalf("no label %q", a.rel)
			}
		}
		p.repair(words, xpos, head, label)
		rels := make([]string, len(words))
		for i := range words {
			rels[i] = p.labels[label[i+1]]
		}
		return head, rels
	}
	// Ana Ruiz , who chaired the talks , accused the envoys .
	words := []string{"Ana", "Ruiz", ",", "who", "chaired", "the", "talks", ",", "accused", "the", "envoys", "."}
	xpos := []string{"NNP", "NNP", ",", "WP", "VBD", "DT", "NNS", ",", "VBN", "DT", "NNS", "."}
	mis := []arc{{0, "root"}, {1, "flat"}, {5, "punct"}, {5, "nsubj"}, {1, "acl:relcl"}, {7, "det"}, {5, "obj"},
		{9, "punct"}, {5, "conj"}, {11, "det"}, {9, "obj"}, {1, "punct"}}
	head, rels := run(words, xpos, mis)
	if head[9] != 0 || rels[8] != "root" || head[1] != 9 || rels[0] != "nsubj" || head[12] != 9 {
		t.Errorf("relative clause not repaired: heads %v rels %v", head[1:], rels)
	}
	// Without the comma before "who" the clause may be restrictive: no change.
	words2 := []string{"Officials", "who", "chaired", "the", "talks", ",", "accused", "the", "envoys", "."}
	xpos2 := []string{"NNS", "WP", "VBD", "DT", "NNS", ",", "VBN", "DT", "NNS", "."}
	mis2 := []arc{{0, "root"}, {3, "nsubj"}, {1, "acl:relcl"}, {5, "det"}, {3, "obj"}, {7, "punct"}, {3, "conj"}, {9, "det"}, {7, "obj"}, {1, "punct"}}
	head2, _ := run(words2, xpos2, mis2)
	if head2[1] != 0 {
		t.Errorf("restrictive clause changed: heads %v", head2[1:])
	}
	// According to the spokeswoman , Lena Berg , the adviser met Ito .
	words3 := []string{"According", "to", "the", "spokeswoman", ",", "Lena", "Berg", ",", "the", "adviser", "met", "Ito", "."}
	xpos3 := []string{"VBG", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "DT", "NN", "VBD", "NNP", "."}
	mis3 := []arc{{4, "case"}, {1, "fixed"}, {4, "det"}, {11, "obl"}, {4, "punct"}, {11, "nsubj"}, {6, "flat"},
		{10, "punct"}, {10, "det"}, {11, "nsubj"}, {0, "root"}, {11, "obj"}, {11, "punct"}}
	head3, rels3 := run(words3, xpos3, mis3)
	if head3[6] != 4 || rels3[5] != "appos" || head3[10] != 11 || rels3[9] != "nsubj" {
		t.Errorf("fronted apposition not repaired: heads %v rels %v", head3[1:], rels3)
	}
	// Peru will wait until Chile withdraws its ships .
	words4 := []string{"Peru", "will", "wait", "until", "Chile", "withdraws", "its", "ships", "."}
	xpos4 := []string{"NNP", "MD", "VB", "IN", "NNP", "VBZ", "PRP$", "NNS", "."}
	mis4 := []arc{{3, "nsubj"}, {3, "aux"}, {0, "root"}, {5, "case"}, {3, "obl"}, {3, "advcl"}, {8, "nmod:poss"}, {6, "obj"}, {3, "punct"}}
	head4, rels4 := run(words4, xpos4, mis4)
	if head4[5] != 6 || rels4[4] != "nsubj" || head4[4] != 6 || rels4[3] != "mark" {
		t.Errorf("clause marker not repaired: heads %v rels %v", head4[1:], rels4)
	}
	// Ana met with Ito , and with Berg .
	words5 := []string{"Ana", "met", "with", "Ito", ",", "and", "with", "Berg", "."}
	xpos5 := []string{"NNP", "VBD", "IN", "NNP", ",", "CC", "IN", "NNP", "."}
	mis5 := []arc{{2, "nsubj"}, {0, "root"}, {4, "case"}, {2, "obl"}, {4, "punct"}, {5, "conj"}, {8, "case"}, {6, "obl"}, {2, "punct"}}
	head5, rels5 := run(words5, xpos5, mis5)
	if head5[8] != 4 || rels5[7] != "conj" || head5[6] != 8 || rels5[5] != "cc" {
		t.Errorf("stray conjunction not repaired: heads %v rels %v", head5[1:], rels5)
	}
}
