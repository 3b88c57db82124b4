package web

import (
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// Mark is a span of a text to highlight. Start and End are byte offsets into
// the text given to Highlight or Paragraphs.
type Mark struct {
	doc.Span
	Class  string // CSS classes, space-separated
	Title  string // tooltip, shown on hover (title attribute)
	Ref    string // data-ref attribute of every element of the mark; also its id when Anchor is set
	Anchor bool   // put id=Ref on the mark's first element
	// Href, when set, makes the mark's elements links (<a href>) instead of
	// <span>s. It must be a safe URL (the caller builds it); it is escaped
	// as an attribute value. Marks with an Href must not contain each other.
	Href  string
	Layer int // among marks with the same span, the lower layer is the outer element
}

// item is a mark clipped to the piece of text being rendered.
type item struct {
	m     *Mark
	start int
	end   int
	order int // position in the input, to keep sorting stable
}

// Highlight renders text as HTML with every mark wrapped in a <span>. Marks
// may nest and overlap: the text is split at every mark boundary and
// elements are closed and reopened so that the output is always properly
// nested; a mark cut that way is rendered as several elements sharing its
// class, title and data-ref. All text and attribute values are escaped.
// Marks that are empty, out of range or not on UTF-8 boundaries are skipped.
func Highlight(text string, marks []Mark) template.HTML {
	var b strings.Builder
	anchored := map[string]bool{}
	render(&b, text, 0, len(text), clip(text, marks, 0, len(text)), anchored)
	return template.HTML(b.String())
}

// Paragraphs splits text into paragraphs at blank lines (lines holding only
// white space) and renders each like Highlight, cutting marks that span
// paragraphs. Anchor ids are put on the first element of a mark only.
func Paragraphs(text string, marks []Mark) []template.HTML {
	var out []template.HTML
	anchored := map[string]bool{}
	for _, p := range paragraphSpans(text) {
		var b strings.Builder
		render(&b, text, p.Start, p.End, clip(text, marks, p.Start, p.End), anchored)
		out = append(out, template.HTML(b.String()))
	}
	return out
}

// paragraphSpans returns the spans of text's paragraphs: runs of lines
// separated by blank lines, without the surrounding white space.
func paragraphSpans(text string) []doc.Span {
	var spans []doc.Span
	start := -1 // start of the current paragraph, -1 when between paragraphs
	end := 0    // end of the last non-blank line
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = off + nl
		}
		line := text[off:lineEnd]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				spans = append(spans, trimSpan(text, doc.Span{Start: start, End: end}))
				start = -1
			}
		} else {
			if start < 0 {
				start = off
			}
			end = lineEnd
		}
		off = lineEnd + 1
	}
	if start >= 0 {
		spans = append(spans, trimSpan(text, doc.Span{Start: start, End: end}))
	}
	return spans
}

func trimSpan(text string, s doc.Span) doc.Span {
	t := text[s.Start:s.End]
	lead := len(t) - len(strings.TrimLeft(t, " \t\r\n\f\v"))
	trail := len(t) - len(strings.TrimRight(t, " \t\r\n\f\v"))
	return doc.Span{Start: s.Start + lead, End: s.End - trail}
}

// clip keeps the valid marks that overlap [from, to), cut to that range, in
// opening order: by start, longer first, then by layer and input order.
func clip(text string, marks []Mark, from, to int) []item {
	var items []item
	for i := range marks {
		m := &marks[i]
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End ||
			!utf8.RuneStart(byteAt(text, m.Start)) || !utf8.RuneStart(byteAt(text, m.End)) {
			continue
		}
		s, e := max(m.Start, from), min(m.End, to)
		if s >= e {
			continue
		}
		items = append(items, item{m: m, start: s, end: e, order: i})
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		if a.m.Layer != b.m.Layer {
			return a.m.Layer < b.m.Layer
		}
		return a.order < b.order
	})
	return items
}

// byteAt returns text[i], or a rune-start byte at the end of the text.
func byteAt(text string, i int) byte {
	if i >= len(text) {
		return 0
	}
	return text[i]
}

// render writes text[from:to] with items (from clip) as nested spans.
func render(b *strings.Builder, text string, from, to int, items []item, anchored map[string]bool) {
	bounds := []int{from, to}
	for _, it := range items {
		bounds = append(bounds, it.start, it.end)
	}
	sort.Ints(bounds)
	var stack []item
	next := 0
	for bi, p := range bounds {
		if bi > 0 && p == bounds[bi-1] {
			continue
		}
		// Close the marks that end here, and everything opened inside
		// them; reopen the latter.
		low := -1
		for i, it := range stack {
			if it.end <= p {
				low = i
				break
			}
		}
		if low >= 0 {
			var reopen []item
			for len(stack) > low {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				b.WriteString(closeTag(top.m))
				if top.end > p {
					reopen = append(reopen, top)
				}
			}
			for i := len(reopen) - 1; i >= 0; i-- {
				open(b, reopen[i].m, anchored)
				stack = append(stack, reopen[i])
			}
		}
		for next < len(items) && items[next].start == p {
			open(b, items[next].m, anchored)
			stack = append(stack, items[next])
			next++
		}
		if p < to {
			end := to
			for _, q := range bounds[bi+1:] {
				if q > p {
					end = q
					break
				}
			}
			b.WriteString(template.HTMLEscapeString(text[p:end]))
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString(closeTag(stack[i].m))
	}
}

func closeTag(m *Mark) string {
	if m.Href != "" {
		return "</a>"
	}
	return "</span>"
}

func open(b *strings.Builder, m *Mark, anchored map[string]bool) {
	if m.Href != "" {
		b.WriteString(`<a href="`)
		b.WriteString(template.HTMLEscapeString(m.Href))
		b.WriteString(`" class="`)
	} else {
		b.WriteString(`<span class="`)
	}
	b.WriteString(template.HTMLEscapeString(m.Class))
	b.WriteString(`"`)
	if m.Anchor && m.Ref != "" && !anchored[m.Ref] {
		anchored[m.Ref] = true
		b.WriteString(` id="`)
		b.WriteString(template.HTMLEscapeString(m.Ref))
		b.WriteString(`"`)
	}
	if m.Ref != "" {
		b.WriteString(` data-ref="`)
		b.WriteString(template.HTMLEscapeString(m.Ref))
		b.WriteString(`"`)
	}
	if m.Title != "" {
		b.WriteString(` title="`)
		b.WriteString(template.HTMLEscapeString(m.Title))
		b.WriteString(`"`)
	}
	b.WriteString(">")
}
