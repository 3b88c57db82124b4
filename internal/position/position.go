// Package position finds each actor's positions in a document: what it
// demands, sets as a precondition, offers, accepts, rejects, supports or
// opposes, on which topic, with the sentence that says so.
//
// It reads the dependency parse, the resolved actors and the quotes. A
// stance word from the lexicon (data/positions/stances.tsv: "demand",
// "call for", "ready to", "rule out", "back"…) gives the stance; the holder
// is the actor heading its subject (climbing control verbs and conjuncts:
// "Kyiv refused to accept", "is ready to"), the "by" agent of a passive, the
// possessor of a stance noun ("Moscow's demand") or, for a first-person
// subject inside a quotation, the quotation's speaker; what the position is
// about ("object") is the text of the word's complements named in the
// lexicon. Negation turns accept, offer and support into reject or oppose
// ("will not accept", "is not ready to"). Preconditions come from
// conditional clauses on a negotiating predicate ("will only talk if…",
// "no talks until…", "will not export … while…", "ready to help if…") and
// from "as a condition/precondition", "X is a condition for Y",
// "dependent on". A speaker's judgements are positions too: "X is
// unacceptable" (reject), "it is important that S" (demand), "X must
// happen" in a quotation (demand; not "will have to", a prediction). Stance
// words inside questions and inside conditional clauses are not positions,
// blame aimed at a party ("condemned the protesters") is an accusation,
// not a position, and a position needs a resolved holder: a missed
// position is better than a false one. data/positions/README.md lists the
// rules in full.
//
// The topic is a label from data/positions/topics.tsv found in the object
// (else in the sentence), else the object's head word, prefixed with the
// names of the countries involved ("Russia–Ukraine peace talks").
package position

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// Options configure Find.
type Options struct {
	// Lexicon holds the stance words and topic rules; nil means
	// DefaultLexicon (which only fails if the embedded files are broken, a
	// build defect: Find then panics).
	Lexicon *Lexicon
	// MaxObjectWords caps the words of an object; 0 means 30.
	MaxObjectWords int
	// CountryName names a country by its ISO 3166-1 alpha-3 code, for
	// topics of countries that have no actor in the document; nil (or an
	// empty answer) falls back to the code.
	CountryName func(code string) string
	// Side tells which country a person speaks for at a date (YYYY-MM-DD,
	// "" when unknown): ok is false when it cannot tell, and code is ""
	// for someone who speaks for an international body (a UN
	// Secretary-General is no side of a Russia–Ukraine topic). nil, or
	// not ok, falls back to the actor's country.
	Side func(actorID, date string) (code string, ok bool)
}

type finder struct {
	d        *doc.Document
	lx       *Lexicon
	opts     Options
	children [][]int
	actorAt  []int    // index into d.Actors per token, -1 for none
	speaker  []string // speaker id of the quotation a token lies in, "" for none
	byID     map[string]*doc.Actor
	country  map[string]string // ISO code → name of the document's country actor
	out      []found
}

type found struct {
	tok int
	p   doc.Position
}

// Find appends the positions of d to d.Positions. It needs tokens with
// lemmas and a dependency parse, and should run after the actor and quote
// stages.
func Find(d *doc.Document, opts Options) {
	if len(d.Tokens) == 0 {
		return
	}
	if opts.Lexicon == nil {
		lx, err := DefaultLexicon()
		if err != nil {
			panic("position: built-in lexicon: " + err.Error())
		}
		opts.Lexicon = lx
	}
	if opts.MaxObjectWords <= 0 {
		opts.MaxObjectWords = 30
	}
	f := &finder{d: d, lx: opts.Lexicon, opts: opts}
	f.index()
	for i := range d.Tokens {
		f.stanceAt(i)
		f.conditionAt(i)
	}
	sort.SliceStable(f.out, func(a, b int) bool { return f.out[a].tok < f.out[b].tok })
	// one position per holder, stance and sentence when one object holds
	// the other ("the withdrawal of troops" and "the withdrawal of troops
	// as a condition"): the shorter, more precise one stays
	keep := make([]bool, len(f.out))
	for a := range f.out {
		keep[a] = true
		for b := range f.out {
			if a == b {
				continue
			}
			x, y := f.out[a].p, f.out[b].p
			if x.Actor != y.Actor || x.Stance != y.Stance || x.Evidence != y.Evidence || !strings.Contains(x.Object, y.Object) {
				continue
			}
			if len(y.Object) < len(x.Object) || b < a {
				keep[a] = false
				break
			}
		}
	}
	for a, x := range f.out {
		if keep[a] {
			d.Positions = append(d.Positions, x.p)
		}
	}
}

