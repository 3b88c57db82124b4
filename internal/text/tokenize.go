package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// ASCII character classes.
const (
	cSpace = 1 << iota
	cLower
	cUpper
	cDigit
	cWord = cLower | cUpper | cDigit
)

var ascii = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = cSpace
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	return
}()

// decode returns the rune at byte offset i of s and its size.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports whether r separates tokens: white space, control
// characters and invisible separators (zero-width space, BOM).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cSpace != 0
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff:
		return true
	}
	if r >= 0x2000 && r <= 0x200b {
		return true
	}
	return r < 0xa0 // C1 controls
}

// isWordRune reports whether r is part of a word: a letter, digit, mark,
// underscore or soft hyphen.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cWord != 0 || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == 0xad || unicode.IsNumber(r)
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLower|cUpper) != 0
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cLower != 0
	}
	return unicode.IsLower(r)
}

// isHyphen reports the hyphen characters that join words.
func isHyphen(r rune) bool { return r == '-' || r == 0x2010 || r == 0x2011 }

// isApos reports apostrophes: straight and right single quotation mark.
func isApos(r rune) bool { return r == '\'' || r == '’' }

// isModifier reports runes that attach to the rune before them: combining
// marks, variation selectors, emoji skin tones and the zero-width joiner.
func isModifier(r rune) bool {
	if r < 0x300 {
		return false
	}
	return r == 0x200d || (r >= 0xfe00 && r <= 0xfe0f) || (r >= 0x1f3fb && r <= 0x1f3ff) ||
		(r >= 0xe0020 && r <= 0xe007f) || unicode.IsMark(r)
}

type tokenizer struct {
	s   string
	opt Options
	out []doc.Span
	// lineStart is true while no token has been emitted on the current line.
	lineStart bool
	// chunkAt is true when the current white-space-delimited chunk holds an '@'.
	chunkAt bool
}

func (t *tokenizer) emit(a, b int) {
	if b > a {
		t.out = append(t.out, doc.Span{Start: a, End: b})
		t.lineStart = false
	}
}

// run splits the text into white-space-delimited chunks and tokenizes each.
func (t *tokenizer) run() {
	s := t.s
	i := 0
	for i < len(s) {
		r, sz := decode(s, i)
		if isSpace(r) {
			if r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 {
				t.lineStart = true
			}
			i += sz
			continue
		}
		j := i + sz
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if ascii[c]&cSpace != 0 {
					break
				}
				j++
				continue
			}
			r, sz := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += sz
		}
		t.chunk(i, j)
		i = j
	}
}

// chunk tokenizes s[a:b], which holds no white space.
func (t *tokenizer) chunk(a, b int) {
	s := t.s
	t.chunkAt = strings.IndexByte(s[a:b], '@') >= 0
	p := a
	for p < b {
		r, sz := decode(s, p)
		if isWordRune(r) {
			if isModifier(r) && len(t.out) > 0 && t.out[len(t.out)-1].End == p {
				t.out[len(t.out)-1].End = p + sz // stray mark after a symbol
				p += sz
				continue
			}
			p = t.word(p, p, b)
			continue
		}
		switch r {
		case '.':
			if p+1 < b && isDigit(rune(s[p+1])) && (p == a || !isAlnum(lastRune(s, p))) {
				p = t.word(p, p+1, b) // ".5"
				continue
			}
			p = t.punctRun(p, b)
		case '!', '?', '…':
			p = t.punctRun(p, b)
		case '\'', '’', '‘':
			p = t.apostrophe(p, b, r, sz)
		case '`':
			if p+1 < b && s[p+1] == '`' {
				t.emit(p, p+2)
				p += 2
			} else {
				t.emit(p, p+1)
				p++
			}
		case ':', ';', '=':
			if n := emoticon(s[p:b]); n > 0 {
				t.emit(p, p+n)
				p += n
			} else if r == '=' {
				p = t.sameRun(p, b, r)
			} else {
				t.emit(p, p+1)
				p++
			}
		case '@', '#':
			if p+1 < b {
				if r2, _ := decode(s, p+1); isLetter(r2) || (r == '@' && isWordRune(r2)) {
					q := p + 1
					for q < b {
						r3, sz3 := decode(s, q)
						if r3 == '.' && r == '@' && q+1 < b && isLower(rune(s[q+1])) {
							sz3 = 1 // a domain: @example.com
						} else if !isWordRune(r3) {
							break
						}
						q += sz3
					}
					t.emitWord(p, q)
					p = q
					continue
				}
			}
			p = t.sameRun(p, b, r)
		case '-', '—', '–', '―', '‒', '*', '~', '>', '<', '$', '^', '|', '+', 0x2010, 0x2011:
			p = t.sameRun(p, b, r)
		default:
			p = t.symbol(p, b)
		}
	}
}

