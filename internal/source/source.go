// Package source reads raw news documents from the outside world: JSON Lines,
// plain-text files, HTML pages, RSS/Atom/JSON feeds, directories of such
// files, standard input and http(s) URLs.
//
// Read is the entry point. It walks its inputs in order and hands every
// document to a callback as a Raw: an id, metadata, and plain text whose
// paragraphs are separated by a blank line. A bad document (not UTF-8, not
// the format its name says, empty, too large, unreachable, ...) is reported
// once through Options.OnError as a *DocError naming it and the reason, and
// reading goes on with the next one.
//
// Input kinds, by file extension, Content-Type or, for standard input and
// unknown types, by sniffing the first bytes:
//
//   - .jsonl, .ndjson: one JSON object a line, {"id", "title"?, "date"?,
//     "url"?, "source"?, "lang"?, "text"? | "html"?}; "text" wins when both
//     are given, "html" goes through ExtractHTML.
//   - .json: a JSON Feed, a single document object as above, or an array of
//     them.
//   - .txt: one article; the id is the file name without directory and
//     extension.
//   - .html, .htm: one page; the main content is extracted with
//     go-trafilatura (see ExtractHTML); the id is the file name without
//     directory and extension.
//   - .xml, .rss, .atom: an RSS, Atom or RDF feed, one document per item
//     (see ReadFeed).
//   - a directory: every file of a known kind inside it, recursively, in
//     lexical order; hidden files and directories (".name") and files of
//     other kinds are skipped.
//   - "-" or no input: standard input, sniffed: JSON Lines if the first
//     non-space byte is "{", a JSON array if "[", a feed if it is XML whose
//     root is rss, feed or RDF, HTML if it starts with "<", text otherwise.
//   - http:// and https:// URLs: fetched (see Options), kind from the
//     Content-Type, then sniffing; the id of a page or text is its URL.
//
// Dates are normalised to YYYY-MM-DD by ParseDate; a document without a date
// gets Options.DefaultDate. The text is not cleaned here: the clean package
// does that.
package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// Raw is one document as read, before cleaning and annotation.
type Raw struct {
	ID     string // document id: as given (JSON Lines), file name, URL, feed item GUID or link
	Title  string // title on one line, "" when unknown
	URL    string // canonical or item URL, "" when unknown
	Source string // publisher: as given, the site name or the feed title
	Lang   string // ISO 639-1 language code, "" when unknown
	Date   string // publication date YYYY-MM-DD, "" when unknown
	// Text is plain text with paragraphs separated by "\n\n", already
	// extracted from HTML when the input was HTML. It is valid UTF-8 and not
	// empty.
	Text string
	// Origin says where the document came from, for error messages: a path,
	// path:line, a URL, a feed item's link or path#item.
	Origin string
}

// Options configures Read and the per-format readers. The zero value is
// usable.
type Options struct {
	// MaxBytes caps every document, every file read whole (text, HTML,
	// feed, JSON) and every downloaded body; a JSON Lines file is streamed
	// and the cap applies to each line. Larger inputs are an error for that
	// document. Default 5 MiB when 0.
	MaxBytes int64
	// Timeout bounds each HTTP request, body included. Default 20s when 0.
	Timeout time.Duration
	// UserAgent is sent with HTTP requests. Default UserAgent("dev").
	UserAgent string
	// DefaultDate (YYYY-MM-DD or any ParseDate layout) is used for documents
	// that carry no date: the --date flag.
	DefaultDate string
	// Client replaces the HTTP client (for tests). When nil, a client with
	// dial, TLS and response-header timeouts is used.
	Client *http.Client
	// OnError is called once for every bad document with a *DocError;
	// reading goes on. When nil, bad documents are skipped silently.
	OnError func(error)
}

// DefaultMaxBytes is the default of Options.MaxBytes.
const DefaultMaxBytes = 5 << 20

// DefaultTimeout is the default of Options.Timeout.
const DefaultTimeout = 20 * time.Second

// UserAgent returns the User-Agent header sent for a given program version.
func UserAgent(version string) string {
	return "Parley/" + version + " (+https://github.com/parley-news/parley)"
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.UserAgent == "" {
		o.UserAgent = UserAgent("dev")
	}
	return o
}

// DocError is the error reported for one bad document. Its message is
// "<doc>: <reason>[: <underlying error>]", ready to be printed after a
// program-name prefix.
type DocError struct {
	Doc    string // the document: path, path:line, URL, feed item
	Reason string // why it was skipped, in a few words
	Err    error  // the underlying error, or nil
}