func (f *finder) index() {
	d := f.d
	n := len(d.Tokens)
	f.children = make([][]int, n)
	for i, t := range d.Tokens {
		if t.Head >= 0 && t.Head < n && t.Head != i {
			f.children[t.Head] = append(f.children[t.Head], i)
		}
	}
	f.actorAt = make([]int, n)
	for i := range f.actorAt {
		f.actorAt[i] = -1
	}
	for ai, a := range d.Actors {
		for _, m := range a.Mentions {
			for i := f.tokenAt(m.Start); i >= 0 && i < n && d.Tokens[i].Start < m.End; i++ {
				if d.Tokens[i].End <= m.End && f.actorAt[i] < 0 {
					f.actorAt[i] = ai
				}
			}
		}
	}
	f.byID = make(map[string]*doc.Actor, len(d.Actors))
	f.country = map[string]string{}
	for i := range d.Actors {
		a := &d.Actors[i]
		if _, ok := f.byID[a.ID]; !ok {
			f.byID[a.ID] = a
		}
		if a.Kind == "country" && a.Country != nil {
			if _, ok := f.country[*a.Country]; !ok {
				f.country[*a.Country] = a.Name
			}
		}
	}
	f.speaker = make([]string, n)
	for _, q := range d.Quotes {
		if q.Speaker == nil {
			continue
		}
		for i := f.tokenAt(q.Start); i >= 0 && i < n && d.Tokens[i].Start < q.End; i++ {
			f.speaker[i] = *q.Speaker
		}
	}
}

// tokenAt returns the first token that ends after off.
func (f *finder) tokenAt(off int) int {
	ts := f.d.Tokens
	i := sort.Search(len(ts), func(i int) bool { return ts[i].End > off })
	if i == len(ts) {
		return -1
	}
	return i
}

func (f *finder) lemma(i int) string {
	t := f.d.Tokens[i]
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(f.d.SpanText(t.Span))
}

func (f *finder) word(i int) string { return strings.ToLower(f.d.SpanText(f.d.Tokens[i].Span)) }

// rel returns the full relation of token i ("obl:agent"); base drops the
// subtype ("obl").
func (f *finder) rel(i int) string { return f.d.Tokens[i].Deprel }

func (f *finder) base(i int) string {
	r, _, _ := strings.Cut(f.d.Tokens[i].Deprel, ":")
	return r
}

func (f *finder) head(i int) int {
	h := f.d.Tokens[i].Head
	if h < 0 || h >= len(f.d.Tokens) || h == i {
		return -1
	}
	return h
}

// child returns the first dependent of i whose relation is one of rels
// (exact match: "nsubj" does not match "nsubj:pass").
func (f *finder) child(i int, rels ...string) int {
	for _, c := range f.children[i] {
		r := f.d.Tokens[c].Deprel
		for _, want := range rels {
			if r == want {
				return c
			}
		}
	}
	return -1
}

// caseOf returns the preposition (case or mark dependent) of i, lower case.
func (f *finder) caseOf(i int) string {
	for _, c := range f.children[i] {
		if r := f.base(c); r == "case" || r == "mark" {
			return f.word(c)
		}
	}
	return ""
}

// stanceAt codes the stance word at token i, if any.
func (f *finder) stanceAt(i int) {
	t := f.d.Tokens[i]
	es := f.entries(i, t.UPOS)
	if len(es) == 0 {
		f.against(i)
		f.evaluativeAt(i)
		f.mustAt(i)
		f.refusalAt(i)
		return
	}
	e := es[0]
	if f.question(i) || f.conditional(i) || f.governed(i) {
		return
	}
	var holders []string
	var obj []int
	neg := f.negated(i)
	if e.POS == "NOUN" {
		holders, neg = f.nounHolders(i, neg)
	} else if p := f.child(i, "nsubj:pass"); p >= 0 && e.POS == "VERB" && (!f.adjEntry(es) || f.agent(i) >= 0 && !f.adjComplement(i, es)) {
		agent := f.agent(i)
		if agent < 0 {
			return
		}
		holders = f.actorsOf(agent)
		obj = []int{p}
	} else {
		var s int
		s, neg = f.subject(i, neg)
		if s < 0 {
			return
		}
		holders = f.actorsOf(s)
	}
	if len(holders) == 0 {
		return
	}
	if obj == nil {
		// the first entry whose complements are there: "agreed to restore"
		// is "agree" with an xcomp, not "agree to" with an obl
		for _, x := range es {
			if obj = f.complements(i, x); len(obj) > 0 {
				e = x
				break
			}
		}
	}
	if len(obj) == 0 && e.POS == "NOUN" {
		obj = f.siblingInfinitive(i)
	}
	if len(obj) == 0 && e.POS == "NOUN" {
		obj = f.siblingOblique(i, es)
	}
	if len(obj) == 0 {
		return
	}
	stance := e.Stance
	if neg {
		switch {
		case stance == Accept, stance == Offer && e.POS == "ADJ":
			// "will not accept", "is not ready to talk"; but "has not
			// offered to talk" is no refusal
			stance = Reject
		case stance == Support:
			stance = Oppose
		default:
			return // "did not demand", "did not reject": no stance to report
		}
	}
	if stance == Demand && f.mentionsCondition(i) {
		stance = Precondition
	}
	f.emit(i, holders, stance, obj)
}

// entries returns the lexicon entries for token i, those whose particle is
// present first ("call for" before "call"), entries with an absent
// particle left out.
func (f *finder) entries(i int, upos string) []*Entry {
	var with, plain []*Entry
	cands := f.lx.lookup(f.lemma(i), upos)
	if w := f.word(i); w != f.lemma(i) {
		// a participle read as a verb: "was prepared for" (ADJ "prepared")
		for _, e := range f.lx.lookup(w, upos) {
			if e.POS == "ADJ" {
				cands = append(cands, e)
			}
		}
	}
	for _, e := range cands {
		switch {
		case e.Particle == "":
			plain = append(plain, e)
		case f.hasParticle(i, e.Particle):
			with = append(with, e)
		}
	}
	return append(with, plain...)
}