// lastRune returns the rune that ends before byte offset p.
func lastRune(s string, p int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return r
}

// symbol emits one rune with the modifiers that follow it (skin tones,
// variation selectors, joined emoji, flag pairs).
func (t *tokenizer) symbol(p, b int) int {
	s := t.s
	r, sz := decode(s, p)
	q := p + sz
	if r >= 0x1f1e6 && r <= 0x1f1ff && q < b { // regional indicator pair
		if r2, sz2 := decode(s, q); r2 >= 0x1f1e6 && r2 <= 0x1f1ff {
			q += sz2
		}
	}
	for q < b {
		r2, sz2 := decode(s, q)
		if !isModifier(r2) {
			break
		}
		q += sz2
		if r2 == 0x200d && q < b { // zero-width joiner: the next rune joins
			_, sz3 := decode(s, q)
			q += sz3
		}
	}
	t.emit(p, q)
	return q
}

// sameRun emits a run of the rune r ("--", "**", "—").
func (t *tokenizer) sameRun(p, b int, r rune) int {
	_, sz := decode(t.s, p)
	q := p + sz
	for q < b {
		r2, sz2 := decode(t.s, q)
		if r2 != r {
			break
		}
		q += sz2
	}
	t.emit(p, q)
	return q
}

// punctRun emits a run of sentence-final marks (".", "...", "?!", "!!!", "…").
func (t *tokenizer) punctRun(p, b int) int {
	q := p
	for q < b {
		r, sz := decode(t.s, q)
		if r != '.' && r != '!' && r != '?' && r != '…' {
			break
		}
		q += sz
	}
	t.emit(p, q)
	return q
}

// apostrophe handles a quote mark that does not stand inside a word: a
// year ("'90s"), a clitic after a non-word token ("”'s"), two straight
// single quotes used as a double quote, or a single quote mark.
func (t *tokenizer) apostrophe(p, b int, r rune, sz int) int {
	s := t.s
	q := p + sz
	if r != '‘' && q+1 < b && isDigit(rune(s[q])) && isDigit(rune(s[q+1])) && (q+2 == b || !isDigit(rune(s[q+2]))) {
		return t.word(p, q, b) // '90s
	}
	if r == '\'' && q < b && s[q] == '\'' {
		t.emit(p, q+1)
		return q + 1
	}
	if r != '‘' && len(t.out) > 0 && t.out[len(t.out)-1].End == p {
		// a clitic after a token that is not a word ("Yahoo!'s", "”'s")
		e := q
		for e < b && e-q < 2 && ascii[s[e]&0x7f]&(cLower|cUpper) != 0 && s[e] < utf8.RuneSelf {
			e++
		}
		if e > q && (e == b || !isWordRune(firstRune(s[e:b]))) && isCliticSuffix(s[q:e]) {
			t.emit(p, e)
			return e
		}
	}
	t.emit(p, q)
	return q
}

func firstRune(s string) rune {
	r, _ := decode(s, 0)
	return r
}

