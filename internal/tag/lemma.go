package tag

import (
	"sort"
	"unicode/utf8"
)

// rule rewrites the end of a word: drop strip bytes, then append add.
type rule struct {
	strip int
	add   string
}

func (r rule) apply(s string) string {
	cut := len(s) - r.strip
	if cut < 0 || cut < len(s) && !utf8.RuneStart(s[cut]) {
		return s
	}
	return s[:cut] + r.add
}

type formKey struct {
	tag  uint16
	form string
}

// lemmatizer maps a word and its tags to a lemma. Lookup order: the exact
// (UPOS, form) table (for case-keeping tags only), the (UPOS, lowercased
// form) table, then the longest
// matching suffix rule for the Penn tag, then for the UPOS tag. The tables
// only hold words the rules get wrong.
type lemmatizer struct {
	tags    []string          // tag keys: UPOS values and "x:"+XPOS values
	tagID   map[string]uint16 // inverse of tags
	exact   map[formKey]string
	lowered map[formKey]string
	rules   map[formKey]rule // key form is a lowercased suffix
	maxSuf  int              // longest suffix in runes
}

// keepCase reports whether lemmas of this tag keep the form's letter case.
func keepCase(upos, xpos string) bool { return upos == "PROPN" || xpos == "NNP" || xpos == "NNPS" }

func (lm *lemmatizer) lemma(word, upos, xpos string) string {
	n := normalise(word)
	u, ok := lm.tagID[upos]
	// The exact table only holds words seen with a case-keeping tag, so it
	// is consulted only for those: GUM's "Great" ADJ/NNP (in a name) must
	// not make a sentence-initial "Great" ADJ/JJ keep its capital.
	if ok && keepCase(upos, xpos) {
		if v, ok := lm.exact[formKey{u, n}]; ok {
			return v
		}
	}
	l := lower(n)
	if ok {
		if v, ok := lm.lowered[formKey{u, l}]; ok {
			return v
		}
	}
	return lm.byRule(n, l, upos, xpos)
}

func (lm *lemmatizer) byRule(n, l, upos, xpos string) string {
	src := l
	if keepCase(upos, xpos) && len(n) == len(l) {
		src = n
	}
	if xpos != "" {
		if id, ok := lm.tagID["x:"+xpos]; ok {
			if r, ok := lm.find(id, l); ok {
				return r.apply(src)
			}
		}
	}
	if id, ok := lm.tagID[upos]; ok {
		if r, ok := lm.find(id, l); ok {
			return r.apply(src)
		}
	}
	return src
}

// find returns the rule of the longest suffix of l (shorter than l itself)
// that has one.
func (lm *lemmatizer) find(tag uint16, l string) (rule, bool) {
	k := min(lm.maxSuf, utf8.RuneCountInString(l)-1)
	for ; k >= 0; k-- {
		if r, ok := lm.rules[formKey{tag, suffix(l, k)}]; ok {
			return r, true
		}
	}
	return rule{}, false
}

// lemmaObs is one training token for the lemmatiser.
type lemmaObs struct{ form, upos, xpos, lemma string }

