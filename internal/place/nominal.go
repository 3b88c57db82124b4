package place

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/names"
)

// Places the gazetteer lacks and nominal mentions.
//
// A GPE or LOC entity of the recogniser that is no gazetteer name, and in
// which the scan found none, is output under its own name as written
// (spacing normalised), with no coordinates and a country only when a
// qualifier gives one ("Boxborough, Massachusetts"), so that the mentions
// of one such place in a document share a name. Words that are rarely
// places (pronouns, all-caps abbreviations, demonyms, names with digits)
// are left out; see plausible.
//
// A definite nominal ("the city", "the country", "the state", "the
// island"), whose noun heads its phrase (not "the city council", not "the
// city of …"), is output as a place when a place of a compatible kind is
// mentioned shortly before it: it takes that place's name, country and
// coordinates, its text being the phrase. See nominals.

// splitCommas splits an entity span at commas ("Boxborough, Massachusetts"
// → two parts), trimming spaces and a leading "the".
func splitCommas(text string, s doc.Span) []doc.Span {
	var out []doc.Span
	start := s.Start
	for i := s.Start; i <= s.End; i++ {
		if i < s.End && text[i] != ',' {
			continue
		}
		p := doc.Span{Start: start, End: i}
		for p.Start < p.End && text[p.Start] == ' ' {
			p.Start++
		}
		for p.End > p.Start && text[p.End-1] == ' ' {
			p.End--
		}
		if p.Len() > 0 {
			out = append(out, trimThe(text, p))
		}
		start = i + 1
	}
	return out
}

// nonPlace are single words the recogniser sometimes marks as places but
// which are not place names.
var nonPlace = map[string]bool{
	"it": true, "there": true, "here": true, "this": true, "that": true, "the": true,
	"home": true, "world": true, "state": true, "city": true, "country": true,
	"north": true, "south": true, "east": true, "west": true, "republic": true, "union": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "god": true, "heaven": true, "hell": true,
}

// plausible reports whether an unknown recogniser place is kept: it must
// start with a capital letter, contain a lower-case letter (not an
// abbreviation such as UN or EU), hold no digit, be at most six words,
// and not be a common word or a demonym ("Russian", "Chinese").
func plausible(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := false
	for _, r := range t {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLower(r) {
			lower = true
		}
	}
	if !lower || len(strings.Fields(t)) > 6 {
		return false
	}
	f := names.Fold(t)
	if f == "" || nonPlace[f] || stop[f] || metonym[f] {
		return false
	}
	ws := strings.Fields(f)
	if len(ws) > 1 && (orgHead[ws[len(ws)-1]] || eventHead[ws[0]]) {
		return false
	}
	for _, w := range strings.Fields(t)[1:] {
		// A lower-case word inside a name must be a joiner ("Bay of
		// Islands"), not a verb ("Trump met Netanyahu").
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !joiner[w] {
			return false
		}
	}
	if !strings.Contains(f, " ") {
		for _, suf := range []string{"ian", "ians", "ese", "ish", "ans", "ic"} {
			if strings.HasSuffix(f, suf) {
				return false
			}
		}
	}
	return true
}

// metonym are buildings and streets that stand for a government or a
// trade more often than for a place.
var metonym = map[string]bool{
	"white house": true, "kremlin": true, "pentagon": true, "downing street": true,
	"elysee": true, "elysee palace": true, "capitol hill": true, "wall street": true,
	"whitehall": true, "foggy bottom": true, "quai d'orsay": true, "bankova": true,
}

// orgHead last words make a name an organisation's; eventHead first words
// an event's.
var orgHead = map[string]bool{
	"school": true, "university": true, "college": true, "academy": true, "institute": true,
	"library": true, "bibliotheek": true, "company": true, "corporation": true, "inc": true,
	"ltd": true, "party": true, "council": true, "committee": true, "court": true,
	"ministry": true, "bank": true, "empire": true, "army": true, "agency": true, "group": true,
}

