package actor

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/names"
)

// titleNP is a noun phrase built around an office word: "the spokeswoman
// for the Russian Foreign Ministry", "the Kremlin spokesman".
type titleNP struct {
	lo, hi     int // the whole phrase, tokens [lo,hi)
	tlo, thi   int // the office words
	t          title
	positions  []string
	compLo     int  // first token after "of"/"for", or hi when none
	hostLo     int  // first token of an envoy's host ("ambassador to Germany"), or hi when none
	indefinite bool // "a spokesman": no coreference
	blocked    bool // deputy/former/possessive/unknown body: no lookup by office
	former     bool // "former", "ex": an office held before the document's date
	possPron   int  // token of a possessive pronoun before the office ("his counterpart"), or -1
	pres       bool // "presidential"
	office     bool // the "of" phrase names the office ("head of diplomacy")
	appos      int  // entity index of the name in apposition, or -1
	possessor  int  // entity index of a person owning the office ("Putin's spokesman"), or -1
}

// genericTitles name no office without the body they belong to.
var genericTitles = map[string]bool{
	"head": true, "chief": true, "director": true, "leader": true, "commander": true, "minister": true,
	"adviser": true, "advisor": true, "aide": true, "envoy": true, "secretary": true, "chairman": true, "chairwoman": true, "ambassador": true,
}

var determiners = map[string]bool{"the": true, "this": true, "that": true}
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}
var blockers = map[string]bool{"deputy": true, "former": true, "ex": true, "vice": true, "acting": true, "late": true, "first": true, "then": true, "new": true, "future": true, "next": true, "previous": true}

// entityAt maps each token to the entity covering it (-1 when none), for
// the entity types that can name an actor.
func (r *resolver) entityIndex() []int {
	idx := make([]int, len(r.d.Tokens))
	for i := range idx {
		idx[i] = -1
	}
	for i, e := range r.ents {
		if !actorTypes[e.Type] {
			continue
		}
		lo, hi, ok := r.tokRange(e.Span)
		if !ok {
			continue
		}
		for j := lo; j < hi; j++ {
			idx[j] = i
		}
	}
	return idx
}

// matchTitle matches the title lexicon at token i, skipping hyphens and
// reading hyphenated tokens ("Secretary-General") as several words; it
// returns the title and the token after its last word.
func (r *resolver) matchTitle(i int) (title, int, bool) {
	first, _, _ := strings.Cut(r.low[i], "-")
	for _, t := range titleLexicon[first] {
		j, part, ok := i, 0, true
		s := r.d.Tokens[i].Sentence
		for _, w := range t.words {
			for part == 0 && j > i && j < len(r.low) && (r.low[j] == "-" || r.low[j] == "‑") {
				j++
			}
			if j >= len(r.low) || r.d.Tokens[j].Sentence != s {
				ok = false
				break
			}
			parts := strings.Split(r.low[j], "-")
			if part >= len(parts) || parts[part] != w {
				ok = false
				break
			}
			part++
			if part == len(parts) {
				j, part = j+1, 0
			}
		}
		if ok && part == 0 {
			return t, j, true
		}
	}
	return title{}, 0, false
}

