// Package synth generates synthetic news-like articles for benchmarks: a
// deterministic mix of sentence templates (written by the Parley authors)
// filled with names, places, dates and amounts, with quotes and paragraph
// structure like wire copy. The text is nonsense as news but realistic as
// input to the pipeline.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	people = []string{"Maria Zakharova", "Dmitry Peskov", "Jake Sullivan", "Sergey Lavrov", "Antony Blinken",
		"Volodymyr Zelensky", "Annalena Baerbock", "Hakan Fidan", "Andrei Yermak", "Karine Jean-Pierre",
		"Wang Yi", "Josep Borrell", "Rafael Grossi", "António Guterres", "Olaf Scholz", "Emmanuel Macron"}
	titles = []string{"the foreign minister", "the deputy foreign minister", "the presidential spokesman",
		"the national security adviser", "the defence minister", "the head of the delegation", "the ambassador"}
	places = []string{"Ankara", "Istanbul", "Geneva", "Vienna", "Moscow", "Washington", "Kyiv", "Beijing",
		"Brussels", "Warsaw", "Berlin", "New York", "Doha", "Riyadh", "New Delhi", "Paris"}
	orgs = []string{"the United Nations", "NATO", "the European Union", "the IAEA", "the OSCE", "the G20",
		"the Red Cross", "the Security Council", "the Kremlin", "the White House", "the State Department"}
	days    = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "yesterday", "on November 14", "in early October", "at the end of March"}
	amounts = []string{"$520 million", "€1.5 billion", "2 trillion rubles", "$40 million", "£300 million", "$1.2bn"}
	topics  = []string{"a ceasefire", "the grain corridor", "prisoner exchanges", "nuclear arms control",
		"sanctions relief", "the withdrawal of troops", "humanitarian corridors", "energy supplies"}
	verbs = []string{"said", "stressed", "warned", "insisted", "recalled", "told reporters", "confirmed", "added"}
)

var templates = []string{
	"{P} met {P} in {L} {D} to discuss {T}, {O} said.",
	"“We are ready to talk about {T}, but not at any price,” {P} {V} {D}.",
	"According to {O}, the talks in {L} focused on {T} and lasted more than four hours.",
	"{P}, {R}, {V} that {O} would not accept preconditions on {T}.",
	"The package is worth {A} and includes funds for {T}, officials in {L} {V}.",
	"{O} accused {O} of blocking progress on {T} {D}.",
	"In a statement, {O} called for {T} and urged both sides to return to the table.",
	"{P} did not rule out a new meeting in {L}, though {R} {V} that “nothing has been agreed yet.”",
	"Neither {P} nor {P} commented on reports that {T} had been discussed in {L}.",
	"Diplomats in {L} said the next round could take place {D}, depending on {T}.",
}

// Article returns the i-th synthetic article of a set made from seed; the
// same (seed, i) always gives the same text.
func Article(seed uint64, i int) (title, text string) {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	fill := func(t string) string {
		var b strings.Builder
		for j := 0; j < len(t); j++ {
			if t[j] == '{' && j+2 < len(t) && t[j+2] == '}' {
				switch t[j+1] {
				case 'P':
					b.WriteString(pick(people))
				case 'R':
					b.WriteString(pick(titles))
				case 'L':
					b.WriteString(pick(places))
				case 'O':
					b.WriteString(pick(orgs))
				case 'D':
					b.WriteString(pick(days))
				case 'A':
					b.WriteString(pick(amounts))
				case 'T':
					b.WriteString(pick(topics))
				case 'V':
					b.WriteString(pick(verbs))
				}
				j += 2
				continue
			}
			b.WriteByte(t[j])
		}
		s := b.String()
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[n:]
	}
	title = fmt.Sprintf("Talks on %s continue in %s", pick(topics), pick(places))
	var b strings.Builder
	paras := 5 + r.IntN(6)
	for p := 0; p < paras; p++ {
		if p > 0 {
			b.WriteString("\n\n")
		}
		n := 1 + r.IntN(3)
		for s := 0; s < n; s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(fill(pick(templates)))
		}
	}
	return title, b.String()
}
