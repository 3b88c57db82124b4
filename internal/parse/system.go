package parse

// The transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the artificial root at the bottom of the stack:
//
//	SHIFT  moves the buffer front b0 onto the stack;
//	LEFT   makes b0 the head of the stack top s0 and pops s0;
//	RIGHT  makes s1 the head of s0 and pops s0.
//
// RIGHT with s1 = root is only allowed once the buffer is empty, so every
// parse is a tree with exactly one word attached to the root. Word indices
// are 1-based; 0 is the root.

const (
	actShift = iota
	actLeft
	actRight
	nActs
)

// config is a parser configuration plus the partial tree built so far and the
// bookkeeping the features need (extreme children, valency, label sets).
type config struct {
	n     int
	stack []int32
	b     int32 // buffer front; the buffer is b..n and empty when b > n
	head  []int32
	label []int16
	// leftmost, second leftmost, rightmost and second rightmost dependents
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int16  // number of left and right dependents
	lset, rset         []uint64 // bit sets of the labels of left and right dependents
	inStack            []bool
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func grow16(s []int16, n int) []int16 {
	if cap(s) < n {
		return make([]int16, n)
	}
	return s[:n]
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}

// reset prepares the initial configuration for a sentence of n words.
func (c *config) reset(n int) {
	c.n = n
	m := n + 1
	c.head = grow32(c.head, m)
	c.label = grow16(c.label, m)
	c.lc1 = grow32(c.lc1, m)
	c.lc2 = grow32(c.lc2, m)
	c.rc1 = grow32(c.rc1, m)
	c.rc2 = grow32(c.rc2, m)
	c.nl = grow16(c.nl, m)
	c.nr = grow16(c.nr, m)
	c.lset = grow64(c.lset, m)
	c.rset = grow64(c.rset, m)
	if cap(c.inStack) < m {
		c.inStack = make([]bool, m)
	}
	c.inStack = c.inStack[:m]
	for i := 0; i < m; i++ {
		c.head[i] = -1
		c.label[i] = -1
		c.lc1[i], c.lc2[i], c.rc1[i], c.rc2[i] = -1, -1, -1, -1
		c.nl[i], c.nr[i] = 0, 0
		c.lset[i], c.rset[i] = 0, 0
		c.inStack[i] = false
	}
	if cap(c.stack) < m {
		c.stack = make([]int32, 0, m)
	}
	c.stack = append(c.stack[:0], 0)
	c.inStack[0] = true
	c.b = 1
}

func (c *config) terminal() bool { return int(c.b) > c.n && len(c.stack) == 1 }

// s returns the i-th stack item from the top (0 = top), or -1.
func (c *config) s(i int) int32 {
	if i < len(c.stack) {
		return c.stack[len(c.stack)-1-i]
	}
	return -1
}

// buf returns the i-th buffer item (0 = front), or -1.
func (c *config) buf(i int) int32 {
	if j := int(c.b) + i; j <= c.n {
		return int32(j)
	}
	return -1
}

// legal reports which transitions are allowed.
func (c *config) legal() (ok [nActs]bool) {
	bufOK := int(c.b) <= c.n
	ns := len(c.stack)
	ok[actShift] = bufOK
	ok[actLeft] = bufOK && ns >= 2 // s0 is a word, not the root
	ok[actRight] = ns >= 2 && (c.stack[ns-2] != 0 || !bufOK)
	return ok
}

// apply performs transition a; for LEFT and RIGHT, l is the arc label.
func (c *config) apply(a int, l int16) {
	switch a {
	case actShift:
		c.stack = append(c.stack, c.b)
		c.inStack[c.b] = true
		c.b++
	case actLeft:
		d := c.pop()
		c.addArc(c.b, d, l)
	case actRight:
		d := c.pop()
		c.addArc(c.stack[len(c.stack)-1], d, l)
	}
}

func (c *config) pop() int32 {
	d := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	c.inStack[d] = false
	return d
}

// arcOf returns the head and dependent transition a would link.
func (c *config) arcOf(a int) (h, d int32) {
	d = c.stack[len(c.stack)-1]
	if a == actLeft {
		return c.b, d
	}
	return c.stack[len(c.stack)-2], d
}

func (c *config) addArc(h, d int32, l int16) {
	c.head[d] = h
	c.label[d] = l
	bit := uint64(1) << (uint(l) & 63)
	if d < h { // in arc-hybrid a new dependent is always the outermost so far
		c.lc2[h] = c.lc1[h]
		c.lc1[h] = d
		c.nl[h]++
		c.lset[h] |= bit
	} else {
		c.rc2[h] = c.rc1[h]
		c.rc1[h] = d
		c.nr[h]++
		c.rset[h] |= bit
	}
}

// gold is a (projective) gold tree with its dependents listed per head, for
// the dynamic oracle.
type gold struct {
	head  []int32   // 1-based, head[0] unused
	label []int16   // label ids
	kids  [][]int32 // dependents of each word, 0 included
}

func newGold(heads []int32, labels []int16) *gold {
	g := &gold{head: heads, label: labels, kids: make([][]int32, len(heads))}
	for d := 1; d < len(heads); d++ {
		h := heads[d]
		g.kids[h] = append(g.kids[h], int32(d))
	}
	return g
}

// costs returns, for every legal transition, how many gold arcs it makes
// unreachable (Goldberg and Nivre 2013); illegal ones get a large cost. The
// costs are exact for projective gold trees.
func (c *config) costs(g *gold) (cost [nActs]int) {
	ok := c.legal()
	const never = 1 << 20
	s0 := c.s(0)
	s1 := c.s(1)
	b0 := c.b
	inBuf := func(x int32) bool { return x >= c.b && x != 0 }
	kidsInBuf := func(x int32) int {
		n := 0
		for _, k := range g.kids[x] {
			if k >= c.b {
				n++
			}
		}
		return n
	}
	for a := 0; a < nActs; a++ {
		if !ok[a] {
			cost[a] = never
			continue
		}
		switch a {
		case actShift:
			n := 0
			if h := g.head[b0]; h != s0 && c.inStack[h] {
				n++
			}
			for _, k := range g.kids[b0] {
				if c.inStack[k] {
					n++
				}
			}
			cost[a] = n
		case actLeft:
			n := kidsInBuf(s0)
			if h := g.head[s0]; h != b0 && (h == s1 || inBuf(h)) {
				n++
			}
			cost[a] = n
		case actRight:
			n := kidsInBuf(s0)
			if h := g.head[s0]; h != s1 && inBuf(h) {
				n++
			}
			cost[a] = n
		}
	}
	return cost
}

// projectivize lifts non-projective arcs (shortest first) to the head's head
// until the tree is projective, so the oracle can reproduce it. heads is
// 1-based with heads[0] unused; it is modified in place. It reports how many
// arcs were lifted.
func projectivize(heads []int32) int {
	lifted := 0
	for {
		best, bestLen := -1, 1<<30
		for d := 1; d < len(heads); d++ {
			h := int(heads[d])
			if nonProjective(heads, h, d) {
				if l := abs(h - d); l < bestLen {
					best, bestLen = d, l
				}
			}
		}
		if best < 0 {
			return lifted
		}
		heads[best] = heads[heads[best]]
		lifted++
	}
}

// nonProjective reports whether the arc h -> d spans a word that h does not dominate.
func nonProjective(heads []int32, h, d int) bool {
	lo, hi := h, d
	if lo > hi {
		lo, hi = hi, lo
	}
	for k := lo + 1; k < hi; k++ {
		x := k
		for x != h && x != 0 {
			x = int(heads[x])
		}
		if x != h {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