func (e *DocError) Error() string {
	if e.Err != nil {
		return e.Doc + ": " + e.Reason + ": " + e.Err.Error()
	}
	return e.Doc + ": " + e.Reason
}

// Unwrap returns the underlying error.
func (e *DocError) Unwrap() error { return e.Err }

// Read reads every input in order and calls fn for each document. An input
// is a file or directory path, an http(s) URL, or "-" for stdin; no inputs
// means stdin. Bad documents are reported through opts.OnError and skipped.
// Read returns the number of documents delivered to fn, and an error only if
// fn returned one (returned as is), ctx was cancelled, or opts.DefaultDate is
// not a date.
func Read(ctx context.Context, inputs []string, stdin io.Reader, opts Options, fn func(Raw) error) (int, error) {
	opts = opts.withDefaults()
	if opts.DefaultDate != "" {
		d, err := ParseDate(opts.DefaultDate)
		if err != nil {
			return 0, fmt.Errorf("default date: %w", err)
		}
		opts.DefaultDate = d
	}
	r := &reader{ctx: ctx, opts: opts}
	r.opts.OnError = func(err error) {
		if opts.OnError != nil {
			opts.OnError(err)
		}
	}
	r.fn = func(d Raw) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
		r.n++
		return nil
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return r.n, err
		}
		var err error
		switch {
		case in == "-":
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			err = r.readStream(stdin, "stdin")
		case isURL(in):
			err = r.readURL(in)
		default:
			err = r.readPath(in)
		}
		if err != nil {
			return r.n, err
		}
	}
	return r.n, ctx.Err()
}

// reader carries the state of one Read call.
type reader struct {
	ctx    context.Context
	opts   Options
	fn     func(Raw) error
	n      int
	client *http.Client
}

func (r *reader) bad(doc, reason string, err error) {
	r.opts.OnError(&DocError{Doc: doc, Reason: reason, Err: err})
}

// kind is an input format.
type kind int

const (
	kindUnknown kind = iota
	kindText
	kindJSONL
	kindJSON
	kindHTML
	kindFeed
)

// kindOfExt maps a lower-case file extension to its kind.
var kindOfExt = map[string]kind{
	".txt":    kindText,
	".jsonl":  kindJSONL,
	".ndjson": kindJSONL,
	".json":   kindJSON,
	".html":   kindHTML,
	".htm":    kindHTML,
	".xml":    kindFeed,
	".rss":    kindFeed,
	".atom":   kindFeed,
}

const knownExts = ".txt, .jsonl, .ndjson, .json, .html, .htm, .xml, .rss, .atom"

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// readPath reads a file or a directory.
func (r *reader) readPath(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		r.bad(path, "cannot read", err)
		return nil
	}
	if !fi.IsDir() {
		k := kindOfExt[strings.ToLower(filepath.Ext(path))]
		if k == kindUnknown {
			r.bad(path, "unknown file kind (want a directory, a URL, - or one of "+knownExts+")", nil)
			return nil
		}
		return r.readFile(path, k)
	}
	var files []string
	walkErr := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.bad(p, "cannot read", err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && kindOfExt[strings.ToLower(filepath.Ext(p))] != kindUnknown {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		r.bad(path, "cannot read directory", walkErr)
	}
	for _, f := range files {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if err := r.readFile(f, kindOfExt[strings.ToLower(filepath.Ext(f))]); err != nil {
			return err
		}
	}
	return nil
}

