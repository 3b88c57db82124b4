package position

import (
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// negotiating predicates: a condition set on one of these is a
// precondition ("will only talk if…", "won't sign until…").
var negotiating = map[string]bool{
	"talk": true, "negotiate": true, "meet": true, "agree": true, "accept": true, "sign": true,
	"resume": true, "return": true, "hold": true, "join": true, "consider": true, "discuss": true,
	"stop": true, "cease": true, "end": true, "withdraw": true, "lift": true, "sit": true,
	"engage": true, "enter": true, "participate": true, "attend": true, "recognize": true,
	"recognise": true, "release": true, "exchange": true, "restore": true, "allow": true,
	"ready": true, "willing": true, "prepared": true, "open": true, "possible": true,
	"talks": true, "negotiations": true, "dialogue": true, "deal": true, "agreement": true,
	"ceasefire": true, "peace": true, "truce": true, "halt": true, "suspend": true,
}

var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "shall": true, "may": true, "might": true, "'ll": true, "wo": true, "ca": true}

// conditionAt codes a precondition set by a conditional clause at token i
// ("Kyiv will only negotiate if Russian troops withdraw", "Moscow won't
// talk until sanctions are lifted"), or by "on condition that" / "as a
// (pre)condition".
func (f *finder) conditionAt(i int) {
	switch f.lemma(i) {
	case "condition", "precondition", "prerequisite":
		f.conditionNoun(i)
		return
	}
	mark := ""
	switch f.base(i) {
	case "advcl":
		mark = f.condMark(i)
	case "ccomp":
		// "will only negotiate once troops have left" parsed as a
		// complement
		switch m := f.condMark(i); m {
		case "once", "unless", "until", "provided", "providing", "as long as":
			mark = m
		}
	case "obl":
		// "until" read as a preposition: "will not talk until [Russian
		// forces] leave"
		if c := f.caseOf(i); c == "until" || c == "unless" {
			mark = c
		}
	}
	if mark == "" {
		return
	}
	h := f.head(i)
	if h >= 0 && f.lemma(h) == "long" && mark == "as long as" {
		h = f.head(h)
	}
	if h < 0 || f.question(h) || f.conditional(h) {
		return
	}
	neg := f.negated(h)
	future := neg
	for _, c := range f.children[h] {
		if f.base(c) == "aux" && modals[f.word(c)] {
			future = true
		}
	}
	if !future && !f.readyWord(h) {
		return
	}
	switch mark {
	case "until", "unless":
		if !neg { // "will fight until…" is no condition on talks
			return
		}
	}
	if !negotiating[f.lemma(h)] && !f.isStance(h) && !f.talksObject(h) && !f.talksSubject(h) {
		return
	}
	var holders []string
	if s, _ := f.subject(h, false); s >= 0 {
		holders = f.actorsOf(s)
	}
	if len(holders) == 0 {
		// a condition the speaker states on something that is no actor:
		// "the ceasefire would be extended only if…", Poroshenko said
		if sp := f.speaker[h]; sp != "" && !f.subjectIsActor(h) {
			holders = []string{sp}
		}
	}
	if len(holders) == 0 {
		return
	}
	sp := f.subtreeSpan(i, true)
	if f.base(i) == "obl" {
		// the clause's verb attached beside it: extend over it
		for _, c := range f.children[h] {
			if c > i && f.base(c) == "advcl" && f.condMark(c) == "" {
				if lo, _ := f.subtreeBounds(c); lo == i+1 || f.d.Tokens[lo].Start <= sp.End+1 {
					sp.End = f.subtreeSpan(c, false).End
				}
				break
			}
		}
	}
	f.emitSpan(i, holders, Precondition, sp)
}

// condMark returns the conditional conjunction of clause i: if, unless,
// until, provided, once, "as long as", or "" when it has none.
func (f *finder) condMark(i int) string {
	for _, c := range f.children[i] {
		if f.base(c) != "mark" {
			continue
		}
		w := f.word(c)
		switch w {
		case "if", "unless", "until", "provided", "providing", "once":
			return w
		case "as":
			if c+2 < len(f.d.Tokens) && f.word(c+1) == "long" && f.word(c+2) == "as" {
				return "as long as"
			}
			if c >= 2 && f.word(c-2) == "as" && f.word(c-1) == "long" {
				return "as long as" // "as long" parsed as an adverb phrase
			}
		}
	}
	return ""
}

func (f *finder) readyWord(h int) bool {
	switch f.lemma(h) {
	case "ready", "willing", "prepared", "open":
		return true
	}
	return false
}

// talksObject reports whether h's object is a negotiating noun ("will hold
// talks if…", "would sign a deal provided…").
func (f *finder) talksObject(h int) bool {
	for _, c := range f.children[h] {
		if b := f.base(c); (b == "obj" || b == "obl") && negotiating[strings.ToLower(f.lemma(c))] {
			return true
		}
	}
	return false
}

// talksSubject reports whether h's subject is a negotiating noun ("the
// ceasefire would be extended only if…").
func (f *finder) talksSubject(h int) bool {
	if s := f.child(h, "nsubj", "nsubj:pass"); s >= 0 {
		return negotiating[f.lemma(s)]
	}
	return false
}

