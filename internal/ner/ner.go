// Package ner is Parley's named-entity recogniser. It finds names of persons
// (PER), organisations (ORG), political entities such as countries, cities
// and states (GPE), other locations (LOC), and nationality, religious and
// political groups (NORP) in tokenised sentences.
//
// The model is a first-order sequence labeller over BILOU tags: an averaged
// perceptron (internal/learn/perceptron) scores each token's tags from
// hashed features (word, folded word, shape, affixes, neighbouring words,
// capitalisation, the run of capitalised words a token belongs to, gazetteer
// matches, and word clusters), a transition matrix
// scores tag pairs, and Viterbi decoding finds the best well-formed
// sequence. Training combines several open corpora whose label sets differ;
// where a corpus leaves a distinction open (a LOC that may be a demonym, an
// O that may be NORP), the perceptron is trained as a latent structured
// perceptron that lets the model choose among the labels the corpus allows
// (see Mapping); an O token may be NORP only when it is shaped like a group
// name (listed, or a capitalised demonym such as "Kenyan"), so that NORP
// does not absorb unknown capitalised words.
//
// Besides the gazetteer lists kept in this package, training reads the
// PETRARCH2 actor dictionaries (office holders, organisations, armed groups)
// from the data directory and the names of Parley's own actor knowledge base
// (internal/actor/kb); the model keeps them as hashed keys only.
//
// Recognize reads a whole document: the contexts of each capitalised word
// are aggregated over the document's text (see docContext) and given to
// every occurrence as features, and after decoding the names are made
// consistent across the document (see harmonise). Tag works on one
// sentence alone.
//
// Places are one class for the model; the choice between GPE and LOC is
// made by placeType from the gazetteers and the name's head word, because
// no corpus we may use separates them consistently.
//
// Dates, money, percentages and cardinals are not recognised here: the
// timex and amount stages find those with rules.
package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/parley-news/parley/data"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/learn/perceptron"
)

// Recognizer is a trained named-entity recogniser. After Load or Train it is
// read-only and safe for concurrent use.
type Recognizer struct {
	model    *perceptron.Model
	trans    [nTags + 1][nTags]float32 // row nTags is the sentence start
	clusters map[string]string         // folded word → cluster bit string
	caps     map[string]uint8          // folded word → capitalisation bucket (see capStats)
	gaz      *gazetteer                // the gazetteer lists merged with dict
	dict     *gazetteer                // dictionary categories learnt at training (nil: none)
	pool     sync.Pool                 // *work
}

// work is the scratch space of one decoding.
type work struct {
	sf     sentFeats
	scores []float32
	delta  []float32
	back   []int8
	tags   []int
	spans  []classSpan
}

func (r *Recognizer) getWork() *work {
	if w, ok := r.pool.Get().(*work); ok {
		return w
	}
	return &work{}
}

// Load returns the recogniser embedded in the binary (data/models/ner.bin).
func Load() (*Recognizer, error) {
	b, err := data.Model("ner.bin")
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	r, err := Read(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("ner: ner.bin: %w", err)
	}
	return r, nil
}

const (
	fileMagic   = "PNER3"
	fileMagicV2 = "PNER2" // models without dictionary categories
)

// Save writes the model: a header, the transition weights, the word clusters,
// the capitalisation table, the dictionary gazetteer (hashed keys) and the
// perceptron weights (16-bit quantised).
func (r *Recognizer) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(fileMagic)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { n := binary.PutUvarint(buf[:], v); bw.Write(buf[:n]) }
	putS := func(s string) { putU(uint64(len(s))); bw.WriteString(s) }
	putU(nTags)
	for i := range r.trans {
		for _, v := range r.trans[i] {
			binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(v))
			bw.Write(buf[:4])
		}
	}
	words := sortedKeys(r.clusters)
	putU(uint64(len(words)))
	for _, wd := range words {
		putS(wd)
		putS(r.clusters[wd])
	}
	words = make([]string, 0, len(r.caps))
	for wd := range r.caps {
		words = append(words, wd)
	}
	sort.Strings(words)
	putU(uint64(len(words)))
	for _, wd := range words {
		putS(wd)
		bw.WriteByte(r.caps[wd])
	}
	var dictKeys, dictPrefix []uint64
	if r.dict != nil {
		for k := range r.dict.folded {
			dictKeys = append(dictKeys, k)
		}
		for k := range r.dict.prefix {
			dictPrefix = append(dictPrefix, k)
		}
	}
	slices.Sort(dictKeys)
	slices.Sort(dictPrefix)
	putU(uint64(len(dictKeys)))
	for _, k := range dictKeys {
		binary.LittleEndian.PutUint64(buf[:8], k)
		bw.Write(buf[:8])
		putU(uint64(r.dict.folded[k]))
	}
	putU(uint64(len(dictPrefix)))
	for _, k := range dictPrefix {
		binary.LittleEndian.PutUint64(buf[:8], k)
		bw.Write(buf[:8])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: saving model: %w", err)
	}
	if err := r.model.Save(w); err != nil {
		return fmt.Errorf("ner: saving model: %w", err)
	}
	return nil
}

