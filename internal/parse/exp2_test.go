package parse

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/tag"
)

func TestTagTiming(t *testing.T) {
	if os.Getenv("EXP_TAGTIME") == "" {
		t.Skip()
	}
	dir := dataDir(t)
	ss, err := tag.ReadFiles(filepath.Join(dir, "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	n := len(ss) * 3 / 4
	start := time.Now()
	tg, err := tag.TrainSentences(ss[:n], tag.TrainOptions{Epochs: 4, Log: os.Stderr})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %s", time.Since(start))
	right, all := 0, 0
	for _, s := range ss[n:] {
		ws := make([]string, len(s.Words))
		for i, w := range s.Words {
			ws[i] = w.Form
		}
		up, _ := tg.TagWords(ws)
		for i, w := range s.Words {
			all++
			if up[i] == w.UPOS {
				right++
			}
		}
	}
	t.Logf("held-out UPOS %.2f", 100*float64(right)/float64(all))
}
