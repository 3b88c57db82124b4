package tag

import (
	"math"
	"math/rand/v2"
	"sort"
	"unicode"
	"unicode/utf8"
)

// Word clusters and capitalisation statistics learned from unlabelled
// text. A word's cluster is its path in a binary tree built by recursive
// spherical 2-means (each split seeded by the principal direction) over
// the distributional vectors of the words: counts of their left and right
// neighbours among the most frequent words, Hellinger-weighted (square root
// of the conditional probability) and randomly projected to a few dense
// dimensions. Prefixes of the path are coarser clusters, the way
// Brown clusters are used. The capitalisation bucket says how often a word
// is capitalised where capitalisation is not forced (not sentence-initial,
// not after a break): proper names almost always, common words almost
// never.

// clusterOptions configures learnWordInfo.
type clusterOptions struct {
	minCount int    // words seen fewer times get no cluster
	maxWords int    // at most this many words, the most frequent
	contexts int    // context vocabulary: this many most frequent words
	dims     int    // random-projection dimensions
	depth    int    // depth of the tree, at most 15
	seed     uint64 // projection seed
}

var defaultClusterOptions = clusterOptions{minCount: 3, maxWords: 50000, contexts: 300, dims: 128, depth: 14, seed: 1}

// wordInfo is what the tagger knows of a word from unlabelled text.
type wordInfo struct {
	path uint16 // cluster path with a leading 1 bit (0 = no cluster)
	cap  uint8  // capitalisation bucket (0 = unknown)
}

// clusterKey folds a word for the cluster table: lowercase, quotes
// normalised, every digit 0.
func clusterKey(w string) string {
	l := lower(normalise(w))
	for i := 0; i < len(l); i++ {
		if l[i] >= '1' && l[i] <= '9' {
			b := []byte(l)
			for j := i; j < len(b); j++ {
				if b[j] >= '1' && b[j] <= '9' {
					b[j] = '0'
				}
			}
			return string(b)
		}
	}
	return l
}

// learnWordInfo builds the cluster table from unlabelled sentences. The
// result is deterministic.
func learnWordInfo(sents [][]string, o clusterOptions) map[string]wordInfo {
	freq := map[string]int{}
	folded := make([][]string, len(sents))
	for i, s := range sents {
		f := make([]string, len(s))
		for j, w := range s {
			f[j] = clusterKey(w)
			freq[f[j]]++
		}
		folded[i] = f
	}
	type wc struct {
		w string
		n int
	}
	words := make([]wc, 0, len(freq))
	for w, n := range freq {
		words = append(words, wc{w, n})
	}
	sort.Slice(words, func(i, j int) bool {
		if words[i].n != words[j].n {
			return words[i].n > words[j].n
		}
		return words[i].w < words[j].w
	})
	ctxID := map[string]int{}
	for i := 0; i < len(words) && i < o.contexts; i++ {
		ctxID[words[i].w] = i
	}
	const bos, eos = "\x00<s>", "\x00</s>"
	ctxID[bos] = len(ctxID)
	ctxID[eos] = len(ctxID)
	nCtx := len(ctxID)
	vocab := map[string]int{}
	var vwords []string
	for _, x := range words {
		if x.n < o.minCount || len(vwords) >= o.maxWords {
			break
		}
		vocab[x.w] = len(vwords)
		vwords = append(vwords, x.w)
	}
	out := map[string]wordInfo{}
	if len(vwords) >= 2 {
		paths := clusterPaths(folded, vocab, len(vwords), ctxID, nCtx, bos, eos, o)
		for i, w := range vwords {
			out[w] = wordInfo{path: paths[i]}
		}
	}
	for w, b := range capBuckets(sents, o.minCount) {
		wi := out[w]
		wi.cap = b
		out[w] = wi
	}
	return out
}

func clusterPaths(folded [][]string, vocab map[string]int, nWords int, ctxID map[string]int, nCtx int, bos, eos string, o clusterOptions) []uint16 {
	// co-occurrence counts: left contexts in [0, nCtx), right in [nCtx, 2nCtx)
	counts := make([]map[int32]float32, nWords)
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	for _, s := range folded {
		for j, w := range s {
			vi, ok := vocab[w]
			if !ok {
				continue
			}
			l, r := bos, eos
			if j > 0 {
				l = s[j-1]
			}
			if j+1 < len(s) {
				r = s[j+1]
			}
			if c, ok := ctxID[l]; ok {
				counts[vi][int32(c)]++
			}
			if c, ok := ctxID[r]; ok {
				counts[vi][int32(nCtx+c)]++
			}
		}
	}
	rng := rand.New(rand.NewPCG(o.seed, 0x636c7573))
	proj := make([]float32, 2*nCtx*o.dims)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, nWords*o.dims)
	keys := []int32{}
	for vi := 0; vi < nWords; vi++ {
		wTotal := 0.0
		for _, n := range counts[vi] {
			wTotal += float64(n)
		}
		v := vecs[vi*o.dims : (vi+1)*o.dims]
		keys = keys[:0]
		for c := range counts[vi] {
			keys = append(keys, c)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, c := range keys {
			// Hellinger weighting (square root of P(context | word)):
			// robust for the rare words that most need a cluster.
			wt := math.Sqrt(float64(counts[vi][c]) / wTotal)
			p := proj[int(c)*o.dims : (int(c)+1)*o.dims]
			for d := range v {
				v[d] += float32(wt) * p[d]
			}
		}
		unit(v)
	}
	paths := make([]uint16, nWords)
	idx := make([]int, nWords)
	for i := range idx {
		idx[i] = i
		paths[i] = 1
	}
	split2(vecs, o.dims, idx, paths, min(o.depth, 15))
	return paths
}

