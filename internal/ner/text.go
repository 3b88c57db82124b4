package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps accented Latin letters (lower case) to their ASCII base, so
// that "Zajárova", "Réznikov" and "Zajarova", "Reznikov" share features.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'ĉ': "c", 'ċ': "c", 'č': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ĕ': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ĝ': "g", 'ğ': "g", 'ġ': "g", 'ģ': "g", 'ĥ': "h", 'ħ': "h",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ĩ': "i", 'ī': "i", 'ĭ': "i", 'į': "i", 'ı': "i",
	'ĵ': "j", 'ķ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ŀ': "l", 'ł': "l",
	'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o",
	'ø': "o", 'ō': "o", 'ŏ': "o", 'ő': "o", 'œ': "oe", 'ŕ': "r", 'ŗ': "r", 'ř': "r",
	'ś': "s", 'ŝ': "s", 'ş': "s", 'š': "s", 'ș': "s", 'ß': "ss", 'ţ': "t", 'ť': "t", 'ŧ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ũ': "u", 'ū': "u", 'ŭ': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ŵ': "w", 'ý': "y", 'ÿ': "y", 'ŷ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'þ': "th",
	'’': "'", '‘': "'", '`': "'", '´': "'", '“': "\"", '”': "\"", '„': "\"", '«': "\"", '»': "\"",
	'–': "-", '—': "-", '‐': "-", '‑': "-",
}

// fold returns s lower-cased with accents removed and typographic quotes and
// dashes made plain. It does not allocate when s is already plain lower-case
// ASCII.
func fold(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldCase is like fold but keeps letter case: accents are removed and
// typographic punctuation made plain. It is used for case-sensitive
// gazetteer keys.
func foldCase(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x80 {
			b.WriteByte(byte(r))
			continue
		}
		lr := unicode.ToLower(r)
		if f, ok := foldTable[lr]; ok {
			if lr != r && f != "" {
				b.WriteString(strings.ToUpper(f[:1]) + f[1:])
			} else {
				b.WriteString(f)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// shape maps a word to its character classes (X upper, x lower, d digit,
// other characters kept), cutting runs of one class to two: "Lavrov" →
// "Xxx", "NATO" → "XX", "U.S." → "X.X.", "G20" → "Xdd".
func shape(s string) string {
	var buf [24]byte
	return string(shapeBytes(s, &buf))
}

// shapeBytes writes the shape of s into buf and returns it.
func shapeBytes(s string, buf *[24]byte) []byte {
	n := 0
	var last byte
	run := 0
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 0x80:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		if n < len(buf) {
			buf[n] = c
			n++
		}
	}
	return buf[:n]
}

// capClass summarises a token's capitalisation.
type capClass uint8

const (
	capNone   capClass = iota // no letters
	capLower                  // all lower-case letters
	capInit                   // first letter upper, rest lower (or no more letters)
	capAll                    // every letter upper, more than one letter
	capMixed                  // anything else with letters ("iPhone", "McDonald")
	capNumber                 // digits only (with punctuation)
)

var capNames = [...]string{"none", "lower", "init", "all", "mixed", "num"}

func classify(s string) capClass {
	letters, upper, digits := 0, 0, 0
	firstUpper := false
	laterUpper := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) {
				upper++
				if letters == 0 {
					firstUpper = true
				} else {
					laterUpper = true
				}
			}
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	switch {
	case letters == 0 && digits > 0:
		return capNumber
	case letters == 0:
		return capNone
	case upper == 0:
		return capLower
	case upper == letters && letters > 1:
		return capAll
	case firstUpper && !laterUpper:
		return capInit
	default:
		return capMixed
	}
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isPunct reports whether s has no letter or digit.
func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// prefix and suffix return the first or last n runes of s (all of s when it is shorter).
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}
