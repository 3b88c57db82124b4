// Package actor resolves the mentions of a document to actors: the people,
// organisations, countries and groups that speak and act in the news. It
// runs after named-entity recognition (and, when present, tagging and
// parsing) and fills Document.Actors.
//
// Resolution combines, in document order:
//   - names: exact and alias match in the knowledge base (package kb) after
//     case and accent folding, then transliteration-tolerant match (blocking
//     on names.Key, deciding with names.Match), surname-only mentions linked
//     to an earlier full name in the same document, and new actors with a
//     stable id for names the knowledge base lacks;
//   - metonyms and demonyms used as actors ("Moscow said", "the Kremlin",
//     "the Russian side", "Ukrainians"), but not capitals after a locative
//     preposition nor nationality adjectives modifying another noun; in a
//     parsed document a capital stands for its state only as the subject
//     (not of a copula), object or possessor of its clause, and only the
//     subject of a verb of saying when the document mostly uses the name
//     as a place ("Athens hosted the Olympics … a day trip from Athens");
//   - two people's names taken by the recogniser as one ("Albert and
//     Marcia") make a group actor "new:group:<names>", which plural
//     pronouns reach and singular ones do not;
//   - group phrases: a nationality or country name with a group noun
//     ("Russian diplomats", "US officials", "Palestinian police", "Iraqi
//     Kurds", "Hungarian and Romanian officials"), one mention over the
//     whole phrase with its determiner, resolved to the country's body the
//     knowledge base names by the phrase ("Russian forces" → RUS.AF, How
//     alias), else to the country (How metonym); the first of coordinated
//     nationalities ("the Russian and US delegations") is a mention of its
//     country over its own words;
//   - non-state groups of a country ("the Zimbabwean opposition", "French
//     farmers", "Palestinian militants", "Zimbabwe's opposition", "the
//     Zimbabwean government and opposition") are group actors of their own,
//     "new:group:<country code>-<noun>" with the country as their country,
//     so that an opposition's demands are not the government's while
//     coding by country still reads the country;
//   - nationality adjectives on the noun of an act, plan or stance ("the
//     American proposal", "a Senegalese peace plan", "the Russian and
//     Chinese proposals"): the adjective alone is a mention of its country
//     (How metonym); on other nouns ("Russian literature") nothing;
//   - coordinated nationalities sharing a plural office word ("the
//     Brazilian and South Korean presidents", "the US and Russian foreign
//     ministers"): each nationality's own words are a title mention of its
//     country's office holder (a fitting person of the text first, else
//     the holder at the document's date);
//   - titles: an office word ("spokeswoman", "Director", "foreign minister")
//     with the body or country it belongs to, read from the noun phrase,
//     resolved first to a compatible person already in the document, then to
//     the single office holder at the document's date in the knowledge base
//     ("the <country> leader|chief|head" is its top office: a supreme
//     leader's, the head of government's where it leads, else the head of
//     state's; "Putin's foreign policy aide" an office of the possessor's
//     own body, narrowed by the topic of the role's title); a title before
//     a surname ("President Trump", "Secretary Rice") picks the namesake
//     who held the office at the date or most recently before it;
//     an apposition or a following name ("the Deputy Foreign Minister, Andréi
//     Rudenko") attaches the title to that name; a former office ("the
//     former president") goes to a person of the text who held it before
//     the date, never to its holder at the date (in the headline also to
//     one named later); "his Hungarian counterpart" is the holder of the
//     owner's office in the country named; "the diplomat" and "the
//     politician" only refer back to a person of the text;
//   - definite descriptions of a kind ("the country", "the ministry", "this
//     Court"), to the latest country, or body whose name has that noun;
//   - third-person singular pronouns, to the most salient compatible person
//     (same or previous sentences, subjects first, gender from the knowledge
//     base or from gendered titles, never the subject of the verb an object
//     pronoun depends on, never, for the subject of a verb of saying, a
//     by-phrase or prepositional object of its sentence nor a person named
//     inside a subject describing someone else: "An aide to X suggested …
//     He said" is the aide; after quote attribution QuotePronouns moves
//     such a pronoun to the latest speaker, see there), with fronted possessives ("For his part, X ...")
//     looking forward to the clause subject; "its" to the latest body or
//     country of the same or previous sentence; "they", "them", "their" to
//     the latest group mention (a plural name or group phrase, a group
//     actor) of the same or previous sentence;
//   - appositions (from the parse) to a name: "Ann Lee, a professor at
//     the university," adds the apposition as a title mention of Ann Lee;
//     an honorific before a person's name ("Professor Eastman", "Mr.
//     Smith") is part of the name mention;
//   - descriptions of people: a third-person pronoun that no named actor
//     of the same or previous sentence explains goes to the description
//     there ("My uncle closed the shop. He ..." → "new:per:uncle"; "The
//     farmers ... They" → "new:group:farmers"); "the 45-year-old" to the
//     latest person; "the minister" to a person of the text holding such
//     an office; "the group" to the latest group ("Hamas … the group");
//   - within the document: a surname alone goes to the person whose
//     surname it is exactly ("Sarkozy": Nicolas Sarkozy before Carla
//     Bruni-Sarkozy), an office holder at the date first, family name first
//     for Chinese and Korean names ("Ban" for Ban Ki-moon; the knowledge
//     base's surname field finds "Yoon" with no full name in the text),
//     also when the recogniser missed it; office words opening a person's name ("Foreign
//     Office Minister Ivan Lewis") are not part of the name; a surname
//     given before the full name ("al-Maliki … Nouri al-Maliki") joins
//     that person; an acronym
//     ("MIT") joins the body it abbreviates ("Massachusetts Institute of
//     Technology") before the knowledge base's bodies of that acronym; a
//     name the recogniser cut at a hyphen ("Ban Ki" + "-moon") is whole
//     again. People the knowledge base lacks take a gender from common
//     given names or an honorific ("Mr.", "Mrs.") for pronoun agreement.
//     A given name alone ("Ann") joins the one person of the document
//     whose full name opens with it and whose surname nobody has, before
//     any transliterated namesake in the knowledge base (a common given
//     name alone, "Frank", never matches a knowledge-base surname it only
//     resembles); a name the recogniser ran over a description
//     ("YouTuber Ann Lee"), post-nominal letters ("Ann Lee FRS") or a
//     body ("Ann Lee of the Labour Party") joins the person so named; a
//     double surname ("Martínez Cantón") joins the full name it ends;
//     among namesakes a surname goes to the one the text names most; a
//     body's name without its generic last word ("Tsinghua" for
//     "Tsinghua University") joins that body; and repetitions of a name
//     the recogniser missed ("Google" after "Google") are mentions too;
//   - descriptions in the clause: a copular predicate naming a kind of
//     person ("Lee is a French actress", "… one of the first writers")
//     and the nouns right before a name ("LibriVox founder Hugh
//     McGuire") are title mentions of that person;
//   - "it" as the subject after a body or country that is the subject of
//     the same or the previous sentence ("The company cut jobs. It said")
//     goes to it; "they", "them" with no group to refer to go to the
//     latest body of the same sentence, else to the body subject of the
//     previous one; "its" is left to the place stage when a place the
//     recogniser found lies between it and the body.
//
// By default resolution also links repeated descriptions of unnamed
// people ("a student … the student", "his brother … his brother"; not
// "people", mostly people in general) and bodies ("the school … the
// school", "the Indian government … the government";
// Options.NoNominals turns this off) and, in documents written in the
// first or second person (interviews, transcripts, speeches), the first-
// and second-person pronouns outside quotations (Options.Discourse,
// Options.NoDiscourse); in an interview whose opening names one person
// as interviewed ("Wikinews interviews Ann Lee"), "I", "me" and "my"
// outside quotations and turn labels are that person. Options.Places
// makes place actors (kind "place") of the named places the knowledge
// base lacks, for uses beyond news extraction.
//
// Names the recogniser missed are looked up in the knowledge base over runs
// of capitalised words; a country's name inside a body's name ("U.S. Air
// Force") or before a possessive ("Russia's defence ministry") also counts.
//
// Each actor carries its knowledge-base id (or "new:per:<slug>",
// "new:org:<slug>" for names the knowledge base lacks, the slug being the
// folded name), kind, country, the other spellings seen in the document,
// and Role: the first office held at the document's date written
// "position:org" (e.g. "spokesperson:RUS.MFA"), null when the date is
// unknown or the actor holds none. Mention.How is name, alias (another name
// of a body or country), title (an office or a definite description: "the
// Kremlin spokesman", "the ministry"), pronoun or metonym (a capital, seat
// of power or demonym standing for the state).
//
// The output is deterministic: actors in order of first mention, mentions in
// offset order, no two mentions crossing each other (a body's name may nest
// inside a title, a country's inside a body's name).
package actor

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/names"
)

// Mention kinds, the values of doc.Mention.How.
const (
	HowName    = "name"
	HowAlias   = "alias"
	HowTitle   = "title"
	HowPronoun = "pronoun"
	HowMetonym = "metonym"
)

// KindPlace is the kind of the place actors made with Options.Places.
const KindPlace = "place"

