package text

import (
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// kind is what a token means to the sentence splitter.
type kind uint8

const (
	kWord     kind = iota
	kPeriod        // "."
	kQuestion      // "?", "!", "?!", "!!!", ".?"
	kEllipsis      // "...", "…", ".."
	kAbbrev        // a word that kept its period: "Mr.", "U.S.", "J.", "1."
	kCloseQ        // a closing quote mark: ” ’ » ›
	kAmbigQ        // a quote mark that opens or closes: " ' `` ''
	kOpenQ         // an opening quote mark: “ ‘ « ‹ „ ‚
	kClose         // ) ] }
	kOpen          // ( [ {
	kPause         // , ; : and dashes
	kSmiley        // an emoticon ":-)" or a separator "*****"
	kOther         // any other symbol
)

func classify(w string) kind {
	r, sz := decode(w, 0)
	if isWordRune(r) || ((r == '@' || r == '#' || r == '\'' || r == '.' || r == '’') && sz < len(w) && isWordRune(firstRune(w[sz:]))) {
		if w[len(w)-1] == '.' {
			return kAbbrev
		}
		return kWord
	}
	switch r {
	case '.', '!', '?', '…':
		for i := 0; i < len(w); i++ {
			if w[i] == '!' || w[i] == '?' {
				return kQuestion
			}
		}
		if w == "." {
			return kPeriod
		}
		return kEllipsis
	case '”', '’', '»', '›':
		return kCloseQ
	case '"', '\'', '`':
		if r == '\'' && len(w) > 1 && w != "''" {
			return kWord // a clitic: 's
		}
		return kAmbigQ
	case '“', '‘', '«', '‹', '„', '‚':
		return kOpenQ
	case ')', ']', '}':
		return kClose
	case '(', '[', '{':
		return kOpen
	case ',', ';', ':', '-', '—', '–', '―', '‒':
		if len(w) > 1 && (r == ':' || r == ';') {
			return kSmiley
		}
		if r == '-' && len(w) >= 3 {
			return kSmiley
		}
		return kPause
	case '*', '=', '~', '#':
		if len(w) >= 3 {
			return kSmiley
		}
	}
	return kOther
}

// sentenceStarts returns the index of the first token of each sentence.
func sentenceStarts(s string, toks []doc.Span) []int {
	n := len(toks)
	if n == 0 {
		return nil
	}
	kinds := make([]kind, n)
	for i, tk := range toks {
		kinds[i] = classify(s[tk.Start:tk.End])
	}
	starts := make([]int, 1, n/16+2)
	first := 0    // first token of the current sentence
	inDQ := false // a straight double quote is open on the current line
	dl := dateline(s, toks, kinds, 0)
	for i := 0; i+1 < n; i++ {
		if lineBreak(s, toks[i].End, toks[i+1].Start) {
			starts = append(starts, i+1)
			first, inDQ = i+1, false
			dl = dateline(s, toks, kinds, i+1)
			continue
		}
		if i+1 == dl {
			starts = append(starts, i+1)
			first = i + 1
			continue
		}
		if kinds[i] == kAmbigQ && s[toks[i].Start] == '"' {
			inDQ = !inDQ
		}
		switch kinds[i] {
		case kPeriod, kQuestion, kEllipsis, kAbbrev, kSmiley:
		default:
			continue
		}
		if i == first {
			continue
		}
		// Closing quotes and brackets after the terminal, and notes such as
		// "[12]" or an elision "(…)", belong to its sentence.
		j, quoted := i+1, false
		for j < n && !lineBreak(s, toks[j-1].End, toks[j].Start) {
			k := kinds[j]
			if k == kCloseQ || k == kClose {
				quoted = quoted || k == kCloseQ
				j++
				continue
			}
			if k == kAmbigQ {
				dq := s[toks[j].Start] == '"'
				spaceBefore := toks[j].Start != toks[j-1].End
				spaceAfter := j+1 == n || toks[j+1].Start != toks[j].End
				closes := !spaceBefore && spaceAfter // go." Then
				if spaceBefore == spaceAfter && dq {
					closes = inDQ // go. " Then (or go."Then): by the count of quotes
				}
				if closes {
					if dq {
						inDQ = false
					}
					quoted = true
					j++
					continue
				}
			}
			if m := bracketNote(s, toks, kinds, j); m > j {
				j = m
				continue
			}
			break
		}
		if j == n {
			break
		}
		if lineBreak(s, toks[j-1].End, toks[j].Start) || endsSentence(s, toks, kinds, i, j, quoted) {
			starts = append(starts, j)
			first = j
		}
		i = j - 1
		if lineBreak(s, toks[j-1].End, toks[j].Start) {
			inDQ = false
		}
	}
	return starts
}

// dateline returns the index of the first token after the wire dateline
// that opens the paragraph at token p ("Doha, March 12 (EFE).-", "KYIV,
// Nov 4 (Reuters) -", "WASHINGTON —"), or -1 when there is none. A
// dateline ends in a dash after a bracketed agency name or, when the
// paragraph opens with a place in capitals, after the place and date; an
// upper-case word must follow. The dateline is a sentence of its own, so
// the agency or the place is never read as the subject of the first
// sentence.
func dateline(s string, toks []doc.Span, kinds []kind, p int) int {
	n := len(toks)
	if p >= n || !isUpper(firstRune(s[toks[p].Start:toks[p].End])) {
		return -1
	}
	caps := allCaps(s[toks[p].Start:toks[p].End])
	for k := p + 1; k < n && k <= p+12; k++ {
		if lineBreak(s, toks[k-1].End, toks[k].Start) {
			return -1
		}
		switch kinds[k] {
		case kPeriod, kQuestion, kEllipsis, kAmbigQ, kOpenQ, kCloseQ:
			if !(kinds[k] == kPeriod && k+1 < n && isDash(s[toks[k+1].Start:toks[k+1].End]) && kinds[k-1] == kClose) {
				return -1
			}
			continue // "(EFE).-"
		}
		w := s[toks[k].Start:toks[k].End]
		if kinds[k] != kPause || !isDash(w) {
			continue
		}
		prev := k - 1
		if kinds[prev] == kPeriod {
			prev--
		}
		if kinds[prev] != kClose && !(caps && k <= p+8) {
			return -1
		}
		if kinds[prev] == kClose && !agencyNote(s, toks, kinds, prev) {
			return -1
		}
		if k+1 < n && !lineBreak(s, toks[k].End, toks[k+1].Start) && isUpper(firstRune(s[toks[k+1].Start:toks[k+1].End])) {
			return k + 1
		}
		return -1
	}
	return -1
}

// agencyNote reports whether the bracket closed at token c holds a short
// name (one to three capitalised words: "(EFE)", "(Europa Press)").
func agencyNote(s string, toks []doc.Span, kinds []kind, c int) bool {
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		if kinds[k] == kOpen {
			return k < c-1
		}
		if kinds[k] != kWord || !isUpper(firstRune(s[toks[k].Start:toks[k].End])) {
			return false
		}
	}
	return false
}

