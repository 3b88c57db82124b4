package web

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// decoded is what parseMarked recovers from rendered HTML.
type decoded struct {
	text    string                // all character data, unescaped
	covered map[string][]doc.Span // data-ref -> byte ranges of text inside its elements
	ids     map[string]int        // id -> occurrences
	classes map[string]string     // data-ref -> class attribute (all fragments must agree)
}

// parseMarked parses HTML made of text, <span> and <p> elements strictly
// (as XML, so any nesting error fails) and records which bytes of the
// recovered text each data-ref covers.
func parseMarked(t *testing.T, h string) decoded {
	t.Helper()
	d := decoded{covered: map[string][]doc.Span{}, ids: map[string]int{}, classes: map[string]string{}}
	dec := xml.NewDecoder(strings.NewReader("<root>" + h + "</root>"))
	dec.Strict = true
	var (
		stack []string // data-ref of each open element ("" for none)
		b     strings.Builder
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("output is not well formed: %v\n%s", err, h)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			ref := ""
			for _, a := range tok.Attr {
				switch a.Name.Local {
				case "data-ref":
					ref = a.Value
				case "id":
					d.ids[a.Value]++
				}
			}
			if ref != "" {
				cls := ""
				for _, a := range tok.Attr {
					if a.Name.Local == "class" {
						cls = a.Value
					}
				}
				if old, ok := d.classes[ref]; ok && old != cls {
					t.Errorf("fragments of %s have classes %q and %q", ref, old, cls)
				}
				d.classes[ref] = cls
			}
			stack = append(stack, ref)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			start := b.Len()
			b.Write(tok)
			for _, ref := range stack {
				if ref == "" {
					continue
				}
				spans := d.covered[ref]
				if n := len(spans); n > 0 && spans[n-1].End == start {
					spans[n-1].End = b.Len()
				} else {
					spans = append(spans, doc.Span{Start: start, End: b.Len()})
				}
				d.covered[ref] = spans
			}
		}
	}
	d.text = b.String()
	return d
}

