package ner

import (
	"strings"

	"github.com/parley-news/parley/internal/learn/perceptron"
)

// Feature template seeds: each feature is the hash of a template name mixed
// with its values.
var (
	fBias      = perceptron.Hash("bias")
	fW         = perceptron.Hash("w")
	fForm      = perceptron.Hash("form")
	fPre       = perceptron.Hash("pre")
	fSuf       = perceptron.Hash("suf")
	fShape     = perceptron.Hash("shape")
	fCap       = perceptron.Hash("cap")
	fCapCtx    = perceptron.Hash("capctx")
	fWm1       = perceptron.Hash("w-1")
	fWp1       = perceptron.Hash("w+1")
	fWm2       = perceptron.Hash("w-2")
	fWp2       = perceptron.Hash("w+2")
	fBiL       = perceptron.Hash("w-1|w")
	fBiR       = perceptron.Hash("w|w+1")
	fShL       = perceptron.Hash("sh-1|sh")
	fShR       = perceptron.Hash("sh|sh+1")
	fWm1Sh     = perceptron.Hash("w-1|sh")
	fWp1Sh     = perceptron.Hash("sh|w+1")
	fGaz       = perceptron.Hash("gaz")
	fGazCap    = perceptron.Hash("gazcap")
	fGazM1     = perceptron.Hash("gaz-1")
	fGazNoCaps = perceptron.Hash("gaznocaps")
	fCapStat   = perceptron.Hash("capstat")
	fCapStatP1 = perceptron.Hash("capstat+1")
	fGazP1     = perceptron.Hash("gaz+1")
	fClus      = perceptron.Hash("clus")
	fClusM1    = perceptron.Hash("clus-1")
	fClusP1    = perceptron.Hash("clus+1")
	fLen       = perceptron.Hash("len")
	fAllCaps   = perceptron.Hash("allcapsent")
	fRunPos    = perceptron.Hash("runpos")
	fRunLast   = perceptron.Hash("runlast")
	fRunFirst  = perceptron.Hash("runfirst")
	fRunOrg    = perceptron.Hash("runorgword")
)

var posNames = [4]string{"B", "I", "L", "U"}

// sentFeats holds the per-token analyses of one sentence, reused across
// calls to avoid allocation.
type sentFeats struct {
	words  []string
	low    []string
	shapes []string
	caps   []capClass
	gaz    [][nGaz]gazMatch
	clus   []string // cluster bit-string of the folded word, "" when unknown
	capb   []uint8  // capitalisation bucket of the folded word, 0 when unknown
	// capsSent: the sentence has (almost) no lower-case words, e.g. a
	// headline in capitals; noCaps: it has no capital letter at all.
	capsSent, noCaps bool
	// runs[i] is the capitalised run holding token i ([start, end), end 0
	// when none): capitalised words joined by single connectors ("Bank of
	// England", "Ray 's Pizza").
	runs [][2]int16
	buf  []uint64
	// dropWord, in training only, marks tokens whose word-identity features
	// are left out (feature dropout), so that the model learns to rely on
	// context, shape and gazetteers for names it has not seen.
	dropWord []bool
	// doc is the context aggregated over the sentence's document (nil: none).
	doc *docContext
	// caches of folded words and shapes, kept across sentences
	foldCache, shapeCache map[string]string
}

const maxCache = 50000

func (sf *sentFeats) fold(w string) string {
	if f, ok := sf.foldCache[w]; ok {
		return f
	}
	f := fold(w)
	if f == w {
		return f
	}
	if sf.foldCache == nil || len(sf.foldCache) > maxCache {
		sf.foldCache = make(map[string]string)
	}
	sf.foldCache[strings.Clone(w)] = f
	return f
}

func (sf *sentFeats) shape(w string) string {
	var b [24]byte
	sb := shapeBytes(w, &b)
	if s, ok := sf.shapeCache[string(sb)]; ok {
		return s
	}
	if sf.shapeCache == nil || len(sf.shapeCache) > maxCache {
		sf.shapeCache = make(map[string]string)
	}
	s := string(sb)
	sf.shapeCache[s] = s
	return s
}