// readFile reads one file of a known kind.
func (r *reader) readFile(path string, k kind) error {
	f, err := os.Open(path)
	if err != nil {
		r.bad(path, "cannot read", err)
		return nil
	}
	defer f.Close()
	if k == kindJSONL {
		return ReadJSONL(f, path, r.opts, r.fn)
	}
	b, err := readCapped(f, r.opts.MaxBytes)
	if err != nil {
		r.readFailed(path, err)
		return nil
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return r.readBytes(b, k, path, base, "")
}

// readBytes dispatches a whole input of kind k. id is used for single
// documents (text, HTML); contentType may be "" (from a file).
func (r *reader) readBytes(b []byte, k kind, origin, id, contentType string) error {
	switch k {
	case kindText:
		return r.readText(b, origin, id, contentType)
	case kindHTML:
		return r.readHTML(b, origin, id, contentType, "")
	case kindFeed:
		return ReadFeed(b, origin, r.opts, r.fn)
	case kindJSON:
		return ReadJSON(b, origin, r.opts, r.fn)
	case kindJSONL:
		return ReadJSONL(bytes.NewReader(b), origin, r.opts, r.fn)
	}
	r.bad(origin, "unknown input kind", nil)
	return nil
}

// readStream reads standard input (or any stream of unknown kind): JSON
// Lines are streamed, anything else is read whole and sniffed.
func (r *reader) readStream(in io.Reader, origin string) error {
	br := bufio.NewReaderSize(in, 64<<10)
	// Wait only for the first non-space byte: JSON Lines are streamed as
	// they come, everything else is read whole and sniffed.
	for {
		head, err := br.Peek(br.Buffered() + 1)
		t := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
		if len(t) > 0 && t[0] == '{' {
			return ReadJSONL(br, origin, r.opts, r.fn)
		}
		if len(t) > 0 || err != nil || br.Buffered() >= sniffLen {
			break
		}
	}
	b, err := readCapped(br, r.opts.MaxBytes)
	if err != nil {
		r.readFailed(origin, err)
		return nil
	}
	return r.readBytes(b, sniff(b[:min(len(b), sniffLen)]), origin, origin, "")
}

// readText delivers a plain-text document.
func (r *reader) readText(b []byte, origin, id, contentType string) error {
	b = bytes.TrimPrefix(b, utf8BOM)
	text, err := decodeText(b, contentType)
	if err != nil {
		r.bad(origin, "not valid UTF-8 text", err)
		return nil
	}
	return r.deliver(Raw{ID: id, Text: text, Origin: origin})
}

// readHTML delivers an HTML page.
func (r *reader) readHTML(b []byte, origin, id, contentType, pageURL string) error {
	p, err := extractHTML(b, contentType, pageURL)
	if err != nil {
		r.bad(origin, "no article content", err)
		return nil
	}
	url := p.URL
	if pageURL != "" {
		url = pageURL
	}
	return r.deliver(Raw{ID: id, Title: p.Title, URL: url, Source: p.Source, Lang: p.Lang,
		Date: p.Date, Text: p.Text, Origin: origin})
}

// deliver checks a document, fills in the default date and calls fn.
func (r *reader) deliver(d Raw) error {
	return deliver(d, r.opts, r.fn)
}

// deliver is shared by the per-format readers: it reports an empty or
// oversized text or a missing id as a bad document, and otherwise applies
// opts.DefaultDate and calls fn.
func deliver(d Raw, opts Options, fn func(Raw) error) error {
	onError := opts.OnError
	if onError == nil {
		onError = func(error) {}
	}
	switch {
	case d.ID == "":
		onError(&DocError{Doc: d.Origin, Reason: "missing id"})
		return nil
	case strings.TrimSpace(d.Text) == "":
		onError(&DocError{Doc: d.Origin, Reason: "empty document"})
		return nil
	case int64(len(d.Text)) > opts.MaxBytes:
		onError(&DocError{Doc: d.Origin, Reason: tooLarge(opts.MaxBytes)})
		return nil
	case !utf8.ValidString(d.Text):
		onError(&DocError{Doc: d.Origin, Reason: "not valid UTF-8 text"})
		return nil
	}
	if d.Date == "" {
		d.Date = opts.DefaultDate
	}
	return fn(d)
}

var utf8BOM = []byte("\xef\xbb\xbf")

// sniffLen is how many leading bytes sniff looks at.
const sniffLen = 4096

// sniff guesses the kind of a stream from its first bytes.
func sniff(head []byte) kind {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(t) == 0 {
		return kindText
	}
	switch t[0] {
	case '{':
		return kindJSONL
	case '[':
		return kindJSON
	case '<':
		if looksLikeFeed(t) {
			return kindFeed
		}
		return kindHTML
	}
	return kindText
}

// looksLikeFeed reports whether an XML prefix has an rss, feed or RDF root
// element before any html element.
func looksLikeFeed(head []byte) bool {
	l := bytes.ToLower(head)
	feedAt := -1
	for _, m := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if i := bytes.Index(l, []byte(m)); i >= 0 && (feedAt < 0 || i < feedAt) {
			feedAt = i
		}
	}
	if feedAt < 0 {
		return false
	}
	htmlAt := bytes.Index(l, []byte("<html"))
	return htmlAt < 0 || feedAt < htmlAt
}

// errTooLarge is returned by readCapped.
var errTooLarge = errors.New("input too large")

// readCapped reads all of r, failing with errTooLarge past max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}

// readFailed reports a failed read of a whole input.
func (r *reader) readFailed(origin string, err error) {
	if errors.Is(err, errTooLarge) {
		r.bad(origin, tooLarge(r.opts.MaxBytes), nil)
		return
	}
	r.bad(origin, "cannot read", err)
}

func tooLarge(max int64) string {
	return fmt.Sprintf("larger than the %d-byte limit", max)
}