// trainLemmatizer learns suffix rules from word types (so that they reflect
// how unseen words behave) and keeps as exceptions the seen words whose
// majority lemma the rules do not produce.
func trainLemmatizer(obs []lemmaObs, maxSuf, minSupport int) *lemmatizer {
	lm := &lemmatizer{tagID: map[string]uint16{}, exact: map[formKey]string{}, lowered: map[formKey]string{}, rules: map[formKey]rule{}, maxSuf: maxSuf}
	id := func(tag string) uint16 {
		if v, ok := lm.tagID[tag]; ok {
			return v
		}
		lm.tagID[tag] = uint16(len(lm.tags))
		lm.tags = append(lm.tags, tag)
		return lm.tagID[tag]
	}
	// Sort the tag keys so ids do not depend on corpus order.
	var tagNames []string
	seen := map[string]bool{}
	for _, o := range obs {
		for _, k := range []string{o.upos, "x:" + o.xpos} {
			if !seen[k] {
				seen[k] = true
				tagNames = append(tagNames, k)
			}
		}
	}
	sort.Strings(tagNames)
	for _, k := range tagNames {
		id(k)
	}

	// Majority lemma per (tag, source form), for rules; per (UPOS, form)
	// for the tables.
	type typeKey struct {
		tag      uint16
		src, low string
	}
	typeCounts := map[typeKey]map[string]int{}
	exactCounts := map[formKey]map[string]int{}
	lowCounts := map[formKey]map[string]int{}
	xposCounts := map[formKey]map[string]int{} // (UPOS, form) → XPOS counts
	bump := func(m map[string]int, k string) { m[k]++ }
	for _, o := range obs {
		n := normalise(o.form)
		l := lower(n)
		lemma := normalise(o.lemma)
		src := l
		kc := keepCase(o.upos, o.xpos) && len(n) == len(l)
		if kc {
			src = n
		}
		for _, tag := range []uint16{lm.tagID[o.upos], lm.tagID["x:"+o.xpos]} {
			k := typeKey{tag, src, l}
			if typeCounts[k] == nil {
				typeCounts[k] = map[string]int{}
			}
			bump(typeCounts[k], lemma)
		}
		u := lm.tagID[o.upos]
		var fk formKey
		var tbl map[formKey]map[string]int
		if kc {
			fk, tbl = formKey{u, n}, exactCounts
		} else {
			fk, tbl = formKey{u, l}, lowCounts
		}
		if tbl[fk] == nil {
			tbl[fk] = map[string]int{}
			xposCounts[fk] = map[string]int{}
		}
		bump(tbl[fk], lemma)
		bump(xposCounts[fk], o.xpos)
	}

	// Rules: count each type's rewrite under every suffix that covers it.
	ruleCounts := map[formKey]map[rule]int{}
	for k, lemmas := range typeCounts {
		lemma := majority(lemmas)
		r := rewrite(k.src, lemma)
		runes := utf8.RuneCountInString(k.low)
		for s := 0; s <= min(maxSuf, runes-1); s++ {
			suf := suffix(k.low, s)
			if len(suf) < r.strip {
				continue
			}
			rk := formKey{k.tag, suf}
			if ruleCounts[rk] == nil {
				ruleCounts[rk] = map[rule]int{}
			}
			ruleCounts[rk][r]++
		}
	}
	for rk, rs := range ruleCounts {
		total := 0
		for _, c := range rs {
			total += c
		}
		if total < minSupport && rk.form != "" {
			continue
		}
		lm.rules[rk] = bestRule(rs)
	}
	// Drop rules that say the same as the next shorter suffix.
	var redundant []formKey
	for rk, r := range lm.rules {
		if rk.form == "" {
			continue
		}
		_, size := utf8.DecodeRuneInString(rk.form)
		if p, ok := lm.rules[formKey{rk.tag, rk.form[size:]}]; ok && p == r {
			redundant = append(redundant, rk)
		}
	}
	for _, rk := range redundant {
		delete(lm.rules, rk)
	}

	// Tables: keep seen words whose majority lemma the rules miss, with or
	// without the Penn tag.
	wrong := func(fk formKey, want string, xposes map[string]int) bool {
		upos := lm.tags[fk.tag]
		n := fk.form
		l := lower(n)
		if lm.byRule(n, l, upos, "") != want {
			return true
		}
		for x := range xposes {
			if lm.byRule(n, l, upos, x) != want {
				return true
			}
		}
		return false
	}
	for fk, lemmas := range lowCounts {
		if want := majority(lemmas); wrong(fk, want, xposCounts[fk]) {
			lm.lowered[fk] = want
		}
	}
	for fk, lemmas := range exactCounts {
		want := majority(lemmas)
		if v, ok := lm.lowered[formKey{fk.tag, lower(fk.form)}]; ok {
			if v != want {
				lm.exact[fk] = want
			}
			continue
		}
		if wrong(fk, want, xposCounts[fk]) {
			lm.exact[fk] = want
		}
	}
	return lm
}

// rewrite is the suffix rule that turns src into lemma.
func rewrite(src, lemma string) rule {
	p := 0
	for p < len(src) && p < len(lemma) && src[p] == lemma[p] {
		p++
	}
	for p > 0 && (p < len(src) && !utf8.RuneStart(src[p]) || p < len(lemma) && !utf8.RuneStart(lemma[p])) {
		p--
	}
	return rule{strip: len(src) - p, add: lemma[p:]}
}

func majority(m map[string]int) string {
	best, bc := "", -1
	for k, c := range m {
		if c > bc || c == bc && k < best {
			best, bc = k, c
		}
	}
	return best
}

func bestRule(m map[rule]int) rule {
	var best rule
	bc := -1
	for r, c := range m {
		if c > bc || c == bc && (r.strip < best.strip || r.strip == best.strip && r.add < best.add) {
			best, bc = r, c
		}
	}
	return best
}

// write serialises the lemmatiser deterministically.
func (lm *lemmatizer) write(e *enc) {
	e.strs(lm.tags)
	e.u(uint64(lm.maxSuf))
	for _, tbl := range []map[formKey]string{lm.exact, lm.lowered} {
		keys := sortedFormKeys(tbl)
		e.u(uint64(len(keys)))
		for _, k := range keys {
			e.u(uint64(k.tag))
			e.str(k.form)
			e.str(tbl[k])
		}
	}
	keys := sortedFormKeys(lm.rules)
	e.u(uint64(len(keys)))
	for _, k := range keys {
		r := lm.rules[k]
		e.u(uint64(k.tag))
		e.str(k.form)
		e.u(uint64(r.strip))
		e.str(r.add)
	}
}

func readLemmatizer(d *dec) *lemmatizer {
	lm := &lemmatizer{tagID: map[string]uint16{}, exact: map[formKey]string{}, lowered: map[formKey]string{}, rules: map[formKey]rule{}}
	lm.tags = d.strs()
	for i, t := range lm.tags {
		lm.tagID[t] = uint16(i)
	}
	lm.maxSuf = d.n()
	tag := func() uint16 {
		v := d.u()
		if v >= uint64(len(lm.tags)) {
			d.fail("lemma tag out of range")
		}
		return uint16(v)
	}
	for _, tbl := range []map[formKey]string{lm.exact, lm.lowered} {
		n := d.n()
		for i := 0; i < n && d.err == nil; i++ {
			k := formKey{tag(), d.str()}
			tbl[k] = d.str()
		}
	}
	n := d.n()
	for i := 0; i < n && d.err == nil; i++ {
		k := formKey{tag(), d.str()}
		lm.rules[k] = rule{strip: d.n(), add: d.str()}
	}
	return lm
}

func sortedFormKeys[V any](m map[formKey]V) []formKey {
	ks := make([]formKey, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].tag != ks[j].tag {
			return ks[i].tag < ks[j].tag
		}
		return ks[i].form < ks[j].form
	})
	return ks
}
