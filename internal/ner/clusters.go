package ner

import (
	"math"
	"math/rand/v2"
	"sort"
)

// ClusterOptions configure word clustering.
type ClusterOptions struct {
	MinCount int    // words seen fewer times get no cluster (default 3)
	MaxWords int    // at most this many words, the most frequent (default 40000)
	Contexts int    // context vocabulary: this many most frequent words (default 1500)
	Dims     int    // random-projection dimensions (default 128)
	Depth    int    // depth of the binary tree, i.e. bit-string length (default 16)
	Seed     uint64 // (default 1)
}

// Clusters derives word clusters from unlabelled sentences: every word
// (folded) is described by the positive pointwise mutual information of the
// words on its left and right, projected to a few dense dimensions, and the
// words are split recursively in two by spherical 2-means. A word's cluster
// is its path in that binary tree, a bit string whose prefixes are coarser
// clusters, the way Brown clusters are used. The result is deterministic.
func Clusters(sents [][]string, o ClusterOptions) map[string]string {
	if o.MinCount == 0 {
		o.MinCount = 3
	}
	if o.MaxWords == 0 {
		o.MaxWords = 40000
	}
	if o.Contexts == 0 {
		o.Contexts = 1500
	}
	if o.Dims == 0 {
		o.Dims = 128
	}
	if o.Depth == 0 {
		o.Depth = 16
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	freq := map[string]int{}
	folded := make([][]string, len(sents))
	for i, s := range sents {
		f := make([]string, len(s))
		for j, w := range s {
			f[j] = fold(w)
			freq[f[j]]++
		}
		folded[i] = f
	}
	type wc struct {
		w string
		n int
	}
	var words []wc
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
	for i := 0; i < len(words) && i < o.Contexts; i++ {
		ctxID[words[i].w] = i
	}
	const bos, eos = "<s>", "</s>"
	ctxID[bos] = len(ctxID)
	ctxID[eos] = len(ctxID)
	nCtx := len(ctxID)
	vocab := map[string]int{}
	var vwords []string
	for _, x := range words {
		if x.n < o.MinCount || len(vwords) >= o.MaxWords {
			break
		}
		vocab[x.w] = len(vwords)
		vwords = append(vwords, x.w)
	}
	if len(vwords) < 2 {
		return nil
	}
	// co-occurrence counts: left contexts in [0, nCtx), right in [nCtx, 2nCtx)
	counts := make([]map[int32]float32, len(vwords))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, 2*nCtx)
	total := 0.0
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
				ctxTotal[c]++
				total++
			}
			if c, ok := ctxID[r]; ok {
				counts[vi][int32(nCtx+c)]++
				ctxTotal[nCtx+c]++
				total++
			}
		}
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x636c7573))
	proj := make([]float32, 2*nCtx*o.Dims)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, len(vwords)*o.Dims)
	for vi := range vwords {
		wTotal := 0.0
		for _, n := range counts[vi] {
			wTotal += float64(n)
		}
		v := vecs[vi*o.Dims : (vi+1)*o.Dims]
		keys := make([]int32, 0, len(counts[vi]))
		for c := range counts[vi] {
			keys = append(keys, c)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, c := range keys {
			n := float64(counts[vi][c])
			pmi := math.Log(n * total / (wTotal * ctxTotal[c]))
			if pmi <= 0 {
				continue
			}
			p := proj[int(c)*o.Dims : (int(c)+1)*o.Dims]
			for d := range v {
				v[d] += float32(pmi) * p[d]
			}
		}
		normalise32(v)
	}
	paths := make([][]byte, len(vwords))
	idx := make([]int, len(vwords))
	for i := range idx {
		idx[i] = i
	}
	split(vecs, o.Dims, idx, paths, o.Depth)
	out := make(map[string]string, len(vwords))
	for i, w := range vwords {
		out[w] = string(paths[i])
	}
	return out
}

func normalise32(v []float32) {
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

// split divides the words idx in two by spherical 2-means, appends '0' or '1'
// to their paths, and recurses until depth runs out or a part is tiny.
func split(vecs []float32, dims int, idx []int, paths [][]byte, depth int) {
	if depth == 0 || len(idx) < 4 {
		return
	}
	vec := func(i int) []float32 { return vecs[i*dims : (i+1)*dims] }
	// seeds: the first word (the most frequent) and the word least like it
	c0 := append([]float32(nil), vec(idx[0])...)
	far, farSim := idx[len(idx)-1], float32(2)
	for _, i := range idx[1:] {
		if s := dot(vec(i), c0); s < farSim {
			far, farSim = i, s
		}
	}
	c1 := append([]float32(nil), vec(far)...)
	side := make([]bool, len(idx))
	for it := 0; it < 8; it++ {
		n0 := make([]float32, dims)
		n1 := make([]float32, dims)
		changed := false
		for k, i := range idx {
			v := vec(i)
			s := dot(v, c1) > dot(v, c0)
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
		normalise32(n0)
		normalise32(n1)
		c0, c1 = n0, n1
		if !changed && it > 0 {
			break
		}
	}
	var left, right []int
	for k, i := range idx {
		if side[k] {
			paths[i] = append(paths[i], '1')
			right = append(right, i)
		} else {
			paths[i] = append(paths[i], '0')
			left = append(left, i)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return
	}
	split(vecs, dims, left, paths, depth-1)
	split(vecs, dims, right, paths, depth-1)
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// capStats measures, for every folded word seen at least minCount times
// inside a sentence (not first, not after a full stop, colon, quote or
// bracket), how often it is capitalised there, in five buckets: 1 almost
// never (under 5%), 2 under 30%, 3 under 70%, 4 under 95%, 5 almost always.
// Names are nearly always capitalised mid-sentence, common words nearly
// never, so the bucket tells a sentence-initial "Kudos" from "Miramar" and
// a lower-case "france" from "france" the word it is not.
func capStats(sents [][]string, minCount int) map[string]uint8 {
	n := map[string]int{}
	c := map[string]int{}
	for _, s := range sents {
		for i := 1; i < len(s); i++ {
			if afterBreak[s[i-1]] || isPunct(s[i]) {
				continue
			}
			f := fold(s[i])
			n[f]++
			if hasUpper(prefix(s[i], 1)) {
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

var afterBreak = map[string]bool{".": true, "!": true, "?": true, ":": true, ";": true, "\"": true, "“": true, "”": true,
	"‘": true, "'": true, "(": true, "[": true, "-": true, "--": true, "—": true, "–": true, "...": true, "…": true, "|": true}