// Options tune resolution. The zero value is ready to use.
type Options struct {
	// Date (YYYY-MM-DD) overrides the document's date for roles; when both
	// are empty, titles resolve to the current office holders and actors
	// carry no role.
	Date string
	// PronounWindow is how many sentences back a pronoun looks for its
	// antecedent (default 8).
	PronounWindow int
	// NoNew keeps names the knowledge base lacks out of the actors.
	NoNew bool
	// Discourse forces the resolution of first- and second-person
	// pronouns outside quotation marks on every document; see
	// NoDiscourse for the default.
	//
	// By default (neither Discourse nor NoDiscourse), a document written
	// in the first or second person — at least discourseMin such pronouns
	// outside quotation marks, as in interviews, transcripts, speeches,
	// essays and letters — has them resolved to its own participants:
	// inside a transcript turn introduced by a person's name and a colon
	// ("Shimon Peres: I think ...") "I", "me", "my" go to that person,
	// also in one unlabelled paragraph right after the turn;
	// elsewhere "I", "me", "my" go to a person "new:per:speaker" (the
	// author or speaker), "we", "us", "our" to a group "new:group:we",
	// and "you", "your" to a person "new:per:addressee". A news report
	// with a stray first person outside quotation marks is left alone.
	Discourse bool
	// NoDiscourse never resolves first and second person outside
	// quotation marks (first person inside attributed quotations is
	// QuotePronouns' business and is unaffected).
	NoDiscourse bool
	// Places also resolves named places the knowledge base lacks (GPE and
	// LOC entities: cities, regions, rivers), and capitals after a
	// locative preposition ("a speech in London"), to place actors
	// "new:loc:<slug>" of kind "place", with their repeated names and the
	// descriptions "the city", "the town", "the region"... Off by
	// default and in news extraction, whose actors are people,
	// organisations, countries and groups (the output contract has no
	// kind "place"; places are the place stage's, with gazetteer ids);
	// useful for coreference studies and gazetteer uses.
	Places bool
	// NoNominals turns off the linking of repeated descriptions of people
	// the document does not name ("a student … the student", "the
	// protesters … the protesters") into actors "new:per:<noun>" and
	// "new:group:<plural noun>", which is on by default.
	NoNominals bool
}

var discoursePronouns = map[string]string{
	"i": "speaker", "me": "speaker", "my": "speaker", "mine": "speaker", "myself": "speaker",
	"we": "we", "us": "we", "our": "we", "ours": "we", "ourselves": "we",
	"you": "addressee", "your": "addressee", "yours": "addressee", "yourself": "addressee",
}

// act is an actor being built.
type act struct {
	id, name, kind, country string
	entry                   *kb.Entry
	gender                  string
	docRoles                []docRole // offices given in this document (appositions)
	mentions                []*mention
	surnameOK               bool // a person whose surname can be matched
}

// docRole is an office attached to an actor by the text itself.
type docRole struct {
	positions []string
	ref       *kb.Entry
}

type mention struct {
	doc.Span
	how     string
	sent    int
	subject bool
	a       *act
	lo, hi  int // token range
}

// unit is something to resolve, in document order.
type unit struct {
	lo, hi int // token range [lo, hi)
	kind   int // uEntity, uTitle, uPronoun
	ent    int // entity index
	tnp    *titleNP
}

const (
	uEntity = iota
	uTitle
	uPronoun
	uNominal
)

type resolver struct {
	d        *doc.Document
	k        *kb.KB
	opts     Options
	date     string
	low      []string
	startTok map[int]int
	endTok   map[int]int
	parsed   bool
	acts     []*act
	byID     map[string]*act
	ments    []*mention
	entDone  []bool
	entAct   []*mention // mention made from each entity, if any
	blocked  []doc.Span // unresolved person-like phrases (titles)
	// headlineTitles are former offices in the headline, resolved to a
	// person named later once the whole text is read (laterTitles)
	headlineTitles []deferredTitle
	ents           []doc.Entity    // the document's entities and the knowledge-base names the recogniser missed
	entIdx         []int           // token → entity index, -1 when none
	quiet          bool            // resolving a body inside a title: no new actors
	pnps           *[]personNP     // person noun phrases, once computed
	cityUse        map[string]bool // folded capital name → citySense
}

// Resolve fills d.Actors from d.Entities and d.Tokens using the knowledge
// base k. It replaces any actors already there. A nil k resolves against an
// empty knowledge base (new actors only).
func Resolve(d *doc.Document, k *kb.KB, opts Options) {
	if k == nil {
		k = kb.New()
	}
	r := &resolver{d: d, k: k, opts: opts, byID: map[string]*act{}}
	if opts.PronounWindow <= 0 {
		r.opts.PronounWindow = 8
	}
	r.date = opts.Date
	if r.date == "" && d.Date != nil {
		r.date = *d.Date
	}
	r.prepare()
	units := r.units()
	for _, u := range units {
		switch u.kind {
		case uEntity:
			if !r.entDone[u.ent] {
				r.entity(u.ent)
			}
		case uTitle:
			r.title(u.tnp)
		case uNominal:
			if a := r.docNominal(r.low[u.hi-1], u.lo); a != nil {
				r.addMention(a, u.lo, u.hi, HowTitle)
			} else if e := r.entityOf(u.hi - 1); e >= 0 && r.capitalised(u.hi-1) {
				// "the Senate", "this Court" with no such body before: the
				// name of a body
				r.entDone[e] = false
				r.entity(e)
			}
		}
	}
	r.laterTitles()
	r.mergeSurnames()
	r.looseSurnames()
	r.repeatedNames()
	r.appositions()
	r.descriptors()
	r.ageDescriptions()
	if !r.opts.NoNominals {
		r.nominals()
		r.bodyNominals()
	}
	r.itSubjects()
	for _, u := range units {
		if u.kind == uPronoun {
			if pluralPronouns[r.low[u.lo]] {
				r.pluralPronoun(u.lo)
			} else {
				r.pronoun(u.lo)
			}
		}
	}
	if r.opts.Discourse || (!r.opts.NoDiscourse && r.firstPersonText()) {
		r.discourse()
	}
	r.predicates()
	d.Actors = r.output()
}

func (r *resolver) prepare() {
	n := len(r.d.Tokens)
	r.low = make([]string, n)
	r.startTok = make(map[int]int, n)
	r.endTok = make(map[int]int, n)
	for i, t := range r.d.Tokens {
		r.low[i] = strings.ToLower(r.d.Text[t.Start:t.End])
		r.startTok[t.Start] = i
		r.endTok[t.End] = i
		if t.Deprel != "" {
			r.parsed = true
		}
	}
	r.ents = append(append([]doc.Entity{}, r.d.Entities...), r.gazetteer()...)
	r.entIdx = nil
	r.entDone = make([]bool, len(r.ents))
	r.entAct = make([]*mention, len(r.ents))
}

// tokRange returns the token range of a span, ok=false when it does not
// fall on token boundaries.
func (r *resolver) tokRange(s doc.Span) (int, int, bool) {
	lo, ok1 := r.startTok[s.Start]
	hi, ok2 := r.endTok[s.End]
	if !ok1 || !ok2 || hi < lo {
		return 0, 0, false
	}
	return lo, hi + 1, true
}

func (r *resolver) span(lo, hi int) doc.Span {
	return doc.Span{Start: r.d.Tokens[lo].Start, End: r.d.Tokens[hi-1].End}
}

var actorTypes = map[string]bool{"PER": true, "ORG": true, "GPE": true, "LOC": true, "NORP": true, "FAC": true}

// units lists the entities, title phrases and pronouns in document order.
func (r *resolver) units() []unit {
	var us []unit
	titles := r.findTitles()
	inTitleWords := make([]bool, len(r.d.Tokens))
	inTitle := make([]*titleNP, len(r.d.Tokens))
	for _, t := range titles {
		for i := t.tlo; i < t.thi; i++ {
			inTitleWords[i] = true
		}
		for i := t.lo; i < t.hi; i++ {
			inTitle[i] = t
		}
		us = append(us, unit{lo: t.lo, hi: t.hi, kind: uTitle, tnp: t})
	}
	for i, e := range r.ents {
		if !actorTypes[e.Type] {
			continue
		}
		lo, hi, ok := r.tokRange(e.Span)
		if !ok {
			continue
		}
		skip := false
		for j := lo; j < hi; j++ {
			if inTitleWords[j] {
				skip = true
			}
		}
		if w := r.d.Text[e.Start:e.End]; hi-lo == 1 && w != strings.ToUpper(w) && (pronouns[r.low[lo]] != "" || pluralPronouns[r.low[lo]] || discoursePronouns[r.low[lo]] != "") {
			skip = true // "She" taken for a name: a pronoun ("US" is a name)
		}
		if skip || (e.Type == "NORP" && inTitle[lo] != nil) {
			r.entDone[i] = true
			continue
		}
		us = append(us, unit{lo: lo, hi: hi, kind: uEntity, ent: i})
	}
	ents := r.entIdx
	if ents == nil {
		ents = r.entityIndex()
		r.entIdx = ents
	}
	n := len(r.d.Tokens)
	for i := range r.d.Tokens {
		if _, ok := pronouns[r.low[i]]; (ok || pluralPronouns[r.low[i]]) && inTitle[i] == nil {
			us = append(us, unit{lo: i, hi: i + 1, kind: uPronoun})
		}
		// "the country", "this Court": a definite description of a kind
		j := i + 1
		if j >= n || inTitle[i] != nil || inTitle[j] != nil || !(determiners[r.low[i]] || r.low[i] == "our") {
			continue
		}
		if !bodyNouns[r.low[j]] && !countryNouns[r.low[j]] && !groupRefNouns[r.low[j]] && !(r.opts.Places && placeNouns[r.low[j]]) {
			continue
		}
		if e := ents[j]; e >= 0 {
			if lo, hi, _ := r.tokRange(r.ents[e].Span); hi-lo != 1 {
				continue // part of a longer name ("Court of Appeal")
			}
		}
		if j+1 < n && r.d.Tokens[j+1].Sentence == r.d.Tokens[j].Sentence {
			if u := r.d.Tokens[j+1].UPOS; u == "NOUN" || u == "PROPN" || r.low[j+1] == "of" {
				continue
			}
		}
		if e := ents[j]; e >= 0 {
			r.entDone[e] = true
		}
		us = append(us, unit{lo: i, hi: j + 1, kind: uNominal})
	}
	sort.SliceStable(us, func(a, b int) bool {
		if us[a].lo != us[b].lo {
			return us[a].lo < us[b].lo
		}
		return us[a].hi > us[b].hi
	})
	return us
}

