package position_test

import (
	"flag"
	"fmt"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/pipeline"
)

var dumpText = flag.String("dump", "", "text to dump (parse, actors, positions)")

// TestDump prints the parse, actors and positions of -dump, for debugging.
func TestDump(t *testing.T) {
	if *dumpText == "" {
		t.Skip("no -dump text")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("dump", *dumpText)
	date := "2022-11-15"
	d.Date = &date
	p.AnnotateUntil(d, "")
	for i, tk := range d.Tokens {
		fmt.Println(i, d.SpanText(tk.Span), tk.UPOS, tk.Lemma, tk.Head, tk.Deprel)
	}
	for _, a := range d.Actors {
		fmt.Println("actor", a.ID, a.Name, a.Mentions)
	}
	for _, q := range d.Quotes {
		fmt.Println("quote", q.Kind, q.Speaker, q.Text)
	}
	for _, e := range d.Events {
		fmt.Printf("event %s %v -> %v neg=%v %s\n", e.Type, e.Source, e.Target, e.Negated, d.SpanText(e.Evidence))
	}
	for _, e := range d.Positions {
		fmt.Printf("position %s %s [%s] topic=%q\n", e.Actor, e.Stance, e.Object, e.Topic)
	}
}