// findTitles finds the title phrases of the document.
func (r *resolver) findTitles() []*titleNP {
	var out []*titleNP
	ents := r.entityIndex()
	n := len(r.d.Tokens)
	for i := 0; i < n; i++ {
		if first, _, _ := strings.Cut(r.low[i], "-"); titleLexicon[first] == nil {
			continue
		}
		u := r.d.Tokens[i].UPOS
		if u == "VERB" || u == "AUX" {
			continue
		}
		if e := ents[i]; e >= 0 && r.ents[e].Type == "PER" {
			continue
		}
		t, j, ok := r.matchTitle(i)
		if !ok {
			continue
		}
		// plural use ("advisers") never matches; "the president's" is fine.
		np := &titleNP{lo: i, hi: j, tlo: i, thi: j, t: t, positions: t.positions, appos: -1, possessor: -1, possPron: -1}
		s := r.d.Tokens[i].Sentence
		// left: determiners, possessors, modifiers, entity names
		k := i - 1
		for steps := 0; k >= 0 && steps < 8 && r.d.Tokens[k].Sentence == s; steps++ {
			w := r.low[k]
			if determiners[w] {
				np.lo = k
				break
			}
			if w == "a" || w == "an" {
				np.indefinite = true
				np.lo = k
				break
			}
			if possessives[w] {
				np.blocked = true
				np.lo = k
				np.possPron = k
				break
			}
			if e := ents[k]; e >= 0 {
				lo, _, _ := r.tokRange(r.ents[e].Span)
				if r.ents[e].Type == "PER" {
					if np.lo < i && (r.low[np.lo] == "'s" || r.low[np.lo] == "’s") {
						np.lo = lo // a person's office: "Putin's spokesman"
						np.possessor = e
					}
					break
				}
				np.lo = lo
				k = lo - 1
				continue
			}
			tu := r.d.Tokens[k].UPOS
			if w == "'s" || w == "’s" || tu == "ADJ" || tu == "NOUN" || tu == "PROPN" {
				if blockers[w] {
					np.blocked = true
				}
				if w == "former" || w == "ex" {
					np.former = true
				}
				if w == "presidential" {
					np.pres = true
				}
				if tu == "NOUN" && !blockers[w] && w != "government" && w != "state" && !isTitleModifier(w) {
					np.blocked = true // "the army chief": a body we cannot read
				}
				np.lo = k
				k--
				continue
			}
			break
		}
		if (r.low[np.lo] == "'s" || r.low[np.lo] == "’s") && np.possessor < 0 {
			np.lo++ // never start on a bare possessive
		}
		// right: "of"/"for" and the body
		np.compLo = j
		if j < n && (r.low[j] == "of" || r.low[j] == "for") && r.d.Tokens[j].Sentence == s {
			k := j + 1
			end := k
			for steps := 0; k < n && steps < 10 && r.d.Tokens[k].Sentence == s; steps++ {
				w := r.low[k]
				if honorifics[strings.TrimSuffix(w, ".")] && k+1 < n && ents[k+1] >= 0 && r.ents[ents[k+1]].Type == "PER" {
					break // "... of Korea Mr. Roh": the honorific opens the name
				}
				if e := ents[k]; e >= 0 {
					if r.ents[e].Type == "PER" {
						break
					}
					_, hi, _ := r.tokRange(r.ents[e].Span)
					k, end = hi, hi
					continue
				}
				tu := r.d.Tokens[k].UPOS
				if w == "the" || w == "'s" || w == "’s" || tu == "ADJ" || tu == "NOUN" || tu == "PROPN" {
					k++
					if w != "the" {
						end = k
					}
					continue
				}
				if w == "of" && k+1 < n && (ents[k+1] >= 0 || r.d.Tokens[k+1].UPOS == "PROPN" || r.low[k+1] == "the") {
					k++
					continue
				}
				break
			}
			if end > j+1 {
				np.compLo = j + 1
				np.hi = end
			}
		}
		np.hostLo = np.hi
		if np.compLo == np.hi && np.hi+1 < n && r.low[np.hi] == "to" && r.d.Tokens[np.hi].Sentence == s && (t.words[0] == "ambassador" || t.words[0] == "envoy") {
			// "US Ambassador to Germany": the host country, not the
			// office's own body
			k := np.hi + 1
			if r.low[k] == "the" && k+1 < n {
				k++
			}
			if e := ents[k]; e >= 0 && r.ents[e].Type != "PER" {
				if lo, hi, ok := r.tokRange(r.ents[e].Span); ok && lo == k {
					np.hostLo, np.hi = np.hi, hi
					np.compLo = hi
				}
			}
		}
		r.complement(np, ents)
		// apposition: "X, NAME" or "X NAME" after, "NAME, X" before
		if np.hi < n {
			a := np.hi
			if r.low[a] == "," && a+1 < n {
				a++
			}
			if a+1 < n && honorifics[strings.TrimSuffix(r.low[a], ".")] && ents[a] < 0 {
				a++ // "the President of Korea Mr. Roh"
			}
			if e := ents[a]; e >= 0 && r.d.Tokens[a].Sentence == s {
				if lo, _, _ := r.tokRange(r.ents[e].Span); lo == a {
					np.appos = e
				}
			}
		}
		closed := np.hi >= n || r.d.Tokens[np.hi].Sentence != s || r.low[np.hi] == "," || r.low[np.hi] == "." || r.low[np.hi] == ")"
		if np.appos < 0 && closed && np.lo >= 2 && r.low[np.lo-1] == "," {
			if e := ents[np.lo-2]; e >= 0 && r.ents[e].Type == "PER" && r.d.Tokens[np.lo-2].Sentence == s {
				np.appos = e
			}
		}
		out = append(out, np)
		i = np.hi - 1
	}
	return out
}

// isTitleModifier lists nouns that may precede an office word without
// naming a body: "press secretary", "government spokesman".
func isTitleModifier(w string) bool {
	switch w {
	case "press", "government", "foreign", "defence", "defense", "security", "top", "chief", "party", "opposition":
		return true
	}
	return false
}

