// Package clean normalises article text into the canonical form that every
// span of an annotated document points into.
//
// Clean is deterministic and idempotent (Clean(Clean(x)) == Clean(x)) and
// always returns valid UTF-8. It applies, in order:
//
//  1. Characters: invalid UTF-8 becomes U+FFFD; CRLF and CR become LF; the
//     line and paragraph separators U+2028/U+2029, NEL, VT and FF become line
//     breaks; tabs and every Unicode space (NBSP, thin space, ideographic
//     space, ...) become an ASCII space; other control characters and the
//     invisible format characters (zero-width space, word joiner, BOM, soft
//     hyphen, bidirectional marks and embeddings) are removed. ZWJ and ZWNJ
//     are kept after a non-ASCII letter, mark or symbol, where they shape
//     scripts such as Persian or join emoji, and removed elsewhere. Then the
//     text is put in Unicode NFC.
//  2. Lines: runs of spaces collapse to one; leading and trailing spaces are
//     removed from every line.
//  3. Scraping debris (unless Options.KeepDebris): widget labels such as
//     player controls, cookie and share buttons, "Read also: ..." lines, and
//     such labels glued to article text, are removed by the general rules
//     documented in debris.go over the small lexicon in lexicon.go.
//  4. Paragraphs: blank lines separate paragraphs; in the output they are
//     separated by exactly one blank line ("\n\n"), and the text has no
//     leading or trailing whitespace. A single line break inside a block of
//     lines is decided by the lines around it:
//     - before a list item ("- ", "* ", "• ", "1. ", "2) ", ...) it is kept
//     as a single "\n": a list is the one kind of line-structured text
//     kept as lines, so a list and the line introducing it form one
//     paragraph with one item a line;
//     - before a line starting with a lower-case letter it is a soft wrap
//     and becomes a space (or nothing after a word broken by a hyphen,
//     "negoti-" + "ations" stays "negoti-ations");
//     - in hard-wrapped text (the block's longest line has 40 to 120
//     characters) it is a soft wrap when the line does not end a sentence
//     and the next line's first word would not have fitted on it, and a
//     paragraph break otherwise, so a short line ending a paragraph or a
//     heading starts a new paragraph (a wrap that falls on a sentence end
//     also starts one: one paragraph a line is the more common input);
//     - otherwise (one paragraph a line, as scrapers often write, or short
//     lines such as a byline) it is a paragraph break.
//
// Clean does not change quotation marks, dashes or letters: apart from the
// spaces, breaks and removed characters above, the text is the input text.
package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options changes what Clean does. The zero value is the default.
type Options struct {
	// KeepDebris disables the removal of scraping debris (step 3).
	KeepDebris bool
}

// maxPasses bounds the passes run to reach a fixed point. One pass almost
// always suffices; the second confirms it.
const maxPasses = 6

// Clean returns s in canonical form with the default options.
func Clean(s string) string { return CleanWith(s, Options{}) }

// CleanWith returns s in canonical form. The passes are repeated until the
// text no longer changes, which makes the result idempotent even when
// removing a debris line lets two lines meet that were not neighbours before.
func CleanWith(s string, o Options) string {
	for range maxPasses {
		t := cleanPass(s, o)
		if t == s {
			break
		}
		s = t
	}
	return s
}

