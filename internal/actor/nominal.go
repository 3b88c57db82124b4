package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/names"
)

// personNouns are common nouns for people and groups of people. A noun
// phrase headed by one that the document repeats with a definite
// determiner ("a student … the student", "protesters … the protesters")
// becomes an actor of its own (on unless Options.NoNominals).
var personNouns = map[string]string{}

func init() {
	for _, w := range strings.Fields(`
		man woman boy girl child kid baby person guy lady gentleman
		student teacher professor researcher scientist doctor nurse patient
		worker employee manager owner founder author writer journalist reporter
		editor photographer artist singer actor player coach fan visitor tourist
		resident citizen voter farmer soldier officer policeman detective
		lawyer judge prosecutor suspect victim witness prisoner refugee migrant
		protester demonstrator activist official politician lawmaker senator
		minister diplomat negotiator leader member volunteer customer user
		reader viewer listener speaker audience crowd couple family
		parent mother father son daughter brother sister husband wife friend
		neighbour neighbor king queen prince princess emperor priest monk
		mayor governor candidate president chairman chief director executive
		analyst expert engineer pilot driver passenger sailor hunter traveler
		traveller explorer settler survivor rebel militant fighter
		participant respondent subject learner speaker teenager adult
	`) {
		personNouns[w] = w
		pl := plural(w)
		personNouns[pl] = w
	}
	for pl, sg := range map[string]string{"people": "person", "children": "child", "wives": "wife", "women": "woman", "men": "man"} {
		personNouns[pl] = sg
	}
}

// nominals links repeated descriptions of people the document names no
// other way: a noun phrase headed by a person noun, repeated later with a
// definite determiner and the same head noun (singular with singular,
// plural with plural), becomes one actor "new:per:<noun>" (singular) or
// "new:group:<plural noun>" (plural) with all those phrases as mentions (How
// title). A phrase that is part of a name, that a title or name mention
// already covers, or that has a possessive or numeral determiner ("his
// brother", "two students") is left out.
func (r *resolver) nominals() {
	n := len(r.d.Tokens)
	covered := r.covered(false)
	type np struct {
		lo, hi   int
		definite bool
		bare     bool
	}
	byHead := map[string][]np{}
	var order []string
	for i := 0; i < n; i++ {
		t := r.d.Tokens[i]
		sg, ok := personNouns[r.low[i]]
		if !ok || covered[i] || (t.UPOS != "NOUN" && !(t.UPOS == "PROPN" && (i > 0 && r.low[i-1] == "the" || kinNames[r.low[i]]) && r.entityOf(i) < 0)) {
			// a capitalised office after "the" ("the Secretary") counts
			continue
		}
		if i+1 < n && r.d.Tokens[i+1].Sentence == t.Sentence && (r.d.Tokens[i+1].UPOS == "NOUN" || r.d.Tokens[i+1].UPOS == "PROPN") {
			continue // "student government": modifies another noun
		}
		// the phrase: determiner and adjectives before the head
		lo := i
		for lo > 0 && r.d.Tokens[lo-1].Sentence == t.Sentence && !covered[lo-1] {
			u := r.d.Tokens[lo-1].UPOS
			if u == "ADJ" || (u == "NOUN" && r.low[lo-1] != "'s") {
				lo--
				continue
			}
			break
		}
		definite := false
		skip := false
		owner := ""
		if lo > 0 && r.d.Tokens[lo-1].Sentence == t.Sentence {
			w := r.low[lo-1]
			switch {
			case w == "the" || w == "this" || w == "these" || w == "that" || w == "those":
				definite = true
				lo--
			case w == "a" || w == "an":
				lo--
			case w == "my" || w == "our":
				// "my father … my father": the same person, whoever speaks
				definite = true
				lo--
			case (w == "his" || w == "her" || w == "their" || w == "your") && lo == i:
				// "his brother … his brother": the same person when the
				// possessive is the same
				definite = true
				owner = "@" + w
				lo--
			case possessives[w] || r.d.Tokens[lo-1].UPOS == "NUM" || w == "'s" || w == "’s" || w == "every" || w == "each" || w == "no" || w == "any" || w == "some" || w == "all" || w == "many" || w == "other" || w == "another":
				skip = true
			}
		}
		if skip {
			continue
		}
		if lo == i && kinNames[r.low[i]] {
			definite = true // "Mom said … ask Mom": a kinship word used as a name
		}
		key := sg
		if sg != r.low[i] {
			key += "+pl"
		}
		key += owner
		if _, seen := byHead[key]; !seen {
			order = append(order, key)
		}
		byHead[key] = append(byHead[key], np{lo, i + 1, definite, lo == i})
	}
	for _, key := range order {
		nps := byHead[key]
		if len(nps) < 2 || key == "person+pl" {
			continue // "people … the people": mostly people in general
		}
		if strings.HasSuffix(key, "+pl") && len(nps) >= 4 {
			// "witnesses … witnesses … witnesses": a bare plural the text
			// keeps coming back to is one set of people
			for k := range nps {
				if nps[k].bare {
					nps[k].definite = true
				}
			}
		}
		// "veteran politicians … veteran politicians": the same modified
		// phrase again is the same people, with or without a determiner
		if mods := r.modifiers(nps[0].lo, nps[0].hi-1); mods != "" {
			for k := 1; k < len(nps); k++ {
				if !nps[k].definite && r.modifiers(nps[k].lo, nps[k].hi-1) == mods {
					nps[k].definite = true
				}
			}
		}
		later := 0
		for _, p := range nps[1:] {
			if p.definite {
				later++
			}
		}
		if later == 0 {
			continue
		}
		owner := ""
		if i := strings.IndexByte(key, '@'); i >= 0 {
			key, owner = key[:i], key[i+1:]+" "
		}
		name := strings.TrimSuffix(key, "+pl")
		id, kind := "new:per:"+slug(owner+name), "person"
		if strings.HasSuffix(key, "+pl") {
			name = pluralOf(name)
			id, kind = "new:group:"+slug(owner+name), "group"
		}
		a := r.byID[id]
		if a == nil {
			a = &act{id: id, name: name, kind: kind, gender: nounGender[name]}
			r.byID[id] = a
			r.acts = append(r.acts, a)
		}
		var firstAdjs []string
		for k, p := range nps {
			if k > 0 && !p.definite {
				break // "a student … a student": another one
			}
			adjs := r.adjectives(p.lo, p.hi)
			if k == 0 {
				firstAdjs = adjs
			} else if contrast(firstAdjs, adjs) {
				continue // "the younger people … the older people": others
			}
			r.addMention(a, p.lo, p.hi, HowTitle)
		}
	}
}