// isDash reports whether w is a hyphen or dash used as punctuation.
func isDash(w string) bool {
	switch w {
	case "-", "–", "—", "--":
		return true
	}
	return false
}

// allCaps reports whether w is a word of three or more letters, all upper
// case ("KYIV", "WASHINGTON").
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !isUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// bracketNote returns the index after a bracketed note starting at token j
// — a reference "[12]" or an elision "[…]", "(…)" — or j.
func bracketNote(s string, toks []doc.Span, kinds []kind, j int) int {
	if kinds[j] != kOpen || j+2 >= len(toks) {
		return j
	}
	open := s[toks[j].Start]
	if open == '{' {
		return j
	}
	k := j + 1
	switch kinds[k] {
	case kEllipsis:
		k++
	case kWord:
		if open != '[' {
			return j
		}
		for k < len(toks) && k < j+4 && kinds[k] == kWord && isDigit(rune(s[toks[k].Start])) {
			k++
		}
	default:
		return j
	}
	if k == j+1 || k >= len(toks) || kinds[k] != kClose {
		return j
	}
	return k + 1
}

// lineBreak reports whether the gap s[a:b] between two tokens holds a line
// break.
func lineBreak(s string, a, b int) bool {
	for i := a; i < b; i++ {
		switch s[i] {
		case '\n', '\r':
			return true
		case 0xe2: // U+2028, U+2029
			if i+2 < b && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9) {
				return true
			}
		}
	}
	return false
}