// conditionNoun codes "on (the) condition that X" and "X as a
// (pre)condition (for talks)".
func (f *finder) conditionNoun(i int) {
	h := f.head(i)
	if h < 0 || f.question(i) || f.conditional(i) {
		return
	}
	var obj = -1
	switch f.caseOf(i) {
	case "on":
		// "agreed to talk on condition that Russia withdraws"
		obj = f.child(i, "acl", "ccomp", "acl:relcl")
	case "as":
		// "set the withdrawal as a precondition": the verb's object
		obj = f.child(h, "obj")
	}
	if obj < 0 {
		return
	}
	s, _ := f.subject(h, false)
	if s < 0 {
		return
	}
	if holders := f.actorsOf(s); len(holders) > 0 {
		f.emitSpan(i, holders, Precondition, f.subtreeSpan(obj, true))
	}
}

// subjectIsActor reports whether predicate h has a subject that names an
// actor (resolved or not: a capitalised name or a person).
func (f *finder) subjectIsActor(h int) bool {
	s := f.child(h, "nsubj")
	if s < 0 {
		return false
	}
	return f.actorOf(s) != "" || f.d.Tokens[s].UPOS == "PROPN"
}

var obligation = map[string]bool{"must": true, "should": true}

var dummy = map[string]bool{"it": true, "there": true, "this": true, "that": true, "you": true, "one": true}

// mustAt codes a demand voiced in a quotation or reported clause: "Kyiv
// must withdraw from the Donbas," the aide said → the aide demands that
// Kyiv withdraw. The obliged actor must differ from the speaker ("we
// must…" is no demand on anyone else).
func (f *finder) mustAt(i int) {
	if f.d.Tokens[i].UPOS != "VERB" || f.speaker[i] == "" {
		return
	}
	aux := -1
	for _, c := range f.children[i] {
		if f.base(c) == "aux" && obligation[f.word(c)] {
			aux = c
		}
	}
	pred := i
	if aux < 0 && (f.lemma(i) == "have" || f.lemma(i) == "need") {
		// "X has to be respected", "Y needs to stop"
		if x := f.child(i, "xcomp"); x >= 0 && f.caseOf(x) == "to" {
			aux = i
		}
	}
	if aux < 0 || f.question(i) || f.conditional(i) {
		return
	}
	s := f.child(pred, "nsubj", "nsubj:pass")
	if s < 0 {
		return
	}
	// "Kyiv must withdraw", "the violence must stop", "sanctions should be
	// lifted": what the speaker says must happen. Not "we must" (the
	// speaker's own duty) nor "it must be said".
	if firstPerson[f.word(s)] || dummy[f.word(s)] || contains(f.actorsOf(s), f.speaker[i]) {
		return
	}
	// the object: the clause without its modal and without trailing
	// adverbial clauses ("…if it wants the fighting to end")
	lo, _ := f.subtreeBounds(i)
	hi := i
	for _, c := range f.children[i] {
		switch f.base(c) {
		case "advcl", "parataxis", "punct", "conj", "cc":
			continue
		}
		if _, h := f.subtreeBounds(c); h > hi {
			hi = h
		}
	}
	for lo < hi && (f.d.Tokens[lo].UPOS == "PUNCT" || f.base(lo) == "cc" || f.base(lo) == "mark") {
		lo++
	}
	sp := doc.Span{Start: f.d.Tokens[lo].Start, End: f.d.Tokens[hi].End}
	f.emitSpan(i, []string{f.speaker[i]}, Demand, sp)
}

var futureAux = map[string]bool{"will": true, "would": true, "'ll": true, "wo": true, "shall": true}

// refusalAt codes a declared refusal: an actor that "will not" or "would
// never" do something rejects doing it ("Australia will not export uranium
// to India", "he would not take part in talks after the vote"). Not
// "will not comment".
func (f *finder) refusalAt(i int) {
	t := f.d.Tokens[i]
	if t.UPOS != "VERB" || !f.negated(i) || noStance[f.lemma(i)] || speechVerbs[f.lemma(i)] {
		return
	}
	fut := false
	for _, c := range f.children[i] {
		if f.base(c) == "aux" && futureAux[f.word(c)] {
			fut = true
		}
	}
	if !fut || f.question(i) || f.conditional(i) || f.governed(i) {
		return
	}
	s, neg := f.subject(i, true)
	if s < 0 || !neg || f.rel(s) != "nsubj" {
		return
	}
	holders := f.actorsOf(s)
	if len(holders) == 0 {
		return
	}
	// the object: the verb with its complements, without subject,
	// auxiliaries, negation and trailing adverbial clauses
	lo, hi := i, i
	for _, c := range f.children[i] {
		switch f.base(c) {
		case "nsubj", "aux", "advmod", "punct", "advcl", "parataxis", "conj", "cc", "mark", "discourse":
			continue
		}
		a, b := f.subtreeBounds(c)
		if a < i {
			continue // fronted material
		}
		lo, hi = min(lo, a), max(hi, b)
	}
	if hi == i && f.child(i, "obj", "obl", "xcomp", "ccomp") < 0 {
		return // "will not give up": too bare to say what
	}
	for hi > lo && f.d.Tokens[hi].UPOS == "PUNCT" {
		hi--
	}
	f.emitSpan(i, holders, Reject, doc.Span{Start: f.d.Tokens[lo].Start, End: f.d.Tokens[hi].End})
}
