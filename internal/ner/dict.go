package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/parley-news/parley/internal/actor/kb"
)

// Actor dictionaries. Train reads the Phoenix actor dictionaries of the
// PETRARCH2 event coder (MIT licence, under petrarch/petrarch2 in the data
// directory) and turns them into gazetteer categories that the model stores
// as hashed keys only (no names are kept in the model file): full names and
// surnames of office holders, their given names, and names of international
// organisations, companies and armed groups.

// dictEntry is one actor of a dictionary: its names (the first is the main
// one, the rest synonyms) and whether it is a person.
type dictEntry struct {
	names  []string
	person bool
}

// readActorDict reads a Phoenix actor dictionary. An entry starts on a line
// that begins with a name (words joined by '_'); '+' lines add synonyms and
// indented lines carry codes in brackets. In the country dictionary persons
// are marked "# CountryInfo"; elsewhere an entry with dated codes
// ("[IGOUNO 970101-061231]") is a person. allOrgs makes every entry an
// organisation (the armed-groups dictionary).
func readActorDict(path string, allOrgs bool) ([]dictEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	return readActors(f, path, allOrgs)
}

// readActors reads a Phoenix actor dictionary from r (see readActorDict).
func readActors(r io.Reader, path string, allOrgs bool) ([]dictEntry, error) {
	var out []dictEntry
	var cur *dictEntry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		dated := datedCode.MatchString(line)
		switch {
		case line[0] == ' ' || line[0] == '\t':
			if cur != nil && dated && !allOrgs {
				cur.person = true
			}
			continue
		case line[0] == '+':
			if cur != nil {
				cur.names = append(cur.names, actorName(line[1:]))
			}
			continue
		}
		out = append(out, dictEntry{names: []string{actorName(line)}})
		cur = &out[len(out)-1]
		if !allOrgs && (dated || strings.Contains(line, "# CountryInfo") || strings.Contains(line, "rulers")) {
			cur.person = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading %s: %w", path, err)
	}
	// a "person" whose name has an organisation word or a connector, or
	// fewer than two or more than four words, is an organisation
	for i := range out {
		if out[i].person && !personShaped(out[i].names[0]) {
			out[i].person = false
		}
	}
	return out, nil
}

// datedCode matches an actor code with a date range: "[IGOUNO 970101-061231]", "[USAGOV >20090120]".
var datedCode = regexp.MustCompile(`\[[A-Z~]+ [<>]?[0-9]`)

func personShaped(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		f := fold(w)
		if nameConnectors[f] && f != "al" && f != "el" && f != "de" && f != "van" && f != "von" {
			return false
		}
		if defaultGaz.lookup(w)&(1<<gOrgWord|1<<gCountry|1<<gLoc|1<<gLocWord) != 0 {
			return false
		}
	}
	return true
}

