// Package cat reads CAT XML, the stand-off annotation format written by the
// CAT annotation tool and used by the MEANTIME, ECB+ and Event StoryLine
// corpora under ../shared/data: a Document element holding the tokens (with
// document-wide t_id and a sentence number), a Markables section of
// annotations anchored on tokens (TIMEX3, VALUE, EVENT_MENTION, TIME_DATE…)
// or unanchored instance descriptors, and a Relations section linking
// markables by m_id (REFERS_TO, TLINK, HAS_PARTICIPANT…).
//
// It also rebuilds running text from the tokens (Document.Text), so that the
// annotations can be scored as byte spans against Parley's stages. It is used
// by evaluation and training, never at extraction time.
package cat

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// Token is one token of a CAT document.
type Token struct {
	ID       int    // t_id, unique in the document
	Sentence int    // sentence index (MEANTIME: 0 is the headline, 1 the date line)
	Number   int    // position in the sentence, -1 when not given
	Text     string // the token as written
}

// Markable is an annotation of the Markables section: a mention anchored on
// tokens (Anchors not empty) or an instance descriptor (no anchors).
type Markable struct {
	Name    string            // element name: TIMEX3, VALUE, TIME_DATE, ENTITY_MENTION…
	ID      string            // m_id
	Attrs   map[string]string // every attribute, m_id included
	Anchors []int             // t_ids of the token_anchor children, in file order
}

// Attr returns the markable's attribute name, or "" when absent.
func (m Markable) Attr(name string) string { return m.Attrs[name] }

// Relation is a link of the Relations section.
type Relation struct {
	Name    string            // element name: TLINK, REFERS_TO, HAS_PARTICIPANT…
	ID      string            // r_id
	Attrs   map[string]string // every attribute, r_id included
	Sources []string          // m_ids of the source children
	Targets []string          // m_ids of the target children
}

// Attr returns the relation's attribute name, or "" when absent.
func (r Relation) Attr(name string) string { return r.Attrs[name] }

// Document is one CAT file.
type Document struct {
	Attrs     map[string]string // attributes of the Document element (doc_id, doc_name, url…)
	Tokens    []Token           // in file order
	Markables []Markable        // in file order
	Relations []Relation        // in file order
}

// ReadFile reads the CAT XML file at path.
func ReadFile(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cat: %w", err)
	}
	defer f.Close()
	d, err := Read(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("cat: %s: %w", path, err)
	}
	return d, nil
}

// Read reads one CAT XML document. Tokens need integer t_id and sentence
// attributes, anchors an integer t_id; t_ids must be unique. Elements it does
// not know are skipped.
func Read(r io.Reader) (*Document, error) {
	dec := xml.NewDecoder(r)
	d := &Document{}
	var section string       // "", "Markables" or "Relations"
	var tok *Token           // the token being read
	var mark *Markable       // the markable being read
	var rel *Relation        // the relation being read
	depth, itemDepth := 0, 0 // element depth; depth of the open markable or relation
	seen := map[int]bool{}
	sawDoc := false
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch e := t.(type) {
		case xml.StartElement:
			depth++
			name := e.Name.Local
			switch {
			case name == "Document" && !sawDoc:
				sawDoc = true
				d.Attrs = attrs(e)
			case name == "token" && section == "" && tok == nil:
				a := attrs(e)
				id, err1 := strconv.Atoi(a["t_id"])
				s, err2 := strconv.Atoi(a["sentence"])
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("token with bad t_id %q or sentence %q", a["t_id"], a["sentence"])
				}
				if seen[id] {
					return nil, fmt.Errorf("token t_id %d given twice", id)
				}
				seen[id] = true
				n, err := strconv.Atoi(a["number"])
				if err != nil {
					n = -1
				}
				d.Tokens = append(d.Tokens, Token{ID: id, Sentence: s, Number: n})
				tok = &d.Tokens[len(d.Tokens)-1]
			case name == "Markables" || name == "Relations":
				section = name
			case section == "Markables" && mark == nil:
				a := attrs(e)
				d.Markables = append(d.Markables, Markable{Name: name, ID: a["m_id"], Attrs: a})
				mark, itemDepth = &d.Markables[len(d.Markables)-1], depth
			case section == "Markables" && name == "token_anchor":
				a := attrs(e)
				id, err := strconv.Atoi(a["t_id"])
				if err != nil {
					return nil, fmt.Errorf("%s m_id %q: token_anchor with bad t_id %q", mark.Name, mark.ID, a["t_id"])
				}
				mark.Anchors = append(mark.Anchors, id)
			case section == "Relations" && rel == nil:
				a := attrs(e)
				d.Relations = append(d.Relations, Relation{Name: name, ID: a["r_id"], Attrs: a})
				rel, itemDepth = &d.Relations[len(d.Relations)-1], depth
			case section == "Relations" && (name == "source" || name == "target"):
				id := attrs(e)["m_id"]
				if name == "source" {
					rel.Sources = append(rel.Sources, id)
				} else {
					rel.Targets = append(rel.Targets, id)
				}
			}
		case xml.CharData:
			if tok != nil {
				tok.Text += string(e)
			}
		case xml.EndElement:
			switch name := e.Name.Local; {
			case name == "token" && tok != nil:
				tok = nil
			case name == "Markables" || name == "Relations":
				section, mark, rel = "", nil, nil
			case depth == itemDepth && (mark != nil || rel != nil):
				mark, rel = nil, nil
			}
			depth--
		}
	}
	if !sawDoc {
		return nil, errors.New("no Document element")
	}
	return d, nil
}

