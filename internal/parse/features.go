package parse

import (
	"unicode/utf8"

	"github.com/parley-news/parley/internal/learn/perceptron"
)

// Features are hashed: each token's form, tags and each label are hashed once
// per sentence (perceptron.Hash), and a template combines a template number
// with those hashes by multiply-xor mixing, so extraction allocates nothing.

const (
	k1 = 0x9E3779B97F4A7C15
	k2 = 0xC2B2AE3D27D4EB4F
	k3 = 0x165667B19E3779F9
)

func f1(t, a uint64) uint64       { return ((t * k1) ^ a) * k2 }
func f2(t, a, b uint64) uint64    { return ((((t * k1) ^ a) * k2) ^ b) * k3 }
func f3(t, a, b, c uint64) uint64 { return ((((((t * k1) ^ a) * k2) ^ b) * k3) ^ c) * k1 }
func f4(t, a, b, c, d uint64) uint64 {
	return ((((((((t * k1) ^ a) * k2) ^ b) * k3) ^ c) * k1) ^ d) * k2
}

var (
	hNone = perceptron.Hash("<none>")
	hRoot = perceptron.Hash("<root>")
)

// wordHash hashes a form lowercased, with every digit mapped to 0, without
// allocating (FNV-1a like perceptron.Hash).
func wordHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= '0' && r <= '9':
			r = '0'
		case r >= utf8.RuneSelf:
			r = toLower(r)
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		for j := 0; j < n; j++ {
			h ^= uint64(buf[j])
			h *= 1099511628211
		}
	}
	h ^= 0xff
	h *= 1099511628211
	return h
}

func toLower(r rune) rune {
	// Latin-1 and Latin Extended-A capitals are the only non-ASCII capitals
	// common in English news; other scripts are left as they are.
	switch {
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r >= 0x100 && r <= 0x17F && r%2 == 0:
		return r + 1
	}
	return r
}

// suffixHash hashes the last three characters of a lowercased form.
func suffixHash(s string) uint64 {
	n := 0
	i := len(s)
	for i > 0 && n < 3 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
	}
	return wordHash(s[i:]) ^ 0x5bd1e995
}

// punctBetween counts (up to 2) punctuation tokens strictly between a and b.
func (sc *scratch) punctBetween(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 3
	}
	if a > b {
		a, b = b, a
	}
	if b-a < 2 {
		return 0
	}
	n := sc.pc[b-1] - sc.pc[a]
	if n > 2 {
		n = 2
	}
	return uint64(n)
}

// edge tells whether a token is the first word, the last word, or neither.
func (sc *scratch) edge(i int32) uint64 {
	switch {
	case i < 0:
		return 3
	case i == 1:
		return 1
	case int(i) == sc.c.n:
		return 2
	}
	return 0
}

