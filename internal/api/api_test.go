package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/store/storetest"
)

type fixture struct {
	srv        *httptest.Server
	artKey     string
	followKey  string
	plainCount int
}

func setup(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{}
	if f.artKey, _, err = st.Put(ctx, storetest.Article()); err != nil {
		t.Fatal(err)
	}
	if f.followKey, _, err = st.Put(ctx, storetest.FollowUp()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		d := storetest.Plain(fmt.Sprintf("p%d", i), fmt.Sprintf("Council note %d", i), fmt.Sprintf("2023-01-%02d", i+1), "",
			fmt.Sprintf("The council published note %d about harbour fees.", i))
		if _, _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		f.plainCount++
	}
	f.srv = httptest.NewServer(New(st, Options{Version: "test-1", Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	t.Cleanup(f.srv.Close)
	return f
}

// do sends a request and decodes the JSON answer into out (when non-nil),
// checking the status and the content type.
func do(t *testing.T, method, u string, wantStatus int, out any) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != wantStatus {
		t.Fatalf("%s %s: status %d, want %d; body %s", method, u, resp.StatusCode, wantStatus, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Fatalf("%s %s: Content-Type %q", method, u, ct)
	}
	if out != nil && method != http.MethodHead {
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(out); err != nil {
			t.Fatalf("%s %s: decode %s: %v", method, u, body, err)
		}
	}
	return resp
}

func TestHealth(t *testing.T) {
	f := setup(t)
	var h struct {
		Status    string `json:"status"`
		Version   string `json:"version"`
		Documents int    `json:"documents"`
	}
	do(t, "GET", f.srv.URL+"/api/v1/health", 200, &h)
	if h.Status != "ok" || h.Version != "test-1" || h.Documents != 2+f.plainCount {
		t.Errorf("health = %+v", h)
	}
}

func TestDocuments(t *testing.T) {
	f := setup(t)
	var p store.Page[store.DocSummary]
	do(t, "GET", f.srv.URL+"/api/v1/documents", 200, &p)
	if p.Total != 7 || len(p.Items) != 7 || p.Limit != store.DefaultLimit {
		t.Fatalf("list = total %d, %d items, limit %d", p.Total, len(p.Items), p.Limit)
	}
	if p.Items[0].Key != f.followKey || p.Items[1].Key != f.artKey {
		t.Errorf("newest first: got %s, %s", p.Items[0].ID, p.Items[1].ID)
	}
	do(t, "GET", f.srv.URL+"/api/v1/documents?limit=2&offset=1", 200, &p)
	if len(p.Items) != 2 || p.Items[0].Key != f.artKey || p.Offset != 1 || p.Limit != 2 {
		t.Errorf("page = %+v", p)
	}
	// An empty q lists.
	do(t, "GET", f.srv.URL+"/api/v1/documents?q=+&limit=3", 200, &p)
	if len(p.Items) != 3 || p.Total != 7 {
		t.Errorf("q blank: %+v", p)
	}
}

func TestDocument(t *testing.T) {
	f := setup(t)
	resp, err := http.Get(f.srv.URL + "/api/v1/documents/" + f.artKey)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var got doc.Document
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	want := storetest.Article()
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("document differs from what was put")
	}
	// The body is the contract JSON: every list present as an array.
	var raw map[string]any
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "title", "date", "url", "source", "text", "sentences", "entities", "actors", "quotes", "events", "times", "places", "amounts", "positions"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("field %q missing", k)
		}
	}
	if _, ok := raw["tokens"]; ok {
		t.Error("tokens are not part of the contract")
	}
}

