// Package quote finds statements in a document and attributes them to their
// speakers: who said what.
//
// It finds four kinds of statement (doc.Quote.Kind):
//   - direct: a whole statement between quotation marks, with every
//     convention seen in translated news (“…”, "…", ‘…’, «…», „…“,
//     the typewriter marks of PTB-style text (two backquotes, two
//     apostrophes), mismatched «…”, a quotation opened with one kind
//     of mark and closed at the end of its paragraph with the other
//     ('…." or "….'), nested marks, a quotation over several paragraphs with
//     the opening mark repeated at each or closed only at the end of the
//     next or in the middle of the next after a sentence end, a mark
//     misplaced after the comma of the cue (said," …"), "(…)" elisions
//     inside, a quotation split by its attribution:
//     “…,” wrote X, “…”), and the answers of an interview written as turns
//     ("Name: …" paragraphs);
//   - partial: a quoted fragment inside the reporter's own sentence
//     (criticised “the absence of seriousness”);
//   - mixed: reported content part of which is quoted (stressed that talking
//     to Moscow “serves the interests of both capitals”);
//   - reported: reported speech without quotation marks (said that …,
//     according to X, …, accused Kyiv of …).
//
// Cues are words of saying from an embedded lexicon (cues.txt), matched by
// lemma. The speaker is the subject of the cue verb (found on the surface of
// the tagged sentence, with the dependency parse as a fallback; a participle
// such as ", saying" takes the subject of the verb before it, an infinitive
// ("continues to affirm") that of the verb governing it, and a relative
// pronoun whose antecedent is a source ("released a statement that urged")
// the subject of the verb before the source), a post-posed
// subject ("…”, recalled the spokesman"), an attribution set off inside its
// content ("The package, he said, is ready"), the object of "according to"
// (also before a colon; the author of a source: "according to a tweet by
// X"; a source phrase with prepositional phrases or a name after it,
// "According to Peruvian Ambassador to Norway Elena Paredes, …";
// with no comma, where the source ends and the content's subject begins),
// a finding that speaks ("Figures released on Friday show …", "estimates
// suggest …"), the writing on a letter or sign ("The letter reads “…”"),
// the owner of a noun cue ("X's announcement that"), "in the words of"
// or "quoted X as saying", the
// subject of a clause that introduces a quotation with a colon ("The envoy
// had a warning: “…”"), the subject of a sentence ending on a semicolon or
// colon that introduces the quotation after it ("…; she was quoted by the
// paper on the plan;¶“…”"), the person a following sentence points back
// with ("With these words, X …", "That is how X described …"), the named
// subject of the sentence just before a quotation standing alone, or is carried over from the statement just
// before a quotation that has no cue of its own. The speaker phrase is resolved to
// the actor (from the actor stage, d.Actors) whose mention covers it; when no
// actor mention covers it the quote keeps its cue and has no speaker ("the
// X government" is resolved to the country X). A cue in the passive ("I was
// told that …", also "I was called in and told that …") has no speaker: its
// subject is the addressee. A stray comma between a subject and its cue
// ("The findings of the survey published on Monday, showed that …") does
// not hide the subject.
//
// Reported content runs to the end of the sentence, less what the reporter
// adds: a second attribution ("… and he also said", ", because she says",
// ", as they insist", "by saying “…”"), a tail after ", despite" or a
// closing ", which …" clause, and a post-posed attribution. Words before a
// colon that opens a closing quotation ("urged calm: “…”") are left out,
// so the quotation is direct. A quoted name inside reported content (a
// “Friends of Yemen” group) leaves it reported, not mixed. A fragment in
// marks is attributed to the nearest cue before it in its sentence, but not
// to a verb that needs a particle it lacks ("pointed to the “electric”
// punch") or, across another finite verb, to one that is a cue only before
// "that" ("checks will continue, officials will drop the interview to
// “speed up” …").
// A short quotation (“We are ready,” the general said) is a whole statement
// when its attribution follows it. Not statements: a cue in an adverbial
// clause whose "content" is the main clause ("When you write you can
// invent …"), a participle opening the sentence ("Writing in a newsletter,
// the critic called …": the main clause is not what was written), a
// "that" clause of a noun such as idea, rule or belief ("stresses thrift,
// the idea that …"), and a short fragment in marks that modifies the noun
// after it (the “dry” season), unless a verb of naming comes just before
// ("calling him a “brave” man").
// Headlines, titles and scare quotes are not statements and are not reported.
//
// Find runs after tokenisation, tagging, naming, parsing and actor
// resolution; with no tokens it finds only quotations by their marks.
package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// Options configure quote finding. The zero value is the default.
type Options struct {
	// MaxParagraphs is how many paragraphs one quotation may run over when
	// each paragraph reopens it with the same kind of mark (0 means 20).
	MaxParagraphs int
	// Cognition also takes verbs of belief and knowledge (think, believe,
	// hope, fear, know…) as cues: attribution in the wide sense of
	// discourse annotation, not only speech.
	Cognition bool
	// NoPronounFallback leaves a pronoun speaker that no actor mention
	// covers unresolved, instead of giving it the speaker of the statement
	// just before (or the person named just before).
	NoPronounFallback bool
}

// statement is one statement found, before its speaker is resolved to an
// actor. Speaker is the speaker phrase as written (zero when none) and Head
// its head token (-1 when none).
type statement struct {
	Span    doc.Span
	Kind    string
	Cue     *doc.Span
	Speaker doc.Span
	Head    int
	Carried bool // speaker carried over from the statement before
	hasSpk  bool
}

// Find appends the document's statements to d.Quotes, in text order.
func Find(d *doc.Document, opts Options) {
	var last *string // speaker of the latest attributed statement
	lastAt := -1     // its start offset
	for _, s := range analyze(d, opts) {
		q := doc.Quote{Span: s.Span, Text: d.SpanText(s.Span), Kind: s.Kind}
		if s.Cue != nil {
			q.Cue = &doc.Cue{Span: *s.Cue, Text: d.SpanText(*s.Cue)}
		}
		if s.hasSpk {
			q.Speaker = resolve(d, s.Speaker, s.Head)
			if q.Speaker == nil && !opts.NoPronounFallback && isPronoun(d.SpanText(s.Speaker)) {
				q.Speaker = pronounFallback(d, s.Speaker, last, lastAt)
			}
		}
		if q.Speaker != nil {
			last, lastAt = q.Speaker, s.Span.Start
		}
		d.Quotes = append(d.Quotes, q)
	}
}

// analysis holds what one run of analyze knows about a document.
type analysis struct {
	d      *doc.Document
	opts   Options
	marks  []marked
	inMark []int // token -> index into marks of the passage whose outer span holds it, or -1
	sStart []int // sentence -> first token
	sEnd   []int // sentence -> one past the last token
	verbs  map[string]*cueEntry
	nouns  map[string]*cueEntry
}

func analyze(d *doc.Document, opts Options) []statement {
	if opts.MaxParagraphs <= 0 {
		opts.MaxParagraphs = 20
	}
	a := &analysis{d: d, opts: opts, marks: findMarked(d.Text, opts.MaxParagraphs)}
	a.verbs, a.nouns = lexicon()
	if len(d.Tokens) == 0 {
		return a.marksOnly()
	}
	a.index()
	var found []statement
	for i := range d.Tokens {
		if a.inMark[i] >= 0 {
			continue
		}
		if s, ok := a.cueStatement(i); ok {
			found = append(found, s)
		}
	}
	found = a.classify(found)
	found = append(found, a.unclaimed(found)...)
	found = append(found, a.turns()...)
	sort.SliceStable(found, func(i, j int) bool { return found[i].Span.Start < found[j].Span.Start })
	found = dropOverlaps(found)
	a.carry(found)
	return found
}

// marksOnly is the analysis of an untokenised text: quotations by their
// marks, kind by their shape, no cues or speakers.
func (a *analysis) marksOnly() []statement {
	var out []statement
	for _, m := range a.marks {
		kind := "partial"
		if a.fullStatementText(m) {
			kind = "direct"
		} else if titleLike(a.d.SpanText(m.Inner)) {
			continue
		}
		out = append(out, statement{Span: m.Inner, Kind: kind, Head: -1})
	}
	return out
}

func (a *analysis) index() {
	d := a.d
	a.inMark = make([]int, len(d.Tokens))
	k := 0
	for i, t := range d.Tokens {
		a.inMark[i] = -1
		for k < len(a.marks) && a.marks[k].Outer.End <= t.Start {
			k++
		}
		if k < len(a.marks) && a.marks[k].Outer.Contains(t.Span) {
			a.inMark[i] = k
		}
	}
	a.sStart = make([]int, len(d.Sentences))
	a.sEnd = make([]int, len(d.Sentences))
	for i := range a.sStart {
		a.sStart[i] = -1
	}
	for i, t := range d.Tokens {
		s := t.Sentence
		if s < 0 || s >= len(d.Sentences) {
			continue
		}
		if a.sStart[s] < 0 {
			a.sStart[s] = i
		}
		a.sEnd[s] = i + 1
	}
}

// Token helpers.

func (a *analysis) form(i int) string { return a.d.SpanText(a.d.Tokens[i].Span) }
func (a *analysis) lower(i int) string {
	return strings.ToLower(a.form(i))
}
func (a *analysis) upos(i int) string { return a.d.Tokens[i].UPOS }
func (a *analysis) sentOf(i int) (int, int) {
	s := a.d.Tokens[i].Sentence
	if s < 0 || s >= len(a.sStart) || a.sStart[s] < 0 {
		return i, i + 1
	}
	return a.sStart[s], a.sEnd[s]
}

func (a *analysis) isPunct(i int) bool {
	if a.upos(i) == "PUNCT" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(a.form(i))
	return unicode.IsPunct(r) || isQuoteRune(r) || r == '`'
}

func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '«', '»', '„', '"', '‘', '’', '‹', '›', '\'':
		return true
	}
	return false
}

func (a *analysis) isMarkTok(i int) bool {
	f := a.form(i)
	if f == "``" || f == "''" {
		return true // typewriter marks of PTB-style text
	}
	r, n := utf8.DecodeRuneInString(f)
	return n == len(f) && isQuoteRune(r)
}

// verbCue returns the lexicon entry of token i when it is a verb of saying.
func (a *analysis) verbCue(i int) *cueEntry {
	up := a.upos(i)
	if up == "NOUN" && i > 0 && (a.lower(i-1) == "," || a.lower(i-1) == ";") && strings.HasSuffix(a.lower(i), "ing") {
		up = "VERB" // ", commenting, “…”": a participle the tagger took for a noun
	}
	if up == "NOUN" && a.nounAsVerb(i) {
		up = "VERB" // "the attendees stress that …": a present tense the tagger took for a noun
	}
	if up != "" && up != "VERB" && up != "AUX" {
		return nil
	}
	if up == "AUX" && a.lower(i) != "said" {
		return nil
	}
	if i > 0 && (a.upos(i-1) == "DET" && !pronounDet[a.lower(i-1)] || a.upos(i-1) == "ADP") && a.lower(i-1) != "that" {
		return nil // "of said treaty"
	}
	e := a.verbs[strings.ToLower(a.d.Tokens[i].Lemma)]
	if e == nil {
		e = a.verbs[a.lower(i)]
	}
	if e == nil || e.Class == classThink && !a.opts.Cognition {
		return nil
	}
	if (e.Lemma == "ask" || e.Lemma == "question") && a.d.Tokens[i].XPOS == "VBN" && i > 0 && (a.upos(i-1) == "SCONJ" || a.upos(i-1) == "ADV") {
		return nil // "told reporters when asked about the plan: “…”"
	}
	if i+2 < len(a.d.Tokens) && a.lower(i+1) == "to" && (a.lower(i+2) == "be" || a.lower(i+2) == "have") && a.d.Tokens[i+1].Sentence == a.d.Tokens[i].Sentence && (e.Lemma == "say" || !a.finite(i)) {
		return nil // "the talks said to be planned": hearsay, no speaker ("he admitted to have been “surprised”" has one)
	}
	if e.Class == classAccuse && a.d.Tokens[i].XPOS == "VBN" && i > 0 {
		b := i - 1
		for b > 0 && a.upos(b) == "ADV" {
			b-- // "are also accused of"
		}
		switch a.lower(b) {
		case "been", "was", "were", "is", "are", "be", "being":
			return nil // "eleven men have been charged with the murder": no statement
		}
	}
	return e
}

// cueStatement builds the statement introduced by the cue at token i, if
// token i is a cue with content.
func (a *analysis) cueStatement(i int) (statement, bool) {
	lw := a.lower(i)
	if lw == "according" && i+1 < len(a.d.Tokens) && a.lower(i+1) == "to" {
		return a.accordingTo(i, i+2, doc.Span{Start: a.d.Tokens[i].Start, End: a.d.Tokens[i+1].End})
	}
	if lw == "words" {
		return a.inWords(i)
	}
	if e := a.nouns[lw]; e != nil && a.upos(i) == "NOUN" && !a.nounAsVerb(i) {
		return a.nounCue(i)
	}
	e := a.verbCue(i)
	evHead := -1
	if e == nil || !e.ZeroThat {
		if ev, h := a.evidenceCue(i); ev != nil {
			e, evHead = ev, h // "Figures show a record 45,756 migrants crossed …"
		}
	}
	if e == nil && a.readsQuotation(i) {
		e = &cueEntry{Class: classSpeech, Lemma: "read"} // "The letter reads “…”"
	}
	_, se := a.sentOf(i)
	cueSpan := a.d.Tokens[i].Span
	skip := 0
	if e == nil && a.makeClear(i, se) {
		// "made it clear that …"
		e, skip = &cueEntry{Class: classSpeech, Lemma: "make clear"}, 2
		cueSpan.End = a.d.Tokens[i+2].End
	}
	if e == nil {
		return statement{}, false
	}
	if ss, _ := a.sentOf(i); a.howBack(ss, i) {
		return statement{}, false // "That is how the mayor described it": about the quotation before
	}
	// Post-posed: "…”, recalled the spokesman." / "…,” Sullivan said."
	if s, ok := a.postPosed(i, cueSpan); ok {
		return s, true
	}
	// Set off mid-sentence: "The package, he said, is ready."
	if s, ok := a.parenthetical(i, cueSpan); ok {
		return s, true
	}
	// "As Heald told The Huffington Post, ozone has dropped …"
	if s, ok := a.asClause(i, cueSpan); ok {
		return s, true
	}
	j := i + 1 + skip
	// Particles such as "called for", "pointed out".
	if e.ClauseOnly {
		if k := a.thatAfter(j, se); k < 0 {
			return statement{}, false
		}
	}
	if len(e.Particles) > 0 {
		if j >= se || !contains(e.Particles, a.lower(j)) {
			return statement{}, false
		}
		cueSpan.End = a.d.Tokens[j].End
		j++
	}
	start, kind := a.complement(i, j, e)
	if start < 0 {
		return statement{}, false
	}
	end := a.cueConjunct(i, start, a.contentEnd(start, se))
	if end <= start {
		return statement{}, false
	}
	if a.subordinateCue(i, start, end) {
		return statement{}, false // "When you write you can invent …"
	}
	if a.question(i, start, end) {
		return statement{}, false // "How can you tell whether they will?"
	}
	if k := a.colonQuotation(start, end); k > start {
		start = k // "urged a return to talks: “…”": the quotation
	}
	s := statement{Cue: &cueSpan, Head: -1, Kind: kind}
	s.Span = doc.Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[end-1].End}
	if sp, h, ok := a.subject(i); ok && !a.passive(i) {
		s.Speaker, s.Head, s.hasSpk = sp, h, true
	}
	if evHead >= 0 && (!s.hasSpk || !s.Speaker.Contains(a.d.Tokens[evHead].Span)) {
		ss, _ := a.sentOf(evHead)
		s.Speaker, s.Head, s.hasSpk = doc.Span{Start: a.d.Tokens[a.npStart(evHead, ss)].Start, End: a.d.Tokens[evHead].End}, evHead, true
	}
	return s, true
}

// question reports a cue i in a direct question ("How can you tell
// whether …?", "Did she say the talks failed?") whose content [start, end)
// has no quotation: asking is not stating, so there is no statement.
func (a *analysis) question(i, start, end int) bool {
	ss, se := a.sentOf(i)
	last := se - 1
	for last > ss && a.isMarkTok(last) {
		last--
	}
	if a.lower(last) != "?" {
		return false
	}
	for k := start; k < end; k++ {
		if a.inMark[k] >= 0 {
			return false
		}
	}
	switch a.lower(ss) {
	case "how", "what", "why", "when", "where", "who", "which", "do", "does", "did", "can", "could", "will", "would", "is", "are", "was", "were", "has", "have", "should":
		return i > ss
	}
	return false
}

