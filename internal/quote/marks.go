package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// marked is one passage between quotation marks: Outer includes the marks,
// Inner is the text between them (spaces trimmed). A passage continued over
// several paragraphs (opening mark repeated at each paragraph, closing mark
// only at the end) is one passage.
type marked struct {
	Outer, Inner doc.Span
	Paragraphs   int // paragraphs the passage runs over (1 for most)
}

// opening is a quotation mark waiting for its closing mark.
type opening struct {
	r     rune
	pos   int // byte offset of the mark
	after int // byte offset just after it
	paras int
}

// closes reports whether rune c, met while o is open, closes it. Translated
// news mixes conventions, so mismatched double marks («…”, “…») close each
// other; single marks only close single marks.
func (o opening) closes(c rune) bool {
	switch o.r {
	case '“':
		return c == '”' || c == '»' || c == '"' || c == '“'
	case '«':
		return c == '»' || c == '”' || c == '“' || c == '"'
	case '„':
		return c == '“' || c == '”' || c == '"'
	case '"':
		return c == '"' || c == '”' || c == '»'
	case '‘':
		return c == '’'
	case '‹':
		return c == '›'
	case '\'':
		return c == '\'' || c == '’'
	}
	return false
}

func isDouble(r rune) bool { return r == '“' || r == '«' || r == '„' || r == '"' }

// findMarked returns the quoted passages of text, outermost only (nested
// quotations stay inside their outer passage), in text order and never
// overlapping. maxParas bounds how many paragraphs one passage may span.
func findMarked(text string, maxParas int) []marked {
	var out []marked
	var stack []opening
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && paraBreak(text, i) {
			j := skipSpace(text, i)
			if len(stack) > 0 {
				nr, nn := utf8.DecodeRuneInString(text[j:])
				if j < len(text) && isDouble(stack[0].r) && isDouble(nr) && stack[0].paras < maxParas && continues(text, j, nn) {
					// The quotation goes on: the next paragraph repeats
					// the opening mark. Keep only the outermost opening.
					stack = stack[:1]
					stack[0].paras++
					i = j + nn
					continue
				}
				if j < len(text) && isDouble(stack[0].r) && stack[0].paras < maxParas && closedUnopened(text, j, stack[0]) {
					// The quotation goes on in a paragraph that does not
					// repeat the opening mark but closes it at its end
					// (a block quotation set off as its own paragraph).
					stack = stack[:1]
					stack[0].paras++
					i = j
					continue
				}
				if m, ok := mismatchedEnd(text, stack, i); ok {
					out = append(out, m)
				}
				stack = stack[:0]
			}
			i = j
			continue
		}
		// Typewriter marks of PTB-style text: `` opens and '' closes a
		// quotation, read as “ and ”.
		ptb := false
		if strings.HasPrefix(text[i:], "``") {
			r, n, ptb = '“', 2, true
		} else if strings.HasPrefix(text[i:], "''") && len(stack) > 0 {
			r, n = '”', 2
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 {
			prev = ' '
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if i+n >= len(text) {
			next = ' '
		}
		if ptb && next == ' ' {
			next = 'x' // "`` We …": the mark may stand apart from its first word
		}
		// Closing a mark open on the stack (the nearest that it closes).
		closed := false
		if isCloser(r) && len(stack) > 0 && closingPosition(r, prev, next, stack[len(stack)-1]) {
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].closes(r) {
					if k == 0 {
						if m, ok := makeMarked(text, stack[0], i, i+n); ok {
							out = append(out, m)
						}
					}
					stack = stack[:k]
					closed = true
					break
				}
			}
		}
		if !closed && (isOpener(r, prev, next) || len(stack) == 0 && r == '"' && prev == ',' && next == ' ' && cueWordBefore(text, i-1)) && len(stack) < 4 {
			// (the second case: a mark misplaced after the comma, `he
			// said," The …"`)
			stack = append(stack, opening{r: r, pos: i, after: i + n, paras: 1})
		}
		i += n
	}
	if m, ok := mismatchedEnd(text, stack, len(text)); ok {
		out = append(out, m)
	}
	return out
}

// mismatchedEnd closes a quotation left open at the end of its paragraph
// (byte end) by a mark of the other kind that ends the paragraph after a
// sentence: `says, 'Thank you, the work is great."` or `"… your work.'`.
// Only one quotation may be open, so a nested one is never cut.
func mismatchedEnd(text string, stack []opening, end int) (marked, bool) {
	if len(stack) != 1 {
		return marked{}, false
	}
	e := end
	for e > stack[0].after && isSpaceByte(text[e-1]) {
		e--
	}
	r, n := utf8.DecodeLastRuneInString(text[:e])
	if e-n <= stack[0].after {
		return marked{}, false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:e-n])
	if p != '.' && p != '!' && p != '?' {
		return marked{}, false
	}
	single := stack[0].r == '\'' || stack[0].r == '‘'
	switch {
	case single && (r == '"' || r == '”'):
	case isDouble(stack[0].r) && (r == '\'' || r == '’'):
	default:
		return marked{}, false
	}
	return makeMarked(text, stack[0], e-n, e)
}

