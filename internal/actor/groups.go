package actor

import (
	"strings"

	"github.com/parley-news/parley/internal/actor/kb"
)

// groupNouns are the heads of noun phrases that, modified by a nationality
// or a country ("Russian diplomats", "US officials", "Palestinian police",
// "the Ukrainian forces"), stand for the state or one of its bodies. The
// value says which kind of body the noun may name: "military" nouns are
// looked up as the country's armed forces ("Russian troops" → RUS.AF) when
// the knowledge base has them; "people" nouns name a non-state group of the
// country (subGroup); the others resolve to the country itself as a
// metonym.
var groupNouns = map[string]string{
	"official": "", "officials": "", "diplomat": "", "diplomats": "",
	"police": "police", "policemen": "police", "authorities": "",
	"forces": "military", "force": "military", "troops": "military", "army": "military",
	"military": "military", "soldiers": "military", "servicemen": "military",
	"navy": "military", "militaries": "military",
	"negotiators": "", "mediators": "", "delegation": "", "delegations": "", "delegates": "", "envoys": "",
	"leaders": "", "leadership": "", "ministers": "", "lawmakers": "",
	"legislators": "", "politicians": "", "prosecutors": "", "investigators": "",
	"intelligence": "", "regime": "", "sources": "", "spokesmen": "",
	"side": "", "government": "", "administration": "", "state": "",
	"parliament": "", "officers": "", "agents": "", "personnel": "", "commanders": "",
	"generals": "", "units": "", "warplanes": "military", "jets": "military",
	"peacekeepers": "", "guards": "",
	// offices of the state: the knowledge base's body when it names one
	// ("the Ukrainian presidency" → UKR.PRES), else the country
	"presidency": "", "embassy": "", "cabinet": "", "ministry": "",
	// people who are not the state ("people"): a group actor of its own
	// with the country as its country (subGroup), which event data that
	// codes by country still reads as the country ("French farmers" → FRA)
	"farmers": "people", "workers": "people", "students": "people", "protesters": "people", "demonstrators": "people",
	"activists": "people", "rebels": "people", "refugees": "people", "civilians": "people", "citizens": "people",
	"immigrants": "people", "migrants": "people", "prisoners": "people", "guerrillas": "people", "militants": "people",
	"fighters": "people", "separatists": "people", "nationals": "people", "businessmen": "people",
	"journalists": "people", "fishermen": "people", "settlers": "people", "residents": "people", "opposition": "people",
}

// nonState reports whether w is the group noun of people who are not the
// state: "the Zimbabwean opposition", "French farmers", "Palestinian
// militants" (groupNouns value "people").
func nonState(w string) bool { return groupNouns[w] == "people" }

// nonStateNoun returns the non-state group noun of the group phrase at
// tokens [lo,hi) ("opposition" also when it only modifies the head:
// "the Zimbabwean opposition leaders"), or "".
func (r *resolver) nonStateNoun(lo, hi int) string {
	for i := lo; i < hi; i++ {
		if r.low[i] == "opposition" {
			return "opposition"
		}
	}
	if w := r.low[hi-1]; nonState(w) {
		return w
	}
	return ""
}

// coordinatedNonState adds the non-state group coordinated after a group
// phrase of country c that ends at token end: "the Zimbabwean government
// and (the) opposition" → a mention of the Zimbabwean opposition over
// "opposition". A noun after it ("and opposition leader Ann Lee") makes
// it a title, not the group.
func (r *resolver) coordinatedNonState(c *kb.Entry, end int) {
	n := len(r.d.Tokens)
	if r.quiet || end+1 >= n || r.low[end] != "and" {
		return
	}
	j := end + 1
	if r.low[j] == "the" || r.low[j] == "its" {
		j++
	}
	if j >= n || r.d.Tokens[j].Sentence != r.d.Tokens[end].Sentence || !nonState(r.low[j]) {
		return
	}
	if k := j + 1; k < n && r.d.Tokens[k].Sentence == r.d.Tokens[j].Sentence {
		if u := r.d.Tokens[k].UPOS; u == "NOUN" || u == "PROPN" {
			return
		}
	}
	for _, m := range r.ments {
		if m.lo <= j && j < m.hi {
			return
		}
	}
	r.addMention(r.subGroup(c, r.low[j]), j, j+1, HowTitle)
}

