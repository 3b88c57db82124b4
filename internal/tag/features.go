package tag

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/learn/perceptron"
)

// Feature templates. Each feature is the hash of a template id and a value
// hash; the ids are part of the model format, so never renumber them.
const (
	tBias  uint64 = iota + 1
	tWord         // raw form
	tLower        // lowercased, quote-normalised form
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tShape
	tFlags
	tInit // sentence-initial, with capitalisation
	tLowerM1
	tLowerM2
	tLowerP1
	tLowerP2
	tSuf3M1
	tSuf3P1
	tAmb0
	tAmbP1
	tAmbP2
	tBigramM1 // lower[i-1] + lower[i]
	tBigramP1 // lower[i] + lower[i+1]
	tShapeP1
	tShapeM1
	// dynamic (history) templates
	tTagM1
	tTagM2
	tTagM1M2
	tTagM1Lower
	tTagM1AmbP1
	tTagM1Suf3
	// experimental
	tTitle        // sentence title-cased, with word capitalisation
	tSuf3Cap      // suffix3 with capitalisation flags
	tAmbM1        // ambiguity class of previous word
	tAmb0P1       // amb[i] + amb[i+1]
	tLowerM1Suf3  // lower[i-1] + suf3[i]
	tTagM1LowerP1 // tag[i-1] + lower[i+1]
	tSuf3P2
	tHyphenLast // last part of a hyphenated word
	tAmbM1Amb0
	tLowerP1P2
	tSuf2P1
	tPrevTitle
)

// Templates of the word-cluster and capitalisation groups.
const (
	tClu4 uint64 = iota + 60
	tClu6
	tClu10
	tCluFull
	tCluM1
	tCluP1
	tCluM1P6
	tCluP1P6
	tCluM2P6
	tCluP2P6
	tCluCap
	tTagM1Clu
	tCap
	tCapP1
	tCapM1
)

// A feature set (Tagger.fs, stored in the model) selects the optional
// templates: bit k enables template tTitle+k; the fs* bits enable groups.
const (
	fsClusters uint64 = 1 << 32 // word-cluster templates
	fsCap      uint64 = 1 << 33 // capitalisation-statistics templates
	fsReverse  uint64 = 1 << 34 // the first of two passes runs right to left
)

// bit is the feature-set bit of an optional template.
func bit(tmpl uint64) uint64 { return 1 << (tmpl - tTitle) }

// nDynamic is the number of history features appended to each position.
const nDynamic = 6

// boundary value hashes for positions outside the sentence.
var (
	hStart = perceptron.Hash("<S>")
	hEnd   = perceptron.Hash("</S>")
	hNone  = perceptron.Hash("<none>")
)

// fmix is the 64-bit finaliser of MurmurHash3: a cheap, well-mixing way to
// combine a template id with precomputed value hashes.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func feat(tmpl, v uint64) uint64 { return fmix(tmpl*0x9E3779B97F4A7C15 ^ v) }

func feat2(tmpl, a, b uint64) uint64 {
	return fmix(tmpl*0x9E3779B97F4A7C15 ^ a ^ (b<<31|b>>33)*0xC2B2AE3D27D4EB4F)
}

// token holds the per-token values that features of it and of its
// neighbours use, computed once per sentence.
type token struct {
	raw   string
	lower string
	hW    uint64 // raw form
	hL    uint64 // lowercased form
	hS3   uint64 // 3-character suffix of lower
	hAmb  uint64 // ambiguity class of the word, hNone when unknown
	hSh   uint64 // shape
	hS2   uint64
	flags uint64
	dict  int32  // label forced by the tag dictionary, or -1
	clu   uint16 // cluster path with a leading 1 bit, 0 = none
	cap   uint8  // capitalisation bucket, 0 = unknown
}

// cluPrefix returns the first k bits of a cluster path (still with its
// leading 1 bit), or the whole path when it is shorter.
func cluPrefix(p uint16, k int) uint64 {
	n := bits.Len16(p) - 1
	if n <= k {
		return uint64(p)
	}
	return uint64(p >> (n - k))
}