// complement reads the common nouns of the "of"/"for" phrase: some name the
// office ("head of diplomacy"), others an unknown body that blocks lookup.
func (r *resolver) complement(np *titleNP, ents []int) {
	hasPres := false
	for k := np.lo; k < np.hi; k++ {
		if w := r.low[k]; w == "presidency" || w == "president" || w == "presidential" || w == "president's" {
			hasPres = true
		}
	}
	for k := np.compLo; k < np.hi; k++ {
		w := r.low[k]
		if ps, ok := orgNouns[w]; ok {
			if w == "office" && !hasPres {
				np.blocked = true
				continue
			}
			np.positions = ps
			np.office = true
			continue
		}
		if ents[k] >= 0 || r.d.Tokens[k].UPOS != "NOUN" {
			continue
		}
		np.blocked = true
	}
}

// refs resolves the bodies and countries named in a title phrase and
// returns the one the office belongs to (a body before a country, the
// "of" phrase before the modifiers), or nil.
func (r *resolver) ref(np *titleNP) *kb.Entry {
	var best *kb.Entry
	bestScore := -1
	consider := func(e *kb.Entry, k int) {
		if e == nil {
			return
		}
		s := 1
		if e.Kind == "organization" || e.Kind == "group" {
			s = 2
		}
		if k >= np.compLo && np.compLo < np.hi {
			s += 2
		}
		if s >= bestScore {
			best, bestScore = e, s
		}
	}
	done := map[int]bool{}
	for k := np.lo; k < np.hostLo; k++ {
		if k >= np.tlo && k < np.thi {
			continue
		}
		if ei := r.entityOf(k); ei >= 0 {
			if done[ei] {
				continue
			}
			done[ei] = true
			e := r.ents[ei]
			if e.Type == "PER" {
				continue // a possessor, resolved on its own
			}
			if e.Type == "NORP" {
				consider(r.k.Demonym(e.Text), k)
				continue
			}
			r.quiet = true
			m := r.entity(ei)
			r.quiet = false
			if m != nil && m.a.entry != nil {
				consider(m.a.entry, k)
			} else if f := strings.Fields(e.Text); len(f) > 1 {
				// an unknown body of a known country ("Russian Diplomacy")
				if c := r.countryWord(f[0]); c != nil && np.office {
					consider(c, k)
				} else if c != nil {
					np.blocked = true
				}
			}
			continue
		}
		w := r.d.Text[r.d.Tokens[k].Start:r.d.Tokens[k].End]
		switch r.d.Tokens[k].UPOS {
		case "ADJ", "PROPN", "NOUN":
			if c := r.k.Demonym(w); c != nil {
				consider(c, k)
			} else if r.d.Tokens[k].UPOS == "PROPN" {
				if es := r.k.ByName(w); len(es) > 0 {
					consider(pickKind(es, "organization"), k)
				} else if ms := r.k.Metonym(w); len(ms) > 0 {
					consider(ms[0], k)
				}
			}
		}
	}
	return best
}

func (r *resolver) entityOf(k int) int {
	if r.entIdx == nil {
		r.entIdx = r.entityIndex()
	}
	return r.entIdx[k]
}

