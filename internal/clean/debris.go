package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Debris rules. A line is debris when it is a widget label rather than article
// text; see isDebrisLine for the exact rule and lexicon.go for the words.
//
// Three places are handled:
//
//   - a whole line (between two newlines) that is debris is dropped; it then
//     separates paragraphs like a blank line would;
//   - a debris phrase glued without a space to the capitalised start of the
//     text ("Hide resume playingThe spokeswoman said ...") is cut off;
//   - a debris phrase glued to the end of a sentence, with or without a space
//     ("... to Kiev.Hide player controls", "... the minister. Read more"), or
//     glued between two sentences ("... the UN.AdvertisementThe vote ...") is
//     cut off.
//
// Glued phrases need stronger evidence than whole lines: two interface words,
// or one of the strongWords, or a media time display, because a single
// interface word glued to a capitalised word is often a brand ("PlayStation").

const (
	// maxDebrisWords is the longest widget label, in words.
	maxDebrisWords = 8
	// maxLabelWords is the longest "Read also: ..." style line, in words.
	maxLabelWords = 20
	// maxGlued is the longest glued debris phrase considered, in bytes.
	maxGlued = 120
	// maxPhraseBytes bounds the lines examined as labels, in bytes.
	maxPhraseBytes = 1000
)

// phrase is what analyse finds out about a candidate debris phrase.
type phrase struct {
	ok     bool // only interface words, fillers, numbers, times and symbols
	ui     int  // interface words
	strong bool // contains one of strongWords
	times  int  // media time tokens such as 0:00 or 2:31
}

// analyse classifies the words of p. p is rejected (ok == false) when it
// contains a content word, sentence punctuation or a quotation mark, starts
// with a lower-case letter or a single quotation mark, or has more than
// maxDebrisWords words. A mediaWords word is a content word unless p also
// holds a media time.
func analyse(p string) phrase {
	var ph phrase
	p = strings.TrimSpace(p)
	if p == "" || len(p) > maxPhraseBytes {
		return ph
	}
	if strings.ContainsAny(p, ".!?…\"“”«»„‟‹›") {
		return ph
	}
	switch r, _ := utf8.DecodeRuneInString(p); {
	case unicode.IsLower(r), r == '\'', r == '‘', r == '‚':
		return ph
	}
	words, media := 0, 0
	for _, f := range strings.Fields(p) {
		t := strings.TrimFunc(f, isEdgeMark)
		if t == "" {
			continue
		}
		words++
		if words > maxDebrisWords {
			return phrase{}
		}
		switch {
		case isMediaTime(t):
			ph.times++
			continue
		case isNumber(t):
			continue
		}
		lower := strings.ToLower(t)
		if uiWords[lower] {
			ph.ui++
			ph.strong = ph.strong || strongWords[lower]
			continue
		}
		if fillerWords[lower] {
			continue
		}
		if mediaWords[lower] {
			media++
			continue
		}
		// Labels flattened without spaces: "controlsHide", "newsletterFollow".
		// Every part must be an interface word (not a filler: "VideoYou" is
		// more likely the start of "YouTube" than a label).
		parts := splitCamel(t)
		if len(parts) < 2 {
			return phrase{}
		}
		for _, part := range parts {
			lp := strings.ToLower(part)
			if !uiWords[lp] {
				return phrase{}
			}
			ph.ui++
			ph.strong = ph.strong || strongWords[lp]
		}
	}
	if media > 0 {
		if ph.times == 0 {
			return phrase{}
		}
		ph.ui += media
	}
	ph.ok = words > 0
	return ph
}

// isDebrisLine reports whether a whole line is a widget label: a labelled
// link line ("Read also: ..."), or a line of at most maxDebrisWords words,
// starting with a capital letter, digit or symbol, without sentence
// punctuation or quotation marks, made only of interface words, fillers,
// numbers and symbols with at least one interface word, or a media time
// display ("0:00 / 2:31").
func isDebrisLine(line string) bool {
	if isLabelled(line) {
		return true
	}
	ph := analyse(line)
	if !ph.ok {
		return false
	}
	return ph.ui >= 1 || isTimeDisplay(line, ph)
}

// isTimeDisplay reports whether a line without interface words is a media
// player's time display: two times ("0:00 / 2:31") or one starting at 0:00.
// A lone time such as "10:30" is kept: live blogs use it as a heading.
func isTimeDisplay(line string, ph phrase) bool {
	return ph.times >= 2 || (ph.times == 1 && strings.HasPrefix(strings.TrimSpace(line), "0:00"))
}

// isStrongGlued reports whether p may be cut out when glued to other text.
func isStrongGlued(p string) bool {
	ph := analyse(p)
	if !ph.ok {
		return false
	}
	return ph.ui >= 2 || ph.strong || isTimeDisplay(p, ph)
}

