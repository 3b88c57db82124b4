package api

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/store/storetest"
)

// actorBody is the body of /api/v1/actors/{id}, decoded strictly.
type actorBody struct {
	store.ActorDetail
	Known *knownActor `json:"known"`
}

// testKB is a knowledge base written for these tests: one invented person
// with two dated roles.
const testKB = `{"id": "person:maria-zajarova", "kind": "person", "name": "Maria Zajarova", "country": "NRL", "aliases": ["María Zajárova"], "roles": [{"position": "foreign_minister", "org": "NRL", "title": "Foreign Minister of Norland", "start": "2021-05", "end": "2024-03-14"}, {"position": "deputy_prime_minister", "org": "NRL", "start": "2024-03-15", "end": null}]}
`

type eventsFixture struct {
	srv                   *httptest.Server
	artKey, newKey, tlKey string
}

func setupEvents(t *testing.T) *eventsFixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	entries, err := kb.Parse(strings.NewReader(testKB), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	f := &eventsFixture{}
	if f.artKey, _, err = st.Put(ctx, storetest.Article()); err != nil {
		t.Fatal(err)
	}
	if f.newKey, _, err = st.Put(ctx, storetest.FollowUp()); err != nil {
		t.Fatal(err)
	}
	if f.tlKey, _, err = st.Put(ctx, storetest.Timeline()); err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(New(st, Options{KB: kb.New(entries), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	t.Cleanup(f.srv.Close)
	return f
}

func TestActorSearch(t *testing.T) {
	f := setupEvents(t)
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"q=zaj", []string{"person:maria-zajarova"}},
		{"q=%C3%96BERG", []string{"person:tomas-oberg"}},
		{"kind=person", []string{"person:maria-zajarova", "new:per:ilse-varn", "person:tomas-oberg", "person:petra-lund"}},
		{"kind=person&country=VSK", []string{"new:per:ilse-varn", "person:tomas-oberg"}},
		{"q=envoy", []string{"new:per:ilse-varn"}},
		{"q=nobody", []string{}},
	} {
		var p store.Page[store.ActorSummary]
		do(t, "GET", f.srv.URL+"/api/v1/actors?"+tc.query, 200, &p)
		got := []string{}
		for _, a := range p.Items {
			got = append(got, a.ID)
		}
		if !reflect.DeepEqual(got, tc.want) || p.Total != len(tc.want) {
			t.Errorf("%s: actors %v (total %d), want %v", tc.query, got, p.Total, tc.want)
		}
	}
}

func TestActorDetailWithKB(t *testing.T) {
	f := setupEvents(t)
	var det actorBody
	do(t, "GET", f.srv.URL+"/api/v1/actors/"+url.PathEscape("person:maria-zajarova"), 200, &det)
	if det.Known == nil || det.Known.Name != "Maria Zajarova" || len(det.Known.Roles) != 2 ||
		det.Known.Roles[0].Start != "2021-05" || det.Known.Roles[0].Ends() != "2024-03-14" || det.Known.Roles[1].End != nil {
		t.Fatalf("known = %+v", det.Known)
	}
	if !reflect.DeepEqual(det.Known.Aliases, []string{"María Zajárova"}) || det.Known.Country == nil || *det.Known.Country != "NRL" {
		t.Errorf("known = %+v", det.Known)
	}
	if len(det.Roles) != 2 || det.Roles[0].Role != "Deputy Prime Minister of Norland" {
		t.Errorf("roles seen = %+v", det.Roles)
	}
	if len(det.Documents) != 2 || det.Documents[0].Doc.Key != f.newKey || det.Documents[1].Doc.Key != f.artKey {
		t.Errorf("documents = %+v", det.Documents)
	}
	if len(det.Quotes) != 2 || det.Quotes[0].SentenceText == "" || !strings.Contains(det.Quotes[0].SentenceText, det.Quotes[0].Quote.Text) {
		t.Errorf("quotes = %+v", det.Quotes)
	}
	// An actor the knowledge base does not hold has "known": null.
	var other actorBody
	do(t, "GET", f.srv.URL+"/api/v1/actors/"+url.PathEscape("country:veskia"), 200, &other)
	if other.Known != nil || other.Actor.ID != "country:veskia" || len(other.Documents) != 2 {
		t.Errorf("Veskia = %+v", other)
	}
}

func TestActorQuotesAndDocuments(t *testing.T) {
	f := setupEvents(t)
	var q store.Page[store.ActorQuote]
	do(t, "GET", f.srv.URL+"/api/v1/actors/"+url.PathEscape("person:maria-zajarova")+"/quotes?limit=1", 200, &q)
	if q.Total != 2 || len(q.Items) != 1 || q.Items[0].Doc.Key != f.newKey || q.Items[0].Quote.Text != "“already at work”" {
		t.Errorf("quotes page 1 = %+v", q)
	}
	do(t, "GET", f.srv.URL+"/api/v1/actors/"+url.PathEscape("person:maria-zajarova")+"/quotes?limit=1&offset=1", 200, &q)
	if q.Total != 2 || len(q.Items) != 1 || q.Items[0].Doc.Key != f.artKey || q.Items[0].Index != 0 {
		t.Errorf("quotes page 2 = %+v", q)
	}
	var d store.Page[store.ActorDocument]
	do(t, "GET", f.srv.URL+"/api/v1/actors/"+url.PathEscape("country:norland")+"/documents", 200, &d)
	if d.Total != 2 || len(d.Items) != 2 || d.Items[0].Doc.Key != f.artKey || d.Items[1].Doc.Key != f.tlKey || d.Items[0].Mentions != 3 {
		t.Errorf("documents of Norland = %+v", d)
	}
}

func TestEvents(t *testing.T) {
	f := setupEvents(t)
	for _, tc := range []struct {
		query string
		want  []int // event indexes, all in tlKey's document unless negative (-1-i: Article's event i)
	}{
		{"type=CONSULT&actor=" + url.QueryEscape("country:veskia"), []int{3, 0}},
		{"actor=" + url.QueryEscape("country:veskia") + "&side=target", []int{2}},
		{"from=2022-10-15&to=2022-10-31", []int{1, 0}},
		{"from=2024-03&place=ANKARA", []int{-1}},
		{"place=Lindby&type=consult", []int{0}},
		{"type=SANCTION", []int{}},
	} {
		var p store.Page[store.EventHit]
		do(t, "GET", f.srv.URL+"/api/v1/events?"+tc.query, 200, &p)
		got := []int{}
		for _, h := range p.Items {
			switch h.Doc.Key {
			case f.tlKey:
				got = append(got, h.Index)
			case f.artKey:
				got = append(got, -1-h.Index)
			default:
				t.Errorf("%s: event from document %s", tc.query, h.Doc.Key)
			}
			if h.SentenceText == "" {
				t.Errorf("%s: event without its sentence: %+v", tc.query, h)
			}
		}
		if !reflect.DeepEqual(got, tc.want) || p.Total != len(tc.want) {
			t.Errorf("%s: events %v (total %d), want %v", tc.query, got, p.Total, tc.want)
		}
	}
	var all store.Page[store.EventHit]
	do(t, "GET", f.srv.URL+"/api/v1/events?limit=2&offset=1", 200, &all)
	if all.Total != 8 || len(all.Items) != 2 || all.Limit != 2 || all.Offset != 1 {
		t.Errorf("events page = %+v", all)
	}
}

func TestActorAndEventErrors(t *testing.T) {
	f := setupEvents(t)
	for _, tc := range []struct {
		path   string
		status int
		code   string
		msg    string
	}{
		{"/api/v1/actors?q=***", 400, "bad_request", "no words"},
		{"/api/v1/actors/person:nobody/quotes", 404, "not_found", "person:nobody"},
		{"/api/v1/actors/person:nobody/documents", 404, "not_found", "person:nobody"},
		{"/api/v1/actors/country:norland/quotes?limit=0", 400, "bad_request", "limit"},
		{"/api/v1/actors/country:norland/nothing", 404, "not_found", ""},
		{"/api/v1/events?from=2022-13", 400, "bad_request", "2022-13"},
		{"/api/v1/events?to=yesterday", 400, "bad_request", "yesterday"},
		{"/api/v1/events?from=2023&to=2022", 400, "bad_request", "empty"},
		{"/api/v1/events?side=source", 400, "bad_request", "without an actor"},
		{"/api/v1/events?actor=x&side=both", 400, "bad_request", "source or target"},
		{"/api/v1/events?offset=-2", 400, "bad_request", "offset"},
	} {
		var e apiError
		do(t, "GET", f.srv.URL+tc.path, tc.status, &e)
		if e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.msg) {
			t.Errorf("%s: error %+v, want %s with %q", tc.path, e.Error, tc.code, tc.msg)
		}
	}
	var e apiError
	resp := do(t, "POST", f.srv.URL+"/api/v1/events", 405, &e)
	if resp.Header.Get("Allow") != "GET, HEAD" || e.Error.Code != "method_not_allowed" {
		t.Errorf("POST events: %+v", e)
	}
}

