package names

import "strings"

// Canonical symbols. Folded text is lower-case ASCII, so upper-case
// letters are free to stand for sounds that languages spell differently.
const (
	symSH   = 'S' // sh, sch, sz, ş, š
	symZH   = 'Z' // zh, ž, ż
	symKH   = 'X' // kh
	symCH   = 'C' // ch: tsh (English, Spanish), sh (French), kh (German, Polish)
	symTSH  = 'T' // tch, tsch, cz, č
	symSHCH = 'Q' // shch, chtch, schtsch, szcz
	symTS   = 'W' // ts, tz, soft c
	symJ    = 'J' // j: y (German, Polish), kh (Spanish), zh (French), dzh (English)
	symDZH  = 'D' // dzh, dsch, dj
	symGH   = 'G' // gh
	symTH   = 'P' // th
	symDH   = 'E' // dh
)

// rule rewrites a spelling at the current position.
type rule struct {
	from string
	to   string
}

// rules are tried longest first at each position.
var rules = []rule{
	{"schtsch", "Q"}, {"chtch", "Q"}, {"shtch", "Q"}, {"shch", "Q"}, {"szcz", "Q"},
	{"tsch", "T"}, {"dsch", "D"}, {"dzh", "D"}, {"sch", "S"}, {"tch", "T"},
	{"tsh", "T"}, {"dj", "D"}, {"sh", "S"}, {"sz", "S"}, {"zh", "Z"},
	{"kh", "X"}, {"ch", "C"}, {"cz", "T"}, {"gh", "G"}, {"th", "P"},
	{"dh", "E"}, {"ph", "f"}, {"ts", "W"}, {"tz", "W"}, {"ck", "k"},
	{"ou", "u"},
}

// rulesByFirst indexes rules by their first byte.
var rulesByFirst [256][]rule

