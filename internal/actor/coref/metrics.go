// Package coref evaluates actor resolution as coreference and entity
// linking on GUM (../shared/data/gum): the CoNLL F1 (mean of MUC, B³ and
// CEAF-e) over person, organisation and place entities, and the accuracy of
// the knowledge-base ids given to mentions of the entities GUM links to
// Wikipedia and our knowledge base covers.
package coref

// A clustering is a partition of mention keys (ints) into entities.
type clustering [][]int

// counts holds the numerators and denominators of one metric.
type counts struct{ rNum, rDen, pNum, pDen float64 }

func (c *counts) add(o counts) {
	c.rNum += o.rNum
	c.rDen += o.rDen
	c.pNum += o.pNum
	c.pDen += o.pDen
}

func (c counts) recall() float64 {
	if c.rDen == 0 {
		return 0
	}
	return c.rNum / c.rDen
}

func (c counts) precision() float64 {
	if c.pDen == 0 {
		return 0
	}
	return c.pNum / c.pDen
}

func (c counts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func index(cl clustering) map[int]int {
	m := map[int]int{}
	for i, c := range cl {
		for _, x := range c {
			m[x] = i
		}
	}
	return m
}

// mucSide returns Σ(|K| − p(K)) and Σ(|K| − 1) over the clusters K of key,
// p(K) being the number of parts response splits K into (mentions missing
// from response are parts of their own).
func mucSide(key, response clustering) (num, den float64) {
	ri := index(response)
	for _, k := range key {
		parts := map[int]bool{}
		missing := 0
		for _, x := range k {
			if c, ok := ri[x]; ok {
				parts[c] = true
			} else {
				missing++
			}
		}
		num += float64(len(k) - len(parts) - missing)
		den += float64(len(k) - 1)
	}
	return
}

// muc is the link-based MUC metric (Vilain et al. 1995).
func muc(gold, sys clustering) counts {
	rn, rd := mucSide(gold, sys)
	pn, pd := mucSide(sys, gold)
	return counts{rn, rd, pn, pd}
}

// b3Side returns Σ over mentions of key of |K ∩ R(m)| / |K|, and the
// number of mentions.
func b3Side(key, response clustering) (num, den float64) {
	ri := index(response)
	for _, k := range key {
		overlap := map[int]int{}
		for _, x := range k {
			if c, ok := ri[x]; ok {
				overlap[c]++
			}
		}
		for _, x := range k {
			if c, ok := ri[x]; ok {
				num += float64(overlap[c]) / float64(len(k))
			}
		}
		den += float64(len(k))
	}
	return
}

// b3 is the mention-based B³ metric (Bagga and Baldwin 1998).
func b3(gold, sys clustering) counts {
	rn, rd := b3Side(gold, sys)
	pn, pd := b3Side(sys, gold)
	return counts{rn, rd, pn, pd}
}

// ceafe is the entity-based CEAF with φ4 similarity (Luo 2005): the best
// one-to-one alignment of gold and system entities.
func ceafe(gold, sys clustering) counts {
	if len(gold) == 0 || len(sys) == 0 {
		return counts{0, float64(len(gold)), 0, float64(len(sys))}
	}
	si := index(sys)
	sim := make([][]float64, len(gold))
	for i, g := range gold {
		sim[i] = make([]float64, len(sys))
		common := map[int]int{}
		for _, x := range g {
			if c, ok := si[x]; ok {
				common[c]++
			}
		}
		for c, n := range common {
			sim[i][c] = 2 * float64(n) / float64(len(g)+len(sys[c]))
		}
	}
	total := maxAssignment(sim)
	return counts{total, float64(len(gold)), total, float64(len(sys))}
}

// maxAssignment returns the largest total weight of a one-to-one matching
// of rows to columns (Hungarian algorithm on the negated, squared-up
// matrix).
func maxAssignment(w [][]float64) float64 {
	n := len(w)
	m := len(w[0])
	size := max(n, m)
	// cost = maxw - w, padded with maxw (zero weight)
	maxw := 0.0
	for _, row := range w {
		for _, x := range row {
			maxw = max(maxw, x)
		}
	}
	cost := make([][]float64, size+1)
	for i := range cost {
		cost[i] = make([]float64, size+1)
	}
	for i := 1; i <= size; i++ {
		for j := 1; j <= size; j++ {
			x := 0.0
			if i <= n && j <= m {
				x = w[i-1][j-1]
			}
			cost[i][j] = maxw - x
		}
	}
	const inf = 1e18
	u := make([]float64, size+1)
	v := make([]float64, size+1)
	p := make([]int, size+1)
	way := make([]int, size+1)
	for i := 1; i <= size; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, size+1)
		used := make([]bool, size+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= size; j++ {
				if used[j] {
					continue
				}
				cur := cost[i0][j] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= size; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	total := 0.0
	for j := 1; j <= size; j++ {
		if i := p[j]; i >= 1 && i <= n && j <= m {
			total += w[i-1][j-1]
		}
	}
	return total
}

// dropSingletons removes clusters of one mention.
func dropSingletons(cl clustering) clustering {
	var out clustering
	for _, c := range cl {
		if len(c) > 1 {
			out = append(out, c)
		}
	}
	return out
}
