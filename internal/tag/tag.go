// Package tag is Parley's part-of-speech tagger and lemmatiser. It assigns
// every token a universal part of speech (UPOS), a Penn Treebank tag (XPOS)
// and a lemma.
//
// The tagger is a greedy averaged perceptron
// (internal/learn/perceptron) over one joint UPOS+XPOS label, with hashed
// word, affix, shape and context features, the two previous predicted
// labels, and a tag dictionary that fixes the label of frequent unambiguous
// words. Optional feature groups add word clusters and capitalisation
// statistics learned from unlabelled text (the training sentences and the
// ECB+ news articles). A second, stacked pass sees the first pass's labels
// of the words on both sides (the first pass may run either way). It is
// trained on jackknifed first-pass output so that it learns how far to
// trust them, and at run time it revisits only the words the first pass was
// unsure of.
// The lemmatiser is learned from the same treebanks: a table of
// (form, UPOS) → lemma for seen forms that the rules get wrong, and
// longest-suffix rewrite rules per tag for everything else.
//
// Models are trained from UD English EWT and the openly licensed GUM genres
// by Train and stored in data/models/pos.bin.
package tag

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
	"strings"
	"sync"

	"github.com/parley-news/parley/data"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/learn/perceptron"
)

// ModelName is the file name of the tagger model under data/models.
const ModelName = "pos.bin"

// Tagger tags and lemmatises tokens. It is read-only after Load or Train and
// safe for concurrent use.
type Tagger struct {
	labels  []string // joint labels, "UPOS XPOS"
	upos    []string // per label
	xpos    []string // per label
	model   *perceptron.Model
	model2  *perceptron.Model   // stacked second pass, or nil
	dict    map[string]int32    // normalised form → forced label
	amb     map[string]uint64   // lowercased form → ambiguity class hash
	ambSets map[uint64][]int32  // ambiguity class hash → its sorted label set
	fs      uint64              // feature set the models were trained with
	words   map[string]wordInfo // cluster key → cluster and capitalisation, from unlabelled text
	lem     *lemmatizer
	pool    sync.Pool // *scratch
}

type scratch struct {
	toks   []token
	tags   []int32
	scores []float32
	feats  []uint64
	p1     []int32
	margin []float32
	rtoks  []token // the sentence reversed, for a right-to-left first pass
	qdir   []int8  // per word of Tag's sentence: quoteOpen, quoteClose or 0
}

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
)

// Load returns the tagger built from the embedded model data/models/pos.bin.
// The model is decoded once; later calls return the same Tagger.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		b, err := data.Model(ModelName)
		if err != nil {
			loadErr = fmt.Errorf("tag: %w", err)
			return
		}
		loaded, loadErr = Read(bytes.NewReader(b))
		if loadErr != nil {
			loadErr = fmt.Errorf("tag: embedded %s: %w", ModelName, loadErr)
		}
	})
	return loaded, loadErr
}

// Tag fills UPOS, XPOS and Lemma for every token of d, one sentence at a
// time. Tokens are grouped into sentences by their Sentence index; tokens
// must appear in text order.
func (t *Tagger) Tag(d *doc.Document) {
	s := t.get()
	defer t.pool.Put(s)
	var words []string
	for start := 0; start < len(d.Tokens); {
		end := start + 1
		for end < len(d.Tokens) && d.Tokens[end].Sentence == d.Tokens[start].Sentence {
			end++
		}
		words = words[:0]
		s.qdir = s.qdir[:0]
		for i := start; i < end; i++ {
			words = append(words, d.SpanText(d.Tokens[i].Span))
			s.qdir = append(s.qdir, quoteDir(d.Text, d.Tokens[i].Span))
		}
		tags := t.decode(words, s)
		s.qdir = s.qdir[:0]
		for i, lab := range tags {
			tk := &d.Tokens[start+i]
			tk.UPOS, tk.XPOS = t.upos[lab], t.xpos[lab]
			tk.Lemma = t.lem.lemma(words[i], tk.UPOS, tk.XPOS)
		}
		start = end
	}
}

// Quotation mark directions (see quoteDir).
const (
	quoteOpen  int8 = 1
	quoteClose int8 = 2
)

