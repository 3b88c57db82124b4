package ner

// Entity classes the sequence model learns. PLACE covers both GPE and LOC:
// no training corpus we may use separates them consistently, so the model
// finds place names and placeType decides GPE or LOC from the gazetteers
// and the name's head word (see placeType).
const (
	cPER = iota
	cORG
	cPLACE
	cNORP
	nClassTypes
)

var classNames = [nClassTypes]string{"PER", "ORG", "PLACE", "NORP"}

// BILOU tags: 0 is O; type t has B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t.
const (
	tagO    = 0
	nTags   = 1 + 4*nClassTypes
	posB    = 0
	posI    = 1
	posL    = 2
	posU    = 3
	tagMask = uint32(1)<<nTags - 1
)

func tagOf(class, pos int) int { return 1 + 4*class + pos }

// tagClass returns the entity class of a tag (-1 for O) and its position.
func tagClass(t int) (class, pos int) {
	if t == tagO {
		return -1, -1
	}
	return (t - 1) / 4, (t - 1) % 4
}

var tagNames = func() [nTags]string {
	var n [nTags]string
	n[0] = "O"
	for c := 0; c < nClassTypes; c++ {
		for p, s := range []string{"B", "I", "L", "U"} {
			n[tagOf(c, p)] = s + "-" + classNames[c]
		}
	}
	return n
}()

// allowedTrans reports whether tag b may follow tag a under BILOU; a == -1
// is the sentence start.
func allowedTrans(a, b int) bool {
	bc, bp := tagClass(b)
	open := false // does a leave an entity open?
	ac, ap := -1, -1
	if a >= 0 {
		ac, ap = tagClass(a)
		open = ac >= 0 && (ap == posB || ap == posI)
	}
	if open {
		return bc == ac && (bp == posI || bp == posL)
	}
	return bc < 0 || bp == posB || bp == posU
}

// allowedEnd reports whether a sentence may end on tag a.
func allowedEnd(a int) bool {
	c, p := tagClass(a)
	return c < 0 || p == posL || p == posU
}

// Masks over tags, used for (partial) supervision.
func classMask(class int) uint32 {
	var m uint32
	for p := 0; p < 4; p++ {
		m |= 1 << tagOf(class, p)
	}
	return m
}

// spanMask returns the tags a token at position k of an n-token span of one
// of the classes in classes may take.
func spanMask(classes []int, k, n int) uint32 {
	var m uint32
	for _, c := range classes {
		switch {
		case n == 1:
			m |= 1 << tagOf(c, posU)
		case k == 0:
			m |= 1 << tagOf(c, posB)
		case k == n-1:
			m |= 1 << tagOf(c, posL)
		default:
			m |= 1 << tagOf(c, posI)
		}
	}
	return m
}
