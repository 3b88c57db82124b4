package pipeline

import (
	"fmt"
	"testing"

	"github.com/parley-news/parley/internal/source"
	"github.com/parley-news/parley/internal/synth"
)

func TestProcess(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Process(source.Raw{ID: "t1", Date: "2022-11-15", Text: "Foreign Minister Sergey Lavrov met his Turkish counterpart in Ankara on Monday.\n\n“We are ready to talk,” Lavrov told reporters.\nHide player controls"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 || len(d.Quotes) != 1 || len(d.Times) != 1 || d.Times[0].Value != "2022-11-14" {
		t.Fatalf("sentences %d, quotes %d, times %+v", len(d.Sentences), len(d.Quotes), d.Times)
	}
	found := false
	for _, e := range d.Entities {
		if e.Text == "Sergey Lavrov" && e.Type == "PER" {
			found = true
		}
	}
	if !found {
		t.Errorf("Sergey Lavrov not recognised as PER: %+v", d.Entities)
	}
	for _, tok := range d.Tokens {
		if tok.UPOS == "" || tok.Deprel == "" {
			t.Fatalf("token %q not tagged/parsed: %+v", d.Text[tok.Start:tok.End], tok)
		}
	}
	if _, err := p.Process(source.Raw{ID: "empty", Text: " \n\n "}); err == nil {
		t.Fatal("empty document accepted")
	}
}

// BenchmarkExtract measures the clean + extract path (every stage) on
// synthetic articles: documents/s and MB/s of text, on one goroutine.
func BenchmarkExtract(b *testing.B) {
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	const n = 200
	docs := make([]source.Raw, n)
	var size int64
	for i := range docs {
		title, text := synth.Article(1, i)
		docs[i] = source.Raw{ID: fmt.Sprint(i), Title: title, Date: "2022-11-15", Text: text}
		size += int64(len(text))
	}
	b.SetBytes(size / n)
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		d, err := p.Process(docs[i%n])
		if err != nil {
			b.Fatal(err)
		}
		tokens += len(d.Tokens)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