// title resolves one title phrase.
func (r *resolver) title(np *titleNP) {
	if np.indefinite {
		return
	}
	ref := r.ref(np)
	if ref == nil {
		if id, ok := defaultRef[strings.Join(np.t.words, " ")]; ok {
			ref = r.k.Get(id)
		}
	}
	if ref == nil && np.possessor >= 0 {
		ref = r.possessorRef(np.possessor) // "Putin's foreign policy aide"
	}
	if len(np.t.words) == 1 && np.t.words[0] == "counterpart" && !r.counterpart(np, ref) {
		r.blocked = append(r.blocked, r.span(np.lo, np.hi))
		return
	}
	if ref != nil && ref.Kind == "country" && len(np.t.words) == 1 && leaderWords[np.t.words[0]] && !np.pres && !np.office && !np.blocked {
		// "the Russian leader", "the German leader": the top office
		ref, np.positions = r.topOffice(ref)
	}
	if np.appos >= 0 && !r.entDone[np.appos] && len(strings.Fields(r.ents[np.appos].Text)) == 1 {
		// "President Trump": of the people with that surname, one who
		// held the office, unless the text already named one who fits
		e := r.ents[np.appos]
		if en := r.titledSurname(np, ref, e.Text); en != nil {
			if a := r.docSurname(e.Text); a == nil || a.entry != en && !r.fits(a, np, ref) {
				if lo, hi, ok := r.tokRange(e.Span); ok {
					a := r.fromEntry(en)
					r.entDone[np.appos] = true
					r.entAct[np.appos] = r.addMention(a, lo, hi, r.howFor(a, e.Text))
				}
			}
		}
	}
	if np.appos >= 0 {
		m := r.entity(np.appos)
		if m == nil && !r.opts.NoNew {
			// the office says this name is a person's, whatever its tag
			if e := r.ents[np.appos]; e.Type != "NORP" && len(r.k.ByName(e.Text)) == 0 && len(r.k.Metonym(e.Text)) == 0 {
				lo, hi, _ := r.tokRange(e.Span)
				m = r.addMention(r.newActor(e.Text, "PER"), lo, hi, HowName)
				r.entAct[np.appos] = m
			}
		}
		if m != nil && m.a.kind == "person" {
			a := m.a
			a.docRoles = append(a.docRoles, docRole{positions: np.positions, ref: ref})
			if a.gender == "" {
				a.gender = np.t.gender
			}
			if a.country == "" && ref != nil {
				a.country = countryOf(ref)
			}
			if a.country == "" {
				if o := r.owner(np); o != nil && o != a {
					a.country = o.country // "Milei's spokesman, Manuel Adorni"
				}
			}
			r.addMention(a, np.lo, np.hi, HowTitle)
			return
		}
	}
	if np.former && np.appos < 0 {
		// "the former president": a person of the text who held the
		// office before the document's date; in the headline, also one
		// named after it
		if a := r.docTitle(np, ref); a != nil {
			r.addMention(a, np.lo, np.hi, HowTitle)
			return
		}
		if r.d.Tokens[np.lo].Sentence == 0 {
			r.headlineTitles = append(r.headlineTitles, deferredTitle{np, ref})
			return // resolved once the whole text is read (laterTitles)
		}
	}
	if np.blocked && ref == nil && !np.pres {
		r.blocked = append(r.blocked, r.span(np.lo, np.hi))
		return
	}
	if ref == nil && !np.pres && len(np.t.words) == 1 && genericTitles[np.t.words[0]] {
		// "the minister": a person of the text holding such an office,
		// else of what?
		if a := r.docTitle(np, nil); a != nil && !np.blocked && np.lo < np.tlo && determiners[r.low[np.lo]] {
			r.addMention(a, np.lo, np.hi, HowTitle)
			return
		}
		r.blocked = append(r.blocked, r.span(np.lo, np.hi))
		return
	}
	// a compatible person already in the document, most recent first
	if a := r.docTitle(np, ref); a != nil {
		r.addMention(a, np.lo, np.hi, HowTitle)
		return
	}
	if len(np.t.words) == 1 && docOnlyTitles[np.t.words[0]] {
		r.blocked = append(r.blocked, r.span(np.lo, np.hi))
		return
	}
	if !np.blocked && ref != nil {
		if e := r.holderTopic(np.positions, ref, np.t.topic); e != nil {
			a := r.fromEntry(e)
			r.addMention(a, np.lo, np.hi, HowTitle)
			return
		}
	}
	r.blocked = append(r.blocked, r.span(np.lo, np.hi))
}

func countryOf(e *kb.Entry) string {
	if e.Kind == "country" {
		return e.ID
	}
	return e.CountryCode()
}

// holder returns the single person holding one of positions at ref on the
// document's date, trying positions in order; nil when none or several.
func (r *resolver) holder(positions []string, ref *kb.Entry) *kb.Entry {
	for _, p := range positions {
		hs := r.k.Holders(p, ref.ID, r.date)
		if len(hs) == 0 && ref.Kind == "country" {
			// the office may be recorded at a body of the country
			var all []*kb.Entry
			for _, c := range r.k.Children(ref.ID) {
				all = append(all, r.k.Holders(p, c, r.date)...)
			}
			hs = uniq(all)
		}
		if len(hs) == 1 {
			return hs[0]
		}
		if len(hs) > 1 {
			return nil
		}
	}
	return nil
}