// gazetteer finds knowledge-base names (and metonyms) in runs of
// capitalised words that no entity covers, so that a name the recogniser
// missed ("UN General Assembly", "White House") still reaches its actor.
// One-word names must be tagged as proper nouns.
func (r *resolver) gazetteer() []doc.Entity {
	n := len(r.d.Tokens)
	covered := make([]bool, n)
	for _, e := range r.d.Entities {
		if lo, hi, ok := r.tokRange(e.Span); ok {
			for j := lo; j < hi; j++ {
				covered[j] = true
			}
		}
	}
	capital := func(j int) bool {
		w := r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[j].End]
		c, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(c) && r.d.Tokens[j].UPOS != "PUNCT"
	}
	var out []doc.Entity
	for i := 0; i < n; i++ {
		if covered[i] || !capital(i) {
			continue
		}
		s := r.d.Tokens[i].Sentence
		// the run: capitalised words, with "of", "the", "for", "and" inside
		end := i + 1
		for end < n && end-i < 8 && !covered[end] && r.d.Tokens[end].Sentence == s {
			if capital(end) {
				end++
				continue
			}
			if w := r.low[end]; (w == "of" || w == "the" || w == "for" || w == "and") && end+1 < n && capital(end+1) {
				end++
				continue
			}
			break
		}
		found := false
		if j := i + 1; j < n && !covered[j] && r.d.Tokens[j].Sentence == s && r.d.Tokens[j].UPOS == "NOUN" && !capital(j) {
			// "Western countries": a group the knowledge base names by a
			// capitalised adjective and a noun
			t := r.d.Text[r.d.Tokens[i].Start:r.d.Tokens[j].End]
			for _, e := range r.k.ByName(t) {
				if e.Kind == "group" {
					out = append(out, doc.Entity{Span: r.span(i, j+1), Text: t, Type: "ORG"})
					i = j
					found = true
					break
				}
			}
			if found {
				continue
			}
		}
		for hi := end; hi > i && !found; hi-- {
			if !capital(hi - 1) {
				continue
			}
			proper := false
			for j := i; j < hi; j++ {
				if r.d.Tokens[j].UPOS == "PROPN" {
					proper = true
				}
			}
			if !proper || (hi-i == 1 && r.d.Tokens[i].UPOS != "PROPN") {
				continue
			}
			t := r.d.Text[r.d.Tokens[i].Start:r.d.Tokens[hi-1].End]
			typ := ""
			if es := r.k.ByName(t); len(es) > 0 {
				switch es[0].Kind {
				case "person":
					typ = "PER"
				case "country":
					typ = "GPE"
				default:
					typ = "ORG"
				}
			} else if len(r.k.Metonym(t)) > 0 {
				typ = "GPE"
			}
			if typ != "" {
				sp := r.span(i, hi)
				out = append(out, doc.Entity{Span: sp, Text: t, Type: typ})
				i = hi - 1
				found = true
			}
		}
	}
	return out
}

// ---- names ----

// entityText returns the name an entity gives, without a leading "the" or
// a trailing possessive, and the entity's token range without the
// possessive.
func (r *resolver) entityText(i int) (text string, lo, hi int) {
	lo, hi, _ = r.tokRange(r.ents[i].Span)
	if t := r.ents[i].Type; hi+1 < len(r.d.Tokens) && (t == "PER" || (t == "ORG" && r.capitalised(hi+1))) && r.low[hi] == "-" &&
		r.d.Tokens[hi].Start == r.d.Tokens[hi-1].End && r.d.Tokens[hi+1].Start == r.d.Tokens[hi].End && r.wordy(hi+1) && !hyphenSuffixes[r.low[hi+1]] {
		hi += 2 // "Ban Ki" + "-moon": a name the recogniser cut at a hyphen
	}
	for hi > lo+1 && (r.low[hi-1] == "'s" || r.low[hi-1] == "’s" || r.low[hi-1] == "'" || r.low[hi-1] == "’") {
		hi--
	}
	start := lo
	for hi > start+1 && r.low[start] == "the" {
		start++
	}
	if r.ents[i].Type == "PER" {
		// "brother Dean", "musician Nick Rhodes": a common noun the
		// recogniser took into the name is no part of it (descriptors
		// makes it a title mention); "al-Maliki" keeps its particle
		for start < hi-1 && !r.capitalised(start) && r.d.Tokens[start].UPOS == "NOUN" && r.d.Tokens[start+1].Start > r.d.Tokens[start].End && r.capitalised(start+1) {
			start++
			lo = start
		}
		// "Ivan Lewis echoed Mujawar": a name never runs over a verb
		for k := start + 1; k < hi-1; k++ {
			if u := r.d.Tokens[k].UPOS; (u == "VERB" || u == "AUX") && !r.capitalised(k) {
				hi = k
				break
			}
		}
		// "Ann Lee of the Labour Party", "Ann Lee from DAB": the name
		// ends before the body (two words or more before "of"); the
		// mention keeps the whole phrase
		end := hi
		for k := start + 2; k < hi-1; k++ {
			if (r.low[k] == "of" || r.low[k] == "from") && (r.capitalised(k+1) || r.low[k+1] == "the") {
				end = k
				break
			}
		}
		// "Ann Lee FRS", "Sir Ann Lee DBE RA": post-nominal letters are
		// no part of the name either
		for end-start > 2 && postNominal(r.d.Text[r.d.Tokens[end-1].Start:r.d.Tokens[end-1].End]) {
			end--
		}
		// "Foreign Office Minister Ivan Lewis": the name is what follows
		// the office words, when two words or more follow them
		for k := end - 3; k >= start; k-- {
			if titleWords[r.low[k]] {
				start = k + 1
				break
			}
		}
		return r.d.Text[r.d.Tokens[start].Start:r.d.Tokens[end-1].End], lo, hi
	}
	return r.d.Text[r.d.Tokens[start].Start:r.d.Tokens[hi-1].End], lo, hi
}

// postNominal reports whether a word is post-nominal letters after a
// name: two to four capitals, or "PhD" ("FRS", "DBE", "MP", "QC").
func postNominal(w string) bool {
	if w == "PhD" || w == "Ph.D." {
		return true
	}
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// titleWords are the head words of offices that may open a person entity
// before the name ("Prime Minister Ehud Olmert").
var titleWords = map[string]bool{
	"minister": true, "president": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ambassador": true, "chancellor": true, "premier": true, "envoy": true,
	"senator": true, "governor": true, "mayor": true, "general": true, "commander": true,
	"chairman": true, "chairwoman": true, "director": true, "adviser": true, "advisor": true,
	"deputy": true, "leader": true,
}

// hyphenSuffixes make an adjective of the name before them ("Putin-led",
// "Kyiv-based"): a name is never extended over them.
var hyphenSuffixes = map[string]bool{
	"led": true, "based": true, "backed": true, "owned": true, "run": true, "style": true,
	"era": true, "like": true, "sponsored": true, "born": true, "linked": true, "allied": true,
	"friendly": true, "controlled": true, "made": true, "funded": true, "inspired": true,
	"related": true, "brokered": true, "appointed": true, "aligned": true, "held": true,
	"occupied": true, "bound": true, "affiliated": true, "dominated": true, "supported": true,
}

// wordAt returns the text of token j in the sentence of token j-1, or "".
func (r *resolver) wordAt(j int) string {
	if j <= 0 || j >= len(r.d.Tokens) || r.d.Tokens[j].Sentence != r.d.Tokens[j-1].Sentence {
		return ""
	}
	return r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[j].End]
}

// wordy reports whether token j is a word of letters.
func (r *resolver) wordy(j int) bool {
	w := r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[j].End]
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return w != ""
}

