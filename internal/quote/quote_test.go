package quote

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/patterns")

// describe renders the statements of a document, one a line: kind, speaker
// phrase (or -), cue (or -), text.
func describe(d *doc.Document, found []statement) string {
	var b strings.Builder
	for _, s := range found {
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
		fmt.Fprintf(&b, "%s | %s | %s | %s\n", s.Kind, sp, cue, strings.ReplaceAll(d.SpanText(s.Span), "\n", `\n`))
	}
	return b.String()
}

// TestPatterns checks one golden file per quote pattern (our own sentences
// under testdata/patterns; -update rewrites the .golden files).
func TestPatterns(t *testing.T) {
	files, err := filepath.Glob("testdata/patterns/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no patterns: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := annotate(t, f, string(b))
			got := describe(d, analyze(d, Options{}))
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s:\ngot:\n%s\nwant:\n%s", f, got, want)
			}
			Find(d, Options{})
			if err := d.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestFindSpeakers checks attribution to hand-built actors: names, titles,
// pronouns and carried speakers.
func TestFindSpeakers(t *testing.T) {
	cases := []struct {
		text   string
		actors []doc.Actor
		want   []string // "kind speaker-id text"
	}{
		{
			"The Kremlin spokesman, Dmitri Peskov, said that the talks were frozen. “We see no chance for now,” recalled the presidential spokesman.",
			[]doc.Actor{{ID: "peskov", Name: "Dmitri Peskov", Kind: "person", Aliases: []string{"Dmitri Peskov", "the presidential spokesman", "The Kremlin spokesman"}}},
			[]string{"reported peskov the talks were frozen", "direct peskov We see no chance for now,"},
		},
		{
			"The minister, Ivan Petrov, met the envoy on Monday. He said that the border would stay closed.",
			[]doc.Actor{{ID: "petrov", Name: "Ivan Petrov", Kind: "person", Aliases: []string{"Ivan Petrov"}}},
			[]string{"reported petrov the border would stay closed"},
		},
		{
			"“Tough Balance”\n\nThe talks went on for three days.",
			nil,
			nil,
		},
		{
			"The Ruritanian government says the strike is over. Ruritania's foreign ministry released a statement on Friday that urged calm: “Nobody gains from a war.”",
			[]doc.Actor{
				{ID: "RUR", Name: "Ruritania", Kind: "country", Aliases: []string{"Ruritanian", "Ruritania"}},
				{ID: "RUR.MFA", Name: "Ministry of Foreign Affairs of Ruritania", Kind: "organization", Aliases: []string{"Ruritania's foreign ministry"}},
			},
			[]string{"reported RUR the strike is over", "direct RUR.MFA Nobody gains from a war."},
		},
		{
			"According to different sources, the envoy offered a new formula.",
			nil,
			[]string{"reported - the envoy offered a new formula"},
		},
	}
	for _, tc := range cases {
		d := annotate(t, "t", tc.text)
		d.Actors = mentionActors(d.Text, tc.actors)
		Find(d, Options{})
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range d.Quotes {
			sp := "-"
			if q.Speaker != nil {
				sp = *q.Speaker
			}
			got = append(got, q.Kind+" "+sp+" "+q.Text)
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestFindUntokenised checks the marks-only mode on text with no tokens.
func TestFindUntokenised(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{`The minister said: “We are ready to talk to anyone.” Then he left.`, []string{"direct We are ready to talk to anyone."}},
		{`He stressed that «the border is not for sale, and never was.”`, []string{"direct the border is not for sale, and never was."}},
		{`„Wir verhandeln nicht mit ihnen“, sagte er.`, []string{"direct Wir verhandeln nicht mit ihnen"}},
		{"An “unclosed quotation\n\nruns into the next paragraph.", nil},
		{`A 12" pipe is not a quote, nor is Kiev’s goal.`, nil},
		{"“Tough Balance”", nil},
	}
	for _, tc := range cases {
		d := doc.New("t", tc.text)
		Find(d, Options{})
		var got []string
		for _, q := range d.Quotes {
			got = append(got, q.Kind+" "+q.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
		if err := d.Validate(); err != nil {
			t.Error(err)
		}
	}
}

// TestLexicon checks that the embedded cue lexicon parses and holds the
// cues the issue names.
func TestLexicon(t *testing.T) {
	verbs, nouns := lexicon()
	for _, w := range []string{"say", "said", "stress", "assure", "warn", "claim", "lament", "recall", "insist", "deny", "announce", "confirm", "reveal", "accuse"} {
		if verbs[w] == nil {
			t.Errorf("cue %q missing", w)
		}
	}
	if nouns["statement"] == nil {
		t.Error("noun cue statement missing")
	}
}

// checkInvariants fails when statements are out of range, overlap, or cut
// a quotation (a span must hold whole quotations or lie inside one).
func checkInvariants(t *testing.T, d *doc.Document) {
	t.Helper()
	prev := 0
	marks := findMarked(d.Text, 20)
	for _, q := range d.Quotes {
		if q.Start < prev || q.End <= q.Start || q.End > len(d.Text) {
			t.Fatalf("bad span %+v after %d in %q", q.Span, prev, d.Text)
		}
		prev = q.End
		for _, m := range marks {
			if q.Span.Overlaps(m.Outer) && !q.Span.Contains(m.Outer) && !m.Inner.Contains(q.Span) && !m.Outer.Contains(q.Span) {
				t.Fatalf("span %+v cuts quotation %+v in %q", q.Span, m.Outer, d.Text)
			}
		}
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}

func FuzzFind(f *testing.F) {
	f.Add(`He said “yes” and «no” and „maybe“ and "so".`)
	f.Add("“\n\n”")
	f.Add("The minister said: “We are ready.\n\n“Always.”")
	f.Add("According to him, “a very (…) difficult balance” was reached, he said.")
	f.Add("‘Quoted’ and 'straight' and Kiev’s ‘goal’.")
	f.Add("Anna Berg: We agree.\n\nReporter: Why?\n\nAnna Berg: Because.")
	f.Add("“One,” wrote Lund on Twitter, “two.” The talks, she said, are over.")
	f.Add("He said, “first part\n\nsecond part.”")
	f.Add("`` One. '' and ``two'' and `` three.\" -- X ''")
	f.Add("She says, 'Thanks, it was great.\"\n\n\"Dear all, well done.'\n\n'Open")
	f.Add("\"Yes,\" the aide, Ann Roe, said. \"No,\" Roe, who left, told them; she was quoted by X;\n\"Fine.\"")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("the clean stage guarantees UTF-8 before quote runs")
		}
		d := doc.New("f", s)
		Find(d, Options{})
		checkInvariants(t, d)
		// With tokens but no tags: the attribution code must stay safe.
		d = doc.New("f", s)
		text.TokenizeWith(d, text.Options{SplitHyphens: true})
		Find(d, Options{})
		checkInvariants(t, d)
	})
}