// endsSentence decides whether the terminal token i, followed by closing
// marks up to token j (exclusive), ends a sentence; token j exists and is on
// the same line.
func endsSentence(s string, toks []doc.Span, kinds []kind, i, j int, quoted bool) bool {
	term := kinds[i]
	nk := kinds[j]
	nw := s[toks[j].Start:toks[j].End]
	if nk == kWord && isApos(firstRune(nw)) {
		return false // a clitic: Yahoo!'s
	}
	// Look through an opening quote or bracket to the word it opens.
	opener := nk == kOpenQ || nk == kOpen || nk == kAmbigQ
	w := nw
	if opener && j+1 < len(toks) && toks[j+1].Start == toks[j].End {
		w = s[toks[j+1].Start:toks[j+1].End]
	}
	r, _ := decode(w, 0)
	upper := isUpper(r)
	switch term {
	case kPeriod, kQuestion:
		switch nk {
		case kPause, kClose, kPeriod, kQuestion, kEllipsis:
			return false
		}
		if isLower(r) && !opener {
			// “Why?” he asked. / "Go." she said. Without a quotation a
			// lower-case word after "." or "?" starts a sentence in web
			// text: "what? i have no idea."
			return !quoted
		}
		if quoted && term == kQuestion && upper && !opener && speakerFollows(s, toks, j) {
			return false // “Why?” John asked.
		}
		return true
	case kSmiley:
		return upper && !opener
	case kEllipsis:
		if i > 0 && kinds[i-1] == kOpen {
			return false // (…)
		}
		return upper
	case kAbbrev:
		if nk == kPause || nk == kClose || nk == kPeriod || nk == kQuestion {
			return false
		}
		a := s[toks[i].Start : toks[i].End-1]
		switch abbrevClass(a, i == 0 || lineBreak(s, toks[i-1].End, toks[i].Start)) {
		case abbrTitle, abbrDigit:
			return false
		case abbrEnd:
			return upper
		default:
			return upper && isStarter(w)
		}
	}
	return false
}

// abbrevClass returns how the abbreviation w (without its period) behaves.
func abbrevClass(w string, lineFirst bool) abbrClass {
	if c, ok := abbrevs[w]; ok {
		return c
	}
	r, sz := decode(w, 0)
	if sz == len(w) {
		if isDigit(r) || (lineFirst && isLetter(r)) {
			return abbrTitle // list item "1." or "a."
		}
		return abbrMaybe // initial
	}
	if lineFirst && len(w) <= 3 {
		all := true
		for i := 0; i < len(w); i++ {
			all = all && isDigit(rune(w[i]))
		}
		if all {
			return abbrTitle
		}
	}
	return abbrMaybe
}

// isStarter reports whether w is a common word that starts sentences.
func isStarter(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if ascii[c]&cUpper != 0 {
			c |= 0x20
		}
		buf[i] = c
	}
	return starters[string(buf[:len(w)])]
}

// speakerFollows reports a capitalised name of up to three words followed by
// a speech verb at token j: `“Why?” John Smith asked.`, `“Why?” I asked.`
// Another capitalised common word (`“Why?” She added that…`) starts a new
// sentence instead.
func speakerFollows(s string, toks []doc.Span, j int) bool {
	if w := s[toks[j].Start:toks[j].End]; w != "I" && isStarter(w) {
		return false
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		w := s[toks[k].Start:toks[k].End]
		r, _ := decode(w, 0)
		if k > j && speechVerbs[w] {
			return true
		}
		if !isUpper(r) {
			return false
		}
	}
	return false
}
