// Package store defines where Parley keeps annotated documents: the Store
// interface that `parley ingest` writes to and `parley serve` reads from, the
// value types its queries return, and the helpers every engine shares (text
// hashing, document keys, query normalisation).
//
// Engines live in sub-packages (store/sqlite, store/postgres) and all pass
// the conformance suite in store/storetest.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// Sentinel errors. Engines wrap them with %w; test with errors.Is.
var (
	// ErrNotFound is returned when a document or actor does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrInvalid is returned for a document that breaks the contract (spans
	// out of range, empty text, dangling actor ids) or a malformed query
	// (negative limit or offset, empty search text). Nothing is stored.
	ErrInvalid = errors.New("store: invalid input")
	// ErrClosed is returned by every method called after Close.
	ErrClosed = errors.New("store: closed")
)

// Paging bounds applied by Query.Normalize.
const (
	DefaultLimit = 20  // Limit used when Query.Limit is 0
	MaxLimit     = 500 // largest Limit honoured; larger values are clamped
)

// Store keeps documents and their annotations. Implementations are safe for
// concurrent use by several goroutines.
type Store interface {
	// Put stores a document with all its annotations in one transaction:
	// on error nothing of it is stored. It is idempotent: a document whose
	// URL (when non-empty) or whose TextHash equals a stored document's is
	// not stored again; Put then returns the stored document's key and
	// created=false. The document must pass doc.Validate and have non-empty
	// text, otherwise the error wraps ErrInvalid.
	//
	// Actors the knowledge base lacks (ids starting with NewActorPrefix) are
	// merged with the stored actors of the same name when the evidence
	// agrees and given a variant id otherwise, by the rule of
	// AssignNewActors; the stored document carries the ids so assigned
	// wherever it names those actors. d itself is not modified.
	Put(ctx context.Context, d *doc.Document) (key string, created bool, err error)

	// Get returns the document stored under key, with every annotation as
	// it was put, its new actors under the ids Put assigned. Document.Tokens are not stored (they are not part of the
	// extract contract) and come back nil; annotation lists that were nil
	// come back empty, never nil (as do Actor.Mentions). The error wraps
	// ErrNotFound for an unknown key.
	Get(ctx context.Context, key string) (*doc.Document, error)

	// List returns document summaries, newest first: by publication date
	// (the ingestion date for undated documents), then by ingestion order.
	List(ctx context.Context, q Query) (Page[DocSummary], error)

	// Search runs a full-text search over titles and texts. The text is
	// split into words, all of which must match (diacritics and case are
	// ignored; a word ending in * matches as a prefix). Hits come best
	// first, each with a snippet. Empty text wraps ErrInvalid.
	Search(ctx context.Context, text string, q Query) (Page[DocHit], error)

	// Actors returns the actors seen across all documents, most mentioned
	// first, then by name.
	Actors(ctx context.Context, q Query) (Page[ActorSummary], error)

	// Actor returns one actor with a page of its mentions (newest document
	// first, then in text order), each with its document and sentence, and
	// its most recent quotes. The error wraps ErrNotFound for an unknown id.
	Actor(ctx context.Context, id string, q Query) (*ActorDetail, error)

	// FindActors returns the actors that match f, ranked like Actors. An
	// empty filter lists every actor. Filter.Text matches the words of the
	// actor's name, aliases, id and role, as prefixes, ignoring case and
	// diacritics ("zaja" finds "María Zajárova"); a Text with no words wraps
	// ErrInvalid.
	FindActors(ctx context.Context, f ActorFilter, q Query) (Page[ActorSummary], error)

	// ActorQuotes returns a page of the quotes attributed to the actor
	// ("what X said"): newest document first, then in text order, each with
	// its document and sentence. The error wraps ErrNotFound for an unknown
	// id.
	ActorQuotes(ctx context.Context, id string, q Query) (Page[ActorQuote], error)

	// ActorDocuments returns a page of the documents naming the actor,
	// newest first, each with the actor's role in it and how often it is
	// mentioned and quoted there. The error wraps ErrNotFound for an unknown
	// id.
	ActorDocuments(ctx context.Context, id string, q Query) (Page[ActorDocument], error)

	// Events returns a page of the events that match f, latest first (by
	// the event's own date, an undated event by its document's date), each
	// with its document and sentence. A malformed filter wraps ErrInvalid.
	Events(ctx context.Context, f EventFilter, q Query) (Page[EventHit], error)

	// Positions returns a page of the positions that match f: what each
	// actor demands, offers, accepts or rejects, on which topic, and where
	// it says so. Newest document first (by publication date, the ingestion
	// date for undated documents), then in text order; each hit carries its
	// document, the actor as that document has it and the sentences of the
	// evidence. A malformed filter wraps ErrInvalid.
	Positions(ctx context.Context, f PositionFilter, q Query) (Page[PositionHit], error)

	// Topics returns the topics of the stored positions with how many
	// positions, actors and documents each has, the one with the most recent
	// document first (then the one with most positions, then by name).
	// Topics that differ only in ASCII case are one topic, named as the
	// most recent document has it; positions with an empty topic are not
	// listed.
	Topics(ctx context.Context, q Query) (Page[TopicSummary], error)

	// Count returns the number of stored documents.
	Count(ctx context.Context) (int, error)

	// Close releases the store's resources.
	Close() error
}

