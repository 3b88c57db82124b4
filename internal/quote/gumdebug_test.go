package quote

import (
	"fmt"
	"os"
	"testing"
)

// TestGUMErrors prints speaker errors on the GUM training documents (a
// development aid: QGUMDEBUG=1; the dev and test documents are not shown).
func TestGUMErrors(t *testing.T) {
	if os.Getenv("QGUMDEBUG") == "" {
		t.Skip("set QGUMDEBUG=1")
	}
	dir := dataDir(t)
	docs, err := gumDocs(dir)
	if err != nil {
		t.Skip(err)
	}
	gold, _ := gumGold(dir)
	for _, gd := range docs {
		if gd.split != "train" {
			continue
		}
		d, spans, err := gumDocument(dir, gd.name)
		if err != nil {
			t.Fatal(err)
		}
		*d = *annotate(t, d.ID, d.Text)
		for _, s := range analyze(d, Options{}) {
			for _, g := range gold[gd.name] {
				g = g.toBytes(spans)
				if overlapRatio(trimSpan(d.Text, s.Span), trimSpan(d.Text, g.Content)) < 0.5 {
					continue
				}
				ok := false
				for _, src := range g.Source {
					ok = ok || s.hasSpk && src.Overlaps(s.Speaker)
				}
				if !ok {
					sp := "-"
					if s.hasSpk {
						sp = d.SpanText(s.Speaker)
					}
					var gs string
					for _, src := range g.Source {
						gs += d.SpanText(src) + " "
					}
					cue := "-"
					if s.Cue != nil {
						cue = d.SpanText(*s.Cue)
					}
					fmt.Printf("%s | pred %q cue %q | gold %q | %.80s\n", s.Kind, sp, cue, gs, d.SpanText(s.Span))
					if s.Cue != nil && !s.hasSpk {
						for _, se := range d.Sentences {
							if se.Contains(*s.Cue) {
								fmt.Printf("   SENT: %s\n", d.SpanText(se))
							}
						}
					}
				}
			}
		}
	}
}

// TestArticleErrors prints the differences on our own test set (QGUMDEBUG=1).
func TestArticleErrors(t *testing.T) {
	if os.Getenv("QGUMDEBUG") == "" {
		t.Skip("set QGUMDEBUG=1")
	}
	arts, err := loadArticles("testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		d := annotate(t, a.Name, a.Text)
		d.Actors = mentionActors(d.Text, a.Actors)
		Find(d, Options{})
		names := map[string]string{}
		for _, ac := range d.Actors {
			names[ac.ID] = ac.Name
		}
		var got, want []string
		for _, q := range d.Quotes {
			sp := "-"
			if q.Speaker != nil {
				sp = names[*q.Speaker]
			}
			got = append(got, fmt.Sprintf("%s | %s | %s", q.Kind, sp, q.Text))
		}
		for _, g := range a.Gold {
			sp := g.Speaker
			if sp == "" {
				sp = "-"
			}
			want = append(want, fmt.Sprintf("%s | %s | %s", g.Kind, sp, d.SpanText(g.Span)))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			fmt.Printf("== %s\n", a.Name)
			for _, g := range got {
				fmt.Println("  got  ", g)
			}
			for _, w := range want {
				fmt.Println("  want ", w)
			}
		}
	}
}

// TestGUMMisses prints gold relations of the GUM training documents that no
// statement matched, and statements that matched nothing (QGUMDEBUG=2).
func TestGUMMisses(t *testing.T) {
	if os.Getenv("QGUMDEBUG") != "2" {
		t.Skip("set QGUMDEBUG=2")
	}
	dir := dataDir(t)
	docs, err := gumDocs(dir)
	if err != nil {
		t.Skip(err)
	}
	gold, _ := gumGold(dir)
	for _, gd := range docs {
		if gd.split != "train" {
			continue
		}
		d, spans, err := gumDocument(dir, gd.name)
		if err != nil {
			t.Fatal(err)
		}
		*d = *annotate(t, d.ID, d.Text)
		found := analyze(d, Options{})
		var gs []goldRel
		for _, g := range gold[gd.name] {
			gs = append(gs, g.toBytes(spans))
		}
		for _, g := range gs {
			hit := false
			for _, s := range found {
				if overlapRatio(trimSpan(d.Text, s.Span), trimSpan(d.Text, g.Content)) >= 0.5 {
					hit = true
				}
			}
			if !hit {
				src := ""
				for _, x := range g.Source {
					src += d.SpanText(x) + " "
				}
				fmt.Printf("MISS direct=%v src=%q | %.150s\n", g.Direct, src, d.SpanText(g.Content))
			}
		}
		for _, s := range found {
			hit := false
			for _, g := range gs {
				if overlapRatio(trimSpan(d.Text, s.Span), trimSpan(d.Text, g.Content)) >= 0.5 {
					hit = true
				}
			}
			if !hit {
				fmt.Printf("FP %s | %.150s\n", s.Kind, d.SpanText(s.Span))
			}
		}
	}
}