// cueWordBefore reports a verb of saying ending just before byte end
// ("said" in `said,"`).
func cueWordBefore(text string, end int) bool {
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	if start == end {
		return false
	}
	verbs, _ := lexicon()
	e := verbs[strings.ToLower(text[start:end])]
	return e != nil && e.Class == classSpeech
}

func isCloser(r rune) bool {
	switch r {
	case '”', '»', '“', '"', '’', '›', '\'':
		return true
	}
	return false
}

// closingPosition rules out marks that only look like closers: an
// apostrophe inside a word ("Kiev’s") and a straight or English opening
// mark that starts a word (it opens a nested quotation instead).
func closingPosition(r, prev, next rune, top opening) bool {
	switch r {
	case '’', '\'':
		return !unicode.IsLetter(next) && !unicode.IsSpace(prev)
	case '"':
		return !unicode.IsSpace(prev) || top.r == '"' && !unicode.IsLetter(next) && !unicode.IsDigit(next)
	case '“':
		// “ closes „ (German) or, mistyped, an English “; it opens a
		// nested quotation when a word follows it.
		return top.r == '„' || !unicode.IsLetter(next) && !unicode.IsDigit(next)
	}
	return true
}

// isOpener decides whether r opens a quotation here. Straight and single
// marks must stand before a word and after a space or opening punctuation,
// so inch marks and apostrophes are not taken for quotations.
func isOpener(r, prev, next rune) bool {
	switch r {
	case '“', '«', '„', '‹':
		return !unicode.IsSpace(next)
	case '‘':
		return !unicode.IsSpace(next) && !unicode.IsLetter(prev) && !unicode.IsDigit(prev)
	case '"', '\'':
		if unicode.IsSpace(next) || next == ',' || next == '.' {
			return false
		}
		if r == '\'' && !unicode.IsLetter(next) {
			return false
		}
		return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == ':' || prev == '—' || prev == '–' || prev == '-' || prev == '«' || prev == '“'
	}
	return false
}

// continues reports whether the mark at j (n bytes) reopens a quotation at
// the start of a paragraph: the paragraph's own closing mark must not come
// before another opening, or it is a new quotation, not a continuation.
// Either reading yields a balanced passage; continuation is chosen when the
// previous paragraph left its quotation open.
func continues(text string, j, n int) bool {
	r, _ := utf8.DecodeRuneInString(text[j+n:])
	return j+n < len(text) && !unicode.IsSpace(r)
}

// closedUnopened reports a paragraph starting at j whose first double
// quotation mark closes o and ends the paragraph (only punctuation after
// it) or a sentence (after . ! or ?, a capital after it): the rest of a
// quotation left open at the end of the paragraph before.
func closedUnopened(text string, j int, o opening) bool {
	prev := ' '
	for i := j; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && paraBreak(text, i) {
			return false
		}
		if isDouble(r) || r == '”' || r == '»' {
			next := ' '
			if i+n < len(text) {
				next, _ = utf8.DecodeRuneInString(text[i+n:])
			}
			if !o.closes(r) || !closingPosition(r, prev, next, o) || isOpener(r, prev, next) && r != '”' && r != '»' {
				return false
			}
			if prev == '.' || prev == '!' || prev == '?' {
				// The quotation ends a sentence and the paragraph goes
				// on with a new one: “… early.” After the match, …
				if k := i + n; k+1 < len(text) && text[k] == ' ' {
					c, _ := utf8.DecodeRuneInString(text[k+1:])
					if unicode.IsUpper(c) {
						return true
					}
				}
			}
			for k := i + n; k < len(text); {
				c, m := utf8.DecodeRuneInString(text[k:])
				if c == '\n' || k+m >= len(text) && unicode.IsPunct(c) {
					return true
				}
				if !unicode.IsPunct(c) && c != ' ' {
					return false
				}
				k += m
			}
			return true
		}
		prev = r
		i += n
	}
	return false
}

func paraBreak(text string, i int) bool {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

func skipSpace(text string, i int) int {
	for i < len(text) && (text[i] == '\n' || text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i
}

func makeMarked(text string, o opening, closeAt, closeEnd int) (marked, bool) {
	s, e := o.after, closeAt
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	if e <= s {
		return marked{}, false
	}
	return marked{Outer: doc.Span{Start: o.pos, End: closeEnd}, Inner: doc.Span{Start: s, End: e}, Paragraphs: o.paras}, true
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
