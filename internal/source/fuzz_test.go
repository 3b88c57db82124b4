package source

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkFuzzRaw asserts the invariants of every delivered document.
func checkFuzzRaw(t *testing.T, r Raw) {
	t.Helper()
	if r.ID == "" || r.Origin == "" {
		t.Fatalf("document without id or origin: %+v", r)
	}
	if strings.TrimSpace(r.Text) == "" || !utf8.ValidString(r.Text) {
		t.Fatalf("empty or invalid text: %q", r.Text)
	}
	if !utf8.ValidString(r.Title) || strings.ContainsAny(r.Title, "\n\r") {
		t.Fatalf("bad title %q", r.Title)
	}
	if r.Date != "" {
		if _, err := time.Parse("2006-01-02", r.Date); err != nil {
			t.Fatalf("date %q is not YYYY-MM-DD", r.Date)
		}
	}
}

func addFile(f *testing.F, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
}

// FuzzReadJSONL checks that ReadJSONL never panics, that every non-blank line
// gives exactly one document or one error, and that a good line after
// arbitrary input is never lost.
func FuzzReadJSONL(f *testing.F) {
	addFile(f, "testdata/docs.jsonl")
	f.Add([]byte(`{"id":"a","text":"x"}`))
	f.Add([]byte("{\"id\":1,\"html\":\"<p>x</p>\"}\r\n\n{"))
	f.Add([]byte("\xef\xbb\xbf{\"id\":\"a\",\"date\":\"2022-01-02T03:04:05Z\",\"text\":\"\xff\"}"))
	const sentinel = `{"id":"sentinel","text":"The sentinel document."}`
	f.Fuzz(func(t *testing.T, data []byte) {
		in := append(append(bytes.Clone(data), '\n'), sentinel...)
		var docs, errs int
		seen := false
		opts := Options{MaxBytes: 1 << 16, OnError: func(error) { errs++ }}
		err := ReadJSONL(bytes.NewReader(in), "fuzz", opts, func(r Raw) error {
			checkFuzzRaw(t, r)
			docs++
			if r.ID == "sentinel" && r.Origin != "" {
				seen = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !seen {
			t.Fatal("good document after the fuzz input was lost")
		}
		lines := 0
		for i, l := range bytes.Split(in, []byte("\n")) {
			if i == 0 {
				l = bytes.TrimPrefix(l, utf8BOM)
			}
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		if docs+errs != lines {
			t.Fatalf("%d non-blank lines gave %d documents and %d errors", lines, docs, errs)
		}
	})
}

// FuzzExtractHTML checks that ExtractHTML never panics and that a page it
// accepts has valid, non-empty text and a well-formed date.
func FuzzExtractHTML(f *testing.F) {
	addFile(f, "testdata/article.html")
	addFile(f, "testdata/latin1.html")
	addFile(f, "testdata/nocontent.html")
	f.Add([]byte("<p>short</p>"))
	f.Add([]byte("<html><body><article><p>" + strings.Repeat("Words in a paragraph. ", 30) + "</p></article></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		type result struct {
			p   Page
			err error
		}
		ch := make(chan result, 1)
		go func() {
			p, err := ExtractHTML(data, "https://example.org/page")
			ch <- result{p, err}
		}()
		var res result
		select {
		case res = <-ch:
		case <-time.After(10 * time.Second):
			t.Fatalf("ExtractHTML takes over 10s on %d bytes: %q", len(data), data)
		}
		p, err := res.p, res.err
		if err != nil {
			if strings.HasPrefix(err.Error(), "HTML extractor failed") {
				t.Logf("recovered: %v", err)
			}
			return
		}
		checkFuzzRaw(t, Raw{ID: "x", Origin: "x", Title: p.Title, Date: p.Date, Text: p.Text})
		if strings.Contains(p.Text, "\n\n\n") {
			t.Fatalf("more than one blank line between paragraphs: %q", p.Text)
		}
	})
}

// FuzzReadFeed checks that ReadFeed never panics, reports a bad feed at most
// once, and delivers well-formed documents.
func FuzzReadFeed(f *testing.F) {
	addFile(f, "testdata/news.rss")
	addFile(f, "testdata/news.atom")
	addFile(f, "testdata/feed.json")
	addFile(f, "testdata/broken.rss")
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>T</title><link>l</link><description>d</description></item></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var docs, errs int
		opts := Options{OnError: func(error) { errs++ }}
		err := ReadFeed(data, "fuzz", opts, func(r Raw) error {
			checkFuzzRaw(t, r)
			docs++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if docs == 0 && errs == 0 {
			t.Fatal("nothing delivered and nothing reported")
		}
	})
}