// Query selects a page of results: Limit items from Offset on.
type Query struct {
	Limit  int // 0 means DefaultLimit; values above MaxLimit are clamped
	Offset int
}

// Normalize applies the defaults and bounds to q. A negative limit or offset
// is an error wrapping ErrInvalid.
func (q Query) Normalize() (Query, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return q, fmt.Errorf("%w: limit %d and offset %d must not be negative", ErrInvalid, q.Limit, q.Offset)
	}
	if q.Limit == 0 {
		q.Limit = DefaultLimit
	}
	if q.Limit > MaxLimit {
		q.Limit = MaxLimit
	}
	return q, nil
}

// Page is one page of results.
type Page[T any] struct {
	Items  []T `json:"items"`  // never nil
	Total  int `json:"total"`  // number of results over all pages
	Limit  int `json:"limit"`  // the normalised limit used
	Offset int `json:"offset"` // the offset used
}

// HasNext reports whether results follow this page.
func (p Page[T]) HasNext() bool { return p.Offset+len(p.Items) < p.Total }

// DocSummary describes a stored document without its text and annotations.
type DocSummary struct {
	Key        string    `json:"key"` // store key, for Get
	ID         string    `json:"id"`  // the document's own id
	Title      string    `json:"title"`
	Date       *string   `json:"date"` // publication date, or null
	URL        string    `json:"url"`
	Source     string    `json:"source"`
	Lang       string    `json:"lang,omitempty"`
	IngestedAt time.Time `json:"ingested_at"`
	Counts     Counts    `json:"counts"`
}

// Counts gives the size of a document's main annotation lists.
type Counts struct {
	Sentences int `json:"sentences"`
	Entities  int `json:"entities"`
	Actors    int `json:"actors"`
	Quotes    int `json:"quotes"`
	Events    int `json:"events"`
	Positions int `json:"positions"`
}

// DocHit is one full-text search result.
type DocHit struct {
	DocSummary
	// Snippet is an excerpt around the best match, split into parts; the
	// parts with Match set are the matched words. Texts are plain, not
	// escaped.
	Snippet []SnippetPart `json:"snippet"`
}

// SnippetPart is a piece of a search snippet.
type SnippetPart struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// ActorSummary aggregates one actor over every stored document. Name, Kind,
// Country and Role are those of the most recent document (by publication
// date, then ingestion) that names the actor.
type ActorSummary struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Country   *string  `json:"country"`
	Role      *string  `json:"role"`
	Aliases   []string `json:"aliases"`   // every alias seen, sorted; never nil
	Mentions  int      `json:"mentions"`  // mentions over all documents
	Documents int      `json:"documents"` // documents naming the actor
	Quotes    int      `json:"quotes"`    // quotes attributed to the actor
}

// MaxActorQuotes bounds ActorDetail.Quotes.
const MaxActorQuotes = 50

// MaxActorDocuments bounds ActorDetail.Documents.
const MaxActorDocuments = 50

// ActorDetail is one actor with where it is mentioned and what it said.
type ActorDetail struct {
	Actor    ActorSummary       `json:"actor"`
	Mentions Page[ActorMention] `json:"mentions"` // the page selected by the Query passed to Actor
	Quotes   []ActorQuote       `json:"quotes"`   // newest first, at most MaxActorQuotes; never nil
	// Roles are the roles the documents give the actor, most recently seen
	// first; never nil.
	Roles []ActorRole `json:"roles"`
	// Documents are the documents naming the actor, newest first, at most
	// MaxActorDocuments; never nil.
	Documents []ActorDocument `json:"documents"`
}

// ActorRole is one role the stored documents give an actor (Actor.Role at
// each document's date), with the publication dates of the first and last
// documents giving it (null when all of them are undated).
type ActorRole struct {
	Role      string  `json:"role"`
	First     *string `json:"first"`
	Last      *string `json:"last"`
	Documents int     `json:"documents"`
}