// relativeAside returns the comma that opens a relative clause set off
// between a speaker and the cue i ("Moor, who has lived there for years,
// said"), or i when there is none.
func (a *analysis) relativeAside(i, ss int) int {
	if i-1 <= ss || a.lower(i-1) != "," {
		return i
	}
	for k := i - 2; k > ss && k > i-25; k-- {
		if a.inMark[k] >= 0 || a.isMarkTok(k) {
			return i
		}
		switch a.lower(k) {
		case "who", "which", "whose":
			if a.lower(k-1) == "," {
				return k - 1
			}
			return i
		case ",", ";", ":":
			return i
		}
	}
	return i
}

// subordinators open an adverbial clause ("when I tell stories, …").
var subordinators = map[string]bool{"when": true, "whenever": true, "if": true, "while": true, "because": true, "once": true, "as": true, "before": true, "after": true, "until": true, "since": true}

// subordinateCue reports a cue i inside an adverbial clause opened by a
// subordinator ("When you write you can invent …") whose head, the verb it
// modifies, lies in the content [start, end): that content is the main
// clause, not what was said.
func (a *analysis) subordinateCue(i, start, end int) bool {
	t := a.d.Tokens[i]
	if t.Deprel != "advcl" || t.Head < start || t.Head >= end {
		return false
	}
	ss, _ := a.sentOf(i)
	for k := ss; k < i; k++ {
		if a.d.Tokens[k].Head == i && subordinators[a.lower(k)] {
			return true
		}
	}
	return false
}

// cueConjunct returns end, or the start of a contrastive clause inside
// content [start, end) that the parse attaches to cue i rather than to the
// content: ", but" and a clause with its own subject and no "that"
// ("estimated that there would be 30 faults, but the figure is
// uncertain"). Quoted words are never cut. Clauses joined by "and" are
// left in the content: the Wikinews gold keeps them ("said X and Y").
func (a *analysis) cueConjunct(i, start, end int) int {
	toks := a.d.Tokens
	for k := start + 1; k < end; k++ {
		if a.lower(k) != "but" || a.upos(k) != "CCONJ" || a.inMark[k] >= 0 || !a.commaBefore(k) {
			continue
		}
		c := toks[k].Head
		if c <= k || c >= end || toks[c].Head != i || toks[c].Deprel != "conj" {
			continue
		}
		subj := false
		for m := k + 1; m < c; m++ {
			if toks[m].Head == c && strings.HasPrefix(toks[m].Deprel, "nsubj") {
				subj = true
			}
			if toks[m].Head == c && toks[m].Deprel == "mark" {
				subj = false // ", but that she …": a second complement
				break
			}
		}
		if !subj {
			continue
		}
		for k > start && (a.lower(k-1) == "," || a.isPunct(k-1) && a.inMark[k-1] < 0) {
			k--
		}
		return k
	}
	return end
}

// bodyNoun lists heads of source phrases that name a body or a place of
// publication rather than a person ("according to the tourist board",
// "according to the city website"): after a clause with no comma they
// are the source as surely as a name is.
var bodyNoun = map[string]bool{
	"website": true, "site": true, "agency": true, "ministry": true, "department": true, "police": true,
	"officials": true, "organisers": true, "organizers": true, "board": true, "office": true,
	"authorities": true, "government": true, "publisher": true, "company": true, "newspaper": true,
}

// evidenceVerb lists the verbs by which findings speak ("the results
// show", "estimates suggest"), and evidenceNoun the findings that do: with
// such a subject the verb takes a clause with or without "that".
var (
	evidenceVerb = map[string]bool{"show": true, "suggest": true, "indicate": true, "reveal": true, "confirm": true}
	evidenceNoun = map[string]bool{
		"result": true, "results": true, "figure": true, "figures": true, "data": true, "estimate": true, "estimates": true,
		"statistics": true, "study": true, "studies": true, "survey": true, "surveys": true, "poll": true, "polls": true,
		"research": true, "analysis": true, "findings": true, "records": true, "documents": true, "report": true,
		"reports": true, "numbers": true, "tests": true, "census": true, "projections": true, "evidence": true,
	}
)

// evidenceCue returns a cue entry for a verb of evidence at token i whose
// subject is a finding ("Figures to be published today show …") and the
// head of that subject, or nil and -1.
func (a *analysis) evidenceCue(i int) (*cueEntry, int) {
	lemma := strings.ToLower(a.d.Tokens[i].Lemma)
	if a.upos(i) != "VERB" || !evidenceVerb[lemma] || a.inMark[i] >= 0 {
		return nil, -1
	}
	switch a.d.Tokens[i].XPOS {
	case "VBZ", "VBP", "VBD":
	case "VB":
		if i == 0 || a.upos(i-1) != "AUX" {
			return nil, -1
		}
	default:
		return nil, -1
	}
	head := -1
	if _, h, ok := a.leftSubject(i); ok {
		head = h
	} else if _, h, ok := a.parseSubject(i); ok && h < i {
		head = h
	}
	if ss, _ := a.sentOf(i); head < 0 || !evidenceNoun[a.lower(head)] {
		// The sentence opens with the finding and no finite verb comes
		// before the cue ("Figures to be published today show"), where
		// the surface and the parse may both miss the subject.
		k := ss
		for k < i && (a.upos(k) == "DET" || a.upos(k) == "ADJ" || a.isPunct(k)) {
			k++
		}
		if k < i && evidenceNoun[a.lower(k)] && !a.finiteBetween(k, i) {
			head = k
		}
	}
	if head < 0 || !evidenceNoun[a.lower(head)] {
		return nil, -1
	}
	return &cueEntry{Class: classSpeech, Lemma: lemma, ZeroThat: true}, head
}

// readsQuotation reports a finite "read" directly followed by a quotation
// (a colon between allowed): the words of a letter, sign or banner ("The
// letter reads “we may extend …”", "signs that read “…”").
func (a *analysis) readsQuotation(i int) bool {
	if strings.ToLower(a.d.Tokens[i].Lemma) != "read" || !a.finite(i) || a.inMark[i] >= 0 {
		return false
	}
	k := i + 1
	if k < len(a.d.Tokens) && a.lower(k) == ":" {
		k++
	}
	if k >= len(a.d.Tokens) || a.d.Tokens[k].Sentence != a.d.Tokens[i].Sentence {
		return false
	}
	m := a.inMark[k]
	return m >= 0 && a.d.Tokens[k].Start == a.marks[m].Outer.Start
}

// passive reports a cue verb in the passive ("I was told that …", "it
// was announced that …"): its subject is the addressee or the content, not
// the speaker.
func (a *analysis) passive(i int) bool {
	if a.d.Tokens[i].XPOS != "VBN" {
		return false
	}
	ss, _ := a.sentOf(i)
	b := i - 1
	for b > ss && a.upos(b) == "ADV" {
		b--
	}
	if b < ss {
		return false
	}
	switch a.lower(b) {
	case "was", "were", "is", "are", "be", "been", "being", "'s", "’s":
		return true
	case "and", "or":
		// "I was called in and told that …": the passive of the
		// first conjunct carries over.
		t := a.d.Tokens[i]
		return t.Deprel == "conj" && t.Head >= ss && t.Head < b && a.passive(t.Head)
	}
	return false
}

// nounAsVerb reports a verb of saying in the present tense that the tagger
// took for a noun: after a noun or name that can be its subject (not after
// a determiner), followed by a clause with or without "that" ("The
// government claims Mahan flies …").
func (a *analysis) nounAsVerb(i int) bool {
	if i == 0 || i+2 >= len(a.d.Tokens) || a.inMark[i] >= 0 {
		return false
	}
	e := a.verbs[a.lower(i)]
	if e == nil || e.Class != classSpeech {
		return false
	}
	if p := a.upos(i - 1); p != "NOUN" && p != "PROPN" || a.d.Tokens[i-1].Sentence != a.d.Tokens[i].Sentence {
		return false
	}
	ss, se := a.sentOf(i)
	b := i - 1
	for b > ss && (a.upos(b-1) == "NOUN" || a.upos(b-1) == "PROPN" || a.upos(b-1) == "ADJ" || a.upos(b-1) == "DET") {
		b--
	}
	if b > ss && (a.upos(b-1) == "VERB" || a.upos(b-1) == "ADP") {
		return false // "rejected US claims that …": the noun
	}
	if a.lower(i+1) == "that" {
		return i+2 < se && a.clauseStarts(i+2, se)
	}
	return e.ZeroThat && a.upos(i+1) == "PROPN" && a.clauseStarts(i+1, se)
}

// noCommaAfter reports that tokens [k, se) hold no comma outside
// quotations: a relative clause there runs to the end of the sentence.
func (a *analysis) noCommaAfter(k, se int) bool {
	for ; k < se; k++ {
		if a.lower(k) == "," && a.inMark[k] < 0 {
			return false
		}
	}
	return true
}

// toInfinitive reports a short noun phrase from token j followed by "to"
// and a verb ("political leaders to restore calm").
func (a *analysis) toInfinitive(j, se int) bool {
	for k := j; k < se && k < j+8; k++ {
		if a.lower(k) == "to" && k > j {
			return k+1 < se && a.d.Tokens[k+1].XPOS == "VB"
		}
		if !a.npTok(k) && a.upos(k) != "ADP" && a.upos(k) != "CCONJ" {
			return false // ("both armies": "both" may be tagged a conjunction)
		}
	}
	return false
}

// colonQuotation returns the first token of a quotation that ends the
// content [start, end) after a colon, when the words before the colon are
// the verb's object and no clause ("urged a return to talks: “…”"), else
// -1.
func (a *analysis) colonQuotation(start, end int) int {
	for k := start; k+1 < end; k++ {
		if a.inMark[k] >= 0 {
			return -1
		}
		if x := a.d.Tokens[k].XPOS; x == "VBZ" || x == "VBD" || x == "VBP" || x == "MD" {
			return -1
		}
		if a.lower(k) != ":" {
			continue
		}
		m := a.inMark[k+1]
		if m < 0 || a.d.Tokens[k+1].Start != a.marks[m].Outer.Start || a.inMark[end-1] != m || k == start {
			return -1
		}
		return k + 1
	}
	return -1
}

// subject returns the subject of cue verb i: the surface subject, unless
// the dependency parse names a subject outside it (the surface reading went
// wrong in a long apposition), else the parse's subject.
func (a *analysis) subject(i int) (doc.Span, int, bool) {
	if sp, h, ok := a.quotedAs(i); ok {
		return sp, h, true
	}
	sp, h, ok := a.leftSubject(i)
	psp, ph, pok := a.parseSubject(i)
	switch {
	case ok && pok && !sp.Overlaps(a.d.Tokens[ph].Span) && ph < i && a.upos(ph) == "PROPN" && !timeWord[a.lower(ph)] && !monthWord[a.lower(ph)] && a.d.Tokens[i].XPOS != "VBG":
		return psp, ph, true
	case ok:
		return sp, h, true
	case pok && ph < i:
		return psp, ph, true
	}
	// "The ministry continues to affirm that …", "She wants to stress
	// that …": the subject of the verb that governs the infinitive.
	ss, _ := a.sentOf(i)
	if v := i - 2; v >= ss && a.lower(i-1) == "to" && a.upos(v) == "VERB" && !isGerund(a.d.Tokens[v].XPOS) && (a.d.Tokens[i].Deprel == "xcomp" && a.d.Tokens[i].Head == v || a.d.Tokens[i].Head < 0) {
		return a.subject(v)
	}
	return a.commaSubject(i)
}

// commaSubject returns the subject of the finite cue i when a stray comma
// stands between the two, after a participle phrase on the subject: "The
// findings of the survey released on Monday, showed that …" (the noun
// phrase that opens the sentence, up to the participle or preposition,
// with no other verb, comma or quotation before the cue).
func (a *analysis) commaSubject(i int) (doc.Span, int, bool) {
	ss, _ := a.sentOf(i)
	if i-2 <= ss || a.lower(i-1) != "," || !a.finite(i) || a.upos(i) != "VERB" {
		return doc.Span{}, -1, false
	}
	k := ss
	for k < i-1 && (a.npTok(k) && a.upos(k) != "PRON" || k > ss && a.lower(k) == "of") {
		k++
	}
	// The participle may be tagged as a past tense ("The results of the
	// study published in a journal, revealed …"); either way the noun
	// phrase before it is the one that speaks.
	participle := a.upos(k) == "VERB" && (a.d.Tokens[k].XPOS == "VBN" || a.d.Tokens[k].XPOS == "VBD")
	if k == ss || k >= i-1 || !participle && a.upos(k) != "ADP" || i-1-k > 15 {
		return doc.Span{}, -1, false
	}
	for m := k + 1; m < i-1; m++ {
		if a.finite(m) || a.isPunct(m) || a.inMark[m] >= 0 {
			return doc.Span{}, -1, false
		}
	}
	h := a.headOf(ss, k)
	if h < 0 || a.upos(h) != "NOUN" && a.upos(h) != "PROPN" {
		return doc.Span{}, -1, false
	}
	return doc.Span{Start: a.d.Tokens[ss].Start, End: a.d.Tokens[k-1].End}, h, true
}

// quotedAs returns the speaker of "The Herald quoted the spokesman, George
// Charamba, as saying …" for the cue "saying" at i: the object of "quoted"
// (or "cited"), not the newspaper.
func (a *analysis) quotedAs(i int) (doc.Span, int, bool) {
	ss, _ := a.sentOf(i)
	if a.d.Tokens[i].XPOS != "VBG" || i-1 <= ss || a.lower(i-1) != "as" {
		return doc.Span{}, -1, false
	}
	for v := i - 2; v > ss && v > i-16; v-- {
		switch a.lower(v) {
		case "quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite":
			if v+1 > i-2 {
				return doc.Span{}, -1, false
			}
			sp := doc.Span{Start: a.d.Tokens[v+1].Start, End: a.d.Tokens[i-2].End}
			for k := i - 2; k > v; k-- {
				if a.lower(k) == "," {
					sp.End = a.d.Tokens[k-1].End
					continue
				}
				break
			}
			h := a.headOf(v+1, i-1)
			if h < 0 {
				return doc.Span{}, -1, false
			}
			return sp, h, true
		}
		if lw := a.lower(v); a.inMark[v] >= 0 || a.isPunct(v) && lw != "," && lw != "'s" && lw != "’s" && lw != "-" {
			return doc.Span{}, -1, false
		}
	}
	return doc.Span{}, -1, false
}

// makeClear reports "make it clear" (any form of make) at token i.
func (a *analysis) makeClear(i, se int) bool {
	if i+3 >= se || strings.ToLower(a.d.Tokens[i].Lemma) != "make" && a.lower(i) != "made" && a.lower(i) != "makes" {
		return false
	}
	return a.lower(i+1) == "it" && a.lower(i+2) == "clear" && a.lower(i+3) == "that"
}