// possessiveNonState adds "Zimbabwe's opposition", "France's farmers":
// a non-state group after the possessive of country c (tokens [pos+1,
// end)), as a mention over [lo,end) of the group actor. It reports
// whether it added one.
func (r *resolver) possessiveNonState(c *kb.Entry, lo, pos, end int) bool {
	last := r.low[end-1]
	_, group := groupNouns[last]
	if !nonState(last) && !(group && r.nonStateNoun(pos+1, end) == "opposition") {
		return false
	}
	r.addMention(r.subGroup(c, r.nonStateNoun(pos+1, end)), lo, end, HowName)
	return true
}

// subGroup returns the group actor for a non-state group of country c:
// "new:group:<country code>-<noun>" named "<demonym> <noun>" ("Zimbabwean
// opposition"), of kind group, with c as its country. The id depends only
// on the country and the noun, so "Zimbabwe's opposition" elsewhere is the
// same actor.
func (r *resolver) subGroup(c *kb.Entry, noun string) *act {
	id := "new:group:" + strings.ToLower(c.ID) + "-" + noun
	if a := r.byID[id]; a != nil {
		return a
	}
	name := c.Name + " " + noun
	if len(c.Demonyms) > 0 {
		name = c.Demonyms[0] + " " + noun
	}
	a := &act{id: id, name: name, kind: "group", country: c.ID}
	r.byID[id] = a
	r.acts = append(r.acts, a)
	return a
}

// groupModifiers may stand between the nationality and the group noun:
// "Russian armed forces", "Ukrainian security forces", "US government
// officials".
var groupModifiers = map[string]bool{
	"armed": true, "security": true, "government": true, "military": true,
	"defence": true, "defense": true, "senior": true, "top": true, "special": true,
	"border": true, "state": true, "foreign": true, "ministry": true,
	"occupation": true, "occupying": true, "regular": true, "federal": true,
	"army": true, "police": true, "navy": true, "intelligence": true, "air": true,
	"opposition": true, "elite": true, "riot": true, "paramilitary": true,
}

