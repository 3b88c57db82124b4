// Package place finds and resolves place mentions in a document: countries,
// capitals, cities, regions and bodies of water, each given a canonical
// English name, an ISO 3166-1 alpha-3 country code and coordinates from an
// embedded gazetteer.
//
// # Sources of mentions
//
// Place mentions come from two sources: the named-entity recogniser's GPE
// and LOC entities (d.Entities), and a scan of the text for capitalised
// word sequences that are gazetteer names or aliases, for places the
// recogniser missed. Matching folds case and accents (names.Fold: "kyiv",
// "Jersón"); names the recogniser marked as places are also matched across
// transliterations (names.Match: Jarkov/Kharkiv, Zaporiyia/Zaporizhzhia),
// as are capitalised words right after a locative preposition ("in",
// "near", "from", …). Words inside a PER, ORG or other non-place entity
// are never taken as places by the scan (Paris Hilton, the Washington Post).
// A short list of names that are also common words or given names (Nice,
// Split, Chad, Jordan, Georgia, Victoria, …) is only taken when the
// recogniser marked it as a place or a locative preposition precedes it.
//
// # Places the gazetteer lacks
//
// A recogniser GPE or LOC that is no gazetteer name and holds none is
// output under its own name as written (spacing normalised: "Forest
// Park", "Crater Lake"), with null coordinates and a null country unless a
// qualifier gives it ("Boxborough, Massachusetts" → USA), so the mentions
// of one such place share a name. Obvious non-places are dropped: pronouns
// and common words, all-caps abbreviations, names with digits or with a
// lower-case word that is not a joiner ("Trump met Netanyahu"), demonyms
// ("Philippine"), metonyms (White House, Kremlin), organisation and event
// names (… School, … University, Cyclone …), and words of a person actor's
// name. A one-word name must follow a locative preposition ("in Dulwich")
// or a place noun and "of" ("the province of Palawan") at least once in
// the document, be marked a place by the recogniser twice or more, or be
// qualified. A gazetteer name whose qualifier is a
// region holding no candidate ("Paris, Texas") is output the same way,
// with the qualifier's country.
//
// # Nominal mentions
//
// A definite "the city" ("this city", "that city"), "the town", "the
// village", "the capital (city)", "the country", "the nation", "the
// state", "the province", "the region", "the island", "the park" or "the
// lake" whose noun heads its phrase (not
// "the city council", "the city of …", "the city-state") refers back to a
// place of a compatible kind mentioned in the same or the three preceding
// sentences: city/town/village → cities and capitals, capital → capitals,
// country/nation → countries, state/province/region → regions, island →
// islands (names ending in Island and a list of island countries and
// regions). Among several, the one mentioned most often so far wins, then
// the latest. The nominal is output as a place with its own text and the
// antecedent's name, country and coordinates; with no antecedent nothing
// is output. In a parsed document, a locative "there" (an adverb, not the
// "there" of "there is") is output the same way after a place of its
// sentence or the one before, and so are a subject "it" and "its" after a
// place that is the subject of its sentence or the one before, no actor
// being mentioned in between.
//
// # Disambiguation
//
// When a name has several gazetteer entries the largest population wins,
// except that a country named by a qualifier ("Paris, Texas"; "Tripoli,
// Lebanon") or by another unambiguous place mention elsewhere in the
// document is preferred. A qualifier that names a place the gazetteer does
// not hold for that name (Paris, Texas: no Texan Paris of note) leaves the
// name unresolved rather than guessing the French capital; the qualifier
// itself, when it is a gazetteer place, is still reported.
//
// # Gazetteer format
//
// The gazetteer is embedded from gazetteer/*.tsv: UTF-8, one place per
// line, "#" comment lines and blank lines ignored, tab-separated fields
//
//	kind  name  country  lat  lon  pop  [aliases]
//
// kind is country, capital, city, region or water; name is the canonical
// English name; country an ISO 3166-1 alpha-3 code, or "-" for seas and
// straits shared by several countries; lat and lon decimal degrees (two
// decimals); pop the approximate population in thousands (0 for regions
// and water where it does not apply; used only to rank homonyms); aliases
// optional, separated by "|": other spellings (Kiev, Jarkov, Jersón,
// Nikolaev) and short forms. A country's coordinates are those of its
// capital. The entries were written from general knowledge for this
// project; no third-party gazetteer file was copied.
package place

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/names"
)

