package actor

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// speechVerbs are the lemmas of verbs of saying whose pronoun subject
// ("he said", "she added") names a speaker: such a pronoun never refers
// to a person in a by-phrase or prepositional object ("When challenged by
// X, he stated" is not X).
var speechVerbs = map[string]bool{
	"say": true, "state": true, "add": true, "tell": true, "note": true, "explain": true,
	"claim": true, "insist": true, "announce": true, "declare": true, "warn": true, "stress": true,
	"reply": true, "respond": true, "suggest": true, "argue": true, "write": true, "comment": true,
	"continue": true, "emphasise": true, "emphasize": true, "deny": true, "confirm": true,
	"urge": true, "assert": true, "maintain": true, "remark": true, "recall": true, "answer": true,
	"describe": true, "acknowledge": true, "admit": true, "predict": true, "reiterate": true,
	"underline": true, "concede": true, "contend": true, "observe": true, "tweet": true,
}

// speechSubject reports whether token i is the subject of a verb of saying.
func speechSubject(d *doc.Document, i int) bool {
	t := d.Tokens[i]
	if t.Head < 0 || t.Head >= len(d.Tokens) || !strings.HasPrefix(t.Deprel, "nsubj") {
		return false
	}
	h := d.Tokens[t.Head]
	l := strings.ToLower(h.Lemma)
	if l == "" {
		l = strings.ToLower(d.Text[h.Start:h.End])
	}
	return speechVerbs[l]
}

// oblique reports whether tokens [lo,hi) form a prepositional object or
// the agent of a passive ("by X", "to X", "with X"): the phrase's head
// hangs on its governor as obl or nmod (not a possessive), or an
// adposition opens it. "According to X" names a source and is not
// oblique in this sense.
func oblique(d *doc.Document, low []string, lo, hi int) bool {
	if lo > 0 && d.Tokens[lo-1].Sentence == d.Tokens[lo].Sentence {
		if lo > 1 && low[lo-1] == "to" && low[lo-2] == "according" {
			return false
		}
		if d.Tokens[lo-1].UPOS == "ADP" {
			return true
		}
	}
	for k := lo; k < hi; k++ {
		t := d.Tokens[k]
		if t.Head >= lo && t.Head < hi {
			continue
		}
		dr := t.Deprel
		if strings.HasPrefix(dr, "obl") || strings.HasPrefix(dr, "nmod") && dr != "nmod:poss" {
			return true
		}
	}
	return false
}