// groupNP reads a group noun phrase built on the country mention at tokens
// [lo,hi): "(the) Russian diplomats", "US officials", "the Ukrainian armed
// forces". It returns the phrase's token range (with a leading determiner)
// and the actor it stands for: a body of the country the knowledge base
// names by the phrase ("Russian forces" → the armed forces), else the
// country; ok=false when no group noun follows.
func (r *resolver) groupNP(c *kb.Entry, lo, hi int) (plo, phi int, a *act, how string, ok bool) {
	n := len(r.d.Tokens)
	if c == nil || c.Kind != "country" || hi >= n {
		return 0, 0, nil, "", false
	}
	s := r.d.Tokens[hi-1].Sentence
	end := -1
	for j := hi; j < n && j <= hi+2 && r.d.Tokens[j].Sentence == s; j++ {
		w := r.low[j]
		if _, g := groupNouns[w]; g || r.peopleWord(j) {
			// the longest run: "government officials", "security forces"
			end = j + 1
			if j+1 < n && r.d.Tokens[j+1].Sentence == s {
				if _, g2 := groupNouns[r.low[j+1]]; g2 && groupModifiers[w] {
					continue
				}
			}
			break
		}
		if !groupModifiers[w] {
			break
		}
	}
	if end < 0 {
		return 0, 0, nil, "", false
	}
	head := end - 1
	if u := r.d.Tokens[head].UPOS; u != "" && u != "NOUN" && u != "PROPN" && u != "ADJ" && u != "VERB" {
		return 0, 0, nil, "", false
	}
	if end < n && r.d.Tokens[end].Sentence == s {
		// the group noun modifies another noun ("Russian military
		// equipment", "US state media"): not a group phrase
		if u := r.d.Tokens[end].UPOS; u == "NOUN" || u == "PROPN" {
			if _, g := groupNouns[r.low[end]]; !g {
				return 0, 0, nil, "", false
			}
		}
		if r.low[end] == "'s" || r.low[end] == "’s" {
			return 0, 0, nil, "", false
		}
	}
	if r.parsed {
		// the nationality must modify the group noun, not another word
		hd := r.d.Tokens[hi-1].Head
		if hd >= 0 && (hd < hi || hd >= end) && hd != hi-1 {
			// "American and Russian negotiators": a conjunct of the
			// nationality that modifies the noun
			if h2 := r.d.Tokens[hd].Head; r.d.Tokens[hi-1].Deprel != "conj" || h2 < hi || h2 >= end {
				return 0, 0, nil, "", false
			}
		}
	}
	plo = lo
	if lo > 0 && r.d.Tokens[lo-1].Sentence == s && (r.low[lo-1] == "the" || r.low[lo-1] == "these" || r.low[lo-1] == "those") {
		plo = lo - 1
	}
	if g := r.nonStateNoun(hi, end); g != "" {
		return plo, end, r.subGroup(c, g), HowName, true
	}
	r.coordinatedNonState(c, end)
	// a body of the country named by the phrase
	words := r.d.Text[r.d.Tokens[hi].Start:r.d.Tokens[end-1].End]
	cands := []string{r.d.Text[r.d.Tokens[lo].Start:r.d.Tokens[end-1].End]}
	for _, dm := range c.Demonyms {
		cands = append(cands, dm+" "+words)
	}
	if groupNouns[r.low[head]] == "military" {
		for _, dm := range c.Demonyms {
			cands = append(cands, dm+" armed forces", dm+" military")
		}
	}
	for _, cand := range cands {
		for _, en := range r.k.ByName(cand) {
			if en.Kind != "country" && countryOf(en) == c.ID {
				return plo, end, r.fromEntry(en), HowAlias, true
			}
		}
	}
	return plo, end, r.fromEntry(c), HowMetonym, true
}

// appositions adds, for each name mention whose head noun has a nominal
// apposition ("Ann Lee, a professor at the university,", "Acme, the
// company that makes it"), a mention of the same actor over the
// apposition's phrase (How title). It needs the parse; appositions that
// are names themselves are entities of their own and left alone.
func (r *resolver) appositions() {
	if !r.parsed {
		return
	}
	n := len(r.d.Tokens)
	starts := map[int]bool{}
	for _, m := range r.ments {
		starts[m.lo] = true
	}
	for _, m := range append([]*mention{}, r.ments...) {
		if m.how != HowName && m.how != HowAlias {
			continue
		}
		h := -1
		for i := m.lo; i < m.hi; i++ {
			if hd := r.d.Tokens[i].Head; hd < m.lo || hd >= m.hi {
				h = i
				break
			}
		}
		if h < 0 {
			continue
		}
		s := r.d.Tokens[h].Sentence
		for c := m.hi; c < n && c < m.hi+12 && r.d.Tokens[c].Sentence == s; c++ {
			t := r.d.Tokens[c]
			if t.Head != h || t.Deprel != "appos" || t.UPOS != "NOUN" {
				continue
			}
			lo, hi := r.subtree(c)
			if lo <= m.hi-1 || hi-lo > 12 || starts[lo] {
				break
			}
			for lo < hi && r.d.Tokens[lo].UPOS == "PUNCT" {
				lo++
			}
			for hi > lo && r.d.Tokens[hi-1].UPOS == "PUNCT" {
				hi--
			}
			if lo >= hi {
				break
			}
			other := false // "the Assembly, Iranian president Mahmoud Ahmadinejad": a name of its own inside
			for _, o := range r.ments {
				if o.a != m.a && o.lo >= lo && o.hi <= hi && o.a.kind == "person" {
					other = true
					break
				}
			}
			if other {
				break
			}
			r.addMention(m.a, lo, hi, HowTitle)
			starts[lo] = true
			break
		}
	}
}

