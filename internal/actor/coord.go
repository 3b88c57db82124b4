package actor

import (
	"strings"

	"github.com/parley-news/parley/internal/actor/kb"
)

// pluralTitles maps the plural of each office phrase of the title lexicon
// ("presidents", "foreign ministers", "ministers of defence") to its title,
// for offices shared by coordinated nationalities: "the Brazilian and
// South Korean presidents".
var pluralTitles = map[string]title{}

func init() {
	for _, ts := range titleLexicon {
		for _, t := range ts {
			w := append([]string{}, t.words...)
			head := len(w) - 1
			for k, x := range w {
				if x == "of" || x == "for" || x == "in" {
					head = k - 1 // "ministers of defence", "commanders in chief"
					break
				}
			}
			if head < 0 {
				continue
			}
			w[head] = plural(w[head])
			pluralTitles[strings.Join(w, " ")] = t
		}
	}
}

// actNouns are the nouns of acts, plans and stances that a nationality
// adjective attributes to its state: "the American proposal", "a
// Senegalese peace plan", "the Russian invasion". The adjective alone is
// then a mention of the country (How metonym); "Russian literature" and
// "a French actress" are not.
var actNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`proposal proposals plan plans initiative initiatives offer offers
		demand demands request requests position stance response decision decisions statement
		move bid ultimatum call appeal warning warnings threat threats pledge commitment invitation
		refusal veto sanctions attack attacks strike strikes airstrike airstrikes offensive invasion
		aggression intervention blockade incursion bombardment shelling retaliation
		mediation crackdown counterproposal counteroffer`) {
		actNouns[w] = true
	}
}

// coordItem is one conjunct of a coordinated nationality phrase.
type coordItem struct {
	ent    int // entity index
	lo, hi int // its tokens
	c      *kb.Entry
}

// coordCountries reads, from entity i, a run of nationalities or country
// names joined by ",", "and", "or" ("Brazilian and South Korean", "the
// Russian, Turkish and Iranian"): the conjuncts, each a country, and the
// token after the last. ok is false for a single nationality or a run
// with no "and"/"or".
func (r *resolver) coordCountries(i int) (items []coordItem, end int, ok bool) {
	n := len(r.d.Tokens)
	country := func(e int) (*kb.Entry, int, int) {
		if e < 0 {
			return nil, 0, 0
		}
		en := r.ents[e]
		if en.Type != "NORP" && en.Type != "GPE" {
			return nil, 0, 0
		}
		lo, hi, good := r.tokRange(en.Span)
		if !good {
			return nil, 0, 0
		}
		c := r.countryWord(en.Text)
		if c == nil || c.Kind != "country" {
			return nil, 0, 0
		}
		return c, lo, hi
	}
	c, lo, hi := country(i)
	if c == nil {
		return nil, 0, false
	}
	s := r.d.Tokens[lo].Sentence
	items = append(items, coordItem{i, lo, hi, c})
	conj := false
	k := hi
	for k < n && r.d.Tokens[k].Sentence == s {
		w := r.low[k]
		if w != "," && w != "and" && w != "or" {
			break
		}
		j := k + 1
		if w == "," && j < n && (r.low[j] == "and" || r.low[j] == "or") {
			j++
		}
		if j >= n || r.d.Tokens[j].Sentence != s {
			break
		}
		e := r.entityOf(j)
		c2, lo2, hi2 := country(e)
		if c2 == nil || lo2 != j {
			break
		}
		if w != "," || j > k+1 {
			conj = true
		}
		items = append(items, coordItem{e, lo2, hi2, c2})
		k = hi2
	}
	if len(items) < 2 || !conj {
		return nil, 0, false
	}
	return items, k, true
}

