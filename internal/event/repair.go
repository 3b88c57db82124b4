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
//   - "The United Nations on Tuesday reduced water deliveries to the
//     camp, aid workers said." — "reduced" an acl of the subject of "said";
//   - "Local police in the port seized rifles from …, the army said."
//     — "seized" an amod of "weapons", itself hung on "police".
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
		for v := s[0] + 1; v < s[1]; v++ {
			if out != nil {
				cur = out
			}
			if fixFrontedList(d, cur, s, v, &out) {
				break
			}
		}
		for v := s[0]; v < s[1]; v++ {
			if out != nil {
				cur = out
			}
			fixNominalVerb(cur, s, v, &out)
		}
		for v := s[0]; v < s[1]; v++ {
			if out != nil {
				cur = out
			}
			fixTwoSubjects(cur, s, v, &out)
			fixMediumWith(cur, s, v, &out)
			fixTalksBetween(cur, s, v, &out)
			fixPartitive(cur, s, v, &out)
			fixDatedParticiple(cur, s, v, &out)
			if out != nil {
				cur = out
			}
			fixTimeSubject(cur, s, v, &out)
		}
	}
	return out
}

// fixNominalVerb reads a base-form verb that has a determiner, possessor
// or preposition of its own before it as the noun it is: in "during her
// Sunday visit to Tbilisi" the parser can tag "visit" a verb (VB) with
// "Sunday" as its subject, and "during" as an adverb. The verb becomes a
// noun, a preposition hung on it as an adverb its case marker (the noun
// an oblique of its head), a subject between its determiner and itself a
// compound, and its obliques after it nominal modifiers ("to Tbilisi").
func fixNominalVerb(toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	if t.UPOS != "VERB" || (t.XPOS != "VB" && t.XPOS != "VBP") {
		return false
	}
	nominal := false
	for k := s[0]; k < v; k++ {
		if toks[k].Head != v {
			continue
		}
		switch toks[k].Deprel {
		case "det", "nmod:poss":
			nominal = true
		case "case", "advmod":
			if toks[k].UPOS == "ADP" {
				nominal = true
			}
		case "aux", "mark", "nsubj:pass", "expl", "cop":
			return false
		}
	}
	if !nominal {
		return false
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	o := *out
	o[v].UPOS, o[v].XPOS = "NOUN", "NN"
	for k := s[0]; k < s[1]; k++ {
		if o[k].Head != v {
			continue
		}
		switch {
		case k < v && o[k].UPOS == "ADP" && o[k].Deprel == "advmod":
			// "during" hung as an adverb: the noun's preposition.
			o[k].Deprel = "case"
			switch o[v].Deprel {
			case "ccomp", "xcomp", "advcl", "dep":
				o[v].Deprel = "obl"
			}
		case k < v && o[k].Deprel == "nsubj":
			o[k].Deprel = "compound"
		case k > v && o[k].Deprel == "obl":
			o[k].Deprel = "nmod"
		}
	}
	return true
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
		if a == s[0] || (strings.TrimSpace(d.SpanText(toks[firstOf(toks, s, a)-1].Span)) != "," && !accordingHost(toks, s, a)) {
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
// fixFrontedList rebuilds a conjoined subject that the parser split
// between a fronted prepositional phrase and the verb: in "During talks in
// Riga, Poland and Lithuania agreed …" the names are parsed as conjuncts
// of "Riga", in "At a meeting in Riga, the Polish president and the
// Lithuanian president agreed …" the first as an apposition of "meeting"
// and the second as the subject. When a sentence opens with a preposition
// and the words between the comma that closes that phrase and the verb
// (with its auxiliaries) are only nouns, names, determiners, adjectives
// and a conjunction, at least one of them hung on the fronted phrase,
// they are made the verb's subject: the first noun phrase its head, the
// others its conjuncts.
func fixFrontedList(d *doc.Document, toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	if t.UPOS != "VERB" || !(t.Deprel == "root" || t.Head < 0) || toks[s[0]].UPOS != "ADP" {
		return false
	}
	start := v
	for start-1 >= s[0] && toks[start-1].Head == v && (strings.HasPrefix(toks[start-1].Deprel, "aux") || toks[start-1].Deprel == "advmod") {
		start--
	}
	comma := -1
	for k := start - 1; k > s[0]; k-- {
		if toks[k].UPOS == "PUNCT" {
			if strings.TrimSpace(d.SpanText(toks[k].Span)) == "," {
				comma = k
			}
			break
		}
	}
	if comma < 0 || comma+1 >= start {
		return false
	}
	var parts []int // heads of the region's noun phrases, in order
	var ccs []int
	hung := false
	for k := comma + 1; k < start; k++ {
		switch toks[k].UPOS {
		case "DET", "ADJ", "PROPN", "NOUN", "CCONJ", "PART":
		default:
			return false
		}
		if toks[k].UPOS == "CCONJ" {
			ccs = append(ccs, k)
			continue
		}
		h := toks[k].Head
		if h > comma && h < start && toks[k].Deprel != "conj" {
			continue // inside a noun phrase of the region
		}
		switch {
		case toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN":
			parts = append(parts, k)
			if h >= s[0] && h < comma {
				hung = true
			}
		default:
			return false
		}
	}
	if len(parts) < 2 || !hung || len(ccs) != 1 {
		return false
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	o := *out
	for k := s[0]; k < s[1]; k++ {
		if k != parts[0] && o[k].Head == v && strings.HasPrefix(o[k].Deprel, "nsubj") {
			o[k].Deprel = "dep"
		}
	}
	o[parts[0]].Head, o[parts[0]].Deprel = v, "nsubj"
	for _, k := range parts[1:] {
		o[k].Head, o[k].Deprel = parts[0], "conj"
	}
	last := parts[len(parts)-1]
	o[ccs[0]].Head, o[ccs[0]].Deprel = last, "cc"
	return true
}

// fixTwoSubjects joins two subjects of one verb that a conjunction
// separates ("The Polish president and the Lithuanian president held
// talks", both parsed as subjects of "held", "and" hung on the verb): the
// second becomes a conjunct of the first, the conjunction its marker.
func fixTwoSubjects(toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	var subj []int
	cc := -1
	for k := s[0]; k < v; k++ {
		if toks[k].Head != v {
			continue
		}
		switch toks[k].Deprel {
		case "nsubj":
			subj = append(subj, k)
		case "cc":
			cc = k
		}
	}
	if len(subj) != 2 || cc < subj[0] || cc > subj[1] {
		return false
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	o := *out
	o[subj[1]].Head, o[subj[1]].Deprel = subj[0], "conj"
	o[cc].Head = subj[1]
	return true
}

// fixTalksBetween reads "talks" tagged as a verb, with a between-phrase
// naming two or more parties, as the noun it is: in "confirmed that talks
// between Washington and Moscow are underway" the tagger can take "that
// talks" for a relative clause. The verb becomes a plural noun, the
// between-phrase its nominal modifier and a "that" subject before it the
// complementiser. A verb "talks between" joined parties is all but unknown
// ("she talks between classes" has no conjoined parties).
func fixTalksBetween(toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	if t.UPOS != "VERB" || t.XPOS != "VBZ" || !strings.EqualFold(t.Lemma, "talk") {
		return false
	}
	between := -1
	for k := v + 1; k < s[1]; k++ {
		if toks[k].Head != v || toks[k].Deprel != "obl" {
			continue
		}
		hasCase, hasConj := false, false
		for i := v + 1; i < s[1]; i++ {
			if toks[i].Head != k {
				continue
			}
			if toks[i].Deprel == "case" && strings.EqualFold(toks[i].Lemma, "between") {
				hasCase = true
			}
			if toks[i].Deprel == "conj" {
				hasConj = true
			}
		}
		if hasCase && hasConj {
			between = k
			break
		}
	}
	if between < 0 {
		return false
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	o := *out
	o[v].UPOS, o[v].XPOS, o[v].Lemma = "NOUN", "NNS", "talk"
	o[between].Deprel = "nmod"
	for k := s[0]; k < v; k++ {
		if o[k].Head == v && o[k].Deprel == "nsubj" && strings.EqualFold(o[k].Lemma, "that") {
			o[k].Deprel = "mark"
		}
	}
	return true
}

// mediumNouns are the media of a conversation ("spoke by telephone with X").
var mediumNouns = map[string]bool{"phone": true, "telephone": true, "videoconference": true, "videolink": true, "video": true}

// fixMediumWith moves a with-phrase the parser hung on the medium of a
// conversation ("spoke by telephone with the president": "with" under
// "telephone") to the verb, where it names the other party.
func fixMediumWith(toks []doc.Token, s [2]int, k int, out *[]doc.Token) bool {
	t := toks[k]
	v := t.Head
	if !mediumNouns[strings.ToLower(t.Lemma)] || t.Deprel != "obl" || v < s[0] || v >= s[1] || toks[v].UPOS != "VERB" {
		return false
	}
	by := false
	for i := s[0]; i < k; i++ {
		if toks[i].Head == k && toks[i].Deprel == "case" && strings.EqualFold(toks[i].Lemma, "by") {
			by = true
		}
	}
	if !by {
		return false
	}
	moved := false
	for g := k + 1; g < s[1]; g++ {
		if toks[g].Head != k || !strings.HasPrefix(toks[g].Deprel, "nmod") {
			continue
		}
		with := false
		for i := k + 1; i < g; i++ {
			if toks[i].Head == g && toks[i].Deprel == "case" && strings.EqualFold(toks[i].Lemma, "with") {
				with = true
			}
		}
		if !with {
			continue
		}
		if *out == nil {
			*out = append([]doc.Token(nil), toks...)
		}
		(*out)[g].Head, (*out)[g].Deprel = v, "obl"
		moved = true
	}
	return moved
}

// accordingHost reports whether the apposition a is a name right after
// the noun of an "according to" phrase it hangs on, with no comma between
// them ("According to official sources Brazil and South Korea discussed
// …"): a source phrase has no apposition of its own there.
func accordingHost(toks []doc.Token, s [2]int, a int) bool {
	h := toks[a].Head
	if toks[a].UPOS != "PROPN" || h < s[0] || h >= s[1] || firstOf(toks, s, a)-1 != h || toks[h].UPOS != "NOUN" {
		return false
	}
	for i := s[0]; i < h; i++ {
		if toks[i].Head == h && toks[i].Deprel == "case" && strings.EqualFold(toks[i].Lemma, "accord") {
			return true
		}
	}
	return false
}

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

// partitives are nouns that count occurrences of the noun in their
// of-phrase: "a new round of negotiations", "a series of talks".
var partitives = set("round", "series", "session")

// fixPartitive puts the counted noun in the partitive's place: in "host a
// new round of negotiations between Moscow and Kyiv" the negotiations,
// not the round, are what is hosted, so the coder sees "host …
// negotiations between …". The partitive becomes a modifier of the noun.
func fixPartitive(toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	if t.UPOS != "NOUN" || t.Deprel != "nmod" || t.Head < s[0] || t.Head >= s[1] {
		return false
	}
	p := t.Head
	if !partitives[strings.ToLower(toks[p].Lemma)] && !partitives[strings.TrimSuffix(strings.ToLower(toks[p].Lemma), "s")] {
		return false
	}
	of := false
	for k := p + 1; k < v; k++ {
		if toks[k].Head == v && toks[k].Deprel == "case" && strings.EqualFold(toks[k].Lemma, "of") {
			of = true
		}
	}
	if !of {
		return false
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	o := *out
	o[v].Head, o[v].Deprel = toks[p].Head, toks[p].Deprel
	o[p].Head, o[p].Deprel = v, "nmod"
	return true
}

// dayWords are the time nouns the parser can take for the head of a
// subject before them.
var dayWords = set("today", "yesterday", "tonight", "tomorrow",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// fixTimeSubject gives a subjectless verb the name the parser hung on a
// time word before it: in "Peru today threatened to …" it can read "Peru"
// as a compound of "today" and "today" as a bare oblique of the verb. When
// the word right before verb v (its auxiliaries and adverbs aside) is such
// a day word, hung on v and modified by a noun or name right before it, that
// noun becomes v's subject and the day word's other dependents before it
// (a determiner, further compounds) move to the noun.
func fixTimeSubject(toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	if t.UPOS != "VERB" {
		return false
	}
	for i := s[0]; i < s[1]; i++ {
		if toks[i].Head == v && (strings.HasPrefix(toks[i].Deprel, "nsubj") || strings.HasPrefix(toks[i].Deprel, "csubj") || toks[i].Deprel == "expl") {
			return false
		}
	}
	n := v - 1
	for n >= s[0] && toks[n].Head == v && (strings.HasPrefix(toks[n].Deprel, "aux") || toks[n].Deprel == "advmod") {
		n--
	}
	if n-1 < s[0] || toks[n].Head != v || !strings.HasPrefix(toks[n].Deprel, "obl") {
		return false
	}
	if !dayWords[strings.ToLower(toks[n].Lemma)] {
		return false
	}
	c := n - 1
	if toks[c].Head != n || toks[c].Deprel != "compound" || (toks[c].UPOS != "PROPN" && toks[c].UPOS != "NOUN") {
		return false
	}
	for i := s[0]; i < s[1]; i++ {
		if toks[i].Head == n && i > n {
			return false // the day word heads a phrase of its own
		}
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	for i := s[0]; i < c; i++ {
		if (*out)[i].Head == n {
			(*out)[i].Head = c
		}
	}
	(*out)[c].Head, (*out)[c].Deprel = v, "nsubj"
	return true
}

// monthWords name months, which date a phrase like day words do.
var monthWords = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")

// fixDatedParticiple reads a participle the tagger took for a noun after a
// date as the participle it is: in "signed a decree in early October
// rejecting negotiations with Russia" the tagger can make "rejecting" a
// noun, and the parser "in early October rejecting negotiations" one
// phrase headed by "negotiations". When an -ing word tagged NN modifies
// the noun after it and a month or day word modifies that noun right
// before it, the date becomes the oblique (with its preposition and
// modifiers), the -ing word a participle on the verb's object (or the
// verb) and the noun its object.
func fixDatedParticiple(toks []doc.Token, s [2]int, v int, out *[]doc.Token) bool {
	t := toks[v]
	w := strings.ToLower(t.Lemma)
	if t.XPOS != "NN" || !strings.HasSuffix(w, "ing") || len(w) < 6 || t.Deprel != "compound" || t.Head != v+1 || v+1 >= s[1] || v-1 < s[0] {
		return false
	}
	n, m := v+1, v-1
	if ml := strings.ToLower(toks[m].Lemma); toks[m].Head != n || !monthWords[ml] && !dayWords[ml] {
		return false
	}
	verb := toks[n].Head
	if verb < s[0] || verb >= s[1] || toks[verb].UPOS != "VERB" || !strings.HasPrefix(toks[n].Deprel, "obl") {
		return false
	}
	attach := verb
	for k := s[0]; k < s[1]; k++ {
		if toks[k].Head == verb && toks[k].Deprel == "obj" && k < m {
			attach = k // the participle describes the object ("a decree rejecting …")
		}
	}
	if *out == nil {
		*out = append([]doc.Token(nil), toks...)
	}
	o := *out
	o[m].Head, o[m].Deprel = verb, toks[n].Deprel
	for k := s[0]; k < m; k++ {
		if toks[k].Head == n {
			o[k].Head = m // "in", "early" go with the date
		}
	}
	o[v].UPOS, o[v].XPOS, o[v].Head, o[v].Deprel = "VERB", "VBG", attach, "acl"
	if attach == verb {
		o[v].Deprel = "advcl"
	}
	o[n].Head, o[n].Deprel = v, "obj"
	return true
}