// speakerPronouns re-resolves the third-person pronoun subjects of
// quotation cues ("“…,” he said", "she added", "they said in a press
// release"), once the quote stage has attributed the statements: such a
// pronoun refers first to the speaker of the latest statement (in the
// same sentence as the quotation or the two before it) of a compatible
// kind and gender, unless a named subject of a later sentence intervenes;
// failing that, to the named subject of the sentence before. The
// pronoun's mention moves to that actor and the quotations of the cue
// follow it. It reports whether anything changed.
func speakerPronouns(d *doc.Document) bool {
	if len(d.Tokens) == 0 || len(d.Quotes) == 0 {
		return false
	}
	low := make([]string, len(d.Tokens))
	tokAt := map[int]int{}
	for i, t := range d.Tokens {
		low[i] = strings.ToLower(d.Text[t.Start:t.End])
		tokAt[t.Start] = i
	}
	sentOf := func(off int) int {
		if k, ok := tokAt[off]; ok {
			return d.Tokens[k].Sentence
		}
		// the first token ending after off
		k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
		return d.Tokens[min(k, len(d.Tokens)-1)].Sentence
	}
	idx := map[string]int{}
	for i, a := range d.Actors {
		idx[a.ID] = i
	}
	// genders from the pronouns already resolved and from given names
	gender := func(ai int, except doc.Span) string {
		m, f := 0, 0
		for _, mn := range d.Actors[ai].Mentions {
			if mn.Span == except {
				continue
			}
			switch pronouns[strings.ToLower(mn.Text)] {
			case "m":
				m++
			case "f":
				f++
			}
		}
		switch {
		case m > f:
			return "m"
		case f > m:
			return "f"
		}
		return nameGender(d.Actors[ai].Name)
	}
	compatible := func(ai int, pr string, at doc.Span) bool {
		a := d.Actors[ai]
		if pr == "they" {
			return a.Kind == "organization" || a.Kind == "group" || a.Kind == "country"
		}
		if a.Kind != "person" || a.ID == speakerID {
			return false
		}
		g := gender(ai, at)
		return g == "" || g == pronouns[pr]
	}
	// named subjects: actor index, sentence and offset of mentions by name
	// or title whose head is a clause subject
	type subj struct{ ai, sent, start int }
	var subjects []subj
	for ai, a := range d.Actors {
		for _, mn := range a.Mentions {
			if mn.How != HowName && mn.How != HowTitle && mn.How != HowAlias {
				continue
			}
			lo, ok := tokAt[mn.Start]
			if !ok {
				continue
			}
			for k := lo; k < len(d.Tokens) && d.Tokens[k].End <= mn.End; k++ {
				t := d.Tokens[k]
				if strings.HasPrefix(t.Deprel, "nsubj") && (t.Head < lo || d.Tokens[t.Head].Start >= mn.End) {
					subjects = append(subjects, subj{ai, t.Sentence, mn.Start})
					break
				}
			}
		}
	}
	changed := false
	for qi := range d.Quotes {
		q := &d.Quotes[qi]
		if q.Cue == nil {
			continue
		}
		// the pronoun subject of the cue
		p := -1
		if k, ok := tokAt[q.Cue.Start]; ok {
			for ; p < 0 && k < len(d.Tokens) && d.Tokens[k].End <= q.Cue.End; k++ {
				for j := max(0, k-3); j < min(len(d.Tokens), k+3); j++ {
					if d.Tokens[j].Head == k && strings.HasPrefix(d.Tokens[j].Deprel, "nsubj") && (low[j] == "he" || low[j] == "she" || low[j] == "they") {
						p = j
					}
				}
			}
		}
		if p < 0 {
			continue
		}
		pr, ps := low[p], d.Tokens[p].Span
		sp := d.Tokens[p].Sentence
		ref := min(sentOf(q.Start), sp)
		inQuote := func(off int) bool {
			for _, o := range d.Quotes {
				if off >= o.Start && off < o.End {
					return true
				}
			}
			return false
		}
		// the latest earlier statement of a compatible speaker
		best, bestEnd := -1, -1
		bestAt := -1
		for qj := range d.Quotes {
			o := d.Quotes[qj]
			if qj == qi || o.Speaker == nil || o.Start >= q.Start || o.Cue != nil && *o.Cue == *q.Cue {
				continue
			}
			at, end, s := o.Start, o.End, sentOf(o.Start)
			if o.Cue != nil {
				if o.Cue.Start >= ps.Start {
					continue
				}
				s = max(s, sentOf(o.Cue.Start))
				end = max(end, o.Cue.End)
			}
			ai, ok := idx[*o.Speaker]
			if !ok || s < ref-2 || s > sp || !compatible(ai, pr, ps) {
				continue
			}
			if at > bestAt {
				best, bestAt, bestEnd = ai, at, end
			}
		}
		// a named subject after that statement and before the pronoun,
		// outside quotations, is more recent: "X said … Y had been …,
		// before he announced"
		for _, sj := range subjects {
			if sj.start > bestEnd && sj.start < ps.Start && sj.sent >= sp-1 && !inQuote(sj.start) && compatible(sj.ai, pr, ps) {
				if sj.sent == sp || best >= 0 {
					best = -1
					if sj.sent == sp {
						best = sj.ai
						break
					}
				}
			}
		}
		if best < 0 {
			// the named subject of the sentence before
			for _, sj := range subjects {
				if sj.sent == sp-1 && !inQuote(sj.start) && compatible(sj.ai, pr, ps) {
					best = sj.ai
					break
				}
			}
		}
		if best < 0 {
			continue
		}
		// move the pronoun's mention
		old := -1
		for ai := range d.Actors {
			ms := d.Actors[ai].Mentions
			for mi := range ms {
				if ms[mi].Span == ps {
					old = ai
					d.Actors[ai].Mentions = append(ms[:mi:mi], ms[mi+1:]...)
					break
				}
			}
			if old >= 0 {
				break
			}
		}
		if old != best {
			changed = true
		}
		insertMention(&d.Actors[best], doc.Mention{Span: ps, Text: d.Text[ps.Start:ps.End], How: HowPronoun})
		id := d.Actors[best].ID
		var oldID string
		if old >= 0 {
			oldID = d.Actors[old].ID
		}
		for qk := range d.Quotes {
			o := &d.Quotes[qk]
			if o.Cue == nil {
				continue
			}
			if *o.Cue == *q.Cue {
				o.Speaker = &id
				continue
			}
			// "she said, thanking France for …": a cue of the same
			// sentence with no subject of its own, attributed with hers
			if o.Speaker != nil && *o.Speaker == oldID && o.Cue.Start > ps.Start && sentOf(o.Cue.Start) == sp && !hasSubject(d, tokAt, *o.Cue) {
				o.Speaker = &id
			}
		}
	}
	return changed
}

// insertMention adds m to a's mentions in offset order.
func insertMention(a *doc.Actor, m doc.Mention) {
	i := len(a.Mentions)
	for i > 0 && (a.Mentions[i-1].Start > m.Start || a.Mentions[i-1].Start == m.Start && a.Mentions[i-1].End < m.End) {
		i--
	}
	a.Mentions = append(a.Mentions, doc.Mention{})
	copy(a.Mentions[i+1:], a.Mentions[i:])
	a.Mentions[i] = m
}

// hasSubject reports whether a token of the cue has a subject dependent.
func hasSubject(d *doc.Document, tokAt map[int]int, cue doc.Cue) bool {
	k, ok := tokAt[cue.Start]
	if !ok {
		return true
	}
	for ; k < len(d.Tokens) && d.Tokens[k].End <= cue.End; k++ {
		for j := max(0, k-6); j < min(len(d.Tokens), k+6); j++ {
			if d.Tokens[j].Head == k && strings.HasPrefix(d.Tokens[j].Deprel, "nsubj") {
				return true
			}
		}
	}
	return false
}