// actorName returns the words of the name that starts line ("KOFI_ANNAN_
// [IGOUNO]" → "KOFI ANNAN"), without parenthesised abbreviations.
func actorName(line string) string {
	if i := strings.IndexAny(line, " \t[#"); i >= 0 {
		line = line[:i]
	}
	var words []string
	for _, w := range strings.Split(line, "_") {
		if w == "" || strings.HasPrefix(w, "(") {
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// nameSuffixes may end a person's name after the surname.
var nameSuffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// personParts strips leading titles, nationality words and country names
// from a person's name and returns its words, or nil when no name is left.
func personParts(name string) []string {
	ws := strings.Fields(name)
	for len(ws) > 1 && (defaultGaz.isTitle(ws[0]) || titleModifiers[fold(ws[0])] || defaultGaz.lookup(ws[0])&(1<<gNORP|1<<gCountry) != 0) {
		ws = ws[1:]
	}
	for len(ws) > 1 && nameSuffixes[fold(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	for _, w := range ws {
		if defaultGaz.isTitle(w) {
			return nil
		}
	}
	return ws
}

// dictGazetteer builds the dictionary categories from the actor
// dictionaries under dataDir: gPerName (a person's full name, and first
// plus last word), gSurname (the last word of a name of two or more words),
// gGiven (its first word) and gOrgName (organisations, without role phrases
// such as "UN Secretary General"); withKB adds the names of Parley's actor
// knowledge base (see addKB).
func dictGazetteer(dataDir string, withKB bool) (*gazetteer, error) {
	dir := filepath.Join(dataDir, "petrarch", "petrarch2")
	g := &gazetteer{folded: map[uint64]uint16{}, exact: map[uint64]uint16{}, prefix: map[uint64]bool{}}
	for _, f := range []struct {
		name    string
		allOrgs bool
		orgs    bool // take the non-person entries as organisations
	}{{"Phoenix.Countries.actors.txt", false, false}, {"Phoenix.International.actors.txt", false, true}, {"Phoenix.MilNonState.actors.txt", true, true}} {
		entries, err := readActorDict(filepath.Join(dir, f.name), f.allOrgs)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if e.person {
				// synonyms of persons are mostly title phrases: the main name only
				ws := personParts(e.names[0])
				if len(ws) < 2 {
					continue
				}
				g.add(strings.Join(ws, " "), gPerName)
				g.add(ws[0]+" "+ws[len(ws)-1], gPerName)
				if last := ws[len(ws)-1]; len(last) > 3 && !nameConnectors[fold(last)] {
					g.add(ws[len(ws)-1], gSurname)
				}
				if len(ws[0]) > 2 && !strings.HasSuffix(ws[0], ".") {
					g.add(ws[0], gGiven)
				}
				continue
			}
			if !f.orgs {
				continue
			}
			for _, n := range e.names {
				ws := strings.Fields(n)
				role := false
				for _, w := range ws {
					if defaultGaz.isTitle(w) {
						role = true
						break
					}
				}
				if !role && len(ws) > 0 && len(n) > 2 {
					g.add(n, gOrgName)
				}
			}
		}
	}
	if withKB {
		if err := addKB(g); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// addKB adds the names of Parley's own actor knowledge base (data/actors):
// organisations, outlets, government bodies and armed groups, with their
// aliases and acronyms, to gOrgName; persons to gPerName, gSurname and
// gGiven as for the actor dictionaries. Countries are left to the
// gazetteer lists.
func addKB(g *gazetteer) error {
	k, err := kb.Default()
	if err != nil {
		return fmt.Errorf("ner: actor knowledge base: %w", err)
	}
	for _, e := range k.Entries() {
		switch e.Kind {
		case "organization", "group":
			for _, n := range e.Names() {
				if len(n) > 1 && !strings.ContainsAny(n, "()") {
					g.add(n, gOrgName)
				}
			}
		case "person":
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				ws := personParts(n)
				if len(ws) < 2 {
					continue
				}
				g.add(strings.Join(ws, " "), gPerName)
				g.add(ws[0]+" "+ws[len(ws)-1], gPerName)
				if last := ws[len(ws)-1]; len(last) > 3 && !nameConnectors[fold(last)] {
					g.add(last, gSurname)
				}
				if len(ws[0]) > 2 && !strings.HasSuffix(ws[0], ".") {
					g.add(ws[0], gGiven)
				}
			}
		}
	}
	return nil
}

// merged returns a gazetteer with the entries of base and extra.
func merged(base, extra *gazetteer) *gazetteer {
	if extra == nil {
		return base
	}
	g := &gazetteer{folded: make(map[uint64]uint16, len(base.folded)+len(extra.folded)), exact: base.exact, prefix: make(map[uint64]bool, len(base.prefix)+len(extra.prefix))}
	for k, v := range base.folded {
		g.folded[k] = v
	}
	for k, v := range extra.folded {
		g.folded[k] |= v
	}
	for k := range base.prefix {
		g.prefix[k] = true
	}
	for k := range extra.prefix {
		g.prefix[k] = true
	}
	return g
}
