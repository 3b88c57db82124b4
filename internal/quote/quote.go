// Package quote finds statements in a document's text. This first stage
// finds quoted passages by their quotation marks, with every convention seen
// in translated news (“…”, "…", «…», „…“ and mismatched pairs such as «…”).
// Speaker attribution and reported speech come from later stages; until then
// Speaker and Cue stay null rather than guessed.
package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// Options configure quote finding.
type Options struct {
	// MaxParagraphs is how many paragraphs one quotation may span (default 1:
	// an unclosed mark at a paragraph's end is dropped, not stretched).
	MaxParagraphs int
}

func isOpen(r rune) bool  { return r == '“' || r == '«' || r == '„' }
func isClose(r rune) bool { return r == '”' || r == '»' || r == '“' }

// Find appends the document's quoted passages to d.Quotes. Each quote's span
// is the text inside the marks.
func Find(d *doc.Document, opts Options) {
	text := d.Text
	open := -1 // byte offset just after the opening mark
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && i+1 < len(text) && text[i+1] == '\n':
			open = -1 // quotations do not run across paragraphs here
		case open < 0 && (isOpen(r) || (r == '"' && straightOpens(text, i))):
			open = i + n
		case open >= 0 && (isClose(r) || r == '"' || r == '»'):
			emit(d, open, i)
			open = -1
		}
		i += n
	}
}

// straightOpens decides whether a straight double quote at i opens a
// quotation: it does when it follows the start, a space or an opening
// bracket, and precedes a non-space.
func straightOpens(text string, i int) bool {
	if i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == ':' || prev == '—' || prev == '-'
}

func emit(d *doc.Document, start, end int) {
	text := d.Text
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	if end <= start {
		return
	}
	content := text[start:end]
	kind := "partial"
	first, _ := utf8.DecodeRuneInString(content)
	last, _ := utf8.DecodeLastRuneInString(content)
	if unicode.IsUpper(first) && (strings.ContainsRune(".!?…,", last) || followedByComma(text, end)) && strings.Count(content, " ") >= 3 {
		kind = "direct"
	}
	d.Quotes = append(d.Quotes, doc.Quote{Span: doc.Span{Start: start, End: end}, Text: content, Kind: kind})
}

// followedByComma reports a quotation that ends with a comma placed after the
// closing mark ("…negotiations”, recalled the spokesman): a whole statement.
func followedByComma(text string, end int) bool {
	_, n := utf8.DecodeRuneInString(text[end:])
	rest := text[end+n:]
	return strings.HasPrefix(rest, ",")
}