// adjEntry reports whether a participle matched an ADJ entry ("was
// prepared for"), whose passive subject is the holder.
func (f *finder) adjEntry(es []*Entry) bool {
	for _, e := range es {
		if e.POS == "ADJ" {
			return true
		}
	}
	return false
}

// adjComplement reports whether an ADJ entry's complement is present
// ("is opposed to the plan"): then the participle is an adjective even
// with a "by" phrase.
func (f *finder) adjComplement(i int, es []*Entry) bool {
	for _, e := range es {
		if e.POS == "ADJ" && len(f.complements(i, e)) > 0 {
			return true
		}
	}
	return false
}

// isStance reports whether token i is a stance word.
func (f *finder) isStance(i int) bool { return len(f.entries(i, f.d.Tokens[i].UPOS)) > 0 }

// hasParticle reports whether i has the particle or preposition p: "rule
// out", "call for a ceasefire".
func (f *finder) hasParticle(i int, p string) bool {
	for _, c := range f.children[i] {
		r := f.rel(c)
		if (r == "compound:prt" || r == "compound" || r == "advmod") && f.word(c) == p {
			return true
		}
		if (strings.HasPrefix(r, "obl") || r == "obj" || r == "nmod" || r == "xcomp" || r == "ccomp") && f.caseOf(c) == p {
			return true
		}
	}
	// "called on Russia to" parsed with the particle next to the verb
	if i+1 < len(f.d.Tokens) && f.word(i+1) == p && f.head(i+1) == i {
		return true
	}
	return f.nestedFor(i, p) >= 0
}

// nestedFor returns the "for" phrase that the parse hung on an oblique of
// the verb instead of the verb: "asked the delegates [at the conference
// [for support]]"; -1 when there is none.
func (f *finder) nestedFor(i int, p string) int {
	if p != "for" {
		return -1
	}
	for _, c := range f.children[i] {
		if f.base(c) != "obl" || c < i {
			continue
		}
		for _, g := range f.children[c] {
			if f.base(g) == "nmod" && g > c && f.caseOf(g) == p {
				return g
			}
		}
	}
	return -1
}

// against codes "X is against Y" (a noun with case "against" and a copula).
func (f *finder) against(i int) {
	if f.caseOf(i) != "against" || f.child(i, "cop") < 0 {
		return
	}
	if f.question(i) || f.conditional(i) {
		return
	}
	s := f.child(i, "nsubj")
	if s < 0 || f.negated(i) {
		return
	}
	if h := f.actorsOf(s); len(h) > 0 {
		f.emitSpan(i, h, Oppose, f.subtreeSpan(i, true))
	}
}

// question reports whether token i's sentence is a question.
func (f *finder) question(i int) bool {
	s := f.d.Sentences[f.d.Tokens[i].Sentence]
	txt := strings.TrimRight(f.d.SpanText(s), " \t\n\"'”’»)")
	return strings.HasSuffix(txt, "?")
}

var condMarks = map[string]bool{"if": true, "unless": true, "whether": true, "until": true, "once": true, "provided": true}

// conditional reports whether token i lies in a conditional or
// interrogative clause ("if Russia accepts", "whether Kyiv will agree").
func (f *finder) conditional(i int) bool {
	for k, n := i, 0; k >= 0 && n < 40; k, n = f.head(k), n+1 {
		r := f.base(k)
		if r == "advcl" || r == "ccomp" || r == "csubj" {
			for _, c := range f.children[k] {
				if f.base(c) == "mark" && condMarks[f.word(c)] {
					return true
				}
			}
		}
	}
	return false
}

// governed reports whether the stance word at i is the complement of
// another stance word, which codes it ("refused to accept", "is ready to
// offer").
func (f *finder) governed(i int) bool {
	h := f.head(i)
	if h < 0 {
		return false
	}
	switch f.base(i) {
	case "xcomp", "ccomp", "obj", "obl", "nmod":
	default:
		return false
	}
	if f.d.Tokens[i].UPOS == "NOUN" && f.child(i, "nmod:poss") >= 0 {
		return false // "rejected Moscow's demand": Moscow's demand is Moscow's
	}
	return f.isStance(h)
}

var negWords = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true, "no": true, "neither": true, "nor": true}

// negated reports whether token i carries a negation ("not", "never", "no
// longer", "failed to").
func (f *finder) negated(i int) bool {
	for _, c := range f.children[i] {
		r := f.base(c)
		w := f.word(c)
		if (r == "advmod" || r == "det" || r == "cc") && negWords[w] {
			if r == "cc" && w != "nor" {
				continue
			}
			return true
		}
		if r == "advmod" && w == "longer" {
			for _, g := range f.children[c] {
				if f.word(g) == "no" {
					return true
				}
			}
		}
	}
	return false
}

