package source

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
)

var update = flag.Bool("update", false, "rewrite golden files")

// collect runs Read and returns the documents and the error messages.
func collect(t *testing.T, inputs []string, stdin string, opts Options) ([]Raw, []string) {
	t.Helper()
	var docs []Raw
	var errs []string
	opts.OnError = func(err error) {
		var de *DocError
		if !errors.As(err, &de) {
			t.Errorf("OnError got %T, want *DocError: %v", err, err)
		}
		errs = append(errs, err.Error())
	}
	n, err := Read(context.Background(), inputs, strings.NewReader(stdin), opts, func(r Raw) error {
		docs = append(docs, r)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if n != len(docs) {
		t.Errorf("Read returned %d, delivered %d", n, len(docs))
	}
	for _, d := range docs {
		checkRaw(t, d)
	}
	return docs, errs
}

// checkRaw asserts the invariants every delivered document keeps.
func checkRaw(t *testing.T, d Raw) {
	t.Helper()
	if d.ID == "" || d.Origin == "" {
		t.Errorf("document without id or origin: %+v", d)
	}
	if strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) {
		t.Errorf("%s: empty or invalid text %q", d.Origin, d.Text)
	}
	if d.Date != "" {
		if _, err := time.Parse("2006-01-02", d.Date); err != nil {
			t.Errorf("%s: date %q is not YYYY-MM-DD", d.Origin, d.Date)
		}
	}
	if strings.Contains(d.Title, "\n") {
		t.Errorf("%s: title on several lines: %q", d.Origin, d.Title)
	}
}

// TestReadDirGolden reads the whole testdata directory and compares every
// document and every error with testdata/golden/dir.golden (go test -update
// rewrites it).
func TestReadDirGolden(t *testing.T) {
	var b strings.Builder
	opts := Options{OnError: func(err error) { b.WriteString("error: " + err.Error() + "\n") }}
	_, err := Read(context.Background(), []string{"testdata"}, nil, opts, func(r Raw) error {
		checkRaw(t, r)
		j, err := json.Marshal(r)
		if err != nil {
			return err
		}
		b.Write(j)
		b.WriteByte('\n')
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden", "dir.golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("output differs from %s (go test -update to accept):\n%s", golden, b.String())
	}
}

func TestReadFiles(t *testing.T) {
	tests := []struct {
		name    string
		inputs  []string
		opts    Options
		wantIDs []string
		wantErr []string // substrings, one per reported error, in order
	}{
		{
			name:    "text file",
			inputs:  []string{"testdata/harbour_note.txt"},
			wantIDs: []string{"harbour_note"},
		},
		{
			name:    "default date fills in",
			inputs:  []string{"testdata/harbour_note.txt", "testdata/single.json"},
			opts:    Options{DefaultDate: "2024-01-02T10:00:00Z"},
			wantIDs: []string{"harbour_note", "single-1"},
		},
		{
			name:    "not utf-8",
			inputs:  []string{"testdata/latin1.txt", "testdata/harbour_note.txt"},
			wantIDs: []string{"harbour_note"},
			wantErr: []string{"testdata/latin1.txt: not valid UTF-8 text"},
		},
		{
			name:    "declared charset html",
			inputs:  []string{"testdata/latin1.html"},
			wantIDs: []string{"latin1"},
		},
		{
			name:    "empty file",
			inputs:  []string{"testdata/empty.txt"},
			wantErr: []string{"testdata/empty.txt: empty document"},
		},
		{
			name:    "missing file",
			inputs:  []string{"testdata/nope.txt", "testdata/single.json"},
			wantIDs: []string{"single-1"},
			wantErr: []string{"testdata/nope.txt: cannot read"},
		},
		{
			name:    "unknown kind",
			inputs:  []string{"testdata/README.md"},
			wantErr: []string{"testdata/README.md: unknown file kind"},
		},
		{
			name:    "html without article",
			inputs:  []string{"testdata/nocontent.html"},
			wantErr: []string{"testdata/nocontent.html: no article content"},
		},
		{
			name:    "malformed feed",
			inputs:  []string{"testdata/broken.rss", "testdata/news.atom"},
			wantIDs: []string{"tag:wire.example,2023:0317-1", "tag:wire.example,2023:0318-1"},
			wantErr: []string{"testdata/broken.rss: malformed feed"},
		},
		{
			name:    "rss feed",
			inputs:  []string{"testdata/news.rss"},
			wantIDs: []string{"ledger-2023-0314-01", "https://ledger.example/world/ferries"},
			wantErr: []string{"https://ledger.example/world/empty: empty document"},
		},
		{
			name:    "json feed",
			inputs:  []string{"testdata/feed.json"},
			wantIDs: []string{"sd-1"},
		},
		{
			name:    "file over the size cap",
			inputs:  []string{"testdata/article.html", "testdata/harbour_note.txt"},
			opts:    Options{MaxBytes: 1000},
			wantIDs: []string{"harbour_note"},
			wantErr: []string{"testdata/article.html: larger than the 1000-byte limit"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := collect(t, tc.inputs, "", tc.opts)
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
				if tc.opts.DefaultDate != "" && d.Date != "2024-01-02" && d.ID == "harbour_note" {
					t.Errorf("%s: default date not applied: %q", d.ID, d.Date)
				}
			}
			if fmt.Sprint(ids) != fmt.Sprint(tc.wantIDs) {
				t.Errorf("ids %q, want %q", ids, tc.wantIDs)
			}
			if len(errs) != len(tc.wantErr) {
				t.Fatalf("errors %q, want %d matching %q", errs, len(tc.wantErr), tc.wantErr)
			}
			for i := range errs {
				if !strings.Contains(errs[i], tc.wantErr[i]) {
					t.Errorf("error %q does not contain %q", errs[i], tc.wantErr[i])
				}
			}
		})
	}
}

func TestDefaultDateInvalid(t *testing.T) {
	_, err := Read(context.Background(), []string{"testdata/harbour_note.txt"}, nil, Options{DefaultDate: "soon"}, func(Raw) error { return nil })
	if err == nil {
		t.Fatal("want an error for a bad default date")
	}
}

func TestFnErrorStops(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	n, err := Read(context.Background(), []string{"testdata/news.atom", "testdata/harbour_note.txt"}, nil, Options{}, func(Raw) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 || n != 0 {
		t.Errorf("got n=%d calls=%d err=%v, want 0, 1, stop", n, calls, err)
	}
}

func TestContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n, err := Read(ctx, []string{"testdata"}, nil, Options{}, func(Raw) error { return nil })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("got n=%d err=%v, want 0 and context.Canceled", n, err)
	}
}

