package event

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/doc"
)

// seedDocs annotates the two seed articles (read at run time from
// ../shared/seeds, never copied) with every stage before events.
func seedDocs(tb testing.TB) []*doc.Document {
	tb.Helper()
	dir := filepath.Join(filepath.Dir(dataDir(tb)), "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		tb.Skipf("no seed articles in %s", dir)
	}
	annotate := annotator(tb)
	var docs []*doc.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		d := doc.New(filepath.Base(f), string(b))
		date := "2022-11-04"
		d.Date = &date
		annotate(d)
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkCode times event coding alone on annotated seed articles.
func BenchmarkCode(b *testing.B) {
	docs := seedDocs(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Events = d.Events[:0]
			Code(d, Options{})
		}
	}
}

// BenchmarkAnnotate times every stage before events on the same articles,
// the base that events are compared with.
func BenchmarkAnnotate(b *testing.B) {
	docs := seedDocs(b)
	annotate := annotator(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			annotate(doc.New(d.ID, d.Text))
		}
	}
}

// TestSpeedShare logs the share of extraction time spent coding events.
func TestSpeedShare(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	docs := seedDocs(t)
	annotate := annotator(t)
	const rounds = 5
	t0 := time.Now()
	for r := 0; r < rounds; r++ {
		for _, d := range docs {
			annotate(doc.New(d.ID, d.Text))
		}
	}
	base := time.Since(t0)
	t1 := time.Now()
	n := 0
	for r := 0; r < rounds; r++ {
		for _, d := range docs {
			d.Events = d.Events[:0]
			Code(d, Options{})
			n += len(d.Events)
		}
	}
	ev := time.Since(t1)
	t.Logf("other stages %v, events %v (%.2f%% added), %d events per round", base/rounds, ev/rounds, 100*float64(ev)/float64(base), n/rounds)
}