// isCliticSuffix reports the clitics that follow an apostrophe: s m d re ve ll.
func isCliticSuffix(w string) bool {
	switch len(w) {
	case 1:
		c := w[0] | 0x20
		return c == 's' || c == 'm' || c == 'd'
	case 2:
		c0, c1 := w[0]|0x20, w[1]|0x20
		return (c0 == 'r' && c1 == 'e') || (c0 == 'v' && c1 == 'e') || (c0 == 'l' && c1 == 'l')
	}
	return false
}

var emoticons = []string{":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ";-)", ":')", ":'(", ":)", ":(", ":D", ":P", ":p", ":/", ":|", ":O", ":o", ";)", ";D", ";P", "=)", "=("}

// emoticon returns the length of an emoticon at the start of s, or 0.
func emoticon(s string) int {
	if len(s) < 2 {
		return 0
	}
	for _, e := range emoticons {
		if strings.HasPrefix(s, e) {
			if len(s) == len(e) {
				return len(e)
			}
			r := firstRune(s[len(e):])
			if !isAlnum(r) && r != '/' && r != ')' && r != '(' {
				return len(e)
			}
		}
	}
	return 0
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i] && s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// urlLen returns the length of a URL starting s (up to the chunk end, less
// trailing punctuation), or 0.
func urlLen(s string) int {
	switch s[0] | 0x20 {
	case 'h', 'f', 'w', 'm':
	default:
		return 0
	}
	if !(hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "ftp://") ||
		hasPrefixFold(s, "www.") || hasPrefixFold(s, "mailto:")) {
		return 0
	}
	n := len(s)
	for n > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:n])
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '"', ']', '}', '>', '”', '’', '»', '…', '“', '‘':
			n -= sz
			continue
		case ')':
			if strings.Count(s[:n], "(") < strings.Count(s[:n], ")") {
				n -= sz
				continue
			}
		}
		break
	}
	return n
}

// emailLen returns the length of an e-mail address starting s, or 0.
func emailLen(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && (ascii[c]&cWord != 0 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
			i++
			continue
		}
		break
	}
	if i == 0 || i >= len(s)-1 || s[i] != '@' {
		return 0
	}
	j := i + 1
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf && (ascii[c]&cWord != 0 || c == '.' || c == '-' || c == '_') {
			j++
			continue
		}
		break
	}
	for j > i+1 && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	if j == i+1 {
		return 0
	}
	return j
}

// word scans a word starting at p (its token starts at start, which may be a
// leading "'" or "."), emits its tokens and returns where scanning goes on.
func (t *tokenizer) word(start, p, b int) int {
	s := t.s
	if start == p {
		if n := urlLen(s[p:b]); n > 0 {
			t.emit(p, p+n)
			return p + n
		}
		if t.chunkAt {
			if n := emailLen(s[p:b]); n > 0 {
				t.emit(p, p+n)
				return p + n
			}
		}
	}
	q := p
	seg := p       // start of the current segment between connectors
	dots := false  // an internal period was taken
	other := false // another connector was taken
	for q < b {
		r, sz := decode(s, q)
		if isWordRune(r) {
			q += sz
			continue
		}
		if q+sz >= b {
			break
		}
		r2, sz2 := decode(s, q+sz)
		ok := false
		switch {
		case r == '.':
			ok = isAlnum(r2) && !sentenceGlued(s, seg, q, q+sz+sz2, b)
			dots = dots || ok
		case isApos(r):
			ok = isLetter(r2)
		case isHyphen(r):
			switch {
			case !isAlnum(r2):
			case isDigit(lastRune(s, q)) && isDigit(r2):
				// "345-9945", "1-800-555-0199" stay whole; ranges "15-20" split.
				ok = digitGroups(s, seg, q+sz, b)
			case !t.opt.SplitHyphens:
				ok = true
			default:
				ok = isPrefix(s[seg:q])
			}
		case r == ',':
			ok = isDigit(lastRune(s, q)) && threeDigits(s[q+1:b])
		case r == ':':
			ok = isDigit(lastRune(s, q)) && isDigit(r2)
		case r == '/':
			ok = (isDigit(lastRune(s, q)) && isDigit(r2)) || (q-seg == 1 && isLetter(r2))
		case r == '&':
			ok = q-seg <= 3 && allUpper(s[seg:q]) && isUpper(r2)
		}
		if !ok {
			break
		}
		if r != '.' && !isApos(r) {
			other = true
		}
		q += sz
		seg = q
	}
	// A hyphen closing the chunk stays on its word ("pre- and post-war", "th-").
	if q+1 == b && s[q] == '-' && q > start && isLetter(lastRune(s, q)) {
		t.emit(start, q+1)
		return q + 1
	}
	if q < b && s[q] == '.' && (q+1 == b || s[q+1] != '.') && t.keepPeriod(s[start:q], dots, other, q+1, b) {
		t.emit(start, q+1)
		return q + 1
	}
	t.emitWord(start, q)
	return q
}