var eventHead = map[string]bool{
	"cyclone": true, "hurricane": true, "typhoon": true, "storm": true, "operation": true, "battle": true,
}

// demonym reports whether a one-word unknown name is a nationality
// adjective: a strict prefix of a country's name ("Philippine").
func (g *Gazetteer) demonym(t string) bool {
	f := names.Fold(t)
	if strings.Contains(f, " ") || len(f) < 4 {
		return false
	}
	for _, suf := range []string{"s", "a", "ia", "es"} {
		for _, c := range g.exact[f+suf] {
			if g.Entries[c].Kind == "country" {
				return true
			}
		}
	}
	return false
}

// personName reports whether t is a word of the name of a person actor
// already resolved in d (the recogniser sometimes calls a surname a place).
func personName(d *doc.Document, t string) bool {
	f := names.Fold(t)
	for _, a := range d.Actors {
		if a.Kind != "person" {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, w := range strings.Fields(names.Fold(n)) {
				if w == f {
					return true
				}
			}
		}
	}
	return false
}

// qualified reports whether the span is followed by ", " and a capital
// letter, as in "Boxborough, Massachusetts".
func qualified(text string, s doc.Span) bool {
	rest := text[s.End:]
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[2:])
	return unicode.IsUpper(r)
}

// normSpace collapses runs of white space to one space.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// islands are gazetteer places commonly called "the island".
var islands = map[string]bool{
	"Taiwan": true, "Cyprus": true, "Cuba": true, "Sri Lanka": true, "Iceland": true, "Ireland": true,
	"Malta": true, "Jamaica": true, "Madagascar": true, "Haiti": true, "Bahrain": true, "Singapore": true,
	"Sicily": true, "Sardinia": true, "Corsica": true, "Lampedusa": true, "Crete": true, "Hokkaido": true,
	"Kyushu": true, "Okinawa": true, "Mindanao": true, "Luzon": true, "Borneo": true, "Sumatra": true,
	"Java": true, "Bali": true, "Hainan": true, "Jeju": true, "Kinmen": true, "Sakhalin": true,
	"Guam": true, "Réunion": true, "Martinique": true, "Guadeloupe": true, "Mayotte": true,
	"Tasmania": true, "Newfoundland": true, "Prince Edward Island": true, "Greenland": true,
	"Hawaii": true, "Zanzibar": true, "Socotra": true, "Kharg Island": true, "Snake Island": true,
}

// entryKind is the kind a gazetteer place has for nominal reference.
func entryKind(e *Entry) string {
	if islands[e.Name] || lastWordIn(e.Name, "island", "isle") {
		return "island"
	}
	return e.Kind
}

// unknownKind guesses the kind of a place the gazetteer lacks from its
// head word ("Crater Lake" → lake, "Coron Island" → island); "" when the
// name says nothing.
func unknownKind(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	first, last := f[0], f[len(f)-1]
	switch {
	case last == "city" || last == "town" || last == "village":
		return "city"
	case last == "county" || last == "province" || last == "state" || last == "region" || last == "district" || last == "oblast" || last == "prefecture":
		return "region"
	case last == "island" || last == "isle" || first == "isle":
		return "island"
	case last == "park" || last == "gardens" || last == "garden":
		return "park"
	case last == "lake" || first == "lake":
		return "lake"
	}
	return ""
}

