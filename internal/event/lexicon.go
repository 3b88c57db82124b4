package event

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/parley-news/parley/data"
)

// Types lists the 16 PLOVER event types in the codebook's order.
var Types = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// Modalities lists the modality values of an event, weakest claim last is not
// implied: the order is the one used to pick the dominant modality when
// several cues apply (earlier wins).
var Modalities = []string{"conditional", "demanded", "possible", "ready", "intended", "reported", "asserted"}

// Entry is one lexicon row: a trigger and the event it signals.
type Entry struct {
	Lemma    string // head lemma, lower case
	Particle string // particle, preposition or compound word that must attach, or ""
	POS      string // V (verb), N (nominalisation) or M (modality marker)
	Type     string // PLOVER type, or the modality for M rows
	Mode     string // PLOVER mode, or "" for none
}

// Lexicon maps lemmas to event triggers and modality markers.
type Lexicon struct {
	verbs   map[string][]Entry
	nouns   map[string][]Entry
	markers map[string]string
}

// ParseLexicon reads a lexicon in the TSV format documented in
// data/events/README.md: trigger, pos, type, mode per line. name (the
// file name) is used in error messages, which give the line number.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	return parseInto(newLexicon(), r, name)
}

// ExtendLexicon returns a copy of base with the rows read from r merged
// over it: a row replaces the base rows of the same trigger (lemma and
// particle) and pos, and a row whose type is "-" removes them. base is
// not modified; nil means DefaultLexicon(). name is used in error messages.
func ExtendLexicon(base *Lexicon, r io.Reader, name string) (*Lexicon, error) {
	if base == nil {
		base = DefaultLexicon()
	}
	return parseInto(base.clone(), r, name)
}

// LoadLexicon reads a user lexicon file and merges it over the built-in
// one (see ExtendLexicon). Errors name the file and line.
func LoadLexicon(path string) (*Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("event lexicon: %w", err)
	}
	defer f.Close()
	return ExtendLexicon(nil, f, path)
}

func newLexicon() *Lexicon {
	return &Lexicon{verbs: map[string][]Entry{}, nouns: map[string][]Entry{}, markers: map[string]string{}}
}

func (lx *Lexicon) clone() *Lexicon {
	out := newLexicon()
	for k, v := range lx.verbs {
		out.verbs[k] = append([]Entry(nil), v...)
	}
	for k, v := range lx.nouns {
		out.nouns[k] = append([]Entry(nil), v...)
	}
	for k, v := range lx.markers {
		out.markers[k] = v
	}
	return out
}

// put adds e to list, replacing the rows with the same particle; a nil
// type ("-") only removes them.
func put(list []Entry, e Entry, remove bool) []Entry {
	out := list[:0:0]
	for _, x := range list {
		if x.Particle != e.Particle {
			out = append(out, x)
		}
	}
	if !remove {
		out = append(out, e)
	}
	return out
}

func parseInto(lx *Lexicon, r io.Reader, name string) (*Lexicon, error) {
	seen := map[string]bool{} // triggers already given in this file
	valid := map[string]bool{}
	for _, t := range Types {
		valid[t] = true
	}
	mods := map[string]bool{}
	for _, m := range Modalities {
		mods[m] = true
	}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("event lexicon %s:%d: want 4 tab-separated fields, got %d", name, n, len(f))
		}
		words := strings.Fields(strings.ToLower(f[0]))
		if len(words) < 1 || len(words) > 2 {
			return nil, fmt.Errorf("event lexicon %s:%d: trigger %q must be one lemma or a lemma and one particle", name, n, f[0])
		}
		e := Entry{Lemma: words[0], POS: f[1], Type: f[2], Mode: f[3]}
		if len(words) == 2 {
			e.Particle = words[1]
		}
		if e.Mode == "-" {
			e.Mode = ""
		}
		remove := e.Type == "-"
		// The first row of a trigger in this file replaces what the base
		// lexicon has for it; later rows of the same file add senses.
		key := e.POS + "\t" + strings.Join(words, " ")
		fresh := !seen[key]
		seen[key] = true
		switch e.POS {
		case "V", "N":
			if !valid[e.Type] && !remove {
				return nil, fmt.Errorf("event lexicon %s:%d: unknown PLOVER type %q", name, n, e.Type)
			}
			m := lx.verbs
			if e.POS == "N" {
				m = lx.nouns
				// A two-word noun trigger is written in text order
				// ("hunger strike"): the head is the last word.
				if e.Particle != "" {
					e.Lemma, e.Particle = e.Particle, e.Lemma
				}
			}
			switch {
			case fresh || remove:
				m[e.Lemma] = put(m[e.Lemma], e, remove)
			default:
				m[e.Lemma] = append(m[e.Lemma], e)
			}
			if len(m[e.Lemma]) == 0 {
				delete(m, e.Lemma)
			}
		case "M":
			if remove {
				delete(lx.markers, e.Lemma)
				continue
			}
			if !mods[e.Type] {
				return nil, fmt.Errorf("event lexicon %s:%d: unknown modality %q", name, n, e.Type)
			}
			lx.markers[e.Lemma] = e.Type
		default:
			return nil, fmt.Errorf("event lexicon %s:%d: pos %q is not V, N or M", name, n, e.POS)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("event lexicon %s: %w", name, err)
	}
	return lx, nil
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// DefaultLexicon returns the built-in lexicon (data/events/lexicon.tsv,
// embedded by package data).
func DefaultLexicon() *Lexicon {
	defaultOnce.Do(func() {
		lx, err := ParseLexicon(bytes.NewReader(data.EventLexicon()), "data/events/lexicon.tsv")
		if err != nil {
			panic(err) // the embedded file is tested; this is a build bug
		}
		defaultLex = lx
	})
	return defaultLex
}

// extended caches the lexicons merged from Options.ExtraLexicon, by
// content, so that Code parses a user file once per process.
var extended sync.Map // string → extendedLexicon

type extendedLexicon struct {
	lx  *Lexicon
	err error
}

// Prepare parses o.ExtraLexicon and merges it over o.Lexicon (or the
// built-in lexicon), returning options whose Lexicon is the result and
// whose ExtraLexicon is cleared. A malformed row is reported with
// o.ExtraLexiconName and its line number. Callers that take a user
// lexicon should call Prepare once at start-up to report such errors;
// Code given unprepared options with a malformed ExtraLexicon codes with
// the base lexicon alone.
func (o Options) Prepare() (Options, error) {
	if len(o.ExtraLexicon) == 0 {
		return o, nil
	}
	lx, err := o.extraLexicon()
	if err != nil {
		return o, err
	}
	o.Lexicon, o.ExtraLexicon = lx, nil
	return o, nil
}

func (o Options) extraLexicon() (*Lexicon, error) {
	name := o.ExtraLexiconName
	if name == "" {
		name = "extra lexicon"
	}
	key := fmt.Sprintf("%p\x00%s\x00%s", o.Lexicon, name, o.ExtraLexicon)
	if v, ok := extended.Load(key); ok {
		x := v.(extendedLexicon)
		return x.lx, x.err
	}
	lx, err := ExtendLexicon(o.Lexicon, bytes.NewReader(o.ExtraLexicon), name)
	extended.Store(key, extendedLexicon{lx, err})
	return lx, err
}
