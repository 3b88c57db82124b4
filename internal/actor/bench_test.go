package actor_test

import (
	"fmt"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/coref"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/clean"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/synth"
)

func benchDocs(b *testing.B) ([]*doc.Document, coref.Annotator, int) {
	ann, err := coref.DefaultAnnotator()
	if ann == nil {
		b.Skipf("models: %v", err)
	}
	if err != nil {
		b.Logf("without the parser: %v", err)
	}
	const n = 100
	docs := make([]*doc.Document, n)
	tokens := 0
	date := "2022-11-15"
	for i := range docs {
		_, text := synth.Article(1, i)
		d := doc.New(fmt.Sprint(i), clean.Clean(text))
		d.Date = &date
		ann(d)
		tokens += len(d.Tokens)
		docs[i] = d
	}
	return docs, ann, tokens / n
}

// BenchmarkResolve times actor resolution alone over annotated synthetic
// articles; compare with BenchmarkAnnotate (the stages before it).
func BenchmarkResolve(b *testing.B) {
	docs, _, perDoc := benchDocs(b)
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		actor.Resolve(docs[i%len(docs)], k, actor.Options{})
	}
	b.ReportMetric(float64(b.N*perDoc)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnnotate times tokenising, tagging, recognising and parsing the
// same articles: the extract path that resolution is added to.
func BenchmarkAnnotate(b *testing.B) {
	docs, ann, perDoc := benchDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		src := docs[i%len(docs)]
		d := doc.New(src.ID, src.Text)
		d.Date = src.Date
		ann(d)
	}
	b.ReportMetric(float64(b.N*perDoc)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoadKB times loading and indexing the built-in knowledge base
// (once per process).
func BenchmarkLoadKB(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := kb.Default(); err != nil {
			b.Fatal(err)
		}
	}
}
