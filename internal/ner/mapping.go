package ner

import (
	"strings"
)

// MapRow maps one label of one corpus to the recogniser's classes.
type MapRow struct {
	Corpus string // corpus name as used by Train and Eval
	Label  string // the corpus's own label; "*" = any other label
	// To lists the classes the mention may be: "PER", "ORG", "PLACE" (GPE or
	// LOC), "NORP", or "O" (not a name we recognise). Several classes make
	// the label ambiguous: training then lets the model choose among them
	// (latent structured perceptron), and evaluation scores the first.
	To []string
	// Listed: a mention whose whole text is a nationality, religious or
	// political group name in our NORP gazetteer (and not a place or
	// organisation name there) is NORP.
	Listed bool
	Note   string
}

// Mapping is the one table that maps every corpus's types to ours.
var Mapping = []MapRow{
	{"gum", "person", []string{"PER"}, true, "name spans only: mentions whose head is a proper noun, trimmed to the proper-noun run, titles dropped"},
	{"gum", "organization", []string{"ORG"}, true, ""},
	{"gum", "place", []string{"PLACE"}, true, ""},
	{"gum", "*", []string{"O", "NORP"}, false, "events, works, times, ... with proper-noun heads"},
	{"crossner", "politician", []string{"PER"}, true, ""},
	{"crossner", "person", []string{"PER"}, true, ""},
	{"crossner", "politicalparty", []string{"ORG"}, true, ""},
	{"crossner", "organisation", []string{"ORG"}, true, ""},
	{"crossner", "country", []string{"PLACE"}, true, ""},
	{"crossner", "location", []string{"PLACE"}, true, ""},
	{"crossner", "misc", []string{"O", "NORP"}, true, "demonyms and party-member nouns are NORP, other misc is O"},
	{"crossner", "election", []string{"O"}, false, ""},
	{"crossner", "event", []string{"O"}, false, ""},
	{"wikigold", "PER", []string{"PER"}, true, ""},
	{"wikigold", "ORG", []string{"ORG"}, true, ""},
	{"wikigold", "LOC", []string{"PLACE"}, true, ""},
	{"wikigold", "MISC", []string{"O", "NORP"}, true, "nationality adjectives are NORP; works, events, products O"},
	{"re3d", "Person", []string{"PER"}, true, "mentions without a capital letter (pronouns, common nouns) are O; mentions with lower-case words (titles, descriptions) are not trained on"},
	{"re3d", "Organisation", []string{"ORG", "PLACE"}, true, "re3d labels countries acting as agents Organisation"},
	{"re3d", "Location", []string{"PLACE"}, true, ""},
	{"re3d", "Nationality", []string{"NORP"}, false, ""},
	{"re3d", "*", []string{"O"}, false, "Temporal, Quantity, Money, Weapon, MilitaryPlatform, DocumentReference"},
	{"btc", "PER", []string{"PER"}, true, "@-handles: the '@' token is left out of the mention"},
	{"btc", "ORG", []string{"ORG"}, true, ""},
	{"btc", "LOC", []string{"PLACE"}, true, ""},
	{"wnut17", "person", []string{"PER"}, true, ""},
	{"wnut17", "location", []string{"PLACE"}, true, ""},
	{"wnut17", "corporation", []string{"ORG"}, true, ""},
	{"wnut17", "group", []string{"ORG", "NORP"}, true, "teams, bands, agencies; rarely ethnic or political groups"},
	{"wnut17", "*", []string{"O"}, false, "product, creative-work"},
	{"re-docred", "PER", []string{"PER"}, true, ""},
	{"re-docred", "ORG", []string{"ORG"}, true, "religions and party adjectives (Catholic, Republican) are listed NORP"},
	{"re-docred", "LOC", []string{"PLACE", "NORP"}, true, "DocRED LOC includes nationality adjectives"},
	{"re-docred", "MISC", []string{"O", "NORP"}, true, ""},
	{"re-docred", "*", []string{"O"}, false, "TIME, NUM"},
	{"uner", "PER", []string{"PER"}, false, "evaluation only"},
	{"uner", "ORG", []string{"ORG"}, false, ""},
	{"uner", "LOC", []string{"PLACE"}, false, "UNER LOC includes countries and cities"},
}

