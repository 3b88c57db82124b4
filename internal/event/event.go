// Package event codes PLOVER events (who did what to whom, where and when)
// from the dependency parse of a document, with their negation and
// modality.
//
// Triggers are verb lemmas ("accuse"), verb–particle pairs ("call for",
// "pull out") and nominalisations ("talks were held", "a trip to Kyiv")
// listed in an extendable lexicon (data/events/lexicon.tsv, embedded by
// package data; format in data/events/README.md). The source is the actor whose mention heads the
// subject (or the "by" agent of a passive), the target the object or the
// "with/to/against/on" oblique; conjuncts are expanded. An event governed by
// another event ("refused to negotiate", "demanded the withdrawal") is coded
// once, by its governor. Modality markers ("ready to", "plans to", "will",
// "could", "must", "if …", "said that …") and negation ("not", "never",
// "no longer", "failed to") are read along the chain of predicates above the
// trigger. Events without a resolved source actor are skipped: a missed
// event is better than a false one.
//
// Modality, when several cues apply, is the first of: conditional, demanded,
// possible, ready, intended, reported, asserted. "reported" marks an event
// stated in the complement of a speech verb ("X said Y had attacked").
package event

import (
	"fmt"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// Options configure Code.
type Options struct {
	// Lexicon is the trigger lexicon; nil means DefaultLexicon().
	Lexicon *Lexicon
	// ExtraLexicon holds user lexicon rows (the format of
	// data/events/README.md) merged over Lexicon: a row replaces the
	// rows of the same trigger and pos, a row of type "-" removes them.
	// ExtraLexiconName (the file name) is used in error messages; see
	// Prepare.
	ExtraLexicon     []byte
	ExtraLexiconName string
	// KeepUnsourced codes events whose source actor was not resolved
	// (with an empty source list). Off by default for precision.
	KeepUnsourced bool
}

// support verbs that turn a nominalisation into an event: "held talks",
// "launched an investigation", "talks took place".
var supportVerbs = set("hold", "have", "conduct", "launch", "open", "stage", "begin", "start", "mount",
	"make", "pay", "carry", "announce", "resume", "reach", "take", "give", "hold", "organize", "organise",
	"impose", "issue", "level", "file", "undertake", "continue", "end", "go",
	"approve", "extend", "express", "voice", "lodge", "register", "reiterate", "reaffirm", "declare", "exchange", "bring", "deliver",
	"step", "intensify", "escalate", "increase", "boost", "expand", "host")

// speech verbs whose complement clause is reported.
var speechVerbs = set("say", "tell", "announce", "state", "claim", "report", "add", "confirm", "declare",
	"write", "assert", "believe", "think", "allege", "suggest", "indicate", "explain", "note", "reveal")

var negWords = set("not", "n't", "never", "no", "neither", "nor", "nobody", "nothing")

var failVerbs = set("fail", "cease", "stop", "refrain", "unable")

// obliques whose actor is a target, by preposition.
var targetCase = set("with", "to", "against", "on", "toward", "towards", "into", "at", "for", "from", "of")

var placeCase = set("in", "at", "near", "inside", "outside")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// coder holds per-document indexes.
type coder struct {
	d        *doc.Document
	lx       *Lexicon
	opts     Options
	children [][]int
	actorAt  []string // actor id per token, "" for none
	// countries holds the ids of the country actors.
	countries map[string]bool
	// country maps each actor with a country to it (a country to itself).
	country map[string]string
	trig    []*Entry // trigger per token
	// extra holds further events of the trigger being coded (a second,
	// separate meeting in the same clause).
	extra []doc.Event
}

// Code finds the events of d and appends them to d.Events. It needs tokens
// with lemmas and a dependency parse; actors are taken from d.Actors, times
// from d.Times and places from d.Places (or GPE/LOC entities), so it should
// run after the actor and time stages.
func Code(d *doc.Document, opts Options) {
	if len(d.Tokens) == 0 {
		return
	}
	lx := opts.Lexicon
	if len(opts.ExtraLexicon) > 0 {
		if x, err := opts.extraLexicon(); err == nil {
			lx = x
		}
	}
	if lx == nil {
		lx = DefaultLexicon()
	}
	work := d
	if toks := repairParse(d); toks != nil {
		cp := *d
		cp.Tokens = toks
		work = &cp
	}
	c := &coder{d: work, lx: lx, opts: opts}
	c.index()
	for i := range d.Tokens {
		c.trig[i] = c.trigger(i)
	}
	var evs []doc.Event
	var bg []bool
	fore := map[int]bool{} // sentences with a foreground event
	for i := range d.Tokens {
		if c.trig[i] == nil || c.governed(i) {
			continue
		}
		c.extra = c.extra[:0]
		if ev, ok := c.code(i); ok {
			// A meeting with a named counterpart is news even as the
			// circumstance of another act ("In a telephone conversation
			// with Sarkozy, Medvedev declared that troops would start
			// their pullout").
			b := c.background(i) && !(ev.Type == "CONSULT" && (len(ev.Target) > 0 || len(ev.Source) > 1) && !ev.Negated)
			for _, x := range append([]doc.Event{ev}, c.extra...) {
				evs = append(evs, x)
				bg = append(bg, b)
			}
			if !b {
				fore[d.Tokens[i].Sentence] = true
			}
		}
	}
	for _, ev := range c.stops() {
		evs = append(evs, ev)
		bg = append(bg, false)
		fore[c.sentenceOf(ev.Evidence)] = true
	}
	for _, ev := range c.demands() {
		evs = append(evs, ev)
		bg = append(bg, false)
		fore[c.sentenceOf(ev.Evidence)] = true
	}
	// A background event (in a temporal, causal, purpose or relative
	// clause, or a participle beside the main clause) is dropped when its
	// sentence reports a main event: it is context, not the news.
	seen := map[string]bool{}
	unnamed, home := counterpartInfo(d)
	for k, ev := range evs {
		if bg[k] && fore[c.sentenceOf(ev.Evidence)] {
			continue
		}
		if ev.Type == "CONSULT" && len(ev.Source) == 0 && len(ev.Target) == 0 && !opts.KeepUnsourced {
			// "talks between Washington and Moscow are under way" with
			// neither city resolved: a meeting of no one.
			continue
		}
		if ev.Type == "CONSULT" && !ev.Negated && len(ev.Target) > 0 {
			// (A refusal to meet them stays a refusal.)
			ev.Target = namedCounterparts(ev, unnamed, home)
			if len(ev.Target) == 0 && len(ev.Source) < 2 {
				// "will consult with them" (regional leaders), "will
				// meet with U.S. officials" (the president's own): no
				// named party to meet.
				continue
			}
		}
		// "killed 72 people and wounded 149": one event, not two.
		key := eventKey(ev)
		if seen[key] {
			continue
		}
		seen[key] = true
		d.Events = append(d.Events, ev)
	}
}

// counterpartInfo returns the actors the text never names (descriptions
// such as "regional leaders" linked into "new:group:leaders"), and each
// person's country.
func counterpartInfo(d *doc.Document) (unnamed map[string]bool, home map[string]string) {
	unnamed, home = map[string]bool{}, map[string]string{}
	for _, a := range d.Actors {
		if a.Kind == "person" && a.Country != nil {
			home[a.ID] = *a.Country
		}
		if !strings.HasPrefix(a.ID, "new:") {
			continue
		}
		named := false
		for _, m := range a.Mentions {
			if m.How == "name" || m.How == "alias" {
				named = true
				break
			}
		}
		if !named {
			unnamed[a.ID] = true
		}
	}
	return unnamed, home
}

// namedCounterparts returns the targets of a meeting that are parties to
// it: not an actor the text never names, nor the own country of a person
// source (a president meeting "U.S. officials" meets his own government,
// not another party).
func namedCounterparts(ev doc.Event, unnamed map[string]bool, home map[string]string) []string {
	own := map[string]bool{}
	for _, s := range ev.Source {
		if h, ok := home[s]; ok {
			own[h] = true
		}
	}
	var out []string
	for _, t := range ev.Target {
		if unnamed[t] || own[t] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// sentenceOf returns the index of the sentence span s, or -1.
func (c *coder) sentenceOf(s doc.Span) int {
	for k, x := range c.d.Sentences {
		if x == s {
			return k
		}
	}
	return -1
}

// backgroundMarks introduce clauses and phrases that give an event's
// circumstances ("after U.S. officials alleged …", "since the accord").
var backgroundMarks = set("after", "before", "since", "until", "following", "when", "while", "as",
	"because", "once", "despite", "amid", "during", "whereas", "although", "though")

// background reports whether the trigger at i stands in a clause or phrase
// subordinate to the sentence's main predication: a temporal, causal or
// concessive clause or phrase, a purpose infinitive, a relative clause, or
// a bare participle clause ("…, saying he would …").
func (c *coder) background(i int) bool {
	cur := i
	for steps := 0; steps < 8; steps++ {
		h := c.head(cur)
		if h < 0 {
			return false
		}
		if c.d.Tokens[cur].Deprel == "acl:relcl" {
			return true
		}
		for _, g := range c.children[cur] {
			// "after U.S. officials alleged …" with "after" parsed as the
			// subject's preposition.
			if c.rel(g) == "nsubj" && g < cur && backgroundMarks[c.caseOf(g)] {
				return true
			}
		}
		switch c.rel(cur) {
		case "advcl":
			if c.markerVerb(h, cur) {
				break
			}
			mark := ""
			for _, g := range c.children[cur] {
				if c.rel(g) == "mark" {
					mark = c.lemma(g)
				}
			}
			if mark == "" || mark == "to" || backgroundMarks[mark] {
				return true
			}
		case "obl", "nmod":
			if backgroundMarks[c.caseOf(cur)] {
				return true
			}
		}
		cur = h
	}
	return false
}

func (c *coder) index() {
	n := len(c.d.Tokens)
	c.children = make([][]int, n)
	c.trig = make([]*Entry, n)
	c.actorAt = make([]string, n)
	for i, t := range c.d.Tokens {
		if t.Head >= 0 && t.Head < n && t.Head != i {
			c.children[t.Head] = append(c.children[t.Head], i)
		}
	}
	// Actor mentions → tokens they overlap (tokens are sorted by offset).
	c.countries = map[string]bool{}
	c.country = map[string]string{}
	for _, a := range c.d.Actors {
		if a.Kind == "country" {
			c.countries[a.ID] = true
		}
		if a.Country != nil {
			c.country[a.ID] = *a.Country
		}
		for _, m := range a.Mentions {
			lo := c.firstTokenAt(m.Start)
			for k := lo; k < n && c.d.Tokens[k].Start < m.End; k++ {
				if c.d.Tokens[k].Overlaps(m.Span) && c.actorAt[k] == "" {
					c.actorAt[k] = a.ID
				}
			}
		}
	}
	// A country's non-state group ("Israel's opposition", "the Zimbabwean
	// opposition") holds the country's name inside its mention: the
	// tokens are the group's, so the country does not join it as a second
	// party.
	for _, a := range c.d.Actors {
		if a.Kind != "group" || a.Country == nil || !strings.HasPrefix(a.ID, "new:group:") {
			continue
		}
		for _, m := range a.Mentions {
			for k := c.firstTokenAt(m.Start); k < n && c.d.Tokens[k].Start < m.End; k++ {
				if c.d.Tokens[k].Overlaps(m.Span) && c.actorAt[k] == *a.Country {
					c.actorAt[k] = a.ID
				}
			}
		}
	}
}

func (c *coder) firstTokenAt(off int) int {
	lo, hi := 0, len(c.d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if c.d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (c *coder) lemma(i int) string {
	t := &c.d.Tokens[i]
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(c.d.SpanText(t.Span))
}

func (c *coder) rel(i int) string {
	r := c.d.Tokens[i].Deprel
	if k := strings.IndexByte(r, ':'); k >= 0 && r != "nsubj:pass" && r != "obl:agent" && r != "nmod:poss" && r != "compound:prt" {
		return r[:k]
	}
	return r
}

func (c *coder) head(i int) int {
	h := c.d.Tokens[i].Head
	if h < 0 || h >= len(c.d.Tokens) || h == i || c.d.Tokens[h].Sentence != c.d.Tokens[i].Sentence {
		return -1
	}
	return h
}

// hasParticle reports whether word attaches to token i: as a particle, as the
// case marker of a dependent, or as the next token.
func (c *coder) hasParticle(i int, word string) bool {
	for _, k := range c.children[i] {
		if c.lemma(k) == word {
			r := c.rel(k)
			if r == "compound:prt" || r == "compound" || r == "advmod" || r == "case" || r == "mark" {
				return true
			}
		}
		if c.rel(k) == "obj" && (c.lemma(k) == word || singular(c.lemma(k)) == word) {
			return true // "give aid", "send troops"
		}
		if c.rel(k) == "obj" && quantityNouns[c.lemma(k)] {
			// "sent thousands of troops", "shipped tonnes of wheat": the
			// of-phrase of a quantity names what is sent.
			for _, g := range c.children[k] {
				if c.rel(g) == "nmod" && c.lemma(g) == word && c.caseOf(g) == "of" {
					return true
				}
			}
		}
		switch c.rel(k) {
		case "obl", "obj", "nmod", "iobj", "obl:agent", "xcomp", "advcl":
			if c.rel(k) == "obl" && c.lemma(k) == word && (c.caseOf(k) == "in" || c.caseOf(k) == "on" || c.caseOf(k) == "under") {
				return true // "gave X 30 million dollars in aid", "put troops on alert", "placed him under arrest"
			}
			if adverbParticles[word] {
				// "give in", "let in" are particles, not the preposition
				// of a phrase ("in aid").
				continue
			}
			for _, g := range c.children[k] {
				if (c.rel(g) == "case" || c.rel(g) == "mark") && c.lemma(g) == word {
					return true
				}
			}
			if c.caseOf(k) == word {
				return true // "spoke with President Trump", "with" on the title
			}
		}
	}
	if i+1 < len(c.d.Tokens) && c.d.Tokens[i+1].Sentence == c.d.Tokens[i].Sentence && c.lemma(i+1) == word {
		return true
	}
	return false
}

// quantityNouns head a noun phrase whose of-phrase holds the thing counted.
var quantityNouns = set("hundred", "thousand", "million", "billion", "dozen", "ton", "tonne", "batch", "shipment",
	"consignment", "load", "cargo", "number", "lot", "contingent", "unit", "battalion", "convoy", "truckload", "planeload",
	"shipload", "boatload")

// adverbParticles are particles that attach to the verb itself, never as
// the preposition of one of its phrases.
var adverbParticles = set("in", "out", "up", "down", "off", "back", "over", "away")

// trigger returns the lexicon entry token i triggers, if any.
func (c *coder) trigger(i int) *Entry {
	t := &c.d.Tokens[i]
	var cands []Entry
	switch t.UPOS {
	case "VERB":
		cands = c.lx.verbs[c.lemma(i)]
		if cands == nil {
			// The lemmatiser can miss a regular form ("rioted" → "riote"):
			// try the lemmas the surface form could inflect.
			for _, l := range verbLemmas(strings.ToLower(c.d.SpanText(t.Span))) {
				if cands = c.lx.verbs[l]; cands != nil {
					break
				}
			}
		}
	case "NOUN":
		cands = c.lx.nouns[c.lemma(i)]
		if c.lemma(i) == "strike" && c.caseOf(i) == "on" {
			// "teachers are on strike": a labour strike, whatever the
			// lexicon says of "strike" as a noun.
			return &Entry{Lemma: "strike", POS: "N", Type: "PROTEST", Mode: "strike"}
		}
	default:
		return nil
	}
	var plain *Entry
	for k := range cands {
		e := &cands[k]
		if e.Particle == "" {
			if plain == nil {
				plain = e
			}
			continue
		}
		if e.POS == "N" {
			if c.hasCompound(i, e.Particle) {
				return e
			}
			continue
		}
		if c.hasParticle(i, e.Particle) {
			return e
		}
	}
	return plain
}

func (c *coder) hasCompound(i int, word string) bool {
	for _, k := range c.children[i] {
		if c.lemma(k) == word && (c.rel(k) == "compound" || c.rel(k) == "amod") {
			return true
		}
	}
	return false
}

// governed reports whether the trigger at i is the complement of another
// trigger ("refused to negotiate", "demanded the withdrawal"), possibly
// through modality markers, so that only the governor is coded.
func (c *coder) governed(i int) bool {
	if h := c.head(i); h >= 0 && c.meetingFrame(i, h) {
		// "During a conversation with Lithuania, Poland agreed …": the
		// meeting is the circumstance of the act, not its object.
		return false
	}
	cur := i
	for steps := 0; steps < 4; steps++ {
		h := c.head(cur)
		if h < 0 {
			return false
		}
		switch c.rel(cur) {
		case "xcomp", "ccomp", "obj", "obl", "acl", "advcl", "nmod", "nsubj:pass", "csubj", "iobj":
		case "conj":
			// "refused to allow the planes to land and evacuate …": a
			// verb conjoined to an open complement shares its governor.
			if r := c.rel(h); c.d.Tokens[cur].UPOS == "VERB" && (r == "xcomp" || r == "ccomp") {
				cur = h
				continue
			}
			return false
		default:
			return false
		}
		if c.rel(cur) == "advcl" && c.circumstance(cur) {
			// "After Kenya met Uganda, Ethiopia expelled …": a temporal
			// or causal clause is no complement of the main verb.
			return false
		}
		if c.trig[h] != nil && c.markerVerb(h, cur) {
			// "vowed to retaliate": the promise verb is a marker here.
			cur = h
			continue
		}
		if c.trig[h] != nil && !c.isSupport(h, cur) {
			return true
		}
		if c.isSupport(h, cur) || (supportVerbs[c.lemma(h)] && c.rel(cur) == "obj") || c.participates(h, cur) {
			// "threatened to launch an offensive", "refused to take part
			// in talks": look past the support or taking-part verb.
			cur = h
			continue
		}
		if _, ok := c.lx.markers[c.lemma(h)]; !ok {
			// A support verb's nominal object is not governed by it.
			return false
		}
		cur = h
	}
	return false
}

// circumstance reports whether clause k is introduced by a temporal,
// causal or concessive conjunction ("after", "when", "because").
func (c *coder) circumstance(k int) bool {
	for _, g := range c.children[k] {
		if c.rel(g) == "mark" && backgroundMarks[c.lemma(g)] {
			return true
		}
	}
	return false
}

// markerVerb reports whether the verb trigger h that also has a marker row
// ("vow", "pledge", "offer") only marks the event of its open complement k
// ("vowed to retaliate" is a threatened attack, not a promise).
func (c *coder) markerVerb(h, k int) bool {
	if c.d.Tokens[h].UPOS != "VERB" || c.trig[k] == nil || (c.rel(k) != "xcomp" && !(c.rel(k) == "advcl" && c.markedTo(k))) {
		return false
	}
	_, ok := c.lx.markers[c.lemma(h)]
	return ok
}

// isSupport reports whether verb h only supports the nominal trigger n
// ("give a welcome", "hold talks") rather than being an event over it.
func (c *coder) isSupport(h, n int) bool {
	if c.trig[n] != nil && c.trig[n].POS == "N" && (c.rel(n) == "obl" || c.rel(n) == "nmod") && c.caseOf(n) == "into" && (c.lemma(h) == "enter" || c.lemma(h) == "go") {
		return true // "entered into talks"
	}
	if c.participates(h, n) {
		return true // "attended the summit", "took part in the talks"
	}
	if c.trig[n] == nil || c.trig[n].POS != "N" || !supportVerbs[c.lemma(h)] ||
		!(c.rel(n) == "obj" || c.rel(n) == "nsubj:pass" || c.rel(n) == "nsubj") {
		return false
	}
	// "have" supports meetings ("had talks", "had lunch with"), not
	// claims or acts ("did have these allegations").
	return c.lemma(h) != "have" || c.trig[n].Type == "CONSULT"
}

// attendVerbs take a meeting as object to say who took part in it
// ("attended the summit", "chaired the talks", "joined the negotiations").
var attendVerbs = set("attend", "join", "chair", "co-chair", "lead", "convene", "oversee")

// participates reports whether h says that its subject took part in the
// consultation noun n: an attend verb with n as object, "participate in",
// "take part in", "be present at".
func (c *coder) participates(h, n int) bool {
	if c.trig[n] == nil || c.trig[n].POS != "N" || c.trig[n].Type != "CONSULT" {
		return false
	}
	r, cs := c.rel(n), c.caseOf(n)
	switch lem := c.lemma(h); {
	case attendVerbs[lem]:
		return r == "obj" || r == "nsubj:pass"
	case lem == "participate":
		return (r == "obl" || r == "nmod") && cs == "in"
	case lem == "take":
		if (r != "obl" && r != "nmod") || cs != "in" {
			return false
		}
		for _, k := range c.children[h] {
			if c.rel(k) == "obj" && c.lemma(k) == "part" {
				return true
			}
		}
	case lem == "present" && (c.d.Tokens[h].UPOS == "ADJ" || c.d.Tokens[h].UPOS == "VERB" && c.d.Tokens[h].XPOS == "VBP"):
		// "present" tagged a verb (VBP) in "Delegates present at the
		// conference were from …"; not "presented a plan".
		return (r == "obl" || r == "nmod") && cs == "at"
	}
	return false
}

// markerPhrase reports whether the nominal trigger n is the to/for phrase of
// a modality adjective h ("open to discussion with the MDC", "ready for
// talks"), which then stands for its support verb.
func (c *coder) markerPhrase(h, n int) bool {
	if c.trig[n] == nil || c.trig[n].POS != "N" || c.d.Tokens[h].UPOS != "ADJ" {
		return false
	}
	if _, ok := c.lx.markers[c.lemma(h)]; !ok {
		return false
	}
	r, cs := c.rel(n), c.caseOf(n)
	return (r == "obl" || r == "nmod") && (cs == "to" || cs == "for")
}

// verbLemmas returns candidate lemmas of a regularly inflected verb form,
// most likely first: "rioted" → riot, riote; "tries" → try; "stopped" → stop.
func verbLemmas(w string) []string {
	var out []string
	add := func(stem string) {
		if len(stem) >= 2 {
			out = append(out, stem)
		}
	}
	switch {
	case strings.HasSuffix(w, "ied"), strings.HasSuffix(w, "ies"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "ed"), strings.HasSuffix(w, "ing"):
		stem := strings.TrimSuffix(strings.TrimSuffix(w, "ed"), "ing")
		add(stem)
		add(stem + "e")
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
			add(stem[:n-1])
		}
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s"):
		add(w[:len(w)-1])
	}
	return out
}

// eventKey identifies an event by what is reported: its sentence, type,
// actors, negation and modality.
func eventKey(e doc.Event) string {
	return fmt.Sprint(e.Evidence, e.Type, e.Source, e.Target, e.Negated, e.Modality)
}