func TestHighlight(t *testing.T) {
	type want struct {
		ref  string
		text string // the exact text the mark's elements must cover, "" for a skipped mark
	}
	cases := []struct {
		name  string
		text  string
		marks []Mark
		want  []want
		html  string // exact output, when given
	}{
		{
			name: "no marks",
			text: "plain & <simple>",
			html: "plain &amp; &lt;simple&gt;",
		},
		{
			name:  "one mark",
			text:  "Hello world",
			marks: []Mark{{Span: doc.Span{Start: 6, End: 11}, Class: "hl x", Ref: "a", Title: "T"}},
			want:  []want{{"a", "world"}},
			html:  `Hello <span class="hl x" data-ref="a" title="T">world</span>`,
		},
		{
			name: "nested",
			text: "the Foreign Minister of Norland said",
			marks: []Mark{
				{Span: doc.Span{Start: 24, End: 31}, Class: "in", Ref: "in"},
				{Span: doc.Span{Start: 4, End: 31}, Class: "out", Ref: "out"},
			},
			want: []want{{"out", "Foreign Minister of Norland"}, {"in", "Norland"}},
			html: `the <span class="out" data-ref="out">Foreign Minister of <span class="in" data-ref="in">Norland</span></span> said`,
		},
		{
			name: "crossing spans are cut and reopened",
			text: "abcdefghij",
			marks: []Mark{
				{Span: doc.Span{Start: 0, End: 6}, Class: "a", Ref: "a", Anchor: true},
				{Span: doc.Span{Start: 3, End: 9}, Class: "b", Ref: "b", Anchor: true},
			},
			want: []want{{"a", "abcdef"}, {"b", "defghi"}},
			html: `<span class="a" id="a" data-ref="a">abc<span class="b" id="b" data-ref="b">def</span></span>` +
				`<span class="b" data-ref="b">ghi</span>j`,
		},
		{
			name: "same span: layer decides the outer element",
			text: "Norland",
			marks: []Mark{
				{Span: doc.Span{Start: 0, End: 7}, Class: "men", Ref: "m", Layer: layerMention},
				{Span: doc.Span{Start: 0, End: 7}, Class: "ent", Ref: "e", Layer: layerEntity},
			},
			want: []want{{"m", "Norland"}, {"e", "Norland"}},
			html: `<span class="ent" data-ref="e"><span class="men" data-ref="m">Norland</span></span>`,
		},
		{
			name: "multi-byte text",
			text: "María Zajárova dijo: «€250 millones» 🙂.",
			marks: []Mark{
				{Span: doc.Span{Start: 0, End: len("María Zajárova")}, Class: "ent", Ref: "per"},
				{Span: doc.Span{Start: strings.Index("María Zajárova dijo: «€250 millones» 🙂.", "€"), End: strings.Index("María Zajárova dijo: «€250 millones» 🙂.", "»")}, Class: "amt", Ref: "amt"},
				{Span: doc.Span{Start: strings.Index("María Zajárova dijo: «€250 millones» 🙂.", "«"), End: strings.Index("María Zajárova dijo: «€250 millones» 🙂.", " 🙂")}, Class: "q", Ref: "q"},
				{Span: doc.Span{Start: strings.Index("María Zajárova dijo: «€250 millones» 🙂.", "🙂"), End: strings.Index("María Zajárova dijo: «€250 millones» 🙂.", "🙂") + 4}, Class: "emo", Ref: "emo"},
			},
			want: []want{{"per", "María Zajárova"}, {"amt", "€250 millones"}, {"q", "«€250 millones»"}, {"emo", "🙂"}},
		},
		{
			name:  "escaping of text and attributes",
			text:  `<script>alert("x")</script> & 'q'`,
			marks: []Mark{{Span: doc.Span{Start: 0, End: 8}, Class: `x" onmouseover="bad`, Title: `"><img src=x onerror=alert(1)>`, Ref: `r"&<`}},
			want:  []want{{`r"&<`, "<script>"}},
			html: `<span class="x&#34; onmouseover=&#34;bad" data-ref="r&#34;&amp;&lt;" title="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;">` +
				`&lt;script&gt;</span>alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;q&#39;`,
		},
		{
			name: "invalid marks are skipped",
			text: "añb",
			marks: []Mark{
				{Span: doc.Span{Start: 2, End: 3}, Class: "mid-rune", Ref: "bad1"}, // inside ñ
				{Span: doc.Span{Start: 1, End: 9}, Class: "past-end", Ref: "bad2"},
				{Span: doc.Span{Start: -1, End: 1}, Class: "negative", Ref: "bad3"},
				{Span: doc.Span{Start: 2, End: 2}, Class: "empty", Ref: "bad4"},
				{Span: doc.Span{Start: 3, End: 1}, Class: "reversed", Ref: "bad5"},
				{Span: doc.Span{Start: 1, End: 3}, Class: "ok", Ref: "ok"},
			},
			want: []want{{"ok", "ñ"}, {"bad1", ""}, {"bad2", ""}, {"bad3", ""}, {"bad4", ""}, {"bad5", ""}},
			html: `a<span class="ok" data-ref="ok">ñ</span>b`,
		},
		{
			name: "many overlaps",
			text: "0123456789abcdef",
			marks: []Mark{
				{Span: doc.Span{Start: 0, End: 16}, Class: "s", Ref: "s"},
				{Span: doc.Span{Start: 2, End: 7}, Class: "a", Ref: "a"},
				{Span: doc.Span{Start: 5, End: 12}, Class: "b", Ref: "b"},
				{Span: doc.Span{Start: 6, End: 14}, Class: "c", Ref: "c"},
				{Span: doc.Span{Start: 6, End: 8}, Class: "d", Ref: "d"},
				{Span: doc.Span{Start: 13, End: 16}, Class: "e", Ref: "e"},
			},
			want: []want{{"s", "0123456789abcdef"}, {"a", "23456"}, {"b", "56789ab"}, {"c", "6789abcd"}, {"d", "67"}, {"e", "def"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := string(Highlight(tc.text, tc.marks))
			if tc.html != "" && out != tc.html {
				t.Errorf("output\n got: %s\nwant: %s", out, tc.html)
			}
			d := parseMarked(t, out)
			if d.text != tc.text {
				t.Errorf("text recovered from the output = %q, want %q", d.text, tc.text)
			}
			for _, w := range tc.want {
				spans := d.covered[w.ref]
				if w.text == "" {
					if len(spans) != 0 {
						t.Errorf("%s should be skipped, covers %v", w.ref, spans)
					}
					continue
				}
				if len(spans) != 1 || d.text[spans[0].Start:spans[0].End] != w.text {
					t.Errorf("%s covers %v, want exactly %q", w.ref, spans, w.text)
				}
			}
			for id, n := range d.ids {
				if n != 1 {
					t.Errorf("id %s appears %d times", id, n)
				}
			}
		})
	}
}

func TestParagraphSpans(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"one", []string{"one"}},
		{"one\ntwo", []string{"one\ntwo"}},
		{"one\n\ntwo", []string{"one", "two"}},
		{"\n\n  one \n \t \n\n two\r\n\r\nthree\n", []string{"one", "two", "three"}},
		{"  \n\n", nil},
	}
	for _, tc := range cases {
		var got []string
		for _, s := range paragraphSpans(tc.text) {
			got = append(got, tc.text[s.Start:s.End])
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) || len(got) != len(tc.want) {
			t.Errorf("paragraphSpans(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "First «para» here.\n\nSecond para, with a quote that\ncontinues.\n\n\nThird."
	q := doc.Span{Start: strings.Index(text, "here"), End: strings.Index(text, "Second") + len("Second")}
	marks := []Mark{
		{Span: q, Class: "quote", Ref: "q", Anchor: true},
		{Span: doc.Span{Start: strings.Index(text, "«"), End: strings.Index(text, "»") + len("»")}, Class: "x", Ref: "x"},
		{Span: doc.Span{Start: strings.Index(text, "Third"), End: len(text)}, Class: "t", Ref: "t", Anchor: true},
	}
	ps := Paragraphs(text, marks)
	if len(ps) != 3 {
		t.Fatalf("%d paragraphs, want 3", len(ps))
	}
	var all strings.Builder
	for i, p := range ps {
		all.WriteString("<p>" + string(p) + "</p>")
		if i == 1 && strings.Contains(string(p), `id="q"`) {
			t.Error("the anchor id is repeated on the quote's second part")
		}
	}
	d := parseMarked(t, all.String())
	if want := "First «para» here.Second para, with a quote that\ncontinues.Third."; d.text != want {
		t.Errorf("text = %q, want %q", d.text, want)
	}
	// The quote is cut at the paragraph break: "here." and "Second".
	var parts []string
	for _, s := range d.covered["q"] {
		parts = append(parts, d.text[s.Start:s.End])
	}
	if strings.Join(parts, "|") != "here.Second" && strings.Join(parts, "|") != "here.|Second" {
		t.Errorf("quote covers %q", parts)
	}
	if d.ids["q"] != 1 || d.ids["t"] != 1 {
		t.Errorf("ids = %v", d.ids)
	}
}

func TestDocumentMarksCoverTheRightBytes(t *testing.T) {
	d := sampleDoc()
	marks := DocumentMarks(d)
	out := string(Highlight(d.Text, marks))
	dec := parseMarked(t, out)
	if dec.text != d.Text {
		t.Fatalf("text changed by rendering")
	}
	if len(marks) == 0 {
		t.Fatal("no marks")
	}
	for _, m := range marks {
		spans := dec.covered[m.Ref]
		if len(spans) != 1 || spans[0] != m.Span {
			t.Errorf("mark %s (%s) covers %v, want %v %q", m.Ref, m.Class, spans, m.Span, d.Text[m.Start:m.End])
		}
		if !strings.HasPrefix(m.Class, "hl ") {
			t.Errorf("mark %s class %q", m.Ref, m.Class)
		}
		if m.Title == "" && !strings.Contains(m.Class, "sent") {
			t.Errorf("mark %s (%s) has no tooltip", m.Ref, m.Class)
		}
	}
	// Every kind is present.
	for _, k := range []string{"sent-a", "sent-b", "ent-per", "ent-gpe", "men", "quote-direct", "cue", "time", "amount", "place", "event", "pos"} {
		if !strings.Contains(out, k) {
			t.Errorf("no %s highlight", k)
		}
	}
}

// FuzzHighlight renders random marks over random text and checks that the
// output is well formed, keeps the text and covers each mark's bytes.
func FuzzHighlight(f *testing.F) {
	f.Add("María said «yes» to €5", []byte{0, 6, 3, 12, 1, 20, 8, 9})
	f.Add("abcdef", []byte{0, 6, 0, 6, 2, 4, 1, 5, 3, 3})
	f.Add("<&>\"'", []byte{0, 2, 1, 4})
	f.Fuzz(func(t *testing.T, text string, raw []byte) {
		if !utf8.ValidString(text) || strings.ContainsFunc(text, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' || r == 0xFFFD || r >= 0x7F && r <= 0x9F || r == 0xFFFE || r == 0xFFFF
		}) {
			t.Skip("the XML checker needs valid XML characters")
		}
		var marks []Mark
		for i := 0; i+1 < len(raw) && len(marks) < 32; i += 2 {
			s, e := int(raw[i]), int(raw[i+1])
			marks = append(marks, Mark{Span: doc.Span{Start: s, End: e}, Class: "m", Ref: fmt.Sprintf("m%d", len(marks)), Anchor: i%4 == 0, Layer: i % 3})
		}
		d := parseMarked(t, string(Highlight(text, marks)))
		if d.text != text {
			t.Fatalf("text %q came back as %q", text, d.text)
		}
		for _, m := range marks {
			valid := m.Start >= 0 && m.End <= len(text) && m.Start < m.End &&
				utf8.RuneStart(byteAt(text, m.Start)) && utf8.RuneStart(byteAt(text, m.End))
			got := d.covered[m.Ref]
			if !valid {
				if len(got) != 0 {
					t.Fatalf("invalid mark %v rendered", m.Span)
				}
				continue
			}
			if len(got) != 1 || got[0] != m.Span {
				t.Fatalf("mark %v covers %v", m.Span, got)
			}
		}
		ids := make([]string, 0, len(d.ids))
		for id, n := range d.ids {
			if n != 1 {
				ids = append(ids, id)
			}
		}
		sort.Strings(ids)
		if len(ids) > 0 {
			t.Fatalf("repeated ids %v", ids)
		}
	})
}