// thatAfter returns the token after a "that" or colon that follows token j
// across adverbs and prepositional phrases (no verb between), or -1.
func (a *analysis) thatAfter(j, se int) int {
	for k := j; k < se && k < j+12; k++ {
		lw := a.lower(k)
		if lw == "that" || lw == ":" {
			return k + 1
		}
		if a.upos(k) == "VERB" && !isGerund(a.d.Tokens[k].XPOS) || a.isPunct(k) && lw != "," {
			return -1
		}
	}
	return -1
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// complement finds where the content of cue i begins, scanning from token
// j: after "that", after a colon, at a quotation mark, or (for verbs that
// allow it) at a clause that follows the verb directly. It returns -1 when
// the cue has no content. kind is "object" when the content is a quoted
// object of the verb (denounced “the lack of will”), else "".
func (a *analysis) complement(i, j int, e *cueEntry) (int, string) {
	_, se := a.sentOf(i)
	if e.Class == classAccuse || e.Class == classCall {
		for j < se && a.upos(j) == "ADV" {
			j++
		}
		if e.Lemma == "appeal" && !a.toInfinitive(j, se) {
			return -1, "" // "appealed to the court": no statement
		}
		if j < se && a.inMark[j] >= 0 {
			return j, ""
		}
		if j < se && !a.isPunct(j) {
			switch a.upos(j) {
			case "ADP", "VERB", "AUX", "PART", "SCONJ":
				if e.Class == classAccuse && a.lower(j) != "to" {
					// "the hostility that critics blame for denying
					// them entry", "critics charge is a forced work
					// camp": no object, no statement of theirs.
					return -1, ""
				}
			case "PRON":
				if e.Class == classAccuse && (j+1 >= se || a.tailIsPunct(j+1, se)) {
					return -1, "" // "where they thank you.": nothing said
				}
			}
			return j, ""
		}
		return -1, ""
	}
	first := true
	for k := j; k < se && k < j+30; k++ {
		lw := a.lower(k)
		if a.inMark[k] >= 0 {
			m := a.marks[a.inMark[k]]
			if a.d.Tokens[k].Start == m.Outer.Start {
				// A quotation: the content if it directly follows the
				// verb, a colon or a comma; otherwise a title inside a
				// prepositional phrase (‘Soloviov-Live’), skipped.
				if first || k > j && (a.lower(k-1) == ":" || a.lower(k-1) == ",") {
					if first {
						return k, "object"
					}
					return k, ""
				}
				if titleLike(a.d.SpanText(m.Inner)) {
					for k+1 < se && a.inMark[k+1] == a.inMark[k] {
						k++
					}
					first = false
					continue
				}
				return k, "object"
			}
			continue
		}
		switch {
		case lw == "that" && k == j && k+1 < se && a.finite(k+1) && a.d.Tokens[k+1].XPOS != "VBP":
			// "Dean says that shows Americans …": "that" is the subject
			// (a singular one: "dishes would you recommend that go
			// well" is a relative clause).
			return k, ""
		case lw == "to" && k == j && e.ZeroThat && a.toSubject(k, se):
			return k, "" // "Okafor says to do so would be unlawful"
		case k == j && e.ZeroThat && (a.d.Tokens[i].XPOS != "VB" || i > 0 && (a.upos(i-1) == "AUX" || a.upos(i-1) == "PART")) && !a.leadingParticiple(i) && a.ppThenClause(i, k, se):
			return k, "" // "The agency says as a result the price of bread has risen …"
		case lw == "that" && a.upos(k) == "PRON" && k > j && (a.upos(k-1) == "NOUN" || a.lower(k-1) == ",") && k+1 < se && (a.finite(k+1) || a.upos(k+1) == "AUX"):
			// "estimated the number of particles that should have been
			// captured": a relative clause on the object; "when I wrote
			// the poems, that was …": a new clause. No content.
			return -1, ""
		case lw == "that" && a.readGap(k+1, se):
			return -1, "" // "the wire reports that we have seen, …": a relative clause
		case lw == "that" && k > j && ideaNoun[a.lower(k-1)]:
			// "stresses thrift, the idea that saving pays": the clause
			// belongs to the noun, not to the verb.
			return -1, ""
		case lw == "that" && (a.upos(k) == "SCONJ" || a.upos(k) == "" || a.upos(k) == "PRON" && k > j && a.canPrecedeThat(k-1)):
			if k+1 < se {
				return k + 1, ""
			}
			return -1, ""
		case lw == ":":
			if k+1 < se {
				return k + 1, ""
			}
			// "said:" closing a paragraph, the quotation in the next.
			if k+1 < len(a.d.Tokens) && a.inMark[k+1] >= 0 && a.d.Tokens[k+1].Start == a.marks[a.inMark[k+1]].Outer.Start {
				return k + 1, ""
			}
			return -1, ""
		case lw == "whether" || lw == "if" && k == j:
			return k, ""
		case lw == "of" && e.Lemma == "warn" && k+1 < se && !a.isPunct(k+1) && a.thatAfter(k+1, se) < 0:
			return k + 1, "" // "warned Moscow on Sunday of serious consequences"
		case lw == ",":
			if k+1 < se && a.upos(k+1) == "CCONJ" {
				return -1, ""
			}
		case a.isPunct(k) && lw != "-" && lw != "’s" && lw != "'s":
			return -1, ""
		case k > j && a.verbCue(k) != nil:
			return -1, ""
		}
		if first && e.ZeroThat && addresseeVerb[e.Lemma] {
			// "told reporters the troops would stay": the addressee,
			// then the clause.
			for n := 1; n <= 4 && k+n < se; n++ {
				if !a.npTok(k + n - 1) {
					break
				}
				if up := a.upos(k + n - 1); (up == "NOUN" || up == "PRON" || up == "PROPN") && a.upos(k+n) != "NOUN" && a.upos(k+n) != "PROPN" && a.clauseStarts(k+n, se) {
					return k + n, ""
				}
			}
		}
		if (first || a.setOff(j, k)) && e.ZeroThat && (a.clauseStarts(k, se) || a.ccompStarts(i, k, se)) {
			if t := a.thatAfter(k, se); t >= 0 && a.lower(t-1) == "that" && a.npThenThat(k, t-1) {
				if ideaNoun[a.lower(t-2)] {
					return -1, "" // "stressed the rule that …"
				}
				if t < se && (a.finite(t) || a.upos(t) == "AUX") && a.upos(t-2) == "NOUN" {
					// "estimated the number of particles that should
					// have been captured": a relative clause on the
					// object, no content.
					return -1, ""
				}
				return t, "" // "told the House of Commons that …"
			}
			return k, ""
		}
		if k > j && (a.upos(k) == "VERB" || a.upos(k) == "AUX") && !isGerund(a.d.Tokens[k].XPOS) {
			return -1, ""
		}
		first = false
	}
	return -1, ""
}

// leadingParticiple reports a cue at token i that is a participle opening
// its sentence ("Writing in a newsletter, the critic called …"): the clause
// after its phrase is the sentence's main clause, not what was written.
func (a *analysis) leadingParticiple(i int) bool {
	ss, _ := a.sentOf(i)
	return isGerund(a.d.Tokens[i].XPOS) && a.firstWord(i, ss)
}

// ideaNoun lists nouns whose "that" clause is their own content (the idea
// that …, the rule that …): after such an object the clause is not what
// the verb reports.
var ideaNoun = map[string]bool{"idea": true, "notion": true, "belief": true, "principle": true, "rule": true, "view": true, "concept": true, "theory": true, "assumption": true, "premise": true, "myth": true, "impression": true, "perception": true}

// toSubject reports an infinitive at token k that is the subject of a
// clause ("to do so would be illegal"): "to", a verb, a few more words and
// a finite verb, with no punctuation between.
func (a *analysis) toSubject(k, se int) bool {
	if k+2 >= se || a.d.Tokens[k+1].XPOS != "VB" {
		return false
	}
	for m := k + 2; m < se && m < k+7; m++ {
		if a.isPunct(m) || a.inMark[m] >= 0 {
			return false
		}
		if a.finite(m) {
			return true
		}
	}
	return false
}

// ppThenClause reports a short prepositional phrase at token k after cue i followed by
// a clause ("as a result the price of bread has risen", "on Monday the
// ministry will …"): the content begins with the phrase.
func (a *analysis) ppThenClause(i, k, se int) bool {
	if a.upos(k) != "ADP" && a.lower(k) != "as" || a.lower(k) == "of" {
		return false
	}
	for m := k + 1; m < se && m < k+5; m++ {
		if a.lower(m) == "," && m > k+1 && m+1 < se && a.upos(m+1) != "PRON" && (a.clauseStarts(m+1, se) || a.ccompStarts(i, m+1, se)) {
			// "estimated by 2050, increasing population would …"; the
			// parse finds clauses whose subject opens with a
			// participle ("by 2040, rising demand would …").
			return true
		}
		if !a.npTok(m) || a.upos(m) == "PRON" {
			return false
		}
		if m > k+1 && (a.upos(m) == "DET" || a.upos(m) == "PROPN" && a.upos(m-1) != "PROPN") && (a.upos(m-1) == "NOUN" || a.upos(m-1) == "PROPN") && a.clauseStarts(m, se) {
			return true
		}
	}
	return false
}

// addresseeVerb lists cues whose first object is the person addressed
// ("told reporters …", "assured them …").
var addresseeVerb = map[string]bool{"tell": true, "assure": true, "inform": true, "remind": true, "promise": true, "warn": true}

// ppThenFinite reports a prepositional phrase at m (a short noun phrase
// after the preposition) followed directly by a finite verb: the phrase
// modifies the subject of a clause ("the talks with Baku would continue").
func (a *analysis) ppThenFinite(m, se int) bool {
	n := m + 1
	for n < se && n < m+5 && a.npTok(n) && a.lower(n) != "." {
		n++
	}
	if n == m+1 || n >= se {
		return false
	}
	switch a.d.Tokens[n].XPOS {
	case "VBZ", "VBD", "VBP", "MD":
		return true
	}
	return false
}

// ccompStarts reports, from the dependency parse, a clausal complement of
// cue i with its own subject whose words begin at token k ("the report
// says the decline in intake appears …", where a prepositional phrase
// inside the subject hides the clause from the surface test).
func (a *analysis) ccompStarts(i, k, se int) bool {
	toks := a.d.Tokens
	if a.isPunct(k) || a.inMark[k] >= 0 || strings.HasPrefix(a.d.Tokens[k].XPOS, "W") {
		return false // "did not say where …": a question, not content
	}
	for c := k; c < se; c++ {
		if toks[c].Head != i || toks[c].Deprel != "ccomp" {
			continue
		}
		subj, lo := false, c
		for m := i + 1; m < se; m++ {
			if a.dominates(c, m) {
				if m < lo && !a.isPunct(m) {
					lo = m // a comma before the clause may hang from it
				}
				if toks[m].Head == c && strings.HasPrefix(toks[m].Deprel, "nsubj") || toks[m].Head == c && toks[m].Deprel == "csubj" {
					subj = subj || m < c
				}
			} else if m < c && m >= k {
				return false // words between that are not the clause's
			}
		}
		return subj && lo == k
	}
	return false
}

// setOff reports tokens [j, k) that are only an adverb set off by commas
// (said, instead, the president …).
func (a *analysis) setOff(j, k int) bool {
	if k-j < 2 || a.lower(j) != "," || a.lower(k-1) != "," {
		return false
	}
	for m := j + 1; m < k-1; m++ {
		if a.upos(m) != "ADV" {
			return false
		}
	}
	return true
}

// npThenThat reports whether tokens [k, that) are one noun phrase (the
// addressee of the cue: "warned the Security Council that").
func (a *analysis) npThenThat(k, that int) bool {
	_, _, end, ok := a.npAt(k, that+1)
	return ok && end == that
}

// canPrecedeThat reports whether "that" after token k begins a clause
// rather than a relative or demonstrative: after the cue's object or a
// prepositional phrase, not after a noun it could modify being the content.
func (a *analysis) canPrecedeThat(k int) bool {
	switch a.upos(k) {
	case "VERB", "ADV", "PUNCT", "PRON", "PROPN", "NOUN", "ADP", "PART":
		return true
	}
	return false
}

func isGerund(xpos string) bool { return xpos == "VBG" || xpos == "VBN" }

// clauseStarts reports whether a clause begins at token k: a noun phrase
// (or pronoun) followed within a few words by a finite verb.
// freeRelative reports "what" at k opening a clause that is itself the
// subject of a finite verb after it ("what began as a protest had grown
// into a campaign"): a verb right after "what", then a second finite verb
// with no punctuation (quotation marks aside) or "that" between. An indirect
// question ("explained what happened") has only the first.
func (a *analysis) freeRelative(k, se int) bool {
	if k+1 >= se || !a.finite(k+1) {
		return false
	}
	for m := k + 2; m < se && m < k+15; m++ {
		if a.isMarkTok(m) {
			continue // a quoted word inside: "what started as a local “joke” had become"
		}
		if a.isPunct(m) || a.lower(m) == "that" {
			return false
		}
		if a.finite(m) {
			return true
		}
	}
	return false
}

func (a *analysis) clauseStarts(k, se int) bool {
	switch a.upos(k) {
	case "DET", "PROPN", "PRON", "NOUN", "NUM", "ADJ":
	default:
		return false
	}
	if a.upos(k) == "PRON" {
		switch a.lower(k) {
		case "what":
			return a.freeRelative(k, se) // "noted what began as a protest had grown …"
		case "who", "which", "whom", "whose", "that", "this", "these", "those":
			return false
		case "him", "her", "them", "me", "us", "it":
			if k+1 < se && a.lower(k+1) != "was" && a.lower(k+1) != "is" && a.lower(k+1) != "would" && a.lower(k+1) != "will" {
				return false
			}
		}
	}
	for m := k + 1; m < se && m < k+12; m++ {
		x := a.d.Tokens[m].XPOS
		if a.isMarkTok(m) {
			continue
		}
		if a.lower(m) == "," && m+2 < se && a.upos(m+1) == "PROPN" {
			// "The airline's director, Omar Haidari, has denied the
			// claims": a name in apposition inside the subject.
			c := m + 1
			for c < se && (a.upos(c) == "PROPN" || a.lower(c) == "-") {
				c++
			}
			if c+1 < se && a.lower(c) == "," && a.finite(c+1) {
				return true
			}
		}
		if a.lower(m) == "," && m+1 < se && (a.lower(m+1) == "who" || a.lower(m+1) == "which" || a.lower(m+1) == "whose") {
			// "her uncle, who ran a bakery, was arrested": a
			// relative clause set off by commas inside the subject.
			c := m + 2
			for c < se && c < m+20 && a.lower(c) != "," && a.inMark[c] < 0 {
				c++
			}
			if c < se && a.lower(c) == "," && c+1 < se && a.finite(c+1) {
				return true
			}
			return false
		}
		if a.lower(m) == "," && m+2 < se && a.lower(m+1) == "such" && a.lower(m+2) == "as" {
			// "crops, such as lettuce and kale, lose …": examples set
			// off inside the subject, then its verb.
			for c := m + 3; c < se && c < m+20 && a.inMark[c] < 0; c++ {
				if a.upos(c) == "VERB" || a.upos(c) == "AUX" {
					return false
				}
				if a.lower(c) == "," && c+1 < se && a.finite(c+1) {
					return true
				}
			}
			return false
		}
		if a.upos(m) == "CCONJ" && m+1 < se && (a.upos(m+1) == "VERB" || a.upos(m+1) == "AUX" || a.upos(m+1) == "ADV") {
			return false // "confirmed the sale and added …": a verb joined to the cue, not a clause
		}
		if a.upos(m) == "SCONJ" && contains([]string{"as", "because", "since", "while", "although", "though", "when", "whereas", "until", "unless"}, a.lower(m)) {
			return false // "announce the results as they do every year"
		}
		if (x == "WDT" || x == "WP") && a.lower(m-1) != "," && m+1 < se && (a.upos(m+1) == "DET" || a.upos(m+1) == "PROPN" || a.upos(m+1) == "PRON") {
			return false // "conceded a penalty which the referee awarded": a relative clause on an object
		}
		switch {
		case x == "VBZ" || x == "VBD" || x == "VBP" || x == "MD":
			return true
		case x == "VB" && (a.d.Tokens[m-1].XPOS == "NNS" || a.d.Tokens[m-1].XPOS == "NNPS"):
			return true // "the results confirm", a present tense tagged VB
		case a.upos(m) == "ADP" && a.lower(m) != "of" && m > k+1 && a.ppThenFinite(m, se):
			return true // "the embassy in Washington would stay open"
		case a.upos(m) == "ADP" && a.lower(m) != "of", a.isPunct(m) && a.lower(m) != "-" && a.lower(m) != "’s" && a.lower(m) != "'s":
			return false
		case a.upos(m) == "VERB" || a.upos(m) == "AUX":
			return false
		}
	}
	return false
}

// contentEnd returns one past the last token of content starting at token
// start in a sentence ending at se: the sentence end without its final
// punctuation, cut before a contrastive clause that has a cue of its own
// (", although she pointed out that …") or a post-posed attribution
// (", he added"). A quotation that starts the content and runs past the
// sentence is taken whole.
func (a *analysis) contentEnd(start, se int) int {
	if m := a.inMark[start]; m >= 0 && a.d.Tokens[start].Start == a.marks[m].Outer.Start {
		// Content that opens with a quotation: the quotation, and the
		// rest of the sentence if it goes on unquoted.
		last := start
		for last+1 < len(a.d.Tokens) && a.inMark[last+1] == m {
			last++
		}
		if last+1 >= se || a.tailIsPunct(last+1, se) || a.attributionFollows(last+1, se) {
			return last + 1
		}
		if n := last + 1; n+1 < se && a.lower(n) == "," && a.participle(n+1) {
			return last + 1 // “…”, displaying an identity card: the quotation
		}
		if n := last + 1; n+2 < se && a.lower(n) == "," && a.upos(n+1) == "CCONJ" && a.d.Tokens[n+2].XPOS == "VBG" {
			return last + 1 // “…”, and showing a photograph: the quotation
		}
		n := last + 1
		if n < se && a.lower(n) == "," {
			n++
		}
		if n+1 < se && a.upos(n) == "CCONJ" {
			// “…,” and then they leave: a clause of the reporter's with a
			// subject of its own
			for k := n + 1; k < se && k <= n+3; k++ {
				if a.d.Tokens[k].Deprel == "nsubj" {
					return last + 1
				}
			}
		}
	}
	end := se
	for k := start + 1; k < se; k++ {
		if m := a.inMark[k]; m >= 0 && a.d.Tokens[k].End == a.marks[m].Outer.End && strings.HasSuffix(a.d.SpanText(a.marks[m].Inner), ",") {
			// “… every year,” further saying, “…”
			n := k + 1
			for n < se && a.upos(n) == "ADV" {
				n++
			}
			if n < se && a.participle(n) && a.verbs[a.lower(n)] != nil && a.verbs[a.lower(n)].Class == classSpeech {
				end = k + 1
				break
			}
		}
		if a.inMark[k] >= 0 {
			continue
		}
		lw := a.lower(k)
		if lw == ";" {
			end = k
			break
		}
		if (lw == "although" || lw == "while" || lw == "whereas" || lw == "but" || lw == "though") && a.commaBefore(k) && a.cueLater(k+1, se) {
			end = k
			break
		}
		if (lw == "because" || lw == "as" || lw == "since") && a.commaBefore(k) && a.clauseCueAt(k+1, se, start, true) {
			end = k // "…, because he says …": a new attribution
			break
		}
		if lw == "by" && k+1 < se && a.d.Tokens[k+1].XPOS == "VBG" && a.verbs[a.lower(k+1)] != nil && a.verbs[a.lower(k+1)].Class == classSpeech {
			end = k // "acknowledged that … by saying “…”": the saying is its own statement
			break
		}
		if lw == "which" && a.commaBefore(k) && k+2 < se && a.upos(k+1) == "PRON" && a.finite(k+2) && a.noCommaAfter(k+1, se) {
			end = k // "…, which he accuses of violence.": the reporter's gloss
			break
		}
		if lw == "which" && a.commaBefore(k) && k+1 < se && (a.upos(k+1) == "AUX" || a.finite(k+1)) && a.noCommaAfter(k+1, se) {
			end = k // "…, which will allow inspections.": the reporter's gloss at the end
			break
		}
		if lw == "despite" && a.commaBefore(k) {
			end = k // "…, despite its problems": the reporter's comment
			break
		}
		if lw == "," && a.attributionFollows(k, se) {
			end = k
			break
		}
		if lw == "," && k+2 < se && a.lower(k+1) == "with" && a.withSaying(k+2, se) {
			end = k // "…, with the Herald reporting no one was hurt": another source
			break
		}
		if lw == "," {
			n := k + 1
			for n < se && a.upos(n) == "ADV" {
				n++
			}
			if n < se && a.participle(n) && a.verbs[a.lower(n)] != nil && a.verbs[a.lower(n)].Class == classSpeech {
				end = k // "called for the repeal, saying, “…”", ", further saying"
				break
			}
		}
		if a.upos(k) == "CCONJ" {
			n := k + 1
			for n < se && a.upos(n) == "ADV" {
				n++
			}
			if n < se && a.verbCue(n) != nil || a.clauseCueAt(k+1, se, start, a.commaBefore(k)) {
				end = k // "said … and demanded that …", "… and he also said …"
				break
			}
		}
	}
	// Drop trailing punctuation and commas, but never a closing mark
	// whose passage is inside the content.
	for end > start && a.isPunct(end-1) && a.inMark[end-1] < 0 {
		end--
	}
	for end > start && a.isPunct(end-1) && a.inMark[end-1] >= 0 && !a.isMarkTok(end-1) {
		// punctuation inside a quotation at the very end, before its mark: keep
		break
	}
	// Keep whole quotations: extend to the closing mark of a passage cut.
	if m := a.inMark[end-1]; m >= 0 {
		for end < len(a.d.Tokens) && a.inMark[end] == m {
			end++
		}
	}
	// Trim a leading comma inside the content: handled by the start.
	for end > start && a.inMark[end-1] < 0 && (a.lower(end-1) == "," || a.lower(end-1) == "and" || a.lower(end-1) == "but") {
		end--
	}
	return end
}

// withSaying reports a short noun phrase from token k followed by the
// participle of a verb of saying ("the i reporting", "officials saying"):
// the subject and cue of an absolute clause after "with".
func (a *analysis) withSaying(k, se int) bool {
	for n := k; n < se && n < k+6; n++ {
		if n > k && (a.d.Tokens[n].XPOS == "VBG" || strings.HasSuffix(a.lower(n), "ing")) {
			// (a participle the tagger may take for a noun: "reporting")
			e := a.verbs[strings.ToLower(a.d.Tokens[n].Lemma)]
			if e == nil {
				e = a.verbs[a.lower(n)]
			}
			if e != nil && e.Class == classSpeech {
				return true
			}
			if a.d.Tokens[n].XPOS == "VBG" {
				return false
			}
		}
		if !a.npTok(n) || a.inMark[n] >= 0 {
			return false
		}
	}
	return false
}

// tailEnds reports the end of a sentence's own words at token k: nothing,
// punctuation, or a semicolon ("…", it added; and later …).
func (a *analysis) tailEnds(k, se int) bool {
	return k >= se || a.tailIsPunct(k, se) || a.lower(k) == ";"
}

func (a *analysis) tailIsPunct(k, se int) bool {
	for ; k < se; k++ {
		if !a.isPunct(k) {
			return false
		}
	}
	return true
}

// commaBefore reports a comma (possibly followed by closing marks) just
// before token k.
func (a *analysis) commaBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if a.lower(j) == "," {
			return true
		}
		if !a.isMarkTok(j) && !a.isPunct(j) {
			// "States,”" is tokenised as "States" "," "”"
			return false
		}
	}
	return false
}