// bodyDescNouns head definite descriptions of bodies ("the company",
// "the school") that a document may repeat without naming the body.
var bodyDescNouns = map[string]bool{
	"company": true, "school": true, "team": true, "college": true, "university": true,
	"museum": true, "church": true, "government": true, "club": true, "hospital": true,
	"firm": true, "agency": true, "organization": true, "organisation": true, "court": true,
	"council": true, "committee": true, "party": true, "police": true, "army": true,
	"administration": true, "ministry": true, "department": true, "band": true, "league": true,
}

// bodyNominals links repeated definite descriptions of a body the
// document does not name ("the school … the school", "a company … this
// company"): when a head noun of bodyDescNouns is repeated with a
// definite determiner ("the", "this", "our"), after at most one
// indefinite phrase opening the chain, and no mention covers it, the
// phrases become one actor "new:org:<noun>" (How title); a later
// indefinite phrase ("a company") ends the chain. A definite phrase after
// a mention with that head noun ("the Indian government … the
// government") goes to that mention's actor instead. A noun that
// modifies another ("the school board") or takes "of" ("the government of
// Iraq") is left out.
func (r *resolver) bodyNominals() {
	n := len(r.d.Tokens)
	covered := r.covered(false)
	byHead := map[string][][3]int{} // phrase start, end, definite (1) or not
	var order []string
	for i := 1; i < n; i++ {
		t := r.d.Tokens[i]
		w := r.low[i]
		if !bodyDescNouns[w] || covered[i] || t.UPOS != "NOUN" || r.entityOf(i) >= 0 {
			continue
		}
		if i+1 < n && r.d.Tokens[i+1].Sentence == t.Sentence && (r.d.Tokens[i+1].UPOS == "NOUN" || r.d.Tokens[i+1].UPOS == "PROPN" || r.low[i+1] == "of") {
			continue
		}
		lo := i
		for lo > 0 && r.d.Tokens[lo-1].Sentence == t.Sentence && !covered[lo-1] && r.d.Tokens[lo-1].UPOS == "ADJ" {
			lo--
		}
		if lo == 0 || r.d.Tokens[lo-1].Sentence != t.Sentence || covered[lo-1] {
			continue
		}
		def := 1
		switch r.low[lo-1] {
		case "the", "this", "our":
		case "a", "an":
			def = 0
		default:
			continue
		}
		if _, ok := byHead[w]; !ok {
			order = append(order, w)
		}
		byHead[w] = append(byHead[w], [3]int{lo - 1, i + 1, def})
	}
	// "the Indian government … the government": a definite phrase goes to
	// the actor of the latest mention before it with that head noun
	heads := map[string][]*mention{}
	for _, m := range r.ments {
		if m.how != HowPronoun && m.a.kind != "person" && bodyDescNouns[r.low[m.hi-1]] {
			heads[r.low[m.hi-1]] = append(heads[r.low[m.hi-1]], m)
		}
	}
	for _, w := range order {
		var rest [][3]int
		for _, p := range byHead[w] {
			var last *mention
			for _, m := range heads[w] {
				if m.End <= r.d.Tokens[p[0]].Start && (last == nil || m.Start > last.Start) {
					last = m
				}
			}
			if last != nil && p[2] == 1 {
				r.addMention(last.a, p[0], p[1], HowTitle)
				continue
			}
			rest = append(rest, p)
		}
		byHead[w] = rest
	}
	for _, w := range order {
		nps := byHead[w]
		// "a company … the company": an indefinite phrase opens the
		// chain; another indefinite one is another body
		for k := 1; k < len(nps); k++ {
			if nps[k][2] == 0 {
				nps = nps[:k]
				break
			}
		}
		if len(nps) < 2 {
			continue
		}
		id := "new:org:" + w
		a := r.byID[id]
		if a == nil {
			a = &act{id: id, name: w, kind: "organization"}
			r.byID[id] = a
			r.acts = append(r.acts, a)
		}
		for _, p := range nps {
			r.addMention(a, p[0], p[1], HowTitle)
		}
	}
}

