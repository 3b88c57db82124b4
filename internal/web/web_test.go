package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/store/storetest"
)

func sampleDoc() *doc.Document { return storetest.Article() }

func ptr[T any](v T) *T { return &v }

// evilDoc is a document whose every field tries to inject markup.
func evilDoc() *doc.Document {
	t := "The <script>alert('text')</script> minister & \"friends\" said: “<b>we</b> agree”.\n\nSecond <i>paragraph</i>."
	d := doc.New("evil<id>", t)
	d.Title = `Title <script>alert("title")</script>`
	d.Date = ptr("2024-05-01")
	d.URL = `javascript:alert("url")`
	d.Source = `<img src=x onerror=alert("source")>`
	d.Sentences = []doc.Span{storetest.Find(t, "The <script>", 1)}
	d.Sentences[0].End = strings.Index(t, "\n\n")
	q := "“<b>we</b> agree”"
	d.Entities = []doc.Entity{{Span: storetest.Find(t, "<script>", 1), Text: "<script>", Type: `PER"><script>alert(1)</script>`}}
	d.Actors = []doc.Actor{{ID: `x"/><script>alert("actor")</script>`, Name: `<svg onload=alert("name")>`, Kind: `person"><b>`,
		Role: ptr("<u>role</u>"), Mentions: []doc.Mention{{Span: storetest.Find(t, "minister", 1), Text: "minister", How: `<how>`}}}}
	d.Quotes = []doc.Quote{{Span: storetest.Find(t, q, 1), Text: q, Kind: `direct"><script>`, Speaker: ptr(d.Actors[0].ID),
		Cue: &doc.Cue{Span: storetest.Find(t, "said", 1), Text: "said"}}}
	d.Times = []doc.Time{{Span: storetest.Find(t, "<i>paragraph</i>", 1), Text: "<i>paragraph</i>", Value: `<time>`}}
	if err := d.Validate(); err != nil {
		panic(err)
	}
	return d
}

type site struct {
	srv             *httptest.Server
	artKey, evilKey string
	followKey       string
	st              *sqlite.Store
	log             *strings.Builder
}