func attrs(e xml.StartElement) map[string]string {
	m := make(map[string]string, len(e.Attr))
	for _, a := range e.Attr {
		m[a.Name.Local] = a.Value
	}
	return m
}

// Text is a document's running text rebuilt from its tokens.
type Text struct {
	Body  string     // the text: tokens joined by spaces, sentences by newlines
	Spans []doc.Span // the span in Body of each token of Document.Tokens
	index map[int]int
}

// Span returns the span of the token with t_id id.
func (x *Text) Span(id int) (doc.Span, bool) {
	i, ok := x.index[id]
	if !ok {
		return doc.Span{}, false
	}
	return x.Spans[i], true
}

// Extent returns the span from the start of the first to the end of the last
// of the given tokens (t_ids); false when there are none or one is unknown.
func (x *Text) Extent(ids []int) (doc.Span, bool) {
	if len(ids) == 0 {
		return doc.Span{}, false
	}
	sp := doc.Span{Start: len(x.Body)}
	for _, id := range ids {
		s, ok := x.Span(id)
		if !ok {
			return doc.Span{}, false
		}
		sp.Start, sp.End = min(sp.Start, s.Start), max(sp.End, s.End)
	}
	return sp, true
}

// Text joins the tokens into running text the way news is written: a newline
// between sentences, no space before closing punctuation ("," "." ")" "%"
// "'s" "n't"…) nor after an opening one ("(" "“" or a currency sign such as
// "$" and "US$"), hyphenated words split by the corpus tokenizer rejoined
// ("long - term" → "long-term"), as are clock times and decimals ("9 . 35am"
// → "9.35am", "5 : 40" → "5:40") and "p . m".
func (d *Document) Text() *Text {
	toks := d.Tokens
	var b strings.Builder
	x := &Text{Spans: make([]doc.Span, len(toks)), index: make(map[int]int, len(toks))}
	prev, prev2 := "", ""
	for i, t := range toks {
		if i > 0 {
			switch {
			case t.Sentence != toks[i-1].Sentence:
				b.WriteByte('\n')
			case noSpaceBefore(t.Text) || prev == "(" || strings.HasSuffix(prev, "$") || prev == "``" || prev == "“":
			case (t.Text == "-" || prev == "-") && i > 1 && alnum(prev2) && alnum(t.Text) || t.Text == "-" && i+1 < len(toks) && alnum(prev) && alnum(toks[i+1].Text) && toks[i+1].Sentence == t.Sentence:
				// hyphenated words split by the corpus tokenizer
			case (prev == ":" || prev == ".") && digits(prev2) && t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9':
				// 9.35am, 5:40 split by the corpus tokenizer
			case prev == "." && (t.Text == "m" || t.Text == "M") && strings.ContainsAny(prev2, "aApP") && len(prev2) == 1:
				// p.m.
			default:
				b.WriteByte(' ')
			}
		}
		start := b.Len()
		b.WriteString(t.Text)
		x.Spans[i] = doc.Span{Start: start, End: b.Len()}
		x.index[t.ID] = i
		prev2, prev = prev, t.Text
	}
	x.Body = b.String()
	return x
}

func alnum(s string) bool {
	if s == "" {
		return false
	}
	c, d := s[len(s)-1], s[0]
	return isAlnum(c) && isAlnum(d)
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
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
