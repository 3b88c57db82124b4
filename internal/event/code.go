package event

import (
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

var auxModality = map[string]string{
	"will": "intended", "shall": "intended", "'ll": "intended", "wo": "intended", "would": "intended",
	"could": "possible", "can": "possible", "ca": "possible", "may": "possible", "might": "possible",
	"must": "demanded", "should": "demanded", "ought": "demanded",
}

// code builds the event triggered at token i.
func (c *coder) code(i int) (doc.Event, bool) {
	e := c.trig[i]
	anchor := i
	var subjNode = -1 // where to look for the subject
	if e.POS == "N" {
		h := c.head(i)
		switch {
		case h >= 0 && c.isSupport(h, i):
			anchor = h
		case c.ownActors(i):
			anchor = i
			subjNode = i
		default:
			return doc.Event{}, false
		}
	} else {
		// A participle modifying a noun ("weapons seized last year", "the
		// visiting king") is background, not a coded event.
		// But a decree, law or letter "rejecting X" is its signer's act.
		if r := c.d.Tokens[i].Deprel; (r == "amod" || r == "acl") && !c.instrumentClause(i) {
			return doc.Event{}, false
		}
		// "signed a decree rejecting …": the signing is not an agreement.
		if e.Type == "AGREE" && c.lemma(i) == "sign" {
			for _, k := range c.children[i] {
				if c.rel(k) == "obj" && docNouns[c.lemma(k)] {
					return doc.Event{}, false
				}
			}
		}
		// A promise of another event is coded by that event.
		for _, k := range c.children[i] {
			if c.markerVerb(i, k) {
				return doc.Event{}, false
			}
		}
		// "struck targets in Gaza": a strike with an object is an attack.
		if e.Type == "PROTEST" && c.lemma(i) == "strike" {
			for _, k := range c.children[i] {
				if c.rel(k) == "obj" {
					e = &Entry{Lemma: "strike", POS: "V", Type: "ASSAULT"}
				}
			}
		}
		// A support verb whose object is itself an event noun is coded by
		// the noun ("gave a warm welcome", "held talks").
		if supportVerbs[c.lemma(i)] {
			for _, k := range c.children[i] {
				if c.trig[k] != nil && c.trig[k].POS == "N" && c.isSupport(i, k) {
					return doc.Event{}, false
				}
			}
		}
	}
	chain, negated, modality := c.chain(anchor)
	if e.POS == "N" && anchor != i {
		// "no talks were held": negation on the noun itself.
		for _, k := range c.children[i] {
			if c.isNeg(k) {
				negated = !negated
			}
		}
	}
	top := chain[len(chain)-1]

	var src, tgt []string
	srcTok := -1 // the subject or agent phrase, resolved or not
	passive := false
	if subjNode < 0 {
		for _, n := range chain {
			for _, k := range c.children[n] {
				switch c.rel(k) {
				case "nsubj":
					if src == nil && k != i {
						var at int
						src, at = c.subjectActors(k, top)
						if srcTok < 0 {
							srcTok = at
						}
					}
				case "nsubj:pass":
					if n != anchor {
						// "is prepared to negotiate": a passive marker's subject.
						if src == nil {
							src = c.actors(k)
							if srcTok < 0 {
								srcTok = k
							}
						}
					} else {
						passive = true
						if k != i {
							tgt = append(tgt, c.actors(k)...)
						}
					}
				}
			}
		}
		if passive {
			for _, k := range c.children[anchor] {
				if c.rel(k) == "obl:agent" || (c.rel(k) == "obl" && c.caseOf(k) == "by") {
					src = c.actors(k)
					srcTok = k
				}
			}
		}
		if src == nil && !passive && srcTok < 0 {
			if k := c.inheritedSubject(top); k >= 0 {
				src = c.actors(k)
				srcTok = k
			} else if k := c.frontedSubject(top); k >= 0 {
				src = c.actors(k)
				srcTok = k
			}
		}
	}
	// Nominal: possessor, "by X", "between X and Y".
	if e.POS == "N" {
		for _, k := range c.children[i] {
			switch {
			case c.rel(k) == "nmod:poss" && src == nil:
				src = c.actors(k)
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && c.caseOf(k) == "by" && src == nil:
				src = c.actors(k)
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && c.caseOf(k) == "between":
				src = appendNew(src, c.actors(k)...)
			case (c.rel(k) == "nmod" || c.rel(k) == "obl") && targetCase[c.caseOf(k)]:
				tgt = appendNew(tgt, c.actors(k)...)
			}
		}
		if anchor != i {
			for _, k := range c.children[anchor] {
				if c.rel(k) == "obl" && c.caseOf(k) == "between" {
					src = appendNew(src, c.actors(k)...)
				}
			}
		}
	}
	// Targets of the trigger (or the support verb).
	place, placeTok := c.place(chain, i, e)
	for _, k := range c.children[anchor] {
		if k == i {
			continue
		}
		if k == placeTok {
			if e.Mode == "visit" {
				// The host of a visit is its destination ("travel to Moscow").
				tgt = appendNew(tgt, c.actors(k)...)
			}
			continue
		}
		switch c.rel(k) {
		case "obj", "iobj":
			if c.isTime(k) {
				continue
			}
			if e.POS == "V" || c.rel(k) == "iobj" {
				tgt = appendNew(tgt, c.actors(k)...)
			}
		case "obl", "nmod":
			cs := c.caseOf(k)
			// "from" names the target only of a reduction in relations
			// ("recalled its ambassador from Peru").
			if (targetCase[cs] && (cs != "from" || e.Type == "SANCTION")) || (cs == "between" && e.Mode == "third-party") {
				tgt = appendNew(tgt, c.actors(k)...)
			}
		}
	}
	if len(tgt) == 0 {
		// "provided photographs to Macedonia", "granted asylum to
		// five officers": the recipient hangs from the object.
		for _, k := range c.children[anchor] {
			if c.rel(k) != "obj" || (k == i && e.POS != "N") {
				continue
			}
			objs := []int{k}
			for _, g := range c.children[k] {
				if c.rel(g) == "conj" {
					objs = append(objs, g) // "photographs and intelligence to X"
				}
			}
			for _, o := range objs {
				for _, g := range c.children[o] {
					if c.rel(g) == "nmod" && recipientCase[c.caseOf(g)] {
						tgt = appendNew(tgt, c.actors(g)...)
					}
				}
			}
		}
	}
	if len(tgt) == 0 && e.POS == "V" {
		// "demanded that Hamas renounce …", "ordered the paper to close".
		for _, k := range c.children[anchor] {
			if r := c.rel(k); r == "ccomp" || r == "xcomp" {
				for _, g := range c.children[k] {
					if c.rel(g) == "nsubj" || c.rel(g) == "nsubj:pass" {
						tgt = appendNew(tgt, c.actors(g)...)
					}
				}
			}
		}
	}
	if len(tgt) == 0 && e.POS == "V" {
		// "refused to meet Jordan's king", "threatened to break relations
		// with Russia": the governed event's counterpart.
		for _, k := range c.children[anchor] {
			r := c.rel(k)
			if r == "advcl" && c.markedTo(k) {
				r = "xcomp" // "threatened on Monday to break …" parsed as adverbial
			}
			if (r == "xcomp" || r == "obj" || r == "ccomp") && (c.trig[k] != nil || r == "xcomp") {
				for _, g := range c.children[k] {
					switch c.rel(g) {
					case "obj", "iobj":
						tgt = appendNew(tgt, c.actors(g)...)
						// "break relations with Russia"
						for _, m := range c.children[g] {
							if c.rel(m) == "nmod" && recipientCase[c.caseOf(m)] {
								tgt = appendNew(tgt, c.actors(m)...)
							}
						}
					case "obl", "nmod":
						if cs := c.caseOf(g); targetCase[cs] && cs != "from" {
							tgt = appendNew(tgt, c.actors(g)...)
						}
					}
				}
			}
		}
	}
	if e.Type == "CONSULT" && e.POS == "V" && e.Mode == "" && !c.hasCounterpart(anchor, srcTok) && len(tgt) == 0 {
		// "the cabinet met on Sunday": a meeting with no counterpart is an
		// internal session, not a consultation.
		return doc.Event{}, false
	}
	tgt = without(tgt, src)
	if len(src) == 0 && !c.opts.KeepUnsourced && (srcTok < 0 || !c.clearAgent(srcTok)) {
		return doc.Event{}, false
	}
	if src == nil {
		src = []string{}
	}
	if tgt == nil {
		tgt = []string{}
	}
	if modality == "demanded" && !negated {
		// "X said that Y must drop the barriers": X demands it of Y.
		if sp := c.speaker(top); sp >= 0 {
			spk := c.actors(sp)
			if len(without(spk, src)) == len(spk) && (len(spk) > 0 || c.clearAgent(sp)) && len(src) > 0 {
				if spk == nil {
					spk = []string{}
				}
				m := requestMode(e.Type)
				return doc.Event{Type: "REQUEST", Mode: &m, Source: spk, Target: src, Modality: "asserted",
					Evidence: c.d.Sentences[c.d.Tokens[i].Sentence], Date: ptr(c.date([]int{c.head(top)}, c.head(top)))}, true
			}
		}
	}
	typ, mode := e.Type, e.Mode
	if typ == "CONSULT" && mode == "host" && e.POS == "V" && c.welcomesThing(anchor) {
		// "welcomed the decision": approval, not a host's reception.
		typ, mode = "SUPPORT", ""
	}
	if typ == "CONSULT" && e.POS == "N" && c.lemma(i) == "call" {
		// "made a call for restraint", "a call on Israel to …": an appeal.
		for _, k := range c.children[i] {
			if cs := c.caseOf(k); (c.rel(k) == "nmod" || c.rel(k) == "acl") && (cs == "for" || cs == "on") {
				typ, mode = "REQUEST", ""
			}
		}
	}
	if typ == "ASSAULT" && e.POS == "V" {
		// "fight corruption", "attacked the plan": no physical harm.
		for _, k := range c.children[i] {
			if c.rel(k) == "obj" && abstractObjects[c.lemma(k)] {
				if c.lemma(i) == "fight" || c.lemma(i) == "combat" {
					return doc.Event{}, false
				}
				typ, mode = "ACCUSE", "disapprove"
			}
		}
	}
	if typ == "PROTEST" && e.POS == "N" && anchor != i && diplomaticProtest[c.lemma(anchor)] {
		// "lodged a protest with Croatia": a government's formal
		// complaint, not a demonstration.
		typ, mode = "ACCUSE", "disapprove"
	}
	ev := doc.Event{
		Type: typ, Source: src, Target: tgt, Negated: negated, Modality: modality,
		Evidence: c.d.Sentences[c.d.Tokens[i].Sentence],
	}
	if mode != "" {
		m := mode
		ev.Mode = &m
	}
	if place != "" {
		ev.Place = &place
	}
	if date := c.date(chain, i); date != "" {
		ev.Date = &date
	}
	return ev, true
}

// hasCounterpart reports whether a consultation verb names whom it is with:
// an object, a with/between/to phrase, or a conjoined subject.
func (c *coder) hasCounterpart(v, subj int) bool {
	for _, k := range c.children[v] {
		switch c.rel(k) {
		case "obj":
			if !c.isTime(k) {
				return true
			}
		case "obl", "nmod":
			switch c.caseOf(k) {
			case "with", "between", "to":
				return true
			}
		}
	}
	if subj >= 0 {
		for _, k := range c.children[subj] {
			if c.rel(k) == "conj" {
				return true
			}
		}
	}
	return false
}

// ownActors reports whether the nominal trigger i names its own actor
// ("Russia's withdrawal", "talks between X and Y", "an attack by X").
func (c *coder) ownActors(i int) bool {
	for _, k := range c.children[i] {
		r := c.rel(k)
		if r == "nmod:poss" || ((r == "nmod" || r == "obl") && (c.caseOf(k) == "by" || c.caseOf(k) == "between")) {
			if len(c.actors(k)) > 0 {
				return true
			}
		}
	}
	return false
}

// chain walks up from the anchor through modality markers ("ready to",
// "plans to", "failed to") and returns the predicates from the anchor up,
// whether the event is negated and its modality.
func (c *coder) chain(anchor int) ([]int, bool, string) {
	chain := []int{anchor}
	neg := false
	best := len(Modalities) - 1 // asserted
	note := func(m string) {
		for r, x := range Modalities {
			if x == m && r < best {
				best = r
			}
		}
	}
	cur := anchor
	for steps := 0; steps < 4; steps++ {
		h := c.head(cur)
		if h < 0 {
			break
		}
		r := c.rel(cur)
		if r != "xcomp" && !(r == "ccomp" && c.d.Tokens[h].UPOS == "ADJ") && !(r == "advcl" && c.markedTo(cur) && c.markerVerb(h, cur)) {
			break
		}
		lem := c.lemma(h)
		if failVerbs[lem] {
			neg = !neg
		} else if m, ok := c.lx.markers[lem]; ok {
			note(m)
		} else {
			break
		}
		chain = append(chain, h)
		cur = h
	}
	for _, n := range chain {
		for _, k := range c.children[n] {
			r := c.rel(k)
			switch {
			case c.isNeg(k):
				neg = !neg
			case r == "aux":
				if m, ok := auxModality[c.lemma(k)]; ok {
					note(m)
				} else if m, ok := auxModality[strings.ToLower(c.d.SpanText(c.d.Tokens[k].Span))]; ok {
					note(m)
				}
			case r == "advcl" || r == "obl" || r == "nmod" || r == "dep" || r == "parataxis":
				if c.markedIf(k) {
					note("conditional")
				}
			}
		}
	}
	top := chain[len(chain)-1]
	if r := c.rel(top); r == "advcl" && c.markedIf(top) {
		note("conditional")
	}
	if h := c.head(top); h >= 0 {
		r := c.rel(top)
		if (c.complement(top) || r == "parataxis") && speechVerbs[c.lemma(h)] {
			note("reported")
		}
		// "said that X must …": the speech verb's own modal does not matter,
		// but a negated or modal governor of a conjunct does not pass on.
	}
	return chain, neg, Modalities[best]
}

func (c *coder) markedIf(k int) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" {
			switch c.lemma(g) {
			case "if", "unless", "provided", "whether":
				return true
			}
		}
	}
	return false
}

