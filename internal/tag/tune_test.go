package tag

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"testing"
	"time"
)

// Tuning harness: these tests only run when asked to, and only ever score
// the development splits.

// TestTune trains with the knobs given in environment variables and scores
// the result on the development splits. It only runs when PARLEY_TAG_TUNE
// is set, since it trains a full model. Knobs: TAG_EXTRA (feature set),
// TAG_STACK (0/1), TAG_LABELMODE, TAG_EPOCHS, TAG_MINCOUNT, TAG_MINW; TAG_OUT
// saves the model.
func TestTune(t *testing.T) {
	if os.Getenv("PARLEY_TAG_TUNE") == "" {
		t.Skip("set PARLEY_TAG_TUNE=1 to train and score on the dev splits")
	}
	dir := dataDir(t)
	envInt := func(k string, def int) int {
		if v, err := strconv.Atoi(os.Getenv(k)); err == nil {
			return v
		}
		return def
	}
	if v, err := strconv.ParseUint(os.Getenv("TAG_EXTRA"), 0, 64); err == nil {
		trainFeatures = v
	}
	stack = envInt("TAG_STACK", 1) == 1
	labelMode = envInt("TAG_LABELMODE", 0)
	opts := TrainOptions{Epochs: envInt("TAG_EPOCHS", 0), Log: os.Stderr, MinFeatureCount: envInt("TAG_MINCOUNT", 0)}
	if v, err := strconv.ParseFloat(os.Getenv("TAG_MINW"), 32); err == nil {
		opts.MinWeight = float32(v)
	}
	start := time.Now()
	tg, err := Train(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	ewt, err := ReadFiles(EWTFile(dir, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	gf, err := GUMFiles(dir, "dev", false)
	if err != nil {
		t.Fatal(err)
	}
	gum, err := ReadFiles(gf...)
	if err != nil {
		t.Fatal(err)
	}
	res := append(EvalSentences(tg, "ud-ewt/dev", ewt), EvalSentences(tg, "gum/dev", gum)...)
	for _, r := range res {
		fmt.Printf("RESULT %s %s %.2f\n", r.Dataset, r.Task, r.Value)
	}
	fmt.Printf("RESULT train %s\n", took.Round(time.Second))
	if out := os.Getenv("TAG_OUT"); out != "" {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := tg.Save(f); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAnalyse breaks down the UD EWT dev errors of the model in TAG_MODEL:
// known and unknown words, the commonest confusions, and with TAG_SHOW=A->B
// the contexts of one confusion. TAG_MARGIN sets the second-pass margin.
func TestAnalyse(t *testing.T) {
	path := os.Getenv("TAG_MODEL")
	if path == "" {
		t.Skip("set TAG_MODEL to a model file")
	}
	dir := dataDir(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Read(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	train, _ := ReadFiles(EWTFile(dir, "train"))
	g, _ := GUMFiles(dir, "train", true)
	gt, _ := ReadFiles(g...)
	train = append(train, gt...)
	known := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			known[w.Form] = true
		}
	}
	if v, err := strconv.ParseFloat(os.Getenv("TAG_MARGIN"), 32); err == nil {
		secondPassMargin = float32(v)
	}
	dev, _ := ReadFiles(EWTFile(dir, "dev"))
	gf, _ := GUMFiles(dir, "dev", false)
	gdev, _ := ReadFiles(gf...)
	for _, r := range append(EvalSentences(tg, "ud-ewt/dev", dev), EvalSentences(tg, "gum/dev", gdev)...) {
		fmt.Printf("RESULT %s %s %.2f\n", r.Dataset, r.Task, r.Value)
	}
	start := time.Now()
	ntok := 0
	type cnt struct{ n, right int }
	var kn, unk cnt
	conf := map[string]int{}
	for _, s := range dev {
		var ws []string
		for _, w := range s.Words {
			ws = append(ws, w.Form)
		}
		up, _ := tg.TagWords(ws)
		ntok += len(ws)
		for i, w := range s.Words {
			c := &kn
			if !known[w.Form] {
				c = &unk
			}
			c.n++
			if up[i] == w.UPOS {
				c.right++
			} else {
				conf[w.UPOS+"->"+up[i]]++
				if os.Getenv("TAG_SHOW") == w.UPOS+"->"+up[i] {
					lo, hi := max(0, i-3), min(len(ws), i+4)
					fmt.Printf("  %v [%s] %v\n", ws[lo:i], ws[i], ws[i+1:hi])
				}
			}
		}
	}
	fmt.Printf("tagged %d tokens in %s\n", ntok, time.Since(start))
	fmt.Printf("total %.2f%%\n", 100*float64(kn.right+unk.right)/float64(kn.n+unk.n))
	fmt.Printf("known %d %.2f%%  unknown %d %.2f%%\n", kn.n, 100*float64(kn.right)/float64(kn.n), unk.n, 100*float64(unk.right)/float64(unk.n))
	var ks []string
	for k := range conf {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return conf[ks[i]] > conf[ks[j]] })
	for _, k := range ks[:min(25, len(ks))] {
		fmt.Println(k, conf[k])
	}
}