// clauseCueAt reports a clause of saying at token n: a subject pronoun
// (or, when nps, a short noun phrase), adverbs and auxiliaries, then a
// finite cue verb ("he also said", "they assert", "are calling for"). from
// is the first token of the content the clause would cut.
func (a *analysis) clauseCueAt(n, se, from int, nps bool) bool {
	k := n
	switch {
	case k < se && nominative[a.lower(k)]:
		k++
	case nps:
		for k < se && k < n+4 && a.inMark[k] < 0 && (a.upos(k) == "DET" || a.upos(k) == "PROPN" || a.upos(k) == "NOUN" || a.upos(k) == "ADJ") {
			k++
		}
	}
	subj := k > n
	aux, modal, be := false, false, false
	for k < se && (a.upos(k) == "ADV" || a.upos(k) == "AUX" || a.lower(k) == "not" || a.lower(k) == "n't") {
		if a.upos(k) == "AUX" {
			aux = true
			modal = modal || a.d.Tokens[k].XPOS == "MD"
			be = strings.EqualFold(a.d.Tokens[k].Lemma, "be") || a.lower(k) == "been" || a.lower(k) == "be"
		}
		k++
	}
	if k == n || k >= se || a.inMark[k] >= 0 || a.verbCue(k) == nil {
		return false
	}
	x := a.d.Tokens[k].XPOS
	switch {
	case (x == "VBG" || x == "VBN" || x == "VB") && !aux:
		return false // not a finite verb
	case x == "VBN" && be:
		return false // a passive: "has been told to …"
	case !subj && modal:
		return false // "… and would respond": the same reported subject
	case !subj && (a.d.Tokens[k].Deprel != "conj" || a.d.Tokens[k].Head >= from):
		// Without a subject the verb must be coordinated with the cue
		// (its head before the content), not with the content's own
		// verb ("… accepted responsibility but did not say …").
		return false
	}
	return true
}

func (a *analysis) cueLater(k, se int) bool {
	for ; k < se; k++ {
		if a.inMark[k] < 0 && a.verbCue(k) != nil {
			return true
		}
	}
	return false
}

// attributionFollows reports whether the comma at k starts a post-posed
// attribution running to the sentence end (", he added." / ", said Lavrov.").
func (a *analysis) attributionFollows(k, se int) bool {
	j := k
	for j < se && (a.lower(j) == "," || a.isMarkTok(j)) {
		j++
	}
	if j >= se {
		return false
	}
	if a.verbCue(j) != nil {
		if _, _, ok := a.rightNP(j+1, se); ok {
			return true
		}
	}
	if _, _, end, ok := a.npAt(j, se); ok && end < se && a.verbCue(end) != nil {
		return a.tailIsPunct(end+1, se) || end+1 < se && a.lower(end+1) == ","
	}
	if a.lower(j) == "according" && j+1 < se && a.lower(j+1) == "to" {
		return true
	}
	return false
}

// postPosed recognises a cue that follows its content: "…”, recalled the
// presidential spokesman." or "…,” Sullivan said." or "Talks will resume,
// the minister said."
func (a *analysis) postPosed(i int, cueSpan doc.Span) (statement, bool) {
	ss, se := a.sentOf(i)
	var sp doc.Span
	var head int
	var contentEnd int // token index one past the content
	ok := false
	// Inverted: ", recalled the spokesman" (cue right after a comma or mark).
	k := i - 1
	for k >= ss && a.isMarkTok(k) {
		k--
	}
	marked := k+1 < i && a.isMarkTok(k+1) || k >= ss && a.inMark[k] >= 0 || k-1 >= ss && a.lower(k) == "," && a.inMark[k-1] >= 0
	// A participle ("…, noting the changes") has no subject after it:
	// the noun phrase is its object.
	inverts := a.d.Tokens[i].XPOS != "VBG"
	switch strings.ToLower(a.d.Tokens[i].Lemma) {
	case "tell", "inform", "assure", "remind", "notify":
		inverts = false // "…, told the meeting": the addressee, never an inverted speaker
	}
	if inverts && k >= ss && (a.lower(k) == "," && (marked || a.finiteBetween(ss, k)) || marked) {
		if s, h, found := a.rightNP(i+1, se); found {
			end := a.npEnd(i+1, se)
			if a.tailEnds(end, se) || a.lower(end) == "," || marked && (a.adverbialTail(end, se) || a.participle(end) || a.lower(end) == "who") {
				sp, head, contentEnd, ok = s, h, k+1, true
			}
		} else if marked {
			// A name the tagger garbled ("tweeted former thinktank
			// executive Ken Gude."): the words up to the sentence end
			// or a comma, when they hold a name and no verb.
			end, name := i+1, -1
			for end < se && end < i+11 && a.lower(end) != "," && !a.isPunct(end) && a.upos(end) != "VERB" && a.upos(end) != "AUX" && a.inMark[end] < 0 {
				if a.upos(end) == "PROPN" {
					name = end
				}
				end++
			}
			if name >= 0 && end > i+1 && (a.tailEnds(end, se) || a.lower(end) == ",") {
				sp, head, contentEnd, ok = doc.Span{Start: a.d.Tokens[i+1].Start, End: a.d.Tokens[end-1].End}, name, k+1, true
			}
		}
	}
	if !ok {
		// Normal order: ", the minister said." with nothing after the cue
		// but an addressee, adverbials or a quotation that goes on.
		j := i + 1
		for j < se && a.upos(j) == "ADV" {
			j++
		}
		// "…,” Moor, who has lived there for years, said.": the speaker
		// ends before the relative clause.
		at := a.relativeAside(i, ss)
		qs := at - a.npLen(at) // where the speaker starts
		if qs-1 > ss && a.lower(qs-1) == "," && !a.quotedBefore(qs) {
			// "…,” the minister's spokesman, Karl Berg, said.": a title
			// in apposition before the name.
			if _, _, st2, ok2 := a.npBefore(qs-1, ss); ok2 && a.quotedBefore(st2) {
				qs = st2
			}
		}
		if _, _, end, isNP := a.npAt(j, se); isNP && j < se && a.upos(j) != "PRON" || isNP && a.lower(j) == "reporters" {
			if end < se && a.lower(end) == "," && end+1 < se && a.isMarkTok(end+1) {
				j = end // told the press, "…
			} else if end > j && a.quotedBefore(qs) && (a.tailEnds(end, se) || a.adverbialTail(end, se)) {
				j = end // "…”, Pompeo told the press on Tuesday."
			}
		}
		quoted := a.quotedBefore(qs)
		if !(a.tailEnds(j, se) || a.lower(j) == "," && j+1 < se && (a.participle(j+1) || quoted && a.isMarkTok(j+1)) || quoted && a.adverbialTail(j, se)) {
			return statement{}, false
		}
		s, h, start, found := a.npBefore(at, ss)
		if found && qs < start && qs > ss {
			s.Start, start = a.d.Tokens[qs].Start, qs // the title before the name
		}
		if !found || start <= ss {
			if s, h, found = a.parseSubject(i); !found {
				return statement{}, false
			}
			start = a.firstToken(s.Start)
			if start <= ss {
				return statement{}, false
			}
		}
		b := start - 1
		for b > ss && a.isMarkTok(b) {
			b--
		}
		if a.lower(b) != "," && !a.isMarkTok(start-1) {
			return statement{}, false
		}
		sp, head, contentEnd = s, h, b+1
	}
	// The content: the quotation that ends just before, else the clause
	// from the sentence start to the comma.
	ce := contentEnd
	for ce > ss && (a.lower(ce-1) == "," || a.isPunct(ce-1) && !a.isMarkTok(ce-1)) {
		ce--
	}
	if ce <= 0 {
		return statement{}, false
	}
	if m := a.inMark[ce-1]; m >= 0 && !a.clauseBefore(m, ss) {
		st := statement{Span: a.marks[m].Inner, Cue: &cueSpan, Speaker: sp, Head: head, hasSpk: true, Kind: "quoted"}
		return st, true
	}
	cs := ss
	for cs < ce && (a.isPunct(cs) || a.upos(cs) == "CCONJ") {
		cs++
	}
	if ce <= cs || !a.finiteBetween(cs, ce) {
		return statement{}, false // "After the match, the coach said, …": no clause before
	}
	st := statement{Span: doc.Span{Start: a.d.Tokens[cs].Start, End: a.d.Tokens[ce-1].End}, Cue: &cueSpan, Speaker: sp, Head: head, hasSpk: true}
	return st, true
}

// clauseBefore reports whether the quotation m, which ends before a
// post-posed cue, closes a clause of the reporter's that begins the
// sentence at ss ("The army will respond with “measures”, he warned."):
// the content is then the whole clause, not the quoted words alone.
func (a *analysis) clauseBefore(m, ss int) bool {
	ms := a.firstToken(a.marks[m].Outer.Start)
	cs := ss
	for cs < ms && a.isPunct(cs) {
		cs++
	}
	b := ms - 1
	for b > cs && (a.lower(b) == "," || a.lower(b) == ":") {
		b--
	}
	if b >= cs && a.verbCue(b) != nil {
		return false // "people say, “Hey Frank …”": the clause introduces the quotation
	}
	return ms > cs+1 && a.finiteBetween(cs, ms)
}

// invertedAside finds an inverted attribution set off by commas in the
// middle of a sentence ("The new road, said the mayor, will open in May.",
// "Most farms, says the survey, are small."): the speaker is the noun
// phrase after the cue and the content the whole sentence, as for
// parenthetical.
func (a *analysis) invertedAside(i, ss, se int, cueSpan doc.Span) (statement, bool) {
	if i-1 <= ss || a.lower(i-1) != "," || a.inMark[i-1] >= 0 {
		return statement{}, false
	}
	sp, h, ok := a.rightNP(i+1, se)
	if !ok {
		return statement{}, false
	}
	n := a.npEnd(i+1, se)
	if n+1 >= se || a.lower(n) != "," || a.inMark[n] >= 0 {
		return statement{}, false
	}
	cs := ss
	for cs < i-1 && (a.isPunct(cs) || a.upos(cs) == "CCONJ") {
		cs++
	}
	if cs >= i-1 || a.finiteBetween(cs, i-1) || a.finiteBetween(i+1, n) || !a.finiteBetween(n+1, se) {
		return statement{}, false
	}
	for k := cs; k < se; k++ {
		if a.inMark[k] >= 0 {
			return statement{}, false // quotations are handled by their marks
		}
	}
	end := a.contentEnd(n+1, se)
	if end <= n+1 {
		return statement{}, false
	}
	return statement{Span: doc.Span{Start: a.d.Tokens[cs].Start, End: a.d.Tokens[end-1].End}, Cue: &cueSpan, Speaker: sp, Head: h, hasSpk: true}, true
}

