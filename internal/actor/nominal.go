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
// becomes an actor of its own (Options.Nominals).
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
		reader viewer listener speaker audience crowd team band couple family
		parent mother father son daughter brother sister husband wife friend
		neighbour neighbor king queen prince princess emperor priest monk
		mayor governor candidate president chairman chief director executive
		analyst expert engineer pilot driver passenger sailor hunter traveler
		traveller explorer settler survivor rebel militant fighter
		participant respondent subject learner speaker teenager adult
	`) {
		personNouns[w] = w
		pl := w + "s"
		switch {
		case strings.HasSuffix(w, "man"):
			pl = strings.TrimSuffix(w, "man") + "men"
		case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey") && !strings.HasSuffix(w, "oy"):
			pl = strings.TrimSuffix(w, "y") + "ies"
		case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
			pl = w + "es"
		}
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
// "new:group:<noun>" (plural) with all those phrases as mentions (How
// title). A phrase that is part of a name, that a title or name mention
// already covers, or that has a possessive or numeral determiner ("his
// brother", "two students") is left out.
func (r *resolver) nominals() {
	n := len(r.d.Tokens)
	covered := make([]bool, n)
	for _, m := range r.ments {
		for i := m.lo; i < m.hi; i++ {
			covered[i] = true
		}
	}
	type np struct {
		lo, hi   int
		definite bool
	}
	byHead := map[string][]np{}
	var order []string
	for i := 0; i < n; i++ {
		t := r.d.Tokens[i]
		sg, ok := personNouns[r.low[i]]
		if !ok || covered[i] || t.UPOS != "NOUN" {
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
		if lo > 0 && r.d.Tokens[lo-1].Sentence == t.Sentence {
			w := r.low[lo-1]
			switch {
			case w == "the" || w == "this" || w == "these" || w == "that" || w == "those":
				definite = true
				lo--
			case w == "a" || w == "an":
				lo--
			case possessives[w] || r.d.Tokens[lo-1].UPOS == "NUM" || w == "'s" || w == "’s" || w == "every" || w == "each" || w == "no" || w == "any" || w == "some" || w == "all" || w == "many" || w == "other" || w == "another":
				skip = true
			}
		}
		if skip {
			continue
		}
		key := sg
		if sg != r.low[i] {
			key += "+pl"
		}
		if _, seen := byHead[key]; !seen {
			order = append(order, key)
		}
		byHead[key] = append(byHead[key], np{lo, i + 1, definite})
	}
	for _, key := range order {
		nps := byHead[key]
		if len(nps) < 2 {
			continue
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
		id, kind := "new:per:"+strings.TrimSuffix(key, "+pl"), "person"
		if strings.HasSuffix(key, "+pl") {
			id, kind = "new:group:"+strings.TrimSuffix(key, "+pl"), "group"
		}
		a := r.byID[id]
		if a == nil {
			a = &act{id: id, name: strings.TrimSuffix(key, "+pl"), kind: kind}
			r.byID[id] = a
			r.acts = append(r.acts, a)
		}
		for k, p := range nps {
			if k > 0 && !p.definite {
				break // "a student … a student": another one
			}
			r.addMention(a, p.lo, p.hi, HowTitle)
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
// the previous one), never to a coargument of the same verb.
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
	if best != nil {
		r.addMention(best.a, i, i+1, HowPronoun)
	}
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
	"pope": true, "rabbi": true, "imam": true, "sheikh": true, "governor": true,
	"gov": true, "mayor": true, "dean": true, "coach": true, "officer": true,
	"detective": true, "agent": true, "uncle": true, "aunt": true,
}

// exactSurname reports whether text is, after folding, the last word of
// one of e's names.
func exactSurname(e *kb.Entry, text string) bool {
	f := names.Fold(text)
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