func TestSearch(t *testing.T) {
	f := setup(t)
	for _, path := range []string{"/api/v1/search?q=zajarova", "/api/v1/documents?q=zajarova"} {
		var p store.Page[store.DocHit]
		do(t, "GET", f.srv.URL+path, 200, &p)
		if p.Total != 2 || len(p.Items) != 2 {
			t.Fatalf("%s: %d hits", path, p.Total)
		}
		for _, h := range p.Items {
			var match bool
			for _, s := range h.Snippet {
				match = match || (s.Match && strings.EqualFold(s.Text, "Zajárova"))
			}
			if !match {
				t.Errorf("%s: hit %s snippet %+v has no match", path, h.ID, h.Snippet)
			}
		}
	}
	var p store.Page[store.DocHit]
	do(t, "GET", f.srv.URL+"/api/v1/search?q="+url.QueryEscape("harbour fees")+"&limit=2&offset=2", 200, &p)
	if p.Total != 5 || len(p.Items) != 2 || p.Offset != 2 {
		t.Errorf("paged search = total %d, %d items, offset %d", p.Total, len(p.Items), p.Offset)
	}
	do(t, "GET", f.srv.URL+"/api/v1/search?q=nothingmatches", 200, &p)
	if p.Total != 0 || p.Items == nil {
		t.Errorf("no-hit search = %+v", p)
	}
}

func TestActors(t *testing.T) {
	f := setup(t)
	var p store.Page[store.ActorSummary]
	do(t, "GET", f.srv.URL+"/api/v1/actors?limit=2", 200, &p)
	if p.Total != 6 || len(p.Items) != 2 || p.Items[0].ID != "person:maria-zajarova" || p.Items[0].Mentions != 4 {
		t.Errorf("actors = %+v", p)
	}
	var det actorBody
	do(t, "GET", f.srv.URL+"/api/v1/actors/"+url.PathEscape("person:maria-zajarova")+"?limit=1", 200, &det)
	if det.Actor.ID != "person:maria-zajarova" || det.Mentions.Total != 4 || len(det.Mentions.Items) != 1 || len(det.Quotes) != 2 {
		t.Errorf("actor = %+v", det)
	}
	if m := det.Mentions.Items[0]; m.Doc.Key != f.followKey || !strings.Contains(m.SentenceText, m.Mention.Text) {
		t.Errorf("first mention = %+v", m)
	}
}

func TestErrors(t *testing.T) {
	f := setup(t)
	cases := []struct {
		method, path string
		status       int
		code         string
		msg          string // part of the message
	}{
		{"GET", "/api/v1/documents/0000000000000000", 404, "not_found", "0000000000000000"},
		{"GET", "/api/v1/actors/person:nobody", 404, "not_found", "person:nobody"},
		{"GET", "/api/v1/nothing", 404, "not_found", "/api/v1/nothing"},
		{"GET", "/api/v1/documents/" + f.artKey + "/more", 404, "not_found", ""},
		{"GET", "/api/v1/documents?limit=abc", 400, "bad_request", "limit"},
		{"GET", "/api/v1/documents?limit=0", 400, "bad_request", "limit"},
		{"GET", "/api/v1/documents?limit=501", 400, "bad_request", "limit"},
		{"GET", "/api/v1/documents?offset=-1", 400, "bad_request", "offset"},
		{"GET", "/api/v1/actors?offset=x", 400, "bad_request", "offset"},
		{"GET", "/api/v1/actors/country:norland?limit=-4", 400, "bad_request", "limit"},
		{"GET", "/api/v1/search", 400, "bad_request", "q"},
		{"GET", "/api/v1/search?q=%20%20", 400, "bad_request", "q"},
		{"GET", "/api/v1/search?q=***", 400, "bad_request", "no words"},
		{"GET", "/api/v1/search?q=grain&limit=x", 400, "bad_request", "limit"},
		{"POST", "/api/v1/documents", 405, "method_not_allowed", "POST"},
		{"DELETE", "/api/v1/documents/" + f.artKey, 405, "method_not_allowed", "DELETE"},
		{"PUT", "/api/v1/actors", 405, "method_not_allowed", "PUT"},
		{"POST", "/api/v1/health", 405, "method_not_allowed", "POST"},
	}
	for _, tc := range cases {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			var e apiError
			resp := do(t, tc.method, f.srv.URL+tc.path, tc.status, &e)
			if e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.msg) {
				t.Errorf("error = %+v, want code %s and message with %q", e.Error, tc.code, tc.msg)
			}
			if tc.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow = %q", resp.Header.Get("Allow"))
			}
		})
	}
	// HEAD works where GET does.
	do(t, "HEAD", f.srv.URL+"/api/v1/documents", 200, nil)
}

