package storetest

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
)

// The ids the actor stage gives the two actors of Newcomer, whom the
// knowledge base lacks.
const (
	NewcomerID = "new:per:jana-kovar"
	BoardID    = "new:org:harbour-board"
)

// Newcomer returns a short document about "Jana Kovar", a person the
// knowledge base lacks (id NewcomerID), meeting the "Harbour Board" (BoardID,
// no country), with a quote, two events and a position naming her. The
// place, and so the text, depends on id; country and role ("" for null) are
// the evidence the document gives about her. The text is invented for
// these tests.
func Newcomer(id, date, place, country, role string) *doc.Document {
	t := fmt.Sprintf("%s: Jana Kovar met the Harbour Board on Monday.\n“We need the bridge,” Kovar said.\nShe asked the Harbour Board for a loan.", place)
	d := Plain(id, "Kovar meets the Harbour Board in "+place, date, "https://news.example.org/newcomer/"+id, t)
	men := func(sub string, nth int, how string) doc.Mention {
		return doc.Mention{Span: Find(t, sub, nth), Text: sub, How: how}
	}
	kovar := doc.Actor{ID: NewcomerID, Name: "Jana Kovar", Kind: "person", Aliases: []string{"Kovar"},
		Mentions: []doc.Mention{men("Jana Kovar", 1, "name"), men("Kovar", 2, "name"), men("She", 1, "pronoun")}}
	if country != "" {
		kovar.Country = ptr(country)
	}
	if role != "" {
		kovar.Role = ptr(role)
	}
	d.Actors = []doc.Actor{
		kovar,
		{ID: BoardID, Name: "Harbour Board", Kind: "organization", Aliases: []string{},
			Mentions: []doc.Mention{men("the Harbour Board", 1, "name"), men("the Harbour Board", 2, "name")}},
	}
	q := "“We need the bridge,”"
	d.Quotes = []doc.Quote{{Span: Find(t, q, 1), Text: q, Kind: "direct", Speaker: ptr(NewcomerID),
		Cue: &doc.Cue{Span: Find(t, "said", 1), Text: "said"}}}
	d.Events = []doc.Event{
		{Type: "CONSULT", Source: []string{NewcomerID}, Target: []string{BoardID}, Modality: "asserted", Evidence: d.Sentences[0]},
		{Type: "REQUEST", Source: []string{NewcomerID}, Target: []string{BoardID}, Modality: "asserted", Evidence: d.Sentences[2]},
	}
	d.Positions = []doc.Position{{Actor: NewcomerID, Stance: "demand", Topic: "bridge", Object: "a loan", Evidence: d.Sentences[2]}}
	if err := d.Validate(); err != nil {
		panic("storetest: Newcomer fixture is invalid: " + err.Error())
	}
	return d
}

// kovarIDs returns the id Jana Kovar has in every place of the stored
// document: its actor entry, quote speaker, event sources and position. It
// fails the test unless they agree.
func kovarIDs(t *testing.T, st store.Store, key string) string {
	t.Helper()
	d, err := st.Get(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) != 2 || len(d.Quotes) != 1 || len(d.Events) != 2 || len(d.Positions) != 1 {
		t.Fatalf("document %s came back with %d actors, %d quotes, %d events, %d positions", key,
			len(d.Actors), len(d.Quotes), len(d.Events), len(d.Positions))
	}
	id := d.Actors[0].ID
	refs := []string{*d.Quotes[0].Speaker, d.Events[0].Source[0], d.Events[1].Source[0], d.Positions[0].Actor}
	for _, r := range refs {
		if r != id {
			t.Errorf("document %s: actor %q is referred to as %q", key, id, r)
		}
	}
	if d.Actors[1].ID != BoardID || d.Events[0].Target[0] != BoardID || d.Events[1].Target[0] != BoardID {
		t.Errorf("document %s: the Harbour Board is %q, targets %q %q; want %q everywhere", key,
			d.Actors[1].ID, d.Events[0].Target[0], d.Events[1].Target[0], BoardID)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("stored document %s is invalid: %v", key, err)
	}
	return id
}

// actorDocs returns the number of documents naming actor id and its number
// of mentions and quotes, or fails.
func actorDocs(t *testing.T, st store.Store, id string) (docs, mentions, quotes int) {
	t.Helper()
	det, err := st.Actor(context.Background(), id, store.Query{})
	if err != nil {
		t.Fatalf("Actor(%q): %v", id, err)
	}
	return det.Actor.Documents, det.Actor.Mentions, det.Actor.Quotes
}

