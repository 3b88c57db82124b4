package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed lexicon.tsv
var builtinLexicon string

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
// internal/event/README.md: trigger, pos, type, mode per line. name is used in
// error messages.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	lx := &Lexicon{verbs: map[string][]Entry{}, nouns: map[string][]Entry{}, markers: map[string]string{}}
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
		switch e.POS {
		case "V", "N":
			if !valid[e.Type] {
				return nil, fmt.Errorf("event lexicon %s:%d: unknown PLOVER type %q", name, n, e.Type)
			}
			if e.POS == "V" {
				lx.verbs[e.Lemma] = append(lx.verbs[e.Lemma], e)
			} else {
				// A two-word noun trigger is written in text order
				// ("hunger strike"): the head is the last word.
				if e.Particle != "" {
					e.Lemma, e.Particle = e.Particle, e.Lemma
				}
				lx.nouns[e.Lemma] = append(lx.nouns[e.Lemma], e)
			}
		case "M":
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

// DefaultLexicon returns the built-in lexicon (internal/event/lexicon.tsv).
func DefaultLexicon() *Lexicon {
	defaultOnce.Do(func() {
		lx, err := ParseLexicon(strings.NewReader(builtinLexicon), "lexicon.tsv")
		if err != nil {
			panic(err) // the embedded file is tested; this is a build bug
		}
		defaultLex = lx
	})
	return defaultLex
}
