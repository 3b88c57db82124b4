package ner

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/tag"
)

// BenchmarkTagAndRecognize runs the part-of-speech tagger and the
// recogniser together over a paragraph of our own, as the pipeline does,
// and reports tokens per second (wall and CPU time).
func BenchmarkTagAndRecognize(b *testing.B) {
	r := embedded(b)
	tg, err := tag.Load()
	if err != nil {
		b.Skipf("no embedded tagger: %v", err)
	}
	text := strings.Repeat("The spokeswoman for the Russian Foreign Ministry, Maria Zajarova, said on Tuesday that Russia and the United States maintain contacts on urgent matters. "+
		"Jake Sullivan told students in Chicago that contacts between Washington and Beijing continue, the Financial Times reported. ", 20)
	base := tokenize(text)
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := doc.New("b", text)
		d.Tokens = append(d.Tokens[:0], base.Tokens...)
		tg.Tag(d)
		r.Recognize(d)
	}
	b.StopTimer()
	tokens := float64(len(base.Tokens)) * float64(b.N)
	b.ReportMetric(tokens/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(tokens/cpu.Seconds(), "tokens/cpu-s")
	}
}