// pluralPronouns refer to groups: "they", "them", "their".
var pluralPronouns = map[string]bool{"they": true, "them": true, "their": true, "theirs": true, "themselves": true}

// plural reports whether mention m names a group: its head word is a plural
// noun ("Russian diplomats", "Ukrainians", "the protesters") or its actor
// is a group.
func (r *resolver) plural(m *mention) bool {
	if m.how == HowPronoun {
		return pluralPronouns[r.low[m.lo]]
	}
	if m.a.kind == "group" {
		return true
	}
	x := r.d.Tokens[m.hi-1].XPOS
	return (x == "NNS" || x == "NNPS") && m.a.kind != "person"
}

// pluralPronoun resolves "they", "them", "their" at token i to the latest
// group mention of the same or the previous sentence (subjects first in
// the previous one), never to a coargument of the same verb; with none,
// to a description of people there (nominalAntecedent), and "they",
// "them" to a body there (bodyAntecedent).
func (r *resolver) pluralPronoun(i int) {
	if u := r.d.Tokens[i].UPOS; u != "" && u != "PRON" && u != "DET" {
		return
	}
	s := r.d.Tokens[i].Sentence
	pos := r.d.Tokens[i].Start
	var best *mention
	for _, m := range r.ments {
		if m.End > pos || m.sent < s-1 || !r.plural(m) {
			continue
		}
		if m.sent == s && r.coargument(m, i) {
			continue
		}
		if best == nil {
			best = m
			continue
		}
		switch {
		case m.sent != best.sent:
			if m.sent > best.sent {
				best = m
			}
		case m.subject != best.subject && m.sent != s:
			if m.subject {
				best = m
			}
		case m.Start > best.Start:
			best = m
		}
	}
	if best == nil && !r.opts.NoNominals {
		if a := r.nominalAntecedent(i, true, ""); a != nil {
			r.addMention(a, i, i+1, HowPronoun)
			return
		}
	}
	if best == nil && r.low[i] != "their" && r.low[i] != "theirs" {
		best = r.bodyAntecedent(i)
	}
	if best != nil {
		r.addMention(best.a, i, i+1, HowPronoun)
	}
}

