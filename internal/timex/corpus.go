package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/corpus/cat"
	"github.com/parley-news/parley/internal/doc"
)

// meantimeSentences is the last sentence index MEANTIME annotates.
const meantimeSentences = 5

// goldTimex is one annotated temporal expression of an evaluation document.
type goldTimex struct {
	doc.Span
	Value string
	Kind  string // element name and type, e.g. TIMEX3/DATE or TIME_DURATION
}

// goldDoc is one evaluation document: its text rebuilt from the corpus
// tokens, the creation time (DCT) used as anchor, the DCT's spans in the text
// (not scored) and the other temporal expressions.
type goldDoc struct {
	Name   string
	Text   string
	Anchor time.Time // the DCT (in the text, else as metadata); else a day from the URL or the date line; else zero
	// AnchorFrom says where Anchor comes from: "dct" (the creation time in
	// the text), "dct-meta" (a creation time given only as metadata, an
	// instance descriptor), "url", "dateline" or "".
	AnchorFrom string
	DCT        []doc.Span
	Timex      []goldTimex
	// Scored are the spans of the annotated sentences: MEANTIME annotates
	// temporal expressions only in the headline, the date line and the first
	// four sentences of the body (sentences 0-5); ESC, like ECB+, only the
	// sentences selected for annotation (those holding any markable).
	Scored []doc.Span
}

// loadCAT reads a MEANTIME or Event StoryLine (CAT XML) file.
func loadCAT(path string) (goldDoc, error) {
	d, err := cat.ReadFile(path)
	if err != nil {
		return goldDoc{}, err
	}
	x := d.Text()
	g := goldDoc{Name: filepath.Base(path), Text: x.Body}
	meantime := false
	annotated := map[int]bool{} // tokens under any markable
	for _, m := range d.Markables {
		meantime = meantime || m.Name == "TIMEX3"
		for _, id := range m.Anchors {
			annotated[id] = true
		}
	}
	sentOf := make(map[int]int, len(d.Tokens))
	for _, t := range d.Tokens {
		sentOf[t.ID] = t.Sentence
	}
	keep := map[int]bool{}
	for id := range annotated {
		if s, ok := sentOf[id]; ok {
			keep[s] = true
		}
	}
	toks := d.Tokens
	for i, t := range toks {
		if meantime && t.Sentence > meantimeSentences || !meantime && !keep[t.Sentence] {
			continue
		}
		sp := x.Spans[i]
		if n := len(g.Scored); n > 0 && i > 0 && toks[i-1].Sentence == t.Sentence && g.Scored[n-1].End == x.Spans[i-1].End {
			g.Scored[n-1].End = sp.End
		} else {
			g.Scored = append(g.Scored, sp)
		}
	}
	var metaDCT time.Time // a creation time given as an instance descriptor
	for _, m := range d.Markables {
		if m.Name != "TIMEX3" && !strings.HasPrefix(m.Name, "TIME_") {
			continue // not a time
		}
		if len(m.Anchors) == 0 {
			// an instance descriptor rather than a mention: ESC gives the
			// creation time of a document whose page shows none this way,
			// as the metadata a user passes as the publication date
			if (m.Attr("functionInDocument") == "CREATION_TIME" || m.Attr("DCT") == "TRUE") && metaDCT.IsZero() {
				if v := m.Attr("value"); len(v) >= 10 {
					if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
						metaDCT = t
					}
				}
			}
			continue
		}
		sp, ok := x.Extent(m.Anchors)
		if !ok {
			return goldDoc{}, fmt.Errorf("%s: time markable %s anchored on an unknown token", path, m.ID)
		}
		if m.Attr("functionInDocument") == "CREATION_TIME" || m.Attr("DCT") == "TRUE" {
			g.DCT = append(g.DCT, sp)
			if !g.Anchor.IsZero() {
				continue
			}
			// the day as the date line writes it, which is what a reader
			// (and a user of Parley) has: ESC converts some date lines to
			// UTC ("Apr 02, 2009 11:06 PM CEST" → 2009-04-02T21:06Z, but
			// "May 2, 2013 | 5:03pm" → 2013-05-02T22:03Z), and the stories
			// count "today" from the local day
			if t, ok := writtenDay(x.Body[sp.Start:sp.End]); ok {
				g.Anchor = t
				continue
			}
			if v := m.Attr("value"); len(v) >= 10 {
				if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
					g.Anchor = t
				}
			}
			continue
		}
		kind := m.Name
		if typ := m.Attr("type"); typ != "" {
			kind += "/" + typ
		}
		g.Timex = append(g.Timex, goldTimex{Span: sp, Value: m.Attr("value"), Kind: kind})
	}
	sort.Slice(g.Timex, func(i, j int) bool { return g.Timex[i].Start < g.Timex[j].Start })
	switch {
	case !g.Anchor.IsZero():
		g.AnchorFrom = "dct"
	case !metaDCT.IsZero():
		g.Anchor, g.AnchorFrom = metaDCT, "dct-meta"
	default:
		// the date line stays scored: MEANTIME annotates it as a plain
		// date when it is not marked as the creation time
		g.Anchor, g.AnchorFrom = fallbackAnchor(d, x)
	}
	return g, nil
}