// subtree returns the token range [lo,hi) of token i's dependents within
// its sentence (the parse is projective enough for a phrase).
func (r *resolver) subtree(i int) (int, int) {
	lo, hi := i, i+1
	s := r.d.Tokens[i].Sentence
	in := func(j int) bool {
		for k, steps := j, 0; k >= 0 && steps < 50; steps++ {
			if k == i {
				return true
			}
			hd := r.d.Tokens[k].Head
			if hd == k || hd < 0 || r.d.Tokens[hd].Sentence != s {
				return false
			}
			k = hd
		}
		return false
	}
	for j := i - 1; j >= 0 && r.d.Tokens[j].Sentence == s && in(j); j-- {
		lo = j
	}
	for j := i + 1; j < len(r.d.Tokens) && r.d.Tokens[j].Sentence == s && in(j); j++ {
		hi = j + 1
	}
	return lo, hi
}

// peopleWord reports whether token j is a plural word of a NORP entity
// naming a people that is no country's demonym ("Iraqi Kurds", "Bosnian
// Serbs"): the group of that people in the country before it.
func (r *resolver) peopleWord(j int) bool {
	e := r.entityOf(j)
	if e < 0 || r.ents[e].Type != "NORP" || !strings.HasSuffix(r.low[j], "s") || r.k.Demonym(r.low[j]) != nil {
		return false
	}
	lo, hi, ok := r.tokRange(r.ents[e].Span)
	return ok && lo == j && hi == j+1
}

// coordinatedGroup reads "Hungarian and Romanian officials", "the Russian
// and US delegations": a nationality at [lo,hi) followed by "and"/"or" and
// another nationality or country name heading a group phrase. The first one stands for its country on its own.
func (r *resolver) coordinatedGroup(lo, hi int) bool {
	n := len(r.d.Tokens)
	if hi+1 >= n || (r.low[hi] != "and" && r.low[hi] != "or" && r.low[hi] != ",") {
		return false
	}
	s := r.d.Tokens[lo].Sentence
	j := hi + 1
	if r.d.Tokens[j].Sentence != s {
		return false
	}
	jhi := j + 1
	if e := r.entityOf(j); e >= 0 {
		// "South Korean": the whole name of the other nationality
		if elo, ehi, ok := r.tokRange(r.ents[e].Span); ok && elo == j {
			jhi = ehi
		}
	}
	c := r.countryWord(r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[jhi-1].End])
	if c == nil || c.Kind != "country" {
		return false
	}
	for k := jhi; k < n && k <= jhi+2 && r.d.Tokens[k].Sentence == s; k++ {
		if _, g := groupNouns[r.low[k]]; g {
			return true
		}
		if !groupModifiers[r.low[k]] {
			return false
		}
	}
	return false
}

// descriptors adds, before a person's name, the common nouns that describe
// the person in the same noun phrase ("English captain Harry Kane",
// "LibriVox founder Hugh McGuire", "cultural anthropologist Clifford
// Geertz") as a title mention of that person: a lower-case noun right
// before the name, with the nouns, adjectives and names just before it;
// a determiner, a mention or another sentence ends it.
func (r *resolver) descriptors() {
	if !r.parsed {
		return
	}
	covered := r.covered(false)
	for _, m := range append([]*mention{}, r.ments...) {
		if m.how != HowName || m.a.kind != "person" || m.lo == 0 {
			continue
		}
		j := m.lo - 1
		t := r.d.Tokens[j]
		if covered[j] || t.Sentence != r.d.Tokens[m.lo].Sentence || t.UPOS != "NOUN" || r.capitalised(j) || !r.personLike(j) {
			continue
		}
		lo := j
		for lo > 0 && !covered[lo-1] && r.d.Tokens[lo-1].Sentence == t.Sentence {
			if u := r.d.Tokens[lo-1].UPOS; u == "NOUN" || u == "ADJ" || u == "PROPN" {
				lo--
				continue
			}
			break
		}
		r.addMention(m.a, lo, j+1, HowTitle)
		for i := lo; i <= j; i++ {
			covered[i] = true
		}
	}
}