// isLabelled reports whether line starts with one of labels followed by a
// colon (or a comma for image and media labels) and has at most
// maxLabelWords words.
func isLabelled(line string) bool {
	if len(line) > maxPhraseBytes {
		return false
	}
	lower := strings.ToLower(strings.TrimLeftFunc(line, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
	for _, l := range labels {
		if !strings.HasPrefix(lower, l) {
			continue
		}
		rest := strings.TrimLeft(lower[len(l):], " ")
		if rest == "" {
			continue
		}
		comma := strings.HasPrefix(l, "image") || strings.HasPrefix(l, "media")
		if rest[0] == ':' || (comma && rest[0] == ',') {
			return len(strings.Fields(line)) <= maxLabelWords
		}
	}
	return false
}

// removeDebris returns line without glued debris, or "" when the whole line
// is debris.
func removeDebris(line string) string {
	for {
		if isDebrisLine(line) {
			return ""
		}
		cut := squeezeSpaces(cutGlued(line))
		if cut == line {
			return line
		}
		line = cut
	}
}

// gluePoint is a place where two pieces of text meet without the space a
// writer would have put there, or a sentence end: candidate edges of a glued
// debris phrase.
type gluePoint struct {
	at     int  // byte offset of the capital letter
	camel  bool // lower-case letter or digit directly before a capital
	sent   bool // sentence end directly before a capital
	spaced bool // sentence end, one space, then a capital
}

// gluePoints returns the glue points among the first limit bytes of s.
func gluePoints(s string, limit int) []gluePoint {
	var pts []gluePoint
	var prev, prev2 rune
	for i, r := range s {
		if i > limit {
			break
		}
		if i > 0 && unicode.IsUpper(r) {
			switch {
			case unicode.IsLower(prev) || unicode.IsDigit(prev):
				pts = append(pts, gluePoint{at: i, camel: true})
			case isSentenceEnd(prev):
				pts = append(pts, gluePoint{at: i, sent: true})
			case prev == ' ' && isSentenceEnd(prev2):
				pts = append(pts, gluePoint{at: i, spaced: true})
			}
		}
		prev2, prev = prev, r
	}
	return pts
}

// gluedEnd returns the end of the longest glued debris phrase starting at s,
// or -1. The phrase must end at a camel junction among pts (the phrase may
// hold at most maxDebrisWords+1 of them) or, when whole is set, at the end
// of s.
func gluedEnd(s string, start int, pts []gluePoint, whole bool) int {
	if whole && len(s)-start <= maxGlued && isStrongGlued(s[start:]) {
		return len(s)
	}
	var ends []int
	for _, p := range pts {
		if p.at <= start || !p.camel {
			continue
		}
		if p.at-start > maxGlued || len(ends) > maxDebrisWords {
			break
		}
		ends = append(ends, p.at)
	}
	for j := len(ends) - 1; j >= 0; j-- {
		if isStrongGlued(s[start:ends[j]]) {
			return ends[j]
		}
	}
	return -1
}

// cutGlued removes the debris phrases glued to line: at its start, between
// two sentences, and at its end.
func cutGlued(line string) string {
	// At the start, repeatedly: "Hide player controlsHide resume playingThe".
	for {
		e := gluedEnd(line, 0, gluePoints(line, maxGlued+4), true)
		if e < 0 {
			break
		}
		line = strings.TrimLeft(line[e:], " ")
	}
	pts := gluePoints(line, len(line))
	var b strings.Builder
	last := 0
	for i, p := range pts {
		if p.at < last || (!p.sent && !p.spaced) {
			continue
		}
		if p.spaced {
			// Only a trailing label may follow a spaced sentence end.
			if len(line)-p.at <= maxGlued && isStrongGlued(line[p.at:]) {
				b.WriteString(line[last:p.at])
				last = len(line)
				break
			}
			continue
		}
		e := gluedEnd(line, p.at, pts[i+1:], true)
		if e < 0 {
			continue
		}
		b.WriteString(line[last:p.at])
		if e < len(line) {
			b.WriteByte(' ')
		}
		last = e
	}
	if last == 0 {
		return line
	}
	b.WriteString(line[last:])
	return b.String()
}

// isSentenceEnd reports whether r may end a sentence (closing quotes
// included).
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '"', '”', '»', '’':
		return true
	}
	return false
}

// isEdgeMark reports whether r is trimmed from the edges of a word before
// lexicon look-up.
func isEdgeMark(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// isMediaTime reports whether t looks like a player time: m:ss or h:mm:ss.
func isMediaTime(t string) bool {
	parts := strings.Split(t, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if p == "" || len(p) > 2 || (i > 0 && len(p) != 2) {
			return false
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// isNumber reports whether t is made of ASCII digits and separators only.
func isNumber(t string) bool {
	digit := false
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c == ',' || c == '/' || c == '%':
		default:
			return false
		}
	}
	return digit
}

// splitCamel splits "controlsHide" into "controls" and "Hide" at every
// lower-case letter directly followed by a capital.
func splitCamel(t string) []string {
	var parts []string
	start := 0
	var prev rune
	for i, r := range t {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			parts = append(parts, t[start:i])
			start = i
		}
		prev = r
	}
	return append(parts, t[start:])
}