// coordinatedTitle reads "the Brazilian and South Korean presidents", "the
// US and Russian foreign ministers": nationalities sharing one plural
// office word. Each nationality becomes a mention (its own words, How
// title) of the office holder of its country at the document's date, a
// compatible person already named in the text first; a nationality whose
// holder is unknown is left alone. It reports whether the entity i opens
// such a phrase.
// soleOffices are the positions a country gives one person at a time. Only
// these are read as shared plural offices: "the US and Russian
// negotiators", "envoys" or "spokesmen" are many people each, and stand
// for their countries (coordinatedGroup).
var soleOffices = map[string]bool{
	"head-of-state": true, "head-of-government": true, "vice-head-of-state": true,
	"foreign-minister": true, "defence-minister": true, "interior-minister": true,
	"finance-minister": true, "national-security-adviser": true, "chief-of-general-staff": true,
}

// sharedOffices are positions many people hold at once in one country.
var sharedOffices = map[string]bool{
	"negotiator": true, "ambassador": true, "spokesperson": true, "adviser": true,
	"minister": true, "commander": true,
}

// soleOffice reports whether title t names a sole office: one of its
// positions is, and none is held by many ("adviser" may be the national
// security adviser, but "the US and Russian advisers" are many).
func soleOffice(t title) bool {
	sole := false
	for _, p := range t.positions {
		if sharedOffices[p] {
			return false
		}
		sole = sole || soleOffices[p]
	}
	return sole
}

func (r *resolver) coordinatedTitle(i int) bool {
	if r.quiet {
		return false
	}
	items, k, ok := r.coordCountries(i)
	if !ok {
		return false
	}
	n := len(r.d.Tokens)
	s := r.d.Tokens[items[0].lo].Sentence
	var t title
	found := false
	thi := k
	for j := k; j < n && j < k+5 && r.d.Tokens[j].Sentence == s; j++ {
		if tt, ok := pluralTitles[strings.Join(r.low[k:j+1], " ")]; ok {
			t, found, thi = tt, true, j+1 // the longest: "foreign ministers"
		}
	}
	if !found || !(soleOffice(t) || len(t.words) == 1 && leaderWords[t.words[0]]) {
		return false
	}
	for _, it := range items {
		if r.entDone[it.ent] {
			continue
		}
		r.entDone[it.ent] = true
		ref, positions := it.c, t.positions
		if len(t.words) == 1 && leaderWords[t.words[0]] {
			ref, positions = r.topOffice(it.c)
		}
		np := &titleNP{lo: it.lo, hi: it.hi, tlo: k, thi: thi, t: t, positions: positions, appos: -1, possessor: -1}
		a := r.docTitle(np, ref)
		if a == nil {
			if e := r.holderTopic(positions, ref, t.topic); e != nil {
				a = r.fromEntry(e)
			}
		}
		if a == nil {
			continue
		}
		r.entAct[it.ent] = r.addMention(a, it.lo, it.hi, HowTitle)
	}
	return true
}

// actAdjective reads a nationality at tokens [lo,hi) modifying the noun of
// an act, plan or stance ("the American proposal", "a Senegalese peace
// plan"): it reports whether the nationality stands for its country there.
// Up to two nouns or adjectives may stand between them; in a parsed
// document the nationality must modify the act noun.
func (r *resolver) actAdjective(lo, hi int) bool {
	n := len(r.d.Tokens)
	s := r.d.Tokens[hi-1].Sentence
	for j := hi; j < n && j <= hi+2 && r.d.Tokens[j].Sentence == s; j++ {
		u := r.d.Tokens[j].UPOS
		if actNouns[r.low[j]] && (u == "NOUN" || u == "") {
			if j+1 < n && r.d.Tokens[j+1].Sentence == s && r.d.Tokens[j+1].UPOS == "NOUN" && !actNouns[r.low[j+1]] {
				return false // "the Russian attack helicopter"
			}
			if r.parsed {
				// the head of the nationality, through a coordination
				// ("Russian and Chinese proposals")
				k := hi - 1
				for steps := 0; steps < 4 && r.d.Tokens[k].Deprel == "conj" && r.d.Tokens[k].Head >= 0; steps++ {
					k = r.d.Tokens[k].Head
				}
				return r.d.Tokens[k].Head == j
			}
			return true
		}
		if u != "NOUN" && u != "ADJ" || r.entityOf(j) >= 0 {
			return false
		}
	}
	return false
}