// Options configure Find.
type Options struct {
	// Gazetteer to resolve against; nil means the embedded one.
	Gazetteer *Gazetteer
	// NoScan turns off the gazetteer scan of the text, so only the
	// recogniser's GPE and LOC entities are resolved.
	NoScan bool
}

// mention is a candidate place mention before disambiguation.
type mention struct {
	doc.Span
	cands []int32
	qual  string // country of a ", Qualifier" after the mention, if any
	qualX bool   // a qualifier was present but no candidate lies in its country
	qualR bool   // with qualX: the qualifier is a region (Paris, Texas), not a country
	weak  bool   // an ambiguous word (Nice, Tyre) kept only if its country is otherwise mentioned
	amb   bool   // an ambiguous word, whatever its context: it never sets the document's countries
	unk   bool   // a recogniser place the gazetteer lacks: output under its own name, no coordinates
	force int32  // the candidate a qualifier role fixed ("Georgia" after "Atlanta,"), or -1
}

// Find resolves the place mentions of d and appends them to d.Places in
// text order. Mentions never overlap. It does nothing if the gazetteer
// cannot be loaded (the embedded one always loads; a test guards it).
func Find(d *doc.Document, opts Options) {
	g := opts.Gazetteer
	if g == nil {
		var err error
		if g, err = Default(); err != nil {
			return
		}
	}
	for _, p := range g.Resolve(d, opts) {
		// a word cut short by an invalid byte ("state\x83"): no place
		// may start or end inside a character
		if onBoundary(d.Text, p.Start) && onBoundary(d.Text, p.End) {
			d.Places = append(d.Places, p)
		}
	}
}

func onBoundary(text string, i int) bool {
	return i == 0 || i == len(text) || (i > 0 && i < len(text) && utf8.RuneStart(text[i]))
}

var placeTypes = map[string]bool{"GPE": true, "LOC": true}