// parenthetical recognises an attribution set off by commas inside its
// content: "The new package, the minister said, is ready." The content is
// the whole sentence (its subject before, its predicate after).
func (a *analysis) parenthetical(i int, cueSpan doc.Span) (statement, bool) {
	ss, se := a.sentOf(i)
	if e := a.verbCue(i); e == nil || e.Class != classSpeech {
		return statement{}, false
	}
	if s, ok := a.invertedAside(i, ss, se, cueSpan); ok {
		return s, true
	}
	j := i + 1
	for j < se && a.upos(j) == "ADV" {
		j++
	}
	if j >= se || a.lower(j) != "," || a.inMark[j] >= 0 {
		return statement{}, false
	}
	sp, h, start, ok := a.npBefore(i, ss)
	if !ok {
		return statement{}, false
	}
	if start-1 < ss || a.lower(start-1) != "," {
		// The surface reading took "The package, the minister" for an
		// apposition: the speaker is the phrase after its last comma.
		c := -1
		for k := start; k < i; k++ {
			if a.lower(k) == "," {
				c = k
			}
		}
		if c < 0 || h <= c {
			return statement{}, false
		}
		start = c + 1
		sp.Start = a.d.Tokens[start].Start
	}
	if start-1 <= ss || a.inMark[start-1] >= 0 {
		return statement{}, false
	}
	cs := ss
	for cs < start-1 && (a.isPunct(cs) || a.upos(cs) == "CCONJ") {
		cs++
	}
	if cs >= start-1 || a.finiteBetween(cs, start-1) || !a.finiteBetween(j+1, se) {
		return statement{}, false
	}
	for k := cs; k < se; k++ {
		if a.inMark[k] >= 0 {
			return statement{}, false // quotations are handled by their marks
		}
	}
	end := a.contentEnd(j+1, se)
	if end <= j+1 {
		return statement{}, false
	}
	return statement{Span: doc.Span{Start: a.d.Tokens[cs].Start, End: a.d.Tokens[end-1].End}, Cue: &cueSpan, Speaker: sp, Head: h, hasSpk: true}, true
}

// absolute reports "with Boswell stating": a participle whose subject is
// the noun phrase after "with" just before it.
func (a *analysis) absolute(i, ss int) bool {
	_, _, start, ok := a.npBefore(i, ss)
	return ok && start-1 >= ss && a.lower(start-1) == "with"
}

// participle reports a present participle at k, also a verb of saying the
// tagger took for a noun (", warning that …").
func (a *analysis) participle(k int) bool {
	lw := a.lower(k)
	return a.d.Tokens[k].XPOS == "VBG" || strings.HasSuffix(lw, "ing") && a.verbs[lw] != nil
}

// asClause recognises an attribution in a clause opened by "As" before
// its content: "As the minister told reporters, the talks will resume."
func (a *analysis) asClause(i int, cueSpan doc.Span) (statement, bool) {
	ss, se := a.sentOf(i)
	sp, h, start, ok := a.npBefore(i, ss)
	if !ok || start-1 != ss || a.lower(ss) != "as" {
		return statement{}, false
	}
	c := -1
	for k := i + 1; k < se && k < i+10; k++ {
		if a.inMark[k] >= 0 || a.upos(k) == "VERB" {
			break
		}
		if a.lower(k) == "," {
			c = k
			break
		}
	}
	if c < 0 || c+1 >= se || !a.finiteBetween(c+1, se) {
		return statement{}, false
	}
	e := a.contentEnd(c+1, se)
	if e <= c+1 {
		return statement{}, false
	}
	return statement{Span: doc.Span{Start: a.d.Tokens[c+1].Start, End: a.d.Tokens[e-1].End}, Cue: &cueSpan, Speaker: sp, Head: h, hasSpk: true}, true
}

// adverbialTail reports a sentence tail of prepositional phrases and time
// words only ("on Wednesday", "at the end of the meeting", "from Phnom
// Penh"): nothing after a post-posed cue that could be its content.
func (a *analysis) adverbialTail(k, se int) bool {
	if k >= se || a.upos(k) != "ADP" && a.upos(k) != "NOUN" && a.upos(k) != "PROPN" && a.upos(k) != "ADV" && !(a.upos(k) == "DET" && k+1 < se && timeWord[a.lower(k+1)]) {
		return false
	}
	for ; k < se; k++ {
		if a.lower(k) == "," && k+1 < se && a.inMark[k+1] >= 0 && a.isMarkTok(k+1) {
			return true // "…,” wrote Trump on Twitter, “and …": the quotation goes on
		}
		if a.lower(k) == "," && k+1 < se && (a.lower(k+1) == "which" || a.lower(k+1) == "who" || a.lower(k+1) == "where") {
			return true // "…,” she said after the meeting, which lasted an hour.": an aside on the tail's noun
		}
		if a.inMark[k] >= 0 || a.lower(k) == "that" || a.lower(k) == ":" {
			return false
		}
		if a.upos(k) == "VERB" || a.upos(k) == "AUX" {
			// A verb begins a clause, except a base form after a
			// possessive or a name ("during her Sunday visit", a noun
			// the tagger took for a verb).
			if x := a.d.Tokens[k].XPOS; x == "VBN" && k > 0 && a.upos(k-1) == "NOUN" {
				continue // "in a video statement released on Monday"
			}
			if x := a.d.Tokens[k].XPOS; x != "VB" || k == 0 || !(a.upos(k-1) == "PROPN" || k >= 2 && a.upos(k-1) == "NOUN" && a.upos(k-2) == "PRON") {
				return false
			}
		}
	}
	return true
}

// quotedBefore reports a quotation ending just before token k (a comma
// between allowed).
func (a *analysis) quotedBefore(k int) bool {
	b := k - 1
	if b >= 0 && a.lower(b) == "," {
		b--
	}
	return b >= 0 && (a.isMarkTok(b) || a.inMark[b] >= 0)
}

// npLen is the length of the noun phrase just before token i (0 if none).
func (a *analysis) npLen(i int) int {
	ss, _ := a.sentOf(i)
	_, _, start, ok := a.npBefore(i, ss)
	if !ok {
		return 0
	}
	return i - start
}

// finiteOutside reports a finite verb among tokens [from, to) outside
// quotation marks.
func (a *analysis) finiteOutside(from, to int) bool {
	for k := from; k < to; k++ {
		if a.inMark[k] < 0 && a.finite(k) {
			return true
		}
	}
	return false
}

// finiteBetween reports a finite verb among tokens [from, to): the words
// before a post-posed cue must be a clause.
func (a *analysis) finiteBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch a.d.Tokens[k].XPOS {
		case "VBZ", "VBD", "VBP", "MD":
			return true
		}
	}
	return false
}

// accordingTo handles "according to X, …" and "…, according to X." with the
// speaker phrase starting at token j.
func (a *analysis) accordingTo(i, j int, cue doc.Span) (statement, bool) {
	ss, se := a.sentOf(i)
	sp, head, ok := a.rightNP(j, se)
	if !ok {
		return statement{}, false
	}
	end := a.npEnd(j, se)
	byAuthor := false
	if bsp, bh, bend, ok := a.sourceBy(head, end, se); ok {
		byAuthor = true
		// "according to a tweet on Monday by the Secretary of State":
		// the author of the tweet.
		sp, head, end = bsp, bh, bend
	}
	clauseFirst := a.firstWord(i, ss) || i-1 > ss && a.lower(i-1) == "that" && a.upos(i-1) == "SCONJ"
	if clauseFirst && !byAuthor && end < se && a.lower(end) != "," && a.lower(end) != ":" {
		// "According to Peruvian Ambassador to Norway Elena Paredes, the
		// team …": a source phrase with a prepositional phrase
		// or a name after it, up to the comma.
		if k := a.sourceTail(end, se); k > end {
			sp = doc.Span{Start: a.d.Tokens[j].Start, End: a.d.Tokens[k-1].End}
			if h := a.lastName(j, k); h >= 0 {
				head = h
			}
			end = k
		}
	}
	if i-1 > ss && a.lower(i-1) == "," && end+1 < se && a.lower(end) == "," {
		// "…, according to Kristen Wilkins, curator of the exhibit.": an
		// apposition of the source, not content.
		if e := a.appositionEnd(end+1, se); e > end+1 {
			end = e
		}
	}
	s := statement{Cue: &cue, Speaker: sp, Head: head, hasSpk: true}
	// Skip "what Zajárova suggested" style phrases: no content to report.
	if end < se && (a.lower(end) == "," || a.lower(end) == ":") && end+1 < se && (!a.finite(end+1) || i-1 > ss && a.lower(i-1) == "," && !a.finiteBetween(ss, i-1)) {
		start := end + 1
		e := a.contentEnd(start, se)
		if a.innerCueAt(start, se) {
			return statement{}, false // "According to X, the president said …": the inner cue wins
		}
		if e > start && a.inMark[start] < 0 && !a.finiteBetween(start, e) && a.cueLater(start, se) {
			// "According to the Herald, Professor Burrows, the chairman
			// of the panel, said …": an apposition before the inner cue.
			return statement{}, false
		}
		if e > start {
			if i-1 > ss && a.lower(i-1) == "," && !a.finiteBetween(ss, i-1) && a.finiteBetween(start, e) {
				// "The talks, according to a diplomat, will resume":
				// the subject before belongs to the content.
				start = ss
				for start < i && a.isPunct(start) {
					start++
				}
			}
			s.Span = doc.Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[e-1].End}
			return s, true
		}
	}
	if h := a.d.Tokens[i].Head; i == ss && end < se && a.lower(end) != "," && a.lower(end) != ":" && h >= j && h < se && a.d.Tokens[i].Deprel == "case" && !a.commaBeforeVerb(j, se) {
		// No comma: "According to Rathbun the property was returned".
		// The parse tells where the phrase after "to" ends.
		last := h
		for k := h; k < se; k++ {
			if a.dominates(h, k) {
				last = k
			}
		}
		parsed := last
		for last+1 < se && a.upos(last+1) == "PROPN" {
			last++ // a name the parse cut: "Deputy Mayor Lina Holm"
		}
		// Where the content's subject begins: after the phrase (with the
		// names the parse cut), after the phrase as parsed ("According to
		// the Citation Index Professor Chomsky is …"), or at a name right
		// after a common noun inside it ("According to official sources
		// Brazil and South Korea discussed …").
		starts := []int{last + 1, parsed + 1}
		for k := j + 1; k <= parsed; k++ {
			if a.upos(k-1) == "NOUN" && a.upos(k) == "PROPN" {
				starts = append(starts, k)
			}
		}
		for _, start := range starts {
			if start < se && start > j && a.subjectStart(start, se) && a.finiteBetween(start, se) && !a.finiteBetween(j, start) && !a.innerCueAt(start, se) {
				if e := a.contentEnd(start, se); e > start {
					s.Speaker = doc.Span{Start: a.d.Tokens[j].Start, End: a.d.Tokens[start-1].End}
					s.Head = h
					if h >= start {
						s.Head = a.headOf(j, start)
					}
					s.Span = doc.Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[e-1].End}
					return s, true
				}
			}
		}
	}
	c := i - 1
	for c > ss && a.isMarkTok(c) && a.lower(c-1) == "," {
		c-- // "“…,” according to X."
	}
	if c > ss && a.lower(c) == "," && (end >= se || a.tailIsPunct(end, se) || a.adverbialTail(end, se)) {
		ce := c
		if c < i-1 {
			ce = i - 1 // keep the quotation whole, up to its closing mark
		}
		cs := ss
		for cs < ce && a.isPunct(cs) {
			cs++
		}
		if ce > cs && (!byAuthor && (end >= se || a.tailIsPunct(end, se)) || !a.cueLater(cs, ce)) {
			// A source after a clause with its own cue ("X told Y that
			// …, according to a statement by his office") leaves the
			// clause to that cue.
			s.Span = doc.Span{Start: a.d.Tokens[cs].Start, End: a.d.Tokens[ce-1].End}
			return s, true
		}
	}
	if c == i-1 && c > ss && a.lower(c) != "," && a.inMark[c] < 0 && head >= 0 && (a.upos(head) == "PROPN" || sourceNoun[a.lower(head)] || evidenceNoun[a.lower(head)] || bodyNoun[a.lower(head)] || a.isPerson(head)) && (end >= se || a.tailIsPunct(end, se) || a.bracketTail(end, se)) {
		// No comma: "… had 14 million visitors according to Google
		// Analytics." The clause before is the content when it is one
		// with no cue of its own.
		cs := ss
		for cs < c && a.isPunct(cs) {
			cs++
		}
		if cs < c && a.finiteBetween(cs, i) && !a.cueLater(cs, i) && a.inMark[cs] < 0 {
			s.Span = doc.Span{Start: a.d.Tokens[cs].Start, End: a.d.Tokens[c].End}
			return s, true
		}
	}
	return statement{}, false
}

// bracketTail reports a sentence tail that is only a bracketed aside and
// punctuation ("(full data: …).").
func (a *analysis) bracketTail(k, se int) bool {
	if k >= se || a.lower(k) != "(" {
		return false
	}
	for n := k + 1; n < se; n++ {
		if a.lower(n) == ")" {
			return a.tailIsPunct(n+1, se)
		}
	}
	return false
}

// firstWord reports that token i opens sentence ss (only punctuation
// before it).
func (a *analysis) firstWord(i, ss int) bool {
	for k := ss; k < i; k++ {
		if !a.isPunct(k) {
			return false
		}
	}
	return true
}

// sourceTail returns the comma that ends a source phrase going on at token
// k with prepositional phrases and names ("to the United States Hamdullah
// Mohib,"), or -1 when a verb, a quotation or other words come first.
func (a *analysis) sourceTail(k, se int) int {
	for n := k; n < se && n < k+12; n++ {
		lw := a.lower(n)
		switch {
		case lw == "," && n > k:
			return n
		case a.inMark[n] >= 0 || lw == "that":
			return -1
		case a.npTok(n) && a.upos(n) != "PUNCT", a.upos(n) == "ADP", a.upos(n) == "CCONJ" && n > k:
			continue
		case n == k && a.d.Tokens[n].XPOS == "VBN", n > k && a.upos(n) == "ADV" && a.upos(n-1) != "PUNCT":
			// "according to a letter sent to staff last week, …"
			continue
		}
		return -1
	}
	return -1
}

// lastName returns the last person name among tokens [from, to) (the head
// of "Peruvian Ambassador to Norway Elena Paredes"), or -1.
func (a *analysis) lastName(from, to int) int {
	for k := to - 1; k >= from; k-- {
		if a.upos(k) == "PROPN" && a.isPerson(k) {
			return k
		}
	}
	return -1
}

// appositionEnd returns one past a noun phrase apposition starting at token
// k that runs to the end of the sentence ("curator of the exhibit."), or
// -1 when the words there hold a verb or a quotation.
func (a *analysis) appositionEnd(k, se int) int {
	e := k
	for e < se && !a.tailIsPunct(e, se) {
		lw := a.lower(e)
		if a.inMark[e] >= 0 || !(a.npTok(e) && a.upos(e) != "PUNCT" || lw == "of" || lw == "for" || lw == "at" || lw == "in" || lw == "and" || lw == "," || lw == "-") {
			return -1
		}
		e++
	}
	if e == k || a.upos(k) == "PRON" {
		return -1
	}
	return e
}

// finite reports a finite verb or auxiliary at token k: a clause goes on
// there, none begins ("according to reports, told them …").
func (a *analysis) finite(k int) bool {
	switch a.d.Tokens[k].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return a.upos(k) == "VERB" || a.upos(k) == "AUX"
	}
	return false
}

// sourceBy finds the author of a source noun ("a tweet on Monday by the
// Secretary of State", "a statement from the ministry"): the noun phrase
// after "by" or "from" that follows the source noun whose head is token
// head, across prepositional phrases of time and place; end is one past the
// source noun phrase.
func (a *analysis) sourceBy(head, end, se int) (doc.Span, int, int, bool) {
	if head < 0 || !sourceNoun[a.lower(head)] {
		return doc.Span{}, -1, 0, false
	}
	for k := end; k < se && k < end+8; k++ {
		lw := a.lower(k)
		if (lw == "by" || lw == "from") && k+1 < se {
			sp, h, e, ok := a.npAt(k+1, se)
			if !ok {
				return doc.Span{}, -1, 0, false
			}
			return sp, h, e, true
		}
		if a.inMark[k] >= 0 || a.isPunct(k) || a.upos(k) == "VERB" && a.d.Tokens[k].XPOS != "VBN" || a.upos(k) == "AUX" || lw == "that" {
			return doc.Span{}, -1, 0, false
		}
	}
	return doc.Span{}, -1, 0, false
}