// isNeg reports whether token k negates its head: "not", "never", "no"
// as a determiner, "no longer".
func (c *coder) isNeg(k int) bool {
	lem := c.lemma(k)
	word := strings.ToLower(c.d.SpanText(c.d.Tokens[k].Span))
	r := c.rel(k)
	if negWords[lem] && (r == "advmod" || r == "neg" || r == "det" || r == "aux" || r == "cc" || r == "dep") {
		return lem != "nor" || r != "cc"
	}
	if word == "longer" || word == "more" {
		for _, g := range c.children[k] {
			if c.lemma(g) == "no" {
				return true
			}
		}
		if k > 0 && c.lemma(k-1) == "no" && c.d.Tokens[k-1].Head == k {
			return true
		}
	}
	return false
}

// caseOf returns the lemma of the preposition marking token k, or "".
func (c *coder) caseOf(k int) string {
	for _, g := range c.children[k] {
		if c.rel(g) == "case" {
			return c.lemma(g)
		}
	}
	return ""
}

// actors returns the actors a noun phrase headed at k refers to, with its
// conjuncts: the head and its name parts first, then its "of" modifiers.
func (c *coder) actors(k int) []string {
	var out []string
	var visit func(n, depth int)
	core := func(n int) []string {
		var ids []string
		var walk func(m, depth int)
		walk = func(m, depth int) {
			if id := c.actorAt[m]; id != "" {
				ids = appendNew(ids, id)
			}
			if depth > 3 {
				return
			}
			for _, g := range c.children[m] {
				switch c.rel(g) {
				case "compound", "flat", "amod", "nmod:poss", "appos", "det":
					walk(g, depth+1)
				}
			}
		}
		walk(n, 0)
		if len(ids) == 0 {
			for _, g := range c.children[n] {
				if cs := c.caseOf(g); c.rel(g) == "nmod" && (cs == "of" || cs == "in" || cs == "from") {
					walk(g, 1)
				}
			}
		}
		return ids
	}
	visit = func(n, depth int) {
		out = appendNew(out, core(n)...)
		if depth > 4 {
			return
		}
		for _, g := range c.children[n] {
			if c.rel(g) == "conj" {
				visit(g, depth+1)
			}
		}
	}
	visit(k, 0)
	return out
}

