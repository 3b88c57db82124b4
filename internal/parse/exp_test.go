package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/tag"
)

// TestExperiment trains a parser on predicted tags and reports dev scores.
// It runs only with PARLEY_PARSE_EXP set to a tagger model file; it is a
// development tool for tuning on the dev split.
func TestExperiment(t *testing.T) {
	posFile := os.Getenv("PARLEY_PARSE_EXP")
	if posFile == "" {
		t.Skip("set PARLEY_PARSE_EXP to a tagger model file to run the training experiment")
	}
	dir := dataDir(t)
	b, err := os.ReadFile(posFile)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := tag.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	opts := TrainOptions{Log: os.Stderr, Tagger: tg.TagWords}
	if e, err := strconv.Atoi(os.Getenv("EXP_EPOCHS")); err == nil {
		opts.Epochs = e
	}
	if e, err := strconv.Atoi(os.Getenv("EXP_FOLDS")); err == nil {
		opts.Folds = e
	}
	if e, err := strconv.Atoi(os.Getenv("EXP_MINCOUNT")); err == nil {
		opts.MinCount = e
	}
	if e, err := strconv.Atoi(os.Getenv("EXP_TBITS")); err == nil {
		transBits = uint(e)
	}
	if e, err := strconv.Atoi(os.Getenv("EXP_LBITS")); err == nil {
		labelBits = uint(e)
	}
	if e, err := strconv.ParseFloat(os.Getenv("EXP_GOLD"), 64); err == nil {
		opts.GoldShare = e
	}
	if e, err := strconv.ParseFloat(os.Getenv("EXP_MINW"), 64); err == nil {
		opts.MinWeight = float32(e)
	}
	jackknifeCache = os.Getenv("EXP_TAGCACHE")
	if os.Getenv("EXP_NOLABCTX") != "" {
		labelContext = false
	}
	start := time.Now()
	p, err := Train(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %s", time.Since(start).Round(time.Second))
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	t.Logf("model %d bytes", buf.Len())
	if out := os.Getenv("EXP_OUT"); out != "" {
		os.WriteFile(out, buf.Bytes(), 0o644)
	}
	dev, err := readTrees(filepath.Join(dir, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	gold := make([][]string, len(dev))
	for i := range dev {
		gold[i] = dev[i].upos
	}
	uas, las := evalTrees(p, dev)
	t.Logf("dev gold tags UAS %.2f LAS %.2f", uas.Value(), las.Value())
	retag(dev, tg.TagWords)
	right, all := 0, 0
	for i := range dev {
		for j := range gold[i] {
			all++
			if gold[i][j] == dev[i].upos[j] {
				right++
			}
		}
	}
	uas, las = evalTrees(p, dev)
	t.Logf("dev UPOS %.2f; predicted tags UAS %.2f LAS %.2f", 100*float64(right)/float64(all), uas.Value(), las.Value())
}
