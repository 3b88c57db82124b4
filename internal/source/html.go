package source

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Page is what ExtractHTML finds in a web page.
type Page struct {
	Title  string // from the page metadata (og:title, title element, JSON-LD, ...), on one line
	Date   string // publication date YYYY-MM-DD from the page metadata, "" when unknown
	Text   string // main content, paragraphs separated by "\n\n"
	URL    string // canonical URL from the metadata, "" when unknown
	Source string // site name from the metadata
	Lang   string // ISO 639-1 code detected by trafilatura, "" when unknown
}

// errNoContent is returned when a page has no article text.
var errNoContent = errors.New("no text in the main content")

// ExtractHTML extracts the article of an HTML page with go-trafilatura
// (favouring precision, comments and tables excluded) and returns its text,
// title and publication date. b is decoded from the charset its BOM or meta
// element declares; bytes that are valid UTF-8 are taken as UTF-8 whatever
// the declaration says, and undeclared non-UTF-8 bytes as windows-1252.
// pageURL, which may be "", helps resolve the metadata.
//
// The text is rebuilt from trafilatura's content tree, not its flat text:
// every block element (p, h1–h6, li, blockquote, pre, dd, dt, div or section
// with direct text) is a paragraph, <br> breaks a paragraph, and paragraphs
// are separated by a blank line. Before extraction, widget controls (buttons,
// form fields, media-player labels, share and cookie widgets, icons hidden
// from screen readers) are removed from the tree, see pruneSelector and
// isInlineWidget. Text is not otherwise cleaned.
func ExtractHTML(b []byte, pageURL string) (Page, error) {
	return extractHTML(b, "", pageURL)
}

func extractHTML(b []byte, contentType, pageURL string) (p Page, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = Page{}, fmt.Errorf("HTML extractor failed: %v", r)
		}
	}()
	doc, err := html.Parse(strings.NewReader(decodeHTML(b, contentType)))
	if err != nil {
		return Page{}, err
	}
	removeWidgets(doc, isInlineWidget)
	opts := trafilatura.Options{
		Focus:           trafilatura.FavorPrecision,
		ExcludeComments: true,
		ExcludeTables:   true,
		PruneSelector:   pruneSelector,
	}
	if u, err := url.Parse(pageURL); err == nil && u.Scheme != "" && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return Page{}, err
	}
	text := nodeText(res.ContentNode)
	if strings.TrimSpace(text) == "" {
		return Page{}, errNoContent
	}
	m := res.Metadata
	p = Page{
		Title:  oneLine(m.Title),
		Text:   text,
		URL:    strings.TrimSpace(m.URL),
		Source: oneLine(m.Sitename),
		Lang:   m.Language,
	}
	if !m.Date.IsZero() {
		p.Date = m.Date.Format("2006-01-02")
	}
	return p, nil
}

// decodeHTML converts an HTML page to UTF-8. Valid UTF-8 (without a UTF-16
// byte-order mark) is kept as it is: pages that declare Latin-1 but are
// UTF-8 are common. Otherwise the BOM, the Content-Type charset and the meta
// charset decide, with windows-1252 as the fallback HTML uses.
func decodeHTML(b []byte, contentType string) string {
	if utf8.Valid(b) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) && !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) {
		return string(b)
	}
	enc, _, _ := charset.DetermineEncoding(b, contentType)
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// decodeText converts a plain-text body to UTF-8: with a non-UTF-8 charset
// in contentType it is decoded from that charset, otherwise it must be valid
// UTF-8.
func decodeText(b []byte, contentType string) (string, error) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" {
			if enc, _ := charset.Lookup(cs); enc != nil {
				out, err := enc.NewDecoder().Bytes(b)
				if err != nil {
					return "", err
				}
				return string(out), nil
			}
		}
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return "", fmt.Errorf("invalid byte 0x%02x at offset %d", b[i], i)
	}
	return string(b), nil
}

// widgetWords are class or id fragments of the containers of page widgets
// rather than article text. They are used twice: in pruneSelector, for block
// containers, and in isInlineWidget, for inline elements.
var widgetWords = []string{
	"player", "video-controls", "media-controls", "vjs-", "jw-", "plyr",
	"share", "sharing", "social", "newsletter", "subscribe", "signup",
	"cookie", "consent", "gdpr", "promo", "advert", "ad-slot", "adslot",
	"ad-container", "sponsor", "read-more", "readmore", "read-also",
	"also-read", "related", "recommend", "most-read", "paywall",
}

// widgetBlocks are the block containers that pruneSelector and
// isBlockWidget may remove.
var widgetBlocks = []string{"div", "section", "aside", "figure", "form", "ul", "ol", "nav", "header", "footer", "dialog"}