// subjectActors resolves a subject and returns the token that stands for
// it: a relative pronoun stands for the noun the relative clause modifies,
// and a personal pronoun subject of a clause reported by a speech verb for
// the speaker ("Syria says it will not accept …").
func (c *coder) subjectActors(k, top int) ([]string, int) {
	if c.d.Tokens[k].UPOS != "PRON" {
		return c.actors(k), k
	}
	switch c.lemma(k) {
	case "who", "which", "that":
		if h := c.head(top); h >= 0 && c.rel(top) == "acl" {
			return c.actors(h), h
		}
	case "it", "they", "he", "she", "we":
		if ids := c.actors(k); len(ids) > 0 {
			return ids, k
		}
		if sp := c.speaker(top); sp >= 0 {
			return c.actors(sp), sp
		}
	}
	return c.actors(k), k
}

// speaker returns the subject token of the speech verb whose complement
// clause top is, or -1.
func (c *coder) speaker(top int) int {
	h := c.head(top)
	if h < 0 || !c.complement(top) || !speechVerbs[c.lemma(h)] {
		return -1
	}
	for _, g := range c.children[h] {
		if c.rel(g) == "nsubj" && g < top {
			return g
		}
	}
	for _, g := range c.children[h] {
		if c.rel(g) == "nsubj" {
			return g
		}
	}
	return -1
}