// subjectStart reports a token that can open a clause's subject: a
// determiner, noun, name, pronoun, number or adjective, or an adverb before
// a number ("over 345 pilgrims").
func (a *analysis) subjectStart(k, se int) bool {
	switch a.upos(k) {
	case "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ":
		return true
	case "ADV":
		return k+1 < se && a.upos(k+1) == "NUM"
	}
	return false
}

// commaBeforeVerb reports a comma among tokens [j, se) before the first
// finite verb.
func (a *analysis) commaBeforeVerb(j, se int) bool {
	for k := j; k < se; k++ {
		switch {
		case a.lower(k) == ",":
			return true
		case a.d.Tokens[k].XPOS == "VBZ" || a.d.Tokens[k].XPOS == "VBD" || a.d.Tokens[k].XPOS == "VBP" || a.d.Tokens[k].XPOS == "MD":
			return false
		}
	}
	return false
}

// innerCueAt reports a cue verb in tokens [start, end) whose subject
// begins at start.
func (a *analysis) innerCueAt(start, end int) bool {
	for k := start; k < end; k++ {
		if a.inMark[k] < 0 && a.verbCue(k) != nil {
			if sp, _, ok := a.leftSubject(k); ok && (sp.Start == a.d.Tokens[start].Start || sp.Start > a.d.Tokens[start].Start && !a.finiteBetween(start, k)) {
				return true // "According to ISNA, the prosecutor, Ali Mehr, said …"
			}
			if sp, _, ok := a.leftSubject(k); ok && start > 0 && sp.Start < a.d.Tokens[start].Start && sp.End > a.d.Tokens[start].Start && !a.finiteBetween(start, k) {
				return true // "According to the Gazette, Mayor Berg, the head of the council, said …": the subject runs across
			}
		}
	}
	return false
}

// inWords handles "In her words, …" and "In the words of X, …".
func (a *analysis) inWords(i int) (statement, bool) {
	ss, se := a.sentOf(i)
	if i-2 < ss || a.lower(i-2) != "in" {
		return statement{}, false
	}
	cue := doc.Span{Start: a.d.Tokens[i-2].Start, End: a.d.Tokens[i].End}
	var sp doc.Span
	head := -1
	next := i + 1
	switch {
	case a.upos(i-1) == "PRON" || a.lower(i-1) == "his" || a.lower(i-1) == "her" || a.lower(i-1) == "their":
		sp, head = a.d.Tokens[i-1].Span, i-1
	case a.lower(i-1) == "the" && i+1 < se && a.lower(i+1) == "of":
		var ok bool
		if sp, head, ok = a.rightNP(i+2, se); !ok {
			return statement{}, false
		}
		cue.End = a.d.Tokens[i+1].End
		next = a.npEnd(i+2, se)
	default:
		return statement{}, false
	}
	if next >= se || a.lower(next) != "," || next+1 >= se {
		return statement{}, false
	}
	e := a.contentEnd(next+1, se)
	if e <= next+1 {
		return statement{}, false
	}
	return statement{Span: doc.Span{Start: a.d.Tokens[next+1].Start, End: a.d.Tokens[e-1].End}, Cue: &cue, Speaker: sp, Head: head, hasSpk: true}, true
}

// nounCue handles "a warning that …" and "in a statement: …": the speaker
// is the subject of the verb the noun depends on.
func (a *analysis) nounCue(i int) (statement, bool) {
	ss, se := a.sentOf(i)
	t := i + 1
	if t < se && (timeWord[a.lower(t)] || monthWord[a.lower(t)]) && t+1 < se && a.lower(t+1) == "that" {
		t++ // "the announcement Tuesday that …"
	}
	if t >= se || (a.lower(t) != "that" && a.lower(t) != ":") || t+1 >= se {
		return statement{}, false
	}
	if a.lower(t) == "that" && (a.upos(t+1) == "VERB" || a.upos(t+1) == "AUX") {
		return statement{}, false // "a statement that urged …": a relative clause
	}
	if a.lower(t) == "that" && a.upos(t) == "PRON" {
		if h := a.d.Tokens[t].Head; h > t && h < se && a.d.Tokens[h].Head == i && strings.HasPrefix(a.d.Tokens[h].Deprel, "acl") {
			return statement{}, false // "the reports that I have seen": a relative clause
		}
	}
	if a.lower(t) == "that" && a.readGap(t+1, se) {
		return statement{}, false // "the reports that I have read, …": a relative clause
	}
	start := t + 1
	end := a.contentEnd(start, se)
	for h := start; h < end; h++ {
		if a.d.Tokens[h].Head != i || !strings.HasPrefix(a.d.Tokens[h].Deprel, "acl") {
			continue
		}
		// "The claim that the bridge was unsafe was rejected": the
		// clause the parse hangs from the noun, not the sentence's own
		// predicate after it.
		last := h
		for k := h + 1; k < end; k++ {
			if a.dominates(h, k) {
				last = k
			}
		}
		if last+1 < end && (a.finiteBetween(last+1, end) || a.upos(last+1) == "AUX") {
			end = last + 1
			for end > start && a.isPunct(end-1) && a.inMark[end-1] < 0 {
				end--
			}
		}
		break
	}
	if end <= start {
		return statement{}, false
	}
	cue := a.d.Tokens[i].Span
	s := statement{Span: doc.Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[end-1].End}, Cue: &cue, Head: -1}
	if p := i - 1; p-1 >= ss && (a.lower(p) == "'s" || a.lower(p) == "’s") && (a.upos(p-1) == "PROPN" || a.upos(p-1) == "NOUN") {
		// "North Korea's announcement that …": the owner speaks.
		b := p - 1
		for b > ss && (a.upos(b-1) == "PROPN" || a.upos(b-1) == "NOUN" && a.upos(b) == "PROPN" || a.upos(b-1) == "ADJ" || a.upos(b-1) == "DET") {
			b--
		}
		s.Speaker, s.Head, s.hasSpk = doc.Span{Start: a.d.Tokens[b].Start, End: a.d.Tokens[p-1].End}, p-1, true
		return s, true
	}
	for v := i - 1; v >= ss; v-- {
		if a.upos(v) == "VERB" {
			if sp, h, ok := a.leftSubject(v); ok {
				s.Speaker, s.Head, s.hasSpk = sp, h, true
			}
			break
		}
	}
	return s, true
}

// readGap reports a pronoun at k, auxiliaries and a verb of reading or
// receiving with no object after it ("I have read,", "we received."): the
// relative clause of a noun cue ("the reports that I have read"), whatever
// the parse made of it.
func (a *analysis) readGap(k, se int) bool {
	if k >= se || a.upos(k) != "PRON" {
		return false
	}
	v := k + 1
	for v < se && (a.upos(v) == "AUX" || a.upos(v) == "ADV") {
		v++
	}
	if v >= se || a.upos(v) != "VERB" {
		return false
	}
	switch strings.ToLower(a.d.Tokens[v].Lemma) {
	case "read", "see", "hear", "receive", "obtain", "review", "get", "find":
	default:
		return false
	}
	return v+1 >= se || a.isPunct(v+1)
}

// Noun phrases on the surface of the tagged sentence.

func (a *analysis) npTok(k int) bool {
	switch a.upos(k) {
	case "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM":
		return a.inMark[k] < 0
	case "PART":
		return a.lower(k) == "'s" || a.lower(k) == "’s"
	}
	lw := a.lower(k)
	if lw == "-" {
		// a hyphen inside a name ("Al-Amr"), not a dash between spaces
		t := a.d.Tokens[k]
		return t.Start > 0 && a.d.Text[t.Start-1] != ' ' && t.End < len(a.d.Text) && a.d.Text[t.End] != ' '
	}
	return lw == "’s" || lw == "'s" || lw == "."
}

func isNominal(up string) bool { return up == "NOUN" || up == "PROPN" || up == "PRON" || up == "NUM" }

// npBefore finds the noun phrase ending just before token i (the subject of
// a cue verb), skipping adverbs, auxiliaries, parentheticals between commas
// (", citing its sources," / ", however,") and a prepositional phrase
// between subject and verb ("the leader during his speech said"). An
// apposition ("the Deputy Foreign Minister, Andréi Rudenko,") is included.
func (a *analysis) npBefore(i, ss int) (doc.Span, int, int, bool) {
	j := i - 1
	for j >= ss {
		lw := a.lower(j)
		up := a.upos(j)
		if up == "ADV" || up == "AUX" || lw == "not" || lw == "n't" || lw == "also" || up == "PART" && lw != "'s" && lw != "’s" {
			j--
			continue
		}
		break
	}
	if j < ss {
		return doc.Span{}, -1, 0, false
	}
	// An acronym in brackets after the name: "The World Health
	// Organisation (WHO) recommends".
	if a.lower(j) == ")" && j-2 > ss && a.lower(j-2) == "(" && (a.upos(j-1) == "PROPN" || len(a.form(j-1)) > 1 && strings.ToUpper(a.form(j-1)) == a.form(j-1)) {
		j -= 3
	}
	// A parenthetical between commas right before the verb.
	if a.lower(j) == "," {
		k := j - 1
		for k >= ss && a.lower(k) != "," {
			k--
		}
		if k > ss && a.allNP(k+1, j) {
			// Apposition: ", Name," after a title.
			end := j
			np0, _, ok := a.npRange(k+1, j)
			if ok {
				head := a.headOf(np0, end)
				startT := np0
				if _, _, st2, ok2 := a.npBefore(k+1, ss); ok2 && a.allNP(st2, k) {
					startT = st2
				} else if k-1 >= ss && a.npTok(k-1) && a.upos(k-1) == "PROPN" {
					// "…,” Joao Caholo, the deputy secretary, said": the
					// name before the title.
					if st3 := a.npStart(k-1, ss); a.allNP(st3, k) && (st3 == ss || a.isMarkTok(st3-1) || a.lower(st3-1) == ",") {
						startT = st3
					}
				}
				return doc.Span{Start: a.d.Tokens[startT].Start, End: a.d.Tokens[end-1].End}, head, startT, true
			}
		}
		if k > ss {
			j = k - 1
			for j >= ss && (a.upos(j) == "ADV" || a.upos(j) == "AUX") {
				j--
			}
		} else if a.allNP(ss, j) {
			j-- // "The firm Secunia.com, has said": a comma after the subject
		} else {
			return doc.Span{}, -1, 0, false
		}
	}
	if j >= ss && a.upos(j) == "DET" && pronounDet[a.lower(j)] && (j == ss || !a.npTok(j-1) || a.isPunct(j-1)) {
		return a.d.Tokens[j].Span, j, j, true // "Another added"
	}
	// "the general insisted": a noun the tagger took for an adjective,
	// right after its determiner and before the verb
	adjNoun := j == i-1 && j-1 >= ss && a.upos(j) == "ADJ" && a.upos(j-1) == "DET"
	if j < ss || !a.npTok(j) || !isNominal(a.upos(j)) && a.upos(j) != "" && !a.isPerson(j) && !adjNoun {
		return doc.Span{}, -1, 0, false
	}
	end := j + 1
	start := a.npStart(j, ss)
	if adjNoun {
		return doc.Span{Start: a.d.Tokens[j-1].Start, End: a.d.Tokens[j].End}, j, j - 1, true
	}
	// Prepositional phrases (and a participle: "allied with") between
	// subject and verb: "the leader during his speech said", "traders in
	// two provinces allied with the party say".
	for cur, n := start, 0; n < 3 && cur-1 > ss && a.upos(cur-1) == "ADP" && a.lower(cur-1) != "of"; n++ {
		p := cur - 2
		if p-1 >= ss && a.upos(p) == "VERB" && (a.d.Tokens[p].XPOS == "VBN" || a.d.Tokens[p].XPOS == "VBD") {
			p-- // a reduced relative: "provinces allied with"
		}
		if p < ss || !a.npTok(p) || !isNominal(a.upos(p)) {
			break
		}
		st2 := a.npStart(p, ss)
		if st2 == ss || a.lower(st2-1) == "," || a.upos(st2-1) == "CCONJ" || a.upos(st2-1) == "ADV" || a.isMarkTok(st2-1) {
			end = p + 1
			start = st2
			if st2-2 >= ss && a.upos(st2-1) == "CCONJ" && a.npTok(st2-2) && isNominal(a.upos(st2-2)) {
				start = a.npStart(st2-2, ss) // "farmers and traders"
			}
			break
		}
		cur = st2
	}
	head := a.headOf(start, end)
	if head < 0 {
		return doc.Span{}, -1, 0, false
	}
	// A title before the name, set off by one comma only ("Malaysia's
	// Prime Minister, Najib Razak said").
	if start-2 > ss && a.lower(start-1) == "," && a.upos(start-2) != "PUNCT" && isNominal(a.upos(start-2)) && a.upos(start-2) != "PRON" && !timeWord[a.lower(start-2)] {
		st2 := a.npStart(start-2, ss)
		if (st2 == ss || a.lower(st2-1) == ",") && a.headOf(st2, start-1) >= 0 {
			start = st2
		}
	}
	return doc.Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[end-1].End}, head, start, true
}

// monthWord lists month names, which the parser may take for subjects.
var monthWord = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// timeWord lists nouns that open a sentence as adverbials, not as titles.
var timeWord = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true, "tomorrow": true, "week": true, "month": true, "year": true, "morning": true,
	"evening": true, "night": true, "time": true, "day": true, "weekend": true, "later": true, "earlier": true,
}

func (a *analysis) allNP(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if !a.npTok(k) && !(a.lower(k) == "of" && k > from) {
			return false
		}
	}
	return true
}

func (a *analysis) npRange(from, to int) (int, int, bool) {
	if !a.allNP(from, to) {
		return 0, 0, false
	}
	return from, to, true
}

// npStart walks left from nominal token j over the noun phrase ("the head
// of the Russian delegation"), returning its first token.
func (a *analysis) npStart(j, ss int) int {
	start := j
	for k := j - 1; k >= ss; k-- {
		if a.npTok(k) {
			if a.upos(k) == "PRON" && a.lower(k) != "his" && a.lower(k) != "her" && a.lower(k) != "its" && a.lower(k) != "their" && a.lower(k) != "our" && a.lower(k) != "my" && a.lower(k) != "your" {
				break
			}
			start = k
			continue
		}
		if (a.lower(k) == "of" || a.lower(k) == "for") && k-1 >= ss && (a.upos(k-1) == "NOUN" || a.upos(k-1) == "PROPN") {
			start = k
			continue
		}
		break
	}
	for start < j && (a.lower(start) == "-" || a.lower(start) == "of" || a.lower(start) == "'s" || a.lower(start) == "’s") {
		start++
	}
	return start
}

// headOf returns the head of the noun phrase [start,end): the last nominal
// before an "of" complement (the head of "the head of the delegation").
func (a *analysis) headOf(start, end int) int {
	// "University of Ghana law professor Kofi Mensah":
	// a title and a name after the "of" phrase, the name is the head.
	for o := start; o < end; o++ {
		if a.lower(o) != "of" {
			continue
		}
		p := -1
		for k := end - 1; k > o+1; k-- {
			if a.isPerson(k) && a.upos(k) == "PROPN" {
				p = k
				break
			}
		}
		for q := o + 2; p >= 0 && q < p; q++ {
			if a.upos(q) == "NOUN" && !a.isPerson(q) {
				return p
			}
		}
		break
	}
	head := -1
	for k := start; k < end; k++ {
		if a.lower(k) == "of" || a.lower(k) == "for" || a.lower(k) == "," {
			if head >= 0 {
				break
			}
			continue
		}
		if isNominal(a.upos(k)) || a.upos(k) == "" || a.isPerson(k) {
			head = k // a name the tagger took for an adjective counts too
		}
	}
	return head
}

// rightNP finds the noun phrase starting at token j (a post-posed subject
// or the object of "according to"), with an apposition after a comma.
func (a *analysis) rightNP(j, se int) (doc.Span, int, bool) {
	s, h, _, ok := a.npAt(j, se)
	if !ok {
		return doc.Span{}, -1, false
	}
	return s, h, true
}

func (a *analysis) npEnd(j, se int) int {
	_, _, end, ok := a.npAt(j, se)
	if !ok {
		return j
	}
	return end
}

