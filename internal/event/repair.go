package event

import (
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// repairParse returns a copy of d's tokens with misparses that hide a
// clause's main verb undone, or nil when there is none. The parser
// sometimes reads "subject + past verb + object" as a noun phrase, the
// verb as a participle modifying a noun, the reading of "weapons seized
// last year":
//
//   - "Syrian warplanes bombed rebel positions." — "warplanes" the root,
//     "bombed" its acl;
//   - "The United Nations on Tuesday reduced food supplies to the camp,
//     officials said." — "reduced" an acl of the subject of "said";
//   - "Palestinian police in Jericho confiscated weapons from …, the army
//     said." — "confiscated" an amod of "weapons", itself hung on "police".
//
// A past-form verb (VBD or VBN) with no subject, auxiliary, copula or
// marker of its own that takes a direct object (a participle almost never
// does), or that is the only predicate of a sentence ending in a full stop,
// is restored as the predicate of the noun before it: the noun becomes its
// subject, the verb the root or the complement of the speech verb the noun
// hung on, the noun's dependents after the verb move to the verb, and a
// noun the verb modified becomes its object. The document is not changed.
func repairParse(d *doc.Document) []doc.Token {
	toks := d.Tokens
	var out []doc.Token
	for _, s := range sentenceRanges(toks) {
		for v := s[0] + 1; v < s[1]; v++ {
			if fixClause(d, toks, s, v, &out) {
				break // one repair per sentence: the rest hangs on it
			}
		}
		cur := toks
		if out != nil {
			cur = out
		}
		for v := s[0] + 1; v < s[1]; v++ {
			if fixFrontedSubject(d, cur, s, v, &out) {
				break
			}
		}
	}
	return out
}

// fixFrontedSubject gives a subjectless verb the subject the parser hung,
// as an apposition, on a fronted phrase: in "With the signing of the
// accord, the government and the rebels have agreed to …" and "In an
// unprecedented move, Palestinian police confiscated …" the noun phrase
// after the comma is parsed as an apposition of "signing" or "move". When
// a main or complement verb has no subject, and an apposition inside one
// of its dependents before it is set off by a comma and ends where the
// verb's auxiliaries begin, the apposition is its subject.
func fixFrontedSubject(d *doc.Document, toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	if t.UPOS != "VERB" || !(t.Deprel == "root" || t.Deprel == "ccomp" || t.Head < 0) {
		return false
	}
	for i := s[0]; i < s[1]; i++ {
		if toks[i].Head == v && (strings.HasPrefix(toks[i].Deprel, "nsubj") || toks[i].Deprel == "expl" || strings.HasPrefix(toks[i].Deprel, "csubj")) {
			return false
		}
	}
	// The verb's auxiliaries and adverbs right before it.
	start := v
	for start-1 >= s[0] && toks[start-1].Head == v && (strings.HasPrefix(toks[start-1].Deprel, "aux") || toks[start-1].Deprel == "advmod") {
		start--
	}
	// The apposition must end at start-1.
	for a := s[0]; a < start; a++ {
		if toks[a].Deprel != "appos" || (toks[a].UPOS != "NOUN" && toks[a].UPOS != "PROPN") {
			continue
		}
		if a == s[0] || strings.TrimSpace(d.SpanText(toks[firstOf(toks, s, a)-1].Span)) != "," {
			continue
		}
		if lastOf(toks, s, a) != start-1 {
			continue
		}
		// Its host hangs (through any chain) on the verb, before it.
		h, ok := toks[a].Head, false
		for n := 0; h >= s[0] && h < s[1] && n < 20; n++ {
			if h == v {
				ok = true
				break
			}
			if h > v {
				break
			}
			h = toks[h].Head
		}
		if !ok {
			continue
		}
		if *out == nil {
			*out = append([]doc.Token(nil), toks...)
		}
		(*out)[a].Head, (*out)[a].Deprel = v, "nsubj"
		return true
	}
	return false
}

// firstOf and lastOf return the first and last word (punctuation aside)
// of the subtree of k in sentence s.
func firstOf(toks []doc.Token, s [2]int, k int) int {
	lo := k
	for i := s[0]; i < s[1]; i++ {
		if i < lo && dominates(toks, s, k, i) && toks[i].UPOS != "PUNCT" {
			lo = i
		}
	}
	return lo
}

func lastOf(toks []doc.Token, s [2]int, k int) int {
	hi := k
	for i := s[0]; i < s[1]; i++ {
		if i > hi && dominates(toks, s, k, i) && toks[i].UPOS != "PUNCT" {
			hi = i
		}
	}
	return hi
}

// dominates reports whether k is i or one of its heads.
func dominates(toks []doc.Token, s [2]int, k, i int) bool {
	for n := 0; i >= s[0] && i < s[1] && n < 50; n++ {
		if i == k {
			return true
		}
		i = toks[i].Head
	}
	return false
}

// fixClause tries the repair of verb v in sentence s, writing into *out
// (copied from toks on first use).
func fixClause(d *doc.Document, toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	if t.UPOS != "VERB" || (t.XPOS != "VBD" && t.XPOS != "VBN") || t.Head < s[0] || t.Head >= s[1] {
		return false
	}
	hasObj := false
	for i := s[0]; i < s[1]; i++ {
		if toks[i].Head != v {
			continue
		}
		r := toks[i].Deprel
		if strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") || r == "mark" || r == "cop" || r == "expl" {
			return false // a clause of its own
		}
		if r == "obj" {
			hasObj = true
		}
	}
	subj, obj := -1, -1
	switch {
	case t.Deprel == "acl" && t.Head < v:
		subj = t.Head
	case t.Deprel == "amod" && t.Head > v && toks[t.Head].Head >= s[0] && toks[t.Head].Head < v:
		// "police in Jericho confiscated weapons": weapons ← police.
		obj, subj = t.Head, toks[t.Head].Head
		hasObj = true
	default:
		return false
	}
	// Climb out of prepositional modifiers to the head of the noun
	// phrase: "Guatemala on Thursday announced …" hangs the verb on
	// "Thursday", "police in Jericho confiscated …" may hang it on
	// "Jericho".
	for n := 0; n < 10; n++ {
		h := toks[subj].Head
		r := toks[subj].Deprel
		if h < s[0] || h >= s[1] || h > subj || !(r == "nmod" || strings.HasPrefix(r, "nmod:tmod") || strings.HasPrefix(r, "obl")) {
			break
		}
		if u := toks[h].UPOS; u != "NOUN" && u != "PROPN" {
			break
		}
		subj = h
	}
	if u := toks[subj].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	// Nothing but the subject's own phrase stands between it and the verb.
	for i := subj + 1; i < v; i++ {
		if u := toks[i].UPOS; u == "VERB" || u == "AUX" || (u == "PUNCT" && strings.TrimSpace(d.SpanText(toks[i].Span)) == ",") {
			return false
		}
	}
	// The predicate the subject hangs on: none (the subject is the root),
	// or a speech verb ("…, officials said").
	pred := -1
	for cur, n := toks[subj].Head, 0; cur >= 0 && cur < len(toks) && n < 50; cur, n = toks[cur].Head, n+1 {
		if toks[cur].UPOS == "VERB" || toks[cur].UPOS == "AUX" {
			pred = cur
			break
		}
	}
	if pred >= 0 && !speechVerbs[strings.ToLower(toks[pred].Lemma)] {
		return false
	}
	if !hasObj {
		// Without an object only a sentence with no other predicate.
		if pred >= 0 || toks[subj].Head >= 0 {
			return false
		}
		last := s[1] - 1
		if toks[last].UPOS != "PUNCT" || strings.TrimSpace(d.SpanText(toks[last].Span)) != "." {
			return false
		}
		for i := s[0]; i < s[1]; i++ {
			if i != v && (toks[i].UPOS == "VERB" || toks[i].UPOS == "AUX") && toks[i].XPOS != "VBG" && toks[i].XPOS != "VBN" {
				return false
			}
		}
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	o := *out
	if pred >= 0 {
		o[v].Head, o[v].Deprel = pred, "ccomp"
	} else {
		o[v].Head, o[v].Deprel = toks[subj].Head, toks[subj].Deprel
		if toks[subj].Head < 0 {
			o[v].Deprel = "root"
		}
	}
	o[subj].Head, o[subj].Deprel = v, "nsubj"
	for i := v + 1; i < s[1]; i++ {
		if toks[i].Head == subj {
			o[i].Head = v
		}
	}
	if obj >= 0 {
		o[obj].Head, o[obj].Deprel = v, "obj"
	}
	return true
}

// sentenceRanges returns the [start, end) token ranges of the sentences.
func sentenceRanges(toks []doc.Token) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || toks[i].Sentence != toks[start].Sentence {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return out
}