// subject finds the subject of the stance word at i, climbing control
// verbs, conjuncts and copulas; neg accumulates negation met on the way
// ("does not want to accept").
func (f *finder) subject(i int, neg bool) (int, bool) {
	for k, n := i, 0; k >= 0 && n < 8; n++ {
		if s := f.child(k, "nsubj", "nsubj:pass"); s >= 0 && (f.rel(s) == "nsubj" || f.lx.adjective(f.lemma(k)) || f.lx.adjective(f.word(k))) {
			return f.antecedent(s, k), neg
		}
		r := f.base(k)
		switch {
		case r == "advcl" && f.d.Tokens[k].XPOS == "VBG" && f.child(k, "nsubj", "expl") < 0 && !f.conditional(k):
			// "Mugabe left the offer open, while warning against…", "China
			// joined the Council in warning…": the main clause's subject
			k = f.head(k)
		case (r == "acl" || r == "advcl") && f.head(k) >= 0 && docNouns[f.lemma(f.head(k))] && f.child(k, "nsubj") < 0:
			// "issued a statement calling for calm": the statement
			// speaks
			return f.head(k), neg
		case r == "acl" && f.agent(k) < 0 && f.child(k, "nsubj:pass") < 0 &&
			(f.rootName(f.head(k)) || f.d.Tokens[k].XPOS == "VBD" && f.clauseNoun(f.head(k))):
			// "Senator Ana Ruiz, a Republican from Ohio, called for…"
			// parsed with the name as the root and the verb as a
			// modifier of it: the name is the subject
			return f.head(k), neg
		case r == "xcomp" || r == "conj":
			k = f.head(k)
			if k >= 0 && r == "xcomp" {
				if f.lemma(k) == "fail" {
					neg = !neg
				}
				neg = neg != f.negated(k)
			}
		default:
			return -1, neg
		}
	}
	return -1, neg
}

// rootName reports whether h is a proper name that the parse made the
// root of its sentence (a sign that the sentence's verb was misread as
// its modifier).
func (f *finder) rootName(h int) bool {
	return h >= 0 && f.head(h) < 0 && f.d.Tokens[h].UPOS == "PROPN" && f.actorAt[h] >= 0
}

// clauseNoun reports whether noun h stands where a clause should (the
// root, or the complement of a speech verb): a finite verb hung on it
// as a modifier is the clause's predicate ("…saying, 'The members of the
// Council called for…'").
func (f *finder) clauseNoun(h int) bool {
	if h < 0 {
		return false
	}
	switch f.d.Tokens[h].UPOS {
	case "NOUN", "PROPN":
	default:
		return false
	}
	return f.head(h) < 0 || f.base(h) == "ccomp"
}

// antecedent resolves a relative pronoun subject ("the country, which
// rejected…") to the noun it refers to.
func (f *finder) antecedent(s, pred int) int {
	switch f.word(s) {
	case "who", "which", "that":
		if f.rel(pred) == "acl:relcl" {
			return f.head(pred)
		}
		if f.rel(pred) == "advcl:relcl" {
			// "released a statement Wednesday that urged…" with the
			// relative clause hung on the verb: the verb's object
			if h := f.head(pred); h >= 0 {
				if o := f.child(h, "obj"); o >= 0 && o < pred {
					return o
				}
			}
		}
	}
	return s
}

// agent returns the "by" agent of a passive predicate.
func (f *finder) agent(i int) int {
	for _, c := range f.children[i] {
		if strings.HasPrefix(f.d.Tokens[c].Deprel, "obl") && f.caseOf(c) == "by" {
			return c
		}
	}
	return -1
}

// nounHolders returns the holders of a stance noun: its possessor
// ("Moscow's demand", "its proposal") or the subject of the verb it is the
// object of ("Kyiv repeated its demand", "Hungary made a proposal").
func (f *finder) nounHolders(i int, neg bool) ([]string, bool) {
	h := f.head(i)
	if h >= 0 && f.rel(i) == "obj" && withdrawn[f.lemma(h)] {
		return nil, neg // "rescinded their pledge": no longer held
	}
	if p := f.child(i, "nmod:poss"); p >= 0 {
		return f.actorsOf(p), neg
	}
	if h >= 0 && f.rel(i) == "nmod" && f.caseOf(i) == "of" && docNouns[f.lemma(h)] {
		// "Merkel's statement of support for…": the statement's author
		return f.actorsOf(h), neg
	}
	if h >= 0 && f.base(i) == "obl" && f.caseOf(i) == "in" && strings.HasSuffix(f.word(i), "ing") && f.d.Tokens[h].UPOS == "VERB" && !f.negated(h) {
		// "China joined the Council in warning against…" (a gerund read
		// as a noun; not "flies cargo in support of…")
		if s, neg := f.subject(h, neg); s >= 0 {
			return f.actorsOf(s), neg
		}
		return nil, neg
	}
	if h < 0 || f.rel(i) != "obj" || f.d.Tokens[h].UPOS != "VERB" {
		return nil, neg
	}
	if f.negated(h) {
		return nil, neg
	}
	s, neg := f.subject(h, neg)
	if s < 0 {
		return nil, neg
	}
	return f.actorsOf(s), neg
}

// withdrawn verbs take back a stance noun: "dropped its demand".
var withdrawn = map[string]bool{"rescind": true, "withdraw": true, "abandon": true, "drop": true, "break": true,
	"revoke": true, "retract": true, "scrap": true, "violate": true, "breach": true, "renege": true, "ignore": true}