// broken is a store whose every method fails with an internal error.
type broken struct{ store.Store }

var errSecret = errors.New("disk /secret/path/parley.db: I/O error at page 42")

func (broken) Put(context.Context, *doc.Document) (string, bool, error) { return "", false, errSecret }
func (broken) Get(context.Context, string) (*doc.Document, error)       { return nil, errSecret }
func (broken) List(context.Context, store.Query) (store.Page[store.DocSummary], error) {
	return store.Page[store.DocSummary]{}, errSecret
}
func (broken) Search(context.Context, string, store.Query) (store.Page[store.DocHit], error) {
	return store.Page[store.DocHit]{}, errSecret
}
func (broken) Actors(context.Context, store.Query) (store.Page[store.ActorSummary], error) {
	return store.Page[store.ActorSummary]{}, errSecret
}
func (broken) Actor(context.Context, string, store.Query) (*store.ActorDetail, error) {
	panic("actor lookup exploded at /secret/path")
}
func (broken) FindActors(context.Context, store.ActorFilter, store.Query) (store.Page[store.ActorSummary], error) {
	return store.Page[store.ActorSummary]{}, errSecret
}
func (broken) ActorQuotes(context.Context, string, store.Query) (store.Page[store.ActorQuote], error) {
	return store.Page[store.ActorQuote]{}, errSecret
}
func (broken) ActorDocuments(context.Context, string, store.Query) (store.Page[store.ActorDocument], error) {
	return store.Page[store.ActorDocument]{}, errSecret
}
func (broken) Events(context.Context, store.EventFilter, store.Query) (store.Page[store.EventHit], error) {
	return store.Page[store.EventHit]{}, errSecret
}
func (broken) Positions(context.Context, store.PositionFilter, store.Query) (store.Page[store.PositionHit], error) {
	return store.Page[store.PositionHit]{}, errSecret
}
func (broken) Topics(context.Context, store.Query) (store.Page[store.TopicSummary], error) {
	return store.Page[store.TopicSummary]{}, errSecret
}
func (broken) Count(context.Context) (int, error) { return 0, errSecret }

func TestInternalErrorsDoNotLeak(t *testing.T) {
	var logged bytes.Buffer
	srv := httptest.NewServer(New(broken{}, Options{Logger: slog.New(slog.NewTextHandler(&logged, nil))}))
	defer srv.Close()
	for _, tc := range []struct {
		path   string
		status int
		code   string
	}{
		{"/api/v1/documents", 500, "internal"},
		{"/api/v1/documents/abc", 500, "internal"},
		{"/api/v1/search?q=x", 500, "internal"},
		{"/api/v1/actors", 500, "internal"},
		{"/api/v1/actors/x", 500, "internal"}, // a panic
		{"/api/v1/actors?q=x", 500, "internal"},
		{"/api/v1/actors/x/quotes", 500, "internal"},
		{"/api/v1/actors/x/documents", 500, "internal"},
		{"/api/v1/events?type=AGREE", 500, "internal"},
		{"/api/v1/positions?stance=demand", 500, "internal"},
		{"/api/v1/topics", 500, "internal"},
		{"/api/v1/health", 503, "unavailable"},
	} {
		resp, err := http.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
			t.Errorf("%s: status %d, type %q", tc.path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		var e apiError
		if err := json.Unmarshal(body, &e); err != nil || e.Error.Code != tc.code {
			t.Errorf("%s: body %s", tc.path, body)
		}
		if strings.Contains(string(body), "secret") {
			t.Errorf("%s: internal detail leaked: %s", tc.path, body)
		}
	}
	if !strings.Contains(logged.String(), "/secret/path") {
		t.Error("internal errors were not logged")
	}
}

func TestClosedStore(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(st, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()
	st.Close()
	var e apiError
	do(t, "GET", srv.URL+"/api/v1/documents", 503, &e)
	if e.Error.Code != "unavailable" {
		t.Errorf("closed store: %+v", e)
	}
}
