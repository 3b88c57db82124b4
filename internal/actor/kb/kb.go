// Package kb loads Parley's actor knowledge base: countries, organisations,
// outlets and people, with aliases, demonyms, metonyms and dated roles. The
// format (JSON Lines, one actor per line) is documented in
// data/actors/README.md; a user file in the same format merges over the
// built-in one (same id replaces, new ids add).
package kb

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/parley-news/parley/data"
	"github.com/parley-news/parley/internal/names"
)

// Role is an office held over a period. Dates are YYYY-MM-DD, YYYY-MM or
// YYYY; an empty End means the role is current.
type Role struct {
	Position string  `json:"position"`
	Org      string  `json:"org"`
	Title    string  `json:"title,omitempty"`
	To       string  `json:"to,omitempty"`
	Start    string  `json:"start"`
	End      *string `json:"end"`
}

// Ends returns the end date, or "" when the role is current.
func (r Role) Ends() string {
	if r.End == nil {
		return ""
	}
	return *r.End
}

// Entry is one actor of the knowledge base.
type Entry struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"` // country | organization | person | group
	Name    string   `json:"name"`
	Country *string  `json:"country"`
	ISO2    string   `json:"iso2,omitempty"`
	Gender  string   `json:"gender,omitempty"` // m | f | ""
	Parent  string   `json:"parent,omitempty"`
	Sector  string   `json:"sector,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	// Surname is a person's family name when it is not the last word of
	// the name: "Yoon" of "Yoon Suk Yeol", "Xi" of "Xi Jinping".
	Surname  string   `json:"surname,omitempty"`
	Abbrev   []string `json:"abbrev,omitempty"`
	Demonyms []string `json:"demonyms,omitempty"`
	Capital  string   `json:"capital,omitempty"`
	Metonyms []string `json:"metonyms,omitempty"`
	Roles    []Role   `json:"roles,omitempty"`
}

// CountryCode returns the entry's country, or "" when it has none.
func (e *Entry) CountryCode() string {
	if e.Country == nil {
		return ""
	}
	return *e.Country
}

// Names returns the canonical name followed by the aliases and acronyms.
func (e *Entry) Names() []string {
	out := append([]string{e.Name}, e.Aliases...)
	return append(out, e.Abbrev...)
}

// RolesAt returns the roles held on date (YYYY-MM-DD). An empty date means
// "now": the current roles.
func (e *Entry) RolesAt(date string) []Role {
	var out []Role
	for _, r := range e.Roles {
		if r.Active(date) {
			out = append(out, r)
		}
	}
	return out
}

// Active reports whether the role is held on date (YYYY-MM-DD; "" = now).
// Partial dates (YYYY, YYYY-MM) are compared on the precision they give: a
// role starting "2022" is active from 2022-01-01, one ending "2022" until the
// end of 2022.
func (r Role) Active(date string) bool {
	if date == "" {
		return r.End == nil
	}
	if r.Start != "" && date < padStart(r.Start) {
		return false
	}
	if r.End != nil && *r.End != "" && date >= padEnd(*r.End) {
		return false
	}
	return true
}

func padStart(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// padEnd turns a partial end date into the first day after it is certainly
// over, so that "2022" ends on 2023-01-01 (exclusive).
func padEnd(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-32"
	case 7:
		return d + "-32"
	}
	return d
}

// KB is a loaded knowledge base with its lookup indexes. It is read-only
// once built and safe for concurrent use.
type KB struct {
	byID     map[string]*Entry
	ids      []string
	byName   map[string][]*Entry // folded name, alias or acronym
	byKey    map[string][]*Entry // names.Key of person names and aliases
	bySur    map[string][]*Entry // names.Key of person surnames
	demonym  map[string]*Entry   // folded demonym → country
	metonym  map[string][]*Entry // folded metonym/capital → entries
	holders  map[string][]*Entry // position|org → people who ever held it
	children map[string][]string // parent id → child ids
}

// Parse reads JSON Lines entries from r; name says where they come from in
// error messages. Blank lines are skipped.
func Parse(r io.Reader, name string) ([]*Entry, error) {
	var out []*Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		e := &Entry{}
		dec := json.NewDecoder(bytes.NewReader(b))
		if err := dec.Decode(e); err != nil {
			return nil, fmt.Errorf("kb: %s:%d: %w", name, line, err)
		}
		if e.ID == "" || e.Name == "" {
			return nil, fmt.Errorf("kb: %s:%d: entry without id or name", name, line)
		}
		switch e.Kind {
		case "country", "organization", "person", "group":
		default:
			return nil, fmt.Errorf("kb: %s:%d: entry %s: unknown kind %q", name, line, e.ID, e.Kind)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("kb: %s: %w", name, err)
	}
	return out, nil
}

// New builds a knowledge base from entries; a later entry with the same id
// replaces an earlier one.
func New(entries ...[]*Entry) *KB {
	k := &KB{byID: map[string]*Entry{}}
	for _, list := range entries {
		for _, e := range list {
			k.byID[e.ID] = e
		}
	}
	k.index()
	return k
}

// Load reads every *.jsonl file at the top of fsys, in name order.
func Load(fsys fs.FS) (*KB, error) {
	files, err := fs.Glob(fsys, "*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	sort.Strings(files)
	var all [][]*Entry
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		es, err := Parse(bytes.NewReader(b), path.Base(f))
		if err != nil {
			return nil, err
		}
		all = append(all, es)
	}
	return New(all...), nil
}

// Default loads the built-in knowledge base embedded from data/actors.
func Default() (*KB, error) { return Load(data.Actors()) }

// LoadWith loads the built-in knowledge base and merges the user files over
// it, in order.
func LoadWith(userFiles ...string) (*KB, error) {
	base, err := Default()
	if err != nil {
		return nil, err
	}
	if len(userFiles) == 0 {
		return base, nil
	}
	all := [][]*Entry{base.Entries()}
	for _, f := range userFiles {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("kb: user file: %w", err)
		}
		es, err := Parse(fh, f)
		fh.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, es)
	}
	return New(all...), nil
}

// Merge returns a new knowledge base with entries merged over k.
func (k *KB) Merge(entries []*Entry) *KB { return New(k.Entries(), entries) }

// Len returns the number of entries.
func (k *KB) Len() int { return len(k.ids) }

// Get returns the entry with this id, or nil.
func (k *KB) Get(id string) *Entry { return k.byID[id] }

// Entries returns every entry in id order.
func (k *KB) Entries() []*Entry {
	out := make([]*Entry, len(k.ids))
	for i, id := range k.ids {
		out[i] = k.byID[id]
	}
	return out
}

// Children returns the ids of the entries whose parent is id, sorted.
func (k *KB) Children(id string) []string { return k.children[id] }

func add(m map[string][]*Entry, key string, e *Entry) {
	if key == "" {
		return
	}
	for _, x := range m[key] {
		if x == e {
			return
		}
	}
	m[key] = append(m[key], e)
}

// Fold normalises a name for exact lookup: case and accent folding, a
// leading "the" dropped, punctuation other than letters and digits turned
// into single spaces.
func Fold(s string) string {
	f := names.Fold(s)
	var b strings.Builder
	space := false
	for _, r := range f {
		if r == '\'' || r == '’' || r == '.' {
			continue // U.S. → us, Côte d'Ivoire → cote divoire
		}
		if r == '-' || r == ' ' || r == '\t' || r == '\n' || r == ',' || r == '/' || r == '(' || r == ')' || r == '&' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	out := b.String()
	out = strings.TrimPrefix(out, "the ")
	return out
}

func (k *KB) index() {
	k.ids = k.ids[:0]
	for id := range k.byID {
		k.ids = append(k.ids, id)
	}
	sort.Strings(k.ids)
	k.byName = map[string][]*Entry{}
	k.byKey = map[string][]*Entry{}
	k.bySur = map[string][]*Entry{}
	k.demonym = map[string]*Entry{}
	k.metonym = map[string][]*Entry{}
	k.holders = map[string][]*Entry{}
	k.children = map[string][]string{}
	for _, id := range k.ids {
		e := k.byID[id]
		for _, n := range e.Names() {
			add(k.byName, Fold(n), e)
			if e.Kind == "person" {
				add(k.byKey, names.Key(n), e)
				if f := strings.Fields(Fold(n)); len(f) > 1 {
					add(k.bySur, names.Key(f[len(f)-1]), e)
				}
			}
		}
		if e.Kind == "person" && e.Surname != "" {
			add(k.bySur, names.Key(Fold(e.Surname)), e)
		}
		if e.Kind == "country" {
			for _, d := range e.Demonyms {
				if f := Fold(d); k.demonym[f] == nil {
					k.demonym[f] = e
				}
			}
			if e.Capital != "" {
				add(k.metonym, Fold(e.Capital), e)
			}
		}
		for _, m := range e.Metonyms {
			add(k.metonym, Fold(m), e)
		}
		for _, r := range e.Roles {
			add(k.holders, r.Position+"|"+r.Org, e)
		}
		if e.Parent != "" {
			k.children[e.Parent] = append(k.children[e.Parent], e.ID)
		}
	}
}

// ByName returns the entries with this exact name, alias or acronym after
// folding (see Fold), in id order.
func (k *KB) ByName(s string) []*Entry { return k.byName[Fold(s)] }

// ByKey returns the people whose name or an alias has this phonetic key
// (names.Key), the blocking step of transliteration-tolerant matching.
func (k *KB) ByKey(key string) []*Entry { return k.byKey[key] }

// BySurname returns the people whose surname (last word of a name or alias
// of two words or more, or the entry's Surname when the family name comes
// first) has this phonetic key.
func (k *KB) BySurname(key string) []*Entry { return k.bySur[key] }

// Demonym returns the country of a nationality adjective or noun
// ("Russian", "Russians"), or nil.
func (k *KB) Demonym(s string) *Entry { return k.demonym[Fold(s)] }

// Metonym returns the entries that list s as a metonym or capital
// ("Moscow", "the Kremlin").
func (k *KB) Metonym(s string) []*Entry { return k.metonym[Fold(s)] }

// Holders returns the people who hold position at org on date (YYYY-MM-DD,
// "" = now), in id order.
func (k *KB) Holders(position, org, date string) []*Entry {
	var out []*Entry
	for _, e := range k.holders[position+"|"+org] {
		for _, r := range e.Roles {
			if r.Position == position && r.Org == org && r.Active(date) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// Search returns the entries whose id, name or an alias contains q after
// folding, or matches it phonetically (names.Match), best first: exact
// names, then prefixes, then substrings, then phonetic matches; ties in id
// order.
func (k *KB) Search(q string) []*Entry {
	fq, lq := Fold(q), strings.ToLower(strings.TrimSpace(q))
	if fq == "" {
		return nil
	}
	type hit struct {
		e    *Entry
		rank int
	}
	var hits []hit
	for _, id := range k.ids {
		e := k.byID[id]
		best := 99
		if lid := strings.ToLower(e.ID); lid == lq {
			best = 0
		} else if strings.Contains(lid, lq) {
			best = 2
		}
		for _, n := range e.Names() {
			fn := Fold(n)
			switch {
			case fn == fq:
				best = min(best, 0)
			case strings.HasPrefix(fn, fq):
				best = min(best, 1)
			case strings.Contains(fn, fq):
				best = min(best, 2)
			}
			if best > 3 && e.Kind == "person" && names.Match(q, lastWord(n)) {
				best = 3
			}
			if best > 3 && names.Match(q, n) {
				best = 3
			}
		}
		if best < 99 {
			hits = append(hits, hit{e, best})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].rank < hits[j].rank })
	out := make([]*Entry, len(hits))
	for i, h := range hits {
		out[i] = h.e
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