func at(a []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return a[i]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func capv(v int16) uint64 {
	if v > 5 {
		return 5
	}
	return uint64(v)
}

// transitionFeatures fills sc.feats for the current configuration, in the
// spirit of Zhang and Nivre (2011) adapted to arc-hybrid.
func (sc *scratch) transitionFeatures(lab []uint64) []uint64 {
	c := &sc.c
	W, P, U := sc.w, sc.p, sc.u
	s0, s1, s2 := c.s(0), c.s(1), c.s(2)
	b0, b1, b2 := c.buf(0), c.buf(1), c.buf(2)
	s0l, s0l2 := at(c.lc1, s0), at(c.lc2, s0)
	s0r, s0r2 := at(c.rc1, s0), at(c.rc2, s0)
	s1l := at(c.lc1, s1)
	s1r, s1r2 := at(c.rc1, s1), at(c.rc2, s1)
	b0l, b0l2 := at(c.lc1, b0), at(c.lc2, b0)
	L := func(x int32) uint64 {
		if x < 0 {
			return hNone
		}
		return lab[c.label[x]+1]
	}
	s0w, s0p, s0u := W[s0+1], P[s0+1], U[s0+1]
	s1w, s1p, s1u := W[s1+1], P[s1+1], U[s1+1]
	s2w, s2p := W[s2+1], P[s2+1]
	b0w, b0p, b0u := W[b0+1], P[b0+1], U[b0+1]
	b1w, b1p, b1u := W[b1+1], P[b1+1], U[b1+1]
	b2w, b2p := W[b2+1], P[b2+1]
	b0lw, b0ll, s0lw := W[b0l+1], L(b0l), W[s0l+1]
	var s0nl, s0nr, s1nl, s1nr, b0nl uint64
	var s0ls, s0rs, s1rs, b0ls uint64
	if s0 >= 0 {
		s0nl, s0nr, s0ls, s0rs = capv(c.nl[s0]), capv(c.nr[s0]), c.lset[s0], c.rset[s0]
	}
	if s1 >= 0 {
		s1nl, s1nr, s1rs = capv(c.nl[s1]), capv(c.nr[s1]), c.rset[s1]
	}
	if b0 >= 0 {
		b0nl, b0ls = capv(c.nl[b0]), c.lset[b0]
	}
	d := dist(s0, b0)
	d1 := dist(s1, s0)
	f := sc.feats[:0]
	f = append(f,
		f1(1, 0), // bias
		// single words
		f1(2, s0w), f1(3, s0p), f2(4, s0w, s0p),
		f1(5, s1w), f1(6, s1p), f2(7, s1w, s1p),
		f1(8, s2p), f1(9, s2w),
		f1(10, b0w), f1(11, b0p), f2(12, b0w, b0p),
		f1(13, b1w), f1(14, b1p), f2(15, b1w, b1p),
		f1(16, b2w), f1(17, b2p),
		f1(18, sc.suf[s0+1]), f1(19, sc.suf[b0+1]),
		// pairs
		f4(20, s0w, s0p, b0w, b0p), f3(21, s0w, s0p, b0w), f3(22, s0w, b0w, b0p),
		f3(23, s0w, s0p, b0p), f3(24, s0p, b0w, b0p), f2(25, s0w, b0w), f2(26, s0p, b0p),
		f2(27, b0p, b1p), f2(28, b0w, b1w), f3(29, b0w, b0p, b1p),
		f4(30, s1w, s1p, s0w, s0p), f2(31, s1w, s0w), f2(32, s1p, s0p),
		f3(33, s1w, s1p, s0p), f3(34, s1p, s0w, s0p), f3(35, s1w, s0w, b0w),
		// trigrams of tags
		f3(36, b0p, b1p, b2p), f3(37, s0p, b0p, b1p), f3(38, s1p, s0p, b0p),
		f3(39, s2p, s1p, s0p), f3(40, s0p, P[s0l+1], b0p), f3(41, s0p, P[s0r+1], b0p),
		f3(42, s0p, b0p, P[b0l+1]), f3(43, s1p, P[s1r+1], s0p), f3(44, s1p, P[s0l+1], s0p),
		f3(45, s1p, P[s0r+1], s0p), f4(46, s1p, s0p, b0p, b1p), f3(47, s2p, s1p, b0p),
		// distance
		f2(48, s0w, d), f2(49, s0p, d), f2(50, b0w, d), f2(51, b0p, d),
		f3(52, s0w, b0w, d), f3(53, s0p, b0p, d), f3(54, s1p, s0p, d1), f3(55, s1w, s0w, d1),
		f3(56, s1w, s0p, d1), f3(57, s1p, s0w, d1),
		// valency
		f2(58, s0w, s0nr), f2(59, s0p, s0nr), f2(60, s0w, s0nl), f2(61, s0p, s0nl),
		f2(62, s1w, s1nr), f2(63, s1p, s1nr), f2(64, s1p, s1nl), f2(65, b0w, b0nl), f2(66, b0p, b0nl),
		// children, first order
		f1(67, W[s0l+1]), f1(68, P[s0l+1]), f1(69, L(s0l)),
		f1(70, W[s0r+1]), f1(71, P[s0r+1]), f1(72, L(s0r)),
		f1(73, W[s1r+1]), f1(74, P[s1r+1]), f1(75, L(s1r)),
		f1(76, W[b0l+1]), f1(77, P[b0l+1]), f1(78, L(b0l)),
		f2(79, P[s1l+1], L(s1l)),
		// children, second order
		f1(80, W[s0l2+1]), f1(81, P[s0l2+1]), f1(82, L(s0l2)),
		f1(83, W[s0r2+1]), f1(84, P[s0r2+1]), f1(85, L(s0r2)),
		f1(86, W[b0l2+1]), f1(87, P[b0l2+1]), f1(88, L(b0l2)),
		f2(89, P[s1r2+1], L(s1r2)),
		f3(90, s0p, P[s0l+1], P[s0l2+1]), f3(91, s0p, P[s0r+1], P[s0r2+1]),
		f3(92, b0p, P[b0l+1], P[b0l2+1]), f3(93, s1p, P[s1r+1], P[s1r2+1]),
		f3(94, s0p, L(s0l), L(s0l2)), f3(95, s0p, L(s0r), L(s0r2)), f3(96, b0p, L(b0l), L(b0l2)),
		// label sets
		f2(97, s0w, s0rs), f2(98, s0p, s0rs), f2(99, s0w, s0ls), f2(100, s0p, s0ls),
		f2(101, b0w, b0ls), f2(102, b0p, b0ls), f2(103, s1w, s1rs), f2(104, s1p, s1rs),
		// universal tags
		f2(105, s0u, b0u), f2(106, s1u, s0u), f3(107, s1u, s0u, b0u), f3(108, s0u, b0u, b1u),
		f2(109, s0u, s0rs), f2(110, b0u, b0ls),
		// punctuation between the stack top and the buffer front, sentence edges
		f3(111, s0p, b0p, sc.punctBetween(s0, b0)), f3(112, s1p, s0p, sc.punctBetween(s1, s0)),
		f2(113, s0p, sc.edge(s0)), f2(114, b0p, sc.edge(b0)),
		f3(115, b1u, b1w, b1p),
		// The outermost left dependent of b0 (s0) is the preposition of a
		// prepositional phrase in UD, on which its attachment turns.
		f2(116, s0w, b0lw), f2(117, s0p, b0lw), f3(118, s0p, b0lw, b0p),
		f2(119, s1w, b0lw), f2(120, s1p, b0lw), f3(121, s1p, s0p, b0lw),
		f3(122, s1w, s0w, b0lw), f3(123, s1w, b0lw, b0w), f3(124, s0w, b0lw, b0w),
		f4(125, s1p, s0p, b0p, b0ll), f3(126, s0p, b0p, b0ll),
		f2(127, s1w, b0w), f2(128, s1p, b0w), f2(129, s1w, b0p), f3(130, s1p, b0p, b0lw),
		f3(131, s1p, b0p, dist(s1, b0)),
		f3(132, s1w, s0lw, s0w), f3(133, s1p, s0lw, s0p), f3(134, s1w, s0lw, s0p),
	)
	sc.feats = f
	return f
}

// labelFeatures fills sc.lfeats for labelling the arc h -> d about to be built.
func (sc *scratch) labelFeatures(lab []uint64, h, d int32) []uint64 {
	c := &sc.c
	W, P, U := sc.w, sc.p, sc.u
	dir := uint64(1)
	if h < d {
		dir = 2
	}
	hw, hp, hu := W[h+1], P[h+1], U[h+1]
	dw, dp, du := W[d+1], P[d+1], U[d+1]
	L := func(x int32) uint64 {
		if x < 0 {
			return hNone
		}
		return lab[c.label[x]+1]
	}
	dl, dl2, dr, dr2 := c.lc1[d], c.lc2[d], c.rc1[d], c.rc2[d]
	hl, hr := c.lc1[h], c.rc1[h]
	dd := dist(h, d)
	prev := func(i int32) int32 {
		if i <= 1 {
			return -1
		}
		return i - 1
	}
	next := func(i int32) int32 {
		if int(i) >= c.n {
			return -1
		}
		return i + 1
	}
	f := sc.lfeats[:0]
	f = append(f,
		f1(201, dir),
		f2(202, dir, dw), f2(203, dir, dp), f3(204, dir, dw, dp),
		f2(205, dir, hw), f2(206, dir, hp), f3(207, dir, hw, hp),
		f3(208, dir, hp, dp), f3(209, dir, hw, dp), f3(210, dir, hp, dw), f3(211, dir, hw, dw),
		f4(212, dir, hp, dp, dd), f3(213, dir, hu, du), f4(214, dir, hu, du, dd),
		f3(215, dir, dp, c.lset[d]), f3(216, dir, dp, c.rset[d]),
		f4(217, dir, dp, capv(c.nl[d]), capv(c.nr[d])),
		f3(218, dir, hp, c.lset[h]), f3(219, dir, hp, c.rset[h]),
		f3(220, dir, L(dl), L(dl2)), f3(221, dir, L(dr), L(dr2)),
		f3(222, dir, W[dl+1], dp), f3(223, dir, W[dr+1], dp), f3(224, dir, P[dl+1], dp),
		f3(225, dir, L(hl), hp), f3(226, dir, L(hr), hp),
		f3(227, dir, P[prev(d)+1], dp), f3(228, dir, P[next(d)+1], dp),
		f3(229, dir, P[prev(h)+1], hp), f3(230, dir, P[next(h)+1], hp),
		f3(231, dir, sc.suf[d+1], hp), f4(232, dir, hw, dp, c.lset[d]),
		f4(233, dir, du, c.lset[d], c.lset[h]),
	)
	sc.lfeats = f
	return f
}
