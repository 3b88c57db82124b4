package api

import (
	"context"
	"io"
	"log/slog"
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

// boardServer serves a store holding Article, Standoff and StraitNote.
func boardServer(t *testing.T) (srv *httptest.Server, keys map[string]string) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "board.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	keys = map[string]string{}
	for _, p := range []struct {
		name string
		d    *doc.Document
	}{{"article", storetest.Article()}, {"standoff", storetest.Standoff()}, {"note", storetest.StraitNote()}} {
		if keys[p.name], _, err = st.Put(ctx, p.d); err != nil {
			t.Fatal(err)
		}
	}
	srv = httptest.NewServer(New(st, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	t.Cleanup(srv.Close)
	return srv, keys
}

func TestPositions(t *testing.T) {
	srv, keys := boardServer(t)
	type ref struct {
		doc string
		idx int
	}
	for _, tc := range []struct {
		query string
		want  []ref
		total int
	}{
		{"", []ref{{"note", 0}, {"note", 1}, {"standoff", 0}, {"standoff", 1}, {"standoff", 2}, {"standoff", 3}, {"article", 1}, {"article", 0}}, 8},
		{"?limit=2&offset=1", []ref{{"note", 1}, {"standoff", 0}}, 8},
		{"?actor=person:ilse-varn", []ref{{"standoff", 1}, {"standoff", 2}}, 2},
		{"?stance=DEMAND", []ref{{"article", 0}}, 1},
		{"?topic=" + url.QueryEscape("grain exports") + "&country=vsk", []ref{{"standoff", 1}, {"standoff", 2}, {"article", 0}}, 3},
		{"?country=NRL&from=2024-04&to=2024-04-30", []ref{{"standoff", 0}, {"standoff", 3}}, 2},
		{"?topic=nothing", []ref{}, 0},
		// Empty parameters do not filter.
		{"?actor=&stance=&topic=%20%20&country=&from=&to=&limit=1", []ref{{"note", 0}}, 8},
	} {
		var p store.Page[store.PositionHit]
		do(t, "GET", srv.URL+"/api/v1/positions"+tc.query, 200, &p)
		got := []ref{}
		for _, h := range p.Items {
			name := ""
			for n, k := range keys {
				if k == h.Doc.Key {
					name = n
				}
			}
			got = append(got, ref{name, h.Index})
		}
		if !reflect.DeepEqual(got, tc.want) || p.Total != tc.total {
			t.Errorf("positions%s = %v (total %d), want %v (total %d)", tc.query, got, p.Total, tc.want, tc.total)
		}
	}

	// A hit as JSON: the position, its document and actor, and the sentence.
	var p store.Page[store.PositionHit]
	do(t, "GET", srv.URL+"/api/v1/positions?stance=precondition", 200, &p)
	if len(p.Items) != 1 {
		t.Fatalf("precondition hits = %+v", p.Items)
	}
	h, d := p.Items[0], storetest.Standoff()
	if h.Position != d.Positions[0] || h.Name != "Norland" || h.Kind != "country" || h.URL != d.URL || h.Doc.Title != d.Title ||
		h.SentenceText != "Norland demanded that Veskia withdraw its ships from the strait before any new round of grain talks." {
		t.Errorf("precondition hit = %+v", h)
	}
}

func TestTopics(t *testing.T) {
	srv, _ := boardServer(t)
	var p store.Page[store.TopicSummary]
	do(t, "GET", srv.URL+"/api/v1/topics", 200, &p)
	if p.Total != 2 || len(p.Items) != 2 || p.Items[0].Topic != "strait ceasefire" || p.Items[1].Topic != "Grain exports" ||
		p.Items[1].Positions != 5 || p.Items[1].Actors != 3 || p.Items[1].Documents != 2 || *p.Items[1].First != "2024-03-13" {
		t.Errorf("topics = %+v", p)
	}
	do(t, "GET", srv.URL+"/api/v1/topics?limit=1&offset=1", 200, &p)
	if p.Total != 2 || len(p.Items) != 1 || p.Items[0].Topic != "Grain exports" {
		t.Errorf("topics page 2 = %+v", p)
	}
}

func TestPositionErrors(t *testing.T) {
	srv, _ := boardServer(t)
	for _, tc := range []struct {
		path string
		msg  string
	}{
		{"/api/v1/positions?stance=threaten", `stance "threaten" must be one of demand, precondition`},
		{"/api/v1/positions?country=Veskia", `country "Veskia" must be an ISO 3166-1 alpha-3 code`},
		{"/api/v1/positions?country=u1a", `country "u1a" must be`},

		{"/api/v1/positions?from=2024-13", "2024-13"},
		{"/api/v1/positions?to=yesterday", "yesterday"},
		{"/api/v1/positions?from=2024&to=2023", "empty"},
		{"/api/v1/positions?limit=0", "limit"},
		{"/api/v1/positions?limit=501", "limit"},
		{"/api/v1/topics?offset=-1", "offset"},
		{"/api/v1/topics?limit=x", "limit"},
	} {
		var e apiError
		do(t, "GET", srv.URL+tc.path, 400, &e)
		if e.Error.Code != "bad_request" || !strings.Contains(e.Error.Message, tc.msg) {
			t.Errorf("%s: error %+v, want bad_request with %q", tc.path, e.Error, tc.msg)
		}
	}
	var e apiError
	resp := do(t, "POST", srv.URL+"/api/v1/positions", 405, &e)
	if resp.Header.Get("Allow") != "GET, HEAD" || e.Error.Code != "method_not_allowed" {
		t.Errorf("POST positions: %+v", e)
	}
	do(t, "DELETE", srv.URL+"/api/v1/topics", 405, &e)
}
