package timex

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

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
	Anchor time.Time // zero when the document has no DCT
	DCT    []doc.Span
	Timex  []goldTimex
	// Scored are the spans of the annotated sentences: MEANTIME annotates
	// temporal expressions only in the headline, the date line and the first
	// four sentences of the body (sentences 0-5); ESC, like ECB+, only the
	// sentences selected for annotation (those holding any markable).
	Scored []doc.Span
}

// catToken is a token of a CAT XML file.
type catToken struct {
	id, sentence int
	text         string
}

// catMarkable is a temporal markable of a CAT XML file.
type catMarkable struct {
	name, typ, value string
	dct              bool
	anchors          []int
}

// loadCAT reads a MEANTIME or Event StoryLine (CAT XML) file.
func loadCAT(path string) (goldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return goldDoc{}, err
	}
	defer f.Close()
	dec := xml.NewDecoder(bufio.NewReader(f))
	var toks []catToken
	var marks []catMarkable
	var cur *catMarkable
	var tok *catToken
	meantime := false
	annotated := map[int]bool{} // tokens under any markable
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return goldDoc{}, fmt.Errorf("%s: %w", path, err)
		}
		switch e := t.(type) {
		case xml.StartElement:
			attr := func(name string) string {
				for _, a := range e.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			name := e.Name.Local
			switch {
			case name == "token":
				id, err1 := strconv.Atoi(attr("t_id"))
				s, err2 := strconv.Atoi(attr("sentence"))
				if err1 != nil || err2 != nil {
					return goldDoc{}, fmt.Errorf("%s: token with bad t_id %q or sentence %q", path, attr("t_id"), attr("sentence"))
				}
				toks = append(toks, catToken{id: id, sentence: s})
				tok = &toks[len(toks)-1]
			case name == "TIMEX3" || strings.HasPrefix(name, "TIME_"):
				meantime = meantime || name == "TIMEX3"
				marks = append(marks, catMarkable{
					name: name, typ: attr("type"), value: attr("value"),
					dct: attr("functionInDocument") == "CREATION_TIME" || attr("DCT") == "TRUE",
				})
				cur = &marks[len(marks)-1]
			case name == "token_anchor":
				id, err := strconv.Atoi(attr("t_id"))
				if err != nil {
					return goldDoc{}, fmt.Errorf("%s: token_anchor with bad t_id %q", path, attr("t_id"))
				}
				annotated[id] = true
				if cur != nil {
					cur.anchors = append(cur.anchors, id)
				}
			}
		case xml.CharData:
			if tok != nil {
				tok.text += string(e)
			}
		case xml.EndElement:
			if e.Name.Local == "token" {
				tok = nil
			} else if cur != nil && (e.Name.Local == "TIMEX3" || strings.HasPrefix(e.Name.Local, "TIME_")) {
				cur = nil
			}
		}
	}
	text, spans := detokenize(toks)
	g := goldDoc{Name: filepath.Base(path), Text: text}
	sentOf := map[int]int{}
	for _, t := range toks {
		sentOf[t.id] = t.sentence
	}
	keep := map[int]bool{}
	for id := range annotated {
		keep[sentOf[id]] = true
	}
	for i, t := range toks {
		if meantime && t.sentence > meantimeSentences || !meantime && !keep[t.sentence] {
			continue
		}
		sp := spans[t.id]
		if n := len(g.Scored); n > 0 && i > 0 && toks[i-1].sentence == t.sentence && g.Scored[n-1].End == spans[toks[i-1].id].End {
			g.Scored[n-1].End = sp.End
		} else {
			g.Scored = append(g.Scored, sp)
		}
	}
	for _, m := range marks {
		if len(m.anchors) == 0 {
			continue // an instance descriptor, not a mention
		}
		sp := doc.Span{Start: len(text), End: 0}
		ok := true
		for _, id := range m.anchors {
			s, found := spans[id]
			if !found {
				ok = false
				break
			}
			sp.Start, sp.End = min(sp.Start, s.Start), max(sp.End, s.End)
		}
		if !ok {
			return goldDoc{}, fmt.Errorf("%s: time markable anchored on an unknown token", path)
		}
		if m.dct {
			g.DCT = append(g.DCT, sp)
			if v := m.value; len(v) >= 10 && g.Anchor.IsZero() {
				if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
					g.Anchor = t
				}
			}
			continue
		}
		kind := m.name
		if m.typ != "" {
			kind += "/" + m.typ
		}
		g.Timex = append(g.Timex, goldTimex{Span: sp, Value: m.value, Kind: kind})
	}
	sort.Slice(g.Timex, func(i, j int) bool { return g.Timex[i].Start < g.Timex[j].Start })
	return g, nil
}

// detokenize joins corpus tokens into running text (a newline between
// sentences, no space before closing punctuation or after opening) and
// returns each token's span by t_id.
func detokenize(toks []catToken) (string, map[int]doc.Span) {
	var b strings.Builder
	spans := make(map[int]doc.Span, len(toks))
	prev, prev2 := "", ""
	for i, t := range toks {
		if i > 0 {
			switch {
			case t.sentence != toks[i-1].sentence:
				b.WriteByte('\n')
			case noSpaceBefore(t.text) || prev == "(" || prev == "$" || prev == "``" || prev == "“":
			case (t.text == "-" || prev == "-") && i > 1 && alnum(prev2) && alnum(t.text) || t.text == "-" && i+1 < len(toks) && alnum(prev) && alnum(toks[i+1].text) && toks[i+1].sentence == t.sentence:
				// hyphenated words split by the corpus tokenizer
			case (prev == ":" || prev == ".") && digits(prev2) && t.text != "" && t.text[0] >= '0' && t.text[0] <= '9':
				// 9.35am, 5:40 split by the corpus tokenizer
			case prev == "." && (t.text == "m" || t.text == "M") && strings.ContainsAny(prev2, "aApP") && len(prev2) == 1:
				// p.m.
			default:
				b.WriteByte(' ')
			}
		}
		start := b.Len()
		b.WriteString(t.text)
		spans[t.id] = doc.Span{Start: start, End: b.Len()}
		prev2, prev = prev, t.text
	}
	return b.String(), spans
}

func alnum(s string) bool {
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	d := s[0]
	return (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && (d >= '0' && d <= '9' || d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z')
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func noSpaceBefore(s string) bool {
	switch s {
	case ",", ".", ":", ";", "!", "?", ")", "%", "'s", "n't", "'", "''", "”", "'re", "'ve", "'ll", "'d", "'m":
		return true
	}
	return false
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