func lastWordIn(name string, ws ...string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	last := name[i+1:]
	for _, w := range ws {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	return false
}

// isCountry reports whether any candidate is a country.
func isCountry(g *Gazetteer, cands []int32) bool {
	for _, c := range cands {
		if g.Entries[c].Kind == "country" {
			return true
		}
	}
	return false
}

// nominalKinds maps the head noun of a definite nominal to the kinds of
// place it may refer back to.
var nominalKinds = map[string][]string{
	"city":     {"city", "capital"},
	"town":     {"city"},
	"village":  {"city"},
	"capital":  {"capital"},
	"country":  {"country"},
	"nation":   {"country"},
	"state":    {"region"},
	"province": {"region"},
	"region":   {"region"},
	"oblast":   {"region"},
	"island":   {"island"},
	"park":     {"park"},
	"lake":     {"lake"},
}

// nominalWindow is how many sentences back a nominal looks for its place.
const nominalWindow = 3

// followOK are lower-case words that may follow a nominal's head when the
// document has no part-of-speech tags: verbs, prepositions and
// conjunctions, which show the noun ends its phrase.
var followOK = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "have": true, "and": true, "or": true,
	"but": true, "will": true, "would": true, "could": true, "can": true, "said": true, "says": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "from": true, "by": true,
	"which": true, "that": true, "where": true, "who": true, "itself": true, "as": true, "after": true,
	"before": true, "since": true, "until": true, "remains": true, "became": true, "lies": true,
	"also": true, "now": true, "still": true, "are": true, "were": true, "into": true, "over": true,
}