var firstPerson = map[string]bool{"we": true, "i": true, "us": true, "me": true, "our": true, "my": true}

// actorsOf returns the actors a subject (or agent, possessor) phrase
// refers to, with its conjuncts ("France and Germany").
func (f *finder) actorsOf(s int) []string {
	var ids []string
	add := func(k int) {
		id := f.actorOf(k)
		if id == "" {
			return
		}
		for _, x := range ids {
			if x == id {
				return
			}
		}
		ids = append(ids, id)
	}
	add(s)
	for _, c := range f.children[s] {
		if f.base(c) == "conj" {
			add(c)
		}
	}
	return ids
}

// actorOf returns the actor of a phrase headed by k: among the actors
// mentioned in its name core (k with its compound, flat, appositive and
// descriptive dependents: "NATO Secretary General Jens Stoltenberg") a
// person before any other, else the actor of k; failing both, the
// quotation's speaker for a first-person pronoun.
func (f *finder) actorOf(k int) string {
	best := f.actorAt[k]
	core := []int{k}
	for n := 0; n < len(core) && n < 12; n++ {
		for _, c := range f.children[core[n]] {
			switch f.base(c) {
			case "compound", "flat", "appos", "amod":
				core = append(core, c)
			case "nmod":
				if f.rel(c) == "nmod:desc" {
					core = append(core, c)
				}
			}
		}
	}
	for _, c := range core {
		a := f.actorAt[c]
		if a < 0 {
			continue
		}
		if best < 0 || f.d.Actors[a].Kind == "person" && f.d.Actors[best].Kind != "person" {
			best = a
		}
	}
	if (best < 0 || !f.named(f.d.Actors[best].ID)) && (memberNouns[f.lemma(k)] || docNouns[f.lemma(k)]) {
		// "members of Russia's Security Council", "the Ukrainian
		// delegation's head", "Zimbabwe's government"
		for _, c := range f.children[k] {
			if f.base(c) == "nmod" && (f.caseOf(c) == "of" || f.caseOf(c) == "from" || f.rel(c) == "nmod:poss") && !firstPerson[f.word(c)] {
				if id := f.actorOf(c); id != "" {
					return id
				}
			}
		}
		if docNouns[f.lemma(k)] && f.rel(k) == "obj" {
			// "the ministry released a statement that urged…": the
			// statement's author
			if h := f.head(k); h >= 0 {
				if s, _ := f.subject(h, false); s >= 0 && s != k {
					if id := f.actorOf(s); id != "" {
						return id
					}
				}
			}
		}
	}
	if best < 0 && f.rel(k) == "appos" {
		// "the DLP, the party which chose to boycott the vote…"
		if h := f.head(k); h >= 0 && f.actorAt[h] >= 0 {
			best = f.actorAt[h]
		}
	}
	if best >= 0 {
		return f.d.Actors[best].ID
	}
	if firstPerson[f.word(k)] && f.speaker[k] != "" {
		return f.speaker[k]
	}
	if thirdPerson[f.word(k)] && f.base(k) == "nsubj" {
		// "The Kremlin said it opposed…": an unresolved pronoun subject of
		// a reported clause is the reporter
		if v := f.head(k); v >= 0 && f.base(v) == "ccomp" {
			if sv := f.head(v); sv >= 0 && speechVerbs[f.lemma(sv)] {
				if s := f.child(sv, "nsubj"); s >= 0 && s != k {
					return f.actorOf(s)
				}
			}
		}
	}
	return ""
}

// memberNouns stand for the body they belong to: "members of the
// Security Council backed…".
var memberNouns = map[string]bool{"member": true, "representative": true, "official": true, "delegation": true,
	"delegate": true, "government": true, "leadership": true, "majority": true}

// docNouns are statements that speak for their author: "a statement
// from the ministry calling for calm".
var docNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true,
	"letter": true, "resolution": true}

var thirdPerson = map[string]bool{"it": true, "he": true, "she": true, "they": true}

var speechVerbs = map[string]bool{"say": true, "tell": true, "state": true, "announce": true, "add": true,
	"stress": true, "insist": true, "warn": true, "claim": true, "note": true, "declare": true, "write": true,
	"confirm": true, "reiterate": true, "explain": true, "indicate": true, "assure": true, "reply": true}