// bodyAntecedent finds, for a plural pronoun at token i that no group
// explains, the latest mention of a body (an organisation, not a country)
// in the same sentence, else the body that is a subject of the previous
// one: "The company said they would appeal."
func (r *resolver) bodyAntecedent(i int) *mention {
	s := r.d.Tokens[i].Sentence
	pos := r.d.Tokens[i].Start
	var best *mention
	for _, m := range r.ments {
		if m.End > pos || m.sent < s-1 || m.a.kind != "organization" || m.how == HowPronoun || (m.sent < s && !m.subject) {
			continue // in the previous sentence, only its subject
		}
		if m.sent == s && r.coargument(m, i) {
			continue
		}
		if best == nil || m.sent > best.sent || (m.sent == best.sent && m.Start > best.Start) {
			best = m
		}
	}
	return best
}

// honorifics before a person's name belong to the name mention
// ("Professor Eastman", "Mr. Smith", "Emperor Norton"); offices of the
// title lexicon ("President", "Minister") are handled as titles instead.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"emperor": true, "empress": true, "senator": true, "sen": true, "rep": true,
	"judge": true, "justice": true, "captain": true, "capt": true, "gen": true,
	"general": true, "colonel": true, "col": true, "lt": true, "sergeant": true,
	"sgt": true, "rev": true, "reverend": true, "father": true, "sister": true,
	"pope": true, "rabbi": true, "imam": true, "sheikh": true, "sheik": true, "governor": true,
	"gov": true, "mayor": true, "dean": true, "coach": true, "officer": true,
	"detective": true, "agent": true, "uncle": true, "aunt": true,
}

// exactSurname reports whether text is, after folding, the last word of
// one of e's names.
func exactSurname(e *kb.Entry, text string) bool {
	f := names.Fold(text)
	if e.Surname != "" && names.Fold(e.Surname) == f {
		return true // a family name that comes first: "Yoon", "Xi"
	}
	for _, n := range e.Names() {
		if names.Fold(lastWord(n)) == f {
			return true
		}
	}
	return false
}

// capitalised reports whether token j begins with an upper-case letter.
func (r *resolver) capitalised(j int) bool {
	c, _ := utf8.DecodeRuneInString(r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[j].End])
	return unicode.IsUpper(c)
}

// kinNames are kinship words used as names without a determiner ("Mom",
// "Dad"), the same person each time.
var kinNames = map[string]bool{"mom": true, "dad": true, "mum": true, "mommy": true, "daddy": true, "grandma": true, "grandpa": true, "mother": true, "father": true}

// pluralOf returns the plural of a person noun of personNouns ("people"
// for "person", "militants" for "militant").
func pluralOf(sg string) string {
	best := ""
	for pl, s := range personNouns {
		if s == sg && pl != sg && (best == "" || pl < best) {
			best = pl
		}
	}
	if best == "" {
		return sg
	}
	return best
}

// nounGender gives the gender of gendered person nouns ("father", "queen").
var nounGender = map[string]string{}

func init() {
	for _, w := range strings.Fields("man boy father son brother husband king prince monk priest gentleman guy dad emperor grandfather uncle nephew") {
		nounGender[w] = "m"
	}
	for _, w := range strings.Fields("woman girl mother daughter sister wife queen princess lady mom mum grandmother aunt niece empress") {
		nounGender[w] = "f"
	}
	for _, w := range strings.Fields(`secretary justice defendant plaintiff applicant claimant human
		mechanic dad mom mum grandmother grandfather uncle aunt nephew niece cousin
		spokesman spokeswoman ambassador envoy adviser advisor aide commander
		chancellor premier ruler dictator monarch emperor empress
		librarian colleague grandson granddaughter grandparent boyfriend girlfriend
		instructor referee runner individual inhabitant villager peasant merchant
		servant guard nun bishop pastor physician surgeon therapist psychologist
		pupil classmate roommate boss employer buyer seller tenant landlord client
		appellant attorney juror sheriff chef waiter waitress guest borrower lender
		winner champion athlete pitcher swimmer dancer musician composer poet
		novelist painter sculptor designer programmer developer entrepreneur
		investor shareholder consumer shopper businessman businesswoman scholar
		historian philosopher economist biologist physicist chemist astronomer`) {
		if _, ok := personNouns[w]; ok {
			continue
		}
		personNouns[w] = w
		pl := plural(w)
		if _, ok := personNouns[pl]; !ok {
			personNouns[pl] = w
		}
	}
}

