package quote

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGUMDump prints, for every GUM training and development document, each
// gold body relation next to the statement that overlaps it most (or MISS),
// then the statements that overlap no gold relation (FP). A development aid:
// QGUMDEBUG=dump; the test documents are never shown.
func TestGUMDump(t *testing.T) {
	if os.Getenv("QGUMDEBUG") != "dump" {
		t.Skip("set QGUMDEBUG=dump")
	}
	dir := dataDir(t)
	docs, err := gumDocs(dir)
	if err != nil {
		t.Skip(err)
	}
	gold, _ := gumGold(dir)
	short := func(s string, n int) string {
		s = strings.ReplaceAll(s, "\n", " / ")
		if len(s) > n {
			return s[:n] + "…"
		}
		return s
	}
	for _, gd := range docs {
		if gd.split == "test" {
			continue
		}
		d, spans, err := gumDocument(dir, gd.name)
		if err != nil {
			t.Fatal(err)
		}
		*d = *annotate(t, d.ID, d.Text)
		found := analyze(d, Options{})
		fmt.Printf("=== %s (%s)\n", gd.name, gd.split)
		hit := make([]bool, len(found))
		for _, g := range gold[gd.name] {
			g = g.toBytes(spans)
			gc := trimSpan(d.Text, g.Content)
			var src []string
			for _, x := range g.Source {
				src = append(src, d.SpanText(x))
			}
			best, bo := -1, 0.0
			for i, s := range found {
				if ov := overlapRatio(trimSpan(d.Text, s.Span), gc); ov > bo {
					best, bo = i, ov
				}
			}
			kind := "R"
			if g.Direct {
				kind = "D"
			}
			fmt.Printf("G%s src=%q | %s\n", kind, strings.Join(src, " "), short(d.SpanText(gc), 160))
			if best < 0 || bo < 0.5 {
				fmt.Printf("    MISS (best ov %.2f) cog=%v\n", bo, g.Cognition)
				if os.Getenv("QGUMCTX") != "" {
					lo, hi := max(0, gc.Start-120), min(len(d.Text), gc.End+80)
					fmt.Printf("    CTX %q\n", d.Text[lo:gc.Start]+"[["+d.Text[gc.Start:gc.End]+"]]"+d.Text[gc.End:hi])
				}
				if best >= 0 {
					hit[best] = true
				}
				continue
			}
			hit[best] = true
			s := found[best]
			sp := "-"
			if s.hasSpk {
				sp = d.SpanText(s.Speaker)
			}
			ok := false
			for _, x := range g.Source {
				ok = ok || s.hasSpk && x.Overlaps(s.Speaker)
			}
			exact := trimSpan(d.Text, s.Span) == gc
			fmt.Printf("    %s spk=%q ok=%v exact=%v ov=%.2f | %s\n", s.Kind, sp, ok, exact, bo, short(d.SpanText(s.Span), 160))
		}
		for i, s := range found {
			if hit[i] {
				continue
			}
			sp := "-"
			if s.hasSpk {
				sp = d.SpanText(s.Speaker)
			}
			fmt.Printf("FP %s spk=%q | %s\n", s.Kind, sp, short(d.SpanText(s.Span), 160))
			if os.Getenv("QGUMCTX") != "" {
				lo, hi := max(0, s.Span.Start-120), min(len(d.Text), s.Span.End+80)
				fmt.Printf("    CTX %q\n", d.Text[lo:s.Span.Start]+"[["+d.Text[s.Span.Start:s.Span.End]+"]]"+d.Text[s.Span.End:hi])
			}
		}
	}
}

// TestWikinewsDump prints the statements found in the unannotated Wikinews
// diplomacy articles (dataDir/wikinews-diplomacy), marked inline with their
// kind and speaker phrase: ⟦kind|speaker|text⟧. A development aid:
// QGUMDEBUG=wn, QWN=comma-separated article numbers (default all).
func TestWikinewsDump(t *testing.T) {
	if os.Getenv("QGUMDEBUG") != "wn" {
		t.Skip("set QGUMDEBUG=wn")
	}
	b, err := os.ReadFile(filepath.Join(dataDir(t), "wikinews-diplomacy", "articles.jsonl"))
	if err != nil {
		t.Skip(err)
	}
	want := map[string]bool{}
	for _, s := range strings.Split(os.Getenv("QWN"), ",") {
		if s != "" {
			want[s] = true
		}
	}
	for n, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if len(want) > 0 && !want[fmt.Sprint(n)] {
			continue
		}
		var art struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &art); err != nil {
			t.Fatal(err)
		}
		d := annotate(t, art.ID, art.Text)
		var sb strings.Builder
		pos := 0
		for _, s := range analyze(d, Options{}) {
			sp := "-"
			if s.hasSpk {
				sp = d.SpanText(s.Speaker)
			}
			if s.Carried {
				sp += "(carried)"
			}
			sb.WriteString(d.Text[pos:s.Span.Start])
			fmt.Fprintf(&sb, "⟦%s|%s|%s⟧", strings.ToUpper(s.Kind[:1]), sp, d.SpanText(s.Span))
			pos = s.Span.End
		}
		sb.WriteString(d.Text[pos:])
		fmt.Printf("=== %d %s\n%s\n", n, art.ID, sb.String())
	}
}

// TestTokensDump prints the tokens (tags, lemma, parse) of the text in
// $QTOKENS and the statements found in it: a development aid for writing
// rules against the real tagger and parser.
func TestTokensDump(t *testing.T) {
	s := os.Getenv("QTOKENS")
	if s == "" {
		t.Skip("set QTOKENS to a text")
	}
	d := annotate(t, "tokens", s)
	for i, tk := range d.Tokens {
		fmt.Println(i, d.SpanText(tk.Span), tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel, tk.Sentence)
	}
	fmt.Print(describe(d, analyze(d, Options{})))
}