// complements returns the dependents of i that hold what the stance is
// about, per the entry's complement list: the first present one, and for a
// demand made on someone ("urged Moscow to withdraw") the addressee too.
func (f *finder) complements(i int, e *Entry) []int {
	var out []int
	for _, want := range e.Comps {
		n := len(out)
		for _, c := range f.children[i] {
			if f.matches(c, want) {
				out = append(out, c)
				break
			}
		}
		if len(out) == n && e.Particle != "" && want == "obl:"+e.Particle {
			if g := f.nestedFor(i, e.Particle); g >= 0 {
				out = append(out, g)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	if e.Stance == Demand {
		// all, with the addressee: "urged Moscow (obj or iobj) to withdraw
		// (xcomp)"; not for a thing asked for: "asked John for his
		// resignation" demands the resignation
		if c := f.child(i, "iobj"); c >= 0 && !allFor(f, out) {
			out = append(out, c)
		}
		return out
	}
	return out[:1]
}

// allFor reports whether every complement is a "for" phrase: the thing
// asked for.
func allFor(f *finder, cs []int) bool {
	for _, c := range cs {
		if f.caseOf(c) != "for" {
			return false
		}
	}
	return true
}

func (f *finder) matches(c int, want string) bool {
	r := f.d.Tokens[c].Deprel
	base, prep, _ := strings.Cut(want, ":")
	rb, _, _ := strings.Cut(r, ":")
	if rb != base {
		return false
	}
	if prep == "" {
		return r != "obl:agent" && r != "nmod:poss"
	}
	return f.caseOf(c) == prep
}

// mentionsCondition reports whether the clause of i calls what is demanded
// a condition ("as a condition prior to talks", "a precondition").
func (f *finder) mentionsCondition(i int) bool {
	found := false
	f.walk(i, func(k int) bool {
		switch f.lemma(k) {
		case "condition", "precondition", "prerequisite":
			found = true
		}
		return !found
	})
	return found
}

// walk visits the subtree of i in token order until visit returns false.
func (f *finder) walk(i int, visit func(int) bool) {
	lo, hi := f.subtreeBounds(i)
	for k := lo; k <= hi; k++ {
		if f.inSubtree(k, i) && !visit(k) {
			return
		}
	}
}

func (f *finder) inSubtree(k, root int) bool {
	for n := 0; k >= 0 && n < 200; k, n = f.head(k), n+1 {
		if k == root {
			return true
		}
	}
	return false
}

func (f *finder) subtreeBounds(i int) (int, int) {
	lo, hi := i, i
	stack := []int{i}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k < lo {
			lo = k
		}
		if k > hi {
			hi = k
		}
		stack = append(stack, f.children[k]...)
	}
	return lo, hi
}

// subtreeSpan returns the text span of i's subtree, without a leading
// preposition, complementiser or "to" when dropLead, and without edge
// punctuation.
func (f *finder) subtreeSpan(i int, dropLead bool) doc.Span {
	lo, hi := f.subtreeBounds(i)
	// "add two members … but did not accede to …": a contrasting conjunct
	// is another matter
	for _, c := range f.children[i] {
		if f.base(c) != "conj" || c < i {
			continue
		}
		for _, g := range f.children[c] {
			if f.base(g) == "cc" && (f.word(g) == "but" || f.word(g) == "yet") {
				if a, _ := f.subtreeBounds(c); a-1 < hi {
					hi = a - 1
				}
			}
		}
	}
	// "ready to help if Georgia asks": the condition is a precondition of
	// its own; "his resignation, which was given to me": a non-restrictive
	// relative clause says something else
	for _, c := range f.children[i] {
		if c < i {
			continue
		}
		a, _ := f.subtreeBounds(c)
		w := a
		for w < c && f.d.Tokens[w].UPOS == "PUNCT" {
			w++
		}
		cut := f.base(c) == "advcl" && f.condMark(c) != "" ||
			f.rel(c) == "acl:relcl" && w > 0 && f.word(w-1) == "," && (f.word(w) == "which" || f.word(w) == "who")
		if cut && a-1 < hi {
			hi = a - 1
		}
	}
	lo = f.afterSource(i, lo)
	for hi > lo && (f.base(hi) == "cc" || f.d.Tokens[hi].UPOS == "PUNCT") {
		hi--
	}
	ts := f.d.Tokens
	for lo < hi {
		r := f.base(lo)
		w := f.word(lo)
		if ts[lo].UPOS == "PUNCT" || (dropLead && lo != i && (r == "case" || r == "mark" || w == "only")) {
			lo++
			continue
		}
		break
	}
	for hi > lo && ts[hi].UPOS == "PUNCT" {
		hi--
	}
	// cap the length: stop at the last clause boundary within the limit
	if hi-lo+1 > f.opts.MaxObjectWords {
		cut := lo + f.opts.MaxObjectWords - 1
		for k := cut; k > lo+5; k-- {
			if ts[k].UPOS == "PUNCT" {
				cut = k - 1
				break
			}
		}
		hi = cut
	}
	return doc.Span{Start: ts[lo].Start, End: ts[hi].End}
}

func (f *finder) emit(i int, holders []string, stance string, obj []int) {
	var sp doc.Span
	for n, c := range obj {
		s := f.subtreeSpan(c, true)
		if n == 0 || s.Start < sp.Start {
			if n == 0 {
				sp = s
			} else {
				sp.Start = s.Start
			}
		}
		if s.End > sp.End {
			sp.End = s.End
		}
	}
	if len(obj) == 1 && f.subtreeSize(obj[0]) == 1 && (f.d.Tokens[obj[0]].UPOS == "PRON" || vague[f.word(obj[0])]) {
		return // "rejected it", "opposed to that": too vague to be a position
	}
	if len(obj) == 1 && f.base(obj[0]) == "xcomp" && noStance[f.lemma(obj[0])] {
		return // "refused to comment", "declined to say"
	}
	if f.lemma(i) == "ask" && len(obj) == 1 && f.base(obj[0]) == "ccomp" && f.markOf(obj[0]) != "that" {
		return // "asked whether…": a question
	}
	if f.lemma(i) == "want" {
		// "wants both sides to stay focused", "wants a ceasefire" are
		// demands; "wants to join" is an aim, "we want you to…" an
		// appeal to the listener
		o := f.child(i, "obj")
		if o < 0 || f.d.Tokens[o].UPOS == "PRON" {
			return
		}
	}
	if len(obj) == 1 && f.base(obj[0]) == "xcomp" && stance == Offer && hostile[f.lemma(obj[0])] {
		return // "ready to blame the Russian side", "prepared to fight": no offer
	}
	if stance == Oppose && blameVerbs[f.lemma(i)] && len(obj) == 1 && f.base(obj[0]) == "obj" && f.party(obj[0]) {
		return // "condemned all Westerners", "criticized Israel for…": blame of a party, not a stance on a matter
	}
	if len(obj) == 1 && f.base(obj[0]) == "ccomp" && f.lx.assertive(f.lemma(i)) && (f.indicative(obj[0]) || f.ownSide(holders, obj[0])) {
		// "insisted that the army was not the target": a claim, not a
		// demand; "insisted that Moscow would only agree to …" (said by
		// Moscow's spokeswoman): what the holder's own side will do, whose
		// own stance words speak for it
		return
	}
	f.emitSpan(i, holders, stance, f.extend(i, sp))
}

// ownSide reports whether the subject of clause c is one of holders or
// their country: the holder saying what its own side will do.
func (f *finder) ownSide(holders []string, c int) bool {
	sub := f.child(c, "nsubj", "nsubj:pass")
	if sub < 0 {
		return false
	}
	side := map[string]bool{}
	for _, h := range holders {
		side[h] = true
		if a := f.byID[h]; a != nil && a.Country != nil {
			side[*a.Country] = true
		}
	}
	for _, id := range f.actorsOf(sub) {
		if !side[id] {
			return false
		}
		if a := f.byID[id]; a != nil && a.Kind == "person" && !contains(holders, id) {
			return false // another person of the same country
		}
	}
	return len(f.actorsOf(sub)) > 0
}

// afterSource returns lo moved past a leading "according to X" phrase of
// clause i ("According to the diplomat, Washington must …"): the source
// of a statement is no part of what it demands.
func (f *finder) afterSource(i, lo int) int {
	for _, c := range f.children[i] {
		if c > i {
			continue
		}
		if a, b := f.subtreeBounds(c); f.word(a) == "according" && b+1 > lo && b < i {
			lo = b + 1
		}
	}
	return lo
}

// markOf returns the subordinating conjunction of clause c, lower case.
func (f *finder) markOf(c int) string {
	for _, k := range f.children[c] {
		if f.base(k) == "mark" {
			return f.word(k)
		}
	}
	return ""
}

// hostile verbs are no offer when one is "ready" to do them.
var hostile = map[string]bool{"blame": true, "accuse": true, "fight": true, "attack": true, "strike": true,
	"retaliate": true, "punish": true, "die": true, "kill": true, "destroy": true, "invade": true, "shoot": true}

// blameVerbs criticise; aimed at a party rather than a matter they are an
// accusation (an event), not a position.
var blameVerbs = map[string]bool{"condemn": true, "criticize": true, "criticise": true, "denounce": true, "blame": true}

// partyNouns name people or bodies rather than matters.
var partyNouns = map[string]bool{"westerner": true, "people": true, "leader": true, "official": true,
	"politician": true, "critic": true, "protester": true, "government": true, "regime": true, "country": true,
	"nation": true, "state": true, "authority": true, "authorities": true, "opposition": true, "rebel": true,
	"militant": true, "side": true, "party": true, "administration": true, "west": true}

// party reports whether the phrase headed by k names a party (an actor, a
// pronoun, people or a body) rather than a matter.
func (f *finder) party(k int) bool {
	if f.actorAt[k] >= 0 || f.d.Tokens[k].UPOS == "PRON" || f.d.Tokens[k].UPOS == "PROPN" {
		return true
	}
	return partyNouns[f.lemma(k)]
}

// siblingInfinitive returns the infinitive the parse hung on the verb
// right after a stance noun: "welcomed Romania's offer [to increase…]".
func (f *finder) siblingInfinitive(i int) []int {
	h := f.head(i)
	if h < 0 {
		return nil
	}
	_, end := f.subtreeBounds(i)
	for _, c := range f.children[h] {
		if b := f.base(c); (b == "advcl" || b == "xcomp") && f.caseOf(c) == "to" {
			if lo, _ := f.subtreeBounds(c); lo == end+1 {
				return []int{c}
			}
		}
	}
	return nil
}

// siblingOblique returns the prepositional phrase the parse hung on the
// verb (or noun) right after a stance noun when the noun's entry takes
// that preposition: "made a complaint [over the sign]", "statement of
// support [for Georgia's membership]".
func (f *finder) siblingOblique(i int, es []*Entry) []int {
	h := f.head(i)
	if h < 0 || f.rel(i) != "obj" && f.base(i) != "nmod" {
		return nil
	}
	_, end := f.subtreeBounds(i)
	for _, c := range f.children[h] {
		if b := f.base(c); b != "obl" && b != "nmod" || f.party(c) {
			continue // "left the offer for the MDC": who it is for, not what
		}
		if lo, _ := f.subtreeBounds(c); lo != end+1 {
			continue
		}
		for _, e := range es {
			for _, want := range e.Comps {
				if b, prep, ok := strings.Cut(want, ":"); ok && b == "nmod" && f.caseOf(c) == prep {
					return []int{c}
				}
			}
		}
	}
	return nil
}

// vagueObject reports whether an object says nothing by itself: only
// pronouns, light verbs and particles ("that", "do so", "it too").
func vagueObject(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:!?\"'’”“")
		if w == "" || vague[w] || lightWords[w] {
			continue
		}
		return false
	}
	return true
}

