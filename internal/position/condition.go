package position

import "strings"

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
	if !negotiating[f.lemma(h)] && f.entry(h, f.d.Tokens[h].UPOS) == nil && !f.talksObject(h) {
		return
	}
	s, _ := f.subject(h, false)
	if s < 0 {
		return
	}
	holders := f.actorsOf(s)
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