// norpAnnotated lists the corpora that annotate nationality, religious and
// political group names (as MISC, LOC or their own type). In the others an
// O token may be NORP: training lets the model choose.
var norpAnnotated = map[string]bool{"crossner": true, "wikigold": true, "re-docred": true, "re3d": true, "uner": false}

var classByName = map[string]int{"PER": cPER, "ORG": cORG, "PLACE": cPLACE, "NORP": cNORP, "O": -1}

// lookupRow finds the mapping row for a corpus label.
func lookupRow(corpus, label string) (MapRow, bool) {
	var star *MapRow
	for i := range Mapping {
		r := &Mapping[i]
		if r.Corpus != corpus {
			continue
		}
		if r.Label == label {
			return *r, true
		}
		if r.Label == "*" {
			star = r
		}
	}
	if star != nil {
		return *star, true
	}
	return MapRow{}, false
}

// mappedSpan is a corpus mention after mapping: its allowed classes (-1 for O)
// or, when Unknown, a stretch of tokens to leave unsupervised.
type mappedSpan struct {
	Start, End int
	Classes    []int
	Unknown    bool
}

// listedNORP reports whether words form a NORP gazetteer entry that is not
// also a place or organisation name.
func listedNORP(words []string) bool {
	c := defaultGaz.lookup(words...)
	return c&(1<<gNORP) != 0 && c&(1<<gCountry|1<<gCity|1<<gRegion|1<<gOrg) == 0
}

var pronouns = map[string]bool{"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "you": true, "your": true,
	"he": true, "him": true, "his": true, "she": true, "her": true, "it": true, "its": true, "they": true, "them": true,
	"their": true, "this": true, "that": true, "these": true, "those": true, "who": true, "which": true}

// titleModifiers may precede a title inside a person mention ("Foreign
// Secretary", "Prime Minister", "Deputy Foreign Minister").
var titleModifiers = map[string]bool{"foreign": true, "defense": true, "defence": true, "prime": true, "deputy": true,
	"vice": true, "interior": true, "finance": true, "special": true, "assistant": true, "senior": true, "chief": true,
	"press": true, "acting": true, "former": true, "the": true, "state": true, "national": true, "security": true,
	"first": true, "health": true, "justice": true, "economy": true, "trade": true, "home": true}

// allTitles reports whether every word is a title or a title modifier.
func allTitles(words []string) bool {
	for _, w := range words {
		if !defaultGaz.isTitle(w) && !titleModifiers[fold(w)] && !nameConnectors[fold(w)] {
			return false
		}
	}
	return true
}

// normalise applies the span conventions of Universal NER to a corpus
// mention: a leading lower-case "the" is left out, and so is a person's
// leading title with its modifiers ("President", "Dr.", "Foreign Secretary",
// "Deputy Foreign Minister"), as long as a name is left. It returns the
// trimmed range.
func normalise(words []string, s, e int, person bool) (int, int) {
	for s < e-1 && words[s] == "the" {
		s++
	}
	if person {
		cut := -1
		for k := s; k < e-1; k++ {
			w := words[k]
			if defaultGaz.isTitle(w) {
				cut = k + 1
				continue
			}
			if titleModifiers[fold(w)] || defaultGaz.lookup(w)&(1<<gNORP|1<<gCountry) != 0 {
				continue
			}
			break
		}
		if cut > 0 {
			s = cut
		}
	}
	return s, e
}

