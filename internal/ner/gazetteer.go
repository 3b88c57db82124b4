package ner

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"unicode"
)

// The gazetteers are lists of facts compiled for Parley (country, city and
// region names, demonyms, organisations, given names, titles and name-heading
// words), one entry per line, '#' starting a comment.
//
//go:embed gazetteer/*.txt
var gazFiles embed.FS

// Gazetteer categories. The order is part of the feature set: changing it
// changes feature hashes, so retrain after editing.
const (
	gCountry = iota
	gCity
	gRegion
	gLoc
	gNORP
	gOrg
	gFirst
	gTitle
	gOrgWord
	gLocWord
	gGPEWord
	nFileGaz // the categories above are read from gazetteer/*.txt
	// the categories below come from the actor dictionaries (see dict.go)
	gPerName = iota - 1
	gSurname
	gGiven
	gOrgName
	nGaz
)

var gazNames = [nGaz]string{"country", "city", "region", "loc", "norp", "org", "first_name", "title", "org_word", "loc_word", "gpe_word",
	"dict_person", "dict_surname", "dict_given", "dict_org"}

// maxGazTokens bounds the length of a gazetteer match, in tokens.
const maxGazTokens = 10

// gazetteer matches token sequences against the lists, ignoring case,
// accents, spacing and punctuation inside a name ("U.S." = "US" = "u.s.";
// "Guinea-Bissau" = "Guinea - Bissau").
type gazetteer struct {
	folded map[uint64]uint16 // key of the folded letters and digits → category bits
	exact  map[uint64]uint16 // same, but case kept → category bits
	prefix map[uint64]bool   // keys of every token-boundary prefix of an entry
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// keyAppend folds the letters and digits of tok into the running key h (twice:
// lower-cased into hf, case-kept into he). It reports whether tok had any.
func keyAppend(hf, he uint64, tok string) (uint64, uint64, bool) {
	any := false
	for _, r := range tok {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		any = true
		if r < 0x80 {
			c := byte(r)
			he = (he ^ uint64(c)) * fnvPrime
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			hf = (hf ^ uint64(c)) * fnvPrime
			continue
		}
		lr := unicode.ToLower(r)
		f, ok := foldTable[lr]
		if !ok {
			f = string(lr)
		}
		upper := lr != r
		for i := 0; i < len(f); i++ {
			c := f[i]
			hf = (hf ^ uint64(c)) * fnvPrime
			if upper && i == 0 && c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			he = (he ^ uint64(c)) * fnvPrime
		}
	}
	return hf, he, any
}

var defaultGaz = mustLoadGazetteer()

func mustLoadGazetteer() *gazetteer {
	g, err := loadGazetteer()
	if err != nil {
		panic(err)
	}
	return g
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{folded: map[uint64]uint16{}, exact: map[uint64]uint16{}, prefix: map[uint64]bool{}}
	for c, name := range gazNames[:nFileGaz] {
		b, err := gazFiles.ReadFile("gazetteer/" + name + ".txt")
		if err != nil {
			return nil, fmt.Errorf("ner: gazetteer %s: %w", name, err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			g.add(line, c)
		}
	}
	return g, nil
}

// add inserts one entry; its tokens are the space-separated parts.
func (g *gazetteer) add(entry string, cat int) {
	hf, he := uint64(fnvOffset), uint64(fnvOffset)
	toks := strings.Fields(entry)
	for i, t := range toks {
		var any bool
		hf, he, any = keyAppend(hf, he, t)
		if !any {
			continue
		}
		if i < len(toks)-1 {
			g.prefix[hf] = true
		}
	}
	g.prefix[hf] = true
	g.folded[hf] |= 1 << cat
	g.exact[he] |= 1 << cat
}

// lookup returns the categories of the phrase made of toks, ignoring case.
func (g *gazetteer) lookup(toks ...string) uint16 {
	hf, he := uint64(fnvOffset), uint64(fnvOffset)
	for _, t := range toks {
		hf, he, _ = keyAppend(hf, he, t)
	}
	return g.folded[hf]
}

// isTitle reports whether w is a title or role word ("President", "Dr.").
func (g *gazetteer) isTitle(w string) bool { return g.lookup(w)&(1<<gTitle) != 0 }

// gazMatch is the longest match of one category covering a token.
type gazMatch struct {
	start, end int16 // token range [start, end); end == 0 means none
	exact      bool
}

// match fills m (len(words) × nGaz) with, for every token and category, the
// longest match covering the token. Matches start and end on tokens with a
// letter or digit.
func (g *gazetteer) match(words []string, m [][nGaz]gazMatch) {
	for i := range m {
		m[i] = [nGaz]gazMatch{}
	}
	for i := range words {
		if isPunct(words[i]) {
			continue
		}
		hf, he := uint64(fnvOffset), uint64(fnvOffset)
		for j := i; j < len(words) && j-i < maxGazTokens; j++ {
			var any bool
			hf, he, any = keyAppend(hf, he, words[j])
			if !any {
				continue
			}
			if cats := g.folded[hf]; cats != 0 {
				ex := g.exact[he]
				for c := 0; c < nGaz; c++ {
					if cats&(1<<c) == 0 {
						continue
					}
					exact := ex&(1<<c) != 0
					for k := i; k <= j; k++ {
						cur := &m[k][c]
						if cur.end == 0 || int(cur.end-cur.start) < j+1-i {
							*cur = gazMatch{int16(i), int16(j + 1), exact}
						}
					}
				}
			}
			if !g.prefix[hf] {
				break
			}
		}
	}
}

var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "upper": true, "lower": true}

const gpeCats = 1<<gCountry | 1<<gCity | 1<<gRegion

// placeType decides whether a place name is a GPE (a country, city, state or
// other governed unit) or a LOC (a continent, region, natural feature or
// facility): a name in the country, city or region lists is GPE; one in the
// location list, or headed by a word such as "River", "Sea" or "Mount", is
// LOC; one headed by "City", "Oblast", "Province", "Republic" ... is GPE; a
// compass word before a GPE ("Eastern Ukraine") makes a LOC. Unknown place
// names default to GPE, the commoner kind in news.
func (g *gazetteer) placeType(words []string) string {
	c := g.lookup(words...)
	switch {
	case c&gpeCats != 0:
		return "GPE"
	case c&(1<<gLoc) != 0:
		return "LOC"
	}
	if len(words) > 1 {
		first, last := g.lookup(words[0]), g.lookup(words[len(words)-1])
		switch {
		case (first|last)&(1<<gLocWord) != 0:
			return "LOC"
		case (first|last)&(1<<gGPEWord) != 0:
			return "GPE"
		case compass[fold(words[0])] && g.lookup(words[1:]...)&(gpeCats|1<<gLoc) != 0:
			return "LOC"
		}
	}
	return "GPE"
}