// npAt reads a noun phrase starting at token j: it returns its span, head
// and one past its last token.
func (a *analysis) npAt(j, se int) (doc.Span, int, int, bool) {
	if j >= se || !a.npTok(j) || a.upos(j) == "PUNCT" {
		return doc.Span{}, -1, j, false
	}
	k := j
	for k < se {
		if a.npTok(k) && a.upos(k) != "PUNCT" || a.lower(k) == "-" && k > j {
			if a.upos(k) == "PRON" && k > j && a.upos(k-1) != "PRON" {
				break
			}
			k++
			if a.upos(k-1) == "PRON" && a.lower(k-1) != "his" && a.lower(k-1) != "her" && a.lower(k-1) != "its" && a.lower(k-1) != "their" && a.lower(k-1) != "our" {
				break
			}
			continue
		}
		if (a.lower(k) == "of" || a.lower(k) == "for") && k+1 < se && a.npTok(k+1) && k > j {
			k++
			continue
		}
		break
	}
	end := k
	for end > j && (a.lower(end-1) == "-" || a.lower(end-1) == ".") {
		end--
	}
	if end <= j {
		return doc.Span{}, -1, j, false
	}
	head := a.headOf(j, end)
	if head < 0 {
		return doc.Span{}, -1, j, false
	}
	// Apposition: ", Dmitri Peskov," after a title.
	if end+1 < se && a.lower(end) == "," && (a.upos(end+1) == "PROPN") {
		k2 := end + 1
		for k2 < se && (a.upos(k2) == "PROPN" || a.lower(k2) == "-") {
			k2++
		}
		if k2 >= se || a.lower(k2) == "," || a.tailIsPunct(k2, se) {
			return doc.Span{Start: a.d.Tokens[j].Start, End: a.d.Tokens[k2-1].End}, k2 - 1, k2, true
		}
	}
	return doc.Span{Start: a.d.Tokens[j].Start, End: a.d.Tokens[end-1].End}, head, end, true
}

// leftSubject returns the subject of cue verb i found on the surface. A
// relative pronoun gives way to its antecedent ("Devocht, who had told");
// a verb coordinated with an earlier one ("tweeted … and said") or a
// participle after a comma (", saying") takes the earlier verb's subject.
func (a *analysis) leftSubject(i int) (doc.Span, int, bool) {
	return a.leftSubjectDepth(i, 0)
}

func (a *analysis) leftSubjectDepth(i, depth int) (doc.Span, int, bool) {
	ss, _ := a.sentOf(i)
	if depth <= 2 && a.d.Tokens[i].XPOS == "VBG" && i-1 > ss && a.upos(i-1) != "AUX" && a.upos(i-1) != "PART" && a.lower(i-1) != "," && !strings.HasPrefix(a.d.Tokens[i].Deprel, "acl") && !a.absolute(i, ss) {
		// A participle takes the subject of the verb before it, not the
		// noun just before ("criticized Israel for the toll saying",
		// "appeared on CNN saying", "continued saying").
		for v := i - 1; v >= ss; v-- {
			if a.inMark[v] < 0 && a.upos(v) == "VERB" && !isGerund(a.d.Tokens[v].XPOS) {
				if sp, h, ok := a.leftSubjectDepth(v, depth+1); ok {
					return sp, h, true
				}
				break
			}
		}
	}
	s, h, start, ok := a.npBefore(i, ss)
	if ok {
		switch a.form(h) { // "WHO say" is the organisation
		case "who", "which", "that", "Who", "Which", "That":
			st := start
			if st < h && timeWord[a.lower(h-1)] && st-1 > ss && a.upos(st-1) == "ADP" {
				// "a statement on Friday that": past the time phrase
				if _, _, st0, ok0 := a.npBefore(st-1, ss); ok0 {
					st = st0
				}
			}
			if v := st - 1; depth <= 2 && st < h && v > ss && a.upos(v) == "VERB" && a.hasSourceNoun(st, h) {
				// "The ministry released a statement that urged …":
				// the statement speaks for the subject of "released".
				if s3, h3, ok3 := a.leftSubjectDepth(v, depth+1); ok3 {
					return s3, h3, true
				}
			}
			r := start
			if r-1 >= ss && a.lower(r-1) == "," {
				r--
			}
			if s2, h2, st2, ok2 := a.npBefore(r+boolInt(a.lower(r) != ","), ss); ok2 && r > ss {
				if v := st2 - 1; depth <= 2 && v > ss && a.upos(v) == "VERB" && a.hasSourceNoun(st2, r) {
					// "The ministry released a statement that urged …":
					// the statement speaks for the subject of "released".
					if s3, h3, ok3 := a.leftSubjectDepth(v, depth+1); ok3 {
						return s3, h3, true
					}
				}
				return s2, h2, true
			}
			return doc.Span{}, -1, false
		}
		if last := a.firstToken(s.End - 1); last > start && nominative[a.lower(last)] && a.lower(last-1) != "," {
			// "When challenged by Bollinger for his record he stated":
			// the pronoun alone is the subject.
			return a.d.Tokens[last].Span, last, true
		}
		return s, h, true
	}
	if depth > 2 {
		return doc.Span{}, -1, false
	}
	j := i - 1
	for j >= ss && (a.upos(j) == "ADV" || a.upos(j) == "AUX") {
		j--
	}
	if j < ss {
		return doc.Span{}, -1, false
	}
	if a.upos(j) == "CCONJ" || (a.lower(j) == "," || a.lower(j) == ";" || isDash(a.lower(j)) || a.upos(j) == "SCONJ" || a.upos(j) == "ADP") && a.participle(i) {
		// A quotation of several sentences before the verb belongs to
		// the clause: search back from where it opens.
		if m := a.inMark[ss]; m >= 0 && a.marks[m].Outer.Start < a.d.Tokens[ss].Start {
			if o := a.firstToken(a.marks[m].Outer.Start); o >= 0 {
				ss, _ = a.sentOf(o)
			}
		}
		for v := j - 1; v >= ss; v-- {
			if a.inMark[v] < 0 && a.upos(v) == "VERB" && (!isGerund(a.d.Tokens[v].XPOS) || a.d.Tokens[v].Deprel == "root" && a.d.Tokens[v].XPOS == "VBN") {
				if sp, h, ok := a.leftSubjectDepth(v, depth+1); ok {
					return sp, h, true
				}
				if a.d.Tokens[v].XPOS != "VB" {
					break
				}
				// "fought to keep …": an infinitive; go on to the
				// finite verb before it.
			}
		}
	}
	return doc.Span{}, -1, false
}

// hasSourceNoun reports a word for a source ("statement", "report")
// among tokens [lo, hi).
func (a *analysis) hasSourceNoun(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if a.upos(k) == "NOUN" && sourceNoun[a.lower(k)] {
			return true
		}
	}
	return false
}

// pronounDet lists determiners that stand alone as a subject ("Another
// added: …", "Both said …").
var pronounDet = map[string]bool{"another": true, "both": true, "some": true, "each": true, "all": true, "many": true, "several": true, "others": true, "one": true}

// nominative lists the subject forms of the personal pronouns.
var nominative = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "you": true}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// parseSubject returns the subject of cue verb i from the dependency parse,
// when the document is parsed: the nsubj dependent and the contiguous part
// of its subtree.
func (a *analysis) parseSubject(i int) (doc.Span, int, bool) {
	toks := a.d.Tokens
	ss, se := a.sentOf(i)
	for k := ss; k < se; k++ {
		if toks[k].Head == i && (toks[k].Deprel == "nsubj" || toks[k].Deprel == "nsubj:pass" && false) {
			lo, hi := k, k
			for m := ss; m < se; m++ {
				if a.dominates(k, m) {
					if m < lo {
						lo = m
					}
					if m > hi {
						hi = m
					}
				}
			}
			if lw := a.lower(k); lw == "that" || lw == "which" || lw == "who" {
				return doc.Span{}, -1, false
			}
			for lo < k && a.isPunct(lo) {
				lo++
			}
			for hi > k && a.isPunct(hi) {
				hi--
			}
			return doc.Span{Start: toks[lo].Start, End: toks[hi].End}, k, true
		}
	}
	return doc.Span{}, -1, false
}

func (a *analysis) dominates(h, m int) bool {
	for n := 0; m >= 0 && n < 64; n++ {
		if m == h {
			return true
		}
		m = a.d.Tokens[m].Head
	}
	return false
}

// classify turns cue statements into kinds by how much of their content is
// quoted: (nearly) all of it is a direct quotation, some of it is mixed,
// none is reported speech; a quoted object of the verb is partial.
func (a *analysis) classify(found []statement) []statement {
	out := found[:0]
	for _, s := range found {
		quoted, total := 0, 0
		var whole *marked
		for k := range a.marks {
			m := &a.marks[k]
			if !s.Span.Overlaps(m.Outer) {
				continue
			}
			if m.Outer.Contains(s.Span) || m.Inner == s.Span {
				whole = m
			}
		}
		for p := s.Span.Start; p < s.Span.End; {
			r, n := utf8.DecodeRuneInString(a.d.Text[p:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				total++
				for k := range a.marks {
					if a.marks[k].Inner.Start <= p && p < a.marks[k].Inner.End {
						if !a.nameInside(s.Span, a.marks[k]) {
							quoted++
						}
						break
					}
				}
			}
			p += n
		}
		if s.Kind == "object" {
			// A quoted object of the verb: the quotation, partial unless
			// it is a whole statement.
			for k := range a.marks {
				if s.Span.Overlaps(a.marks[k].Outer) {
					whole = &a.marks[k]
					break
				}
			}
			if whole != nil && !a.fullStatementText(*whole) {
				s.Span, s.Kind = whole.Inner, "partial"
				out = append(out, s)
				continue
			}
			if whole != nil && a.speechCue(s.Cue) && a.hasFinite(whole.Inner) {
				// saying “This text ignores …”: a whole statement
				// quoted as the verb's object is a direct quotation.
				s.Kind = ""
			}
		}
		switch {
		case whole != nil || total > 0 && quoted*100 >= total*97:
			if whole == nil {
				// Content that is nearly all one quotation: the quotation.
				for k := range a.marks {
					if s.Span.Overlaps(a.marks[k].Outer) {
						whole = &a.marks[k]
						break
					}
				}
			}
			s.Span = whole.Inner
			if s.Kind == "object" || !a.fullStatementText(*whole) && !a.shortSentence(*whole, s.Cue) {
				s.Kind = "partial"
			} else {
				s.Kind = "direct"
			}
		case quoted > 0:
			s.Kind = "mixed"
			s.Span = a.wholeMarks(s.Span)
		default:
			s.Kind = "reported"
		}
		if s.Span.Len() > 0 {
			out = append(out, s)
		}
	}
	return out
}

// nameInside reports a quoted name or title inside reported content (a
// “Friends of Yemen” group): its marks do not make the statement mixed.
func (a *analysis) nameInside(sp doc.Span, m marked) bool {
	return sp.Start < m.Outer.Start && m.Outer.End < sp.End && titleLike(a.d.SpanText(m.Inner)) && len(strings.Fields(a.d.SpanText(m.Inner))) > 1
}

// speechCue reports a cue that is a verb of saying (not of accusing or
// calling).
func (a *analysis) speechCue(cue *doc.Span) bool {
	if cue == nil {
		return false
	}
	k := a.firstToken(cue.Start)
	if k < 0 {
		return false
	}
	e := a.verbCue(k)
	return e != nil && e.Class == classSpeech
}

// hasFinite reports a finite verb among the tokens inside span.
func (a *analysis) hasFinite(sp doc.Span) bool {
	for k := a.firstToken(sp.Start); k >= 0 && k < len(a.d.Tokens) && a.d.Tokens[k].Start < sp.End; k++ {
		switch a.d.Tokens[k].XPOS {
		case "VBZ", "VBD", "VBP", "MD":
			return true
		}
	}
	return false
}

// wholeMarks widens span so that it never cuts a quotation.
func (a *analysis) wholeMarks(sp doc.Span) doc.Span {
	for _, m := range a.marks {
		if sp.Overlaps(m.Outer) && !sp.Contains(m.Outer) && !m.Inner.Contains(sp) {
			if m.Outer.Start < sp.Start {
				sp.Start = m.Outer.Start
			}
			if m.Outer.End > sp.End {
				sp.End = m.Outer.End
			}
		}
	}
	return sp
}

// fullStatementText reports whether a quoted passage reads as a whole
// statement rather than a fragment: it starts with a capital or follows a
// colon or "that", and it has at least four words.
// shortSentence reports a quotation too short for fullStatementText that
// is still a whole sentence because its attribution follows it: “We are
// ready,” the general said. It opens with a capital, ends on a comma or
// sentence mark inside the marks and has a finite verb.
func (a *analysis) shortSentence(m marked, cue *doc.Span) bool {
	if cue == nil || cue.Start < m.Outer.End {
		return false
	}
	t := a.d.Text[m.Inner.Start:m.Inner.End]
	if len(strings.Fields(t)) < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) || !strings.ContainsRune(",.!?", last) {
		return false
	}
	return a.hasFinite(m.Inner)
}

func (a *analysis) fullStatementText(m marked) bool {
	t := a.d.Text[m.Inner.Start:m.Inner.End]
	if len(strings.Fields(t)) < 4 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "[(.…"))
	if unicode.IsUpper(first) || unicode.IsDigit(first) {
		return true // "[W]e must …" too
	}
	before := strings.TrimRight(a.d.Text[:m.Outer.Start], " ")
	return strings.HasSuffix(before, ":") || strings.HasSuffix(strings.ToLower(before), " that")
}

// titleLike reports text in which every word is capitalised: a headline,
// a title or a name in quotation marks, not speech.
func titleLike(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !smallWord(w) {
			return false
		}
	}
	return true
}

func smallWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "-":
		return true
	}
	return false
}

// unclaimed turns the quotations that no cue claimed into statements: whole
// statements standing alone are direct (their speaker is carried from the
// statement before, later), fragments after a cue in their sentence are
// partial, and titles, headlines and scare quotes are left out.
func (a *analysis) unclaimed(found []statement) []statement {
	var out []statement
	for _, m := range a.marks {
		claimed := false
		for _, s := range found {
			if s.Span.Overlaps(m.Inner) {
				claimed = true
				break
			}
		}
		if claimed {
			continue
		}
		text := a.d.SpanText(m.Inner)
		if titleLike(text) {
			continue
		}
		first := a.firstToken(m.Outer.Start)
		if first < 0 {
			continue
		}
		if a.fullStatementText(m) && a.standsAlone(m, first) {
			out = append(out, statement{Span: m.Inner, Kind: "direct", Head: -1})
			continue
		}
		// The second half of a quotation split by its attribution:
		// "“…,” wrote Trump on Twitter, “and therefore …”".
		if c, ok := a.splitQuote(found, m, first); ok {
			out = append(out, c)
			continue
		}
		// A fragment: attributed to the nearest cue before it in its sentence.
		ss, se := a.sentOf(first)
		if a.quotedModifier(m, first, ss, se) {
			continue // "tells the paper about “slow-cooked” beans": a term, not a statement
		}
		s := statement{Span: m.Inner, Kind: "partial", Head: -1}
		for c := first - 1; c >= ss; c-- {
			if a.inMark[c] >= 0 {
				continue
			}
			if c > 0 && a.lower(c-1) == "-" {
				continue // "so-called": no cue
			}
			if e := a.verbCue(c); e != nil && e.Class != classCall && len(e.Particles) > 0 && (c+1 >= first || !contains(e.Particles, a.lower(c+1))) {
				break // "pointed to the table with “electric” Kool Aid"
			}
			if e := a.verbCue(c); e != nil && e.ClauseOnly && a.thatAfter(c+1, se) < 0 && a.finiteOutside(c+1, first) {
				// "checks will continue, officials will scrap … to
				// “streamline”": a verb that is a cue only before "that"
				// or a colon, with another clause between.
				continue
			}
			if a.verbCue(c) != nil || a.lower(c) == "call" || a.lower(c) == "called" || a.lower(c) == "calls" {
				cue := a.d.Tokens[c].Span
				s.Cue = &cue
				if sp, h, ok := a.leftSubject(c); ok {
					s.Speaker, s.Head, s.hasSpk = sp, h, true
				} else if a.leadingParticiple(c) {
					// "Writing in a newsletter, the critic called the
					// plan “a folly”": the subject of the main clause.
					if sp, h, ok := a.clauseSubject(ss, first); ok {
						s.Speaker, s.Head, s.hasSpk = sp, h, true
					}
				}
				if (a.lower(first-1) == ":" || c == first-1 || c == first-2 && a.lower(first-1) == ",") && a.fullStatementText(m) && a.hasFinite(m.Inner) {
					// "… whilst promising an update: “The Home Secretary
					// and I are working …”": a whole statement.
					s.Kind = "direct"
					if !s.hasSpk {
						if sp, h, ok := a.clauseSubject(ss, first-1); ok {
							s.Speaker, s.Head, s.hasSpk = sp, h, true
						}
					}
				}
				break
			}
		}
		if s.Cue == nil && a.fullStatementText(m) && first-1 > ss && a.lower(first-1) == ":" && !strings.HasSuffix(text, "?") {
			// "The envoy had a warning for the council: “…”": a whole
			// statement after a colon is the subject's.
			if sp, h, ok := a.clauseSubject(ss, first-1); ok {
				s.Speaker, s.Head, s.hasSpk, s.Kind = sp, h, true, "direct"
			}
		}
		if s.Cue == nil && !a.fullStatementText(m) {
			continue // a scare quote: not a statement
		}
		out = append(out, s)
	}
	return out
}

