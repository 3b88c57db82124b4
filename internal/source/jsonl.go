package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonDoc is one document object of JSON Lines or .json input.
type jsonDoc struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Date   string          `json:"date"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
	Lang   string          `json:"lang"`
	Text   *string         `json:"text"`
	HTML   *string         `json:"html"`
}

// report sends a *DocError to opts.OnError, if set.
func report(opts Options, doc, reason string, err error) {
	if opts.OnError != nil {
		opts.OnError(&DocError{Doc: doc, Reason: reason, Err: err})
	}
}

// ReadJSONL reads JSON Lines from r, one document object a line, and calls fn
// for each good document. Blank lines are skipped. A line that is not valid
// UTF-8 or JSON, lacks "id", lacks both "text" and "html", has an
// unrecognised "date", is empty or is longer than opts.MaxBytes is reported
// through opts.OnError as "<origin>:<line>: <reason>" and skipped. It returns
// fn's error, if any; read errors of r are reported, not returned.
func ReadJSONL(r io.Reader, origin string, opts Options, fn func(Raw) error) error {
	opts = opts.withDefaults()
	br := bufio.NewReaderSize(r, 64<<10)
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(br, opts.MaxBytes)
		where := origin + ":" + strconv.Itoa(lineNo)
		if err != nil && !errors.Is(err, io.EOF) {
			report(opts, where, "cannot read", err)
			return nil
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		switch {
		case tooLong:
			report(opts, where, tooLarge(opts.MaxBytes), nil)
		case len(bytes.TrimSpace(line)) > 0:
			if ferr := readJSONDoc(bytes.TrimSpace(line), where, opts, fn); ferr != nil {
				return ferr
			}
		}
		if err != nil { // io.EOF
			return nil
		}
	}
}

// readLine reads one line without its end of line. A line longer than max
// bytes is consumed up to its end and reported as tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 { // +1: the '\n'
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(e, bufio.ErrBufferFull) {
			continue
		}
		if e != nil && len(line) == 0 && !tooLong {
			return nil, false, e
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if !tooLong && int64(len(line)) > max {
			tooLong, line = true, nil
		}
		return line, tooLong, e
	}
}

// ReadJSON reads a .json input: a JSON Feed (passed to ReadFeed), a single
// document object as in JSON Lines, an array of such objects, or several
// objects one after the other (read as JSON Lines).
func ReadJSON(b []byte, origin string, opts Options, fn func(Raw) error) error {
	opts = opts.withDefaults()
	t := bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))
	if !utf8.Valid(t) {
		report(opts, origin, "not valid UTF-8", nil)
		return nil
	}
	switch {
	case len(t) == 0:
		report(opts, origin, "empty document", nil)
		return nil
	case t[0] == '[':
		var items []json.RawMessage
		if err := json.Unmarshal(t, &items); err != nil {
			report(opts, origin, "invalid JSON", err)
			return nil
		}
		for i, it := range items {
			if err := readJSONDoc(it, fmt.Sprintf("%s[%d]", origin, i), opts, fn); err != nil {
				return err
			}
		}
		return nil
	case t[0] == '{':
		// Several objects one after the other: JSON Lines under a .json name
		// or an application/json Content-Type.
		dec := json.NewDecoder(bytes.NewReader(t))
		var first json.RawMessage
		if dec.Decode(&first) == nil && len(bytes.TrimSpace(t[dec.InputOffset():])) > 0 {
			return ReadJSONL(bytes.NewReader(t), origin, opts, fn)
		}
		var probe struct {
			Version string          `json:"version"`
			Items   json.RawMessage `json:"items"`
		}
		if json.Unmarshal(t, &probe) == nil && strings.Contains(probe.Version, "jsonfeed.org") {
			return ReadFeed(t, origin, opts, fn)
		}
		return readJSONDoc(t, origin, opts, fn)
	}
	report(opts, origin, "not a JSON document, array of documents or JSON Feed", nil)
	return nil
}

// readJSONDoc turns one document object into a Raw and delivers it.
func readJSONDoc(b []byte, where string, opts Options, fn func(Raw) error) error {
	if !utf8.Valid(b) {
		report(opts, where, "not valid UTF-8", nil)
		return nil
	}
	if b = bytes.TrimSpace(b); len(b) == 0 || b[0] != '{' {
		report(opts, where, "not a JSON object", nil)
		return nil
	}
	var d jsonDoc
	if err := json.Unmarshal(b, &d); err != nil {
		report(opts, where, "invalid JSON", err)
		return nil
	}
	id, reason := jsonID(d.ID)
	if reason != "" {
		report(opts, where, reason, nil)
		return nil
	}
	raw := Raw{ID: id, Title: oneLine(d.Title), URL: strings.TrimSpace(d.URL),
		Source: strings.TrimSpace(d.Source), Lang: strings.TrimSpace(d.Lang), Origin: where}
	if strings.TrimSpace(d.Date) != "" {
		date, err := ParseDate(d.Date)
		if err != nil {
			report(opts, where, "bad date", err)
			return nil
		}
		raw.Date = date
	}
	switch {
	case d.Text != nil && strings.TrimSpace(*d.Text) != "":
		raw.Text = *d.Text
	case d.HTML != nil && strings.TrimSpace(*d.HTML) != "":
		p, err := extractHTML([]byte(*d.HTML), "text/html; charset=utf-8", raw.URL)
		if err != nil {
			report(opts, where, "no article content", err)
			return nil
		}
		raw.Text = p.Text
		if raw.Title == "" {
			raw.Title = p.Title
		}
		if raw.Date == "" {
			raw.Date = p.Date
		}
		if raw.URL == "" {
			raw.URL = p.URL
		}
		if raw.Source == "" {
			raw.Source = p.Source
		}
		if raw.Lang == "" {
			raw.Lang = p.Lang
		}
	case d.Text == nil && d.HTML == nil:
		report(opts, where, `missing "text" or "html"`, nil)
		return nil
	default:
		report(opts, where, "empty document", nil)
		return nil
	}
	return deliver(raw, opts, fn)
}

// jsonID returns a document id given as a JSON string or number, or the
// reason it is unusable.
func jsonID(m json.RawMessage) (string, string) {
	m = bytes.TrimSpace(m)
	if len(m) == 0 || string(m) == "null" {
		return "", `missing "id"`
	}
	switch m[0] {
	case '"':
		var s string
		if err := json.Unmarshal(m, &s); err != nil {
			return "", `bad "id"`
		}
		if strings.TrimSpace(s) == "" {
			return "", `empty "id"`
		}
		return s, ""
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(m), ""
	}
	return "", `"id" must be a string or a number`
}

// oneLine collapses all white space of s into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