// ActorDocument is a document naming an actor, with the actor as that
// document has it.
type ActorDocument struct {
	Doc      DocRef  `json:"doc"`
	URL      string  `json:"url"`
	Source   string  `json:"source"`
	Name     string  `json:"name"` // the actor's name in this document
	Role     *string `json:"role"` // the actor's role at the document's date, or null
	Mentions int     `json:"mentions"`
	Quotes   int     `json:"quotes"`
}

// ActorFilter selects actors for FindActors. Empty fields do not filter.
type ActorFilter struct {
	Text    string // words of the name, aliases, id or role
	Kind    string // person | organization | country | group
	Country string // ISO 3166-1 alpha-3
}

// EventFilter selects events for Events. Empty fields do not filter.
type EventFilter struct {
	Actor string // an actor id among the event's sources or targets
	// Side restricts Actor to the event's "source" or "target"; "" means
	// either. Any other value is invalid.
	Side string
	Type string // PLOVER type, case-insensitive ("consult")
	// From and To bound the event's date, inclusive: YYYY, YYYY-MM or
	// YYYY-MM-DD. A partial date matches at the precision both give, so an
	// event dated 2022-10 is within From 2022-10-15. Events with no date,
	// or a value that is not a calendar date (2022-W45, PRESENT_REF), do not
	// match a date bound.
	From, To string
	Place    string // the event's place name, case-insensitive for ASCII
}

// Check reports whether f is well formed; the error wraps ErrInvalid.
func (f EventFilter) Check() error {
	if f.Side != "" && f.Side != "source" && f.Side != "target" {
		return fmt.Errorf("%w: event side %q must be source or target", ErrInvalid, f.Side)
	}
	if f.Side != "" && f.Actor == "" {
		return fmt.Errorf("%w: event side %q given without an actor", ErrInvalid, f.Side)
	}
	for _, d := range []string{f.From, f.To} {
		if d != "" && !IsDateBound(d) {
			return fmt.Errorf("%w: date %q must be YYYY, YYYY-MM or YYYY-MM-DD", ErrInvalid, d)
		}
	}
	if f.From != "" && f.To != "" && f.To < f.From[:min(len(f.From), len(f.To))] {
		return fmt.Errorf("%w: date range %s to %s is empty", ErrInvalid, f.From, f.To)
	}
	return nil
}

// IsDateBound reports whether s is a date of the form YYYY, YYYY-MM or
// YYYY-MM-DD with a month 01–12 and a day 01–31.
func IsDateBound(s string) bool {
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	switch len(s) {
	case 4, 7, 10:
	default:
		return false
	}
	if !digits(s[:4]) {
		return false
	}
	if len(s) >= 7 {
		if s[4] != '-' || !digits(s[5:7]) || s[5:7] < "01" || s[5:7] > "12" {
			return false
		}
	}
	if len(s) == 10 {
		if s[7] != '-' || !digits(s[8:10]) || s[8:10] < "01" || s[8:10] > "31" {
			return false
		}
	}
	return true
}

// EventHit is one event with where it was found.
type EventHit struct {
	Doc   DocRef    `json:"doc"`
	Index int       `json:"index"` // position in the document's events
	Event doc.Event `json:"event"`
	// Sentence is the span of the sentences holding the event's evidence;
	// SentenceText is its text.
	Sentence     doc.Span `json:"sentence"`
	SentenceText string   `json:"sentence_text"`
	// Names gives the name, as the event's document has it, of every actor
	// id among the event's sources and targets; never nil.
	Names map[string]string `json:"names"`
}

// DocRef names the document an actor mention or quote comes from.
type DocRef struct {
	Key   string  `json:"key"`
	Title string  `json:"title"`
	Date  *string `json:"date"`
}

// ActorMention is one mention of an actor with its context.
type ActorMention struct {
	Doc     DocRef      `json:"doc"`
	Mention doc.Mention `json:"mention"` // offsets into the document text
	// Sentence is the span of the sentence holding the mention (offsets into
	// the document text), or a window around the mention when the document
	// has no sentence covering it. SentenceText is its text.
	Sentence     doc.Span `json:"sentence"`
	SentenceText string   `json:"sentence_text"`
}

// ActorQuote is a quote attributed to an actor.
type ActorQuote struct {
	Doc   DocRef    `json:"doc"`
	Index int       `json:"index"` // position in the document's quotes
	Quote doc.Quote `json:"quote"`
	// Sentence is the span of the sentences the quote lies in (see
	// CoverSpan); SentenceText is its text.
	Sentence     doc.Span `json:"sentence"`
	SentenceText string   `json:"sentence_text"`
}

