package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/parley-news/parley/internal/store"
)

func actorIDs(p store.Page[store.ActorSummary]) []string {
	out := []string{}
	for _, a := range p.Items {
		out = append(out, a.ID)
	}
	return out
}

func testFindActors(t *testing.T, st store.Store) {
	ctx := context.Background()
	mustPut(t, st, Article())
	// Ranked by mentions (Norland 3; Zajarova, Öberg and Veskia 2; the
	// ministry 1), then by name.
	tests := []struct {
		name string
		f    store.ActorFilter
		want []string
	}{
		{"empty filter lists all", store.ActorFilter{}, []string{"country:norland", "person:maria-zajarova", "person:tomas-oberg", "country:veskia", "org:turkish-mfa"}},
		{"blank text lists all", store.ActorFilter{Text: "  "}, []string{"country:norland", "person:maria-zajarova", "person:tomas-oberg", "country:veskia", "org:turkish-mfa"}},
		{"prefix of an alias", store.ActorFilter{Text: "zaja"}, []string{"person:maria-zajarova"}},
		{"accents and case ignored", store.ActorFilter{Text: "ZAJÁROVA"}, []string{"person:maria-zajarova"}},
		{"name without its accent", store.ActorFilter{Text: "oberg"}, []string{"person:tomas-oberg"}},
		{"name and role words", store.ActorFilter{Text: "norland"}, []string{"country:norland", "person:maria-zajarova"}},
		{"every word must match", store.ActorFilter{Text: "foreign minister"}, []string{"person:maria-zajarova"}},
		{"id words", store.ActorFilter{Text: "turkish-mfa"}, []string{"org:turkish-mfa"}},
		{"kind", store.ActorFilter{Kind: "person"}, []string{"person:maria-zajarova", "person:tomas-oberg"}},
		{"country", store.ActorFilter{Country: "VSK"}, []string{"person:tomas-oberg", "country:veskia"}},
		{"text and kind", store.ActorFilter{Text: "norland", Kind: "country"}, []string{"country:norland"}},
		{"no match", store.ActorFilter{Text: "nobody"}, []string{}},
		{"FTS syntax is plain text", store.ActorFilter{Text: `"zaja" OR NEAR(`}, []string{}},
	}
	for _, tc := range tests {
		p, err := st.FindActors(ctx, tc.f, store.Query{})
		if err != nil {
			t.Errorf("%s: FindActors(%+v): %v", tc.name, tc.f, err)
			continue
		}
		if got := actorIDs(p); !reflect.DeepEqual(got, tc.want) || p.Total != len(tc.want) {
			t.Errorf("%s: FindActors(%+v) = %v (total %d), want %v", tc.name, tc.f, got, p.Total, tc.want)
		}
	}
	if _, err := st.FindActors(ctx, store.ActorFilter{Text: "*** ---"}, store.Query{}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("FindActors without words: error = %v, want ErrInvalid", err)
	}
	p, err := st.FindActors(ctx, store.ActorFilter{}, store.Query{Limit: 2, Offset: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := actorIDs(p); !reflect.DeepEqual(got, []string{"country:veskia", "org:turkish-mfa"}) || p.Total != 5 || p.Limit != 2 || p.Offset != 3 {
		t.Errorf("FindActors page = %v %+v", got, p)
	}

	// A newer document changes the role the actor is found by.
	mustPut(t, st, FollowUp())
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"deputy", []string{"person:maria-zajarova"}},
		{"foreign", []string{"org:turkish-mfa"}},
		{"petra", []string{"person:petra-lund"}},
	} {
		p, err := st.FindActors(ctx, store.ActorFilter{Text: tc.text}, store.Query{})
		if err != nil {
			t.Fatal(err)
		}
		if got := actorIDs(p); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("after FollowUp, FindActors(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func testActorQuotes(t *testing.T, st store.Store) {
	ctx := context.Background()
	kArt := mustPut(t, st, Article())
	kNew := mustPut(t, st, FollowUp()) // newer
	p, err := st.ActorQuotes(ctx, "person:maria-zajarova", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		key, text, sentence string
		index               int
	}
	want := []row{
		{kNew, "“already at work”", "The Norlandic minister said the fund was “already at work” and thanked Petra Lund, who chairs it.", 0},
		{kArt, "“a first step, not the last one.”", "Norland's foreign minister, María Zajárova, told reporters that the deal was “a first step, not the last one.”", 0},
	}
	if p.Total != 2 || len(p.Items) != 2 {
		t.Fatalf("ActorQuotes = %+v, want 2 quotes", p)
	}
	texts := map[string]string{kArt: Article().Text, kNew: FollowUp().Text}
	for i, w := range want {
		g := p.Items[i]
		if g.Doc.Key != w.key || g.Quote.Text != w.text || g.SentenceText != w.sentence || g.Index != w.index {
			t.Errorf("quote %d = {%s %q %q %d}, want %+v", i, g.Doc.Key, g.Quote.Text, g.SentenceText, g.Index, w)
			continue
		}
		if texts[g.Doc.Key][g.Sentence.Start:g.Sentence.End] != w.sentence || !g.Sentence.Contains(g.Quote.Span) {
			t.Errorf("quote %d: sentence span %v does not fit", i, g.Sentence)
		}
		if g.Quote.Speaker == nil || *g.Quote.Speaker != "person:maria-zajarova" || g.Quote.Cue == nil || g.Doc.Date == nil {
			t.Errorf("quote %d incomplete: %+v", i, g)
		}
	}
	p, err = st.ActorQuotes(ctx, "person:maria-zajarova", store.Query{Limit: 1, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 2 || len(p.Items) != 1 || p.Items[0].Doc.Key != kArt {
		t.Errorf("second page = %+v", p)
	}
	// Actor.Quotes carries the same sentences.
	det, err := st.Actor(ctx, "person:maria-zajarova", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if len(det.Quotes) != 2 || det.Quotes[1].SentenceText != want[1].sentence {
		t.Errorf("Actor quotes = %+v", det.Quotes)
	}
	p, err = st.ActorQuotes(ctx, "country:norland", store.Query{})
	if err != nil || p.Total != 0 || p.Items == nil || len(p.Items) != 0 {
		t.Errorf("quotes of a silent actor = %+v, %v", p, err)
	}
	if _, err := st.ActorQuotes(ctx, "person:nobody", store.Query{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown actor: error = %v, want ErrNotFound", err)
	}
	if _, err := st.ActorQuotes(ctx, "person:maria-zajarova", store.Query{Limit: -1}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("negative limit: error = %v, want ErrInvalid", err)
	}
}

func testActorDocuments(t *testing.T, st store.Store) {
	ctx := context.Background()
	kArt := mustPut(t, st, Article())
	kNew := mustPut(t, st, FollowUp())
	p, err := st.ActorDocuments(ctx, "person:maria-zajarova", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 2 || len(p.Items) != 2 {
		t.Fatalf("ActorDocuments = %+v", p)
	}
	type row struct {
		key, name, role  string
		mentions, quotes int
	}
	want := []row{
		{kNew, "Maria Zajarova", "Deputy Prime Minister of Norland", 2, 1},
		{kArt, "Maria Zajarova", "Foreign Minister of Norland", 2, 1},
	}
	for i, w := range want {
		g := p.Items[i]
		if g.Doc.Key != w.key || g.Name != w.name || g.Role == nil || *g.Role != w.role || g.Mentions != w.mentions || g.Quotes != w.quotes {
			t.Errorf("document %d = %+v, want %+v", i, g, w)
		}
		if g.Doc.Title == "" || g.URL == "" || g.Source == "" {
			t.Errorf("document %d incomplete: %+v", i, g)
		}
	}
	p, err = st.ActorDocuments(ctx, "person:petra-lund", store.Query{})
	if err != nil || p.Total != 1 || len(p.Items) != 1 || p.Items[0].Role != nil || p.Items[0].Quotes != 0 || p.Items[0].Mentions != 1 {
		t.Errorf("documents of Petra Lund = %+v, %v", p, err)
	}
	if _, err := st.ActorDocuments(ctx, "person:nobody", store.Query{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown actor: error = %v, want ErrNotFound", err)
	}

	// The detail carries the roles over time and the documents.
	det, err := st.Actor(ctx, "person:maria-zajarova", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	wantRoles := []store.ActorRole{
		{Role: "Deputy Prime Minister of Norland", First: ptr("2024-03-16"), Last: ptr("2024-03-16"), Documents: 1},
		{Role: "Foreign Minister of Norland", First: ptr("2024-03-13"), Last: ptr("2024-03-13"), Documents: 1},
	}
	if !reflect.DeepEqual(det.Roles, wantRoles) {
		t.Errorf("roles = %+v, want %+v", det.Roles, wantRoles)
	}
	if len(det.Documents) != 2 || det.Documents[0].Doc.Key != kNew {
		t.Errorf("detail documents = %+v", det.Documents)
	}
	n, err := st.Actor(ctx, "country:norland", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if n.Roles == nil || len(n.Roles) != 0 || len(n.Documents) != 1 {
		t.Errorf("Norland roles %+v, documents %+v", n.Roles, n.Documents)
	}
}

func testEvents(t *testing.T, st store.Store) {
	ctx := context.Background()
	kArt := mustPut(t, st, Article())
	kTL := mustPut(t, st, Timeline())
	type ref struct {
		key string
		idx int
	}
	a := func(i int) ref { return ref{kArt, i} }
	tl := func(i int) ref { return ref{kTL, i} }
	tests := []struct {
		name string
		f    store.EventFilter
		want []ref
	}{
		// Latest first: undated events by their document's date.
		{"all", store.EventFilter{}, []ref{a(1), a(2), a(0), tl(3), tl(4), tl(2), tl(1), tl(0)}},
		{"type, any case", store.EventFilter{Type: "consult"}, []ref{tl(3), tl(4), tl(1), tl(0)}},
		{"actor on either side", store.EventFilter{Actor: "country:veskia"}, []ref{a(1), a(0), tl(3), tl(2), tl(0)}},
		{"actor as target", store.EventFilter{Actor: "country:veskia", Side: "target"}, []ref{tl(2)}},
		{"actor as source", store.EventFilter{Actor: "country:veskia", Side: "source"}, []ref{a(1), a(0), tl(3), tl(0)}},
		{"month matches a day range", store.EventFilter{From: "2022-10-15", To: "2022-10-31"}, []ref{tl(1), tl(0)}},
		{"year matches a month bound", store.EventFilter{From: "2023-01"}, []ref{a(0), tl(2)}},
		{"to a year", store.EventFilter{To: "2022"}, []ref{tl(1), tl(0)}},
		{"one day", store.EventFilter{From: "2024-03-12", To: "2024-03-12"}, []ref{a(0)}},
		{"place, any case", store.EventFilter{Place: "ankara"}, []ref{a(0), tl(1)}},
		{"everything at once", store.EventFilter{Actor: "country:norland", Type: "AGREE", From: "2024", Place: "Ankara"}, []ref{a(0)}},
		{"unknown actor", store.EventFilter{Actor: "person:nobody"}, []ref{}},
	}
	for _, tc := range tests {
		p, err := st.Events(ctx, tc.f, store.Query{})
		if err != nil {
			t.Errorf("%s: Events(%+v): %v", tc.name, tc.f, err)
			continue
		}
		got := []ref{}
		for _, h := range p.Items {
			got = append(got, ref{h.Doc.Key, h.Index})
		}
		if !reflect.DeepEqual(got, tc.want) || p.Total != len(tc.want) {
			t.Errorf("%s: Events(%+v) = %v (total %d), want %v", tc.name, tc.f, got, p.Total, tc.want)
		}
	}

	// Each hit has its event as put and its sentence.
	p, err := st.Events(ctx, store.EventFilter{Place: "Lindby"}, store.Query{})
	if err != nil || len(p.Items) != 1 {
		t.Fatalf("Events(Lindby) = %+v, %v", p, err)
	}
	h, d := p.Items[0], Timeline()
	if !reflect.DeepEqual(h.Event, d.Events[0]) {
		t.Errorf("event = %+v, want %+v", h.Event, d.Events[0])
	}
	if want := map[string]string{"country:veskia": "Veskia", "country:norland": "Norland"}; !reflect.DeepEqual(h.Names, want) {
		t.Errorf("names = %v, want %v", h.Names, want)
	}
	p, err = st.Events(ctx, store.EventFilter{Type: "ACCUSE"}, store.Query{})
	if err != nil || len(p.Items) != 1 || p.Items[0].Names["country:veskia"] != "Veskia" || p.Items[0].Names["country:norland"] != "Norland" {
		t.Errorf("ACCUSE event names = %+v, %v", p.Items, err)
	}
	if h.SentenceText != "Veskian and Norlandic officials held talks in Lindby in early October 2022." ||
		d.Text[h.Sentence.Start:h.Sentence.End] != h.SentenceText || h.Doc.Title != d.Title || h.Doc.Date == nil {
		t.Errorf("event hit = %+v", h)
	}

	p, err = st.Events(ctx, store.EventFilter{}, store.Query{Limit: 3, Offset: 6})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 8 || len(p.Items) != 2 || p.Limit != 3 || p.Offset != 6 || p.Items[0].Index != 1 || p.Items[0].Doc.Key != kTL {
		t.Errorf("events page = %+v", p)
	}

	for _, f := range []store.EventFilter{
		{Actor: "country:veskia", Side: "both"},
		{Side: "source"},
		{From: "2022-13"},
		{To: "22-10-01"},
		{From: "2022-10-01T00:00"},
		{From: "2023", To: "2022-12"},
	} {
		if _, err := st.Events(ctx, f, store.Query{}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Events(%+v) error = %v, want ErrInvalid", f, err)
		}
	}
	if _, err := st.Events(ctx, store.EventFilter{}, store.Query{Offset: -1}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("negative offset: error = %v, want ErrInvalid", err)
	}
}