func TestReadStdin(t *testing.T) {
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile("testdata/news.atom")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		stdin   string
		inputs  []string
		wantIDs []string
		nErr    int
	}{
		{"jsonl", "\n  {\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n", nil, []string{"a", "b"}, 0},
		{"jsonl with dash", "{\"id\":\"a\",\"text\":\"One.\"}", []string{"-"}, []string{"a"}, 0},
		{"json array", "[{\"id\":\"a\",\"text\":\"One.\"}, {\"id\":\"b\"}]", nil, []string{"a"}, 1},
		{"text", "\ufeffPlain text from a pipe.\n", nil, []string{"stdin"}, 0},
		{"html", string(page), nil, []string{"stdin"}, 0},
		{"feed", string(feed), nil, []string{"tag:wire.example,2023:0317-1", "tag:wire.example,2023:0318-1"}, 0},
		{"feed with BOM", "\ufeff" + string(feed), nil, []string{"tag:wire.example,2023:0317-1", "tag:wire.example,2023:0318-1"}, 0},
		{"empty", "", nil, nil, 1},
		{"not utf-8", "caf\xe9", nil, nil, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := collect(t, tc.inputs, tc.stdin, Options{})
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tc.wantIDs) || len(errs) != tc.nErr {
				t.Errorf("ids %q errors %q, want %q and %d errors", ids, errs, tc.wantIDs, tc.nErr)
			}
		})
	}
}

