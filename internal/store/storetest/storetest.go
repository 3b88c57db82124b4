// Package storetest is the conformance suite every store engine runs: one
// function, Run, that checks the behaviour store.Store promises (round trips,
// idempotency, ordering and paging, full-text search, actor aggregation,
// the merging of new actors across documents, the positions of the
// negotiation board, errors, concurrency). It also provides the hand-written
// fixture documents that other packages' tests use.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
)

// Run runs the conformance suite. open must return a new, empty store for
// each call; Run closes it when the (sub)test that opened it ends (Close must therefore be
// safe to call twice, in case open also registers a cleanup).
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, st store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"RoundTripMinimal", testRoundTripMinimal},
		{"NilListsComeBackEmpty", testNilLists},
		{"Invalid", testInvalid},
		{"IdempotentByURL", testIdempotentURL},
		{"IdempotentByTextHash", testIdempotentHash},
		{"DistinctDocuments", testDistinct},
		{"GetNotFound", testGetNotFound},
		{"ListOrderAndPaging", testList},
		{"BadQuery", testBadQuery},
		{"Search", testSearch},
		{"SearchPaging", testSearchPaging},
		{"SearchOddInput", testSearchOdd},
		{"Actors", testActors},
		{"Actor", testActor},
		{"ActorNotFound", testActorNotFound},
		{"FindActors", testFindActors},
		{"ActorQuotes", testActorQuotes},
		{"ActorDocuments", testActorDocuments},
		{"Events", testEvents},
		{"Positions", testPositions},
		{"Topics", testTopics},
		{"ConcurrentPuts", testConcurrent},
		{"Closed", testClosed},
		{"NewActorsIdempotent", testNewActorsIdempotent},
		{"NewActorsWithinDocument", testNewActorsWithinDocument},
		{"NewActorsUnnamed", testNewActorsUnnamed},
	}
	// openClosed returns a new store that is closed when t ends.
	openClosed := func(t *testing.T) store.Store {
		st := open(t)
		t.Cleanup(func() {
			if err := st.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
		return st
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, openClosed(t)) })
	}
	// Tests that need a new store for each of their cases.
	multi := []struct {
		name string
		fn   func(t *testing.T, open func(t *testing.T) store.Store)
	}{
		{"NewActors", testNewActors},
	}
	for _, tc := range multi {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, openClosed) })
	}
}

func mustPut(t *testing.T, st store.Store, d *doc.Document) string {
	t.Helper()
	key, created, err := st.Put(context.Background(), d)
	if err != nil {
		t.Fatalf("Put(%q): %v", d.ID, err)
	}
	if !created {
		t.Fatalf("Put(%q): created = false for a new document", d.ID)
	}
	if key == "" {
		t.Fatalf("Put(%q): empty key", d.ID)
	}
	return key
}

func mustCount(t *testing.T, st store.Store, want int) {
	t.Helper()
	n, err := st.Count(context.Background())
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	if n != want {
		t.Fatalf("Count = %d, want %d", n, want)
	}
}

// sameDoc fails unless got equals want field by field and in JSON.
func sameDoc(t *testing.T, got, want *doc.Document) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		gj, _ := json.MarshalIndent(got, "", " ")
		wj, _ := json.MarshalIndent(want, "", " ")
		t.Fatalf("Get returned a different document\n got: %s\nwant: %s", gj, wj)
	}
	gj, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	wj, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(gj) != string(wj) {
		t.Fatalf("JSON differs\n got: %s\nwant: %s", gj, wj)
	}
}

func testRoundTrip(t *testing.T, st store.Store) {
	ctx := context.Background()
	for _, d := range []*doc.Document{Article(), FollowUp()} {
		in := d
		in.Tokens = []doc.Token{{Span: doc.Span{Start: 0, End: 1}, Head: -1}} // not stored
		key := mustPut(t, st, in)
		if want := store.KeyFor(store.TextHash(in.Text)); key != want {
			t.Errorf("key = %q, want store.KeyFor(store.TextHash(text)) = %q", key, want)
		}
		got, err := st.Get(ctx, key)
		if err != nil {
			t.Fatalf("Get(%q): %v", key, err)
		}
		want := map[string]func() *doc.Document{"ankara-grain": Article, "lindby-fund": FollowUp}[d.ID]()
		want.Tokens = nil
		sameDoc(t, got, want)
	}
}