// personLike reports whether the noun at token j names a kind of person:
// a person noun, or a noun ending like one ("founder", "anthropologist",
// "guardian", "defendant").
func (r *resolver) personLike(j int) bool {
	w := r.low[j]
	if _, ok := personNouns[w]; ok {
		return true
	}
	if notPersonNouns[w] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ess"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// notPersonNouns are common nouns that end like a person noun (personLike)
// and are not one.
var notPersonNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`center centre mirror number matter order water power paper letter corner border summer
		winter chapter character computer river error floor door color colour factor sector minor
		manner answer layer filter cluster meter metre theater theatre weather shelter counter
		monitor motor tractor mirror vector chamber cancer fever dinner lunch shoulder finger tower
		flower butter corridor behavior behaviour honor honour labor labour favor favour horror
		humor humour rumor terror vapor event content moment element comment segment agreement
		government movement department apartment statement management development environment
		treatment equipment investment argument document instrument payment settlement parliament
		tournament achievement assessment commitment employment entertainment experiment improvement
		judgment measurement requirement restaurant plant giant elephant distant component percent
		talent incident accident evident present business process success access address progress
		congress stress dress press class glass grass mass coffee fee degree tree guarantee jubilee
		german roman ocean median`) {
		notPersonNouns[w] = true
	}
}

// predicates adds the noun phrase of a copular clause whose subject is a
// person mention and whose predicate names a kind of person ("Lee is a
// French actress", "She was one of the first writers") as a title mention
// of that person, as appositions do ("became", "remained" count as
// copulas: "She became the first woman to …"): the phrase runs from after
// the copula
// to the end of the predicate's subtree, less a coordinated verb phrase
// or clause ("… and died in 2017"). Negated and questioned predicates are
// left alone.
func (r *resolver) predicates() {
	if !r.parsed {
		return
	}
	n := len(r.d.Tokens)
	mentionAt := make([]*mention, n)
	covered := make([]bool, n) // by a person's mention
	for _, m := range r.ments {
		for k := m.lo; k < m.hi; k++ {
			if m.a.kind == "person" {
				covered[k] = true
			}
			if mentionAt[k] == nil || m.hi-m.lo < mentionAt[k].hi-mentionAt[k].lo {
				mentionAt[k] = m
			}
		}
	}
	for h := 0; h < n; h++ {
		t := r.d.Tokens[h]
		if covered[h] {
			continue
		}
		head := h
		if r.low[h] == "one" {
			// "one of the first writers": the noun after "of"
			head = -1
			for k := h + 1; k < n && k < h+8 && r.d.Tokens[k].Sentence == t.Sentence; k++ {
				if r.d.Tokens[k].Head == h && r.d.Tokens[k].UPOS == "NOUN" {
					head = k
					break
				}
			}
			if head < 0 {
				continue
			}
		} else if t.UPOS != "NOUN" {
			continue
		}
		if !r.personLike(head) {
			continue
		}
		cop, subj, neg := -1, -1, false
		for k := h - 1; k >= 0 && r.d.Tokens[k].Sentence == t.Sentence; k-- {
			c := r.d.Tokens[k]
			if c.Head != h {
				continue
			}
			switch {
			case c.Deprel == "cop":
				cop = k
			case c.Deprel == "nsubj":
				subj = k
			case c.Deprel == "advmod" && (r.low[k] == "not" || r.low[k] == "n't" || r.low[k] == "never"):
				neg = true
			}
		}
		if v := t.Head; cop < 0 && t.Deprel == "xcomp" && v >= 0 && v < h && becomeVerbs[r.low[v]] {
			// "She became the first woman to …": the verb stands for the
			// copula, its subject for the clause's
			cop = v
			for k := v - 1; k >= 0 && r.d.Tokens[k].Sentence == t.Sentence; k-- {
				if c := r.d.Tokens[k]; c.Head == v && strings.HasPrefix(c.Deprel, "nsubj") {
					subj = k
				} else if c.Head == v && c.Deprel == "advmod" && (r.low[k] == "not" || r.low[k] == "n't" || r.low[k] == "never") {
					neg = true
				}
			}
		}
		if cop < 0 || subj < 0 || subj > cop || neg || mentionAt[subj] == nil || mentionAt[subj].a.kind != "person" {
			continue
		}
		// the phrase starts at the first dependent of the head after the
		// copula that is not an adverb, a preposition or punctuation
		lo := cop + 1
		for lo < h {
			c := r.d.Tokens[lo]
			if c.Head == h && c.Deprel != "advmod" && c.Deprel != "case" && c.UPOS != "PUNCT" {
				break
			}
			lo++
		}
		a := mentionAt[subj].a
		r.predicate(a, lo, h, covered)
		// "an American linguist and a professor of linguistics": each
		// conjunct with a determiner naming a kind of person is a mention
		// of its own ("an actress, singer and director" is one)
		for k := h + 1; k < n && r.d.Tokens[k].Sentence == t.Sentence; k++ {
			c := r.d.Tokens[k]
			if c.Head == h && c.Deprel == "conj" && c.UPOS == "NOUN" && r.personLike(k) && r.hasDet(k) {
				clo, _ := r.subtree(k)
				for clo < k && (r.d.Tokens[clo].Deprel == "cc" || r.d.Tokens[clo].UPOS == "PUNCT") {
					clo++
				}
				r.predicate(a, clo, k, covered)
			}
		}
	}
}