var lightWords = map[string]bool{"do": true, "so": true, "too": true, "also": true, "either": true, "again": true,
	"anything": true, "something": true, "nothing": true, "any": true, "such": true, "thing": true}

var vague = map[string]bool{"that": true, "this": true, "it": true, "them": true, "these": true, "those": true, "so": true, "one": true}

// noStance are complements of "refuse", "decline" that say nothing about a
// topic.
var noStance = map[string]bool{"comment": true, "say": true, "speculate": true, "elaborate": true,
	"confirm": true, "answer": true, "discuss": true, "disclose": true, "name": true, "give": true, "respond": true,
	"identify": true, "quote": true}

// indicative reports whether clause c states a fact (a finite verb in the
// indicative, no modal) rather than what should be: "insisted that the
// army was not the target" against "insisted that troops (should) leave".
func (f *finder) indicative(c int) bool {
	for _, k := range f.children[c] {
		if f.base(k) == "aux" {
			switch f.word(k) {
			case "must", "should", "shall", "would", "could", "ought", "be":
				return false
			}
		}
	}
	switch f.d.Tokens[c].XPOS {
	case "VBD", "VBZ":
		return true
	}
	for _, k := range f.children[c] {
		if f.base(k) == "cop" || f.base(k) == "aux" {
			switch f.word(k) {
			case "was", "were", "is", "are", "has", "had", "have", "did", "does":
				return true
			}
		}
	}
	return false
}