func newSite(t *testing.T, pageSize int) *site {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s := &site{st: st, log: &strings.Builder{}}
	for _, p := range []struct {
		key *string
		d   *doc.Document
	}{{&s.artKey, storetest.Article()}, {&s.followKey, storetest.FollowUp()}, {&s.evilKey, evilDoc()}} {
		if *p.key, _, err = st.Put(ctx, p.d); err != nil {
			t.Fatal(err)
		}
	}
	h, err := New(st, Options{Title: "Parley Test", APIPrefix: "/api/v1/", PageSize: pageSize,
		Logger: slog.New(slog.NewTextHandler(s.log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	s.srv = httptest.NewServer(h)
	t.Cleanup(s.srv.Close)
	return s
}

func get(t *testing.T, method, u string, wantStatus int) (string, *http.Response) {
	t.Helper()
	req, err := http.NewRequest(method, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != wantStatus {
		t.Fatalf("%s %s: status %d, want %d\n%s", method, u, resp.StatusCode, wantStatus, b)
	}
	return string(b), resp
}

func mustContain(t *testing.T, page string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(page, p) {
			t.Errorf("page lacks %q", p)
		}
	}
}

func TestHome(t *testing.T) {
	s := newSite(t, 20)
	page, resp := get(t, "GET", s.srv.URL+"/", 200)
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	mustContain(t, page, "<title>Parley Test</title>", `role="search"`, `action="/search"`,
		"Ministers agree to resume grain talks in Ankara", `href="/documents/`+s.artKey+`"`,
		"Zajárova back in Lindby as shipping fund opens", "13 March 2024", "Example News", "3 quotes", `aria-current="page"`)
	// Newest first: FollowUp (16 March 2024) before Article (13 March 2024).
	if strings.Index(page, "Lindby as shipping") > strings.Index(page, "grain talks in Ankara") {
		t.Error("documents are not newest first")
	}
}

func TestPaging(t *testing.T) {
	s := newSite(t, 2)
	page, _ := get(t, "GET", s.srv.URL+"/", 200)
	mustContain(t, page, `href="/?page=2"`, "1–2 of 3")
	page2, _ := get(t, "GET", s.srv.URL+"/?page=2", 200)
	mustContain(t, page2, `rel="prev" href="/"`, "3–3 of 3")
	if strings.Contains(page2, `rel="next"`) {
		t.Error("last page links to a next page")
	}
	for _, bad := range []string{"0", "-1", "x", "1.5"} {
		get(t, "GET", s.srv.URL+"/?page="+bad, 400)
	}
	// Past the end: an empty page, not an error.
	get(t, "GET", s.srv.URL+"/?page=9", 200)
}

func TestArticle(t *testing.T) {
	s := newSite(t, 20)
	page, resp := get(t, "GET", s.srv.URL+"/documents/"+s.artKey, 200)
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("CSP = %q", csp)
	}
	d := storetest.Article()
	mustContain(t, page,
		"<h1>Ministers agree to resume grain talks in Ankara</h1>",
		`<time datetime="2024-03-13">13 March 2024</time>`,
		`href="https://news.example.org/2024/03/13/ankara-grain-talks"`,
		`href="/api/v1/documents/`+s.artKey+`"`,
		`<fieldset class="legend">`, `id="show-quote" checked`, `id="show-event">`,
		// side lists
		`href="#q-0"`, `href="/actors/person:maria-zajarova"`, "Maria Zajarova", "2024-03-12", "250,000,000 EUR", "Ankara, TUR",
		"AGREE: Norland, Veskia", "guarantees for its ports",
		// tooltips
		`title="Quote · partial · speaker: Maria Zajarova (Foreign Minister of Norland) · cue: told"`, `title="Time · 2024-03-12"`, `title="Entity · PER"`,
		`title="Amount · 250,000,000 EUR"`, `title="Place · Ankara, TUR (39.93, 32.86)"`,
		`title="Actor · Maria Zajarova (person) · Foreign Minister of Norland · by alias"`,
	)

	// The highlighted text: three paragraphs, each mark covering its bytes.
	m := regexp.MustCompile(`(?s)<div class="text">(.*?)</div>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no text block")
	}
	body := strings.TrimSpace(m[1])
	if n := strings.Count(body, "<p>"); n != 3 {
		t.Errorf("%d paragraphs, want 3", n)
	}
	dec := parseMarked(t, body)
	if want := strings.ReplaceAll(d.Text, "\n\n", " "); strings.Join(strings.Fields(dec.text), " ") != strings.Join(strings.Fields(want), " ") {
		t.Errorf("rendered text differs from the document:\n%s\n%s", dec.text, want)
	}
	for _, mk := range DocumentMarks(d) {
		spans := dec.covered[mk.Ref]
		var got []string
		for _, sp := range spans {
			got = append(got, dec.text[sp.Start:sp.End])
		}
		if want := d.Text[mk.Start:mk.End]; len(got) != 1 || got[0] != want {
			t.Errorf("%s (%s) covers %q, want %q", mk.Ref, mk.Class, got, want)
		}
	}
	for id, n := range dec.ids {
		if n != 1 {
			t.Errorf("id %s used %d times", id, n)
		}
	}
	// The first quote, by its id, is the quote's text.
	if sp := dec.covered["q-0"]; len(sp) != 1 || dec.text[sp[0].Start:sp[0].End] != d.Quotes[0].Text {
		t.Errorf("q-0 covers %v", sp)
	}
}

func TestEscaping(t *testing.T) {
	s := newSite(t, 20)
	pages := map[string]string{}
	pages["home"], _ = get(t, "GET", s.srv.URL+"/", 200)
	pages["article"], _ = get(t, "GET", s.srv.URL+"/documents/"+s.evilKey, 200)
	pages["actors"], _ = get(t, "GET", s.srv.URL+"/actors", 200)
	pages["actor"], _ = get(t, "GET", s.srv.URL+"/actors/"+url.PathEscape(evilDoc().Actors[0].ID), 200)
	pages["search"], _ = get(t, "GET", s.srv.URL+"/search?q="+url.QueryEscape(`minister <script>alert("q")</script>`), 200)
	for name, page := range pages {
		for _, bad := range []string{"<script", "<img", "<svg", "<b>", "<i>", "<u>", "<how>", "<time>", "javascript:"} {
			if strings.Contains(page, bad) {
				i := strings.Index(page, bad)
				t.Errorf("%s page contains raw %q: …%s…", name, bad, page[max(0, i-80):min(len(page), i+80)])
			}
		}
	}
	mustContain(t, pages["article"], "&lt;script&gt;</span>alert(&#39;text&#39;)&lt;/script&gt;", "&lt;b&gt;we&lt;/b&gt;", "#ZgotmplZ")
	mustContain(t, pages["search"], "&lt;script&gt;")
	if !strings.Contains(pages["actor"], "&lt;svg onload=alert(&#34;name&#34;)&gt;") {
		t.Error("actor name not escaped as expected")
	}
}

func TestSearchPage(t *testing.T) {
	s := newSite(t, 20)
	page, _ := get(t, "GET", s.srv.URL+"/search?q=zajarova", 200)
	mustContain(t, page, "2 documents match", "<mark>Zajárova</mark>", `value="zajarova"`,
		`href="/documents/`+s.artKey+`"`, `href="/documents/`+s.followKey+`"`)
	page, _ = get(t, "GET", s.srv.URL+"/search?q=volcano", 200)
	mustContain(t, page, "No document contains all of these words.")
	page, _ = get(t, "GET", s.srv.URL+"/search?q=***", 200)
	mustContain(t, page, "Type at least one word")
	_, resp := get(t, "GET", s.srv.URL+"/search?q=+", http.StatusSeeOther)
	if loc := resp.Header.Get("Location"); loc != "/" {
		t.Errorf("empty search redirects to %q", loc)
	}
}

func TestActorPages(t *testing.T) {
	s := newSite(t, 20)
	page, _ := get(t, "GET", s.srv.URL+"/actors", 200)
	mustContain(t, page, `<th scope="col">Name</th>`, `href="/actors/person:maria-zajarova"`, "Deputy Prime Minister of Norland",
		`href="/actors/country:norland"`)
	if strings.Index(page, "Maria Zajarova") > strings.Index(page, ">Norland<") {
		t.Error("actors not most mentioned first")
	}
	page, _ = get(t, "GET", s.srv.URL+"/actors/person:maria-zajarova", 200)
	mustContain(t, page, "<h1 class=\"page-title\">Maria Zajarova</h1>", "What Maria Zajarova said", "“a first step, not the last one.”",
		"“already at work”", "María Zajárova, Zajárova",
		// the mention inside its sentence, highlighted
		`Norland&#39;s foreign minister, <span class="hl men men-focus" title="Mention · by alias">María Zajárova</span>, told reporters`,
		`<span class="hl men men-focus" title="Mention · by pronoun">She</span> said Norland`,
		`href="/documents/`+s.artKey+`"`)
	// Groups: newest document first.
	if strings.Index(page, "Zajárova returned to Lindby") > strings.Index(page, "told reporters") {
		t.Error("mentions not newest document first")
	}
	get(t, "GET", s.srv.URL+"/actors/person:nobody", 404)
	get(t, "GET", s.srv.URL+"/actors?page=0", 400)
}

func TestActorIDWithSlash(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "slash.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := storetest.Plain("slash", "Slash", "2024-01-01", "", "The Office of A/B said nothing.")
	d.Actors = []doc.Actor{{ID: "org:a/b office", Name: "Office of A/B", Kind: "organization",
		Mentions: []doc.Mention{{Span: storetest.Find(d.Text, "Office of A/B", 1), Text: "Office of A/B", How: "name"}}}}
	if _, _, err := st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	h, err := New(st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	list, _ := get(t, "GET", srv.URL+"/actors", 200)
	mustContain(t, list, `href="/actors/org:a%2Fb%20office"`)
	page, _ := get(t, "GET", srv.URL+"/actors/org:a%2Fb%20office", 200)
	mustContain(t, page, "Office of A/B")
}

func TestErrorsAndStatic(t *testing.T) {
	s := newSite(t, 20)
	page, _ := get(t, "GET", s.srv.URL+"/documents/0000000000000000", 404)
	mustContain(t, page, "Error 404", "There is no document with this key.")
	get(t, "GET", s.srv.URL+"/no/such/page", 404)
	_, resp := get(t, "POST", s.srv.URL+"/documents/"+s.artKey, 405)
	if resp.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("Allow = %q", resp.Header.Get("Allow"))
	}
	get(t, "POST", s.srv.URL+"/", 405)
	get(t, "HEAD", s.srv.URL+"/", 200)
	css, resp := get(t, "GET", s.srv.URL+"/static/style.css", 200)
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") || !strings.Contains(css, ".quote") {
		t.Errorf("stylesheet: %q", resp.Header.Get("Content-Type"))
	}
	get(t, "GET", s.srv.URL+"/static/missing.css", 404)

	// A store failure shows a generic error page and logs the cause.
	s.st.Close()
	page, _ = get(t, "GET", s.srv.URL+"/", 503)
	mustContain(t, page, "Error 503")
}

type failing struct{ store.Store }

func (failing) List(context.Context, store.Query) (store.Page[store.DocSummary], error) {
	return store.Page[store.DocSummary]{}, fmt.Errorf("disk at /secret/db broke")
}

func (failing) Get(context.Context, string) (*doc.Document, error) { panic("boom at /secret/panic") }

func TestInternalErrors(t *testing.T) {
	var logged strings.Builder
	h, err := New(failing{}, Options{Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, path := range []string{"/", "/documents/abc"} {
		page, _ := get(t, "GET", srv.URL+path, 500)
		if strings.Contains(page, "secret") {
			t.Errorf("%s leaks the internal error", path)
		}
		mustContain(t, page, "Something went wrong")
	}
	if !strings.Contains(logged.String(), "/secret/db") || !strings.Contains(logged.String(), "/secret/panic") {
		t.Errorf("errors not logged: %s", logged.String())
	}
}

func TestFormatDate(t *testing.T) {
	cases := []struct {
		in   any
		want string
	}{
		{"2024-03-13", "13 March 2024"},
		{ptr("2022-11-08T10:00:00Z"), "8 November 2022"},
		{(*string)(nil), ""},
		{"2022-W45", "2022-W45"},
	}
	for _, tc := range cases {
		if got := formatDate(tc.in); got != tc.want {
			t.Errorf("formatDate(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