// quoteDir returns whether the token at sp of text is a straight quotation
// mark that opens (text follows it directly, space or nothing before it)
// or closes (text before it directly, space, punctuation or nothing after
// it) a quotation, or 0.
func quoteDir(text string, sp doc.Span) int8 {
	if w := text[sp.Start:sp.End]; w != `"` && w != "'" {
		return 0
	}
	before := sp.Start == 0 || isSpace(text[sp.Start-1]) || strings.IndexByte("([{-", text[sp.Start-1]) >= 0
	after := sp.End == len(text) || isSpace(text[sp.End]) || strings.IndexByte(".,;:!?)]}-", text[sp.End]) >= 0
	switch {
	case before && !after:
		return quoteOpen
	case after && !before:
		return quoteClose
	}
	return 0
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// quoteTags fixes the tag of quotation marks whose direction is known: by
// their form (“ « „ ‹ “ open, ” » › ” close) or, for straight marks, by
// qdir from the spacing of the text (Tag). The model learned quotation
// marks from straight ones and has hardly seen guillemets: it tags a
// closing "»" as a conjunction and cannot tell an opening mark from a
// closing one, and the parser then reads the words after a closing mark
// as a new phrase.
func (t *Tagger) quoteTags(words []string, toks []token, qdir []int8) {
	for i, w := range words {
		dir := int8(0)
		switch w {
		case "“", "«", "„", "‹", "``":
			dir = quoteOpen
		case "”", "»", "›", "''":
			dir = quoteClose
		default:
			if i < len(qdir) {
				dir = qdir[i]
			}
		}
		if dir == 0 {
			continue
		}
		want := "PUNCT ``"
		if dir == quoteClose {
			want = "PUNCT ''"
		}
		for l, lab := range t.labels {
			if lab == want {
				toks[i].dict = int32(l)
				break
			}
		}
	}
}

// TagWords tags one sentence given as words and returns its UPOS and XPOS
// tags.
func (t *Tagger) TagWords(words []string) (upos, xpos []string) {
	s := t.get()
	defer t.pool.Put(s)
	tags := t.decode(words, s)
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	for i, lab := range tags {
		upos[i], xpos[i] = t.upos[lab], t.xpos[lab]
	}
	return upos, xpos
}

// Lemma returns the lemma of word given its universal part of speech.
func (t *Tagger) Lemma(word, upos string) string { return t.lem.lemma(word, upos, "") }

// LemmaX returns the lemma of word given both its universal and its Penn
// tag; the Penn tag sharpens the suffix rules (VBD against VB, NNS against
// NN).
func (t *Tagger) LemmaX(word, upos, xpos string) string { return t.lem.lemma(word, upos, xpos) }

func (t *Tagger) get() *scratch {
	if s, ok := t.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, t.model.NClasses), feats: make([]uint64, 0, 64)}
}

// decode tags one sentence greedily and returns label indices (valid until
// the scratch is reused).
func (t *Tagger) decode(words []string, s *scratch) []int32 {
	n := len(words)
	if cap(s.toks) < n {
		s.toks = make([]token, n)
		s.tags = make([]int32, n)
	}
	toks, tags := s.toks[:n], s.tags[:n]
	if cap(s.margin) < n {
		s.margin = make([]float32, n)
	}
	margin := s.margin[:n]
	t.prepare(words, toks)
	t.quoteTags(words, toks, s.qdir)
	toks1 := toks
	if t.fs&fsReverse != 0 && t.model2 != nil {
		toks1 = append(s.rtoks[:0], toks...)
		slices.Reverse(toks1)
		s.rtoks = toks1
	}
	for i := range toks1 {
		if toks1[i].dict >= 0 {
			tags[i] = toks1[i].dict
			continue
		}
		s.feats = static(t.fs, toks1, i, s.feats[:0])
		s.feats = dynamic(t.fs, toks1, i, tags, s.feats)
		lab, m := argmaxMargin(t.model, s.feats, s.scores)
		tags[i], margin[i] = int32(lab), m
	}
	if t.model2 == nil {
		return tags
	}
	if t.fs&fsReverse != 0 {
		slices.Reverse(tags)
		slices.Reverse(margin)
	}
	p1 := append(s.p1[:0], tags...)
	s.p1 = p1
	for i := range toks {
		if toks[i].dict >= 0 || margin[i] > secondPassMargin {
			continue
		}
		s.feats = static(t.fs, toks, i, s.feats[:0])
		s.feats = stackFeats(toks, i, p1, s.feats)
		s.feats = dynamic(t.fs, toks, i, tags, s.feats)
		tags[i] = int32(argmax(t.model2, s.feats, s.scores))
	}
	return tags
}