// mapSentence maps the spans of one corpus sentence to our classes.
func mapSentence(corpus string, st sentence) []mappedSpan {
	words := st.Words
	var out []mappedSpan
	for _, sp := range st.Spans {
		s, e := sp.Start, sp.End
		if corpus == "btc" && words[s] == "@" {
			if e-s == 1 {
				continue // the '@' of a handle is tagged apart from it: not a mention
			}
			s++
		}
		row, ok := lookupRow(corpus, sp.Label)
		if !ok || sp.Label == unknownLabel {
			out = append(out, mappedSpan{Start: s, End: e, Unknown: true})
			continue
		}
		var classes []int
		for _, t := range row.To {
			classes = append(classes, classByName[t])
		}
		if corpus == "re3d" && classes[0] >= 0 {
			upper, lowerWord := false, false
			for _, w := range words[s:e] {
				if hasUpper(w) {
					upper = true
				} else if !isPunct(w) && !nameConnectors[strings.ToLower(w)] {
					lowerWord = true
				}
			}
			if !upper || (e-s == 1 && pronouns[strings.ToLower(words[s])]) {
				continue // a pronoun or common noun: O
			}
			if words[s] == "The" {
				s++
			}
			if lowerWord && words[s] != "the" {
				out = append(out, mappedSpan{Start: s, End: e, Unknown: true})
				continue
			}
		}
		s, e = normalise(words, s, e, classes[0] == cPER)
		if classes[0] == cPER && allTitles(words[s:e]) {
			continue // "the Foreign Secretary": a title, not a name
		}
		if corpus == "re3d" && !hasUpper(prefix(words[s], 1)) {
			out = append(out, mappedSpan{Start: s, End: e, Unknown: true})
			continue
		}
		if row.Listed && listedNORP(words[s:e]) {
			classes = []int{cNORP}
		}
		if len(classes) == 1 && classes[0] < 0 {
			continue // O
		}
		out = append(out, mappedSpan{Start: s, End: e, Classes: classes})
	}
	return out
}

// masks turns mapped spans into per-token tag masks for training. Tokens
// outside every span are O; in corpora that do not annotate NORP, an outside
// token that may be a group name (see norpLike) may also be NORP. Spans that
// allow O besides named classes (a corpus's MISC) allow NORP only on such
// tokens too. Unknown stretches allow every tag.
func masks(corpus string, words []string, spans []mappedSpan) []uint32 {
	n := len(words)
	m := make([]uint32, n)
	norp := norpTokens(words)
	outside := func(k int) uint32 {
		if !norpAnnotated[corpus] && norp[k] {
			return 1<<tagO | classMask(cNORP)
		}
		return 1 << tagO
	}
	for i := range m {
		m[i] = outside(i)
	}
	for _, sp := range spans {
		for k := sp.Start; k < sp.End; k++ {
			if sp.Unknown {
				m[k] = tagMask
				continue
			}
			var cls []int
			var withO bool
			for _, c := range sp.Classes {
				switch {
				case c < 0:
					withO = true
				case c == cNORP && len(sp.Classes) > 1 && !allNORP(norp[sp.Start:sp.End]):
					// a mention that is not shaped like a group name is not NORP
				default:
					cls = append(cls, c)
				}
			}
			m[k] = spanMask(cls, k-sp.Start, sp.End-sp.Start)
			if withO {
				m[k] |= 1 << tagO
			}
		}
	}
	return m
}

func allNORP(b []bool) bool {
	for _, x := range b {
		if !x {
			return false
		}
	}
	return len(b) > 0
}

// norpTokens marks the tokens that may be part of a nationality, religious
// or political group name: those covered by a NORP gazetteer entry and
// capitalised words shaped like demonyms (see norpLike).
func norpTokens(words []string) []bool {
	out := make([]bool, len(words))
	g := make([][nGaz]gazMatch, len(words))
	defaultGaz.match(words, g)
	for i, w := range words {
		out[i] = g[i][gNORP].end != 0 || norpLike(w)
	}
	return out
}

// demonymSuffixes end most nationality and group adjectives and nouns
// ("Kenyan", "Lebanese", "Israeli", "Kurdish", "Islamist").
var demonymSuffixes = []string{"an", "ans", "ese", "ish", "i", "is", "ic", "ist", "ists", "ite", "ites"}

// norpLike reports whether w is a capitalised word shaped like a demonym.
func norpLike(w string) bool {
	if len(w) < 4 || classify(w) != capInit {
		return false
	}
	low := fold(w)
	for _, s := range demonymSuffixes {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}