func (r *Recognizer) prepare(sf *sentFeats, words []string) {
	n := len(words)
	sf.words = words
	sf.low = resize(sf.low, n)
	sf.shapes = resize(sf.shapes, n)
	sf.clus = resize(sf.clus, n)
	if cap(sf.caps) < n {
		sf.caps = make([]capClass, n)
		sf.capb = make([]uint8, n)
		sf.gaz = make([][nGaz]gazMatch, n)
	}
	sf.caps = sf.caps[:n]
	sf.capb = sf.capb[:n]
	sf.gaz = sf.gaz[:n]
	lower, letters, upper := 0, 0, 0
	for i, w := range words {
		sf.low[i] = sf.fold(w)
		sf.shapes[i] = sf.shape(w)
		sf.caps[i] = classify(w)
		switch sf.caps[i] {
		case capLower:
			lower++
			letters++
		case capInit, capAll, capMixed:
			letters++
			upper++
		}
		sf.clus[i] = ""
		if r.clusters != nil {
			sf.clus[i] = r.clusters[sf.low[i]]
		}
		sf.capb[i] = 0
		if r.caps != nil {
			sf.capb[i] = r.caps[sf.low[i]]
		}
	}
	sf.capsSent = letters > 3 && lower*5 < letters
	sf.findRuns()
	sf.noCaps = letters > 2 && upper == 0
	r.gaz.match(words, sf.gaz)
}

func isCapWord(c capClass) bool { return c == capInit || c == capAll || c == capMixed }

// runJoiners may join two capitalised words inside one run.
var runJoiners = map[string]bool{"of": true, "'s": true, "-": true, "&": true, "de": true, "for": true, "the": true, "al": true, "von": true, "van": true, "du": true, "la": true, "del": true, "da": true}

func (sf *sentFeats) findRuns() {
	n := len(sf.words)
	if cap(sf.runs) < n {
		sf.runs = make([][2]int16, n)
	}
	sf.runs = sf.runs[:n]
	for i := range sf.runs {
		sf.runs[i] = [2]int16{}
	}
	if sf.capsSent {
		return
	}
	for i := 0; i < n; {
		if !isCapWord(sf.caps[i]) {
			i++
			continue
		}
		e := i + 1
		for e < n {
			if isCapWord(sf.caps[e]) {
				e++
				continue
			}
			if e+1 < n && runJoiners[sf.low[e]] && isCapWord(sf.caps[e+1]) {
				e += 2
				continue
			}
			break
		}
		for k := i; k < e; k++ {
			sf.runs[k] = [2]int16{int16(i), int16(e)}
		}
		i = e
	}
}

func resize(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

func mix2(h uint64, a, b string) uint64 { return perceptron.Mix(perceptron.Mix(h, a), b) }

func mix3(h uint64, a, b, c string) uint64 {
	return perceptron.Mix(perceptron.Mix(perceptron.Mix(h, a), b), c)
}

var digits = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}