// complement reports whether clause k is the content clause of its head:
// a ccomp, or a "that" clause the parser took for an adverbial.
func (c *coder) complement(k int) bool {
	switch c.rel(k) {
	case "ccomp":
		return true
	case "advcl":
		for _, g := range c.children[k] {
			if c.rel(g) == "mark" && c.lemma(g) == "that" {
				return true
			}
		}
	}
	return false
}

// demandVerbs are the modal auxiliaries that make a reported clause a
// demand of the speaker on its subject ("said that China must drop …").
var demandAux = set("must", "should", "ought")

// demands codes "X said/declared that Y must V" as a REQUEST from X to Y
// when V is no trigger of its own (triggers get their modality in code).
func (c *coder) demands() []doc.Event {
	var out []doc.Event
	for v := range c.d.Tokens {
		if c.trig[v] != nil || !c.complement(v) {
			continue
		}
		h := c.head(v)
		if h < 0 || !speechVerbs[c.lemma(h)] {
			continue
		}
		modal, subj := false, -1
		for _, k := range c.children[v] {
			switch c.rel(k) {
			case "aux":
				modal = modal || demandAux[c.lemma(k)] || demandAux[strings.ToLower(c.d.SpanText(c.d.Tokens[k].Span))]
			case "nsubj":
				subj = k
			}
		}
		if !modal || subj < 0 {
			continue
		}
		// A marker clause ("must be ready to mediate") is coded through
		// the event it governs.
		gov := false
		for _, k := range c.children[v] {
			if c.rel(k) == "xcomp" && c.trig[k] != nil {
				gov = true
			}
		}
		if gov {
			continue
		}
		tgt := c.actors(subj)
		sp := c.speaker(v)
		if sp < 0 || len(tgt) == 0 {
			continue
		}
		src := c.actors(sp)
		tgt = without(tgt, src)
		if len(tgt) == 0 || (len(src) == 0 && !c.opts.KeepUnsourced && !c.clearAgent(sp)) {
			continue
		}
		if src == nil {
			src = []string{}
		}
		m := "change"
		ev := doc.Event{Type: "REQUEST", Mode: &m, Source: src, Target: tgt, Modality: "asserted",
			Evidence: c.d.Sentences[c.d.Tokens[v].Sentence]}
		if date := c.date([]int{h}, h); date != "" {
			ev.Date = &date
		}
		out = append(out, ev)
	}
	return out
}

