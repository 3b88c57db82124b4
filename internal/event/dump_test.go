package event

import (
	"flag"
	"fmt"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

var dumpText = flag.String("dump", "", "sentence to dump (tokens, actors, events)")

// TestDump prints the parse, actors and events of -dump, for debugging.
func TestDump(t *testing.T) {
	if *dumpText == "" {
		t.Skip("no -dump sentence")
	}
	d := doc.New("dump", *dumpText)
	annotator(t)(d)
	d.Events = d.Events[:0]
	Code(d, Options{})
	for i, tk := range d.Tokens {
		fmt.Println(i, d.SpanText(tk.Span), tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel)
	}
	if toks := repairParse(d); toks != nil {
		for i, tk := range toks {
			fmt.Println("repaired", i, d.SpanText(tk.Span), tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel)
		}
	}
	for _, a := range d.Actors {
		fmt.Println("actor", a.ID, a.Name, a.Mentions)
	}
	for _, e := range d.Events {
		fmt.Printf("event %+v\n", e)
	}
}