// Resolve returns the places of d without changing it.
func (g *Gazetteer) Resolve(d *doc.Document, opts Options) []doc.Place {
	words := segment(d.Text)
	var ms []mention
	fuzzy := g.fuzzyCached
	taken := func(s doc.Span) bool {
		for i := range ms {
			if ms[i].Overlaps(s) {
				return true
			}
		}
		return false
	}
	// 1. Recogniser entities.
	var unknown []doc.Span
	for _, e := range d.Entities {
		if !placeTypes[e.Type] || taken(e.Span) {
			continue
		}
		s := trimThe(d.Text, e.Span)
		if s.Len() == 0 {
			continue
		}
		t := d.Text[s.Start:s.End]
		cands := g.lookup(t)
		if len(cands) == 0 && utf8.RuneCountInString(t) >= 5 && !nonPlace[strings.ToLower(t)] && !functionWord(d, s.Start) {
			cands = fuzzy(t) // never a common word ("There", "They're" are not Tyre)
		}
		if len(cands) > 0 && !attributive(d, s) {
			ms = append(ms, mention{Span: s, cands: cands, force: -1})
		} else if len(cands) == 0 {
			unknown = append(unknown, splitCommas(d.Text, s)...)
		}
		// Entities that are no gazetteer name ("Kyiv region") are left to
		// the scan, which finds the names inside them; what the scan does
		// not cover is kept under its own name below.
	}
	// 2. Gazetteer scan of capitalised word sequences.
	if !opts.NoScan {
		blocked := make([]doc.Span, 0, len(d.Entities))
		for _, e := range d.Entities {
			if !placeTypes[e.Type] {
				blocked = append(blocked, e.Span)
			}
		}
		// A non-place entity blocks the scan only when it reaches beyond
		// the candidate name (Paris Hilton, the Washington Post): a
		// recogniser that calls a lone known place name PER or ORG is
		// more often wrong than the gazetteer.
		inBlocked := func(s doc.Span) bool {
			for _, b := range blocked {
				if b.Overlaps(s) && (b.Start < s.Start || b.End > s.End) {
					return true
				}
			}
			return false
		}
		for i := 0; i < len(words); i++ {
			w := words[i]
			if !w.upper {
				continue
			}
			best, bestEnd := []int32(nil), -1
			for j := i; j < len(words) && j-i < g.maxTok; j++ {
				if j > i && words[j].Start-words[j-1].End > 2 {
					break // a gap wider than ", " or " - " ends a name
				}
				if j > i && strings.ContainsAny(d.Text[words[j-1].End:words[j].Start], ",.;:!?()\"") {
					break
				}
				lw := strings.ToLower(d.Text[words[j].Start:words[j].End])
				if !words[j].upper && !joiner[lw] && !(j > i && follower[lw]) {
					break
				}
				if !words[j].upper && !follower[lw] {
					continue
				}
				if c := g.lookup(d.Text[w.Start:words[j].End]); len(c) > 0 {
					best, bestEnd = c, j
				}
			}
			span := doc.Span{Start: w.Start, End: w.End}
			prep := i > 0 && locative[strings.ToLower(d.Text[words[i-1].Start:words[i-1].End])]
			if best == nil {
				// Transliteration-tolerant match of one capitalised word
				// after a locative preposition ("fighting near Jarkov").
				if !prep || utf8.RuneCountInString(d.Text[w.Start:w.End]) < 5 || inBlocked(span) || stop[names.Fold(d.Text[w.Start:w.End])] ||
					strings.ContainsAny(d.Text[words[i-1].End:w.Start], ".!?;:") || functionWord(d, w.Start) {
					// not across a sentence end ("… to. There …"), nor a
					// pronoun or adverb ("There" is not Tyre)
					continue
				}
				c := fuzzy(d.Text[w.Start:w.End])
				if len(c) == 0 {
					continue
				}
				best, bestEnd = c, i
			}
			span.End = words[bestEnd].End
			if inBlocked(span) || attributive(d, span) {
				continue
			}
			if taken(span) {
				// A longer gazetteer name wins over the recogniser's shorter
				// mentions it contains ("Sea of Japan" over "Japan", "Kursk
				// region" over "Kursk"); a partial overlap keeps the mention.
				ok := true
				for k := range ms {
					if ms[k].Overlaps(span) && !(span.Contains(ms[k].Span) && span.Len() > ms[k].Len()) {
						ok = false
					}
				}
				if !ok {
					continue
				}
				kept := ms[:0]
				for _, m := range ms {
					if !span.Contains(m.Span) {
						kept = append(kept, m)
					}
				}
				ms = kept
			}
			amb := bestEnd == i && ambiguous[names.Fold(d.Text[span.Start:span.End])]
			weak := amb && !prep
			if bestEnd == i && i+1 < len(words) && words[i+1].upper && words[i+1].Start-w.End == 1 && !g.known(d.Text[words[i+1].Start:words[i+1].End]) {
				// "Washington Post", "Jordan Bardella", "Sydney Morning…":
				// a place name glued to an unknown capitalised word is most
				// often part of another name.
				continue
			}
			ms = append(ms, mention{Span: span, cands: best, weak: weak, amb: amb, force: -1})
			i = bestEnd
		}
	}
	// Recogniser places the gazetteer lacks (Forest Park, Crater Lake), where
	// the scan found no gazetteer name inside them.
	var keep []doc.Span
	for _, s := range unknown {
		if !taken(s) && plausible(d.Text[s.Start:s.End]) && !g.demonym(d.Text[s.Start:s.End]) && !personName(d, d.Text[s.Start:s.End]) {
			keep = append(keep, s)
		}
	}
	// A one-word unknown name is kept only if one of its mentions follows
	// a locative preposition ("in Dulwich", "to Mallorca") or a place noun
	// and "of" ("the province of Palawan"), or the recogniser marks it a
	// place twice or more: alone, such words are as often people or things
	// the recogniser mistook.
	located := map[string]bool{}
	seen := map[string]int{}
	for _, s := range keep {
		// a name the recogniser marks as a place twice or more
		f := names.Fold(d.Text[s.Start:s.End])
		if seen[f]++; seen[f] >= 2 {
			located[f] = true
		}
	}
	for _, s := range keep {
		i := sort.Search(len(words), func(i int) bool { return words[i].Start >= s.Start })
		if i > 0 && i < len(words) && words[i].Start == s.Start && (locative[strings.ToLower(d.Text[words[i-1].Start:words[i-1].End])] ||
			i > 1 && d.Text[words[i-1].Start:words[i-1].End] == "of" && nominalKinds[d.Text[words[i-2].Start:words[i-2].End]] != nil) {
			located[names.Fold(d.Text[s.Start:s.End])] = true
		}
	}
	for _, s := range keep {
		t := d.Text[s.Start:s.End]
		if len(strings.Fields(t)) == 1 && !located[names.Fold(t)] && !qualified(d.Text, s) {
			continue
		}
		ms = append(ms, mention{Span: s, unk: true, force: -1})
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	// 3. Qualifiers: "X, Y" where Y is a country or region mention.
	// The qualifier's own reading is the one that holds the name before it
	// (Atlanta, Georgia: the US state, not the country).
	for i := 0; i+1 < len(ms); i++ {
		if ms[i+1].Start < ms[i].End || ms[i+1].unk {
			continue
		}
		gap := d.Text[ms[i].End:ms[i+1].Start]
		if strings.TrimSpace(gap) != "," {
			continue
		}
		var qs []int32
		for _, c := range ms[i+1].cands {
			if q := g.Entries[c]; (q.Kind == "country" || q.Kind == "region") && q.Country != "" {
				qs = append(qs, c)
			}
		}
		if len(qs) == 0 || isCountry(g, ms[i].cands) {
			continue // a country is never qualified: "France, Germany and Italy" is a list
		}
		if ms[i].unk {
			// An unknown name takes the qualifier's country only when the
			// qualifier has one reading ("Boxborough, Massachusetts").
			if len(qs) == 1 {
				ms[i].qual = g.Entries[qs[0]].Country
			}
			continue
		}
		ms[i].qual, ms[i].qualX = g.Entries[qs[0]].Country, true
		ms[i].qualR = g.Entries[qs[0]].Kind == "region"
	match:
		for _, q := range qs {
			for _, c := range ms[i].cands {
				if g.Entries[c].Country == g.Entries[q].Country {
					ms[i].qual, ms[i].qualX = g.Entries[q].Country, false
					if len(qs) > 1 {
						ms[i+1].force = q
					}
					break match
				}
			}
		}
	}
	// Unqualified "X, Y" after an unknown place, e.g. "Paris, Texas": the
	// scan saw no mention for Texas, so look at the raw text.
	for i := range ms {
		if ms[i].qual != "" {
			continue
		}
		rest := d.Text[ms[i].End:]
		if strings.HasPrefix(rest, ", ") && len(rest) > 2 {
			r, _ := utf8.DecodeRuneInString(rest[2:])
			if unicode.IsUpper(r) && usState(rest[2:]) && !ms[i].unk {
				ms[i].qual, ms[i].qualX, ms[i].qualR = "USA", true, true
				for _, c := range ms[i].cands {
					if g.Entries[c].Country == "USA" {
						ms[i].qualX = false
					}
				}
			}
		}
	}
	// 4. Countries the document is about: countries named outright and
	// places with a single candidate.
	docCountries := map[string]int{}
	for _, m := range ms {
		if m.amb || m.qualX || m.unk {
			continue
		}
		if len(m.cands) == 1 || g.Entries[m.cands[0]].Kind == "country" {
			if c := g.Entries[m.cands[0]].Country; c != "" {
				docCountries[c]++
			}
		}
	}
	out := make([]doc.Place, 0, len(ms))
	kinds := make([]string, 0, len(ms))
	for _, m := range ms {
		if !boundary(d.Text, m.Start) || !boundary(d.Text, m.End) {
			continue // never on well-formed text; guards against invalid UTF-8
		}
		if m.qualX && !m.qualR {
			continue // "Moscow, Ukraine": more likely a list than a qualifier
		}
		if m.unk || m.qualX {
			// A place the gazetteer lacks, or a name whose qualifier rules
			// out every gazetteer reading (Paris, Texas): its name as
			// written, the qualifier's country if any, no coordinates.
			name := normSpace(d.Text[m.Start:m.End])
			p := doc.Place{Span: m.Span, Text: d.Text[m.Start:m.End], Name: name}
			if m.qual != "" {
				c := m.qual
				p.Country = &c
			}
			out = append(out, p)
			kinds = append(kinds, unknownKind(name))
			continue
		}
		best, bestScore := int32(-1), math.Inf(-1)
		for _, c := range m.cands {
			if m.force >= 0 && c != m.force {
				continue
			}
			e := &g.Entries[c]
			s := math.Log10(float64(e.Pop) + 1)
			switch e.Kind {
			case "country":
				s += 6
			case "capital":
				s += 1
			case "region", "water":
				s += 3
			}
			if m.qual != "" && e.Country == m.qual {
				s += 20
			}
			if docCountries[e.Country] > 0 {
				s += 2
			}
			if s > bestScore {
				best, bestScore = c, s
			}
		}
		e := &g.Entries[best]
		if m.weak && (e.Country == "" || docCountries[e.Country] == 0) {
			continue
		}
		p := doc.Place{Span: m.Span, Text: d.Text[m.Start:m.End], Name: e.Name}
		if e.Country != "" {
			c := e.Country
			p.Country = &c
		}
		lat, lon := e.Lat, e.Lon
		p.Lat, p.Lon = &lat, &lon
		out = append(out, p)
		kinds = append(kinds, entryKind(e))
	}
	return thereRefs(d, nominals(d, words, out, kinds))
}

// attributive reports whether s is an upper-case abbreviation used as a
// modifier rather than as a place: "US forces", "UK-French plan". With
// part-of-speech tags a following noun or adjective decides ("the US
// military" is a modifier, "the US said" is not); without them a
// following lower-case word does, unless "the" precedes the abbreviation.
func attributive(d *doc.Document, s doc.Span) bool {
	text := d.Text
	t := text[s.Start:s.End]
	if len(t) > 4 || strings.ToUpper(t) != t {
		return false
	}
	rest := text[s.End:]
	if strings.HasPrefix(rest, "-") {
		return true
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest[1:]); !unicode.IsLower(r) {
		return false
	}
	next := s.End + 1
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= next })
	if i < len(d.Tokens) && d.Tokens[i].Start == next && d.Tokens[i].UPOS != "" {
		switch d.Tokens[i].UPOS {
		case "NOUN", "ADJ", "PROPN", "NUM":
			return true
		}
		return false
	}
	before := strings.ToLower(text[:s.Start])
	return !strings.HasSuffix(before, "the ")
}