// Read reads a model written by Save.
func Read(rd io.Reader) (*Recognizer, error) {
	br := bufio.NewReader(rd)
	head := make([]byte, len(fileMagic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != fileMagic && string(head) != fileMagicV2) {
		return nil, errors.New("not an entity recogniser model")
	}
	getU := func() (uint64, error) { return binary.ReadUvarint(br) }
	getS := func() (string, error) {
		n, err := getU()
		if err != nil {
			return "", err
		}
		if n > 1<<16 {
			return "", errors.New("string too long")
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b), err
	}
	nt, err := getU()
	if err != nil || nt != nTags {
		return nil, fmt.Errorf("model has %d tags, want %d", nt, nTags)
	}
	r := &Recognizer{gaz: defaultGaz}
	var b [4]byte
	for i := range r.trans {
		for j := range r.trans[i] {
			if _, err := io.ReadFull(br, b[:]); err != nil {
				return nil, fmt.Errorf("truncated transitions: %w", err)
			}
			r.trans[i][j] = math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
		}
	}
	nc, err := getU()
	if err != nil {
		return nil, fmt.Errorf("truncated clusters: %w", err)
	}
	if nc > 0 {
		r.clusters = make(map[string]string, nc)
	}
	for i := uint64(0); i < nc; i++ {
		w, err := getS()
		if err != nil {
			return nil, fmt.Errorf("truncated clusters: %w", err)
		}
		c, err := getS()
		if err != nil {
			return nil, fmt.Errorf("truncated clusters: %w", err)
		}
		r.clusters[w] = c
	}
	nc, err = getU()
	if err != nil {
		return nil, fmt.Errorf("truncated capitalisation table: %w", err)
	}
	if nc > 0 {
		r.caps = make(map[string]uint8, nc)
	}
	for i := uint64(0); i < nc; i++ {
		w, err := getS()
		if err != nil {
			return nil, fmt.Errorf("truncated capitalisation table: %w", err)
		}
		b, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("truncated capitalisation table: %w", err)
		}
		r.caps[w] = b
	}
	if string(head) == fileMagic {
		if err := r.readDict(br); err != nil {
			return nil, err
		}
	}
	m, err := perceptron.Load(br)
	if err != nil {
		return nil, err
	}
	if m.NClasses != nTags {
		return nil, fmt.Errorf("perceptron has %d classes, want %d", m.NClasses, nTags)
	}
	r.model = m
	return r, nil
}

// readDict reads the dictionary gazetteer written by Save.
func (r *Recognizer) readDict(br *bufio.Reader) error {
	var b [8]byte
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return fmt.Errorf("truncated dictionary: %v", err)
	}
	d := &gazetteer{folded: make(map[uint64]uint16, n), prefix: map[uint64]bool{}}
	for i := uint64(0); i < n; i++ {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return fmt.Errorf("truncated dictionary: %w", err)
		}
		c, err := binary.ReadUvarint(br)
		if err != nil || c >= 1<<nGaz {
			return fmt.Errorf("bad dictionary entry: %v", err)
		}
		d.folded[binary.LittleEndian.Uint64(b[:])] = uint16(c)
	}
	n, err = binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return fmt.Errorf("truncated dictionary: %v", err)
	}
	for i := uint64(0); i < n; i++ {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return fmt.Errorf("truncated dictionary: %w", err)
		}
		d.prefix[binary.LittleEndian.Uint64(b[:])] = true
	}
	if len(d.folded) > 0 {
		r.dict = d
		r.gaz = merged(defaultGaz, d)
	}
	return nil
}

// Entity is one recognised name in a sentence: tokens [Start, End) and its type.
type entitySpan struct {
	Start, End int
	Type       string
}

// decode tags one sentence and returns its BILOU tag indices in w.tags.
func (r *Recognizer) decode(w *work, words []string, masks []uint32) []int {
	n := len(words)
	r.prepare(&w.sf, words)
	if cap(w.scores) < n*nTags {
		w.scores = make([]float32, n*nTags)
		w.delta = make([]float32, n*nTags)
		w.back = make([]int8, n*nTags)
	}
	w.scores = w.scores[:n*nTags]
	for i := 0; i < n; i++ {
		r.model.Scores(w.sf.features(i), w.scores[i*nTags:(i+1)*nTags])
	}
	if cap(w.tags) < n {
		w.tags = make([]int, n)
	}
	w.tags = w.tags[:n]
	viterbi(w.scores, &r.trans, masks, w.delta[:n*nTags], w.back[:n*nTags], w.tags)
	return w.tags
}