// pruneSelector is the CSS selector given to trafilatura's PruneSelector:
// widgetBlocks containers (never inline elements, see isInlineWidget) whose
// class or id contains one of widgetWords, hidden blocks, and dialogs and
// toolbars. Trafilatura moves the text that follows a pruned element to its
// parent's tail, which would pull a paragraph's text out of the paragraph if
// the element were an inline span at its start; block containers do not
// have that problem. isBlockWidget is the same rule in Go.
var pruneSelector = func() string {
	var sel []string
	for _, tag := range widgetBlocks {
		for _, w := range widgetWords {
			sel = append(sel, fmt.Sprintf(`%s[class*=%q]`, tag, w), fmt.Sprintf(`%s[id*=%q]`, tag, w))
		}
		sel = append(sel, tag+"[hidden]", tag+`[aria-hidden="true"]`)
	}
	sel = append(sel, `[role="dialog"]`, `[role="alertdialog"]`, `[aria-modal="true"]`, `[role="toolbar"]`)
	return strings.Join(sel, ", ")
}()

// isBlockWidget reports whether n matches pruneSelector. It is used for feed
// item content, which does not go through trafilatura.
func isBlockWidget(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "role" && (a.Val == "dialog" || a.Val == "alertdialog" || a.Val == "toolbar"),
			a.Key == "aria-modal" && a.Val == "true":
			return true
		}
	}
	if !slices.Contains(widgetBlocks, strings.ToLower(n.Data)) {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class", "id":
			for _, w := range widgetWords {
				if strings.Contains(a.Val, w) {
					return true
				}
			}
		}
	}
	return false
}

// widgetTags are elements that never hold article text.
var widgetTags = map[atom.Atom]bool{
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Label: true, atom.Output: true, atom.Progress: true, atom.Meter: true,
	atom.Svg: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Dialog: true, atom.Audio: true, atom.Video: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
}

// widgetRoles are ARIA roles of controls.
var widgetRoles = map[string]bool{
	"button": true, "switch": true, "slider": true, "progressbar": true,
	"timer": true, "menu": true, "menubar": true, "toolbar": true,
	"dialog": true, "alertdialog": true, "tooltip": true,
}

// isInlineWidget reports whether n is a control or a widget label: a
// widgetTags element, an element with a widget ARIA role, an inline element
// hidden from screen readers (icons), or an inline element (span, a, i, b,
// em, strong, small) whose class or id contains one of widgetWords.
func isInlineWidget(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	tag := tagOf(n)
	if widgetTags[tag] {
		return true
	}
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if widgetRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "class":
			class = strings.ToLower(a.Val)
		case "id":
			id = strings.ToLower(a.Val)
		}
	}
	switch tag {
	case atom.Span, atom.A, atom.I, atom.B, atom.Em, atom.Strong, atom.Small:
	default:
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "aria-hidden" && a.Val == "true" {
			return true
		}
	}
	for _, w := range widgetWords {
		if strings.Contains(class, w) || strings.Contains(id, w) {
			return true
		}
	}
	return false
}

// tagOf returns the atom of an element. Trafilatura builds part of its
// output tree with elements that have a tag name but no atom.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// removeWidgets deletes every node for which widget returns true from the
// tree. Deleting an x/net/html node leaves its siblings, and so the text
// around it, in place.
func removeWidgets(n *html.Node, widget func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if widget(c) {
			n.RemoveChild(c)
		} else {
			removeWidgets(c, widget)
		}
		c = next
	}
}

// blockTags are the elements that start and end a paragraph in nodeText.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dd: true, atom.Dt: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Caption: true, atom.Figure: true, atom.Figcaption: true,
	atom.Hr: true, atom.Body: true, atom.Html: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Nav: true, atom.Form: true,
	atom.Fieldset: true, atom.Legend: true, atom.Center: true,
}

// skipTags are elements whose content is never text.
var skipTags = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Script: true, atom.Style: true,
	atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Select: true,
	atom.Textarea: true, atom.Button: true,
}

// textWriter accumulates paragraphs.
type textWriter struct {
	paras []string
	cur   strings.Builder
	space bool // white space seen since the last character written
	pre   int  // depth of <pre> elements
}

// flush ends the current paragraph.
func (w *textWriter) flush() {
	s := w.cur.String()
	if w.pre > 0 {
		s = strings.Trim(s, "\r\n")
	}
	w.cur.Reset()
	w.space = false
	if strings.TrimSpace(s) != "" {
		w.paras = append(w.paras, s)
	}
}

// text appends a text node. Outside <pre>, runs of HTML white space become
// one space, dropped at the start of a paragraph.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		w.cur.WriteString(s)
		return
	}
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f':
			w.space = true
			continue
		}
		if w.space && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteRune(r)
	}
}

func (w *textWriter) walk(n *html.Node) {
	tag := tagOf(n)
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipTags[tag] {
			return
		}
		if tag == atom.Br {
			w.flush()
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockTags[tag]
	if block {
		w.flush()
	}
	if tag == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if tag == atom.Pre {
		w.pre--
	}
	if block {
		w.flush()
	}
}

// nodeText returns the text of a tree, one paragraph per block element,
// paragraphs separated by a blank line.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var w textWriter
	w.walk(n)
	w.flush()
	return strings.Join(w.paras, "\n\n")
}

// fragmentText converts an HTML fragment (a feed item's content) to text with
// the same rules as ExtractHTML, but without boilerplate detection: the
// fragment is the article already. Widgets are removed first.
func fragmentText(s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	removeWidgets(doc, func(n *html.Node) bool { return isInlineWidget(n) || isBlockWidget(n) })
	return nodeText(doc)
}
