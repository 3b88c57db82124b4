// Package contract checks `parley extract` output against the contract in
// the extract documentation, independently of the Go types that produce it:
// it reads each line as generic JSON, so a change to the types that broke
// the contract would be caught.
package contract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

var required = []string{"id", "title", "date", "url", "source", "text", "sentences", "entities", "actors",
	"quotes", "events", "times", "places", "amounts", "positions"}

var arrays = required[6:]

// Check validates one output line: valid JSON, every required field, arrays
// never null, every span in range and on UTF-8 boundaries, and every span's
// "text" equal to the text it points at. Speaker, source, target and actor
// ids must name one of the document's actors.
func Check(line []byte) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var d map[string]any
	if err := dec.Decode(&d); err != nil {
		return fmt.Errorf("not a JSON object: %w", err)
	}
	id, _ := d["id"].(string)
	for _, k := range required {
		if _, ok := d[k]; !ok {
			return fmt.Errorf("document %q: missing field %q", id, k)
		}
	}
	text, ok := d["text"].(string)
	if !ok {
		return fmt.Errorf("document %q: text is not a string", id)
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("document %q: text is not valid UTF-8", id)
	}
	for _, k := range arrays {
		if _, ok := d[k].([]any); !ok {
			return fmt.Errorf("document %q: %s is not an array", id, k)
		}
	}
	actors := map[string]bool{}
	for _, a := range d["actors"].([]any) {
		if m, ok := a.(map[string]any); ok {
			if s, ok := m["id"].(string); ok {
				actors[s] = true
			}
		}
	}
	c := checker{id: id, text: text, actors: actors}
	for _, k := range arrays {
		if err := c.walk(k, d[k]); err != nil {
			return err
		}
	}
	return nil
}

type checker struct {
	id     string
	text   string
	actors map[string]bool
}

func (c *checker) walk(path string, v any) error {
	switch v := v.(type) {
	case []any:
		for i, e := range v {
			if err := c.walk(fmt.Sprintf("%s[%d]", path, i), e); err != nil {
				return err
			}
		}
	case map[string]any:
		if err := c.span(path, v); err != nil {
			return err
		}
		for _, k := range []string{"speaker", "actor"} {
			if s, ok := v[k].(string); ok && !c.actors[s] {
				return fmt.Errorf("document %q: %s.%s %q names no actor of the document", c.id, path, k, s)
			}
		}
		for _, k := range []string{"source", "target"} {
			if ids, ok := v[k].([]any); ok {
				for _, x := range ids {
					if s, ok := x.(string); !ok || !c.actors[s] {
						return fmt.Errorf("document %q: %s.%s %v names no actor of the document", c.id, path, k, x)
					}
				}
			}
		}
		for k, e := range v {
			switch e.(type) {
			case map[string]any, []any:
				if err := c.walk(path+"."+k, e); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (c *checker) span(path string, m map[string]any) error {
	sv, hasS := m["start"]
	ev, hasE := m["end"]
	if !hasS && !hasE {
		return nil
	}
	if !hasS || !hasE {
		return fmt.Errorf("document %q: %s has only one of start/end", c.id, path)
	}
	s, err1 := toInt(sv)
	e, err2 := toInt(ev)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("document %q: %s: start/end are not integers", c.id, path)
	}
	if s < 0 || e > len(c.text) || s > e {
		return fmt.Errorf("document %q: %s: span [%d,%d) out of range (text is %d bytes)", c.id, path, s, e, len(c.text))
	}
	if !boundary(c.text, s) || !boundary(c.text, e) {
		return fmt.Errorf("document %q: %s: span [%d,%d) not on UTF-8 boundaries", c.id, path, s, e)
	}
	if t, ok := m["text"].(string); ok && t != c.text[s:e] {
		return fmt.Errorf("document %q: %s: text %q differs from the text at [%d,%d) %q", c.id, path, t, s, e, c.text[s:e])
	}
	return nil
}

func toInt(v any) (int, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("not a number")
	}
	i, err := n.Int64()
	return int(i), err
}

func boundary(s string, i int) bool { return i == 0 || i == len(s) || utf8.RuneStart(s[i]) }