// predicate adds the noun phrase from token lo to the end of the noun
// phrase headed by token h (its first conjunct) as a title mention of a,
// unless it holds a person's mention or crosses another mention.
func (r *resolver) predicate(a *act, lo, h int, covered []bool) {
	n := len(r.d.Tokens)
	t := r.d.Tokens[h]
	// the phrase ends with the last dependent of the head that stays in
	// the noun phrase, before any that does not or a conjunct
	hi := h + 1
	for k := h + 1; k < n && k < h+40 && r.d.Tokens[k].Sentence == t.Sentence; k++ {
		c := r.d.Tokens[k]
		if c.Head != h {
			continue
		}
		if !npDeprel(c.Deprel) || c.Deprel == "conj" || c.Deprel == "cc" {
			break
		}
		_, chi := r.subtree(k)
		hi = max(hi, chi)
	}
	for hi > lo && (r.d.Tokens[hi-1].UPOS == "PUNCT" || r.d.Tokens[hi-1].Deprel == "cc") {
		hi--
	}
	if hi <= h || hi-lo > 30 || r.d.Tokens[lo].Sentence != t.Sentence {
		return
	}
	for _, m := range r.ments {
		if m.hi > lo && m.lo < hi && (m.a.kind == "person" || m.lo < lo || m.hi > hi) {
			return // a person of its own inside, or a crossing mention
		}
	}
	r.addMention(a, lo, hi, HowTitle)
	for k := lo; k < hi; k++ {
		covered[k] = true
	}
}

// npDeprel reports whether a dependent with this relation stays inside
// the noun phrase of its head.
func npDeprel(rel string) bool {
	if i := strings.IndexByte(rel, ':'); i > 0 {
		rel = rel[:i]
	}
	switch rel {
	case "nmod", "amod", "compound", "acl", "conj", "cc", "det", "case", "punct", "nummod", "flat", "appos", "fixed":
		return true
	}
	return false
}

// hasDet reports whether token h has a determiner dependent.
func (r *resolver) hasDet(h int) bool {
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		if r.d.Tokens[k].Head == h && r.d.Tokens[k].Deprel == "det" {
			return true
		}
	}
	return false
}

// becomeVerbs link a subject to a predicate noun like a copula.
var becomeVerbs = map[string]bool{"become": true, "became": true, "becomes": true, "becoming": true, "remained": true, "remains": true, "remain": true}
