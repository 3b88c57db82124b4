// Package doc defines the annotated document that flows through Parley's
// pipeline. Every annotation is a stand-off span: byte offsets into Text, the
// cleaned text, with Start inclusive and End exclusive. The JSON encoding of
// Document is the output contract of `parley extract`.
package doc

import (
	"fmt"
	"unicode/utf8"
)

// Span is a byte range into a document's cleaned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Document is one article and everything the pipeline found in it.
type Document struct {
	ID     string  `json:"id"`
	Title  string  `json:"title"`
	Date   *string `json:"date"` // publication date, YYYY-MM-DD, or null when unknown
	URL    string  `json:"url"`
	Source string  `json:"source"`
	Lang   string  `json:"lang,omitempty"`
	Text   string  `json:"text"`

	Sentences []Span     `json:"sentences"`
	Tokens    []Token    `json:"-"` // internal: not part of the extract contract
	Entities  []Entity   `json:"entities"`
	Actors    []Actor    `json:"actors"`
	Quotes    []Quote    `json:"quotes"`
	Events    []Event    `json:"events"`
	Times     []Time     `json:"times"`
	Places    []Place    `json:"places"`
	Amounts   []Amount   `json:"amounts"`
	Positions []Position `json:"positions"`
}

// Token is one word or punctuation mark, with its linguistic annotations.
// Fields a stage has not filled stay at their zero value.
type Token struct {
	Span
	Sentence int    `json:"sentence"`         // index into Document.Sentences
	UPOS     string `json:"upos,omitempty"`   // universal part of speech
	XPOS     string `json:"xpos,omitempty"`   // Penn Treebank tag
	Lemma    string `json:"lemma,omitempty"`  // dictionary form
	Head     int    `json:"head"`             // index of the head token in Document.Tokens, -1 for the root or unparsed
	Deprel   string `json:"deprel,omitempty"` // Universal Dependencies relation to the head
}

// Entity is a named-entity mention as found in the text, before resolution.
type Entity struct {
	Span
	Text string `json:"text"`
	Type string `json:"type"` // PER, ORG, GPE, LOC, NORP, DATE, MONEY, PERCENT, CARDINAL, ...
}

// Actor is a resolved participant: a person, organisation, country or group.
type Actor struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`    // person | organization | country | group
	Country  *string   `json:"country"` // ISO 3166-1 alpha-3, or null
	Role     *string   `json:"role"`    // role held at the document's date, or null
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the text that refers to an actor.
type Mention struct {
	Span
	Text string `json:"text"`
	How  string `json:"how"` // name | alias | title | pronoun | metonym
}

// Cue is the word or phrase that introduces a quotation ("said", "according to").
type Cue struct {
	Span
	Text string `json:"text"`
}

// Quote is a statement found in the text.
type Quote struct {
	Span
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`    // direct | partial | mixed | reported
	Speaker *string `json:"speaker"` // actor id, or null when not attributed
	Cue     *Cue    `json:"cue"`     // null when no cue was found
}

// Event is a PLOVER-coded event.
type Event struct {
	Type     string   `json:"type"`
	Mode     *string  `json:"mode"`
	Source   []string `json:"source"`
	Target   []string `json:"target"`
	Negated  bool     `json:"negated"`
	Modality string   `json:"modality"`
	Date     *string  `json:"date"`
	Place    *string  `json:"place"`
	Evidence Span     `json:"evidence"`
}

// Time is a temporal expression with its TIMEX3-style normalised value.
type Time struct {
	Span
	Text     string `json:"text"`
	Value    string `json:"value"`
	Anchored bool   `json:"anchored"`
}

// Place is a resolved location mention.
type Place struct {
	Span
	Text    string   `json:"text"`
	Name    string   `json:"name"`
	Country *string  `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// Amount is a quantity of money or another unit.
type Amount struct {
	Span
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// Position is an actor's stance on a topic.
type Position struct {
	Actor    string `json:"actor"`
	Stance   string `json:"stance"`
	Topic    string `json:"topic"`
	Object   string `json:"object"`
	Evidence Span   `json:"evidence"`
}

// New returns a document with every annotation list empty (never null), so
// that its JSON form always carries arrays.
func New(id, text string) *Document {
	return &Document{
		ID: id, Text: text,
		Sentences: []Span{}, Entities: []Entity{}, Actors: []Actor{}, Quotes: []Quote{},
		Events: []Event{}, Times: []Time{}, Places: []Place{}, Amounts: []Amount{}, Positions: []Position{},
	}
}

// SpanText returns the text a span points at.
func (d *Document) SpanText(s Span) string { return d.Text[s.Start:s.End] }

// Validate checks the invariants of the contract: every span lies within the
// text, on UTF-8 boundaries, and every span's text field equals the text it
// points at. It returns the first violation found.
func (d *Document) Validate() error {
	check := func(what string, s Span, text *string) error {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			return fmt.Errorf("document %q: %s span [%d,%d) out of range (text is %d bytes)", d.ID, what, s.Start, s.End, len(d.Text))
		}
		if !boundary(d.Text, s.Start) || !boundary(d.Text, s.End) {
			return fmt.Errorf("document %q: %s span [%d,%d) not on a UTF-8 boundary", d.ID, what, s.Start, s.End)
		}
		if text != nil && *text != d.Text[s.Start:s.End] {
			return fmt.Errorf("document %q: %s span [%d,%d) text %q differs from %q", d.ID, what, s.Start, s.End, *text, d.Text[s.Start:s.End])
		}
		return nil
	}
	for _, s := range d.Sentences {
		if err := check("sentence", s, nil); err != nil {
			return err
		}
	}
	for i := range d.Tokens {
		if err := check("token", d.Tokens[i].Span, nil); err != nil {
			return err
		}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if err := check("entity", e.Span, &e.Text); err != nil {
			return err
		}
	}
	ids := map[string]bool{}
	for i := range d.Actors {
		a := &d.Actors[i]
		ids[a.ID] = true
		for j := range a.Mentions {
			m := &a.Mentions[j]
			if err := check("actor mention", m.Span, &m.Text); err != nil {
				return err
			}
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if err := check("quote", q.Span, &q.Text); err != nil {
			return err
		}
		if q.Cue != nil {
			if err := check("quote cue", q.Cue.Span, &q.Cue.Text); err != nil {
				return err
			}
		}
		if q.Speaker != nil && !ids[*q.Speaker] {
			return fmt.Errorf("document %q: quote speaker %q is not among the document's actors", d.ID, *q.Speaker)
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		if err := check("event evidence", e.Evidence, nil); err != nil {
			return err
		}
		for _, id := range append(append([]string{}, e.Source...), e.Target...) {
			if !ids[id] {
				return fmt.Errorf("document %q: event actor %q is not among the document's actors", d.ID, id)
			}
		}
	}
	for i := range d.Times {
		t := &d.Times[i]
		if err := check("time", t.Span, &t.Text); err != nil {
			return err
		}
	}
	for i := range d.Places {
		p := &d.Places[i]
		if err := check("place", p.Span, &p.Text); err != nil {
			return err
		}
	}
	for i := range d.Amounts {
		a := &d.Amounts[i]
		if err := check("amount", a.Span, &a.Text); err != nil {
			return err
		}
	}
	for i := range d.Positions {
		p := &d.Positions[i]
		if err := check("position evidence", p.Evidence, nil); err != nil {
			return err
		}
		if !ids[p.Actor] {
			return fmt.Errorf("document %q: position actor %q is not among the document's actors", d.ID, p.Actor)
		}
	}
	return nil
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || utf8.RuneStart(s[i])
}
