package ner

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/learn/perceptron"
)

// Document context. A name is often written in full once ("Mozilla
// Foundation", "Barack Obama", "Harrow School") and then shortened ("Mozilla",
// "Obama", "Harrow"). The recogniser aggregates, over every sentence of a
// document, the surroundings of each capitalised word (the last and first
// words of the capitalised runs it occurs in, the word before such a run,
// whether it also occurs in lower case) and gives them to every occurrence of
// the word as features. They are computed from the text alone, never from
// labels or predictions, so training and recognition see the same thing.

var (
	fDoc  = perceptron.Hash("doc")
	fDocN = perceptron.Hash("docn")
)

// maxDocFeats bounds the aggregated features kept for one word.
const maxDocFeats = 12

// docContext is the aggregated context of the capitalised words of one
// document: folded word → its occurrence count and feature hashes.
type docContext struct {
	words map[string]*docWord
}

type docWord struct {
	n     int      // capitalised occurrences
	feats []uint64 // distinct aggregated features, at most maxDocFeats
}

func (d *docWord) add(h uint64) {
	for _, x := range d.feats {
		if x == h {
			return
		}
	}
	if len(d.feats) < maxDocFeats {
		d.feats = append(d.feats, h)
	}
}

// newDocContext aggregates the context of the capitalised words of the
// sentences of one document.
func (r *Recognizer) newDocContext(sents [][]string) *docContext {
	if len(sents) < 2 {
		return nil
	}
	d := &docContext{words: map[string]*docWord{}}
	var sf sentFeats
	lowerSeen := map[string]bool{}
	for _, words := range sents {
		n := len(words)
		sf.words = words
		sf.low = resize(sf.low, n)
		if cap(sf.caps) < n {
			sf.caps = make([]capClass, n)
		}
		sf.caps = sf.caps[:n]
		lower, letters := 0, 0
		for i, w := range words {
			sf.low[i] = sf.fold(w)
			sf.caps[i] = classify(w)
			switch sf.caps[i] {
			case capLower:
				lower++
				letters++
			case capInit, capAll, capMixed:
				letters++
			}
		}
		sf.capsSent = letters > 3 && lower*5 < letters
		if sf.capsSent {
			continue
		}
		sf.findRuns()
		for i := 0; i < n; i++ {
			if sf.caps[i] == capLower && i > 0 {
				lowerSeen[sf.low[i]] = true
			}
			rn := sf.runs[i]
			if rn[1] == 0 || !isCapWord(sf.caps[i]) || runJoiners[sf.low[i]] {
				continue
			}
			s, e := int(rn[0]), int(rn[1])
			dw := d.words[sf.low[i]]
			if dw == nil {
				dw = &docWord{}
				d.words[sf.low[i]] = dw
			}
			dw.n++
			if e-s > 1 {
				if e-1 != i {
					last := sf.low[e-1]
					dw.add(mix2(fDoc, "last", last))
					if r.gaz.lookup(words[e-1])&(1<<gOrgWord) != 0 {
						dw.add(perceptron.Mix(fDoc, "lastorg"))
					}
				}
				if s != i {
					dw.add(mix2(fDoc, "first", sf.low[s]))
					if r.gaz.lookup(words[s])&(1<<gFirst|1<<gGiven) != 0 {
						dw.add(perceptron.Mix(fDoc, "firstgiven"))
					}
					if r.gaz.isTitle(words[s]) {
						dw.add(perceptron.Mix(fDoc, "firsttitle"))
					}
				}
			} else {
				dw.add(perceptron.Mix(fDoc, "alone"))
			}
			if s > 0 {
				dw.add(mix2(fDoc, "prev", sf.low[s-1]))
			}
			if e < n {
				dw.add(mix2(fDoc, "next", sf.low[e]))
			}
		}
	}
	for w, dw := range d.words {
		if dw.n < 2 {
			delete(d.words, w)
			continue
		}
		if lowerSeen[w] {
			dw.add(perceptron.Mix(fDoc, "lower"))
		}
		sort.Slice(dw.feats, func(i, j int) bool { return dw.feats[i] < dw.feats[j] })
	}
	if len(d.words) == 0 {
		return nil
	}
	return d
}