// entity resolves entity i and records its mention; it returns the mention
// or nil.
func (r *resolver) entity(i int) *mention {
	if r.entDone[i] {
		return r.entAct[i]
	}
	e := r.ents[i]
	if (e.Type == "NORP" || e.Type == "GPE") && r.coordinatedTitle(i) {
		// "the Brazilian and South Korean presidents"
		r.entDone[i] = true
		return r.entAct[i]
	}
	r.entDone[i] = true
	text, elo, ehi := r.entityText(i)
	if e.Type == "NORP" {
		return r.demonym(i, text, elo, ehi)
	}
	var a *act
	how := HowName
	words := strings.Fields(kb.Fold(text))
	single := len(words) == 1
	if single && ehi-elo == 1 && r.d.Tokens[elo].UPOS == "INTJ" {
		return nil // "Jeez", "Hunh": an interjection the recogniser took for a name
	}
	if e.Type == "PER" && single {
		if a = r.docSurname(text); a != nil {
			how = r.howFor(a, text)
		}
	}
	if a == nil && (e.Type == "ORG" || e.Type == "FAC") && elo > 0 && r.d.Tokens[elo-1].UPOS == "PROPN" && r.entityOf(elo-1) < 0 && r.d.Tokens[elo-1].Sentence == r.d.Tokens[elo].Sentence {
		// "UN" + "General Assembly": a name the recogniser cut short
		longer := r.d.Text[r.d.Tokens[elo-1].Start:r.d.Tokens[ehi-1].End]
		if es := r.k.ByName(longer); len(es) > 0 {
			a = r.fromEntry(pickKind(es, "organization"))
			how = r.howFor(a, longer)
			elo--
		}
	}
	if a == nil && (e.Type == "ORG" || e.Type == "FAC") {
		if a = r.docAcronym(text); a != nil { // "MIT" after "Massachusetts Institute of Technology"
			how = r.howFor(a, text)
		}
	}
	if a == nil {
		if en := r.pickByName(text, e.Type); en != nil {
			a = r.fromEntry(en)
			how = r.howFor(a, text)
		}
	}
	if a == nil {
		ms := r.k.Metonym(text)
		if len(ms) > 0 && r.locative(elo) {
			if !r.opts.Places || (e.Type != "GPE" && e.Type != "LOC") {
				return nil
			}
			ms = nil // the city itself: a place below
		}
		if len(ms) > 0 && (e.Type == "GPE" || e.Type == "LOC") && !speechSubject(r.d, r.headTok(elo, ehi)) && !r.actorRole(elo, ehi) && r.citySense(text) {
			if !r.opts.Places {
				return nil
			}
			ms = nil // "moved to Tokyo": the city itself
		}
		if len(ms) > 0 {
			a = r.fromEntry(pickKind(ms, "country"))
			how = HowMetonym
		}
	}
	if a == nil && (e.Type == "ORG" || e.Type == "FAC") {
		if en := r.orgVariant(text); en != nil {
			a = r.fromEntry(en)
			how = HowAlias
		}
	}
	if a == nil && e.Type == "PER" && single {
		a = r.docGiven(text, elo) // "Ann" after "Ann Lee", before any namesake in the knowledge base
		if a != nil {
			how = HowName
		}
	}
	if a == nil && (e.Type == "PER" || (single && (e.Type == "GPE" || e.Type == "LOC"))) {
		if single && e.Type != "PER" {
			a = r.docSurname(text)
		}
		if a == nil {
			if en := r.personFuzzy(text, single); en != nil && (e.Type == "PER" || exactSurname(en, text)) {
				// a place name is a person's only when spelled as the
				// surname ("Salem" is not "Salam")
				a = r.fromEntry(en)
			}
		}
		if a != nil {
			how = r.howFor(a, text)
		}
	}
	if a == nil && single && e.Type == "ORG" {
		a = r.docSurname(text) // a surname tagged as a body
		if a == nil {
			a = r.docGiven(text, elo) // a given name tagged as a body
		}
		if a != nil {
			how = HowName
		}
	}
	if a == nil && single && (e.Type == "ORG" || e.Type == "GPE") {
		a = r.docNominal(strings.ToLower(text), elo) // "Court" for the Supreme Court
		if a != nil {
			how = HowTitle
		}
	}
	if a == nil && e.Type == "ORG" {
		a = r.docOrgTail(text) // "Air Force" after "United States Air Force"
		if a != nil {
			how = HowAlias
		}
	}
	if a == nil && e.Type == "PER" && !single {
		a = r.docFuzzy(text) // another spelling of a new actor's name
		if a == nil {
			a = r.docNameSuffix(text) // "fellow writer Ann Lee" after "Ann Lee"
		}
		if a != nil {
			how = HowName
		}
	}
	if a == nil && e.Type == "ORG" {
		a = r.docOrgHead(text) // "Tsinghua" after "Tsinghua University"
		if a != nil {
			how = HowAlias
		}
	}
	if a == nil && e.Type == "ORG" && ehi-elo > 1 && !r.quiet {
		// "Iraqi government", "Iraqi Security Forces": a group phrase the
		// recogniser took for a body's name
		if c := r.countryWord(r.d.Text[r.d.Tokens[elo].Start:r.d.Tokens[elo].End]); c != nil {
			if plo, phi, g, gh, ok := r.groupNP(c, elo, elo+1); ok && phi >= ehi {
				m := r.addMention(g, plo, phi, gh)
				r.entAct[i] = m
				return m
			}
		}
	}
	if a == nil && !r.opts.NoNew && !r.quiet && (e.Type == "PER" || e.Type == "ORG") {
		a = r.newActor(text, e.Type)
		how = HowName
	}
	if a == nil && r.opts.Places && !r.opts.NoNew && !r.quiet && (e.Type == "GPE" || e.Type == "LOC") {
		a = r.newActor(text, e.Type)
		how = HowName
	}
	if a == nil {
		return nil
	}
	if a.kind == "country" && a.entry != nil && !r.quiet && (e.Type == "GPE" || e.Type == "NORP") {
		// "US officials", "Israel's troops" aside: a group phrase built on
		// the country's name stands for the country or its body
		if plo, phi, g, gh, ok := r.groupNP(a.entry, elo, ehi); ok {
			if e.Type == "GPE" || g != a {
				r.addMention(a, elo, ehi, how) // the name itself stays a mention
			}
			m := r.addMention(g, plo, phi, gh)
			r.entAct[i] = m
			return m
		}
	}
	if e.Type == "PER" && a.kind == "person" && elo > 0 && honorifics[strings.TrimSuffix(r.low[elo-1], ".")] && r.capitalised(elo-1) && r.d.Tokens[elo-1].Sentence == r.d.Tokens[elo].Sentence && r.entityOf(elo-1) < 0 && (elo < 2 || r.low[elo-2] != "-") {
		elo-- // "Professor Eastman", "Mr. Smith": the honorific is part of the mention
		if a.gender == "" && a.entry == nil {
			a.gender = nameGender(r.low[elo])
		}
	}
	m := r.addMention(a, elo, ehi, how)
	r.entAct[i] = m
	if a.kind == "organization" || a.kind == "group" {
		if c := r.nestedCountry(a, elo, ehi); c != "" && a.country == "" && a.entry == nil {
			a.country = c
		}
	}
	if a.kind == "country" && !r.quiet {
		r.possessiveBody(a, elo, ehi)
	}
	if a.entry == nil && a.country == "" {
		// "the Ukrainian analyst Petra Novakova": a nationality just before
		for j := elo - 1; j >= 0 && j >= elo-3 && r.d.Tokens[j].Sentence == r.d.Tokens[elo].Sentence; j-- {
			if c := r.k.Demonym(r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[j].End]); c != nil {
				a.country = c.ID
				break
			}
			if r.low[j] == "," || r.d.Tokens[j].UPOS == "VERB" {
				break
			}
		}
	}
	return m
}

// possessiveBody reads "Russia's defence ministry": a country name, a
// possessive and a few words naming one of its bodies in the knowledge base
// ("Russian defence ministry", "defence ministry of Russia"), and adds a
// mention of that body over the whole phrase.
func (r *resolver) possessiveBody(c *act, lo, hi int) {
	n := len(r.d.Tokens)
	if hi >= n || (r.low[hi] != "'s" && r.low[hi] != "’s") || c.entry == nil {
		return
	}
	s := r.d.Tokens[hi].Sentence
	end := hi + 1
	for end < n && end-hi <= 4 && r.d.Tokens[end].Sentence == s {
		if u := r.d.Tokens[end].UPOS; u != "ADJ" && u != "NOUN" && u != "PROPN" {
			break
		}
		end++
	}
	if end > hi+1 && r.possessiveNonState(c.entry, lo, hi, end) {
		return
	}
	for e := end; e > hi+1; e-- {
		words := r.d.Text[r.d.Tokens[hi+1].Start:r.d.Tokens[e-1].End]
		cands := []string{words + " of " + c.entry.Name}
		for _, dm := range c.entry.Demonyms {
			cands = append(cands, dm+" "+words)
		}
		for _, cand := range cands {
			for _, en := range r.k.ByName(cand) {
				if en.Kind != "country" && countryOf(en) == c.id {
					r.addMention(r.fromEntry(en), lo, e, HowAlias)
					return
				}
			}
		}
	}
}

// nestedCountry adds a mention of the country that an organisation's name
// begins or ends with ("U.S. Air Force", "Linguistic Society of America")
// and returns its id ("" when none).
func (r *resolver) nestedCountry(org *act, lo, hi int) string {
	if r.quiet {
		return ""
	}
	for lo < hi && r.low[lo] == "the" {
		lo++
	}
	try := func(a, b int) string {
		if b-a < 1 || b-a >= hi-lo {
			return ""
		}
		t := r.d.Text[r.d.Tokens[a].Start:r.d.Tokens[b-1].End]
		for _, e := range r.k.ByName(t) {
			if e.Kind == "country" && e.ID != org.id {
				r.addMention(r.fromEntry(e), a, b, r.howFor(r.fromEntry(e), t))
				return e.ID
			}
		}
		return ""
	}
	for n := min(3, hi-lo-1); n >= 1; n-- {
		if c := try(lo, lo+n); c != "" {
			return c
		}
	}
	for n := min(3, hi-lo-2); n >= 1; n-- {
		if r.low[hi-n-1] == "of" {
			if c := try(hi-n, hi); c != "" {
				return c
			}
		}
	}
	return ""
}

func (r *resolver) howFor(a *act, text string) string {
	if a.entry == nil {
		return HowName
	}
	f := kb.Fold(text)
	if f == kb.Fold(a.entry.Name) {
		return HowName
	}
	for _, m := range a.entry.Metonyms {
		if kb.Fold(m) == f {
			return HowMetonym
		}
	}
	if len(r.k.Metonym(text)) > 0 {
		return HowMetonym
	}
	if a.kind == "person" {
		// a surname alone or another spelling of the name is still a name
		return HowName
	}
	return HowAlias
}

// pickByName returns the entry named text (exact after folding), preferring
// the kind the entity type suggests.
func (r *resolver) pickByName(text, typ string) *kb.Entry {
	es := r.k.ByName(text)
	if len(es) == 0 {
		return nil
	}
	want := map[string]string{"PER": "person", "ORG": "organization", "GPE": "country", "FAC": "organization"}[typ]
	return pickKind(es, want)
}

func pickKind(es []*kb.Entry, kind string) *kb.Entry {
	for _, e := range es {
		if e.Kind == kind {
			return e
		}
	}
	return es[0]
}