func cleanPass(s string, o Options) string {
	s = norm.NFC.String(normaliseChars(s))
	var paras []string
	var block []string
	flush := func() {
		if len(block) > 0 {
			paras = append(paras, layout(block)...)
			block = block[:0]
		}
	}
	for line := range strings.SplitSeq(s, "\n") {
		line = squeezeSpaces(line)
		if !o.KeepDebris && line != "" {
			line = removeDebris(line)
		}
		if line == "" {
			flush()
			continue
		}
		block = append(block, line)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// normaliseChars applies step 1 except NFC.
func normaliseChars(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	var last rune // last rune written
	put := func(r rune) {
		b.WriteRune(r)
		last = r
	}
	for i, r := range s {
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			put('\n')
		case r == '\n', r == '\v', r == '\f', r == 0x85, r == 0x2028:
			put('\n')
		case r == 0x2029:
			put('\n')
			put('\n')
		case r == '\t', unicode.Is(unicode.Zs, r):
			put(' ')
		case unicode.IsControl(r):
			// dropped
		case r == 0x200C || r == 0x200D: // ZWNJ, ZWJ
			if last > 0x7F && (unicode.IsLetter(last) || unicode.IsMark(last) || unicode.IsSymbol(last)) {
				put(r)
			}
		case isInvisible(r):
			// dropped
		default:
			put(r)
		}
	}
	return b.String()
}

// isInvisible reports the zero-width and bidirectional format characters
// that Clean removes.
func isInvisible(r rune) bool {
	switch {
	case r == 0x00AD, // soft hyphen
		r == 0x034F,              // combining grapheme joiner
		r == 0x061C,              // Arabic letter mark
		r == 0x115F, r == 0x1160, // Hangul fillers
		r == 0x17B4, r == 0x17B5, // Khmer inherent vowels
		r == 0x180E,              // Mongolian vowel separator
		r == 0x200B,              // zero-width space
		r == 0x200E, r == 0x200F, // LRM, RLM
		r >= 0x202A && r <= 0x202E, // bidi embeddings and overrides
		r >= 0x2060 && r <= 0x2064, // word joiner, invisible operators
		r >= 0x2066 && r <= 0x206F, // bidi isolates, deprecated format chars
		r == 0x3164,                // Hangul filler
		r == 0xFEFF,                // BOM, zero-width no-break space
		r == 0xFFA0:                // halfwidth Hangul filler
		return true
	}
	return false
}

// squeezeSpaces collapses runs of ASCII spaces and trims the line.
func squeezeSpaces(s string) string {
	s = strings.Trim(s, " ")
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Hard-wrap detection bounds, in characters.
const (
	minWrapWidth = 40
	maxWrapWidth = 120
)

// layout turns a block of non-empty lines into paragraphs (step 4).
func layout(block []string) []string {
	width := 0
	for _, l := range block {
		width = max(width, utf8.RuneCountInString(l))
	}
	wrapped := width >= minWrapWidth && width <= maxWrapWidth
	var paras []string
	var cur strings.Builder
	cur.WriteString(block[0])
	for i, next := range block[1:] {
		prev := block[i] // the input line before next
		switch {
		case isListItem(next):
			cur.WriteByte('\n')
		case startsLower(next):
			if !endsHyphenated(prev) {
				cur.WriteByte(' ')
			}
		case wrapped && !endsSentence(prev) &&
			utf8.RuneCountInString(prev)+1+utf8.RuneCountInString(firstWord(next)) > width:
			cur.WriteByte(' ')
		default:
			paras = append(paras, cur.String())
			cur.Reset()
		}
		cur.WriteString(next)
	}
	return append(paras, cur.String())
}

// isListItem reports whether line starts with a list bullet or number.
func isListItem(line string) bool {
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '•', '·', '▪', '◦', '‣', '●', '■', '□', '►', '▸':
		return true
	case '-', '*', '+':
		return len(line) > size && line[size] == ' '
	}
	// 1. 2) 10. a) — at most three digits, or one lower-case ASCII letter
	// followed by ")".
	n := 0
	for n < len(line) && n < 4 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	if n >= 1 && n <= 3 && n+1 < len(line) && (line[n] == '.' || line[n] == ')') && line[n+1] == ' ' {
		return true
	}
	return len(line) > 2 && line[0] >= 'a' && line[0] <= 'z' && line[1] == ')' && line[2] == ' '
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsHyphenated reports whether s ends with a letter followed by a hyphen.
func endsHyphenated(s string) bool {
	if !strings.HasSuffix(s, "-") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r)
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.Is(unicode.Pf, r) || unicode.Is(unicode.Pe, r) || r == '"' || r == '\''
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