// secondPassMargin: the stacked pass revisits only the tokens whose
// first-pass margin (best minus second-best score) is at most this. On UD
// EWT dev, 15 keeps 95.24% UPOS of the 95.26% that revisiting every token
// gives, at well over twice the speed.
var secondPassMargin float32 = 15

// argmaxMargin returns the best class and its lead over the runner-up.
func argmaxMargin(m *perceptron.Model, feats []uint64, scores []float32) (int, float32) {
	m.Scores(feats, scores)
	best, second := 0, float32(math.Inf(-1))
	for c := 1; c < len(scores); c++ {
		switch {
		case scores[c] > scores[best]:
			best, second = c, scores[best]
		case scores[c] > second:
			second = scores[c]
		}
	}
	return best, scores[best] - second
}

func argmax(m *perceptron.Model, feats []uint64, scores []float32) int {
	m.Scores(feats, scores)
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// Labels returns the joint labels the tagger predicts, "UPOS XPOS".
func (t *Tagger) Labels() []string { return append([]string(nil), t.labels...) }

// Model file format (all integers unsigned varints, strings
// length-prefixed):
//
//	magic "PARLEYTAG3"
//	labels:  n, then n joint labels
//	fs:      the feature set
//	dict:    n, then n (form, label) sorted by form
//	amb:     n classes, each a label count and labels; then n (form, class) sorted by form
//	words:   n, then n (cluster key, cluster path, capitalisation bucket) sorted by key
//	lemma:   see lemmatizer.write
//	models:  n (1, or 2 with the stacked pass), then per model its byte
//	         length and the model as written by perceptron.Save
//
// Read also accepts the older "PARLEYTAG2", which has no fs and no words.
const fileMagic = "PARLEYTAG3"

const fileMagicV2 = "PARLEYTAG2"

// Save writes the tagger in its binary form. The output is deterministic.
func (t *Tagger) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	e := &enc{w: bw}
	e.w.WriteString(fileMagic)
	e.strs(t.labels)
	e.u(t.fs)
	forms := sortedKeys(t.dict)
	e.u(uint64(len(forms)))
	for _, f := range forms {
		e.str(f)
		e.u(uint64(t.dict[f]))
	}
	// Ambiguity classes are stored as label sets; the hash is recomputed.
	classOf := map[uint64]int{}
	var classes [][]int32
	forms = sortedKeys(t.amb)
	for _, f := range forms {
		h := t.amb[f]
		if _, ok := classOf[h]; !ok {
			set, ok := t.ambSets[h]
			if !ok {
				return fmt.Errorf("tag: save: ambiguity class of %q has no label set", f)
			}
			classOf[h] = len(classes)
			classes = append(classes, set)
		}
	}
	e.u(uint64(len(classes)))
	for _, set := range classes {
		e.u(uint64(len(set)))
		for _, l := range set {
			e.u(uint64(l))
		}
	}
	e.u(uint64(len(forms)))
	for _, f := range forms {
		e.str(f)
		e.u(uint64(classOf[t.amb[f]]))
	}
	forms = sortedKeys(t.words)
	e.u(uint64(len(forms)))
	for _, f := range forms {
		wi := t.words[f]
		e.str(f)
		e.u(uint64(wi.path))
		e.u(uint64(wi.cap))
	}
	t.lem.write(e)
	models := []*perceptron.Model{t.model}
	if t.model2 != nil {
		models = append(models, t.model2)
	}
	e.u(uint64(len(models)))
	for _, m := range models {
		var mb bytes.Buffer
		if err := m.Save(&mb); err != nil {
			return fmt.Errorf("tag: save: %w", err)
		}
		e.u(uint64(mb.Len()))
		e.w.Write(mb.Bytes())
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	return nil
}

// Read decodes a tagger written by Save.
func Read(r io.Reader) (*Tagger, error) {
	all, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("tag: read model: %w", err)
	}
	br := bytes.NewReader(all)
	head := make([]byte, len(fileMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != fileMagic && string(head) != fileMagicV2 {
		return nil, fmt.Errorf("tag: not a tagger model (bad magic)")
	}
	v3 := string(head) == fileMagic
	d := &dec{r: br}
	t := &Tagger{dict: map[string]int32{}, amb: map[string]uint64{}, ambSets: map[uint64][]int32{}, words: map[string]wordInfo{}}
	t.setLabels(d.strs())
	if v3 {
		t.fs = d.u()
	}
	n := d.n()
	for i := 0; i < n && d.err == nil; i++ {
		f := d.str()
		l := d.u()
		if l >= uint64(len(t.labels)) {
			d.fail("dictionary label out of range")
			break
		}
		t.dict[f] = int32(l)
	}
	nc := d.n()
	hashes := make([]uint64, 0, nc)
	for i := 0; i < nc && d.err == nil; i++ {
		set := make([]int32, d.n())
		for j := range set {
			set[j] = int32(d.u())
		}
		h := ambHash(set)
		t.ambSets[h] = set
		hashes = append(hashes, h)
	}
	n = d.n()
	for i := 0; i < n && d.err == nil; i++ {
		f := d.str()
		c := d.u()
		if c >= uint64(len(hashes)) {
			d.fail("ambiguity class out of range")
			break
		}
		t.amb[f] = hashes[c]
	}
	if v3 {
		n = d.n()
		for i := 0; i < n && d.err == nil; i++ {
			f := d.str()
			p, c := d.u(), d.u()
			if p > 0xffff || c > 0xff {
				d.fail("word cluster out of range")
				break
			}
			t.words[f] = wordInfo{path: uint16(p), cap: uint8(c)}
		}
	}
	t.lem = readLemmatizer(d)
	nm := d.n()
	if d.err == nil && (nm < 1 || nm > 2) {
		d.fail("expected one or two perceptron models")
	}
	if d.err != nil {
		return nil, fmt.Errorf("tag: read: %w", d.err)
	}
	for k := 0; k < nm; k++ {
		mlen := d.n()
		if d.err != nil {
			return nil, fmt.Errorf("tag: read: %w", d.err)
		}
		// Copied rather than preallocated: a corrupt length must not
		// allocate more than the input holds.
		var mb bytes.Buffer
		if _, err := io.CopyN(&mb, br, int64(mlen)); err != nil {
			return nil, fmt.Errorf("tag: read perceptron: %w", err)
		}
		m, err := perceptron.Load(&mb)
		if err != nil {
			return nil, fmt.Errorf("tag: read perceptron: %w", err)
		}
		if m.NClasses != len(t.labels) {
			return nil, fmt.Errorf("tag: read: model has %d classes, file lists %d labels", m.NClasses, len(t.labels))
		}
		if k == 0 {
			t.model = m
		} else {
			t.model2 = m
		}
	}
	return t, nil
}

func (t *Tagger) setLabels(labels []string) {
	t.labels = labels
	t.upos = make([]string, len(labels))
	t.xpos = make([]string, len(labels))
	for i, l := range labels {
		t.upos[i], t.xpos[i], _ = strings.Cut(l, " ")
	}
}

// ambHash is the feature value of an ambiguity class (a sorted label set).
func ambHash(set []int32) uint64 {
	h := perceptron.Hash("amb")
	for _, l := range set {
		h = fmix(h ^ uint64(l+1))
	}
	return h
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// enc and dec write and read varints and length-prefixed strings.
type enc struct{ w *bufio.Writer }

func (e *enc) u(v uint64) {
	var b [binary.MaxVarintLen64]byte
	e.w.Write(b[:binary.PutUvarint(b[:], v)])
}

func (e *enc) str(s string) { e.u(uint64(len(s))); e.w.WriteString(s) }

func (e *enc) strs(ss []string) {
	e.u(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

type dec struct {
	r   *bytes.Reader
	err error
}

func (d *dec) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
}

func (d *dec) u() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = fmt.Errorf("truncated: %w", err)
	}
	return v
}

// n reads a count, refusing values from corrupt input that exceed what
// the rest of the input could hold (every counted item takes a byte).
func (d *dec) n() int {
	v := d.u()
	if v > uint64(d.r.Len()) {
		d.fail("count out of range")
		return 0
	}
	return int(v)
}

func (d *dec) str() string {
	n := d.n()
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = fmt.Errorf("truncated string: %w", err)
		return ""
	}
	return string(b)
}

func (d *dec) strs() []string {
	n := d.n()
	out := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.str())
	}
	return out
}