// orgVariant tries common variants of an organisation name: a leading
// country or demonym ("US Central Intelligence Agency", "Russian Foreign
// Intelligence Services"), a plural last word, a trailing generic noun
// ("Interfax agency").
func (r *resolver) orgVariant(text string) *kb.Entry {
	words := strings.Fields(text)
	var country *kb.Entry
	cands := []string{}
	if len(words) > 1 {
		if c := r.countryWord(words[0]); c != nil {
			country = c
			cands = append(cands, strings.Join(words[1:], " "))
		}
	}
	base := append([]string{text}, cands...)
	for _, b := range base {
		w := strings.Fields(b)
		last := w[len(w)-1]
		if strings.HasSuffix(last, "s") && len(last) > 3 {
			cands = append(cands, strings.Join(append(append([]string{}, w[:len(w)-1]...), strings.TrimSuffix(last, "s")), " "))
		}
		switch strings.ToLower(last) {
		case "agency", "corporation", "corp", "company", "group", "newspaper", "channel":
			if len(w) > 1 {
				cands = append(cands, strings.Join(w[:len(w)-1], " "))
			}
		}
	}
	for _, c := range cands {
		es := r.k.ByName(c)
		if len(es) == 0 {
			continue
		}
		if country != nil {
			for _, e := range es {
				if e.CountryCode() == country.ID || e.Parent == country.ID {
					return e
				}
			}
			continue
		}
		return pickKind(es, "organization")
	}
	return nil
}

// countryWord returns the country a single word names: a country name,
// acronym, alias or demonym ("US", "Russian").
func (r *resolver) countryWord(w string) *kb.Entry {
	if c := r.k.Demonym(w); c != nil {
		return c
	}
	for _, e := range r.k.ByName(w) {
		if e.Kind == "country" {
			return e
		}
	}
	return nil
}

// docSurname links a one-word person mention to an earlier person of the
// document whose full name has it as surname. When several fit, the one
// whose surname is exactly the word ("Sarkozy": Nicolas Sarkozy, not Carla
// Bruni-Sarkozy) comes first, then one holding an office at the
// document's date, then the latest mentioned.
func (r *resolver) docSurname(text string) *act {
	var best *act
	bestScore := -1
	for i := len(r.acts) - 1; i >= 0; i-- {
		a := r.acts[i]
		if a.kind != "person" {
			continue
		}
		ok := names.MatchSurname(text, a.name) || familyFirst(a, text)
		full := a.name
		if !ok {
			for _, m := range a.mentions {
				mt := r.d.Text[m.Start:m.End]
				for _, sep := range []string{" of ", " from "} {
					if i := strings.Index(mt, sep); i > 0 {
						mt = mt[:i] // "Ann Lee of the FTU": "FTU" is no surname
					}
				}
				if m.how == HowName && strings.Contains(mt, " ") && names.MatchSurname(text, mt) {
					ok, full = true, mt
					break
				}
			}
		}
		if !ok {
			continue
		}
		score := 0
		if kb.Fold(lastWord(full)) == kb.Fold(text) || familyFirst(a, text) {
			score += 2 // the whole surname, not a part of a compound one
		}
		if a.entry != nil && r.date != "" && len(a.entry.RolesAt(r.date)) > 0 {
			score++
		}
		if score > bestScore || (score == bestScore && r.nameMentions(a) > r.nameMentions(best)) {
			// among equals the person the text names most often
			best, bestScore = a, score
		}
	}
	return best
}

// nameMentions counts the name mentions of a.
func (r *resolver) nameMentions(a *act) int {
	n := 0
	for _, m := range a.mentions {
		if m.how == HowName {
			n++
		}
	}
	return n
}

// familyFirstCountries write personal names family name first, also in
// English ("Xi Jinping" is "Xi", "Ban Ki-moon" is "Ban").
var familyFirstCountries = map[string]bool{"CHN": true, "KOR": true, "PRK": true, "TWN": true}

// familyFirst reports whether the one word w is the family name of person
// a written first: a person of such a country in the knowledge base, or a
// two-word name whose second word is a hyphenated given name ("Ban
// Ki-moon", "Roh Moo-hyun").
func familyFirst(a *act, w string) bool {
	f := strings.Fields(a.name)
	if len(f) < 2 || kb.Fold(f[0]) != kb.Fold(w) {
		return false
	}
	if a.entry != nil && familyFirstCountries[a.entry.CountryCode()] {
		return true
	}
	given := f[len(f)-1]
	i := strings.IndexByte(given, '-')
	return len(f) == 2 && i > 0 && i+1 < len(given) && given[i+1] >= 'a' && given[i+1] <= 'z'
}

// covered marks the tokens that a mention already covers and, with
// entities, those an entity covers.
func (r *resolver) covered(entities bool) []bool {
	covered := make([]bool, len(r.d.Tokens))
	for _, m := range r.ments {
		for k := m.lo; k < m.hi; k++ {
			covered[k] = true
		}
	}
	if !entities {
		return covered
	}
	for _, e := range r.ents {
		if lo, hi, ok := r.tokRange(e.Span); ok {
			for k := lo; k < hi; k++ {
				covered[k] = true
			}
		}
	}
	return covered
}

// looseSurnames adds the one-word proper nouns that no entity or mention
// covers and that are the surname of exactly one person named before in
// the document ("Haddy Sy … Sy says", "Ban Ki-moon … Ban criticized"):
// the recogniser often misses a surname alone.
func (r *resolver) looseSurnames() {
	n := len(r.d.Tokens)
	covered := r.covered(true)
	for j := 0; j < n; j++ {
		t := r.d.Tokens[j]
		if covered[j] || t.UPOS != "PROPN" || !r.capitalised(j) || len(r.low[j]) < 2 {
			continue
		}
		if j+1 < n && r.d.Tokens[j+1].Sentence == t.Sentence && (r.d.Tokens[j+1].UPOS == "PROPN" || r.low[j+1] == "-" || r.low[j+1] == ".") && r.capitalised(j+1) {
			continue // part of a longer name
		}
		if j > 0 && r.d.Tokens[j-1].Sentence == t.Sentence && (r.d.Tokens[j-1].UPOS == "PROPN" || r.low[j-1] == "-") {
			continue
		}
		w := r.d.Text[t.Start:t.End]
		if len(r.k.ByName(w)) > 0 || len(r.k.Metonym(w)) > 0 || r.k.Demonym(w) != nil {
			continue
		}
		var found *act
		count := 0
		for _, a := range r.acts {
			if a.kind != "person" || len(strings.Fields(a.name)) < 2 || len(a.mentions) == 0 || a.mentions[0].Start >= t.Start {
				continue
			}
			if kb.Fold(lastWord(a.name)) == kb.Fold(w) || familyFirst(a, w) {
				found = a
				count++
			}
		}
		if count == 1 {
			r.addMention(found, j, j+1, HowName)
		}
	}
}

// repeatedNames adds the repetitions of a person's or body's name, as
// written in one of its name mentions ("Google", "Ann Lee"), that no
// entity or mention covers: the recogniser misses some repetitions of a
// name it found elsewhere. A repetition inside a longer run of proper
// nouns ("Google Maps") is left alone.
func (r *resolver) repeatedNames() {
	n := len(r.d.Tokens)
	covered := r.covered(true)
	type name struct {
		words []string
		a     *act
	}
	byFirst := map[string][]name{}
	seen := map[string]*act{}
	for _, m := range r.ments {
		if (m.how != HowName && m.how != HowAlias) || (m.a.kind != "person" && m.a.kind != "organization") || !r.capitalised(m.lo) {
			continue
		}
		lo, hi := m.lo, m.hi
		for hi > lo+1 && (r.low[hi-1] == "'s" || r.low[hi-1] == "’s") {
			hi--
		}
		if r.low[lo] == "the" {
			lo++
		}
		var ws []string
		for k := lo; k < hi; k++ {
			ws = append(ws, r.d.Text[r.d.Tokens[k].Start:r.d.Tokens[k].End])
		}
		key := strings.Join(ws, " ")
		if len(key) < 3 {
			continue
		}
		if b, ok := seen[key]; ok {
			if b != m.a {
				seen[key] = nil // two actors of that name
			}
			continue
		}
		seen[key] = m.a
		byFirst[ws[0]] = append(byFirst[ws[0]], name{ws, m.a})
	}
	propn := func(k int) bool {
		return k >= 0 && k < n && r.d.Tokens[k].UPOS == "PROPN" && r.capitalised(k)
	}
	for j := 0; j < n; j++ {
		if covered[j] {
			continue
		}
		w := r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[j].End]
		var best *name
		for i, c := range byFirst[w] {
			if seen[strings.Join(c.words, " ")] == nil || j+len(c.words) > n || (best != nil && len(c.words) <= len(best.words)) {
				continue
			}
			ok := true
			for k, cw := range c.words {
				t := r.d.Tokens[j+k]
				if covered[j+k] || t.Sentence != r.d.Tokens[j].Sentence || r.d.Text[t.Start:t.End] != cw {
					ok = false
					break
				}
			}
			if ok {
				best = &byFirst[w][i]
			}
		}
		if best == nil {
			continue
		}
		hi := j + len(best.words)
		if (j > 0 && r.d.Tokens[j-1].Sentence == r.d.Tokens[j].Sentence && propn(j-1)) || (hi < n && r.d.Tokens[hi].Sentence == r.d.Tokens[j].Sentence && propn(hi)) {
			continue // part of a longer name
		}
		r.addMention(best.a, j, hi, HowName)
		for k := j; k < hi; k++ {
			covered[k] = true
		}
	}
}

// mergeSurnames merges a new person known only by a one-word name
// ("al-Maliki", before the text gives the full name) into the single other
// person of the document whose full name has it as surname ("Nouri
// al-Maliki"), and a new body known by one word ("House") into the single
// other body whose name has it as head ("House of Representatives").
func (r *resolver) mergeSurnames() {
	var keep []*act
	for _, a := range r.acts {
		if (a.kind != "person" && a.kind != "organization") || a.entry != nil || len(strings.Fields(a.name)) != 1 {
			keep = append(keep, a)
			continue
		}
		var into *act
		n := 0
		for _, b := range r.acts {
			if b == a || b.kind != a.kind || len(strings.Fields(b.name)) < 2 {
				continue
			}
			if a.kind == "person" && names.MatchSurname(a.name, b.name) ||
				a.kind == "organization" && nameHead(b) == strings.TrimSuffix(kb.Fold(a.name), "s") {
				// "House" and "House of Representatives"
				into = b
				n++
			}
		}
		if n != 1 {
			keep = append(keep, a)
			continue
		}
		for _, m := range a.mentions {
			m.a = into
			into.mentions = append(into.mentions, m)
		}
		if into.gender == "" {
			into.gender = a.gender
		}
		delete(r.byID, a.id)
	}
	r.acts = keep
}

