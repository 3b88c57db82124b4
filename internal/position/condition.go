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

var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "shall": true, "may": true, "might": true, "'ll": true, "’ll": true, "wo": true, "ca": true}

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
		if mark == "" {
			mark = f.leadingCond(i)
		}
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
	future, modal := neg, false
	for _, c := range f.children[h] {
		if f.base(c) == "aux" && modals[f.word(c)] {
			future, modal = true, true
		}
	}
	// "ready to provide assistance if Georgia asks": a condition on an
	// offer
	offered := f.base(h) == "xcomp" && f.head(h) >= 0 && f.readyWord(f.head(h)) && (mark == "if" || mark == "provided" || mark == "providing" || mark == "as long as")
	if !future && !f.readyWord(h) && !offered {
		return
	}
	switch mark {
	case "until", "unless", "while":
		if !neg { // "will fight until…" is no condition on talks
			return
		}
	}
	// a declared refusal ("will not export uranium until/while…") sets a
	// condition on whatever it refuses
	refusal := neg && modal && mark != "if"
	if !negotiating[f.lemma(h)] && !f.isStance(h) && !f.talksObject(h) && !f.talksSubject(h) && !offered && !refusal {
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

// leadingCond returns the conjunction that opens clause i when the parse
// hung it elsewhere ("until the disputes [they listed] are
// settled", with "until" as a preposition of "issues"), and "while"
// for "will not … while it is not a signatory".
func (f *finder) leadingCond(i int) string {
	lo, _ := f.subtreeBounds(i)
	switch w := f.word(lo); w {
	case "until", "unless":
		if b := f.base(lo); b == "case" || b == "mark" {
			return w
		}
	case "while":
		if f.base(lo) == "mark" && f.head(lo) == i {
			return w
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
	if f.caseOf(i) == "" && f.child(i, "cop") >= 0 {
		// "security was an essential condition for the distribution of
		// aid", he said
		if s := f.child(i, "nsubj"); s >= 0 && !f.party(s) && !dummy[f.word(s)] && !f.negated(i) {
			if h := f.reporterOf(i); h != "" {
				f.emitSpan(i, []string{h}, Precondition, f.subtreeSpan(s, true))
			}
		}
		return
	}
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
	if aux == i {
		// "sooner or later they will have to sell the mine": a prediction
		for _, c := range f.children[i] {
			if f.base(c) == "aux" && futureAux[f.word(c)] {
				return
			}
		}
	}
	holder, ok := f.obligationHolder(i)
	if !ok {
		return
	}
	s := f.child(pred, "nsubj", "nsubj:pass")
	if s < 0 {
		return
	}
	// "Kyiv must withdraw", "the violence must stop", "sanctions should be
	// lifted": what the speaker says must happen. Not "we must" (the
	// speaker's own duty), "it must be said", nor "no leader should
	// assume" (no one in particular).
	if firstPerson[f.word(s)] || dummy[f.word(s)] || contains(f.actorsOf(s), holder) {
		return
	}
	for _, c := range f.children[s] {
		if f.base(c) == "det" && quantifiers[f.word(c)] {
			return
		}
	}
	// the object: the clause without its modal and without trailing
	// adverbial clauses ("…if it wants the fighting to end")
	lo, _ := f.subtreeBounds(i)
	lo = f.afterSource(i, lo)
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
	f.emitSpan(i, []string{holder}, Demand, sp)
}

var quantifiers = map[string]bool{"any": true, "no": true, "every": true, "each": true, "some": true}

// opinionVerbs report a belief: "I think Kyiv should…".
var opinionVerbs = map[string]bool{"think": true, "believe": true, "feel": true, "hope": true}

// obligationHolder returns who voices the "must" clause at i: the
// quotation's speaker when the clause is the quotation's own statement
// (its main clause or a conjunct of it, a parataxis, or the complement of
// the speaker's "I think"), or the subject of a speech verb that reports
// it inside the quotation ("he has explained that NATO must…" is his
// demand). ok is false for a clause that is part of something else (a
// clausal subject, a relative or adverbial clause: "there was a deal,
// namely that the army should not cross the river") and for "I don't think X
// should…".
func (f *finder) obligationHolder(i int) (string, bool) {
	holder := f.speaker[i]
	for k, n := i, 0; n < 12; n++ {
		h := f.head(k)
		if h < 0 {
			return holder, true
		}
		switch f.base(k) {
		case "parataxis":
			return holder, true // a clause of its own
		case "conj":
			k = h
			continue
		case "ccomp":
			if !speechVerbs[f.lemma(h)] && !opinionVerbs[f.lemma(h)] {
				return holder, true // "it is important that…"
			}
			if f.negated(h) {
				return "", false
			}
			if s := f.child(h, "nsubj"); s >= 0 && !firstPerson[f.word(s)] {
				id := f.actorOf(s)
				if id == "" || f.speaker[s] == "" {
					// a reported clause outside the quotation is the
					// quotation's own content
					return holder, f.speaker[s] == ""
				}
				return id, true
			}
			return holder, true
		}
		return "", false
	}
	return "", false
}

var futureAux = map[string]bool{"will": true, "would": true, "'ll": true, "’ll": true, "wo": true, "shall": true}

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
	if lo == i && hi > i && vagueObject(f.d.Text[f.d.Tokens[i].End:f.d.Tokens[hi].End]) {
		return // "wouldn't consider that": what is refused is elsewhere
	}
	f.emitSpan(i, holders, Reject, doc.Span{Start: f.d.Tokens[lo].Start, End: f.d.Tokens[hi].End})
}

// reporterOf returns who voices the clause of token i: the speaker of the
// quotation it lies in, else the subject of the speech verb it is the
// complement of ("he said security was…"); "" when there is none.
func (f *finder) reporterOf(i int) string {
	if sp := f.speaker[i]; sp != "" {
		return sp
	}
	for k, n := i, 0; k >= 0 && n < 8; n++ {
		h := f.head(k)
		if h < 0 {
			return ""
		}
		switch f.base(k) {
		case "ccomp":
			if speechVerbs[f.lemma(h)] || opinionVerbs[f.lemma(h)] {
				if s := f.child(h, "nsubj"); s >= 0 {
					return f.actorOf(s)
				}
				return ""
			}
		case "conj":
		default:
			return ""
		}
		k = h
	}
	return ""
}

// judgements that reject what they qualify: "the idea of US bases in
// Yemen was inconceivable".
var rejectAdjs = map[string]bool{"unacceptable": true, "inconceivable": true, "unthinkable": true,
	"intolerable": true, "impermissible": true}

// needAdjs say something must be done: "it is important that the Council
// respond", "supporting the government is crucial".
var needAdjs = map[string]bool{"crucial": true, "essential": true, "vital": true, "important": true,
	"necessary": true, "indispensable": true, "imperative": true}

// condAdjs make one thing depend on another: "any agreement must be
// dependent on India signing the treaty".
var condAdjs = map[string]bool{"dependent": true, "conditional": true, "contingent": true}

// judgeVerbs take a judgement as their complement: "would be considered
// unacceptable".
var judgeVerbs = map[string]bool{"consider": true, "deem": true, "regard": true, "find": true, "call": true}

// evaluativeAt codes a judgement voiced by a speaker: X is
// unacceptable/inconceivable (reject X); it is important/essential that
// S (demand S); doing X is crucial (support doing X); X must be
// dependent on Y (precondition Y). The holder is the voice of the clause
// (reporterOf), or for a condition the actor that is the subject.
func (f *finder) evaluativeAt(i int) {
	t := f.d.Tokens[i]
	l := f.lemma(i)
	if t.UPOS != "ADJ" || !(rejectAdjs[l] || needAdjs[l] || condAdjs[l]) {
		return
	}
	if f.negated(i) || f.question(i) || f.conditional(i) {
		return
	}
	// the subject: of the copula, or the passive subject of "considered"
	subj := -1
	if f.child(i, "cop") >= 0 {
		subj = f.child(i, "nsubj", "csubj")
	} else if h := f.head(i); h >= 0 && f.base(i) == "xcomp" && judgeVerbs[f.lemma(h)] && !f.negated(h) {
		subj = f.child(h, "nsubj:pass")
	}
	switch {
	case rejectAdjs[l]:
		if subj < 0 || f.party(subj) || dummy[f.word(subj)] {
			return
		}
		if h := f.reporterOf(i); h != "" {
			f.emitSpan(i, []string{h}, Reject, f.subtreeSpan(subj, true))
		}
	case needAdjs[l]:
		if f.child(i, "cop") < 0 {
			return
		}
		h := f.reporterOf(i)
		if h == "" {
			return
		}
		c := f.child(i, "csubj")
		if c < 0 {
			c = f.child(i, "ccomp")
		}
		if c < 0 {
			return
		}
		if s := f.child(c, "nsubj", "nsubj:pass"); s >= 0 && firstPerson[f.word(s)] {
			return // "it is important that we stay united": the speaker's own aim
		}
		switch {
		case f.markOf(c) == "that" && (f.child(i, "nsubj", "expl") >= 0 || f.base(c) == "csubj") && !f.indicative(c):
			// "it is important that the Council respond"
			f.emitSpan(i, []string{h}, Demand, f.subtreeSpan(c, true))
		case f.base(c) == "csubj" && f.d.Tokens[c].XPOS == "VBG" && f.child(c, "nsubj") < 0:
			// "supporting the government of Yemen is crucial"
			f.emitSpan(i, []string{h}, Support, f.subtreeSpan(c, true))
		}
	case condAdjs[l]:
		c := -1
		for _, k := range f.children[i] {
			if b := f.base(k); (b == "obl" || b == "advcl") && (f.caseOf(k) == "on" || f.markOf(k) == "on") {
				c = k
				break
			}
		}
		if c < 0 {
			return
		}
		var holders []string
		if subj >= 0 {
			holders = f.actorsOf(subj)
		}
		if len(holders) == 0 {
			if h := f.reporterOf(i); h != "" {
				holders = []string{h}
			}
		}
		if len(holders) > 0 {
			f.emitSpan(i, holders, Precondition, f.subtreeSpan(c, true))
		}
	}
}
