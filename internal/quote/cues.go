package quote

import (
	_ "embed"
	"strings"
	"sync"
)

// cuesTxt is the cue lexicon; its format is described at the top of the file.
//
//go:embed cues.txt
var cuesTxt string

// cue classes (see cues.txt).
const (
	classSpeech = "speech"
	classThink  = "think"
	classAccuse = "accuse"
	classCall   = "call"
	classNoun   = "noun"
)

// cueEntry is one line of the lexicon.
type cueEntry struct {
	Class      string
	Lemma      string
	ZeroThat   bool     // may take a clause without "that"
	ClauseOnly bool     // a cue only before "that" or a colon ("maintained that")
	Particles  []string // words that must follow ("for", "on", "out")
}

var (
	lexOnce  sync.Once
	lexVerbs map[string]*cueEntry // lemma or form -> entry (verb classes)
	lexNouns map[string]*cueEntry // form -> entry (noun class)
)

// lexicon parses cues.txt once. A malformed line is a programming error in
// an embedded file and panics, which the package tests catch.
func lexicon() (verbs, nouns map[string]*cueEntry) {
	lexOnce.Do(func() {
		lexVerbs, lexNouns = map[string]*cueEntry{}, map[string]*cueEntry{}
		for n, line := range strings.Split(cuesTxt, "\n") {
			line = strings.TrimRight(line, "\r")
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 2 {
				panic("quote: cues.txt line " + itoa(n+1) + ": want class<TAB>forms")
			}
			forms := strings.Fields(f[1])
			e := &cueEntry{Class: f[0], Lemma: forms[0]}
			for _, o := range f[2:] {
				switch {
				case o == "zero-that":
					e.ZeroThat = true
				case o == "clause-only":
					e.ClauseOnly = true
				case strings.HasPrefix(o, "particle="):
					e.Particles = strings.Split(strings.TrimPrefix(o, "particle="), "|")
				default:
					panic("quote: cues.txt line " + itoa(n+1) + ": unknown option " + o)
				}
			}
			m := lexVerbs
			switch e.Class {
			case classNoun:
				m = lexNouns
			case classSpeech, classThink, classAccuse, classCall:
			default:
				panic("quote: cues.txt line " + itoa(n+1) + ": unknown class " + e.Class)
			}
			for _, w := range forms {
				if _, dup := m[w]; !dup {
					m[w] = e
				}
			}
		}
	})
	return lexVerbs, lexNouns
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