func uniq(es []*kb.Entry) []*kb.Entry {
	seen := map[*kb.Entry]bool{}
	var out []*kb.Entry
	for _, e := range es {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// docTitle finds the most recently mentioned person of the document whose
// office (from the knowledge base at the date, or from the text) fits.
func (r *resolver) docTitle(np *titleNP, ref *kb.Entry) *act {
	type c struct {
		a    *act
		last int
	}
	var cs []c
	start := r.d.Tokens[np.lo].Start
	for _, a := range r.acts {
		if a.kind != "person" {
			continue
		}
		last := -1
		for _, m := range a.mentions {
			if m.Start < start && m.Start > last {
				last = m.Start
			}
		}
		if last >= 0 {
			cs = append(cs, c{a, last})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].last > cs[j].last })
	for _, x := range cs {
		if r.fits(x.a, np, ref) {
			return x.a
		}
	}
	return nil
}

// deferredTitle is a title phrase of the headline resolved after the
// text, with its body.
type deferredTitle struct {
	np  *titleNP
	ref *kb.Entry
}

// laterTitles resolves the headline's former offices ("Former Brazilian
// president meets …") to the first person named after them who fits.
func (r *resolver) laterTitles() {
	for _, t := range r.headlineTitles {
		if a := r.laterTitle(t.np, t.ref); a != nil {
			r.addMention(a, t.np.lo, t.np.hi, HowTitle)
		} else {
			r.blocked = append(r.blocked, r.span(t.np.lo, t.np.hi))
		}
	}
}

// counterpart reads "his Hungarian counterpart", "Lavrov's Turkish
// counterpart": the office is the one its owner holds at the document's
// date (the person the possessive names, or for a pronoun the latest
// person named before it in the sentence), in the country the
// nationality names. It sets np's positions and reports whether the
// phrase can be resolved (an owner with an office, and a country that is
// not the owner's).
func (r *resolver) counterpart(np *titleNP, ref *kb.Entry) bool {
	if ref == nil || ref.Kind != "country" {
		return false
	}
	owner := r.owner(np)
	if owner == nil || owner.entry == nil || owner.entry.CountryCode() == ref.ID {
		return false
	}
	var positions []string
	for _, ro := range owner.entry.RolesAt(r.date) {
		if soleOffices[ro.Position] {
			positions = append(positions, ro.Position)
		}
	}
	if len(positions) == 0 {
		return false
	}
	np.positions, np.blocked = positions, false
	return true
}

// owner returns the person whose office the title phrase np names: the
// possessor ("Lavrov's counterpart"), or for a possessive pronoun ("his
// spokesman") the latest person named before it in the sentence or as the
// subject of the sentence before; nil when none.
func (r *resolver) owner(np *titleNP) *act {
	var owner *act
	switch {
	case np.possessor >= 0:
		if m := r.entity(np.possessor); m != nil {
			owner = m.a
		}
	case np.possPron >= 0:
		s := r.d.Tokens[np.possPron].Sentence
		start := r.d.Tokens[np.possPron].Start
		best := -1
		for _, a := range r.acts {
			if a.kind != "person" {
				continue
			}
			for _, m := range a.mentions {
				// the sentence, or the subject of the sentence before
				// ("Milei stayed home. His spokesman said …")
				if (m.sent == s || m.sent == s-1 && m.subject) && m.End <= start && m.Start > best {
					owner, best = a, m.Start
				}
			}
		}
	}
	return owner
}

// laterTitle returns the first person named after the title phrase np
// who fits it (a headline's "Former Brazilian president …" for the person
// the article then names), or nil.
func (r *resolver) laterTitle(np *titleNP, ref *kb.Entry) *act {
	end := r.d.Tokens[np.hi-1].End
	var best *act
	first := -1
	for _, a := range r.acts {
		if a.kind != "person" || !r.fits(a, np, ref) {
			continue
		}
		for _, m := range a.mentions {
			if m.Start >= end && (first < 0 || m.Start < first) {
				best, first = a, m.Start
			}
		}
	}
	return best
}

func (r *resolver) fits(a *act, np *titleNP, ref *kb.Entry) bool {
	if np.t.gender != "" && a.gender != "" && np.t.gender != a.gender {
		return false
	}
	wanted := map[string]bool{}
	for _, p := range np.positions {
		wanted[p] = true
	}
	want := func(p string) bool {
		// "the Russian minister" fits any minister of Russia
		return wanted[p] || wanted["minister"] && strings.HasSuffix(p, "minister") && !strings.HasPrefix(p, "deputy")
	}
	orgOK := func(org string) bool {
		if np.pres && !strings.HasSuffix(org, ".PRES") {
			if e := r.k.Get(org); e == nil || !strings.Contains(strings.ToLower(e.Name), "presiden") {
				return false
			}
		}
		if ref == nil {
			return true
		}
		if org == ref.ID {
			return true
		}
		if ref.Kind == "country" {
			if e := r.k.Get(org); e != nil && countryOf(e) == ref.ID {
				return true
			}
		}
		return false
	}
	if a.entry != nil {
		roles := a.entry.RolesAt(r.date)
		if np.former {
			for _, ro := range roles {
				if want(ro.Position) && orgOK(ro.Org) {
					return false // the holder now is not the former one
				}
			}
			roles = roles[:0:0]
			for _, ro := range a.entry.Roles {
				if ro.End != nil && (r.date == "" || *ro.End <= r.date) {
					roles = append(roles, ro)
				}
			}
		}
		for _, ro := range roles {
			if want(ro.Position) && orgOK(ro.Org) {
				return true
			}
		}
	}
	for _, dr := range a.docRoles {
		for _, p := range dr.positions {
			if !want(p) {
				continue
			}
			if dr.ref == nil && !np.pres {
				// an office the text gave without its body ("University
				// president") fits a title naming a country only when the
				// person is known to be of that country
				return ref == nil || (a.country != "" && a.country == countryOf(ref))
			}
			if dr.ref != nil && orgOK(dr.ref.ID) {
				return true
			}
		}
	}
	return false
}

// ---- pronouns ----

var fronting = map[string]bool{"in": true, "for": true, "on": true, "to": true, "at": true}

// pronoun resolves the pronoun at token i.
func (r *resolver) pronoun(i int) {
	g := pronouns[r.low[i]]
	s := r.d.Tokens[i].Sentence
	pos := r.d.Tokens[i].Start
	if g == "n" && r.d.Tokens[i].UPOS != "" && r.d.Tokens[i].UPOS != "PRON" && r.d.Tokens[i].UPOS != "DET" {
		return
	}
	if a, stop := r.cataphor(i, g); a != nil || stop {
		if a != nil {
			r.addMention(a, i, i+1, HowPronoun)
		}
		return
	}
	var best *mention
	better := func(m, b *mention) bool {
		if m.sent != b.sent {
			return m.sent > b.sent
		}
		gm, gb := m.a.gender != "", b.a.gender != ""
		if gm != gb {
			return gm
		}
		if m.subject != b.subject {
			return m.subject
		}
		if m.sent == s {
			return m.Start > b.Start
		}
		return m.Start < b.Start
	}
	window := r.opts.PronounWindow
	if g == "n" {
		window = 1
	}
	speech := g != "n" && speechSubject(r.d, i)
	for _, m := range r.ments {
		if m.End > pos || m.sent < s-window {
			continue
		}
		if (g == "n") != (m.a.kind != "person") || (g == "n" && r.plural(m)) {
			continue
		}
		if m.a.gender != "" && m.a.gender != g && g != "n" {
			continue
		}
		if m.sent == s && r.coargument(m, i) {
			continue // "X called him": him is not X
		}
		if speech && m.sent == s && oblique(r.d, r.low, m.lo, m.hi) {
			continue // "When challenged by X, he stated": not X
		}
		if speech && m.sent == s-1 && r.inSubjectDescription(m) {
			continue // "An aide to X suggested … He also said": the aide
		}
		if best == nil || better(m, best) {
			best = m
		}
	}
	if (best == nil || best.sent < s-1) && g != "n" && !r.opts.NoNominals {
		// no person in this or the previous sentence: a description there
		// ("the mechanic") is the better antecedent
		if a := r.nominalAntecedent(i, false, g); a != nil {
			r.addMention(a, i, i+1, HowPronoun)
			return
		}
	}
	if best != nil && g == "n" && r.placeBetween(best, pos) {
		return // "Poland's third city … its centre": the city, a place
	}
	if best != nil {
		r.addMention(best.a, i, i+1, HowPronoun)
	}
}

// placeBetween reports whether a place entity of the recogniser that is
// no actor's mention (a city, a region) lies between mention m and
// offset pos.
func (r *resolver) placeBetween(m *mention, pos int) bool {
	for _, e := range r.ents {
		if (e.Type != "GPE" && e.Type != "LOC" && e.Type != "FAC") || e.Start < m.End || e.End > pos {
			continue
		}
		mentioned := false
		for _, o := range r.ments {
			if o.Overlaps(e.Span) {
				mentioned = true
				break
			}
		}
		if !mentioned {
			return true
		}
	}
	return false
}

// cataphor handles a possessive in a fronted phrase ("For his part, the
// adviser said"): it refers to the first person mentioned after the comma.
// stop reports that the subject is a person we could not resolve.
func (r *resolver) cataphor(i int, g string) (a *act, stop bool) {
	if r.low[i] != "his" && r.low[i] != "her" {
		return nil, false
	}
	s := r.d.Tokens[i].Sentence
	first := i
	for first > 0 && r.d.Tokens[first-1].Sentence == s {
		first--
	}
	if !fronting[r.low[first]] || i-first > 3 {
		return nil, false
	}
	comma := -1
	for k := i + 1; k < len(r.d.Tokens) && r.d.Tokens[k].Sentence == s && k < i+6; k++ {
		if r.low[k] == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return nil, false
	}
	after := r.d.Tokens[comma].End
	var next *mention
	for _, m := range r.ments {
		if m.Start >= after && m.sent == s && m.a.kind == "person" && (next == nil || m.Start < next.Start) {
			next = m
		}
	}
	var blk = -1
	for _, b := range r.blocked {
		if b.Start >= after && (blk < 0 || b.Start < blk) && r.sentenceOf(b.Start) == s {
			blk = b.Start
		}
	}
	if blk >= 0 && (next == nil || blk < next.Start) {
		return nil, true
	}
	if next != nil && next.Start-after < 40 && (next.a.gender == "" || next.a.gender == g) {
		return next.a, false
	}
	return nil, false
}

func (r *resolver) sentenceOf(off int) int {
	if k, ok := r.startTok[off]; ok {
		return r.d.Tokens[k].Sentence
	}
	return -1
}

var objectPronouns = map[string]bool{"him": true, "her": true, "himself": false, "herself": false}

// coargument reports whether the object pronoun at token i and mention m
// are the subject and object of the same verb, which rules out coreference
// for a non-reflexive pronoun. With a parse it asks the tree; without one it
// assumes the same clause when only a verb phrase (no comma, conjunction or
// complementiser) separates them.
func (r *resolver) coargument(m *mention, i int) bool {
	if !objectPronouns[r.low[i]] {
		return false
	}
	if r.parsed {
		v := r.d.Tokens[i].Head
		if v < 0 || !strings.HasPrefix(r.d.Tokens[i].Deprel, "obj") && r.d.Tokens[i].Deprel != "iobj" {
			return false
		}
		for k := m.lo; k < m.hi; k++ {
			if r.d.Tokens[k].Head == v && strings.HasPrefix(r.d.Tokens[k].Deprel, "nsubj") {
				return true
			}
		}
		return false
	}
	if !m.subject && m.how != HowTitle && m.how != HowName {
		return false
	}
	verb := false
	for k := m.hi; k < i; k++ {
		w := r.low[k]
		switch {
		case w == "," || w == "that" || w == "and" || w == "but" || w == "who" || w == ";" || r.d.Tokens[k].UPOS == "SCONJ" || r.d.Tokens[k].UPOS == "CCONJ":
			return false
		case r.d.Tokens[k].UPOS == "VERB":
			verb = true
		}
	}
	return verb
}

// inSubjectDescription reports whether mention m hangs on the head of a
// subject that describes another person ("An aide to X", "X's
// spokesman"): the subject, not m, is the salient one.
func (r *resolver) inSubjectDescription(m *mention) bool {
	if !r.parsed {
		return false
	}
	for k := m.lo; k < m.hi; k++ {
		t := r.d.Tokens[k]
		if t.Head >= m.lo && t.Head < m.hi {
			continue
		}
		if !strings.HasPrefix(t.Deprel, "nmod") || t.Head < 0 {
			return false
		}
		g := r.d.Tokens[t.Head]
		_, person := personNouns[r.low[t.Head]]
		return person && g.UPOS == "NOUN" && strings.HasPrefix(g.Deprel, "nsubj")
	}
	return false
}

// titledSurname finds, for a title before a one-word name ("President
// Trump", "Secretary Rice"), the person of the knowledge base with that
// surname who held one of the title's offices (of the body the phrase
// names, if any) at the document's date, else the one who held it most
// recently before; nil when none did.
func (r *resolver) titledSurname(np *titleNP, ref *kb.Entry, text string) *kb.Entry {
	key := names.Key(text)
	if f := strings.Fields(key); len(f) > 0 {
		key = f[len(f)-1]
	}
	wanted := map[string]bool{}
	for _, p := range np.positions {
		wanted[p] = true
	}
	var best *kb.Entry
	bestScore, bestStart := -1, ""
	for _, e := range r.k.BySurname(key) {
		if e.Kind != "person" || !exactSurname(e, text) {
			continue
		}
		for _, ro := range e.Roles {
			p := ro.Position
			if !wanted[p] && !(wanted["minister"] && strings.HasSuffix(p, "minister") && !strings.HasPrefix(p, "deputy")) {
				continue
			}
			if ref != nil && ro.Org != ref.ID {
				// an office of a body of the country the phrase names
				o := r.k.Get(ro.Org)
				if ref.Kind != "country" || o == nil || countryOf(o) != ref.ID {
					continue
				}
			}
			score := 0
			switch {
			case r.date == "" || ro.Active(r.date):
				score = 2
			case ro.Start != "" && ro.Start <= r.date:
				score = 1
			default:
				continue // an office taken after the date
			}
			if score > bestScore || score == bestScore && ro.Start > bestStart {
				best, bestScore, bestStart = e, score, ro.Start
			}
		}
	}
	return best
}

// possessorRef returns the body whose office a person's title names
// ("Putin's spokesman": the presidency): the office the possessor holds at
// the document's date, a head of state's or government's own office when
// the knowledge base has one, else the possessor's country; nil when the
// possessor is not a known person.
func (r *resolver) possessorRef(ent int) *kb.Entry {
	m := r.entity(ent)
	if m == nil || m.a.kind != "person" || m.a.entry == nil {
		return nil
	}
	for _, ro := range m.a.entry.RolesAt(r.date) {
		suffix := ""
		switch ro.Position {
		case "head-of-state":
			suffix = ".PRES"
		case "head-of-government":
			suffix = ".PMO"
		}
		if suffix != "" {
			if e := r.k.Get(ro.Org + suffix); e != nil {
				return e
			}
		}
		if e := r.k.Get(ro.Org); e != nil {
			return e
		}
	}
	if c := m.a.entry.CountryCode(); c != "" {
		return r.k.Get(c)
	}
	return nil
}

// holderTopic is holder narrowed, when topic is set, to the holders whose
// role title names the topic.
func (r *resolver) holderTopic(positions []string, ref *kb.Entry, topic string) *kb.Entry {
	if topic == "" {
		return r.holder(positions, ref)
	}
	orgs := map[string]bool{ref.ID: true}
	if ref.Kind == "country" {
		for _, c := range r.k.Children(ref.ID) {
			orgs[c] = true
		}
	}
	var hs []*kb.Entry
	for _, p := range positions {
		for o := range orgs {
			for _, e := range r.k.Holders(p, o, r.date) {
				for _, ro := range e.RolesAt(r.date) {
					if ro.Position == p && ro.Org == o && strings.Contains(strings.ToLower(ro.Title), topic) {
						hs = append(hs, e)
						break
					}
				}
			}
		}
	}
	if hs = uniq(hs); len(hs) == 1 {
		return hs[0]
	}
	return nil
}

// leaderWords are the office words that, with a country and no other
// office, name its top office: "the Chinese leader", "the Russian head".
var leaderWords = map[string]bool{"leader": true, "chief": true, "head": true}

// headOfGovernmentLeads lists the countries whose leader, in news usage,
// is the head of government (parliamentary systems, constitutional
// monarchies): "the German leader" is the chancellor, "the Israeli leader"
// the prime minister.
var headOfGovernmentLeads = map[string]bool{
	"GBR": true, "DEU": true, "ISR": true, "IND": true, "JPN": true, "ITA": true, "ESP": true,
	"NLD": true, "BEL": true, "SWE": true, "NOR": true, "DNK": true, "CAN": true, "AUS": true,
	"NZL": true, "GRC": true, "AUT": true, "HUN": true, "CZE": true, "SVK": true, "IRQ": true,
	"PAK": true, "ARM": true, "GEO": true, "POL": true, "IRL": true, "PRT": true, "EST": true,
	"LVA": true, "BGR": true, "HRV": true, "SVN": true, "MLT": true, "LUX": true, "THA": true,
	"MYS": true, "SGP": true, "NPL": true, "BGD": true, "ETH": true, "LBN": true, "ALB": true,
	"SRB": true, "MNE": true, "MKD": true, "KHM": true, "BTN": true, "JAM": true, "PNG": true,
	"XKX": true,
}

// topOffice returns the body and positions that "the <country> leader"
// names at the document's date: a supreme leader's office when the
// knowledge base has one ("<C>.LEADER"), the head of government where it
// leads, else the head of state.
func (r *resolver) topOffice(c *kb.Entry) (*kb.Entry, []string) {
	if l := r.k.Get(c.ID + ".LEADER"); l != nil && len(r.k.Holders("head", l.ID, r.date)) == 1 {
		return l, []string{"head"}
	}
	if headOfGovernmentLeads[c.ID] {
		return c, []string{"head-of-government", "head-of-state"}
	}
	return c, []string{"head-of-state", "head-of-government"}
}