// requestMode is the REQUEST mode for a demand whose content is an event of
// the given type.
func requestMode(typ string) string {
	switch typ {
	case "CONSULT":
		return "meet"
	case "AID", "COOPERATE":
		return "assist"
	case "RETREAT", "CONCEDE":
		return "yield"
	}
	return "change"
}

// inheritedSubject finds the subject token (or -1) of a predicate that has none of its
// own: the first conjunct's ("met Y and signed …"), or the main clause's
// for a bare participle ("…, demanding …").
func (c *coder) inheritedSubject(top int) int {
	cur := top
	for steps := 0; steps < 3; steps++ {
		h := c.head(cur)
		if h < 0 {
			return -1
		}
		r := c.rel(cur)
		if r == "acl" && c.instrumentClause(cur) {
			// "Z signed a decree rejecting …": the subject of the verb
			// whose object the document is.
			h = c.head(h)
		} else if r != "conj" && r != "xcomp" && !(r == "advcl" && !c.hasMark(cur)) {
			return -1
		}
		for _, k := range c.children[h] {
			if c.rel(k) == "nsubj" {
				return k
			}
		}
		cur = h
	}
	return -1
}

// docNouns are documents whose content clause is their author's act
// ("a decree rejecting negotiations", "a letter demanding …").
var docNouns = set("decree", "law", "bill", "order", "resolution", "letter", "statement", "declaration", "ordinance", "motion")