// features returns the feature hashes of token i (valid until the next call).
func (sf *sentFeats) features(i int) []uint64 {
	f := sf.buf[:0]
	n := len(sf.words)
	low := sf.low[i]
	word := func(k int) string {
		switch {
		case k < 0:
			return "<s>"
		case k >= n:
			return "</s>"
		}
		return sf.low[k]
	}
	shp := func(k int) string {
		switch {
		case k < 0:
			return "<s>"
		case k >= n:
			return "</s>"
		}
		return sf.shapes[k]
	}
	capn := func(k int) string {
		switch {
		case k < 0:
			return "<s>"
		case k >= n:
			return "</s>"
		}
		return capNames[sf.caps[k]]
	}
	f = append(f, fBias)
	if sf.dropWord == nil || !sf.dropWord[i] {
		f = append(f, perceptron.Mix(fW, low), perceptron.Mix(fForm, sf.words[i]))
	}
	f = append(f,
		perceptron.Mix(fShape, sf.shapes[i]),
		mix2(fCap, capNames[sf.caps[i]], boolStr(i == 0)),
		mix3(fCapCtx, capn(i-1), capn(i), capn(i+1)),
		perceptron.Mix(fWm1, word(i-1)),
		perceptron.Mix(fWp1, word(i+1)),
		perceptron.Mix(fWm2, word(i-2)),
		perceptron.Mix(fWp2, word(i+2)),
		mix2(fBiL, word(i-1), low),
		mix2(fBiR, low, word(i+1)),
		mix2(fShL, shp(i-1), sf.shapes[i]),
		mix2(fShR, sf.shapes[i], shp(i+1)),
		mix2(fWm1Sh, word(i-1), sf.shapes[i]),
		mix2(fWp1Sh, sf.shapes[i], word(i+1)),
	)
	if r := sf.capb; r != nil {
		f = append(f, mix3(fCapStat, digits[r[i]], capNames[sf.caps[i]], boolStr(i == 0)))
		if i+1 < n {
			f = append(f, mix2(fCapStatP1, digits[r[i+1]], capNames[sf.caps[i+1]]))
		}
	}
	if sf.capsSent {
		f = append(f, perceptron.Mix(fAllCaps, capNames[sf.caps[i]]))
	}
	for k := 1; k <= 4; k++ {
		p, s := prefix(low, k), suffix(low, k)
		f = append(f, mix2(fPre, digits[k], p), mix2(fSuf, digits[k], s))
		if len(p) == len(low) {
			break
		}
	}
	ln := len(low)
	if ln > 12 {
		ln = 12
	}
	f = append(f, perceptron.Mix(fLen, digits[ln]))
	for c := 0; c < nGaz; c++ {
		g := sf.gaz[i][c]
		if g.end == 0 {
			continue
		}
		pos := posU
		switch {
		case g.end-g.start == 1:
		case int(g.start) == i:
			pos = posB
		case int(g.end) == i+1:
			pos = posL
		default:
			pos = posI
		}
		f = append(f,
			mix3(fGaz, gazNames[c], posNames[pos], boolStr(g.exact)),
			mix3(fGazCap, gazNames[c], posNames[pos], capNames[sf.caps[i]]))
		if sf.noCaps {
			f = append(f, mix2(fGazNoCaps, gazNames[c], posNames[pos]))
		}
	}
	if i > 0 {
		for c := 0; c < nGaz; c++ {
			if g := sf.gaz[i-1][c]; g.end != 0 && int(g.end) == i {
				f = append(f, perceptron.Mix(fGazM1, gazNames[c]))
			}
		}
	}
	if i+1 < n {
		for c := 0; c < nGaz; c++ {
			if g := sf.gaz[i+1][c]; g.end != 0 && int(g.start) == i+1 {
				f = append(f, perceptron.Mix(fGazP1, gazNames[c]))
			}
		}
	}
	if cl := sf.clus[i]; cl != "" {
		for _, k := range clusterPrefixes {
			if k <= len(cl) {
				f = append(f, mix2(fClus, cl[:k], capNames[sf.caps[i]]))
			}
		}
	}
	if rn := sf.runs[i]; rn[1] != 0 {
		s, e := int(rn[0]), int(rn[1])
		pos := posI
		switch {
		case e-s == 1:
			pos = posU
		case s == i:
			pos = posB
		case e == i+1:
			pos = posL
		}
		ln := e - s
		if ln > 5 {
			ln = 5
		}
		f = append(f,
			mix3(fRunPos, posNames[pos], digits[ln], boolStr(s == 0)),
			perceptron.Mix(fRunLast, sf.low[e-1]),
			perceptron.Mix(fRunFirst, sf.low[s]))
		if g := sf.gaz[e-1][gOrgWord]; g.end != 0 && e-s > 1 {
			f = append(f, mix2(fRunOrg, posNames[pos], boolStr(true)))
		}
	}
	if i > 0 && sf.clus[i-1] != "" {
		f = append(f, perceptron.Mix(fClusM1, prefix(sf.clus[i-1], 8)))
	}
	if i+1 < n && sf.clus[i+1] != "" {
		f = append(f, perceptron.Mix(fClusP1, prefix(sf.clus[i+1], 8)))
	}
	f = sf.docFeatures(f, i)
	sf.buf = f
	return f
}

var clusterPrefixes = []int{4, 8, 12, 16}

func boolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
