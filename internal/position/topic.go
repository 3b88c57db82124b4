package position

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// bilateral topics take the countries of the whole sentence, not only of
// the holder and the object ("Kyiv will only talk if…": Russia–Ukraine
// talks).
var bilateral = map[string]bool{"talks": true, "peace talks": true, "ceasefire": true, "prisoner exchange": true, "territory": true}

// topic labels a position: the countries involved and a label from the
// topic lexicon found in the object, else in the sentence, else the
// object's head word.
func (f *finder) topic(holder string, holders []string, obj, sent doc.Span) string {
	label := f.label(obj)
	if label == "" {
		label = f.label(sent)
	}
	if label == "" {
		label = f.headWord(obj)
	}
	countries := map[string]bool{}
	f.addCountry(countries, holder)
	for i := f.tokenAt(obj.Start); i >= 0 && i < len(f.d.Tokens) && f.d.Tokens[i].Start < obj.End; i++ {
		if a := f.actorAt[i]; a >= 0 {
			f.addCountry(countries, f.d.Actors[a].ID)
		}
	}
	if bilateral[label] && len(countries) < 2 {
		for i := f.tokenAt(sent.Start); i >= 0 && i < len(f.d.Tokens) && f.d.Tokens[i].Start < sent.End; i++ {
			if a := f.actorAt[i]; a >= 0 && !contains(holders, f.d.Actors[a].ID) {
				f.addCountry(countries, f.d.Actors[a].ID)
			}
		}
	}
	names := make([]string, 0, len(countries))
	for c := range countries {
		names = append(names, c)
	}
	sort.Strings(names)
	if len(names) < 2 || len(names) > 3 {
		// one country is the holder's own; more than three is a
		// multilateral matter: the label alone says more
		names = names[:0]
	}
	if len(names) == 0 {
		return label
	}
	return strings.Join(names, "–") + " " + label
}

// addCountry adds the name of the country an actor belongs to: a person's
// side at the document's date when Options.Side tells it, else the actor's
// country.
func (f *finder) addCountry(set map[string]bool, id string) {
	a := f.byID[id]
	if a == nil {
		return
	}
	code := ""
	if a.Country != nil {
		code = *a.Country
	}
	if f.opts.Side != nil && a.Kind == "person" {
		date := ""
		if f.d.Date != nil {
			date = *f.d.Date
		}
		if c, ok := f.opts.Side(id, date); ok {
			code = c
		}
	}
	switch {
	case code == "":
	case f.country[code] != "":
		set[f.country[code]] = true
	case f.opts.CountryName != nil && f.opts.CountryName(code) != "":
		set[f.opts.CountryName(code)] = true
	default:
		set[code] = true
	}
}

// label returns the first topic whose words occur in the span.
func (f *finder) label(sp doc.Span) string {
	var lemmas []string
	for i := f.tokenAt(sp.Start); i >= 0 && i < len(f.d.Tokens) && f.d.Tokens[i].Start < sp.End; i++ {
		lemmas = append(lemmas, f.lemma(i))
	}
	for _, t := range f.lx.topics {
		for k := 0; k+len(t.Words) <= len(lemmas); k++ {
			ok := true
			for j, w := range t.Words {
				if lemmas[k+j] != w {
					ok = false
					break
				}
			}
			if ok {
				return t.Label
			}
		}
	}
	return ""
}

// headWord returns the lemma of the syntactic head of a span.
func (f *finder) headWord(sp doc.Span) string {
	best := -1
	for i := f.tokenAt(sp.Start); i >= 0 && i < len(f.d.Tokens) && f.d.Tokens[i].Start < sp.End; i++ {
		h := f.head(i)
		if h < 0 || f.d.Tokens[h].Start < sp.Start || f.d.Tokens[h].Start >= sp.End {
			best = i
			break
		}
	}
	if best < 0 {
		return ""
	}
	if u := f.d.Tokens[best].UPOS; u == "NOUN" || u == "PROPN" {
		return f.lemma(best)
	}
	// a verb or pronoun heads it: the first noun says more ("reassess its
	// relations" → relation)
	for i := f.tokenAt(sp.Start); i >= 0 && i < len(f.d.Tokens) && f.d.Tokens[i].Start < sp.End; i++ {
		if f.d.Tokens[i].UPOS == "NOUN" {
			return f.lemma(i)
		}
	}
	return f.lemma(best)
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