// TestStdinStreams checks that JSON Lines on standard input are delivered
// as they arrive, before the input ends.
func TestStdinStreams(t *testing.T) {
	pr, pw := io.Pipe()
	got := make(chan string, 2)
	done := make(chan error, 1)
	go func() {
		_, err := Read(context.Background(), nil, pr, Options{}, func(r Raw) error {
			got <- r.ID
			return nil
		})
		done <- err
	}()
	if _, err := pw.Write([]byte(`{"id":"first","text":"One."}` + "\n")); err != nil {
		t.Fatal(err)
	}
	select {
	case id := <-got:
		if id != "first" {
			t.Errorf("got %q", id)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("first document not delivered before the end of input")
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestReadJSONL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		max     int64
		wantIDs []string
		wantErr []string
	}{
		{"good", `{"id":"a","title":" Two  words ","date":"2023-03-14T23:59:00-08:00","text":"Text."}`, 0, []string{"a"}, nil},
		{"numeric id", `{"id":7,"text":"Text."}`, 0, []string{"7"}, nil},
		{"crlf and blank lines", "{\"id\":\"a\",\"text\":\"A.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"B.\"}\r\n", 0, []string{"a", "b"}, nil},
		{"bad json", "{\"id\":\"a\",\n{\"id\":\"b\",\"text\":\"B.\"}", 0, []string{"b"}, []string{"x:1: invalid JSON"}},
		{"no id", `{"text":"T."}`, 0, nil, []string{`x:1: missing "id"`}},
		{"empty id", `{"id":"","text":"T."}`, 0, nil, []string{`x:1: empty "id"`}},
		{"object id", `{"id":{"a":1},"text":"T."}`, 0, nil, []string{`x:1: "id" must be a string or a number`}},
		{"no text", `{"id":"a"}`, 0, nil, []string{`x:1: missing "text" or "html"`}},
		{"blank text", `{"id":"a","text":" \n "}`, 0, nil, []string{"x:1: empty document"}},
		{"bad date", `{"id":"a","date":"14/03/2023","text":"T."}`, 0, nil, []string{"x:1: bad date"}},
		{"not utf-8", "{\"id\":\"a\",\"text\":\"caf\xe9\"}", 0, nil, []string{"x:1: not valid UTF-8"}},
		{"html without article", `{"id":"a","html":"<html><body><nav>Home</nav></body></html>"}`, 0, nil, []string{"x:1: no article content"}},
		{"line over the cap", `{"id":"a","text":"` + strings.Repeat("x", 100) + `"}` + "\n" + `{"id":"b","text":"B."}`, 60, []string{"b"}, []string{"x:1: larger than the 60-byte limit"}},
		{"last line over the cap", `{"id":"b","text":"B."}` + "\n" + `{"id":"a","text":"` + strings.Repeat("x", 100) + `"}`, 60, []string{"b"}, []string{"x:2: larger than the 60-byte limit"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ids, errs []string
			opts := Options{MaxBytes: tc.max, OnError: func(err error) { errs = append(errs, err.Error()) }}
			err := ReadJSONL(strings.NewReader(tc.in), "x", opts, func(r Raw) error {
				checkRaw(t, r)
				ids = append(ids, r.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tc.wantIDs) {
				t.Errorf("ids %q, want %q", ids, tc.wantIDs)
			}
			if len(errs) != len(tc.wantErr) {
				t.Fatalf("errors %q, want %q", errs, tc.wantErr)
			}
			for i := range errs {
				if !strings.HasPrefix(errs[i], tc.wantErr[i]) {
					t.Errorf("error %q, want prefix %q", errs[i], tc.wantErr[i])
				}
			}
		})
	}
}

func TestJSONLFields(t *testing.T) {
	in := `{"id":"a","title":" Two \n words ","date":"2023-03-14T23:59:00-08:00","url":"https://x.example/a","source":"X","lang":"en","text":"Text.","html":"<p>ignored</p>"}`
	var got Raw
	err := ReadJSONL(strings.NewReader(in), "x", Options{}, func(r Raw) error { got = r; return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := Raw{ID: "a", Title: "Two words", URL: "https://x.example/a", Source: "X", Lang: "en", Date: "2023-03-14", Text: "Text.", Origin: "x:1"}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestExtractHTML(t *testing.T) {
	b, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ExtractHTML(b, "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Harbour talks resume in Valdoria" || p.Date != "2023-03-14" || p.URL != "https://ledger.example/world/harbour-talks" {
		t.Errorf("metadata: %+v", p)
	}
	paras := strings.Split(p.Text, "\n\n")
	want := []string{
		"Harbour talks resume in Valdoria",
		"The foreign ministers of Valdoria and Marenland met on Tuesday in the port city of Selva to restart negotiations over the disputed harbour. It was their first meeting since the talks collapsed in the autumn.",
		"A long road",
		"Valdoria demands the withdrawal of the patrol boats.",
		"Marenland demands compensation for the damaged pier.",
		"\u201cNobody wins a war over a harbour,\u201d the mediator told reporters.",
		// The leading player label span is removed and the paragraph stays whole.
		"Fishing crews in Selva welcomed the meeting but said they had heard promises before.",
		"A second round of talks is expected in April, a spokesperson for the Coastal Union said on Wednesday.",
	}
	for _, w := range want {
		found := false
		for _, para := range paras {
			if para == w {
				found = true
			}
		}
		if !found {
			t.Errorf("paragraph missing: %q\ntext: %q", w, p.Text)
		}
	}
	for _, junk := range []string{"Accept all cookies", "Manage preferences", "Share on", "Play Video", "Mute", "0:00",
		"Hide player controls", "Hide resume playing", "Subscribe", "Sign in", "Privacy policy", "Storm hits", "All rights reserved"} {
		if strings.Contains(p.Text, junk) {
			t.Errorf("debris %q in text", junk)
		}
	}
}

func TestPruneSelector(t *testing.T) {
	if _, err := cascadia.ParseGroup(pruneSelector); err != nil {
		t.Fatalf("pruneSelector does not parse (trafilatura would ignore it): %v", err)
	}
	page := `<html><head><title>T</title></head><body><article>
<p>The harbour authority said on Wednesday that the northern pier would reopen after a week of repairs.</p>
<div class="media-player-box"><p>Hide player controls</p><p>Captions settings</p></div>
<p>Ferries to the islands will resume on Friday, and the fishing fleet may use the pier from Saturday.</p>
<p>Officials said the repairs cost less than planned because local crews worked through the weekend.</p>
</article></body></html>`
	p, err := ExtractHTML([]byte(page), "https://ledger.example/pier")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Text, "Hide player") || strings.Contains(p.Text, "Captions") {
		t.Errorf("player block kept: %q", p.Text)
	}
	if !strings.Contains(p.Text, "Ferries to the islands") {
		t.Errorf("article text lost: %q", p.Text)
	}
}

func TestNodeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One <b>bold</b>  word.</p><p>Two</p>", "One bold word.\n\nTwo"},
		{"<div>Line one<br>Line two</div>", "Line one\n\nLine two"},
		{"<ul><li>A</li><li>B</li></ul>", "A\n\nB"},
		{"<h2>Head</h2>Text after", "Head\n\nText after"},
		{"<pre>a\n  b</pre>", "a\n  b"},
		{"<p>x<script>var a;</script>y<style>p{}</style></p>", "xy"},
		{"<p>Share <span aria-hidden=\"true\">icon</span>this</p>", "Share this"},
		{"plain &amp; simple", "plain & simple"},
	}
	for _, tc := range tests {
		if got := fragmentText(tc.in); got != tc.want {
			t.Errorf("fragmentText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFeedDates(t *testing.T) {
	var got []Raw
	err := ReadFeed(mustRead(t, "testdata/news.rss"), "news.rss", Options{}, func(r Raw) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d items", len(got))
	}
	// 01:30 at +03:00 is still the 14th in UTC: the local date is kept.
	if got[0].Date != "2023-03-15" || got[1].Date != "2023-03-16" {
		t.Errorf("dates %q %q", got[0].Date, got[1].Date)
	}
	if got[0].Source != "Coastal Ledger & Friends" || got[0].Lang != "en" || got[1].Title != "Ferries return" {
		t.Errorf("metadata %+v / %+v", got[0], got[1])
	}
	if strings.Contains(got[0].Text, "Share on Facebook") {
		t.Errorf("share widget kept: %q", got[0].Text)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2022-11-08", "2022-11-08"},
		{" 2022-11-08 ", "2022-11-08"},
		{"2022-11-08T23:30:00-05:00", "2022-11-08"},
		{"2022-11-08T01:30:00.123+03:00", "2022-11-08"},
		{"2022-11-08T10:00:00Z", "2022-11-08"},
		{"2022-11-08T10:00:00", "2022-11-08"},
		{"2022-11-08T10:00:00+0300", "2022-11-08"},
		{"2022-11-08 10:00:00", "2022-11-08"},
		{"Tue, 08 Nov 2022 10:00:00 GMT", "2022-11-08"},
		{"Tue, 8 Nov 2022 10:00:00 +0100", "2022-11-08"},
		{"tue, 08 nov 2022 10:00:00 gmt", "2022-11-08"},
		{"08 Nov 2022 10:00 GMT", "2022-11-08"},
		{"Tuesday, November 8, 2022", "2022-11-08"},
		{"November 8, 2022", "2022-11-08"},
		{"Nov 8, 2022", "2022-11-08"},
		{"8 November 2022", "2022-11-08"},
		{"2022/11/08", "2022-11-08"},
		{"08.11.2022", "2022-11-08"},
		{"20221108", "2022-11-08"},
		{"", ""},
		{"yesterday", ""},
		{"11/08/2022", ""},
		{"2022-13-01", ""},
		{"0001-01-01", ""},
	}
	for _, tc := range tests {
		got, err := ParseDate(tc.in)
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestUserAgent(t *testing.T) {
	if got := UserAgent("1.2.3"); got != "Parley/1.2.3 (+https://github.com/parley-news/parley)" {
		t.Errorf("UserAgent = %q", got)
	}
}

func TestReadURL(t *testing.T) {
	page := mustRead(t, "testdata/article.html")
	feed := mustRead(t, "testdata/news.atom")
	latin1 := []byte("Caf\xe9 owners near the harbour said business had fallen.")
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/sniffed-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(feed)
	})
	mux.HandleFunc("/docs", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, `{"id":"u1","text":"From a URL."}`+"\n")
	})
	mux.HandleFunc("/jsonl-as-json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"j1","text":"One."}`+"\n"+`{"id":"j2","text":"Two."}`+"\n")
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write(latin1)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusNotFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("word ", 1000)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 100 {
			w.Write([]byte(strings.Repeat("word ", 20)))
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name    string
		path    string
		opts    Options
		wantIDs []string
		wantErr string
	}{
		{"html page", "/article", Options{}, []string{srv.URL + "/article"}, ""},
		{"atom feed", "/feed", Options{}, []string{"tag:wire.example,2023:0317-1", "tag:wire.example,2023:0318-1"}, ""},
		{"sniffed feed", "/sniffed-feed", Options{}, []string{"tag:wire.example,2023:0317-1", "tag:wire.example,2023:0318-1"}, ""},
		{"jsonl as text/plain", "/docs", Options{}, []string{"u1"}, ""},
		{"jsonl as application/json", "/jsonl-as-json", Options{}, []string{"j1", "j2"}, ""},
		{"declared charset", "/latin1", Options{}, []string{srv.URL + "/latin1"}, ""},
		{"404", "/missing", Options{}, nil, srv.URL + "/missing: HTTP 404 Not Found"},
		{"timeout", "/slow", Options{Timeout: 200 * time.Millisecond}, nil, srv.URL + "/slow: fetch failed"},
		{"oversize", "/big", Options{MaxBytes: 1000}, nil, srv.URL + "/big: larger than the 1000-byte limit"},
		{"oversize chunked", "/big-chunked", Options{MaxBytes: 1000}, nil, srv.URL + "/big-chunked: larger than the 1000-byte limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.UserAgent = UserAgent("test")
			start := time.Now()
			docs, errs := collect(t, []string{srv.URL + tc.path}, "", opts)
			if time.Since(start) > 3*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tc.wantIDs) {
				t.Errorf("ids %q, want %q (errors %q)", ids, tc.wantIDs, errs)
			}
			if tc.wantErr == "" && len(errs) > 0 || tc.wantErr != "" && (len(errs) != 1 || !strings.HasPrefix(errs[0], tc.wantErr)) {
				t.Errorf("errors %q, want %q", errs, tc.wantErr)
			}
			if tc.name == "declared charset" && len(docs) == 1 && !strings.HasPrefix(docs[0].Text, "Café") {
				t.Errorf("not decoded: %q", docs[0].Text)
			}
			if tc.name == "html page" && len(docs) == 1 && (docs[0].Title != "Harbour talks resume in Valdoria" || docs[0].URL != srv.URL+"/article") {
				t.Errorf("page metadata: %+v", docs[0])
			}
		})
	}
	if gotUA != UserAgent("test") {
		t.Errorf("User-Agent %q", gotUA)
	}
}
