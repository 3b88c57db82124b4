package names

import (
	"strings"
	"unicode/utf8"
)

// Threshold is the Similarity from which Match accepts two names. It,
// TokenThreshold and the edit costs were tuned on the dev half of
// testdata (NAMES_SWEEP=1 go test -run TestSweep -v).
const Threshold = 0.84

// TokenThreshold is the least token similarity Match accepts for every
// pair of aligned tokens of multi-token names. MatchSurname requires
// Threshold for the surname token.
const TokenThreshold = 0.74

// Costs are in tenths of an ordinary edit.
const unit = 10

var (
	subCost   [256][256]uint8
	indelCost [256]uint8
)

// cheap lists substitution costs for known transliteration
// correspondences; all other substitutions cost a full unit (vowel for
// vowel: 6).
var cheap = []struct {
	a, b string
	cost uint8
}{
	// vowels
	{"i", "y", 1}, {"e", "i", 3}, {"e", "y", 3}, {"o", "u", 3}, {"a", "o", 4},
	{"a", "e", 4}, {"e", "o", 6}, {"i", "J", 3}, {"y", "J", 1},
	// sibilants and affricates
	{"s", "z", 2}, {"s", "S", 5}, {"z", "S", 4}, {"s", "Z", 4}, {"z", "Z", 3},
	{"S", "Z", 3}, {"S", "C", 2}, {"S", "Q", 2}, {"S", "T", 4}, {"S", "x", 3},
	{"Z", "J", 2}, {"Z", "D", 3}, {"Z", "C", 5},
	{"C", "T", 1}, {"C", "X", 2}, {"C", "Q", 3}, {"C", "k", 4}, {"C", "h", 3},
	{"C", "W", 3}, {"C", "J", 5}, {"C", "x", 3},
	{"T", "Q", 4}, {"T", "W", 3}, {"T", "D", 4},
	{"Q", "s", 4},
	{"W", "s", 3}, {"W", "z", 2}, {"W", "t", 6},
	{"x", "s", 4}, {"x", "X", 3},
	// velars, glottals
	{"X", "h", 2}, {"X", "k", 3}, {"X", "J", 2}, {"X", "g", 5}, {"X", "G", 4}, {"G", "k", 3},
	{"J", "D", 2}, {"J", "h", 3}, {"J", "g", 5},
	{"D", "g", 4}, {"D", "d", 6},
	{"g", "h", 2}, {"g", "G", 2}, {"g", "k", 4}, {"G", "r", 6}, {"k", "q", 2},
	// others
	{"v", "f", 3}, {"v", "u", 5}, {"b", "p", 5}, {"d", "t", 3},
	{"P", "t", 2}, {"P", "s", 3}, {"E", "d", 2}, {"E", "z", 3},
	{"m", "n", 7},
}

func init() { buildCosts(hardCost, vowelSubCost, vowelIndelCost) }

// hardCost is the cost of an edit that is no known correspondence
// (a consonant for another, an inserted consonant).
const hardCost = 14

// vowelSubCost and vowelIndelCost are the default costs of replacing a
// vowel by another and of inserting or deleting one.
const (
	vowelSubCost   = 7
	vowelIndelCost = 6
)

// buildCosts fills the cost tables.
func buildCosts(hard, vowelSub, vowelIndel uint8) {
	for a := 0; a < 256; a++ {
		indelCost[a] = hard
		for b := 0; b < 256; b++ {
			switch {
			case a == b:
				subCost[a][b] = 0
			case isVowel(byte(a)) && isVowel(byte(b)):
				subCost[a][b] = vowelSub
			default:
				subCost[a][b] = hard
			}
		}
	}
	for _, c := range cheap {
		subCost[c.a[0]][c.b[0]] = c.cost
		subCost[c.b[0]][c.a[0]] = c.cost
	}
	for _, v := range "aeiou" {
		indelCost[v] = vowelIndel
	}
	indelCost['y'] = 3
	indelCost[symJ] = 4
	indelCost['h'] = 4
}