func init() {
	for _, r := range rules {
		rulesByFirst[r.from[0]] = append(rulesByFirst[r.from[0]], r)
	}
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// canonToken maps one richly folded token to its canonical spelling.
func canonToken(t string) string {
	out := make([]byte, 0, len(t)+2)
	// Polish final -ck after a vowel is ts-k: Donieck, Łuck.
	if l := len(t); l > 3 && t[l-2:] == "ck" && isVowel(t[l-3]) {
		t = t[:l-2] + "tsk"
	}
	n := len(t)
	for i := 0; i < n; {
		c := t[i]
		matched := false
		for _, r := range rulesByFirst[c] {
			if strings.HasPrefix(t[i:], r.from) {
				out = append(out, r.to...)
				i += len(r.from)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		next := byte(0)
		if i+1 < n {
			next = t[i+1]
		}
		switch {
		case c == 'h' && next == 's' && i == 0: // Wade-Giles hs = pinyin x
			out = append(out, 'x')
			i += 2
			continue
		case (c == 'q' || c == 'g') && next == 'u' && i+2 < n && (t[i+2] == 'e' || t[i+2] == 'i'):
			if c == 'q' {
				out = append(out, 'k')
			} else {
				out = append(out, 'g')
			}
			i += 2
			continue
		case c == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				out = append(out, symTS)
			} else {
				out = append(out, 'k')
			}
		case c == 'q':
			out = append(out, 'k')
		case c == 'w':
			out = append(out, 'v')
		case c == 'j' && i == 0 && next != 0 && !isVowel(next):
			out = append(out, symKH) // Spanish Jrushchov, Jruschov
		case c == 'j':
			out = append(out, symJ)
		case c == 'x':
			if i == 0 {
				out = append(out, 'x') // pinyin x
			} else {
				out = append(out, 'k', 's')
			}
		default:
			out = append(out, c)
		}
		i++
	}
	// Collapse doubled symbols: Muhammad/Muhamad, Assad/Asad. Only ASCII
	// bytes: the bytes of a rune from another script are left whole.
	w := 0
	for r := 0; r < len(out); r++ {
		if w > 0 && out[w-1] == out[r] && out[r] < 0x80 {
			continue
		}
		out[w] = out[r]
		w++
	}
	out = out[:w]
	// Initial i before a vowel is a consonant: Ioulia, Ianoukovitch.
	if len(out) > 1 && out[0] == 'i' && isVowel(out[1]) && out[1] != 'i' {
		out[0] = 'y'
	}
	// Final -h after a vowel is silent: Hezbollah/Hezbolá, Haniyeh/Haniye.
	if l := len(out); l > 3 && out[l-1] == 'h' && isVowel(out[l-2]) {
		out = out[:l-1]
	}
	// French -ine for Russian -in: Poutine, Chtchoukine.
	if len(out) > 4 && strings.HasSuffix(string(out), "ine") {
		out = out[:len(out)-1]
	}
	// -off, -ow, -eff, -ew → -ov, -ev.
	if l := len(out); l > 3 && out[l-1] == 'f' && (out[l-2] == 'o' || out[l-2] == 'e') {
		out[l-1] = 'v'
	}
	// Russian ё: the surname endings -ev and -ov are one (Khrushchev/
	// Jrushchov); short words keep theirs (Kiev).
	if l := len(out); l >= 6 && out[l-1] == 'v' && out[l-2] == 'e' {
		out[l-2] = 'o'
	}
	// Final -y, -i, -ij, -iy, -yy, -yj, -ii → -i.
	if l := len(out); l > 2 {
		k := l
		for k > 1 && (out[k-1] == 'i' || out[k-1] == 'y' || out[k-1] == symJ) {
			k--
		}
		if k < l {
			out = append(out[:k], 'i')
		}
	}
	return string(out)
}

// articles are Arabic definite articles written as separate tokens
// (al-Assad, el-Sisi, ash-Shara); they are dropped before a following token.
var articles = map[string]bool{
	"al": true, "el": true, "ul": true, "ad": true, "as": true, "ash": true,
	"ar": true, "az": true, "an": true, "at": true, "ath": true, "ed": true,
	"es": true, "ez": true, "er": true, "adh": true, "ud": true,
}

// particles are light tokens inside names (bin, ibn, de, von).
var particles = map[string]bool{
	"bin": true, "ibn": true, "ben": true, "bint": true, "ould": true, "abu": true,
	"abou": true, "de": true, "da": true, "di": true, "do": true, "dos": true,
	"das": true, "del": true, "della": true, "van": true, "von": true, "der": true,
	"den": true, "la": true, "le": true, "du": true, "y": true, "e": true,
}

// abdPrefixes are the spellings of Abd plus the linking article
// (Abdel, Abdul, Abdoul, …). An Abd- name is fused into one token without
// the article: Abdel Fattah, Abd al-Fattah, Abdelfattah → abdfattah.
var abdPrefixes = []string{"abdoul", "abdul", "abdel", "abdal", "abdol", "abdil", "abd"}

// fuseAbd rewrites the Abd- names of a word list in place.
func fuseAbd(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		for _, p := range abdPrefixes {
			if w == p && i+1 < len(words) {
				w = "abd" + words[i+1]
				i++
				break
			}
			if len(w) >= len(p)+4 && strings.HasPrefix(w, p) {
				w = "abd" + w[len(p):]
				break
			}
		}
		out = append(out, w)
	}
	return out
}

// token kinds.
const (
	kindName = iota
	kindParticle
	kindPatronymic
)

// tok is one canonical token of a name.
type tok struct {
	c     string  // canonical spelling
	fused string  // canonical spelling of this token fused with the next
	w     float32 // weight: share of its length that counts
	kind  uint8
}

var patronymicEnds = []string{"viC", "viT", "vyC", "vyT", "vna", "iCna", "iTna", "yCna"}

func isPatronymic(c string) bool {
	if len(c) < 6 {
		return false
	}
	for _, e := range patronymicEnds {
		if strings.HasSuffix(c, e) {
			return true
		}
	}
	return false
}

// canonTokens splits and canonicalises a name.
func canonTokens(s string) ([]tok, string) {
	f := foldWith(s, true)
	if f == "" {
		return nil, ""
	}
	raw := strings.Fields(f)
	// Drop articles before another token, then fuse Abd- names.
	words := make([]string, 0, len(raw))
	for i, w := range raw {
		if articles[w] && i+1 < len(raw) {
			continue
		}
		words = append(words, w)
	}
	words = fuseAbd(words)
	toks := make([]tok, 0, len(words))
	for i, w := range words {
		t := tok{c: canonToken(w), w: 1, kind: kindName}
		switch {
		case particles[w] && len(words) > 1:
			t.kind, t.w = kindParticle, 0.3
		case i > 0 && i+1 < len(words) && isPatronymic(t.c):
			t.kind, t.w = kindPatronymic, 0.15
		}
		toks = append(toks, t)
	}
	// Precompute the canonical spelling of adjacent name tokens written
	// as one (Yat-sen / Yatsen, Tse-tung / Zedong).
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].kind == kindName && toks[i+1].kind == kindName {
			toks[i].fused = canonToken(words[i] + words[i+1])
		}
	}
	first := ""
	if len(words) > 0 {
		first = words[0]
	}
	return toks, first
}