// normalise maps typographic quotes and apostrophes to their ASCII forms, so
// that "n’t" and "n't" share features.
func normalise(w string) string {
	if !strings.ContainsAny(w, "’‘“”") {
		return w
	}
	return quotes.Replace(w)
}

var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// lower lowercases s without allocating when it is already lowercase ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// shape maps letters to X/x, digits to d and keeps other characters,
// collapsing runs of the same class: "Ankara" → "Xx", "U.S." → "X.X.",
// "1,000" → "d,d".
func shape(s string) string {
	var b [24]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case r < 0x80 && 'A' <= r && r <= 'Z':
			c = 'X'
		case r < 0x80 && 'a' <= r && r <= 'z':
			c = 'x'
		case r < 0x80 && '0' <= r && r <= '9':
			c = 'd'
		case r < 0x80:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

const (
	fDigit = 1 << iota
	fHyphen
	fUpperInit
	fAllUpper
	fHasUpper
	fNoLetter
	fPeriod
)

func wordFlags(s string) uint64 {
	var f uint64
	letters, uppers := 0, 0
	for i, r := range s {
		switch {
		case unicode.IsDigit(r):
			f |= fDigit
		case r == '-':
			f |= fHyphen
		case r == '.':
			f |= fPeriod
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
				f |= fHasUpper
				if i == 0 {
					f |= fUpperInit
				}
			}
		}
	}
	if letters == 0 {
		f |= fNoLetter
	} else if uppers == letters && letters > 1 {
		f |= fAllUpper
	}
	return f
}