// namingVerb lists verbs that give a thing a name or quality in the
// speaker's words ("called the plan a “reckless” gamble").
var namingVerb = map[string]bool{"call": true, "describe": true, "label": true, "brand": true, "dub": true, "term": true}

// quotedModifier reports a short fragment in marks (first token first)
// that modifies the noun right after it, inside a noun phrase opened by a
// determiner or preposition ("the “cruise” phase", "about “slow-cooked”
// beans"): a term the reporter sets off, not words anyone is said to have
// uttered.
func (a *analysis) quotedModifier(m marked, first, ss, se int) bool {
	if first <= ss || strings.Count(a.d.SpanText(m.Inner), " ") > 3 {
		return false
	}
	switch a.upos(first - 1) {
	case "DET", "ADP":
	default:
		return false
	}
	for k := first - 1; k >= ss && k >= first-4; k-- {
		if namingVerb[strings.ToLower(a.d.Tokens[k].Lemma)] {
			return false // "calling him a “brave” man": the speaker's own word
		}
	}
	after := first
	for after < se && a.d.Tokens[after].Start < m.Outer.End {
		after++
	}
	return after < se && a.upos(after) == "NOUN" && !a.isPunct(after)
}

// splitQuote returns the continuation of a quotation interrupted by its
// attribution: the passage m (first token first) follows a comma after the
// cue of a quoted statement that ends just before, in the same sentence or
// the one before (the attribution sits between the two halves).
func (a *analysis) splitQuote(found []statement, m marked, first int) (statement, bool) {
	if first < 1 || a.lower(first-1) != "," && a.lower(first-1) != ";" {
		return statement{}, false
	}
	for _, s := range found {
		if s.Cue == nil || !s.hasSpk || s.Kind == "reported" || s.Span.End > m.Outer.Start {
			continue
		}
		if s.Cue.Start < s.Span.End || s.Cue.End > m.Outer.Start || m.Outer.Start-s.Span.End > 160 {
			continue
		}
		between := strings.TrimRight(a.d.Text[s.Span.End:m.Outer.Start], " ;")
		if strings.ContainsAny(strings.TrimLeft(between, "”\"’'» "), ";:!?") || strings.Contains(between, ". ") {
			continue // a new sentence: the next quotation is carried, not split
		}
		s.Span, s.Kind, s.Carried = m.Inner, "direct", false
		return s, true
	}
	return statement{}, false
}

// clauseSubject returns the subject of the main verb among tokens [ss, end)
// (the parse's root when it lies there, else the first finite verb): the
// speaker of a quotation introduced by a colon after the clause. Only
// nominal subjects of people or bodies count (not "it", "this", "there").
func (a *analysis) clauseSubject(ss, end int) (doc.Span, int, bool) {
	v := -1
	for k := ss; k < end; k++ {
		if a.inMark[k] < 0 && a.d.Tokens[k].Head == -1 && a.d.Tokens[k].Deprel == "root" && (a.upos(k) == "VERB" || a.upos(k) == "AUX") {
			v = k
			break
		}
	}
	if v < 0 {
		for k := ss; k < end; k++ {
			switch a.d.Tokens[k].XPOS {
			case "VBZ", "VBD", "VBP":
				if a.inMark[k] < 0 {
					v = k
				}
			}
			if v >= 0 {
				break
			}
		}
	}
	if v < 0 {
		return doc.Span{}, -1, false
	}
	sp, h, ok := a.subject(v)
	if !ok {
		return doc.Span{}, -1, false
	}
	switch a.lower(h) {
	case "it", "this", "that", "there", "which", "what", "these", "those":
		return doc.Span{}, -1, false
	}
	if a.upos(h) != "PROPN" && a.upos(h) != "PRON" && a.upos(h) != "NOUN" {
		return doc.Span{}, -1, false
	}
	return sp, h, true
}

// turns returns the answers of an interview written as turns, one
// paragraph each opening with the speaker's name and a colon ("Anna Berg:
// …"): each turn is a direct statement of the person named, except the
// interviewer's (a name more than half of whose turns end in a question).
// A document is an interview when at least two paragraphs open so, with at
// least one name repeated.
func (a *analysis) turns() []statement {
	type turn struct {
		label doc.Span
		body  doc.Span
	}
	var ts []turn
	seen := map[string]int{}
	text := a.d.Text
	for p := 0; p < len(text); {
		end := strings.Index(text[p:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += p
		}
		para := text[p:end]
		if c := strings.Index(para, ": "); c > 0 && c <= 40 && turnLabel(para[:c]) {
			body := doc.Span{Start: p + c + 2, End: end}
			for body.End > body.Start && isSpaceByte(text[body.End-1]) {
				body.End--
			}
			if body.Len() > 0 {
				ts = append(ts, turn{doc.Span{Start: p, End: p + c}, body})
				seen[para[:c]]++
			}
		}
		p = end
		for p < len(text) && isSpaceByte(text[p]) {
			p++
		}
	}
	repeated := false
	for _, n := range seen {
		repeated = repeated || n >= 2
	}
	if len(ts) < 2 || !repeated {
		return nil
	}
	// The interviewer: a name more than half of whose turns end in a
	// question.
	asks := map[string]int{}
	for _, t := range ts {
		if strings.HasSuffix(text[t.body.Start:t.body.End], "?") {
			asks[text[t.label.Start:t.label.End]]++
		}
	}
	var out []statement
	for _, t := range ts {
		if l := text[t.label.Start:t.label.End]; 2*asks[l] > seen[l] {
			continue
		}
		h := a.firstToken(t.label.End - 1)
		if h < 0 {
			continue
		}
		out = append(out, statement{Span: t.body, Kind: "direct", Speaker: t.label, Head: h, hasSpk: true})
	}
	return out
}

// turnLabel reports a speaker label of an interview turn: one to four
// capitalised words (a name), nothing else.
func turnLabel(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || strings.TrimSpace(s) != s {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;!?\"“”«»") && !strings.HasSuffix(w, ".") {
			return false
		}
	}
	return true
}

// standsAlone reports a quotation that is a sentence (or more) of its own:
// nothing but punctuation outside it in its first and last sentences, or
// only a cue-less lead-in ("In fact, “…”").
func (a *analysis) standsAlone(m marked, first int) bool {
	ss, _ := a.sentOf(first)
	for k := ss; k < first; k++ {
		if !a.isPunct(k) {
			return false
		}
	}
	return true
}

func (a *analysis) firstToken(off int) int {
	i := sort.Search(len(a.d.Tokens), func(i int) bool { return a.d.Tokens[i].End > off })
	if i < len(a.d.Tokens) {
		return i
	}
	return -1
}

// carry gives a direct quotation with no speaker of its own the speaker of
// the statement just before it, when that statement ends in the previous
// sentence or two (a quotation paragraph that follows a named speaker).
func (a *analysis) carry(found []statement) {
	for i := range found {
		if found[i].hasSpk || found[i].Kind != "direct" || found[i].Cue != nil {
			continue
		}
		first := a.firstToken(found[i].Span.Start)
		if first < 0 {
			continue
		}
		set := func(sp doc.Span, h int) {
			found[i].Speaker, found[i].Head, found[i].hasSpk, found[i].Carried = sp, h, true, true
		}
		// "“… a long game.” — Matthew Ingram": a signature after the
		// quotation names its speaker.
		if sp, h, ok := a.signature(found[i].Span.End); ok {
			found[i].Speaker, found[i].Head, found[i].hasSpk = sp, h, true
			continue
		}
		// "“…” With these words, the president defended …": the
		// sentence after the quotation points back to it.
		if lt := a.firstToken(found[i].Span.End - 1); lt >= 0 {
			if next := a.d.Tokens[lt].Sentence + 1; next < len(a.sStart) && a.sStart[next] >= 0 && (i+1 >= len(found) || found[i+1].Span.Start >= a.d.Tokens[a.sEnd[next]-1].End) {
				if sp, h, ok := a.wordsBack(a.sStart[next], a.sEnd[next]); ok {
					set(sp, h)
					continue
				}
			}
		}
		cur := a.d.Tokens[first].Sentence
		// "…; she was quoted by the local paper on the plan;¶“…”": the
		// sentence just before ends on a semicolon or colon that
		// introduces the quotation.
		if cur > 0 && cur-1 < len(a.sStart) && a.sStart[cur-1] >= 0 {
			if sp, h, ok := a.introducer(a.sStart[cur-1], a.sEnd[cur-1]); ok {
				found[i].Speaker, found[i].Head, found[i].hasSpk = sp, h, true
				continue
			}
		}
		// "Deputy Minister Bright Olu later clarified the remarks. “…”":
		// a named person as the subject of the sentence just before (with
		// no statement in it) outranks the speaker of an older statement.
		// "Her neighbour, the tailor Ben Adler, was luckier. The flames
		// stopped at his wall. “…”": one sentence further back when the
		// sentence just before has no person as its subject.
		named := false
		for back := 1; back <= 2 && !named; back++ {
			ps := cur - back
			if ps < 0 || ps >= len(a.sStart) || a.sStart[ps] < 0 || i > 0 && found[i-1].Span.End > a.d.Tokens[a.sStart[ps]].Start {
				break
			}
			sp, h, ok := a.clauseSubject(a.sStart[ps], a.sEnd[ps])
			if !ok {
				break
			}
			if a.upos(h) == "PROPN" && a.isPerson(h) {
				set(sp, h)
				named = true
				break
			}
			if p := a.personIn(sp); p >= 0 {
				set(sp, p) // a name in apposition: "Her neighbour, the tailor Ben Adler"
				named = true
			}
		}
		if named {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := found[j]
			if !p.hasSpk {
				continue
			}
			lt := a.firstToken(p.Span.End - 1)
			if lt >= 0 && cur-a.d.Tokens[lt].Sentence <= 2 {
				set(p.Speaker, p.Head)
			}
			break
		}
	}
}

// introducer returns the speaker named by a sentence [ss, se) that ends on
// a semicolon or colon introducing the quotation after it: the subject of
// its last verb of saying ("she told the council:") or of "quoted" in the
// passive ("he was quoted by the paper on his plans;"). A cue in the
// passive ("she was told:") names the addressee, not the speaker.
func (a *analysis) introducer(ss, se int) (doc.Span, int, bool) {
	last := se - 1
	if last <= ss || a.lower(last) != ";" && a.lower(last) != ":" {
		return doc.Span{}, -1, false
	}
	for v := last - 1; v >= ss; v-- {
		if a.inMark[v] >= 0 || a.upos(v) != "VERB" {
			continue
		}
		if strings.ToLower(a.d.Tokens[v].Lemma) == "quote" && a.passive(v) {
			for k := v - 1; k >= ss && k >= v-6; k-- {
				if a.d.Tokens[k].Head == v && a.d.Tokens[k].Deprel == "nsubj:pass" {
					st := a.npStart(k, ss)
					return doc.Span{Start: a.d.Tokens[st].Start, End: a.d.Tokens[k].End}, k, true
				}
			}
			return doc.Span{}, -1, false
		}
		if e := a.verbCue(v); e != nil && e.Class == classSpeech {
			if a.passive(v) {
				return doc.Span{}, -1, false
			}
			return a.subject(v)
		}
		if a.finite(v) {
			return doc.Span{}, -1, false // the last clause says nothing
		}
	}
	return doc.Span{}, -1, false
}

// signature returns the name after a dash that follows a quotation ending
// at byte end, with only closing marks and punctuation between ("“…” —
// Matthew Ingram", "… - Peres, on whether …"): a pull quote signed by its
// speaker.
func (a *analysis) signature(end int) (doc.Span, int, bool) {
	k := a.firstToken(end)
	for k >= 0 && k < len(a.d.Tokens) && a.d.Tokens[k].Start < end {
		k++
	}
	for k >= 0 && k < len(a.d.Tokens) && (a.isMarkTok(k) || a.lower(k) == "." || a.lower(k) == ",") {
		k++
	}
	if k < 0 || k+1 >= len(a.d.Tokens) || !isDash(a.lower(k)) || a.upos(k+1) != "PROPN" {
		return doc.Span{}, -1, false
	}
	e := k + 1
	for e < len(a.d.Tokens) && a.upos(e) == "PROPN" && a.d.Tokens[e].Sentence == a.d.Tokens[k+1].Sentence {
		e++
	}
	if e < len(a.d.Tokens) && a.d.Tokens[e].Sentence == a.d.Tokens[k+1].Sentence && !a.isPunct(e) {
		return doc.Span{}, -1, false // "— Smith said", a clause, not a signature
	}
	return doc.Span{Start: a.d.Tokens[k+1].Start, End: a.d.Tokens[e-1].End}, e - 1, true
}

// wordsBack finds the speaker in a sentence [ss, se) that refers back to
// the quotation before it: "With these words, X …", "These were the words
// of X", "Those were the words of X." (the subject, or the phrase after
// "words of").
func (a *analysis) wordsBack(ss, se int) (doc.Span, int, bool) {
	// "That is how the mayor described the day.": the subject of the
	// verb after "how".
	for v := ss + 3; v < se && a.howBack(ss, v); v++ {
		if e := a.verbCue(v); e != nil && e.Class == classSpeech || a.lower(v) == "put" {
			return a.subject(v)
		}
	}
	for k := ss; k < se && k < ss+5; k++ {
		lw := a.lower(k)
		if lw != "words" && lw != "remarks" && lw != "message" || k == ss {
			continue
		}
		switch a.lower(k - 1) {
		case "these", "those", "his", "her", "their":
		case "the": // "Those were the words of …"
			if w := a.lower(ss); w != "these" && w != "those" && w != "such" && w != "this" && w != "that" {
				continue
			}
		default:
			continue
		}
		if k+1 < se && a.lower(k+1) == "of" {
			if sp, h, ok := a.rightNP(k+2, se); ok {
				return sp, h, true
			}
		}
		if sp, h, ok := a.clauseSubject(k+1, se); ok {
			return sp, h, true
		}
	}
	return doc.Span{}, -1, false
}

// howBack reports a sentence opening at ss with "That is how", "This was
// how" …, token i after "how": a sentence that describes the quotation
// before it.
func (a *analysis) howBack(ss, i int) bool {
	if i < ss+3 || a.lower(ss+2) != "how" {
		return false
	}
	switch a.lower(ss) {
	case "that", "this", "such":
	default:
		return false
	}
	switch a.lower(ss + 1) {
	case "is", "was", "'s", "’s":
		return true
	}
	return false
}

// personIn returns the last token of a person name inside span sp ("Her
// neighbour, the tailor Ben Adler"), or -1.
func (a *analysis) personIn(sp doc.Span) int {
	p := -1
	for k := a.firstToken(sp.Start); k >= 0 && k < len(a.d.Tokens) && a.d.Tokens[k].End <= sp.End; k++ {
		if a.upos(k) == "PROPN" && a.isPerson(k) {
			p = k
		}
	}
	return p
}

// isPerson reports a token inside a person name found by the recogniser.
func (a *analysis) isPerson(k int) bool {
	t := a.d.Tokens[k].Span
	for _, e := range a.d.Entities {
		if e.Type == "PER" && e.Contains(t) {
			return true
		}
	}
	return false
}

// dropOverlaps keeps, of statements that overlap, the first (the longer at
// equal starts).
func dropOverlaps(found []statement) []statement {
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].Span.Start != found[j].Span.Start {
			return found[i].Span.Start < found[j].Span.Start
		}
		return found[i].Span.End > found[j].Span.End
	})
	out := found[:0]
	end := -1
	for _, s := range found {
		if s.Span.Start < end || s.Span.Len() <= 0 {
			continue
		}
		out = append(out, s)
		end = s.Span.End
	}
	return out
}