// instrumentClause reports whether the participle at k modifies a document
// noun that is the object of a verb ("signed a decree rejecting …").
func (c *coder) instrumentClause(k int) bool {
	h := c.head(k)
	return h >= 0 && docNouns[c.lemma(h)] && c.rel(h) == "obj" && c.head(h) >= 0
}

// agentNouns head subject phrases whose referent is a clear political agent
// even when the actor stage resolved no actor ("Palestinian police").
var agentNouns = set("police", "army", "troops", "force", "forces", "government", "official", "authority",
	"rebel", "guerrilla", "militant", "protester", "demonstrator", "worker", "student", "farmer", "prisoner",
	"parliament", "cabinet", "court", "ministry", "leader", "soldier", "president", "minister", "spokesman",
	"administration", "opposition", "party", "union", "group", "diplomat", "militia", "insurgent", "regime",
	"judge", "prosecutor", "legislature", "congress", "senate", "military", "navy", "activist", "delegation")

// clearAgent reports whether the unresolved subject phrase at k still names
// a clear agent: a name, nationality or organisation inside it, or an agent
// noun as its head. Pronouns and bare common nouns are not clear.
func (c *coder) clearAgent(k int) bool {
	t := &c.d.Tokens[k]
	if t.UPOS == "PRON" || t.UPOS == "DET" {
		return false
	}
	if agentNouns[c.lemma(k)] {
		return true
	}
	// the phrase: k and its nominal dependents, one level of "of" included
	var in []int
	in = append(in, k)
	for _, g := range c.children[k] {
		switch c.rel(g) {
		case "compound", "flat", "amod", "nmod:poss", "nmod", "appos":
			in = append(in, g)
			in = append(in, c.children[g]...)
		}
	}
	for _, m := range in {
		for _, en := range c.d.Entities {
			if en.Overlaps(c.d.Tokens[m].Span) {
				switch en.Type {
				case "NORP", "ORG", "GPE", "PER", "PERSON":
					return true
				}
			}
		}
		// An agent noun counts as the head or a noun modifier ("army
		// units"), not as an adjective ("military equipment").
		if agentNouns[c.lemma(m)] && (m == k || c.d.Tokens[m].UPOS == "NOUN" || c.d.Tokens[m].UPOS == "PROPN") {
			return true
		}
	}
	return false
}

func (c *coder) hasMark(k int) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" {
			return true
		}
	}
	return false
}

// topOf returns the token of span s whose head lies outside it, or -1.
func (c *coder) topOf(s doc.Span) int {
	lo := c.firstTokenAt(s.Start)
	best := -1
	for k := lo; k < len(c.d.Tokens) && c.d.Tokens[k].Start < s.End; k++ {
		h := c.d.Tokens[k].Head
		if h < 0 || h >= len(c.d.Tokens) || !s.Contains(c.d.Tokens[h].Span) {
			if best < 0 {
				best = k
			}
		}
	}
	return best
}

// attaches reports whether token k hangs from one of the nodes (within a
// few steps, not through another clause), and returns the node reached.
func (c *coder) attaches(k int, nodes map[int]bool) bool {
	cur := k
	for steps := 0; steps < 4; steps++ {
		h := c.head(cur)
		if h < 0 {
			return false
		}
		if nodes[h] {
			return true
		}
		switch c.rel(cur) {
		case "obl", "nmod", "compound", "flat", "appos", "conj", "obl:tmod", "nmod:tmod", "advmod", "amod", "nummod", "det":
		default:
			return false
		}
		if c.d.Tokens[h].UPOS == "VERB" {
			return false
		}
		cur = h
	}
	return false
}

// date returns the value of a time expression in the event's clause.
func (c *coder) date(chain []int, trig int) string {
	nodes := map[int]bool{trig: true}
	for _, n := range chain {
		nodes[n] = true
	}
	sent := c.d.Sentences[c.d.Tokens[trig].Sentence]
	for _, t := range c.d.Times {
		if !sent.Contains(t.Span) || t.Value == "" {
			continue
		}
		k := c.topOf(t.Span)
		if k >= 0 && (nodes[k] || c.attaches(k, nodes)) {
			return t.Value
		}
	}
	return ""
}