// TestNewActorVariants checks that two people of one name whom the store
// keeps apart each have their own actor, documents, quotes and events.
func TestNewActorVariants(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "variants.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	keys := map[string]string{}
	for i, country := range []string{"VSK", "NRL", "VSK"} {
		d := storetest.Newcomer(fmt.Sprintf("kovar-%d", i), fmt.Sprintf("2024-05-%02d", i+1), []string{"Lindby", "Kesto", "Pellow"}[i], country, "")
		if keys[d.ID], _, err = st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(New(st, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	t.Cleanup(srv.Close)

	var p store.Page[store.ActorSummary]
	do(t, "GET", srv.URL+"/api/v1/actors?q=kovar", 200, &p)
	v2 := storetest.NewcomerID + "~2"
	if len(p.Items) != 2 || p.Items[0].ID != storetest.NewcomerID || p.Items[1].ID != v2 ||
		p.Items[0].Documents != 2 || p.Items[1].Documents != 1 || *p.Items[1].Country != "NRL" {
		t.Fatalf("actors named Kovar = %+v", p.Items)
	}
	var det actorBody
	do(t, "GET", srv.URL+"/api/v1/actors/"+url.PathEscape(v2), 200, &det)
	if det.Actor.ID != v2 || len(det.Documents) != 1 || det.Documents[0].Doc.Key != keys["kovar-1"] || len(det.Quotes) != 1 ||
		det.Quotes[0].Quote.Speaker == nil || *det.Quotes[0].Quote.Speaker != v2 {
		t.Errorf("actor %s = %+v", v2, det)
	}
	var ev store.Page[store.EventHit]
	do(t, "GET", srv.URL+"/api/v1/events?"+url.Values{"actor": {v2}}.Encode(), 200, &ev)
	if ev.Total != 2 || ev.Items[0].Names[v2] != "Jana Kovar" {
		t.Errorf("events of %s = %+v", v2, ev)
	}
	var d map[string]any
	do(t, "GET", srv.URL+"/api/v1/documents/"+keys["kovar-1"], 200, &d)
	if got := d["actors"].([]any)[0].(map[string]any)["id"]; got != v2 {
		t.Errorf("document kovar-1 names Kovar %v, want %s", got, v2)
	}
}