// personNP is a noun phrase headed by a person noun that no mention
// covers: a candidate antecedent for a pronoun nothing else explains.
type personNP struct {
	lo, hi  int
	noun    string // singular head noun
	plural  bool
	subject bool
}

// personNPs lists the person noun phrases of the document ("my father",
// "the mechanic", "researchers"), computed once.
func (r *resolver) personNPs() []personNP {
	if r.pnps != nil {
		return *r.pnps
	}
	var out []personNP
	n := len(r.d.Tokens)
	for i := 0; i < n; i++ {
		t := r.d.Tokens[i]
		sg, ok := personNouns[r.low[i]]
		if !ok || (t.UPOS != "NOUN" && t.UPOS != "PROPN") {
			continue
		}
		if i+1 < n && r.d.Tokens[i+1].Sentence == t.Sentence && (r.d.Tokens[i+1].UPOS == "NOUN" || r.d.Tokens[i+1].UPOS == "PROPN") {
			continue // "student government"
		}
		lo := i
		for lo > 0 && r.d.Tokens[lo-1].Sentence == t.Sentence && i-lo < 4 {
			if u := r.d.Tokens[lo-1].UPOS; u == "ADJ" || (u == "NOUN" && r.low[lo-1] != "'s") {
				lo--
				continue
			}
			break
		}
		if lo > 0 && r.d.Tokens[lo-1].Sentence == t.Sentence {
			if w := r.low[lo-1]; w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "these" || w == "those" || possessives[w] {
				lo--
			}
		}
		p := personNP{lo: lo, hi: i + 1, noun: sg, plural: sg != r.low[i] || r.low[i] == "people"}
		if r.parsed {
			p.subject = strings.HasPrefix(t.Deprel, "nsubj")
		}
		out = append(out, p)
	}
	r.pnps = &out
	return out
}

// nominalAntecedent finds, for a pronoun at token i that no actor
// explains, the latest person noun phrase of agreeing number and gender
// in the same or the previous sentence that no mention covers ("My father
// put his hand", "the mechanic … He had a loyal following"), makes it an
// actor ("new:per:<noun>", "new:group:<plural noun>" for plurals) and returns
// it; nil when none fits.
func (r *resolver) nominalAntecedent(i int, plural bool, gender string) *act {
	s := r.d.Tokens[i].Sentence
	var best *personNP
	nps := r.personNPs()
	for k := range nps {
		p := &nps[k]
		if p.hi > i || p.plural != plural {
			continue
		}
		ps := r.d.Tokens[p.lo].Sentence
		if ps < s-1 {
			continue
		}
		if g := nounGender[p.noun]; g != "" && gender != "" && g != gender {
			continue
		}
		if best == nil {
			best = p
			continue
		}
		bs := r.d.Tokens[best.lo].Sentence
		switch {
		case ps != bs:
			if ps > bs {
				best = p
			}
		case p.subject != best.subject && ps != s:
			if p.subject {
				best = p
			}
		case p.lo > best.lo:
			best = p
		}
	}
	if best == nil {
		return nil
	}
	span := r.span(best.lo, best.hi)
	for _, m := range r.ments {
		if m.Overlaps(span) {
			if m.Span == span && m.a.kind != "country" && m.a.kind != "organization" {
				return m.a // already a nominal actor
			}
			return nil
		}
	}
	name := best.noun
	id, kind := "new:per:"+name, "person"
	if plural {
		name = pluralOf(name)
		id, kind = "new:group:"+name, "group"
	}
	a := r.byID[id]
	if a == nil {
		a = &act{id: id, name: name, kind: kind, gender: nounGender[name]}
		r.byID[id] = a
		r.acts = append(r.acts, a)
	}
	r.addMention(a, best.lo, best.hi, HowTitle)
	return a
}

