package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special maps letters that Unicode does not decompose into a base letter
// plus combining marks.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l",
	'ı': "i", 'İ': "i", 'đ': "d", 'Đ': "d", 'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t",
	'ƒ': "f", 'ĸ': "k", 'ŉ': "n", 'ſ': "s",
}

// rich maps letters whose diacritic carries a sound that the plain
// fold would lose (š is sh, not s); used only by the canonicaliser.
var rich = map[rune]string{
	'š': "sh", 'Š': "sh", 'ž': "zh", 'Ž': "zh", 'č': "ch", 'Č': "ch",
	'ş': "sh", 'Ş': "sh", 'ș': "sh", 'Ș': "sh", 'ç': "ch", 'Ç': "ch",
	'ć': "ch", 'Ć': "ch", 'ż': "zh", 'Ż': "zh", 'ź': "zh", 'Ź': "zh",
	'ț': "ts", 'Ț': "ts", 'ğ': "g", 'Ğ': "g",
}

// isApostrophe reports characters that are deleted rather than turned
// into a space: they mark glottal stops or elisions inside a name.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´', 'ʹ', '′':
		return true
	}
	return false
}

func fold(s string) string { return foldWith(s, false) }

// foldWith implements Fold; with richer set it spells š, ž, č, ş, ç and
// friends as digraphs instead of dropping their diacritics.
func foldWith(s string, richer bool) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading space
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
				space = false
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b.WriteByte(c)
				space = false
			case c == '\'' || c == '`':
			default:
				if !space {
					b.WriteByte(' ')
					space = true
				}
			}
		}
		return strings.TrimSuffix(b.String(), " ")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	for _, r := range s {
		if richer {
			if t, ok := rich[r]; ok {
				b.WriteString(t)
				space = false
				continue
			}
		}
		if t, ok := special[r]; ok {
			b.WriteString(t)
			space = false
			continue
		}
		if isApostrophe(r) {
			continue
		}
		if r < utf8.RuneSelf {
			c := byte(r)
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
				space = false
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b.WriteByte(c)
				space = false
			default:
				if !space {
					b.WriteByte(' ')
					space = true
				}
			}
			continue
		}
		if unicode.IsMark(r) {
			continue // combining mark of an NFD input
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			wrote := false
			for _, d := range norm.NFD.String(string(r)) {
				if unicode.IsMark(d) {
					continue
				}
				if t, ok := special[d]; ok {
					b.WriteString(t)
				} else {
					b.WriteRune(unicode.ToLower(d))
				}
				wrote = true
			}
			if wrote {
				space = false
			}
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}