// towns give each Newcomer document of a test its own text.
var towns = []string{"Lindby", "Varnholm", "Kesto", "Dunmere", "Aldric", "Pellow"}

// testNewActors puts Newcomer documents in order, each case in a new store,
// and checks which id Jana Kovar gets in each, that every reference to her
// in the stored document carries it, what each id aggregates, and that the
// Harbour Board (never given a country) stays one actor.
func testNewActors(t *testing.T, open func(t *testing.T) store.Store) {
	type put struct {
		country, role string
		want          string // Kovar's stored id
	}
	v := func(n int) string { return store.VariantID(NewcomerID, n) }
	tests := []struct {
		name string
		puts []put
	}{
		{"same name and country merge", []put{{"VSK", "", v(1)}, {"VSK", "", v(1)}, {"VSK", "", v(1)}}},
		{"different countries stay apart", []put{{"VSK", "", v(1)}, {"NRL", "", v(2)}, {"NRL", "", v(2)}, {"TUR", "", v(3)}, {"VSK", "", v(1)}}},
		{"unknown country merges with a known one", []put{{"VSK", "", v(1)}, {"", "", v(1)}}},
		{"a known country merges with an unknown one", []put{{"", "", v(1)}, {"NRL", "", v(1)}, {"VSK", "", v(2)}}},
		{"unknown country goes to the first variant", []put{{"VSK", "", v(1)}, {"NRL", "", v(2)}, {"", "", v(1)}}},
		{"a country seen once binds the actor", []put{{"VSK", "", v(1)}, {"", "", v(1)}, {"NRL", "", v(2)}}},
		{"roles of one affiliation merge", []put{{"VSK", "deputy-minister:VSK.MFA", v(1)}, {"VSK", "minister:VSK", v(1)}, {"", "spokesperson:VSK.PRES", v(1)}}},
		{"roles of other affiliations stay apart", []put{{"VSK", "envoy:VSK", v(1)}, {"VSK", "envoy:NATO", v(2)}, {"", "", v(1)}}},
		{"a role merges with no role", []put{{"", "", v(1)}, {"", "Harbour engineer", v(1)}, {"", "Harbour engineer", v(1)}, {"", "Mayor", v(2)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st := open(t)
			perID := map[string]int{}
			for i, p := range tc.puts {
				d := Newcomer(fmt.Sprintf("newcomer-%d", i), fmt.Sprintf("2024-04-%02d", i+1), towns[i], p.country, p.role)
				key := mustPut(t, st, d)
				if got := kovarIDs(t, st, key); got != p.want {
					t.Errorf("put %d (country %q, role %q): Kovar stored as %q, want %q", i, p.country, p.role, got, p.want)
				}
				perID[p.want]++
			}
			for id, n := range perID {
				docs, mentions, quotes := actorDocs(t, st, id)
				if docs != n || mentions != 3*n || quotes != n {
					t.Errorf("actor %s: %d documents, %d mentions, %d quotes; want %d, %d, %d", id, docs, mentions, quotes, n, 3*n, n)
				}
				ev, err := st.Events(ctx, store.EventFilter{Actor: id, Side: "source"}, store.Query{})
				if err != nil {
					t.Fatal(err)
				}
				if ev.Total != 2*n {
					t.Errorf("events with source %s = %d, want %d", id, ev.Total, 2*n)
				}
				for _, h := range ev.Items {
					if h.Names[id] != "Jana Kovar" {
						t.Errorf("event names = %v, want %s named", h.Names, id)
					}
				}
				qs, err := st.ActorQuotes(ctx, id, store.Query{})
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range qs.Items {
					if q.Quote.Speaker == nil || *q.Quote.Speaker != id {
						t.Errorf("quote of %s has speaker %v", id, q.Quote.Speaker)
					}
				}
			}
			if docs, mentions, _ := actorDocs(t, st, BoardID); docs != len(tc.puts) || mentions != 2*len(tc.puts) {
				t.Errorf("Harbour Board: %d documents, %d mentions; want %d, %d", docs, mentions, len(tc.puts), 2*len(tc.puts))
			}
			all, err := st.Actors(ctx, store.Query{Limit: store.MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			if all.Total != len(perID)+1 {
				t.Errorf("Actors = %v, want Kovar as %d actors and the Board", actorIDs(all), len(perID))
			}
			found, err := st.FindActors(ctx, store.ActorFilter{Text: "kovar"}, store.Query{})
			if err != nil {
				t.Fatal(err)
			}
			if found.Total != len(perID) {
				t.Errorf("FindActors(kovar) = %v, want %d actors", actorIDs(found), len(perID))
			}
		})
	}
}

// testNewActorsIdempotent checks that putting again a document already
// stored (itself, its stored form with the assigned ids, or the same text
// under another id) changes no actor, and that Put leaves its argument as
// it was.
func testNewActorsIdempotent(t *testing.T, st store.Store) {
	ctx := context.Background()
	mustPut(t, st, Newcomer("first", "2024-04-01", towns[0], "VSK", ""))
	in := Newcomer("second", "2024-04-02", towns[1], "NRL", "")
	key := mustPut(t, st, in)
	if !reflect.DeepEqual(in, Newcomer("second", "2024-04-02", towns[1], "NRL", "")) {
		t.Errorf("Put modified the document it was given")
	}
	v2 := store.VariantID(NewcomerID, 2)
	if got := kovarIDs(t, st, key); got != v2 {
		t.Fatalf("Kovar of NRL stored as %q, want %q", got, v2)
	}
	before, err := st.Actors(ctx, store.Query{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.Get(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	again := Newcomer("second-again", "2024-04-09", towns[1], "NRL", "")
	again.URL = ""
	for i, d := range []*doc.Document{Newcomer("second", "2024-04-02", towns[1], "NRL", ""), stored, again} {
		k, created, err := st.Put(ctx, d)
		if err != nil || created || k != key {
			t.Errorf("put %d again = (%q, %v, %v), want (%q, false, nil)", i, k, created, err, key)
		}
	}
	after, err := st.Actors(ctx, store.Query{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("actors changed by putting a stored document again:\nbefore %+v\nafter  %+v", before, after)
	}
	if got := kovarIDs(t, st, key); got != v2 {
		t.Errorf("Kovar of NRL now %q, want %q", got, v2)
	}
	mustCount(t, st, 2)
}

// testNewActorsWithinDocument checks that two actors one document keeps
// apart stay apart, though their ids share a base and nothing else tells
// them apart.
func testNewActorsWithinDocument(t *testing.T, st store.Store) {
	d := Newcomer("two-kovars", "2024-04-01", towns[0], "VSK", "")
	other := store.VariantID(NewcomerID, 7)
	d.Actors[1].ID, d.Actors[1].Kind, d.Actors[1].Country = other, "person", ptr("VSK")
	for i := range d.Events {
		d.Events[i].Target = []string{other}
	}
	key := mustPut(t, st, d)
	got, err := st.Get(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	v2 := store.VariantID(NewcomerID, 2)
	if got.Actors[0].ID != NewcomerID || got.Actors[1].ID != v2 || got.Events[0].Target[0] != v2 || got.Events[1].Target[0] != v2 {
		t.Errorf("stored actors %q, %q, event targets %q %q; want %q and %q", got.Actors[0].ID, got.Actors[1].ID,
			got.Events[0].Target[0], got.Events[1].Target[0], NewcomerID, v2)
	}
	for _, id := range []string{NewcomerID, v2} {
		if docs, _, _ := actorDocs(t, st, id); docs != 1 {
			t.Errorf("actor %s: %d documents, want 1", id, docs)
		}
	}
}

// testNewActorsUnnamed checks that new actors no document names (a
// description repeated in one document) are never merged across documents.
func testNewActorsUnnamed(t *testing.T, st store.Store) {
	const student = "new:per:student"
	for i, town := range towns[:3] {
		text := "A student from " + town + " spoke to the Harbour Board.\nThe student asked for a bridge."
		d := Plain(fmt.Sprintf("student-%d", i), "A student speaks", fmt.Sprintf("2024-06-%02d", i+1), "", text)
		d.Actors = []doc.Actor{{ID: student, Name: "student", Kind: "person", Aliases: []string{}, Mentions: []doc.Mention{
			{Span: Find(text, "A student", 1), Text: "A student", How: "title"},
			{Span: Find(text, "The student", 1), Text: "The student", How: "title"},
		}}}
		d.Events = []doc.Event{{Type: "REQUEST", Source: []string{student}, Target: []string{}, Modality: "asserted", Evidence: d.Sentences[1]}}
		key := mustPut(t, st, d)
		got, err := st.Get(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		want := store.VariantID(student, i+1)
		if got.Actors[0].ID != want || got.Events[0].Source[0] != want {
			t.Errorf("document %d: the student is %q (event source %q), want %q", i, got.Actors[0].ID, got.Events[0].Source[0], want)
		}
		if docs, mentions, _ := actorDocs(t, st, want); docs != 1 || mentions != 2 {
			t.Errorf("actor %s: %d documents, %d mentions; want 1, 2", want, docs, mentions)
		}
	}
}