// editCost is the weighted Levenshtein distance between a and b in
// tenths of an edit.
func editCost(a, b string) int {
	if a == b {
		return 0
	}
	var buf [2 * 65]int32
	if len(b) > 64 {
		return weightedLong(a, b)
	}
	prev, cur := buf[:len(b)+1], buf[65:65+len(b)+1]
	prev[0] = 0
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + int32(indelCost[b[j-1]])
	}
	for i := 1; i <= len(a); i++ {
		ca := a[i-1]
		da := int32(indelCost[ca])
		cur[0] = prev[0] + da
		row := &subCost[ca]
		for j := 1; j <= len(b); j++ {
			cb := b[j-1]
			v := prev[j-1] + int32(row[cb])
			if d := prev[j] + da; d < v {
				v = d
			}
			if d := cur[j-1] + int32(indelCost[cb]); d < v {
				v = d
			}
			cur[j] = v
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}

// weightedLong is editCost for long strings.
func weightedLong(a, b string) int {
	prev := make([]int32, len(b)+1)
	cur := make([]int32, len(b)+1)
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + int32(indelCost[b[j-1]])
	}
	for i := 1; i <= len(a); i++ {
		ca := a[i-1]
		da := int32(indelCost[ca])
		cur[0] = prev[0] + da
		for j := 1; j <= len(b); j++ {
			cb := b[j-1]
			v := prev[j-1] + int32(subCost[ca][cb])
			if d := prev[j] + da; d < v {
				v = d
			}
			if d := cur[j-1] + int32(indelCost[cb]); d < v {
				v = d
			}
			cur[j] = v
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}

// endingClash reports two canonical tokens whose endings mark different
// names rather than different spellings: a masculine/feminine pair, where
// one token ends in -a and the other in a consonant or i, o, u
// (Zakharov/Zakharova, Zelensky/Zelenska, Aleksandr/Aleksandra), or a
// nisba/suffix pair, where one ends in -i and the other in a consonant
// (Soleiman/Soleimani, Zarif/Zarifi).
func endingClash(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	ea, eb := a[len(a)-1], b[len(b)-1]
	switch {
	case ea == eb:
		return false
	case ea == 'a':
		return eb != 'e'
	case eb == 'a':
		return ea != 'e'
	case ea == 'i':
		return !isVowel(eb)
	case eb == 'i':
		return !isVowel(ea)
	}
	return false
}

// tokenCost returns the cost of aligning two canonical tokens and the
// token similarity.
func tokenCost(a, b string) (cost int, sim float64) {
	cost = editCost(a, b)
	m := len(a)
	if len(b) > m {
		m = len(b)
	}
	if endingClash(a, b) {
		cost += 3 * m
	}
	if m == 0 {
		return cost, 1
	}
	sim = 1 - float64(cost)/float64(unit*m)
	if sim < 0 {
		sim = 0
	}
	return cost, sim
}

// Name is a parsed name whose canonical form is computed once; use it
// to compare one name with many.
type Name struct {
	toks  []tok
	first string // first folded word, for family-name-first names
}

// Parse folds and canonicalises s for repeated comparisons.
func Parse(s string) Name {
	t, f := canonTokens(s)
	return Name{toks: t, first: f}
}

// Canonical returns the canonical spelling used for comparison, tokens
// separated by spaces (upper-case letters stand for sound classes such
// as S for sh/sch/sz). It is meant for debugging.
func (n Name) Canonical() string {
	parts := make([]string, len(n.toks))
	for i, t := range n.toks {
		parts[i] = t.c
	}
	return strings.Join(parts, " ")
}

// Key returns the phonetic key of the name; see the package function Key.
func (n Name) Key() string {
	if k := n.key(true); k != "" {
		return k
	}
	// A name made only of particles or initials ("e e") keys on all of
	// its tokens, and a name whose skeleton is empty on its canonical form,
	// so that a non-empty name never has an empty key.
	if k := n.key(false); k != "" {
		return k
	}
	return n.Canonical()
}

func (n Name) key(namesOnly bool) string {
	var b strings.Builder
	for _, t := range n.toks {
		if namesOnly && t.kind != kindName && len(n.toks) > 1 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(keyToken(t.c))
	}
	return b.String()
}

// keyToken reduces a canonical token to its consonant-class skeleton:
// vowels, h, g and gh are dropped (g because Ukrainian h is Russian g:
// Luhansk/Lugansk); sibilants, affricates and kh share one class; d/t,
// b/p and f/v are merged; doubles collapse. The ambiguous j (y in German
// and Polish, kh in Spanish, zh in French) is dropped, so Spanish and
// French j-spellings of zh and kh names (Jamenei, Joukov) get keys of
// their own.
func keyToken(c string) string {
	var out [32]byte
	k := 0
	var last byte
	for i := 0; i < len(c) && k < len(out); i++ {
		if c[i] >= utf8.RuneSelf { // another script: keep whole runes
			_, size := utf8.DecodeRuneInString(c[i:])
			if k+size > len(out) {
				break
			}
			k += copy(out[k:], c[i:i+size])
			i += size - 1
			last = 0
			continue
		}
		var m byte
		switch c[i] {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'g', symJ, symGH:
			continue
		case 's', 'z', symSH, symZH, symCH, symTSH, symSHCH, symTS, symKH, 'x', symDZH:
			m = 's'
		case 'd', 't', symTH, symDH:
			m = 't'
		case 'b', 'p':
			m = 'p'
		case 'f', 'v':
			m = 'v'
		default:
			m = c[i]
		}
		if m == last {
			continue
		}
		out[k] = m
		k++
		last = m
	}
	if k == 0 && len(c) > 0 {
		_, size := utf8.DecodeRuneInString(c)
		return c[:size]
	}
	return string(out[:k])
}

// Similarity returns the similarity of two parsed names; see the package
// function Similarity.
func (n Name) Similarity(m Name) float64 {
	return align(n.toks, m.toks).sim
}

// Match reports whether two parsed names are the same; see the package
// function Match.
func (n Name) Match(m Name) bool {
	if len(n.toks) == 0 || len(m.toks) == 0 {
		return false
	}
	if !surnamesClose(n.toks, m.toks) {
		return false
	}
	r := align(n.toks, m.toks)
	return r.sim >= Threshold && r.minTok >= TokenThreshold && r.last >= Threshold
}

// lastName returns the index of the last name token (not a particle or
// patronymic), or -1.
func lastName(t []tok) int {
	for i := len(t) - 1; i >= 0; i-- {
		if t[i].kind == kindName {
			return i
		}
	}
	return -1
}

// surnamesClose is a fast necessary test for Match: the last name tokens
// of a and b, or one of them fused with the token before it, must reach
// Threshold. Most unrelated pairs fail it within a few rows of a bounded
// edit distance.
func surnamesClose(a, b []tok) bool {
	i, j := lastName(a), lastName(b)
	if i < 0 || j < 0 {
		return true // no name token: leave it to align
	}
	if tokenClose(a[i].c, b[j].c) {
		return true
	}
	if i > 0 && a[i-1].fused != "" && tokenClose(a[i-1].fused, b[j].c) {
		return true
	}
	return j > 0 && b[j-1].fused != "" && tokenClose(a[i].c, b[j-1].fused)
}

// minIndel is the cheapest insertion or deletion.
const minIndel = 3

// tokenClose reports whether the token similarity of a and b reaches
// Threshold, stopping the edit distance as soon as it cannot.
func tokenClose(a, b string) bool {
	m := max(len(a), len(b))
	budget := int((1 - Threshold) * float64(unit*m))
	d := len(a) - len(b)
	if d < 0 {
		d = -d
	}
	if d*minIndel > budget {
		return false
	}
	if endingClash(a, b) {
		budget -= 3 * m
		if budget < 0 {
			return false
		}
	}
	return editCostBounded(a, b, budget) <= budget
}

// editCostBounded is editCost, except that it returns some value above
// bound as soon as the distance is known to exceed bound.
func editCostBounded(a, b string, bound int) int {
	if a == b {
		return 0
	}
	if len(b) > 64 {
		return weightedLong(a, b)
	}
	var buf [2 * 65]int32
	prev, cur := buf[:len(b)+1], buf[65:65+len(b)+1]
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + int32(indelCost[b[j-1]])
	}
	lim := int32(bound)
	for i := 1; i <= len(a); i++ {
		ca := a[i-1]
		da := int32(indelCost[ca])
		cur[0] = prev[0] + da
		low := cur[0]
		row := &subCost[ca]
		for j := 1; j <= len(b); j++ {
			cb := b[j-1]
			v := prev[j-1] + int32(row[cb])
			if d := prev[j] + da; d < v {
				v = d
			}
			if d := cur[j-1] + int32(indelCost[cb]); d < v {
				v = d
			}
			cur[j] = v
			if v < low {
				low = v
			}
		}
		if low > lim {
			return bound + 1
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}

// alignment is the outcome of aligning two token sequences.
type alignment struct {
	sim    float64 // name similarity
	minTok float64 // least similarity of an aligned name-token pair
	last   float64 // similarity of the last aligned pair (the surname)
}

// align aligns the tokens of a and b in order, allowing skipped tokens
// and one token against two fused ones (Tse-tung / Zedong).
func align(a, b []tok) alignment {
	if len(a) == 0 || len(b) == 0 {
		if len(a) == 0 && len(b) == 0 {
			return alignment{1, 1, 1}
		}
		return alignment{}
	}
	if len(a) == 1 && len(b) == 1 {
		_, s := tokenCost(a[0].c, b[0].c)
		return alignment{s, s, s}
	}
	var wa, wb float64
	for _, t := range a {
		wa += float64(t.w) * float64(len(t.c))
	}
	for _, t := range b {
		wb += float64(t.w) * float64(len(t.c))
	}
	denom := max(wa, wb) * unit
	n, m := len(a), len(b)
	type cell struct {
		cost         float64
		minTok, last float64
	}
	const inf = 1e18
	var small [64]cell
	var dp []cell
	if (n+1)*(m+1) <= len(small) {
		dp = small[:(n+1)*(m+1)]
	} else {
		dp = make([]cell, (n+1)*(m+1))
	}
	at := func(i, j int) *cell { return &dp[i*(m+1)+j] }
	for i := range dp {
		dp[i] = cell{inf, 1, 0}
	}
	*at(0, 0) = cell{0, 1, 0}
	relax := func(i, j int, cost, tokSim float64, pair bool, from *cell) {
		c := at(i, j)
		nc := from.cost + cost
		mt, last := from.minTok, from.last
		if pair {
			mt = min(mt, tokSim)
			last = tokSim
		}
		if nc < c.cost || (nc == c.cost && (mt > c.minTok || (mt == c.minTok && last > c.last))) {
			c.cost, c.minTok, c.last = nc, mt, last
		}
	}
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			from := at(i, j)
			if from.cost >= inf {
				continue
			}
			if i < n { // skip a[i]
				t := a[i]
				relax(i+1, j, float64(t.w)*float64(unit*len(t.c)), 1, false, from)
			}
			if j < m { // skip b[j]
				t := b[j]
				relax(i, j+1, float64(t.w)*float64(unit*len(t.c)), 1, false, from)
			}
			if i < n && j < m {
				c, s := tokenCost(a[i].c, b[j].c)
				w := max(a[i].w, b[j].w)
				// Particles and patronymics neither veto nor count as
				// the surname.
				relax(i+1, j+1, float64(w)*float64(c), s, w == 1, from)
			}
			if i+1 < n && j < m && a[i].fused != "" && b[j].w == 1 {
				c, s := tokenCost(a[i].fused, b[j].c)
				relax(i+2, j+1, float64(c), s, true, from)
			}
			if j+1 < m && i < n && b[j].fused != "" && a[i].w == 1 {
				c, s := tokenCost(a[i].c, b[j].fused)
				relax(i+1, j+2, float64(c), s, true, from)
			}
		}
	}
	end := at(n, m)
	return alignment{sim: max(0, 1-end.cost/denom), minTok: end.minTok, last: end.last}
}

// surnameCandidates returns the tokens of full that a one-token mention
// may name.
func surnameCandidates(full []tok, first string) []int {
	var idx []int
	last := -1
	for i := len(full) - 1; i >= 0; i-- {
		if full[i].kind == kindName {
			last = i
			break
		}
	}
	if last < 0 {
		return nil
	}
	idx = append(idx, last)
	if len(full) >= 2 && len(full) <= 3 && familyFirst[first] && last != 0 {
		idx = append(idx, 0)
	}
	if len(full) >= 3 {
		for i := 1; i < last; i++ {
			if full[i].kind == kindName {
				idx = append(idx, i)
			}
		}
	}
	return idx
}

// familyFirst holds common Chinese (pinyin and Wade-Giles), Korean and
// Vietnamese family names, which come first in a full name.
var familyFirst = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`xi hsi wang li zhang chang liu chen yang huang
		zhao chao wu zhou chou xu hsu sun ma zhu chu hu guo kuo he ho lin luo lo gao kao
		zheng cheng liang xie hsieh tang han cao tsao deng teng feng mao jiang chiang
		qin chin wen bo po ding ting kong lu peng pan yuan yu song sung dong tung ye
		wei cai tsai qian jin kim lee yi park pak choi choe moon yoon yun nguyen tran
		le pham hoang`) {
		familyFirst[s] = true
	}
}

func matchSurname(mention, full Name) bool {
	mt := mention.toks
	if len(mt) == 0 || len(full.toks) == 0 {
		return false
	}
	// Drop leading particles of the mention (bin Salman → salman is
	// handled by comparing suffixes below).
	if len(mt) > 1 {
		if mention.Match(full) {
			return true
		}
		if len(mt) < len(full.toks) {
			suf := Name{toks: full.toks[len(full.toks)-len(mt):]}
			return mention.Match(suf)
		}
		return false
	}
	for _, i := range surnameCandidates(full.toks, full.first) {
		if _, s := tokenCost(mt[0].c, full.toks[i].c); s >= Threshold {
			return true
		}
	}
	return false
}