// interviewee returns the person an interview is with, when one of the
// first three sentences says so and names one person ("Wikinews
// interviews writer Ann Lee", "Ann Lee was interviewed by ..."): the
// speaker of its unlabelled answers. nil otherwise.
func (r *resolver) interviewee() *act {
	for i, t := range r.d.Tokens {
		if t.Sentence > 2 {
			break
		}
		if w := r.low[i]; w != "interviews" && w != "interviewed" && w != "interview" {
			continue
		}
		var who *act
		for _, m := range r.ments {
			if m.sent != t.Sentence || m.how != HowName {
				continue
			}
			if m.a.kind == "person" {
				if who != nil && who != m.a {
					return nil // two people
				}
				who = m.a
			}
		}
		if who != nil {
			return who
		}
	}
	return nil
}

// discourseMin is how many first- and second-person pronouns outside
// quotation marks make a document a first-person text (Options.Discourse).
const discourseMin = 3

// outsideQuotes lists the tokens that are first- or second-person pronouns
// outside quotation marks (a paragraph break closes an open quotation).
func (r *resolver) outsideQuotes() []int {
	var out []int
	inQuote := false
	prevEnd := 0
	for i, t := range r.d.Tokens {
		if strings.Contains(r.d.Text[prevEnd:t.Start], "\n\n") {
			inQuote = false
		}
		prevEnd = t.End
		switch r.low[i] {
		case "“", "«", "„":
			inQuote = true
			continue
		case "”", "»":
			inQuote = false
			continue
		case "\"":
			inQuote = !inQuote
			continue
		}
		if _, ok := discoursePronouns[r.low[i]]; !ok || inQuote || (t.UPOS != "" && t.UPOS != "PRON" && t.UPOS != "DET") {
			continue
		}
		out = append(out, i)
	}
	return out
}

// firstPersonText reports whether the document is written in the first or
// second person: at least discourseMin such pronouns outside quotation
// marks.
func (r *resolver) firstPersonText() bool {
	return len(r.outsideQuotes()) >= discourseMin
}

// turnSpeakers maps each token inside a transcript turn ("Shimon Peres: I
// think ...", a person's name opening a line and followed by a colon, up
// to the next line that opens another turn or paragraph) to that person.
func (r *resolver) turnSpeakers() []*act {
	n := len(r.d.Tokens)
	out := make([]*act, n)
	label := map[int]*mention{} // first token → person mention ending before a colon
	for _, m := range r.ments {
		if m.a.kind == "person" && m.how == HowName && m.hi < n && r.low[m.hi] == ":" {
			if line := strings.LastIndexByte(r.d.Text[:m.Start], '\n'); strings.TrimSpace(r.d.Text[line+1:m.Start]) == "" {
				label[m.lo] = m
			}
		}
	}
	if len(label) == 0 {
		return out
	}
	var cur *act
	opened := false // the paragraph before opened with cur's label
	prevEnd := 0
	for i, t := range r.d.Tokens {
		if strings.Contains(r.d.Text[prevEnd:t.Start], "\n") || i == 0 {
			// a paragraph with no label of its own continues the turn
			// before it; another speaker's label ("Wikinews:") ends it
			if m := label[i]; m != nil {
				cur, opened = m.a, true
			} else if r.labelled(i) || !opened {
				cur = nil
			} else {
				opened = false
			}
		}
		prevEnd = t.End
		out[i] = cur
	}
	return out
}

// discourse links first- and second-person pronouns outside quotation
// marks to the text's participants (Options.Discourse).
// labelled reports whether the paragraph starting at token i opens with
// a speaker label: up to four capitalised words and a colon.
func (r *resolver) labelled(i int) bool {
	for k := i; k < len(r.d.Tokens) && k < i+5; k++ {
		if r.low[k] == ":" {
			return k > i
		}
		if !r.capitalised(k) && r.low[k] != "." {
			return false
		}
	}
	return false
}

func (r *resolver) discourse() {
	turns := r.turnSpeakers()
	guest := r.interviewee()
	for _, i := range r.outsideQuotes() {
		who := discoursePronouns[r.low[i]]
		if who == "speaker" && turns[i] != nil {
			r.addMention(turns[i], i, i+1, HowPronoun)
			continue
		}
		if who == "speaker" && guest != nil {
			r.addMention(guest, i, i+1, HowPronoun)
			continue
		}
		id, kind := "new:per:"+who, "person"
		if who == "we" {
			id, kind = "new:group:we", "group"
		}
		a := r.byID[id]
		if a == nil {
			a = &act{id: id, name: who, kind: kind}
			r.byID[id] = a
			r.acts = append(r.acts, a)
		}
		r.addMention(a, i, i+1, HowPronoun)
	}
}

// docAcronym links an acronym ("MIT") to the body of the document whose
// name it abbreviates ("Massachusetts Institute of Technology"), before
// the knowledge base's bodies of that acronym are tried.
func (r *resolver) docAcronym(text string) *act {
	text = strings.ReplaceAll(text, ".", "") // "U.S.G."
	n := utf8.RuneCountInString(text)
	if n < 2 || n > 6 || strings.ToUpper(text) != text {
		return nil
	}
	for i := len(r.acts) - 1; i >= 0; i-- {
		a := r.acts[i]
		if (a.kind != "organization" && a.kind != "group") || len(a.mentions) == 0 {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(a.name) {
			switch strings.ToLower(w) {
			case "of", "the", "and", "for", "in", "on", "&":
				continue
			}
			c, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(c))
		}
		if b.String() == text {
			return a
		}
	}
	return nil
}

// docOrgTail links a short organisation name to the most recent body of
// the document whose name or a mention of it ends with that name.
func (r *resolver) docOrgTail(text string) *act {
	f := kb.Fold(text)
	if f == "" || !strings.Contains(f, " ") && bodyNouns[f] {
		return nil
	}
	for i := len(r.acts) - 1; i >= 0; i-- {
		a := r.acts[i]
		if a.kind != "organization" && a.kind != "group" {
			continue
		}
		cands := []string{a.name}
		for _, m := range a.mentions {
			if m.how == HowName || m.how == HowAlias {
				cands = append(cands, r.d.Text[m.Start:m.End])
			}
		}
		for _, c := range cands {
			if fc := kb.Fold(c); strings.HasSuffix(fc, " "+f) {
				return a
			}
		}
	}
	return nil
}

// docGiven links a given name alone ("Ann") to the single person named
// before token lo in the document by a full name that opens with it ("Ann
// Lee"), when no other person of the document has that given name or
// that surname.
func (r *resolver) docGiven(text string, lo int) *act {
	f := kb.Fold(text)
	if len(f) < 2 || names.Fold(text) == "" {
		return nil
	}
	var found *act
	for _, a := range r.acts {
		if a.kind != "person" || len(a.mentions) == 0 || a.mentions[0].Start >= r.d.Tokens[lo].Start {
			continue
		}
		ws := dropHonorifics(strings.Fields(kb.Fold(a.name)))
		if len(ws) < 2 {
			continue
		}
		switch {
		case ws[len(ws)-1] == f:
			return nil // someone's surname
		case ws[0] == f:
			if found != nil && found != a {
				return nil // two people of that given name
			}
			found = a
		}
	}
	return found
}

// docNameSuffix links a name of several words to the person of the
// document whose full name (two words or more) ends it, the recogniser
// having taken words before the name into it ("YouTuber Ann Lee" after
// "Ann Lee"), or whose longer full name ends with it (a double surname:
// "Martínez Cantón" after "Clara Martínez Cantón"), when exactly one
// person fits.
func (r *resolver) docNameSuffix(text string) *act {
	var found *act
	for _, a := range r.acts {
		if a.kind != "person" || len(strings.Fields(a.name)) < 2 || !nameSuffix(a.name, text) && !nameSuffix(text, a.name) {
			continue
		}
		if found != nil && found != a {
			return nil
		}
		found = a
	}
	return found
}

// orgGeneric are the generic last words of a body's name that the text
// may drop ("Tsinghua" for "Tsinghua University").
var orgGeneric = map[string]bool{
	"university": true, "college": true, "institute": true, "airlines": true, "airline": true,
	"corporation": true, "corp": true, "company": true, "inc": true, "ltd": true, "group": true,
	"foundation": true, "society": true, "association": true, "party": true, "club": true,
	"records": true, "studios": true, "press": true, "library": true, "museum": true,
}

// docOrgHead links a body's name without its generic last word
// ("Tsinghua", "Southwest") to the single body of the document whose
// name is that followed by a generic word ("Tsinghua University",
// "Southwest Airlines").
func (r *resolver) docOrgHead(text string) *act {
	f := kb.Fold(text)
	if f == "" || bodyNouns[f] {
		return nil
	}
	var found *act
	for _, a := range r.acts {
		if a.kind != "organization" {
			continue
		}
		fa := kb.Fold(a.name)
		rest, ok := strings.CutPrefix(fa, f+" ")
		if !ok || strings.Contains(rest, " ") || !orgGeneric[strings.TrimSuffix(rest, ".")] {
			continue
		}
		if found != nil && found != a {
			return nil
		}
		found = a
	}
	return found
}