// ageDescriptions links "the 45-year-old" (with or without the hyphens
// split into tokens, optionally followed by a person noun: "the
// 45-year-old man") to the latest person mentioned in the same or the
// previous sentence.
func (r *resolver) ageDescriptions() {
	n := len(r.d.Tokens)
	for i := 0; i+1 < n; i++ {
		if r.low[i] != "the" {
			continue
		}
		s := r.d.Tokens[i].Sentence
		j := i + 1
		end := -1
		if w := r.low[j]; strings.HasSuffix(w, "-year-old") && len(w) > len("-year-old") {
			end = j + 1
		} else if r.d.Tokens[j].UPOS == "NUM" || isDigits(w) {
			k := j + 1
			var parts []string
			for k < n && len(parts) < 4 && r.d.Tokens[k].Sentence == s {
				parts = append(parts, r.low[k])
				k++
				if strings.Join(parts, "") == "-year-old" || strings.Join(parts, "") == "-year-old-" {
					break
				}
			}
			if strings.Join(parts, "") == "-year-old" {
				end = k
			}
		}
		if end < 0 {
			continue
		}
		if end < n && r.d.Tokens[end].Sentence == s {
			if _, ok := personNouns[r.low[end]]; ok {
				end++
			} else if u := r.d.Tokens[end].UPOS; u == "NOUN" || u == "PROPN" {
				continue // "the 10-year-old car"
			}
		}
		start := r.d.Tokens[i].Start
		var best *mention
		for _, m := range r.ments {
			if m.End > start || m.sent < s-1 || m.a.kind != "person" {
				continue
			}
			if best == nil || m.Start > best.Start {
				best = m
			}
		}
		if best != nil {
			r.addMention(best.a, i, end, HowTitle)
		}
		i = end - 1
	}
}

func isDigits(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// adjectives returns the folded adjectives of tokens [lo,hi).
func (r *resolver) adjectives(lo, hi int) []string {
	var out []string
	for k := lo; k < hi; k++ {
		if r.d.Tokens[k].UPOS == "ADJ" {
			out = append(out, r.low[k])
		}
	}
	return out
}

// contrast reports whether two descriptions both carry adjectives and
// share none ("the younger people", "the older people").
// modifiers returns the adjectives and nouns of tokens [lo, hi), the words
// before a phrase's head, joined by spaces ("" when there are none).
func (r *resolver) modifiers(lo, hi int) string {
	var ws []string
	for k := lo; k < hi; k++ {
		if u := r.d.Tokens[k].UPOS; u == "ADJ" || u == "NOUN" {
			ws = append(ws, r.low[k])
		}
	}
	return strings.Join(ws, " ")
}

func contrast(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}

// plural returns the regular English plural of a person noun ("spokesman"
// → "spokesmen", "deputy" → "deputies", "boss" → "bosses").
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "man"):
		return strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey") && !strings.HasSuffix(w, "oy"):
		return strings.TrimSuffix(w, "y") + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// itSubjects resolves "it" as the subject of a verb of a parsed document
// to a body (an organisation, a country) when the latest named subject
// (not a pronoun) of the previous sentence or of an earlier clause of the
// same sentence is that body: "The company cut jobs. It said ...". Other
// uses of "it" are left alone: it mostly stands for things.
func (r *resolver) itSubjects() {
	if !r.parsed {
		return
	}
	for i, t := range r.d.Tokens {
		if r.low[i] != "it" || !strings.HasPrefix(t.Deprel, "nsubj") {
			continue
		}
		var last *mention
		for _, m := range r.ments {
			if m.End <= t.Start && m.sent >= t.Sentence-1 && m.subject && m.how != HowPronoun && (last == nil || m.Start > last.Start) {
				last = m
			}
		}
		if last == nil || (last.a.kind != "organization" && last.a.kind != "country") || r.plural(last) {
			continue
		}
		r.addMention(last.a, i, i+1, HowPronoun)
	}
}