func testRoundTripMinimal(t *testing.T, st store.Store) {
	d := doc.New("bare", "Just one line, with nothing found in it.")
	key := mustPut(t, st, d)
	got, err := st.Get(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	sameDoc(t, got, doc.New("bare", "Just one line, with nothing found in it."))
	if got.Date != nil {
		t.Errorf("Date = %q, want nil", *got.Date)
	}
}

func testNilLists(t *testing.T, st store.Store) {
	d := &doc.Document{ID: "nil-lists", Title: "Nil lists", Text: "Nothing here but text."}
	a := Article()
	// An actor with nil mentions, in a document with nil lists otherwise.
	d2 := &doc.Document{ID: "nil-mentions", Text: a.Text, Actors: []doc.Actor{{ID: "x", Name: "X", Kind: "group"}}}
	for _, in := range []*doc.Document{d, d2} {
		key := mustPut(t, st, in)
		got, err := st.Get(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		want := doc.New(in.ID, in.Text)
		want.Title = in.Title
		if in.Actors != nil {
			want.Actors = []doc.Actor{{ID: "x", Name: "X", Kind: "group", Mentions: []doc.Mention{}}}
		}
		sameDoc(t, got, want)
	}
}

func testInvalid(t *testing.T, st store.Store) {
	bad := func(edit func(d *doc.Document)) *doc.Document {
		d := Article()
		edit(d)
		return d
	}
	cases := []struct {
		name string
		d    *doc.Document
	}{
		{"nil", nil},
		{"empty text", doc.New("empty", "")},
		{"blank text", doc.New("blank", " \n\t ")},
		{"span past end", bad(func(d *doc.Document) { d.Sentences[0].End = len(d.Text) + 1 })},
		{"span inside a character", bad(func(d *doc.Document) {
			i := strings.Index(d.Text, "—")
			d.Sentences = append(d.Sentences, doc.Span{Start: i + 1, End: i + 3})
		})},
		{"entity text differs", bad(func(d *doc.Document) { d.Entities[0].Text = "Ankara" })},
		{"unknown speaker", bad(func(d *doc.Document) { d.Quotes[0].Speaker = ptr("person:nobody") })},
		{"unknown event actor", bad(func(d *doc.Document) { d.Events[0].Target = []string{"country:atlantis"} })},
	}
	for _, tc := range cases {
		key, created, err := st.Put(context.Background(), tc.d)
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: Put error = %v, want ErrInvalid", tc.name, err)
		}
		if key != "" || created {
			t.Errorf("%s: Put = (%q, %v), want (\"\", false)", tc.name, key, created)
		}
	}
	mustCount(t, st, 0)
	page, err := st.Actors(context.Background(), store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 0 {
		t.Errorf("invalid documents left %d actors behind", page.Total)
	}
}

func testIdempotentURL(t *testing.T, st store.Store) {
	ctx := context.Background()
	a := Article()
	key := mustPut(t, st, a)
	// Same URL, another text (say, a corrected version): not stored again.
	b := Plain("ankara-grain-v2", "Corrected", "2024-03-14", a.URL, "A different text at the same address.")
	k2, created, err := st.Put(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if created || k2 != key {
		t.Fatalf("Put same URL = (%q, %v), want (%q, false)", k2, created, key)
	}
	// Putting the identical document again.
	k3, created, err := st.Put(ctx, Article())
	if err != nil {
		t.Fatal(err)
	}
	if created || k3 != key {
		t.Fatalf("Put again = (%q, %v), want (%q, false)", k3, created, key)
	}
	mustCount(t, st, 1)
	got, err := st.Get(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	sameDoc(t, got, Article())
	// The actors were counted once.
	page, err := st.Actors(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range page.Items {
		if a.Documents != 1 {
			t.Errorf("actor %s: Documents = %d after duplicate puts, want 1", a.ID, a.Documents)
		}
	}
}

func testIdempotentHash(t *testing.T, st store.Store) {
	ctx := context.Background()
	a := Plain("one", "First", "2024-01-02", "https://a.example/1", "The Council met on Monday.\nIt agreed on nothing.")
	key := mustPut(t, st, a)
	// Other URL, other case and spacing: the normalised text is the same.
	b := Plain("two", "Second", "2024-01-03", "https://b.example/2", "  the council   MET on monday.\n\n\tit agreed on NOTHING.  ")
	k2, created, err := st.Put(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if created || k2 != key {
		t.Fatalf("Put same normalised text = (%q, %v), want (%q, false)", k2, created, key)
	}
	// No URL at all.
	c := Plain("three", "", "", "", a.Text)
	k3, created, err := st.Put(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if created || k3 != key {
		t.Fatalf("Put same text without URL = (%q, %v), want (%q, false)", k3, created, key)
	}
	mustCount(t, st, 1)
	got, err := st.Get(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != "one" {
		t.Errorf("stored document is %q, want the first one put", got.ID)
	}
}

func testDistinct(t *testing.T, st store.Store) {
	// Empty URLs do not make documents equal.
	k1 := mustPut(t, st, Plain("a", "A", "", "", "First text without address."))
	k2 := mustPut(t, st, Plain("b", "B", "", "", "Second text without address."))
	if k1 == k2 {
		t.Fatalf("two different documents got the same key %q", k1)
	}
	mustCount(t, st, 2)
}

func testGetNotFound(t *testing.T, st store.Store) {
	mustPut(t, st, Article())
	for _, key := range []string{"", "0000000000000000", "no such key", "'; DROP TABLE documents; --"} {
		d, err := st.Get(context.Background(), key)
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(%q) error = %v, want ErrNotFound", key, err)
		}
		if d != nil {
			t.Errorf("Get(%q) returned a document with its error", key)
		}
	}
	mustCount(t, st, 1)
}

func testList(t *testing.T, st store.Store) {
	ctx := context.Background()
	empty, err := st.List(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if empty.Items == nil || len(empty.Items) != 0 || empty.Total != 0 {
		t.Fatalf("List on an empty store = %+v, want no items (non-nil) and total 0", empty)
	}
	dates := []string{"2023-05-01", "2024-01-15", "2022-12-31", "2024-01-15", "2023-11-30", "2021-06-06", "2024-02-29"}
	keys := map[string]string{} // key -> id
	for i, date := range dates {
		id := fmt.Sprintf("doc-%d", i)
		d := Plain(id, "Title "+id, date, fmt.Sprintf("https://list.example/%d", i), fmt.Sprintf("Body number %d of the list test.", i))
		keys[mustPut(t, st, d)] = id
	}
	// Newest first; equal dates: the later put first.
	want := []string{"doc-6", "doc-3", "doc-1", "doc-4", "doc-0", "doc-2", "doc-5"}

	all, err := st.List(ctx, store.Query{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != len(dates) || len(all.Items) != len(dates) || all.Limit != 100 || all.Offset != 0 {
		t.Fatalf("List(limit 100) = total %d, %d items, limit %d, offset %d; want %d, %d, 100, 0",
			all.Total, len(all.Items), all.Limit, all.Offset, len(dates), len(dates))
	}
	for i, s := range all.Items {
		if s.ID != want[i] || keys[s.Key] != s.ID {
			t.Errorf("item %d = %s (key %s), want %s", i, s.ID, s.Key, want[i])
		}
		if s.Date == nil || s.Title != "Title "+s.ID || s.Source != "Test Wire" || s.Lang != "en" || s.URL == "" {
			t.Errorf("item %d summary incomplete: %+v", i, s)
		}
		if s.IngestedAt.IsZero() {
			t.Errorf("item %d has no ingestion time", i)
		}
		if s.Counts.Sentences != 1 {
			t.Errorf("item %d: Counts.Sentences = %d, want 1", i, s.Counts.Sentences)
		}
	}

	var paged []string
	for off := 0; ; off += 3 {
		p, err := st.List(ctx, store.Query{Limit: 3, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != len(dates) || p.Limit != 3 || p.Offset != off {
			t.Fatalf("page at %d: total %d limit %d offset %d", off, p.Total, p.Limit, p.Offset)
		}
		for _, s := range p.Items {
			paged = append(paged, s.ID)
		}
		if !p.HasNext() {
			if len(p.Items) == 0 && off < len(dates) {
				t.Fatalf("empty page at offset %d", off)
			}
			break
		}
		if len(p.Items) != 3 {
			t.Fatalf("page at %d has %d items, want 3", off, len(p.Items))
		}
	}
	if !reflect.DeepEqual(paged, want) {
		t.Errorf("paging gave %v, want %v", paged, want)
	}

	past, err := st.List(ctx, store.Query{Offset: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(past.Items) != 0 || past.Total != len(dates) || past.Limit != store.DefaultLimit {
		t.Errorf("List past the end = %d items, total %d, limit %d", len(past.Items), past.Total, past.Limit)
	}

	// Counts follow the annotations.
	mustPut(t, st, Article())
	p, err := st.List(ctx, store.Query{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	a := Article()
	wantCounts := store.Counts{Sentences: len(a.Sentences), Entities: len(a.Entities), Actors: len(a.Actors),
		Quotes: len(a.Quotes), Events: len(a.Events), Positions: len(a.Positions)}
	if len(p.Items) != 1 || p.Items[0].ID != a.ID || p.Items[0].Counts != wantCounts {
		t.Errorf("newest = %+v, want %s with counts %+v", p.Items, a.ID, wantCounts)
	}
}

func testBadQuery(t *testing.T, st store.Store) {
	ctx := context.Background()
	mustPut(t, st, Article())
	for _, q := range []store.Query{{Limit: -1}, {Offset: -5}} {
		if _, err := st.List(ctx, q); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("List(%+v) error = %v, want ErrInvalid", q, err)
		}
		if _, err := st.Search(ctx, "talks", q); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Search(%+v) error = %v, want ErrInvalid", q, err)
		}
		if _, err := st.Actors(ctx, q); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Actors(%+v) error = %v, want ErrInvalid", q, err)
		}
		if _, err := st.Actor(ctx, "country:norland", q); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Actor(%+v) error = %v, want ErrInvalid", q, err)
		}
	}
	p, err := st.List(ctx, store.Query{Limit: store.MaxLimit + 1000})
	if err != nil {
		t.Fatal(err)
	}
	if p.Limit != store.MaxLimit {
		t.Errorf("Limit %d was not clamped to %d: got %d", store.MaxLimit+1000, store.MaxLimit, p.Limit)
	}
}

func hitIDs(p store.Page[store.DocHit]) []string {
	var ids []string
	for _, h := range p.Items {
		ids = append(ids, h.ID)
	}
	return ids
}

func snippetText(parts []store.SnippetPart) (all, matched string) {
	var b, m strings.Builder
	for _, p := range parts {
		b.WriteString(p.Text)
		if p.Match {
			m.WriteString(p.Text)
			m.WriteString("|")
		}
	}
	return b.String(), m.String()
}

func testSearch(t *testing.T, st store.Store) {
	ctx := context.Background()
	mustPut(t, st, Article())
	mustPut(t, st, FollowUp())
	mustPut(t, st, Plain("weather", "Storm warning for the coast", "2024-03-10", "https://w.example/1",
		"Forecasters warned of a storm reaching the coast by the weekend."))

	cases := []struct {
		query string
		want  []string // ids, any order unless one
		match string   // a matched word the first hit's snippet must show (case-insensitive), "" for none
	}{
		{"Zajárova", []string{"ankara-grain", "lindby-fund"}, "zajárova"},
		{"zajarova", []string{"ankara-grain", "lindby-fund"}, "zajárova"}, // diacritics and case folded
		{"ZAJAROVA", []string{"ankara-grain", "lindby-fund"}, "zajárova"},
		{"oberg", []string{"ankara-grain"}, "öberg"},
		{"grain exports", []string{"ankara-grain"}, "grain"},
		{"storm", []string{"weather"}, "storm"},
		{"coast storm", []string{"weather"}, "storm"},
		{"Lindby", []string{"lindby-fund"}, "lindby"},
		{"shipping fund", []string{"ankara-grain", "lindby-fund"}, "fund"},
		{"ship*", []string{"ankara-grain", "lindby-fund"}, "ship"},
		{"storm Zajárova", nil, ""}, // all words must match
		{"volcano", nil, ""},
	}
	for _, tc := range cases {
		p, err := st.Search(ctx, tc.query, store.Query{})
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		got := hitIDs(p)
		if p.Total != len(tc.want) || len(got) != len(tc.want) {
			t.Errorf("Search(%q) = %v (total %d), want %v", tc.query, got, p.Total, tc.want)
			continue
		}
		if p.Items == nil {
			t.Errorf("Search(%q): nil items", tc.query)
		}
		for _, id := range tc.want {
			found := false
			for _, g := range got {
				found = found || g == id
			}
			if !found {
				t.Errorf("Search(%q) = %v, missing %s", tc.query, got, id)
			}
		}
		for _, h := range p.Items {
			all, matched := snippetText(h.Snippet)
			if all == "" || matched == "" {
				t.Errorf("Search(%q) hit %s: snippet %+v has no text or no match", tc.query, h.ID, h.Snippet)
				continue
			}
			if strings.ContainsAny(all, "\uE000\uE001\x02\x03") {
				t.Errorf("Search(%q) hit %s: snippet %q keeps marker characters", tc.query, h.ID, all)
			}
			if h.Key == "" || h.Title == "" {
				t.Errorf("Search(%q) hit %s: summary incomplete %+v", tc.query, h.ID, h.DocSummary)
			}
		}
		if tc.match != "" {
			_, matched := snippetText(p.Items[0].Snippet)
			if !strings.Contains(strings.ToLower(matched), tc.match) {
				t.Errorf("Search(%q): matched parts %q do not include %q", tc.query, matched, tc.match)
			}
		}
	}

	// A word found only in a title.
	p, err := st.Search(ctx, "warning", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(p); len(got) != 1 || got[0] != "weather" {
		t.Errorf("Search(warning) = %v, want [weather] (title match)", got)
	}

	// Empty search text is invalid.
	for _, q := range []string{"", "   ", "!!! ---"} {
		if _, err := st.Search(ctx, q, store.Query{}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Search(%q) error = %v, want ErrInvalid", q, err)
		}
	}
}

func testSearchPaging(t *testing.T, st store.Store) {
	ctx := context.Background()
	for i := 0; i < 7; i++ {
		mustPut(t, st, Plain(fmt.Sprintf("p%d", i), fmt.Sprintf("Harbour report %d", i), fmt.Sprintf("2024-04-%02d", i+1), "",
			fmt.Sprintf("The harbour reopened, report number %d says.", i)))
	}
	mustPut(t, st, Plain("other", "Other", "2024-04-20", "", "Nothing about ports here."))
	seen := map[string]bool{}
	for off := 0; off < 9; off += 3 {
		p, err := st.Search(ctx, "harbour", store.Query{Limit: 3, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != 7 {
			t.Fatalf("Search total = %d, want 7", p.Total)
		}
		for _, h := range p.Items {
			if seen[h.ID] {
				t.Errorf("hit %s on two pages", h.ID)
			}
			seen[h.ID] = true
		}
	}
	if len(seen) != 7 {
		t.Errorf("pages covered %d hits, want 7", len(seen))
	}
}

func testSearchOdd(t *testing.T, st store.Store) {
	ctx := context.Background()
	mustPut(t, st, Article())
	// Search syntax and punctuation in the text are searched as words, never
	// interpreted: none of these may fail with anything but ErrInvalid.
	for _, q := range []string{
		`"unbalanced`, `talks"`, `talks AND`, `OR`, `NOT talks`, `talks NEAR(grain`, `*`, `grain*`, `**`, `(grain)`,
		`title:grain`, `{title}: grain`, `-grain`, `grain^`, `'; DROP TABLE documents; --`, `€250`, `“a first step”`,
		`María's`, "tab\tseparated\nwords", `\x00`, "\x00grain", `a.b.c`, strings.Repeat("grain ", 200),
	} {
		p, err := st.Search(ctx, q, store.Query{})
		if err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Search(%q) error = %v", q, err)
		}
		if err == nil && p.Items == nil {
			t.Errorf("Search(%q): nil items", q)
		}
	}
	p, err := st.Search(ctx, "“a first step”", store.Query{})
	if err != nil || p.Total != 1 {
		t.Errorf("Search with typographic quotes = %d hits, %v; want 1", p.Total, err)
	}
	mustCount(t, st, 1)
}

func testActors(t *testing.T, st store.Store) {
	ctx := context.Background()
	empty, err := st.Actors(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if empty.Items == nil || empty.Total != 0 {
		t.Fatalf("Actors on an empty store = %+v", empty)
	}
	mustPut(t, st, Article())
	mustPut(t, st, FollowUp())
	p, err := st.Actors(ctx, store.Query{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		id                         string
		mentions, documents, quots int
	}
	// Most mentioned first, ties by name.
	want := []row{
		{"person:maria-zajarova", 4, 2, 2},
		{"country:norland", 3, 1, 0},
		{"person:tomas-oberg", 2, 1, 1}, // "Tomás Öberg" < "Veskia"
		{"country:veskia", 2, 1, 0},
		{"person:petra-lund", 1, 1, 0},
		{"org:turkish-mfa", 1, 1, 0},
	}
	if p.Total != len(want) || len(p.Items) != len(want) {
		t.Fatalf("Actors: total %d, %d items; want %d", p.Total, len(p.Items), len(want))
	}
	for i, w := range want {
		a := p.Items[i]
		if a.ID != w.id || a.Mentions != w.mentions || a.Documents != w.documents || a.Quotes != w.quots {
			t.Errorf("actor %d = %s (%d mentions, %d docs, %d quotes), want %s (%d, %d, %d)",
				i, a.ID, a.Mentions, a.Documents, a.Quotes, w.id, w.mentions, w.documents, w.quots)
		}
		if a.Aliases == nil {
			t.Errorf("actor %s: nil aliases", a.ID)
		}
	}
	z := p.Items[0]
	if z.Name != "Maria Zajarova" || z.Kind != "person" || z.Country == nil || *z.Country != "NRL" {
		t.Errorf("Zajarova summary = %+v", z)
	}
	// The role comes from the most recent document (FollowUp, 2024-03-16).
	if z.Role == nil || *z.Role != "Deputy Prime Minister of Norland" {
		t.Errorf("Zajarova role = %v, want the newer document's role", z.Role)
	}
	if !reflect.DeepEqual(z.Aliases, []string{"María Zajárova", "Zajárova"}) {
		t.Errorf("Zajarova aliases = %q, want the sorted union", z.Aliases)
	}
	o := p.Items[2]
	if o.Role != nil {
		t.Errorf("Öberg role = %q, want nil", *o.Role)
	}

	// Paging.
	p2, err := st.Actors(ctx, store.Query{Limit: 2, Offset: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(p2.Items) != 2 || p2.Items[0].ID != want[2].id || p2.Items[1].ID != want[3].id || p2.Total != len(want) {
		t.Errorf("Actors page 2 = %+v", p2)
	}
}

func testActor(t *testing.T, st store.Store) {
	ctx := context.Background()
	older := FollowUp()
	older.Date = ptr("2024-03-01") // put first, but now older than Article
	kOld := mustPut(t, st, older)
	kArt := mustPut(t, st, Article())

	det, err := st.Actor(ctx, "person:maria-zajarova", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if det.Actor.ID != "person:maria-zajarova" || det.Actor.Mentions != 4 || det.Actor.Documents != 2 {
		t.Errorf("Actor summary = %+v", det.Actor)
	}
	// The role now comes from Article, the newer document, though put last.
	if det.Actor.Role == nil || *det.Actor.Role != "Foreign Minister of Norland" {
		t.Errorf("role = %v, want the newest document's", det.Actor.Role)
	}
	type row struct{ key, text, sentence string }
	want := []row{
		{kArt, "María Zajárova", "Norland's foreign minister, María Zajárova, told reporters that the deal was “a first step, not the last one.”"},
		{kArt, "She", "She said Norland would contribute €250 million to a shipping fund."},
		{kOld, "Zajárova", "Zajárova returned to Lindby on Friday."},
		{kOld, "The Norlandic minister", "The Norlandic minister said the fund was “already at work” and thanked Petra Lund, who chairs it."},
	}
	m := det.Mentions
	if m.Total != 4 || len(m.Items) != 4 || m.Limit != store.DefaultLimit {
		t.Fatalf("mentions page: total %d, %d items, limit %d", m.Total, len(m.Items), m.Limit)
	}
	texts := map[string]string{kArt: Article().Text, kOld: older.Text}
	for i, w := range want {
		g := m.Items[i]
		if g.Doc.Key != w.key || g.Mention.Text != w.text || g.SentenceText != w.sentence {
			t.Errorf("mention %d = {%s %q %q}, want {%s %q %q}", i, g.Doc.Key, g.Mention.Text, g.SentenceText, w.key, w.text, w.sentence)
			continue
		}
		text := texts[g.Doc.Key]
		if text[g.Mention.Start:g.Mention.End] != w.text || text[g.Sentence.Start:g.Sentence.End] != w.sentence {
			t.Errorf("mention %d offsets do not point at its text", i)
		}
		if !g.Sentence.Contains(g.Mention.Span) {
			t.Errorf("mention %d: sentence %v does not contain mention %v", i, g.Sentence, g.Mention.Span)
		}
		if g.Doc.Title == "" || g.Doc.Date == nil || g.Mention.How == "" {
			t.Errorf("mention %d: incomplete %+v", i, g)
		}
	}
	// Quotes, newest document first.
	if len(det.Quotes) != 2 {
		t.Fatalf("quotes = %+v, want 2", det.Quotes)
	}
	if det.Quotes[0].Doc.Key != kArt || det.Quotes[0].Quote.Text != "“a first step, not the last one.”" ||
		det.Quotes[1].Doc.Key != kOld || det.Quotes[1].Quote.Text != "“already at work”" {
		t.Errorf("quotes = %+v", det.Quotes)
	}
	if !reflect.DeepEqual(det.Quotes[0].Quote, Article().Quotes[0]) {
		t.Errorf("quote = %+v, want %+v", det.Quotes[0].Quote, Article().Quotes[0])
	}

	// Mention paging.
	p, err := st.Actor(ctx, "person:maria-zajarova", store.Query{Limit: 3, Offset: 2})
	if err != nil {
		t.Fatal(err)
	}
	if p.Mentions.Total != 4 || len(p.Mentions.Items) != 2 || p.Mentions.Items[0].Mention.Text != "Zajárova" || p.Mentions.Offset != 2 {
		t.Errorf("mentions page = %+v", p.Mentions)
	}

	// An actor without quotes has an empty, non-nil list.
	n, err := st.Actor(ctx, "country:norland", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if n.Quotes == nil || len(n.Quotes) != 0 || n.Mentions.Total != 3 {
		t.Errorf("Norland = %+v", n)
	}
}

func testActorNotFound(t *testing.T, st store.Store) {
	mustPut(t, st, Article())
	for _, id := range []string{"", "person:nobody", "COUNTRY:NORLAND"} {
		det, err := st.Actor(context.Background(), id, store.Query{})
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Actor(%q) error = %v, want ErrNotFound", id, err)
		}
		if det != nil {
			t.Errorf("Actor(%q) returned a result with its error", id)
		}
	}
}

func testConcurrent(t *testing.T, st store.Store) {
	ctx := context.Background()
	const workers, each = 6, 8
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created = map[string]int{} // key -> times created
		keys    = map[string]string{}
		errs    []error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				docs := []*doc.Document{
					Plain(fmt.Sprintf("w%d-%d", w, i), fmt.Sprintf("Worker %d item %d", w, i), fmt.Sprintf("2024-05-%02d", i+1),
						fmt.Sprintf("https://c.example/%d/%d", w, i), fmt.Sprintf("Worker %d wrote item %d.", w, i)),
					Article(), // every worker puts the same document too
				}
				for _, d := range docs {
					key, ok, err := st.Put(ctx, d)
					mu.Lock()
					if err != nil {
						errs = append(errs, err)
					} else {
						if ok {
							created[key]++
						}
						keys[d.ID] = key
					}
					mu.Unlock()
				}
				// Readers run alongside the writers.
				if _, err := st.List(ctx, store.Query{Limit: 5}); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	mustCount(t, st, workers*each+1)
	if n := created[keys["ankara-grain"]]; n != 1 {
		t.Errorf("the shared document was created %d times, want 1", n)
	}
	if len(created) != workers*each+1 {
		t.Errorf("%d distinct keys created, want %d", len(created), workers*each+1)
	}
	det, err := st.Actor(ctx, "person:maria-zajarova", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if det.Actor.Documents != 1 || det.Actor.Mentions != 2 {
		t.Errorf("after concurrent duplicate puts: %+v", det.Actor)
	}
	got, err := st.Get(ctx, keys["ankara-grain"])
	if err != nil {
		t.Fatal(err)
	}
	sameDoc(t, got, Article())
}

func testClosed(t *testing.T, st store.Store) {
	ctx := context.Background()
	key := mustPut(t, st, Article())
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, _, err := st.Put(ctx, FollowUp()); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Put after Close: %v, want ErrClosed", err)
	}
	if _, err := st.Get(ctx, key); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Get after Close: %v, want ErrClosed", err)
	}
	if _, err := st.List(ctx, store.Query{}); !errors.Is(err, store.ErrClosed) {
		t.Errorf("List after Close: %v, want ErrClosed", err)
	}
	if _, err := st.Count(ctx); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Count after Close: %v, want ErrClosed", err)
	}
	if _, err := st.Positions(ctx, store.PositionFilter{}, store.Query{}); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Positions after Close: %v, want ErrClosed", err)
	}
	if _, err := st.Topics(ctx, store.Query{}); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Topics after Close: %v, want ErrClosed", err)
	}
}