// known reports whether a capitalised word is itself a gazetteer name or
// a word that commonly follows a place name (Region, Oblast, City…).
func (g *Gazetteer) known(w string) bool {
	f := names.Fold(w)
	return len(g.exact[f]) > 0 || follower[f]
}

// boundary reports whether offset i of s starts a rune (or ends s).
func boundary(s string, i int) bool { return i <= 0 || i >= len(s) || utf8.RuneStart(s[i]) }

// trimThe drops a leading "the " from an entity span.
func trimThe(text string, s doc.Span) doc.Span {
	t := text[s.Start:s.End]
	if len(t) > 4 && strings.EqualFold(t[:4], "the ") {
		s.Start += 4
	}
	return s
}

type word struct {
	doc.Span
	upper bool
}

// segment splits text into words: runs of letters, marks, digits and
// in-word apostrophes; a possessive 's ends the word before it.
func segment(text string) []word {
	var ws []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if (r == '\'' || r == '’') && i+n < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i+n:])
				if r2 == 's' || r2 == 'S' {
					if j := i + n + n2; j >= len(text) || !isWordRune(firstRune(text[j:])) {
						break // possessive
					}
				}
				if isWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		f, _ := utf8.DecodeRuneInString(text[start:])
		ws = append(ws, word{Span: doc.Span{Start: start, End: i}, upper: unicode.IsUpper(f)})
	}
	return ws
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// joiner words may occur inside a multi-word place name.
var joiner = map[string]bool{"of": true, "and": true, "the": true, "al": true, "el": true, "de": true, "do": true, "da": true, "del": true, "la": true, "le": true, "les": true, "du": true, "sur": true, "am": true, "on": true, "upon": true, "i": true, "y": true, "e": true, "an": true, "en": true, "ad": true, "ash": true, "as": true, "ar": true, "az": true, "at": true, "ed": true, "es": true, "ez": true, "dos": true, "das": true, "a": true, "au": true, "aux": true}

