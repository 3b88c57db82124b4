package text

import (
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", " ", "\n\n", "He said: “We will go.” Then…", "I don't know... Mr. U.S. J. R. R.",
		"$520 million, 1.5bn (…) «Non» „Ja“ ‘x’ e-mail jane@example.org https://a.b/c?d=e.",
		"1. First\n2. Second", "''``\"'", "😀👍🏽🇺🇸\u200d", "a\u0301b \u00a0 \u2028 x", "'s n't ’s",
		"\xff\xfe broken \xc3", ":-) ;) :D", "[1] (...) [...] ***", "U.S.-led 1-800-555-0100 13-17",
		"Lima, June 3 (AFP).- Peru", "OSLO — The", "A (B).-\nC (D) - E",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []Options{{}, {SplitHyphens: true}} {
			toks := TokensWith(s, opt)
			sents := Sentences(s, toks)
			if msg := checkInvariants(s, toks, sents); msg != "" {
				t.Fatalf("%+v %q: %s", opt, s, msg)
			}
		}
		d := doc.New("fuzz", s)
		Tokenize(d)
		for i, tk := range d.Tokens {
			if tk.Head != -1 || tk.Sentence < 0 || tk.Sentence >= len(d.Sentences) || !d.Sentences[tk.Sentence].Contains(tk.Span) {
				t.Fatalf("%q: token %d %+v not in its sentence", s, i, tk)
			}
			if i > 0 && tk.Sentence < d.Tokens[i-1].Sentence {
				t.Fatalf("%q: token %d sentence index goes back", s, i)
			}
		}
		if !utf8.ValidString(s) {
			return // offsets cannot all be rune boundaries in invalid text
		}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}