// suffix returns the last k runes of s (all of s when shorter).
func suffix(s string, k int) string {
	i := len(s)
	for ; k > 0 && i > 0; k-- {
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return s[i:]
}

// prefix returns the first k runes of s (all of s when shorter).
func prefix(s string, k int) string {
	i := 0
	for ; k > 0 && i < len(s); k-- {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return s[:i]
}

// prepare fills toks for the words of one sentence.
func (t *Tagger) prepare(words []string, toks []token) {
	for i, w := range words {
		n := normalise(w)
		l := lower(n)
		tk := &toks[i]
		*tk = token{raw: w, lower: l, dict: -1}
		tk.hW = perceptron.Hash(w)
		tk.hL = perceptron.Hash(l)
		tk.hS3 = perceptron.Hash(suffix(l, 3))
		tk.hSh = perceptron.Hash(shape(w))
		tk.hS2 = perceptron.Hash(suffix(l, 2))
		tk.flags = wordFlags(w)
		tk.hAmb = hNone
		if a, ok := t.amb[l]; ok {
			tk.hAmb = a
		}
		if lab, ok := t.dict[n]; ok {
			tk.dict = lab
		}
		if len(t.words) > 0 {
			wi := t.words[clusterKey(w)]
			tk.clu, tk.cap = wi.path, wi.cap
		}
	}
}

// static appends the features of position i that do not depend on
// predicted tags.
func static(fs uint64, toks []token, i int, dst []uint64) []uint64 {
	tk := &toks[i]
	get := func(j int) (hL, hS3, hAmb, hSh uint64) {
		switch {
		case j < 0:
			return hStart, hStart, hStart, hStart
		case j >= len(toks):
			return hEnd, hEnd, hEnd, hEnd
		}
		o := &toks[j]
		return o.hL, o.hS3, o.hAmb, o.hSh
	}
	dst = append(dst,
		feat(tBias, 0),
		feat(tWord, tk.hW),
		feat(tLower, tk.hL),
		feat(tShape, tk.hSh),
		feat(tFlags, tk.flags),
		feat(tAmb0, tk.hAmb),
	)
	l := tk.lower
	for k := 1; k <= 4; k++ {
		p := prefix(l, k)
		dst = append(dst, feat(tPre1+uint64(k-1), perceptron.Hash(p)))
		s := suffix(l, k)
		if k == 3 {
			dst = append(dst, feat(tSuf3, tk.hS3))
		} else {
			dst = append(dst, feat(tSuf1+uint64(k-1), perceptron.Hash(s)))
		}
		if len(p) == len(l) {
			break
		}
	}
	if i == 0 {
		dst = append(dst, feat(tInit, tk.flags&(fUpperInit|fAllUpper)+1))
	}
	m1L, m1S3, _, m1Sh := get(i - 1)
	m2L, _, _, _ := get(i - 2)
	p1L, p1S3, p1Amb, p1Sh := get(i + 1)
	p2L, _, p2Amb, _ := get(i + 2)
	dst = append(dst,
		feat(tLowerM1, m1L),
		feat(tLowerM2, m2L),
		feat(tLowerP1, p1L),
		feat(tLowerP2, p2L),
		feat(tSuf3M1, m1S3),
		feat(tSuf3P1, p1S3),
		feat(tAmbP1, p1Amb),
		feat(tAmbP2, p2Amb),
		feat2(tBigramM1, m1L, tk.hL),
		feat2(tBigramP1, tk.hL, p1L),
		feat(tShapeP1, p1Sh),
		feat(tShapeM1, m1Sh),
	)
	if fs != 0 {
		dst = extraStatic(fs, toks, i, dst)
	}
	return dst
}

// dynamic appends the history features of position i given the labels
// already predicted for positions before i (-1 = sentence start).
func dynamic(fs uint64, toks []token, i int, tags []int32, dst []uint64) []uint64 {
	t1, t2 := uint64(0), uint64(0) // 0 = start
	if i >= 1 {
		t1 = uint64(tags[i-1]) + 1
	}
	if i >= 2 {
		t2 = uint64(tags[i-2]) + 1
	}
	p1Amb := hEnd
	if i+1 < len(toks) {
		p1Amb = toks[i+1].hAmb
	}
	tk := &toks[i]
	if fs&bit(tTagM1LowerP1) != 0 {
		p1L := hEnd
		if i+1 < len(toks) {
			p1L = toks[i+1].hL
		}
		dst = append(dst, feat2(tTagM1LowerP1, t1, p1L))
	}
	if fs&fsClusters != 0 {
		dst = append(dst, feat2(tTagM1Clu, t1, uint64(tk.clu)))
	}
	return append(dst,
		feat(tTagM1, t1),
		feat(tTagM2, t2),
		feat2(tTagM1M2, t1, t2),
		feat2(tTagM1Lower, t1, tk.hL),
		feat2(tTagM1AmbP1, t1, p1Amb),
		feat2(tTagM1Suf3, t1, tk.hS3),
	)
}

func extraStatic(fs uint64, toks []token, i int, dst []uint64) []uint64 {
	on := func(tmpl uint64) bool { return fs&bit(tmpl) != 0 }
	tk := &toks[i]
	at := func(j int) *token {
		if j < 0 || j >= len(toks) {
			return nil
		}
		return &toks[j]
	}
	if on(tTitle) {
		caps, words := 0, 0
		for j := range toks {
			if toks[j].flags&fNoLetter == 0 {
				words++
				if toks[j].flags&fUpperInit != 0 {
					caps++
				}
			}
		}
		title := uint64(0)
		if words >= 3 && caps*10 >= words*7 {
			title = 1
		}
		dst = append(dst, feat(tTitle, title<<8|tk.flags&(fUpperInit|fAllUpper)))
	}
	if on(tSuf3Cap) {
		dst = append(dst, feat2(tSuf3Cap, tk.hS3, tk.flags&(fUpperInit|fAllUpper)|boolBit(i == 0)<<8))
	}
	if on(tAmbM1) {
		v := hStart
		if o := at(i - 1); o != nil {
			v = o.hAmb
		}
		dst = append(dst, feat(tAmbM1, v))
	}
	if on(tAmb0P1) {
		v := hEnd
		if o := at(i + 1); o != nil {
			v = o.hAmb
		}
		dst = append(dst, feat2(tAmb0P1, tk.hAmb, v))
	}
	if on(tLowerM1Suf3) {
		v := hStart
		if o := at(i - 1); o != nil {
			v = o.hL
		}
		dst = append(dst, feat2(tLowerM1Suf3, v, tk.hS3))
	}
	if on(tSuf3P2) {
		v := hEnd
		if o := at(i + 2); o != nil {
			v = o.hS3
		}
		dst = append(dst, feat(tSuf3P2, v))
	}
	if on(tHyphenLast) && tk.flags&fHyphen != 0 {
		if k := strings.LastIndexByte(tk.lower, '-'); k >= 0 && k+1 < len(tk.lower) {
			dst = append(dst, feat(tHyphenLast, perceptron.Hash(tk.lower[k+1:])))
		}
	}
	if on(tAmbM1Amb0) {
		v := hStart
		if o := at(i - 1); o != nil {
			v = o.hAmb
		}
		dst = append(dst, feat2(tAmbM1Amb0, v, tk.hAmb))
	}
	if on(tLowerP1P2) {
		a, b := hEnd, hEnd
		if o := at(i + 1); o != nil {
			a = o.hL
		}
		if o := at(i + 2); o != nil {
			b = o.hL
		}
		dst = append(dst, feat2(tLowerP1P2, a, b))
	}
	if on(tSuf2P1) {
		v := hEnd
		if o := at(i + 1); o != nil {
			v = o.hS2
		}
		dst = append(dst, feat(tSuf2P1, v))
	}
	if on(tPrevTitle) {
		v := uint64(99)
		if o := at(i - 1); o != nil {
			v = o.flags & (fUpperInit | fAllUpper | fNoLetter)
		}
		dst = append(dst, feat(tPrevTitle, v<<8|tk.flags&(fUpperInit|fAllUpper)))
	}
	if fs&fsClusters != 0 {
		c := func(j int) uint16 {
			switch {
			case j < 0:
				return 0xfffe
			case j >= len(toks):
				return 0xffff
			}
			return toks[j].clu
		}
		p := tk.clu
		caps := tk.flags&(fUpperInit|fAllUpper) | boolBit(i == 0)<<8
		dst = append(dst,
			feat(tClu4, cluPrefix(p, 4)),
			feat(tClu6, cluPrefix(p, 6)),
			feat(tClu10, cluPrefix(p, 10)),
			feat(tCluFull, uint64(p)),
			feat(tCluM1, uint64(c(i-1))),
			feat(tCluP1, uint64(c(i+1))),
			feat(tCluM1P6, cluPrefix(c(i-1), 6)),
			feat(tCluP1P6, cluPrefix(c(i+1), 6)),
			feat(tCluM2P6, cluPrefix(c(i-2), 6)),
			feat(tCluP2P6, cluPrefix(c(i+2), 6)),
			feat(tCluCap, uint64(p)<<16|caps),
		)
	}
	if fs&fsCap != 0 {
		caps := tk.flags&(fUpperInit|fAllUpper) | boolBit(i == 0)<<8
		dst = append(dst, feat(tCap, uint64(tk.cap)<<16|caps))
		v := uint64(99)
		if o := at(i + 1); o != nil {
			v = uint64(o.cap)<<8 | o.flags&(fUpperInit|fAllUpper)
		}
		dst = append(dst, feat(tCapP1, v))
		v = 99
		if o := at(i - 1); o != nil {
			v = uint64(o.cap)<<8 | o.flags&(fUpperInit|fAllUpper)
		}
		dst = append(dst, feat(tCapM1, v))
	}
	return dst
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

const (
	tStack0 uint64 = iota + 100
	tStackM1
	tStackP1
	tStackP2
	tStackM2
	tStackP1P2
	tStackM1P1
	tStack0P1
	tStackP1Lower
	tStack0Lower
)

// stackFeats appends the features of position i drawn from the pass-1
// labels p.
func stackFeats(toks []token, i int, p []int32, dst []uint64) []uint64 {
	at := func(j int) uint64 {
		switch {
		case j < 0:
			return 1000
		case j >= len(p):
			return 1001
		}
		return uint64(p[j])
	}
	hL := toks[i].hL
	return append(dst,
		feat(tStack0, at(i)),
		feat(tStackM1, at(i-1)),
		feat(tStackP1, at(i+1)),
		feat(tStackP2, at(i+2)),
		feat(tStackM2, at(i-2)),
		feat2(tStackP1P2, at(i+1), at(i+2)),
		feat2(tStackM1P1, at(i-1), at(i+1)),
		feat2(tStack0P1, at(i), at(i+1)),
		feat2(tStackP1Lower, at(i+1), hL),
		feat2(tStack0Lower, at(i), hL),
	)
}