func unit(v []float32) {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// split2 divides the words idx in two by spherical 2-means, appends a bit
// to their paths, and recurses until depth runs out or a part is tiny.
func split2(vecs []float32, dims int, idx []int, paths []uint16, depth int) {
	if depth == 0 || len(idx) < 4 {
		return
	}
	vec := func(i int) []float32 { return vecs[i*dims : (i+1)*dims] }
	// Initial split: the sign of each word's projection on the principal
	// direction of the (centred) group, found by power iteration; then
	// spherical 2-means refines it.
	mean := make([]float32, dims)
	for _, i := range idx {
		for d, x := range vec(i) {
			mean[d] += x
		}
	}
	for d := range mean {
		mean[d] /= float32(len(idx))
	}
	dir := make([]float32, dims)
	for d := range dir {
		dir[d] = float32(d%7) - 3 + 0.5
	}
	unit(dir)
	next := make([]float32, dims)
	cen := make([]float32, dims)
	for it := 0; it < 12; it++ {
		clear(next)
		for _, i := range idx {
			v := vec(i)
			for d := range v {
				cen[d] = v[d] - mean[d]
			}
			p := dot32(cen, dir)
			for d := range cen {
				next[d] += p * cen[d]
			}
		}
		unit(next)
		dir, next = next, dir
	}
	c0 := make([]float32, dims)
	c1 := make([]float32, dims)
	for _, i := range idx {
		v := vec(i)
		for d := range v {
			cen[d] = v[d] - mean[d]
		}
		tgt := c0
		if dot32(cen, dir) > 0 {
			tgt = c1
		}
		for d := range v {
			tgt[d] += v[d]
		}
	}
	unit(c0)
	unit(c1)
	side := make([]bool, len(idx))
	n0 := make([]float32, dims)
	n1 := make([]float32, dims)
	for it := 0; it < 10; it++ {
		clear(n0)
		clear(n1)
		changed := false
		for k, i := range idx {
			v := vec(i)
			s := dot32(v, c1) > dot32(v, c0)
			if s != side[k] {
				changed = true
			}
			side[k] = s
			tgt := n0
			if s {
				tgt = n1
			}
			for d := range v {
				tgt[d] += v[d]
			}
		}
		unit(n0)
		unit(n1)
		c0, n0 = n0, c0
		c1, n1 = n1, c1
		if !changed && it > 0 {
			break
		}
	}
	var left, right []int
	for k, i := range idx {
		paths[i] <<= 1
		if side[k] {
			paths[i] |= 1
			right = append(right, i)
		} else {
			left = append(left, i)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return
	}
	split2(vecs, dims, left, paths, depth-1)
	split2(vecs, dims, right, paths, depth-1)
}

func dot32(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// capBuckets measures, for every folded word seen at least minCount times
// where its case is free (not first in the sentence, not after a break),
// how often it is capitalised: 1 under 5%, 2 under 30%, 3 under 70%, 4
// under 95%, 5 more.
func capBuckets(sents [][]string, minCount int) map[string]uint8 {
	n := map[string]int{}
	c := map[string]int{}
	for _, s := range sents {
		for i := 1; i < len(s); i++ {
			if breakBefore(s[i-1]) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[i])
			if !unicode.IsLetter(r) {
				continue
			}
			f := clusterKey(s[i])
			n[f]++
			if unicode.IsUpper(r) {
				c[f]++
			}
		}
	}
	out := map[string]uint8{}
	for w, k := range n {
		if k < minCount {
			continue
		}
		r := float64(c[w]) / float64(k)
		var b uint8
		switch {
		case r < 0.05:
			b = 1
		case r < 0.3:
			b = 2
		case r < 0.7:
			b = 3
		case r < 0.95:
			b = 4
		default:
			b = 5
		}
		out[w] = b
	}
	return out
}

// breakBefore reports whether a word after w may be capitalised for reasons
// other than itself (a sentence or quote boundary, a bracket, a dash).
func breakBefore(w string) bool {
	switch normalise(w) {
	case ".", "!", "?", ":", ";", "\"", "'", "(", "[", "-", "--", "—", "–", "...", "…", "|", "*", ">":
		return true
	}
	return false
}