// named reports whether an actor has a name: a knowledge-base actor, or a
// new one named in the text. Descriptions made actors ("people", "the
// candidates") hold no positions worth recording.
func (f *finder) named(id string) bool {
	if !strings.HasPrefix(id, "new:") {
		return true
	}
	a := f.byID[id]
	return a != nil && strings.ToLower(a.Name) != a.Name
}

// extend stretches an object over the trigger's dependents that follow it
// directly and most likely belong to it though the parse hung them on the
// verb: "called for a peace summit [at the United Nations]", "opposed the
// proposal [to cap Russian oil at a price]".
func (f *finder) extend(i int, sp doc.Span) doc.Span {
	for changed := true; changed; {
		changed = false
		for _, c := range f.children[i] {
			b := f.base(c)
			if b != "obl" && b != "xcomp" && b != "advcl" && !(b == "nmod" && f.rel(c) != "nmod:poss" && f.d.Tokens[i].UPOS == "NOUN") {
				continue
			}
			lo, _ := f.subtreeBounds(c)
			if f.d.Tokens[lo].Start < sp.End || strings.TrimSpace(f.d.Text[sp.End:f.d.Tokens[lo].Start]) != "" {
				continue
			}
			if b == "advcl" && f.caseOf(c) != "to" || b == "obl" && (f.isTimeOrAgent(c) || f.caseOf(c) == "as") {
				continue
			}
			if e := f.subtreeSpan(c, false); e.End > sp.End {
				sp.End = e.End
				changed = true
			}
		}
	}
	return sp
}

// isTimeOrAgent reports whether an oblique is a time ("on Monday") or an
// agent, which belong to the clause, not to the object.
func (f *finder) isTimeOrAgent(c int) bool {
	if f.rel(c) == "obl:tmod" || f.rel(c) == "obl:agent" || f.caseOf(c) == "by" {
		return true
	}
	lo, hi := f.subtreeBounds(c)
	for _, t := range f.d.Times {
		if t.Start < f.d.Tokens[hi].End && f.d.Tokens[lo].Start < t.End {
			return true
		}
	}
	return false
}

func (f *finder) subtreeSize(i int) int {
	lo, hi := f.subtreeBounds(i)
	return hi - lo + 1
}

func (f *finder) emitSpan(i int, holders []string, stance string, obj doc.Span) {
	if obj.Len() <= 0 {
		return
	}
	if vagueObject(f.d.Text[obj.Start:obj.End]) {
		return // "opposed to that too", "refused to do so"
	}
	named := holders[:0:0]
	for _, h := range holders {
		if f.named(h) {
			named = append(named, h)
		}
	}
	holders = named
	object := strings.Join(strings.Fields(f.d.SpanText(obj)), " ")
	sent := f.d.Sentences[f.d.Tokens[i].Sentence]
	for _, h := range holders {
		f.out = append(f.out, found{tok: i, p: doc.Position{
			Actor: h, Stance: stance, Object: object,
			Topic:    f.topic(h, holders, obj, sent),
			Evidence: sent,
		}})
	}
}