// writtenDay is the first calendar day written out in s, as written: the
// day of "April 2, 2031 11:06 PM EDT" is April 2, whatever the time in UTC.
func writtenDay(s string) (time.Time, bool) {
	t := &tagger{text: s, ts: tokenize(s)}
	t.sentences()
	for i := range t.ts {
		t.cur = i
		if r, ok := t.dateCore(i); ok && !r.day.IsZero() && r.explicit {
			return r.day, true
		}
	}
	return time.Time{}, false
}

// fallbackAnchor finds the publication day of a document without an
// annotated creation time the way a user of the article would have it: from
// its address (ESC gives it as the first line of the text, MEANTIME in the
// url attribute), else from a date line among the first three lines (a line
// that is one day written out in full, as MEANTIME's sentence 1).
func fallbackAnchor(d *cat.Document, x *cat.Text) (time.Time, string) {
	var first strings.Builder
	for _, t := range d.Tokens {
		if t.Sentence != d.Tokens[0].Sentence {
			break
		}
		first.WriteString(t.Text)
	}
	for _, u := range []string{first.String(), d.Attrs["url"]} {
		if strings.HasPrefix(u, "http") {
			if t, ok := URLDate(u); ok {
				return t, "url"
			}
		}
	}
	start := 0
	for n := 0; n < 3 && start < len(x.Body); n++ {
		end := strings.IndexByte(x.Body[start:], '\n')
		if end < 0 {
			end = len(x.Body)
		} else {
			end += start
		}
		l := x.Body[start:end]
		// "Updated Monday, March 08, 2010 9:41 AM"
		for _, label := range []string{"Updated", "Posted", "Published", "Last updated", "Last Updated"} {
			if rest, ok := strings.CutPrefix(l, label); ok {
				l = strings.TrimLeft(rest, " :")
				break
			}
		}
		es := Find(l, Options{})
		if len(es) == 1 && es[0].Start == 0 && es[0].End == len(strings.TrimRight(l, " .")) {
			if t, ok := writtenDay(l); ok {
				return t, "dateline"
			}
		}
		start = end + 1
	}
	return time.Time{}, ""
}

// evalSet names a group of documents.
type evalSet struct {
	name  string
	files func(dataDir string) ([]string, error)
}

func meantimeCorpus(names ...string) func(string) ([]string, error) {
	return func(dir string) ([]string, error) {
		var out []string
		for _, n := range names {
			fs, err := filepath.Glob(filepath.Join(dir, "meantime", "intra_cross-doc_annotation", "corpus_"+n, "*.xml"))
			if err != nil {
				return nil, err
			}
			if len(fs) == 0 {
				return nil, fmt.Errorf("no MEANTIME files for corpus_%s under %s", n, dir)
			}
			out = append(out, fs...)
		}
		return out, nil
	}
}

// escList reads the authors' file list; with rest, it adds the files in
// neither list (they go to dev, as the data README suggests).
func escList(list string, rest bool) func(string) ([]string, error) {
	return func(dir string) ([]string, error) {
		base := filepath.Join(dir, "timex", "esc-v1.5")
		read := func(name string) ([]string, error) {
			b, err := os.ReadFile(filepath.Join(base, name))
			if err != nil {
				return nil, err
			}
			var out []string
			for _, l := range strings.Split(string(b), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					out = append(out, filepath.Join(base, l))
				}
			}
			return out, nil
		}
		out, err := read(list)
		if err != nil {
			return nil, err
		}
		if rest {
			listed := map[string]bool{}
			for _, l := range []string{"UPSTREAM_v1.0_dev_files.txt", "UPSTREAM_v1.0_test_files.txt"} {
				fs, err := read(l)
				if err != nil {
					return nil, err
				}
				for _, f := range fs {
					listed[f] = true
				}
			}
			all, err := filepath.Glob(filepath.Join(base, "*", "*.xml"))
			if err != nil {
				return nil, err
			}
			for _, f := range all {
				if !listed[f] {
					out = append(out, f)
				}
			}
		}
		return out, nil
	}
}

var sets = map[string]evalSet{
	"meantime/test":  {"meantime/test", meantimeCorpus("stock")},
	"meantime/dev":   {"meantime/dev", meantimeCorpus("gm")},
	"meantime/train": {"meantime/train", meantimeCorpus("airbus", "apple")},
	"esc/test":       {"esc/test", escList("UPSTREAM_v1.0_test_files.txt", false)},
	"esc/dev":        {"esc/dev", escList("UPSTREAM_v1.0_dev_files.txt", true)},
}

// TestSets are the held-out sets scored by Eval: MEANTIME's stock corpus and
// the Event StoryLine authors' test list.
var TestSets = []string{"meantime/test", "esc/test"}

// DevSets are the sets the rules were tuned on.
var DevSets = []string{"meantime/train", "meantime/dev", "esc/dev"}

func loadSet(dataDir, name string) ([]goldDoc, error) {
	s, ok := sets[name]
	if !ok {
		return nil, fmt.Errorf("unknown timex set %q", name)
	}
	files, err := s.files(dataDir)
	if err != nil {
		return nil, fmt.Errorf("set %s: %w", name, err)
	}
	docs := make([]goldDoc, 0, len(files))
	for _, f := range files {
		g, err := loadCAT(f)
		if err != nil {
			return nil, fmt.Errorf("set %s: %w", name, err)
		}
		docs = append(docs, g)
	}
	return docs, nil
}
