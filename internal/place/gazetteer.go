package place

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/parley-news/parley/internal/names"
)

// Entry is one place of the gazetteer.
type Entry struct {
	Kind    string   // country | capital | city | region | water
	Name    string   // canonical English name
	Country string   // ISO 3166-1 alpha-3, "" for places in no one country (seas, straits)
	Lat     float64  // latitude, decimal degrees
	Lon     float64  // longitude, decimal degrees
	Pop     int      // approximate population in thousands (0 when not applicable)
	Aliases []string // other spellings, each matched like Name
}

// Gazetteer is an in-memory place index: exact lookup on folded names and
// aliases, and a phonetic index for transliteration-tolerant matching.
type Gazetteer struct {
	Entries []Entry
	exact   map[string][]int32 // folded name → entries
	block   map[string][]int32 // phonetic block → entries (see blocks)
	parsed  [][]names.Name     // names.Parse of each entry's Name and aliases, for fuzzy checks
	lens    [][]int            // folded length of each parsed name, a cheap pre-filter
	maxTok  int                // longest name in folded tokens
	capsKey map[string]bool    // folded keys that only all-caps abbreviations give (US, UK, DRC)

	cacheMu sync.Mutex
	cache   map[string][]int32 // fuzzy results by query, bounded
}

const maxCache = 1 << 15

// fuzzyCached is fuzzy with a bounded cache shared by all documents: the
// same unknown spellings recur from article to article.
func (g *Gazetteer) fuzzyCached(name string) []int32 {
	g.cacheMu.Lock()
	c, ok := g.cache[name]
	g.cacheMu.Unlock()
	if ok {
		return c
	}
	c = g.fuzzy(name)
	g.cacheMu.Lock()
	if g.cache == nil || len(g.cache) >= maxCache {
		g.cache = map[string][]int32{}
	}
	g.cache[name] = c
	g.cacheMu.Unlock()
	return c
}

//go:embed gazetteer/*.tsv
var files embed.FS

var (
	defOnce sync.Once
	defGaz  *Gazetteer
	defErr  error
)

// Default returns the embedded gazetteer, loaded once per process.
func Default() (*Gazetteer, error) {
	defOnce.Do(func() {
		paths, err := fs.Glob(files, "gazetteer/*.tsv")
		if err != nil {
			defErr = fmt.Errorf("place: listing gazetteer: %w", err)
			return
		}
		sort.Strings(paths)
		var all []Entry
		for _, p := range paths {
			f, err := files.Open(p)
			if err != nil {
				defErr = fmt.Errorf("place: opening %s: %w", p, err)
				return
			}
			es, err := Parse(f, p)
			f.Close()
			if err != nil {
				defErr = err
				return
			}
			all = append(all, es...)
		}
		defGaz = New(all)
	})
	return defGaz, defErr
}

var kinds = map[string]bool{"country": true, "capital": true, "city": true, "region": true, "water": true}

