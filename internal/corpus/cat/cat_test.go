package cat

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	d, err := ReadFile(filepath.Join("testdata", "small.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Attrs["doc_name"]; got != "7_Ferry_talks_resume" {
		t.Errorf("doc_name = %q", got)
	}
	if len(d.Tokens) != 35 {
		t.Fatalf("got %d tokens, want 35", len(d.Tokens))
	}
	if tk := d.Tokens[29]; tk != (Token{ID: 30, Sentence: 2, Number: 22, Text: "&"}) {
		t.Errorf("token 30 = %+v", tk)
	}
	if len(d.Markables) != 5 || len(d.Relations) != 2 {
		t.Fatalf("got %d markables, %d relations; want 5, 2", len(d.Markables), len(d.Relations))
	}
	m := d.Markables[1]
	if m.Name != "TIMEX3" || m.ID != "2" || m.Attr("value") != "2031-03-03T09:35" || m.Attr("type") != "TIME" || !reflect.DeepEqual(m.Anchors, []int{19, 20, 21}) {
		t.Errorf("TIMEX3 m_id 2 = %+v", m)
	}
	if e := d.Markables[4]; e.Name != "EVENT" || len(e.Anchors) != 0 || e.Attr("TAG_DESCRIPTOR") != "talks resume" {
		t.Errorf("instance descriptor = %+v", e)
	}
	r := d.Relations[0]
	if r.Name != "TLINK" || r.ID != "10" || r.Attr("reltype") != "IS_INCLUDED" || !reflect.DeepEqual(r.Sources, []string{"4"}) || !reflect.DeepEqual(r.Targets, []string{"2"}) {
		t.Errorf("TLINK = %+v", r)
	}
}

func TestText(t *testing.T) {
	d, err := ReadFile(filepath.Join("testdata", "small.xml"))
	if err != nil {
		t.Fatal(err)
	}
	x := d.Text()
	want := "Ferry talks resume\nMarch 3, 2031\nThe long-delayed talks (the third) resumed at 9.35am on Monday over a US$40 million contract & the port's fees."
	if x.Body != want {
		t.Fatalf("text:\n%s\nwant:\n%s", x.Body, want)
	}
	for i, tk := range d.Tokens {
		if got := x.Body[x.Spans[i].Start:x.Spans[i].End]; got != tk.Text {
			t.Errorf("token %d spans %q, want %q", tk.ID, got, tk.Text)
		}
	}
	cases := []struct {
		markable int
		want     string
	}{
		{0, "March 3, 2031"},
		{1, "9.35am"},
		{2, "US$40 million"},
		{3, "resumed"},
	}
	for _, c := range cases {
		sp, ok := x.Extent(d.Markables[c.markable].Anchors)
		if !ok {
			t.Errorf("markable %d: no extent", c.markable)
			continue
		}
		if got := x.Body[sp.Start:sp.End]; got != c.want {
			t.Errorf("markable %d: extent %q, want %q", c.markable, got, c.want)
		}
	}
	if _, ok := x.Extent(nil); ok {
		t.Error("extent of no tokens")
	}
	if _, ok := x.Extent([]int{3, 99}); ok {
		t.Error("extent over an unknown token")
	}
}

func TestReadErrors(t *testing.T) {
	cases := []struct{ name, xml, want string }{
		{"no document", `<Other/>`, "no Document"},
		{"bad t_id", `<Document><token t_id="x" sentence="0">a</token></Document>`, "bad t_id"},
		{"no sentence", `<Document><token t_id="1">a</token></Document>`, "sentence"},
		{"duplicate", `<Document><token t_id="1" sentence="0">a</token><token t_id="1" sentence="0">b</token></Document>`, "twice"},
		{"bad anchor", `<Document><Markables><TIMEX3 m_id="1"><token_anchor t_id=""/></TIMEX3></Markables></Document>`, "token_anchor"},
		{"broken xml", `<Document><token t_id="1" sentence="0">a</Document>`, "syntax"},
	}
	for _, c := range cases {
		_, err := Read(strings.NewReader(c.xml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := ReadFile(filepath.Join("testdata", "absent.xml")); err == nil || !strings.Contains(err.Error(), "absent.xml") {
		t.Errorf("missing file: got %v", err)
	}
}

// FuzzRead checks that any input either fails cleanly or gives a document
// whose rebuilt text holds every token at its span.
func FuzzRead(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "small.xml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`<Document><token t_id="1" sentence="0">5</token><token t_id="2" sentence="0">:</token><token t_id="3" sentence="0">40</token></Document>`))
	f.Add([]byte(`<Document><Markables><TIMEX3 m_id="1"/><token_anchor t_id="2"/></Markables><Relations><source m_id="1"/></Relations></Document>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Read(strings.NewReader(string(b)))
		if err != nil {
			return
		}
		x := d.Text()
		if len(x.Spans) != len(d.Tokens) {
			t.Fatalf("%d spans for %d tokens", len(x.Spans), len(d.Tokens))
		}
		for i, tk := range d.Tokens {
			sp := x.Spans[i]
			if sp.Start < 0 || sp.End > len(x.Body) || sp.Start > sp.End || x.Body[sp.Start:sp.End] != tk.Text {
				t.Fatalf("token %d (%q) at bad span %+v", tk.ID, tk.Text, sp)
			}
		}
		for _, m := range d.Markables {
			if sp, ok := x.Extent(m.Anchors); ok && (sp.Start > sp.End || sp.End > len(x.Body)) {
				t.Fatalf("markable %q at bad extent %+v", m.ID, sp)
			}
		}
	})
}
