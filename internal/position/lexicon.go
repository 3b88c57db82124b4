package position

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/parley-news/parley/data"
)

// Stances are the values of doc.Position.Stance.
const (
	Demand       = "demand"
	Precondition = "precondition"
	Offer        = "offer"
	Accept       = "accept"
	Reject       = "reject"
	Support      = "support"
	Oppose       = "oppose"
)

var stances = map[string]bool{Demand: true, Precondition: true, Offer: true, Accept: true, Reject: true, Support: true, Oppose: true}

// Entry is one stance word of the lexicon.
type Entry struct {
	Lemma    string   // "demand"
	Particle string   // "for" in "call for"; "" when none
	POS      string   // VERB, NOUN or ADJ
	Stance   string   // demand, offer, accept, reject, support or oppose
	Comps    []string // complement relations in order of preference: obj, ccomp, xcomp, obl:for…
}

// Topic is one row of the topic lexicon.
type Topic struct {
	Words []string // lemmas that must follow each other
	Label string
}

// Lexicon holds the stance words and the topic rules.
type Lexicon struct {
	byLemma map[string][]*Entry // by lemma (and part of speech inside)
	topics  []Topic
}

// eachRow calls row with the tab-separated fields and line number of every
// line of r that is neither empty nor a comment; name is used in errors.
func eachRow(r io.Reader, name string, row func(f []string, n int) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := row(strings.Split(line, "\t"), n); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// ParseStances reads a stance lexicon (format in data/positions/README.md);
// name is used in errors.
func ParseStances(r io.Reader, name string) ([]*Entry, error) {
	var out []*Entry
	err := eachRow(r, name, func(f []string, n int) error {
		if len(f) != 4 {
			return fmt.Errorf("%s:%d: want 4 tab-separated columns (lemma, part of speech, stance, complements), got %d", name, n, len(f))
		}
		words := strings.Fields(strings.ToLower(f[0]))
		if len(words) == 0 || len(words) > 2 {
			return fmt.Errorf("%s:%d: lemma %q: want a word or a word and a particle", name, n, f[0])
		}
		e := &Entry{Lemma: words[0], POS: strings.ToUpper(strings.TrimSpace(f[1])), Stance: strings.TrimSpace(f[2])}
		if len(words) == 2 {
			e.Particle = words[1]
		}
		switch e.POS {
		case "VERB", "NOUN", "ADJ":
		default:
			return fmt.Errorf("%s:%d: part of speech %q: want VERB, NOUN or ADJ", name, n, f[1])
		}
		if !stances[e.Stance] || e.Stance == Precondition {
			return fmt.Errorf("%s:%d: stance %q: want demand, offer, accept, reject, support or oppose", name, n, f[2])
		}
		for _, c := range strings.Split(f[3], ",") {
			c = strings.TrimSpace(c)
			base, _, _ := strings.Cut(c, ":")
			switch base {
			case "obj", "ccomp", "xcomp", "obl", "nmod", "acl", "advcl":
			default:
				return fmt.Errorf("%s:%d: complement %q: want obj, ccomp, xcomp, acl, advcl:<mark>, obl:<prep> or nmod:<prep>", name, n, c)
			}
			e.Comps = append(e.Comps, c)
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ParseTopics reads a topic lexicon (format in data/positions/README.md).
func ParseTopics(r io.Reader, name string) ([]Topic, error) {
	var out []Topic
	err := eachRow(r, name, func(f []string, n int) error {
		if len(f) != 2 || strings.TrimSpace(f[1]) == "" {
			return fmt.Errorf("%s:%d: want 2 tab-separated columns (words, topic)", name, n)
		}
		words := strings.Fields(strings.ToLower(f[0]))
		if len(words) == 0 {
			return fmt.Errorf("%s:%d: no words", name, n)
		}
		out = append(out, Topic{Words: words, Label: strings.TrimSpace(f[1])})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// NewLexicon builds a lexicon from stance entries and topic rules.
func NewLexicon(entries []*Entry, topics []Topic) *Lexicon {
	lx := &Lexicon{byLemma: map[string][]*Entry{}, topics: topics}
	for _, e := range entries {
		lx.byLemma[e.Lemma] = append(lx.byLemma[e.Lemma], e)
	}
	return lx
}

// Extend returns a lexicon with extra stance entries and topic rules read
// from user files (either may be nil); extra topics are tried first, extra
// stance entries replace built-in ones with the same lemma, particle and
// part of speech.
func (lx *Lexicon) Extend(stanceFile, topicFile []byte, stanceName, topicName string) (*Lexicon, error) {
	var entries []*Entry
	seen := map[string]bool{}
	if stanceFile != nil {
		extra, err := ParseStances(bytes.NewReader(stanceFile), stanceName)
		if err != nil {
			return nil, err
		}
		for _, e := range extra {
			seen[e.Lemma+"|"+e.Particle+"|"+e.POS] = true
		}
		entries = append(entries, extra...)
	}
	for _, es := range lx.byLemma {
		for _, e := range es {
			if !seen[e.Lemma+"|"+e.Particle+"|"+e.POS] {
				entries = append(entries, e)
			}
		}
	}
	topics := lx.topics
	if topicFile != nil {
		extra, err := ParseTopics(bytes.NewReader(topicFile), topicName)
		if err != nil {
			return nil, err
		}
		topics = append(extra, topics...)
	}
	out := NewLexicon(nil, topics)
	// keep the built-in order within a lemma stable: user entries first
	for _, e := range entries {
		out.byLemma[e.Lemma] = append(out.byLemma[e.Lemma], e)
	}
	return out, nil
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// DefaultLexicon returns the built-in lexicon (data/positions), parsed once.
func DefaultLexicon() (*Lexicon, error) {
	defaultOnce.Do(func() {
		st, err := ParseStances(bytes.NewReader(data.PositionStances()), "data/positions/stances.tsv")
		if err != nil {
			defaultErr = err
			return
		}
		tp, err := ParseTopics(bytes.NewReader(data.PositionTopics()), "data/positions/topics.tsv")
		if err != nil {
			defaultErr = err
			return
		}
		defaultLex = NewLexicon(st, tp)
	})
	return defaultLex, defaultErr
}

// lookup returns the entries for a token's lemma and part of speech.
func (lx *Lexicon) lookup(lemma, pos string) []*Entry {
	var out []*Entry
	for _, e := range lx.byLemma[lemma] {
		if e.POS == pos || (e.POS == "VERB" && pos == "AUX") || (e.POS == "ADJ" && pos == "VERB") {
			out = append(out, e)
		}
	}
	return out
}

// adjective reports whether lemma has an ADJ entry ("prepared", "ready").
func (lx *Lexicon) adjective(lemma string) bool {
	for _, e := range lx.byLemma[lemma] {
		if e.POS == "ADJ" {
			return true
		}
	}
	return false
}

// assertive reports whether a demand verb can also just assert ("insist
// that…", "demand that…" with an indicative clause is a claim).
func (lx *Lexicon) assertive(lemma string) bool {
	switch lemma {
	case "insist", "demand", "require", "urge", "request":
		return true
	}
	return false
}