// sentenceGlued reports a period between two sentences written without a
// space ("talks.The"): the segment before is a lower-case-containing word
// of two or more letters and a capitalised word follows.
func sentenceGlued(s string, seg, dot, after, b int) bool {
	r2, _ := decode(s, dot+1)
	if !isUpper(r2) || after >= b {
		return false
	}
	if r3, _ := decode(s, after); !isLower(r3) {
		return false
	}
	e := dot + 1
	for e < b && ascii[s[e]&0x7f]&(cLower|cUpper) != 0 && s[e] < utf8.RuneSelf {
		e++
	}
	if tld(s[dot+1 : e]) {
		return false // Example.Com
	}
	n, lower := 0, false
	for i := seg; i < dot; {
		r, sz := decode(s, i)
		if !isLetter(r) {
			return false
		}
		lower = lower || isLower(r)
		n++
		i += sz
	}
	return n >= 2 && lower
}

// tld reports common top-level domains, in any case.
func tld(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	var buf [4]byte
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "com", "org", "net", "gov", "edu", "info", "biz", "co", "uk", "de", "fr", "ru", "io", "int", "mil", "eu":
		return true
	}
	return false
}

// digitGroups reports a hyphen between digits that joins the groups of a
// phone or code number rather than a range: the segment before (from seg) is
// itself joined by a hyphen, the group after (from r) has four or more
// digits, or another hyphen and digit group follow it.
func digitGroups(s string, seg, r, b int) bool {
	if seg > 0 && isHyphen(lastRune(s, seg)) {
		return true
	}
	e := r
	for e < b && isDigit(rune(s[e])) {
		e++
	}
	if e-r >= 4 {
		return true
	}
	return e+1 < b && s[e] == '-' && isDigit(rune(s[e+1]))
}

func threeDigits(s string) bool {
	return len(s) >= 3 && isDigit(rune(s[0])) && isDigit(rune(s[1])) && isDigit(rune(s[2])) && (len(s) == 3 || !isDigit(rune(s[3])))
}

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if ascii[s[i]&0x7f]&cUpper == 0 || s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return len(s) > 0
}

// isPrefix reports whether w is a bound prefix kept on a hyphenated word.
func isPrefix(w string) bool {
	if len(w) > 8 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		buf[i] = c | 0x20
	}
	return hyphenPrefixes[string(buf[:len(w)])]
}

// keepPeriod decides whether the period at p-1 (after word w) belongs to the
// word: abbreviations, initials, and list numbers starting a line.
func (t *tokenizer) keepPeriod(w string, dots, other bool, p, b int) bool {
	if c, ok := abbrevs[w]; ok {
		if c == abbrDigit {
			return nextIsDigit(t.s, p)
		}
		return true
	}
	if other {
		return false
	}
	if dots {
		return dottedAbbrev(w)
	}
	r, sz := decode(w, 0)
	if sz == len(w) {
		if isLetter(r) && r != 'I' {
			return true // initial
		}
	}
	// "1." or "a." opening a line: a list item number.
	if t.lineStart && p == b && len(w) <= 3 {
		for i := 0; i < len(w); i++ {
			if !isDigit(rune(w[i])) {
				return len(w) == 1 && isLetter(rune(w[0]))
			}
		}
		return true
	}
	return false
}