// docNominal resolves a definite description ("the country", "the
// ministry") to the most recently mentioned country, or body whose name
// contains the noun, before token lo.
func (r *resolver) docNominal(noun string, lo int) *act {
	place := r.opts.Places && placeNouns[noun]
	if !bodyNouns[noun] && !countryNouns[noun] && !groupRefNouns[noun] && !place {
		return nil
	}
	start := r.d.Tokens[lo].Start
	var best *act
	bestPos, bestRank := -1, -1
	for _, a := range r.acts {
		rank := 0
		if place {
			if a.kind != KindPlace {
				continue
			}
		} else if countryNouns[noun] {
			if a.kind != "country" {
				continue
			}
		} else if groupRefNouns[noun] {
			// "Hamas … the group said": the latest group, or body so named
			if a.kind != "group" && !((a.kind == "organization") && nameHasWord(a, noun)) {
				continue
			}
		} else if a.kind != "organization" && a.kind != "group" || !nameHasWord(a, noun) {
			continue
		} else if nameHead(a) == strings.TrimSuffix(noun, "s") {
			rank = 1 // "the University": a university before a "University Relations" office
		}
		for _, m := range a.mentions {
			if m.Start < start && (rank > bestRank || rank == bestRank && m.Start > bestPos) && m.how != HowPronoun {
				best, bestPos, bestRank = a, m.Start, rank
			}
		}
	}
	return best
}

// nameHead returns the folded head word of an actor's name, without a
// plural s: the word before "of" ("ministry" in "Ministry of Defence"),
// else the last word ("university" in "Leiden University").
func nameHead(a *act) string {
	ws := strings.Fields(kb.Fold(a.name))
	if len(ws) == 0 {
		return ""
	}
	for i, w := range ws {
		if w == "of" && i > 0 {
			return strings.TrimSuffix(ws[i-1], "s")
		}
	}
	return strings.TrimSuffix(ws[len(ws)-1], "s")
}

func nameHasWord(a *act, w string) bool {
	w = strings.TrimSuffix(w, "s")
	names := []string{a.name}
	if a.entry != nil {
		names = append(names, a.entry.Aliases...)
	}
	for _, n := range names {
		for _, x := range strings.Fields(kb.Fold(n)) {
			if strings.TrimSuffix(x, "s") == w {
				return true
			}
		}
	}
	return false
}

// docFuzzy links a full person name to a person of the document the
// knowledge base lacks, spelled differently (names.Match).
func (r *resolver) docFuzzy(text string) *act {
	for i := len(r.acts) - 1; i >= 0; i-- {
		a := r.acts[i]
		if a.kind == "person" && a.entry == nil && (names.Match(text, a.name) || (sameGiven(text, a.name) && names.MatchSurname(lastWord(text), a.name))) {
			return a
		}
	}
	return nil
}

// personFuzzy finds a person of the knowledge base by transliteration-
// tolerant matching: blocking on names.Key of the whole name and of the
// surname, deciding with names.Match (or names.MatchSurname for a surname
// alone).
func (r *resolver) personFuzzy(text string, single bool) *kb.Entry {
	type cand struct {
		e   *kb.Entry
		sim float64
	}
	var cs []cand
	seen := map[*kb.Entry]bool{}
	consider := func(e *kb.Entry) {
		if seen[e] || e.Kind != "person" {
			return
		}
		seen[e] = true
		best := -1.0
		for _, n := range e.Names() {
			ok := false
			if single {
				ok = names.MatchSurname(text, n)
			} else {
				ok = names.Match(text, n) || (sameGiven(text, n) && names.MatchSurname(lastWord(text), n)) || nameSuffix(text, n)
			}
			if ok {
				if s := names.Similarity(text, n); s > best {
					best = s
				}
			}
		}
		if single && e.Surname != "" && names.Match(text, e.Surname) {
			// a family name that comes first ("Yoon" of "Yoon Suk Yeol")
			if s := names.Similarity(text, e.Surname); s > best {
				best = s
			}
		}
		if best >= 0 {
			cs = append(cs, cand{e, best})
		}
	}
	if !single {
		for _, e := range r.k.ByKey(names.Key(text)) {
			consider(e)
		}
	}
	key := names.Key(lastWord(text))
	if f := strings.Fields(key); len(f) > 0 {
		key = f[len(f)-1]
	}
	for _, e := range r.k.BySurname(key) {
		consider(e)
	}
	if len(cs) == 0 {
		return nil
	}
	active := func(e *kb.Entry) bool { return len(e.RolesAt(r.date)) > 0 }
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].sim != cs[j].sim {
			return cs[i].sim > cs[j].sim
		}
		ai, aj := active(cs[i].e), active(cs[j].e)
		if ai != aj {
			return ai
		}
		return cs[i].e.ID < cs[j].e.ID
	})
	if single && len(cs) > 1 && cs[0].sim == cs[1].sim && active(cs[0].e) == active(cs[1].e) {
		// "al-Maliki": several people; the one whose country the document
		// already mentions, when only one is
		var inDoc []*kb.Entry
		for _, c := range cs {
			if c.sim != cs[0].sim || active(c.e) != active(cs[0].e) {
				break
			}
			if cc := c.e.CountryCode(); cc != "" && r.byID[cc] != nil && len(r.byID[cc].mentions) > 0 {
				inDoc = append(inDoc, c.e)
			}
		}
		if len(inDoc) == 1 {
			return inDoc[0]
		}
		return nil // "Johnson": several people, no way to choose
	}
	if single && givenGender[names.Fold(text)] != "" && !exactSurname(cs[0].e, text) {
		return nil // "Mitchell", "Frank": a given name, not another spelling of a surname
	}
	return cs[0].e
}

// sameGiven reports whether two full names have compatible given names:
// the same initial, and either one of them is an initial alone ("A.
// Rudenko") or the given names match across transliterations ("Andréi",
// "Andrei"). "Ali Musa" is not "Amr Moussa".
func sameGiven(a, b string) bool {
	if !sameInitial(a, b) {
		return false
	}
	fa, fb := dropHonorifics(strings.Fields(a)), dropHonorifics(strings.Fields(b))
	if len(fa) < 2 || len(fb) < 2 {
		return true
	}
	ga, gb := strings.TrimSuffix(fa[0], "."), strings.TrimSuffix(fb[0], ".")
	if utf8.RuneCountInString(ga) <= 1 || utf8.RuneCountInString(gb) <= 1 {
		return true
	}
	return names.MatchSurname(ga, gb) || names.MatchSurname(gb, ga)
}

// dropHonorifics removes leading honorifics ("Sheik", "Dr.") from a
// name's words.
func dropHonorifics(ws []string) []string {
	for len(ws) > 2 && honorifics[strings.Trim(strings.ToLower(ws[0]), ".")] {
		ws = ws[1:]
	}
	return ws
}

// nameSuffix reports whether a name of several words is, after folding,
// the last words of a longer full name ("Hoop Scheffer" for "Jaap de Hoop
// Scheffer", the recogniser having dropped the first words).
func nameSuffix(text, full string) bool {
	t, f := strings.Fields(names.Fold(text)), strings.Fields(names.Fold(full))
	if len(strings.Fields(text)) < 2 || len(f) <= len(t) {
		return false
	}
	for i := range t {
		if t[len(t)-1-i] != f[len(f)-1-i] {
			return false
		}
	}
	return true
}