// Parse reads a gazetteer file in the format described in the package
// documentation; name is used in error messages.
func Parse(r io.Reader, name string) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) < 6 || len(f) > 7 {
			return nil, fmt.Errorf("place: %s:%d: want 6 or 7 tab-separated fields, got %d", name, line, len(f))
		}
		e := Entry{Kind: f[0], Name: strings.TrimSpace(f[1]), Country: f[2]}
		if !kinds[e.Kind] {
			return nil, fmt.Errorf("place: %s:%d: unknown kind %q", name, line, e.Kind)
		}
		if e.Name == "" || names.Fold(e.Name) == "" {
			return nil, fmt.Errorf("place: %s:%d: empty name", name, line)
		}
		if e.Country == "-" {
			e.Country = ""
		} else if len(e.Country) != 3 || strings.ToUpper(e.Country) != e.Country {
			return nil, fmt.Errorf("place: %s:%d: country %q is not an ISO 3166-1 alpha-3 code", name, line, e.Country)
		}
		var err error
		if e.Lat, err = strconv.ParseFloat(f[3], 64); err != nil || e.Lat < -90 || e.Lat > 90 {
			return nil, fmt.Errorf("place: %s:%d: bad latitude %q", name, line, f[3])
		}
		if e.Lon, err = strconv.ParseFloat(f[4], 64); err != nil || e.Lon < -180 || e.Lon > 180 {
			return nil, fmt.Errorf("place: %s:%d: bad longitude %q", name, line, f[4])
		}
		if e.Pop, err = strconv.Atoi(f[5]); err != nil || e.Pop < 0 {
			return nil, fmt.Errorf("place: %s:%d: bad population %q", name, line, f[5])
		}
		if len(f) == 7 {
			for _, a := range strings.Split(f[6], "|") {
				if a = strings.TrimSpace(a); a != "" && names.Fold(a) != "" {
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("place: reading %s: %w", name, err)
	}
	return out, nil
}

// New indexes entries into a gazetteer.
func New(entries []Entry) *Gazetteer {
	g := &Gazetteer{Entries: entries, exact: map[string][]int32{}, block: map[string][]int32{}, capsKey: map[string]bool{}}
	notCaps := map[string]bool{}
	g.parsed = make([][]names.Name, len(entries))
	g.lens = make([][]int, len(entries))
	for i := range entries {
		e := &entries[i]
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			g.parsed[i] = append(g.parsed[i], names.Parse(n))
			g.lens[i] = append(g.lens[i], len(names.Fold(n)))
		}
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := names.Fold(n)
			if isAbbrev(n) {
				g.capsKey[k] = true
			} else {
				notCaps[k] = true
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			g.exact[k] = append(g.exact[k], int32(i))
			if t := strings.Count(k, " ") + 1; t > g.maxTok {
				g.maxTok = t
			}
			for _, b := range blocks(n) {
				if !contains(g.block[b], int32(i)) {
					g.block[b] = append(g.block[b], int32(i))
				}
			}
		}
	}
	for k := range notCaps {
		delete(g.capsKey, k)
	}
	return g
}

// isAbbrev reports whether s is an all-caps abbreviation such as US,
// U.S. or DRC, which must match in capitals only ("us" is a pronoun).
func isAbbrev(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == ' ':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 5
}

// lookup returns the entries whose names fold like text, honouring
// all-caps abbreviations.
func (g *Gazetteer) lookup(text string) []int32 {
	k := names.Fold(text)
	c := g.exact[k]
	if len(c) > 0 && g.capsKey[k] && !isAbbrev(text) {
		return nil
	}
	return c
}

func contains(s []int32, x int32) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// blocks returns the phonetic blocking keys of a name: the first two
// symbols of its names.Key and the two after the first one, so that
// variants differing in their first consonant (Jarkov, Kharkiv) or in a
// later one (Zaporiyia, Zaporizhzhia) still meet.
func blocks(n string) []string {
	k := names.Key(n)
	if k == "" {
		return nil
	}
	r := []rune(k)
	var out []string
	if len(r) >= 2 {
		out = append(out, "a"+string(r[:2]))
	} else {
		out = append(out, "a"+string(r))
	}
	if len(r) >= 3 {
		out = append(out, "b"+string(r[1:3]))
	}
	return out
}

// Lookup returns the entries whose name or alias folds to the same text
// as name, largest population first.
func (g *Gazetteer) Lookup(name string) []Entry {
	ids := g.lookup(name)
	out := make([]Entry, 0, len(ids))
	for _, i := range ids {
		out = append(out, g.Entries[i])
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Pop > out[b].Pop })
	return out
}

// fuzzy returns the entries whose name matches name across
// transliterations (names.Match).
func (g *Gazetteer) fuzzy(name string) []int32 {
	q := names.Parse(name)
	ql := len(names.Fold(name))
	slack := max(3, ql/3)
	var out []int32
	for _, b := range blocks(name) {
		for _, i := range g.block[b] {
			if contains(out, i) {
				continue
			}
			for k, n := range g.parsed[i] {
				if l := g.lens[i][k]; l > ql+slack || l < ql-slack {
					continue
				}
				if q.Match(n) {
					out = append(out, i)
					break
				}
			}
		}
	}
	return out
}