// place returns the place of the event from an "in/at X" phrase on its
// predicate (or "to X" for a visit), and the token that holds it.
func (c *coder) place(chain []int, trig int, e *Entry) (string, int) {
	nodes := append([]int{trig}, chain...)
	for _, n := range nodes {
		for _, k := range c.children[n] {
			r := c.rel(k)
			if r != "obl" && r != "nmod" && !(e.Mode == "visit" && r == "obj") {
				continue
			}
			cs := c.caseOf(k)
			if !(placeCase[cs] || (e.Mode == "visit" && (cs == "to" || r == "obj"))) {
				continue
			}
			if name := c.placeName(k); name != "" {
				return name, k
			}
		}
	}
	return "", -1
}

func (c *coder) placeName(k int) string {
	t := c.d.Tokens[k].Span
	for _, p := range c.d.Places {
		if p.Overlaps(t) {
			if p.Name != "" {
				return p.Name
			}
			return p.Text
		}
	}
	for _, en := range c.d.Entities {
		if en.Overlaps(t) && (en.Type == "GPE" || en.Type == "LOC" || en.Type == "FAC") {
			return en.Text
		}
	}
	return ""
}

func ptr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func appendNew(to []string, ids ...string) []string {
	for _, id := range ids {
		dup := false
		for _, x := range to {
			if x == id {
				dup = true
				break
			}
		}
		if !dup {
			to = append(to, id)
		}
	}
	return to
}

func without(ids, drop []string) []string {
	var out []string
	for _, id := range ids {
		keep := true
		for _, x := range drop {
			if x == id {
				keep = false
			}
		}
		if keep {
			out = append(out, id)
		}
	}
	return out
}

// recipientCase marks a modifier of the object that names the recipient.
var recipientCase = set("to", "against", "toward", "towards", "with", "on")

// isTime reports whether token k lies inside a time expression ("met
// Sunday", where the parser takes the weekday for an object).
func (c *coder) isTime(k int) bool {
	for _, t := range c.d.Times {
		if t.Overlaps(c.d.Tokens[k].Span) {
			return true
		}
	}
	return false
}

// frontedSubject finds the subject of a clause the parser hung, subjectless,
// under a later speech verb together with its subject ("Zambia extradited
// X, an official said" parsed with both subjects on "said"): the speech
// verb's subject that precedes the clause, or -1.
func (c *coder) frontedSubject(top int) int {
	h := c.head(top)
	if h < 0 || h < top || c.rel(top) != "ccomp" || !speechVerbs[c.lemma(h)] {
		return -1
	}
	n := 0
	first := -1
	for _, g := range c.children[h] {
		if c.rel(g) == "nsubj" {
			n++
			if g < top && first < 0 {
				first = g
			}
		}
	}
	if n < 2 {
		return -1
	}
	return first
}

// markedTo reports whether clause k is an infinitive marked by "to".
func (c *coder) markedTo(k int) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" && c.lemma(g) == "to" {
			return true
		}
	}
	return false
}

// welcomesThing reports whether the object of a host verb ("welcome",
// "receive") is a thing rather than a visitor: a common noun with no actor
// of its own ("welcomed the decision", "received the proposal").
func (c *coder) welcomesThing(v int) bool {
	for _, k := range c.children[v] {
		if c.rel(k) != "obj" {
			continue
		}
		if c.actorAt[k] != "" {
			return false
		}
		return (c.trig[k] != nil && c.trig[k].POS == "N") || thingNouns[c.lemma(k)]
	}
	return false
}

// diplomaticProtest are the support verbs of a formal, written protest.
var diplomaticProtest = set("lodge", "register", "file", "send", "deliver", "issue")

// abstractObjects are objects that make a fight or attack verb figurative:
// a policy, a statement or a social ill, not a person or a place.
var abstractObjects = set("corruption", "terrorism", "poverty", "crime", "inflation", "disease", "trafficking",
	"extremism", "unemployment", "drug", "racism", "fraud", "plan", "policy", "decision", "proposal", "remark",
	"statement", "report", "law", "bill", "idea", "budget", "reform", "comment", "fire", "epidemic", "case", "ruling")

// thingNouns are objects of "welcome" that are acts or decisions, not guests.
var thingNouns = set("decision", "move", "resumption", "proposal", "plan", "initiative", "step", "announcement",
	"election", "result", "offer", "news", "report", "resolution", "statement", "ruling", "effort", "outcome",
	"progress", "release", "return", "verdict", "approach", "change", "reform", "idea", "report", "vote")