// docFeatures appends the document features of token i.
func (sf *sentFeats) docFeatures(f []uint64, i int) []uint64 {
	if sf.doc == nil || !isCapWord(sf.caps[i]) {
		return f
	}
	dw := sf.doc.words[sf.low[i]]
	if dw == nil {
		return f
	}
	n := dw.n
	if n > 4 {
		n = 4
	}
	f = append(f, perceptron.Mix(fDocN, digits[n]))
	return append(f, dw.feats...)
}

// docEntities recognises the names in the sentences of one document: each
// sentence is decoded with the document context (see newDocContext), then
// the names are made consistent across the document (see harmonise).
func (r *Recognizer) docEntities(sents [][]string) [][]entitySpan {
	dc := r.newDocContext(sents)
	out := make([][]entitySpan, len(sents))
	for i, words := range sents {
		out[i] = r.entities(words, dc)
	}
	harmonise(sents, out)
	return out
}

// harmonise makes the names found in one document consistent. A name
// written the same way several times takes the type given to most of its
// occurrences (the earliest type on ties). Then the occurrences of a found
// name that were missed are added, longest names first, when every word
// of the name is capitalised (or a joiner such as "of"), the occurrence
// overlaps no found name and no capitalised word continues it on either
// side.
func harmonise(sents [][]string, ents [][]entitySpan) {
	type tally struct {
		types  []string // in order of first occurrence
		counts []int
		words  []string
	}
	byKey := map[string]*tally{}
	var keys []string // in order of first occurrence
	for si, es := range ents {
		for _, e := range es {
			ws := sents[si][e.Start:e.End]
			k := strings.Join(ws, "\x00")
			t := byKey[k]
			if t == nil {
				t = &tally{words: ws}
				byKey[k] = t
				keys = append(keys, k)
			}
			j := slices.Index(t.types, e.Type)
			if j < 0 {
				t.types = append(t.types, e.Type)
				t.counts = append(t.counts, 0)
				j = len(t.types) - 1
			}
			t.counts[j]++
		}
	}
	best := make(map[string]string, len(byKey))
	for _, k := range keys {
		t := byKey[k]
		b := 0
		for j := range t.counts {
			if t.counts[j] > t.counts[b] {
				b = j
			}
		}
		best[k] = t.types[b]
	}
	for si, es := range ents {
		for j := range es {
			es[j].Type = best[strings.Join(sents[si][es[j].Start:es[j].End], "\x00")]
		}
	}
	type name struct {
		words []string
		typ   string
	}
	var names []name
	for _, k := range keys {
		ws := byKey[k].words
		ok := true
		for _, w := range ws {
			if !isCapWord(classify(w)) && !runJoiners[fold(w)] {
				ok = false
				break
			}
		}
		if ok && isCapWord(classify(ws[0])) {
			names = append(names, name{ws, best[k]})
		}
	}
	if len(names) == 0 {
		return
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].words) > len(names[j].words) })
	for si, words := range sents {
		added := false
		for _, nm := range names {
			n := len(nm.words)
			for i := 0; i+n <= len(words); i++ {
				if !slices.Equal(words[i:i+n], nm.words) {
					continue
				}
				if i > 0 && isCapWord(classify(words[i-1])) || i+n < len(words) && isCapWord(classify(words[i+n])) {
					continue
				}
				free := true
				for _, e := range ents[si] {
					if i < e.End && e.Start < i+n {
						free = false
						break
					}
				}
				if free {
					ents[si] = append(ents[si], entitySpan{i, i + n, nm.typ})
					added = true
				}
			}
		}
		if added {
			sort.Slice(ents[si], func(a, b int) bool { return ents[si][a].Start < ents[si][b].Start })
		}
	}
}