func sameInitial(a, b string) bool {
	fa, fb := names.Fold(a), names.Fold(b)
	return fa != "" && fb != "" && fa[0] == fb[0]
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// demonym handles a NORP entity: a mention of its country only when it
// stands for the actor ("Russians said", "the Russian side").
func (r *resolver) demonym(i int, text string, lo, hi int) *mention {
	c := r.k.Demonym(text)
	if c == nil {
		// "Western countries", "Western powers": a group the knowledge base
		// names by the adjective and its noun
		for _, cand := range []string{text, text + " " + r.wordAt(hi)} {
			for _, en := range r.k.ByName(cand) {
				if en.Kind == "group" || en.Kind == "organization" {
					end := hi
					if cand != text {
						end = hi + 1
					}
					m := r.addMention(r.fromEntry(en), lo, end, r.howFor(r.fromEntry(en), cand))
					r.entAct[i] = m
					return m
				}
			}
		}
	}
	if c == nil {
		// "Iraqi Kurds": a people of the country named by its demonym
		if f := strings.Fields(text); len(f) == 2 && r.d.Tokens[hi-1].UPOS != "ADJ" && strings.HasSuffix(strings.ToLower(f[1]), "s") {
			c = r.k.Demonym(f[0])
		}
		if c == nil {
			return nil
		}
	}
	last := r.d.Tokens[hi-1]
	if hi < len(r.d.Tokens) && sideNouns[r.low[hi]] && r.d.Tokens[hi].Sentence == last.Sentence {
		start := lo
		if lo > 0 && r.low[lo-1] == "the" {
			start = lo - 1
		}
		m := r.addMention(r.fromEntry(c), start, hi+1, HowMetonym)
		r.entAct[i] = m
		r.coordinatedNonState(c, hi+1)
		return m
	}
	if r.coordinatedGroup(lo, hi) {
		m := r.addMention(r.fromEntry(c), lo, hi, HowMetonym)
		r.entAct[i] = m
		return m
	}
	if plo, phi, g, how, ok := r.groupNP(c, lo, hi); ok {
		// "Russian diplomats" → RUS (metonym), "Russian forces" → RUS.AF
		m := r.addMention(g, plo, phi, how)
		r.entAct[i] = m
		return m
	}
	if !r.quiet && c.Kind == "country" {
		// "the American proposal", "the Russian and Chinese proposals"
		alo, ahi := lo, hi
		if items, _, ok := r.coordCountries(i); ok {
			last := items[len(items)-1]
			alo, ahi = last.lo, last.hi
		}
		if r.actAdjective(alo, ahi) {
			m := r.addMention(r.fromEntry(c), lo, hi, HowMetonym)
			r.entAct[i] = m
			return m
		}
	}
	plural := last.XPOS == "NNS" || last.XPOS == "NNPS" || (strings.HasSuffix(r.low[hi-1], "s") && last.UPOS != "ADJ")
	if !plural {
		return nil
	}
	if hi < len(r.d.Tokens) {
		if u := r.d.Tokens[hi].UPOS; u == "NOUN" || u == "PROPN" {
			return nil
		}
	}
	m := r.addMention(r.fromEntry(c), lo, hi, HowMetonym)
	r.entAct[i] = m
	return m
}

// actorRole reports whether the phrase at tokens [lo,hi) plays a part an
// actor plays: the subject, object or possessor of its clause, or a
// conjunct or apposition of one ("Moscow said", "criticised Washington",
// "Beijing's response"), also when the document is not parsed. A place name
// in another role ("the museums of Tokyo", "Tokyo traffic") is a place.
func (r *resolver) actorRole(lo, hi int) bool {
	if !r.parsed {
		return true
	}
	for k := lo; k < hi; k++ {
		t := r.d.Tokens[k]
		if t.Head >= lo && t.Head < hi {
			continue
		}
		at := k
		rel := t.Deprel
		for rel == "conj" || rel == "appos" {
			if t.Head < 0 {
				return true
			}
			at = t.Head
			t = r.d.Tokens[at]
			rel = t.Deprel
		}
		switch strings.SplitN(rel, ":", 2)[0] {
		case "nsubj":
			return !r.copular(t.Head) // "Athens is the capital": a place
		case "obj", "iobj", "root":
			return true
		case "nmod", "obl":
			if rel == "nmod:poss" || rel == "obl:agent" {
				return true
			}
			// "talks between Washington and Moscow", "relations with
			// Beijing", "sanctions against Moscow", "pressure on Kyiv"
			for j := max(0, at-4); j < at; j++ {
				if r.d.Tokens[j].Head == at && r.d.Tokens[j].Deprel == "case" {
					switch strings.ToLower(r.d.Text[r.d.Tokens[j].Start:r.d.Tokens[j].End]) {
					case "between", "with", "against", "on", "by":
						return true
					}
				}
			}
		}
		return false
	}
	return true
}

// copular reports whether token h is a predicate with a copula ("is the
// capital") or a form of "be" itself.
func (r *resolver) copular(h int) bool {
	if h < 0 || h >= len(r.d.Tokens) {
		return false
	}
	if r.d.Tokens[h].Lemma == "be" {
		return true
	}
	for k := max(0, h-6); k < min(len(r.d.Tokens), h+1); k++ {
		if r.d.Tokens[k].Head == h && r.d.Tokens[k].Deprel == "cop" {
			return true
		}
	}
	return false
}

// headTok returns the token of [lo,hi) whose head lies outside it.
func (r *resolver) headTok(lo, hi int) int {
	for k := lo; k < hi; k++ {
		if h := r.d.Tokens[k].Head; h < lo || h >= hi {
			return k
		}
	}
	return hi - 1
}

// citySense reports whether the document uses a capital's name mostly as
// a place: more of its mentions (place or location entities) outside an
// actor's role (actorRole) than in one, as in a travel guide ("Athens was
// thriving … a day trip from Athens"). Then only a subject of a verb of
// saying stands for the state.
func (r *resolver) citySense(text string) bool {
	f := kb.Fold(text)
	if v, ok := r.cityUse[f]; ok {
		return v
	}
	place, role := 0, 0
	for _, e := range r.ents {
		if (e.Type != "GPE" && e.Type != "LOC") || kb.Fold(e.Text) != f {
			continue
		}
		lo, hi, ok := r.tokRange(e.Span)
		if !ok {
			continue
		}
		if r.locative(lo) || !r.actorRole(lo, hi) {
			place++
		} else {
			role++
		}
	}
	if r.cityUse == nil {
		r.cityUse = map[string]bool{}
	}
	r.cityUse[f] = place > role
	return place > role
}

// locative reports whether the token before lo is a locative preposition.
func (r *resolver) locative(lo int) bool {
	j := lo - 1
	if j >= 0 && r.low[j] == "the" {
		j--
	}
	return j >= 0 && locatives[r.low[j]] && r.d.Tokens[j].Sentence == r.d.Tokens[lo].Sentence
}

// ---- actors and mentions ----

func (r *resolver) fromEntry(e *kb.Entry) *act {
	if a := r.byID[e.ID]; a != nil {
		return a
	}
	a := &act{id: e.ID, name: e.Name, kind: e.Kind, entry: e, gender: e.Gender, surnameOK: e.Kind == "person"}
	a.country = e.CountryCode()
	if e.Kind == "country" {
		a.country = e.ID
	}
	r.byID[e.ID] = a
	r.acts = append(r.acts, a)
	return a
}

func (r *resolver) newActor(text, typ string) *act {
	kind, pre := "person", "per"
	switch typ {
	case "ORG":
		kind, pre = "organization", "org"
	case "GPE", "LOC":
		kind, pre = KindPlace, "loc"
	case "PER":
		if coordinated(text) {
			kind, pre = "group", "group" // "Albert and Marcia" taken as one name
		}
	}
	id := "new:" + pre + ":" + slug(text)
	if a := r.byID[id]; a != nil {
		return a
	}
	a := &act{id: id, name: strings.Join(strings.Fields(text), " "), kind: kind, surnameOK: kind == "person"}
	if kind == "person" {
		a.gender = nameGender(text)
	}
	r.byID[id] = a
	r.acts = append(r.acts, a)
	return a
}

// coordinated reports whether a person's name is two names joined ("Albert
// and Marcia", "Chao & Yang"): "and" or "&" between capitalised words.
func coordinated(text string) bool {
	ws := strings.Fields(text)
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] == "and" || ws[k] == "&" {
			a, _ := utf8.DecodeRuneInString(ws[k-1])
			b, _ := utf8.DecodeRuneInString(ws[k+1])
			if unicode.IsUpper(a) && unicode.IsUpper(b) {
				return true
			}
		}
	}
	return false
}

// slug is the folded name with runs of anything but letters and digits as
// single hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range names.Fold(s) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

func (r *resolver) addMention(a *act, lo, hi int, how string) *mention {
	m := &mention{Span: r.span(lo, hi), how: how, sent: r.d.Tokens[lo].Sentence, a: a, lo: lo, hi: hi}
	m.subject = r.isSubject(lo, hi)
	a.mentions = append(a.mentions, m)
	r.ments = append(r.ments, m)
	return m
}

// isSubject reports whether tokens [lo,hi) hold the subject of a clause:
// from the parse when there is one, else when no verb precedes them in the
// sentence.
func (r *resolver) isSubject(lo, hi int) bool {
	if r.parsed {
		for i := lo; i < hi; i++ {
			t := r.d.Tokens[i]
			if strings.HasPrefix(t.Deprel, "nsubj") && (t.Head < lo || t.Head >= hi) {
				return true
			}
		}
		return false
	}
	s := r.d.Tokens[lo].Sentence
	for i := lo - 1; i >= 0 && r.d.Tokens[i].Sentence == s; i-- {
		if u := r.d.Tokens[i].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
	}
	return true
}

// output builds the document's actors: mentions in offset order, none
// crossing another or repeating a span, actors by first mention.
func (r *resolver) output() []doc.Actor {
	ms := append([]*mention{}, r.ments...)
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	var kept []*mention
	keep := map[*mention]bool{}
	for _, m := range ms {
		ok := true
		for k := len(kept) - 1; k >= 0; k-- {
			o := kept[k]
			if o.End <= m.Start {
				continue
			}
			if o.Span == m.Span || (!o.Span.Contains(m.Span) && !m.Span.Contains(o.Span)) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
			keep[m] = true
		}
	}
	type outAct struct {
		a     doc.Actor
		first int
	}
	var out []outAct
	for _, a := range r.acts {
		var dm []doc.Mention
		aliases := []string{}
		seen := map[string]bool{a.name: true}
		for _, m := range a.mentions {
			if !keep[m] {
				continue
			}
			t := r.d.Text[m.Start:m.End]
			dm = append(dm, doc.Mention{Span: m.Span, Text: t, How: m.how})
			if (m.how == HowName || m.how == HowAlias) && !seen[t] {
				seen[t] = true
				aliases = append(aliases, t)
			}
		}
		if len(dm) == 0 {
			continue
		}
		sort.SliceStable(dm, func(i, j int) bool {
			if dm[i].Start != dm[j].Start {
				return dm[i].Start < dm[j].Start
			}
			return dm[i].End > dm[j].End
		})
		da := doc.Actor{ID: a.id, Name: a.name, Kind: a.kind, Aliases: aliases, Mentions: dm}
		if a.country != "" {
			c := a.country
			da.Country = &c
		}
		if role := r.roleOf(a); role != "" {
			da.Role = &role
		}
		out = append(out, outAct{da, dm[0].Start})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].first != out[j].first {
			return out[i].first < out[j].first
		}
		return out[i].a.ID < out[j].a.ID
	})
	res := make([]doc.Actor, len(out))
	for i, o := range out {
		res[i] = o.a
	}
	return res
}

// roleOf formats the role an actor holds at the document's date as
// "position:org" (e.g. "spokesperson:RUS.MFA"), or "" when the date is
// unknown or the actor holds none.
func (r *resolver) roleOf(a *act) string {
	if r.date == "" {
		return ""
	}
	if a.entry != nil {
		if rs := a.entry.RolesAt(r.date); len(rs) > 0 {
			return rs[0].Position + ":" + rs[0].Org
		}
		return ""
	}
	for _, dr := range a.docRoles {
		if dr.ref != nil && len(dr.positions) > 0 {
			return dr.positions[0] + ":" + dr.ref.ID
		}
	}
	return ""
}