// NormalizeText is the form of a text that TextHash digests: lower-cased,
// with every run of white space collapsed to one space and the ends trimmed.
func NormalizeText(text string) string {
	return strings.Join(strings.Fields(strings.ToLower(text)), " ")
}

// TextHash returns the hex SHA-256 of NormalizeText(text). Two documents with
// the same TextHash are the same document for Put.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:])
}

// MaxSearchTerms bounds the words of one search; further words are ignored.
const MaxSearchTerms = 32

// KeyLen is the length of a document key in characters.
const KeyLen = 16

// KeyFor returns the key of the document with the given TextHash: its first
// KeyLen hex digits. Keys are therefore the same in every engine and every
// installation for the same text.
func KeyFor(textHash string) string {
	if len(textHash) < KeyLen {
		return textHash
	}
	return textHash[:KeyLen]
}

// CheckDocument reports whether d may be stored: non-nil, non-empty text,
// and valid by doc.Validate. The error wraps ErrInvalid.
func CheckDocument(d *doc.Document) error {
	if d == nil {
		return fmt.Errorf("%w: nil document", ErrInvalid)
	}
	if strings.TrimSpace(d.Text) == "" {
		return fmt.Errorf("%w: document %q has no text", ErrInvalid, d.ID)
	}
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return nil
}

// ContextSpan returns the span to show around s in d: the first sentence
// that contains s, or, when no sentence does, s widened by about 100 bytes on
// each side, cut at white space and never inside a UTF-8 sequence.
func ContextSpan(d *doc.Document, s doc.Span) doc.Span {
	for _, sent := range d.Sentences {
		if sent.Contains(s) {
			return sent
		}
	}
	const window = 100
	start, end := s.Start-window, s.End+window
	if start <= 0 {
		start = 0
	} else {
		if i := strings.IndexAny(d.Text[start:s.Start], " \n\t"); i >= 0 {
			start += i + 1
		}
		for start < s.Start && !utf8.RuneStart(d.Text[start]) {
			start++
		}
	}
	if end >= len(d.Text) {
		end = len(d.Text)
	} else {
		if i := strings.LastIndexAny(d.Text[s.End:end], " \n\t"); i >= 0 {
			end = s.End + i
		}
		for end > s.End && !utf8.RuneStart(d.Text[end]) {
			end--
		}
	}
	return doc.Span{Start: start, End: end}
}

// CoverSpan returns the span to show around s in d when s may run over
// several sentences (a quote, an event's evidence): from the start of the
// first sentence s overlaps to the end of the last one; when s overlaps no
// sentence, ContextSpan(d, s).
func CoverSpan(d *doc.Document, s doc.Span) doc.Span {
	out, found := doc.Span{}, false
	for _, sent := range d.Sentences {
		if sent.Overlaps(s) || (s.Len() == 0 && sent.Start <= s.Start && s.Start < sent.End) {
			if !found {
				out, found = sent, true
				continue
			}
			out.Start, out.End = min(out.Start, sent.Start), max(out.End, sent.End)
		}
	}
	if !found {
		return ContextSpan(d, s)
	}
	return doc.Span{Start: min(out.Start, s.Start), End: max(out.End, s.End)}
}

// SplitSnippet cuts a snippet whose matches are wrapped in the open and close
// markers into parts. Adjacent parts of the same kind are merged; empty
// parts are dropped. The result is never nil.
func SplitSnippet(s, open, close string) []SnippetPart {
	parts := []SnippetPart{}
	add := func(text string, match bool) {
		if text == "" {
			return
		}
		if n := len(parts); n > 0 && parts[n-1].Match == match {
			parts[n-1].Text += text
			return
		}
		parts = append(parts, SnippetPart{Text: text, Match: match})
	}
	for s != "" {
		i := strings.Index(s, open)
		if i < 0 {
			add(s, false)
			break
		}
		add(s[:i], false)
		s = s[i+len(open):]
		j := strings.Index(s, close)
		if j < 0 {
			add(s, true)
			break
		}
		add(s[:j], true)
		s = s[j+len(close):]
	}
	return parts
}

// SearchTerms splits search text into the words to match: runs separated by
// white space or control characters, keeping only those with a letter or
// digit, at most MaxSearchTerms of them. Invalid UTF-8 is dropped. A
// trailing * marks a prefix term and is kept on the word.
func SearchTerms(text string) []string {
	text = strings.ToValidUTF8(text, "")
	var terms []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			terms = append(terms, f)
			if len(terms) == MaxSearchTerms {
				break
			}
		}
	}
	return terms
}