// nominals adds to places (in text order, with their kinds) the definite
// nominal mentions that refer back to one of them, and returns all places
// in text order.
func nominals(d *doc.Document, words []word, places []doc.Place, kinds []string) []doc.Place {
	if len(places) == 0 {
		return places
	}
	text := d.Text
	sentOf := sentencer(d)
	type ref struct {
		p    doc.Place
		kind string
		sent int
	}
	refs := make([]ref, 0, len(places))
	for i, p := range places {
		refs = append(refs, ref{p, kinds[i], sentOf(p.Start)})
	}
	var added []doc.Place
	for i := 0; i+1 < len(words); i++ {
		w, n := words[i], words[i+1]
		if det := text[w.Start:w.End]; !strings.EqualFold(det, "the") && !strings.EqualFold(det, "this") && !strings.EqualFold(det, "that") || n.Start != w.End+1 || text[w.End] != ' ' {
			continue
		}
		noun := text[n.Start:n.End]
		ks, ok := nominalKinds[noun] // lower case only: "the State of …" is a name
		if !ok {
			continue
		}
		span := doc.Span{Start: w.Start, End: n.End}
		j := i + 2
		if noun == "capital" && j < len(words) && text[words[j].Start:words[j].End] == "city" && words[j].Start == n.End+1 {
			span.End = words[j].End
			j++
		}
		if !heads(d, span.End, words, j) {
			continue
		}
		overlap := false
		for _, p := range places {
			if p.Overlaps(span) {
				overlap = true
				break
			}
		}
		if overlap {
			continue
		}
		s := sentOf(span.Start)
		// Among the compatible places of the last few sentences, the one
		// mentioned most often so far wins (a travel guide's "the city" is
		// its subject, not a city named in passing); then the latest.
		best, bestN := -1, 0
		for k := len(refs) - 1; k >= 0; k-- {
			r := refs[k]
			if r.p.End > span.Start {
				continue
			}
			if s-r.sent > nominalWindow {
				break
			}
			if !hasKind(ks, r.kind) {
				continue
			}
			n := 0
			for _, o := range refs {
				if o.p.Start < span.Start && o.p.Name == r.p.Name && sameCountry(o.p, r.p) {
					n++
				}
			}
			if n > bestN {
				best, bestN = k, n
			}
		}
		if best < 0 {
			continue
		}
		r := refs[best]
		p := r.p
		p.Span, p.Text = span, text[span.Start:span.End]
		added = append(added, p)
		// Later nominals may refer back to this one: insert it in order.
		at := sort.Search(len(refs), func(x int) bool { return refs[x].p.Start > span.Start })
		refs = append(refs, ref{})
		copy(refs[at+1:], refs[at:])
		refs[at] = ref{p, r.kind, s}
	}
	if len(added) == 0 {
		return places
	}
	out := append(places, added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func sameCountry(a, b doc.Place) bool {
	if a.Country == nil || b.Country == nil {
		return a.Country == nil && b.Country == nil
	}
	return *a.Country == *b.Country
}

func hasKind(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// heads reports whether the nominal ending at end heads its phrase: what
// follows is punctuation, a possessive, the end of the text, or a word
// that cannot extend the noun phrase (not a noun or number by its tag;
// without tags, a word of followOK). "the city of Portland" is left to
// the name.
func heads(d *doc.Document, end int, words []word, j int) bool {
	text := d.Text
	rest := text[end:]
	if rest == "" || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	if j >= len(words) || words[j].Start != end+1 || text[end] != ' ' {
		// Punctuation or a line break follows, unless it is a hyphen
		// ("the city-state") or an apostrophe.
		r, _ := utf8.DecodeRuneInString(rest)
		return r != '-' && r != '\'' && r != '’'
	}
	nw := text[words[j].Start:words[j].End]
	if strings.EqualFold(nw, "of") {
		return false
	}
	k := sort.Search(len(d.Tokens), func(x int) bool { return d.Tokens[x].Start >= words[j].Start })
	if k < len(d.Tokens) && d.Tokens[k].Start == words[j].Start && d.Tokens[k].UPOS != "" {
		switch d.Tokens[k].UPOS {
		case "NOUN", "PROPN", "NUM":
			return false
		}
		return true
	}
	return followOK[strings.ToLower(nw)]
}

// sentencer returns a function giving the sentence index of a byte offset:
// from d.Sentences when present, else from sentence-final punctuation and
// line breaks.
func sentencer(d *doc.Document) func(int) int {
	var starts []int
	if len(d.Sentences) > 0 {
		for _, s := range d.Sentences {
			starts = append(starts, s.Start)
		}
	} else {
		starts = append(starts, 0)
		t := d.Text
		for i := 0; i < len(t); i++ {
			switch t[i] {
			case '\n':
				starts = append(starts, i+1)
			case '.', '!', '?':
				if i+1 < len(t) && t[i+1] == ' ' {
					starts = append(starts, i+2)
				}
			}
		}
	}
	return func(off int) int {
		return sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
	}
}

// thereRefs adds the locative "there" of a parsed document that refers
// back to a place: an adverb (deprel advmod, not the "there" of "there
// is") whose sentence or the previous one mentions a place; and the
// subject "it", and "its", after a place that is the subject of the same
// or the previous sentence with no actor mentioned in between ("Tulsa
// grew fast. It …", "… Its mayor"). Each is output as a place with the
// latest place's name, country and coordinates, its text being the
// pronoun or "there". places are in text order; the result is too.
func thereRefs(d *doc.Document, places []doc.Place) []doc.Place {
	if len(places) == 0 {
		return places
	}
	sentOf := sentencer(d)
	var added []doc.Place
	k := 0 // places[:k] start before the token
	for _, t := range d.Tokens {
		for k < len(places) && places[k].End <= t.Start {
			k++
		}
		if k == 0 {
			continue
		}
		p := places[k-1]
		if s := sentOf(t.Start); s-sentOf(p.Start) > 1 {
			continue
		}
		w := strings.ToLower(d.Text[t.Start:t.End])
		switch {
		case t.Deprel == "advmod" && w == "there":
		case (strings.HasPrefix(t.Deprel, "nsubj") && w == "it" || w == "its") && subjectPlace(d, p, t.Start):
		default:
			continue
		}
		p.Span, p.Text = t.Span, d.Text[t.Start:t.End]
		added = append(added, p)
	}
	if len(added) == 0 {
		return places
	}
	out := append(places, added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// subjectPlace reports whether place p is the subject of its clause and
// no actor mention comes between it and off: "Tulsa grew fast. It ..."
func subjectPlace(d *doc.Document, p doc.Place, off int) bool {
	subj := false
	for _, t := range d.Tokens {
		if t.Start >= p.Start && t.End <= p.End && strings.HasPrefix(t.Deprel, "nsubj") {
			subj = true
		}
	}
	if !subj {
		return false
	}
	for _, a := range d.Actors {
		for _, m := range a.Mentions {
			if m.Start >= p.End && m.End <= off {
				return false
			}
		}
	}
	return true
}
