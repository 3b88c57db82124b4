// Package conllu reads CoNLL-U treebanks (Universal Dependencies), the format
// of the training and test corpora under ../shared/data. It is used by
// `parley train` and `parley eval`, never at extraction time.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence (multiword-token ranges and empty
// nodes are folded away: see Token).
type Word struct {
	ID     int // 1-based
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 = root
	Deprel string
	Deps   string
	Misc   string
}

// Token is a surface token: either one word or a multiword token such as
// "don't" = "do" + "n't" whose Words are given by range [First, Last].
type Token struct {
	Form        string
	First, Last int // word IDs covered (equal for ordinary tokens)
	Misc        string
}

// Sentence is one sentence with its comments (sent_id, text, newdoc, newpar, ...).
type Sentence struct {
	Comments map[string]string // "text" -> "...", "sent_id" -> "...", "newdoc id" -> "..."
	Words    []Word
	Tokens   []Token
}

// NewDoc reports whether the sentence starts a new document.
func (s *Sentence) NewDoc() bool {
	_, ok := s.Comments["newdoc id"]
	if !ok {
		_, ok = s.Comments["newdoc"]
	}
	return ok
}

// NewPar reports whether the sentence starts a new paragraph.
func (s *Sentence) NewPar() bool {
	_, ok := s.Comments["newpar id"]
	if !ok {
		_, ok = s.Comments["newpar"]
	}
	return ok || s.NewDoc()
}

// SpaceAfter reports whether the token is followed by a space (MISC lacks SpaceAfter=No).
func (t Token) SpaceAfter() bool { return !strings.Contains(t.Misc, "SpaceAfter=No") }

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("conllu: %s: %w", path, err)
	}
	return s, nil
}

// Read parses CoNLL-U from r.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	cur := Sentence{Comments: map[string]string{}}
	lineNo := 0
	var pendingMWT *Token
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{Comments: map[string]string{}}
		pendingMWT = nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			c := strings.TrimSpace(line[1:])
			if k, v, ok := strings.Cut(c, "="); ok {
				cur.Comments[strings.TrimSpace(k)] = strings.TrimSpace(v)
			} else {
				cur.Comments[c] = ""
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("line %d: %d fields, want 10", lineNo, len(f))
		}
		if strings.Contains(f[0], ".") { // empty node
			continue
		}
		if a, b, ok := strings.Cut(f[0], "-"); ok { // multiword token
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return out, fmt.Errorf("line %d: bad range %q", lineNo, f[0])
			}
			cur.Tokens = append(cur.Tokens, Token{Form: f[1], First: first, Last: last, Misc: f[9]})
			pendingMWT = &cur.Tokens[len(cur.Tokens)-1]
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return out, fmt.Errorf("line %d: bad id %q", lineNo, f[0])
		}
		head := 0
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return out, fmt.Errorf("line %d: bad head %q", lineNo, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
		if pendingMWT != nil && id >= pendingMWT.First && id <= pendingMWT.Last {
			continue
		}
		pendingMWT = nil
		cur.Tokens = append(cur.Tokens, Token{Form: f[1], First: id, Last: id, Misc: f[9]})
	}
	if err := sc.Err(); err != nil {
		return out, err
	}
	flush()
	return out, nil
}
