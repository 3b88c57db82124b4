package quote

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// kindRank orders actor kinds as speakers: people speak more often than the
// organisations and countries named inside their titles.
var kindRank = map[string]int{"person": 0, "organization": 1, "group": 2, "country": 3}

// resolve returns the id of the actor whose mention covers the speaker
// phrase: a mention that holds the phrase's head token (of the most
// speaker-like kind, people first), or nil. A country or body named inside
// the phrase does not speak for it ("the Deputy Foreign Minister of
// Russia" is not Russia), except when the head is a word for a source ("a
// CNN report", "Kremlin sources"): then the actor named in the phrase.
func resolve(d *doc.Document, phrase doc.Span, head int) *string {
	var headSpan *doc.Span
	if head >= 0 && head < len(d.Tokens) && !sourceNoun[strings.ToLower(d.SpanText(d.Tokens[head].Span))] {
		headSpan = &d.Tokens[head].Span
	}
	var best *doc.Actor
	bestScore, bestStart := 1<<30, 0
	for i := range d.Actors {
		ac := &d.Actors[i]
		for _, m := range ac.Mentions {
			if !m.Span.Overlaps(phrase) || headSpan != nil && !m.Span.Contains(*headSpan) {
				continue
			}
			score := 10 * rank(ac.Kind)
			if m.Span.Contains(phrase) || phrase.Contains(m.Span) {
				score--
			}
			if possessive(d.Text[m.End:]) && !m.Span.Contains(phrase) {
				score += 5 // "Mugabe's spokesman, George Charamba": not Mugabe
			}
			if score < bestScore {
				best, bestScore = ac, score
			}
		}
	}
	if best == nil && headSpan != nil && governmentNoun[strings.ToLower(d.SpanText(*headSpan))] {
		// "The United States government claims …": a government speaks
		// for its country.
		for i := range d.Actors {
			ac := &d.Actors[i]
			if ac.Kind != "country" {
				continue
			}
			for _, m := range ac.Mentions {
				if phrase.Contains(m.Span) && m.End <= headSpan.Start && m.How != "pronoun" {
					best = ac
				}
			}
		}
	}
	if best == nil && headSpan != nil {
		// An apposition whose head is the title ("Qassim Moussawi,
		// spokesman for the army"): the person named in the phrase.
		for i := range d.Actors {
			ac := &d.Actors[i]
			if ac.Kind != "person" {
				continue
			}
			for _, m := range ac.Mentions {
				if phrase.Contains(m.Span) && m.How != "pronoun" && !governed(d.Text[phrase.Start:m.Start]) && !possessive(d.Text[m.End:]) && (best == nil || m.Start < bestStart) {
					best, bestStart = ac, m.Start
				}
			}
		}
	}
	if best == nil {
		return nil
	}
	id := best.ID
	return &id
}

// governed reports a phrase prefix that ends inside a prepositional
// phrase or names someone else's agent ("a spokesman for", "an aide to"):
// the person named after it is not the speaker.
func governed(prefix string) bool {
	for _, w := range strings.Fields(strings.ToLower(prefix)) {
		switch strings.Trim(w, ",") {
		case "for", "of", "to", "with", "by", "from", "at", "in", "on", "aide", "spokesman", "spokeswoman", "spokesperson", "lawyer", "adviser", "advisor":
			return true
		}
	}
	return false
}

// possessive reports text that opens with a possessive ending: the name
// before it owns the speaker ("Trump's adviser"), it does not speak.
func possessive(after string) bool {
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || strings.HasPrefix(after, "'")
}

// sourceNoun lists heads of speaker phrases that stand for the actor named
// inside them.
var sourceNoun = map[string]bool{
	"report": true, "reports": true, "statement": true, "statements": true, "source": true, "sources": true,
	"communique": true, "release": true, "letter": true, "note": true, "message": true, "announcement": true,
	"words": true, "remarks": true, "interview": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"tweet": true, "tweets": true, "post": true, "editorial": true, "article": true, "blog": true,
}

// governmentNoun lists heads of speaker phrases that stand for the
// country named before them ("the Kenyan government", "the US
// administration").
var governmentNoun = map[string]bool{"government": true, "administration": true, "authorities": true, "cabinet": true}

func rank(kind string) int {
	if r, ok := kindRank[kind]; ok {
		return r
	}
	return 4
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "him", "her", "them", "his", "their", "its", "it", "we":
		return true
	}
	return false
}

// pronounFallback resolves a pronoun speaker that no actor mention covers:
// the person mentioned last before the pronoun within the previous three
// sentences, else the speaker of the latest attributed statement within
// them.
func pronounFallback(d *doc.Document, phrase doc.Span, last *string, lastAt int) *string {
	sent := sentenceAt(d, phrase.Start)
	bestEnd := -1
	var best string
	for i := range d.Actors {
		ac := &d.Actors[i]
		if ac.Kind != "person" {
			continue
		}
		for _, m := range ac.Mentions {
			if m.End <= phrase.Start && m.End > bestEnd && m.How != "pronoun" && sent-sentenceAt(d, m.Start) <= 3 {
				bestEnd, best = m.End, ac.ID
			}
		}
	}
	if bestEnd >= 0 {
		return &best
	}
	if last != nil && lastAt >= 0 && sent-sentenceAt(d, lastAt) <= 3 {
		id := *last
		return &id
	}
	return nil
}

func sentenceAt(d *doc.Document, off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	return i
}
