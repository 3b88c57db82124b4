package actor

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// firstPerson are the first-person singular pronouns a quoted speaker
// uses of themselves.
var firstPerson = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "myself": true}

// speakerID is the actor of first-person pronouns outside quotations
// (Options.Discourse).
const speakerID = "new:per:speaker"

// QuotePronouns runs after quote attribution: inside every quotation whose
// speaker is a person actor of the document, it adds the first-person
// singular pronouns ("I", "me", "my") to that actor's mentions (how =
// pronoun). Mentions stay sorted and never collide with existing ones;
// actors stay in order of first mention.
//
// Before that, it re-resolves the third-person pronoun subjects of the
// quotation cues ("he said", "she added", "they said in a press release")
// to the speaker of the latest statement before them, else to the named
// subject of the sentence before (see speakerPronouns), and the
// quotations of that cue follow the pronoun.
func QuotePronouns(d *doc.Document) {
	moved := speakerPronouns(d)
	idx := map[string]int{}
	for i, a := range d.Actors {
		idx[a.ID] = i
	}
	taken := func(s doc.Span) bool {
		for _, a := range d.Actors {
			if a.ID == speakerID {
				continue // the text's own speaker yields to the quoted one
			}
			for _, m := range a.Mentions {
				if m.Overlaps(s) {
					return true
				}
			}
		}
		return false
	}
	release := func(s doc.Span) {
		for i := range d.Actors {
			if d.Actors[i].ID != speakerID {
				continue
			}
			ms := d.Actors[i].Mentions[:0]
			for _, m := range d.Actors[i].Mentions {
				if !m.Overlaps(s) {
					ms = append(ms, m)
				}
			}
			d.Actors[i].Mentions = ms
		}
	}
	changed := map[int]bool{}
	for _, q := range d.Quotes {
		if q.Speaker == nil || q.Kind == "reported" {
			continue
		}
		ai, ok := idx[*q.Speaker]
		if !ok || d.Actors[ai].Kind != "person" {
			continue
		}
		for _, t := range d.Tokens {
			if t.Start < q.Start || t.End > q.End {
				continue
			}
			w := d.Text[t.Start:t.End]
			if !firstPerson[strings.ToLower(w)] || taken(t.Span) {
				continue
			}
			release(t.Span)
			d.Actors[ai].Mentions = append(d.Actors[ai].Mentions, doc.Mention{Span: t.Span, Text: w, How: HowPronoun})
			changed[ai] = true
		}
	}
	for ai := range changed {
		ms := d.Actors[ai].Mentions
		sort.SliceStable(ms, func(i, j int) bool {
			if ms[i].Start != ms[j].Start {
				return ms[i].Start < ms[j].Start
			}
			return ms[i].End > ms[j].End
		})
	}
	if len(changed) > 0 || moved {
		// drop the text's speaker when the quotations took all its mentions
		speaks := map[string]bool{}
		for _, q := range d.Quotes {
			if q.Speaker != nil {
				speaks[*q.Speaker] = true
			}
		}
		out := d.Actors[:0]
		for _, a := range d.Actors {
			if len(a.Mentions) > 0 || speaks[a.ID] {
				out = append(out, a)
			}
		}
		d.Actors = out
	}
	if len(changed) > 0 || moved { // keep actors in order of first mention
		sort.SliceStable(d.Actors, func(i, j int) bool {
			a, b := d.Actors[i], d.Actors[j]
			if len(a.Mentions) == 0 || len(b.Mentions) == 0 {
				return len(a.Mentions) > len(b.Mentions)
			}
			if a.Mentions[0].Start != b.Mentions[0].Start {
				return a.Mentions[0].Start < b.Mentions[0].Start
			}
			return a.ID < b.ID
		})
	}
}