// locative prepositions before a place name.
var locative = map[string]bool{"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "outside": true, "around": true, "towards": true, "toward": true, "across": true, "through": true, "via": true, "visited": true, "visit": true, "off": true}

// follower words may follow a place name inside a longer place phrase.
var follower = map[string]bool{"region": true, "oblast": true, "city": true, "province": true, "district": true, "governorate": true, "county": true, "state": true, "republic": true, "area": true, "strip": true, "sea": true, "river": true, "airport": true, "port": true, "front": true, "direction": true, "axis": true, "krai": true, "valley": true, "mountains": true, "dam": true, "crossing": true, "corridor": true, "peninsula": true, "states": true, "islands": true}

// ambiguous names are common words or given names; the scan takes them
// only after a locative preposition (the recogniser may still mark them).
var ambiguous = map[string]bool{
	"acre": true, "angers": true, "ariel": true, "artyom": true, "as": true, "aurora": true,
	"austin": true, "bar": true, "bath": true, "batman": true, "bay": true, "beer": true,
	"beni": true, "bo": true, "bristol": true, "buffalo": true, "cali": true, "carmen": true,
	"chad": true, "charlotte": true, "chester": true, "columbus": true, "concord": true, "cork": true,
	"derby": true, "dover": true, "durham": true, "engels": true, "essen": true, "eugene": true,
	"florence": true, "gao": true, "gary": true, "guadalupe": true, "gubkin": true, "guinea": true,
	"hall": true, "hamilton": true, "henderson": true, "hope": true, "hue": true, "hull": true,
	"independence": true, "irving": true, "jackson": true, "jordan": true, "kara": true, "kent": true,
	"kirov": true, "korolev": true, "korolyov": true, "kurchatov": true, "lafayette": true,
	"leon": true, "lincoln": true, "ma": true, "madison": true, "male": true, "man": true,
	"march": true, "marietta": true, "marinka": true, "marion": true, "mary": true, "medina": true,
	"mendoza": true, "mercedes": true, "mesa": true, "mobile": true, "mocha": true,
	"montgomery": true, "nancy": true, "natal": true, "nice": true, "of": true, "orange": true,
	"ordu": true, "orlando": true, "palmas": true, "palmdale": true, "pau": true, "phoenix": true,
	"pierre": true, "providence": true, "pueblo": true, "reading": true, "regina": true,
	"richmond": true, "rio": true, "roma": true, "sale": true, "salem": true, "salvador": true,
	"sandy": true, "santa": true, "santos": true, "split": true, "stockton": true, "sunday": true, "sur": true, "dura": true, "mus": true, "ghat": true, "balad": true,
	"temple": true, "tours": true, "troy": true, "trujillo": true, "trump": true, "tyre": true,
	"union": true, "university": true, "ur": true, "van": true, "victoria": true, "vladimir": true,
	"waco": true, "wellington": true, "wigan": true, "york": true, "zhukovsky": true,
}

// stop words are never fuzzily matched to a place.
var stop = map[string]bool{"russian": true, "ukrainian": true, "american": true, "european": true, "president": true, "minister": true, "government": true, "ministry": true}

// usState reports whether s starts with the name of a US state, for the
// "Paris, Texas" rule when the gazetteer has no entry for the state.
func usState(s string) bool {
	for _, st := range usStates {
		if strings.HasPrefix(s, st) && (len(s) == len(st) || !isWordRune(firstRune(s[len(st):]))) {
			return true
		}
	}
	return false
}

var usStates = []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"}

// functionWord reports whether the token starting at off is tagged as a
// pronoun, adverb, determiner or auxiliary ("There", "They're"), which
// the recogniser sometimes marks as a place.
func functionWord(d *doc.Document, off int) bool {
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
	if k >= len(d.Tokens) || d.Tokens[k].Start != off {
		return false
	}
	switch d.Tokens[k].UPOS {
	case "PRON", "ADV", "DET", "AUX", "SCONJ", "CCONJ", "ADP":
		return true
	}
	return false
}