var transOK = func() (ok [nTags + 1][nTags]bool) {
	for a := -1; a < nTags; a++ {
		for b := 0; b < nTags; b++ {
			row := a
			if a < 0 {
				row = nTags
			}
			ok[row][b] = allowedTrans(a, b)
		}
	}
	return
}()

var endOK = func() (ok [nTags]bool) {
	for a := range ok {
		ok[a] = allowedEnd(a)
	}
	return
}()

// viterbi finds the best BILOU-consistent tag sequence for the emission
// scores E (n × nTags) and transitions, restricted to masks when non-nil.
func viterbi(E []float32, trans *[nTags + 1][nTags]float32, masks []uint32, delta []float32, back []int8, out []int) {
	n := len(out)
	if n == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	allowed := func(i, t int) bool { return masks == nil || masks[i]&(1<<t) != 0 }
	for t := 0; t < nTags; t++ {
		delta[t] = negInf
		if transOK[nTags][t] && allowed(0, t) {
			delta[t] = trans[nTags][t] + E[t]
		}
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*nTags : i*nTags]
		cur := delta[i*nTags : (i+1)*nTags]
		bk := back[i*nTags : (i+1)*nTags]
		for t := 0; t < nTags; t++ {
			best, arg := negInf, -1
			if allowed(i, t) {
				for p := 0; p < nTags; p++ {
					if prev[p] == negInf || !transOK[p][t] {
						continue
					}
					if s := prev[p] + trans[p][t]; s > best || arg < 0 {
						best, arg = s, p
					}
				}
			}
			if arg < 0 {
				cur[t] = negInf
			} else {
				cur[t] = best + E[i*nTags+t]
			}
			bk[t] = int8(arg)
		}
	}
	last := delta[(n-1)*nTags:]
	best, arg := negInf, -1
	for t := 0; t < nTags; t++ {
		if last[t] != negInf && endOK[t] && (arg < 0 || last[t] > best) {
			best, arg = last[t], t
		}
	}
	if arg < 0 { // masks admit no consistent path: fall back to O
		for i := range out {
			out[i] = tagO
		}
		return
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		if i > 0 {
			arg = int(back[i*nTags+arg])
		}
	}
}

// classSpan is an entity span with its model class.
type classSpan struct{ Start, End, Class int }

// spansOf appends the entity spans of a BILOU sequence to out.
func spansOf(out []classSpan, tags []int) []classSpan {
	start := -1
	for i, t := range tags {
		c, p := tagClass(t)
		switch p {
		case posU:
			out = append(out, classSpan{i, i + 1, c})
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, classSpan{start, i + 1, c})
			}
			start = -1
		}
	}
	return out
}

// entities recognises the names in one sentence of words, with the context
// of its document when dc is not nil.
func (r *Recognizer) entities(words []string, dc *docContext) []entitySpan {
	if len(words) == 0 {
		return nil
	}
	w := r.getWork()
	defer r.pool.Put(w)
	w.sf.doc = dc
	tags := r.decode(w, words, nil)
	w.sf.doc = nil
	var out []entitySpan
	w.spans = spansOf(w.spans[:0], tags)
	for _, s := range w.spans {
		typ := classNames[s.Class]
		if s.Class == cPLACE {
			typ = r.gaz.placeType(words[s.Start:s.End])
		}
		out = append(out, entitySpan{s.Start, s.End, typ})
	}
	return out
}

// Tag returns BIO labels (B-PER, I-GPE, O, ...) for one tokenised sentence.
func (r *Recognizer) Tag(words []string) []string {
	out := make([]string, len(words))
	for i := range out {
		out[i] = "O"
	}
	for _, e := range r.entities(words, nil) {
		out[e.Start] = "B-" + e.Type
		for k := e.Start + 1; k < e.End; k++ {
			out[k] = "I-" + e.Type
		}
	}
	return out
}

// Recognize appends the entities of every sentence of d to d.Entities. It
// reads d.Tokens (grouped by their Sentence index) and needs no other
// annotation; the whole document is read first for the context of its
// capitalised words (see docContext). Entity spans run from the first
// token's start to the last token's end.
func (r *Recognizer) Recognize(d *doc.Document) {
	toks := d.Tokens
	var sents [][]string
	var starts []int
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].Sentence == toks[i].Sentence {
			j++
		}
		words := make([]string, 0, j-i)
		for _, t := range toks[i:j] {
			words = append(words, d.Text[t.Start:t.End])
		}
		sents = append(sents, words)
		starts = append(starts, i)
		i = j
	}
	for si, es := range r.docEntities(sents) {
		i := starts[si]
		for _, e := range es {
			sp := doc.Span{Start: toks[i+e.Start].Start, End: toks[i+e.End-1].End}
			d.Entities = append(d.Entities, doc.Entity{Span: sp, Text: d.Text[sp.Start:sp.End], Type: e.Type})
		}
	}
}
