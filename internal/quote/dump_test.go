package quote

import (
	"fmt"
	"os"
	"testing"
)

// TestDump prints the statements found in the file named by QDUMP (a
// development aid; skipped otherwise).
func TestDump(t *testing.T) {
	f := os.Getenv("QDUMP")
	if f == "" {
		t.Skip("set QDUMP=file to print its statements")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, f, string(b))
	if os.Getenv("QTOK") != "" {
		for i, tk := range d.Tokens {
			fmt.Printf("%d\t%d\t%s\t%s\t%s\t%s\t%d\t%s\n", i, tk.Sentence, d.SpanText(tk.Span), tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel)
		}
	}
	for _, s := range analyze(d, Options{}) {
		sp, cue := "-", "-"
		if s.hasSpk {
			sp = d.SpanText(s.Speaker)
			if s.Carried {
				sp += " (carried)"
			}
		}
		if s.Cue != nil {
			cue = d.SpanText(*s.Cue)
		}
		fmt.Printf("%-8s | %-30s | %-12s | %s\n", s.Kind, sp, cue, d.SpanText(s.Span))
	}
}