// dottedAbbrev reports "U.S", "e.g", "Ph.D": letters in segments of one or
// two, separated by periods.
func dottedAbbrev(w string) bool {
	n := 0
	for i := 0; i < len(w); {
		r, sz := decode(w, i)
		i += sz
		if r == '.' {
			if n == 0 {
				return false
			}
			n = 0
			continue
		}
		if !isLetter(r) {
			return false
		}
		n++
		if n > 2 {
			return false
		}
	}
	return n > 0
}

// nextIsDigit reports whether the first non-space character at or after p is
// a digit.
func nextIsDigit(s string, p int) bool {
	for p < len(s) && (s[p] == ' ' || s[p] == '\t') {
		p++
	}
	return p < len(s) && isDigit(rune(s[p]))
}

// emitWord emits a word, splitting off clitics and units.
func (t *tokenizer) emitWord(a, b int) {
	s := t.s
	w := s[a:b]
	if cut := cliticCut(w); cut > 0 {
		t.emitWord(a, a+cut)
		t.emit(a+cut, b)
		return
	}
	if n := len(w); n >= 2 && n <= 8 {
		if h := lookupLower(clitics, w); h > 0 {
			t.emit(a, a+h)
			t.emit(a+h, b)
			return
		}
	}
	if isDigit(rune(w[0])) {
		if k := unitCut(w); k > 0 {
			t.emit(a, a+k)
			t.emit(a+k, b)
			return
		}
	}
	t.emit(a, b)
}

// lookupLower looks w up in m after lower-casing it (ASCII letters only).
func lookupLower(m map[string]int, w string) int {
	var buf [8]byte
	if len(w) > len(buf) {
		return 0
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ascii[c]&(cLower|cUpper) == 0 {
			return 0
		}
		buf[i] = c | 0x20
	}
	return m[string(buf[:len(w)])]
}

// cliticCut returns where a clitic starts in w ("do|n't", "Russia|'s",
// "I|’m"), or 0.
func cliticCut(w string) int {
	n := len(w)
	if n < 3 {
		return 0
	}
	// n't and n’t
	if w[n-1]|0x20 == 't' {
		if w[n-2] == '\'' && w[n-3]|0x20 == 'n' && n > 3 && isLetter(lastRune(w, n-3)) {
			return n - 3
		}
		if n > 5 && w[n-4:n-1] == "’" && w[n-5]|0x20 == 'n' && isLetter(lastRune(w, n-5)) {
			return n - 5
		}
	}
	// 's 'm 'd 're 've 'll
	for k := 1; k <= 2; k++ {
		if n-k-1 < 1 {
			break
		}
		suf := w[n-k:]
		if !isCliticSuffix(suf) {
			continue
		}
		if w[n-k-1] == '\'' {
			if isLetter(lastRune(w, n-k-1)) {
				return n - k - 1
			}
			return 0
		}
		if n-k-3 >= 1 && w[n-k-3:n-k] == "’" {
			if isLetter(lastRune(w, n-k-3)) {
				return n - k - 3
			}
			return 0
		}
	}
	return 0
}

// unitCut returns where a unit starts in a number written against it
// ("1.5|bn", "10|am"), or 0.
func unitCut(w string) int {
	k := 0
	for k < len(w) && (isDigit(rune(w[k])) || w[k] == '.' || w[k] == ',') {
		k++
	}
	if k == 0 || k == len(w) || !isDigit(rune(w[k-1])) || len(w)-k > 3 {
		return 0
	}
	if units[w[k:]] {
		return k
	}
	return 0
}
