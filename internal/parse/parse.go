// Package parse is Parley's dependency parser. It builds Universal
// Dependencies trees (basic relations with their subtypes, such as nsubj:pass
// or obl:tmod) with a greedy arc-hybrid transition system. Transitions are
// chosen by an averaged perceptron over rich hashed features in the style of
// Zhang and Nivre (2011), trained with a dynamic oracle and exploration
// (Goldberg and Nivre 2012, 2013); a second perceptron labels each arc as it
// is built. Both perceptrons hash their features into fixed-size tables
// (weights.go), which bounds the model's size and makes scoring a few array
// reads. The parser is trained on tags predicted by jackknifed taggers, so
// that it learns to live with the tag errors it will meet in use.
//
// Later stages read subjects, objects and clausal complements from the trees
// ("X said that Y", "A met B in C"). After each sentence, repair undoes
// misparses of a well-defined shape that cost those stages a clause's
// subject (a relative clause that swallowed the main verb).
package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/parley-news/parley/data"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/learn/perceptron"
)

// ModelName is the file name of the parser model in data/models.
const ModelName = "parse.bin"

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	trans   *table   // transitions: shift, left, right
	lab     *table   // arc labels
	labels  []string // label id -> relation
	labH    []uint64 // slot 0: no label; slot l+1: hash of label l
	rootID  int16
	leftOK  []bool // label may label a leftward arc (dependent before head)
	rightOK []bool
	pool    sync.Pool
}

// scratch holds the per-sentence buffers of one parse, reused across
// sentences so that the transition loop allocates nothing.
type scratch struct {
	c                config
	w, p, u, suf     []uint64 // per token slot: 0 = none, 1 = root, i+1 = word i
	pc               []int32  // pc[i] = punctuation tokens among words 1..i
	feats, lfeats    []uint64
	tscores, lscores []float32
}

func newParser(labels []string, leftOK, rightOK []bool) *Parser {
	p := &Parser{labels: labels, leftOK: leftOK, rightOK: rightOK, rootID: -1}
	p.labH = make([]uint64, len(labels)+1)
	p.labH[0] = hNone
	for i, l := range labels {
		p.labH[i+1] = perceptron.Hash("lab=" + l)
		if l == "root" {
			p.rootID = int16(i)
		}
	}
	p.pool.New = func() any {
		return &scratch{tscores: make([]float32, nActs), lscores: make([]float32, len(p.labels))}
	}
	return p
}

func (p *Parser) labelID(l string) int16 {
	for i, x := range p.labels {
		if x == l {
			return int16(i)
		}
	}
	return -1
}

// prepare hashes the words and tags of a sentence into sc.
func (sc *scratch) prepare(words, upos, xpos []string) {
	n := len(words)
	m := n + 2
	sc.w = grow64(sc.w, m)
	sc.p = grow64(sc.p, m)
	sc.u = grow64(sc.u, m)
	sc.suf = grow64(sc.suf, m)
	sc.pc = grow32(sc.pc, n+1)
	sc.w[0], sc.p[0], sc.u[0], sc.suf[0] = hNone, hNone, hNone, hNone
	sc.w[1], sc.p[1], sc.u[1], sc.suf[1] = hRoot, hRoot, hRoot, hRoot
	sc.pc[0] = 0
	for i, w := range words {
		var up, xp string
		if i < len(upos) {
			up = upos[i]
		}
		if i < len(xpos) {
			xp = xpos[i]
		}
		if xp == "" || xp == "_" {
			xp = up
		}
		sc.w[i+2] = wordHash(w)
		sc.p[i+2] = perceptron.Hash(xp)
		sc.u[i+2] = perceptron.Hash(up) ^ 0x77
		sc.suf[i+2] = suffixHash(w)
		pc := sc.pc[i]
		if up == "PUNCT" {
			pc++
		}
		sc.pc[i+1] = pc
	}
	sc.c.reset(n)
	if cap(sc.feats) < 128 {
		sc.feats = make([]uint64, 0, 160)
		sc.lfeats = make([]uint64, 0, 64)
	}
}

// bestLegal returns the highest-scoring legal transition.
func bestLegal(scores []float32, ok [nActs]bool) int {
	best := -1
	for a := 0; a < nActs; a++ {
		if ok[a] && (best < 0 || scores[a] > scores[best]) {
			best = a
		}
	}
	return best
}

// predictLabel picks the label of the arc transition a would build.
func (p *Parser) predictLabel(sc *scratch, a int) int16 {
	h, d := sc.c.arcOf(a)
	if h == 0 {
		return p.rootID
	}
	f := sc.labelFeatures(p.labH, h, d)
	p.lab.scores(f, sc.lscores)
	allowed := p.rightOK
	if d < h {
		allowed = p.leftOK
	}
	best := -1
	for l, s := range sc.lscores {
		if allowed[l] && (best < 0 || s > sc.lscores[best]) {
			best = l
		}
	}
	if best < 0 { // no label allowed in this direction (Read rejects such models)
		best = 0
	}
	return int16(best)
}

// run parses the sentence prepared in sc.
func (p *Parser) run(sc *scratch) {
	c := &sc.c
	for !c.terminal() {
		f := sc.transitionFeatures(p.labH)
		p.trans.scores(f, sc.tscores)
		a := bestLegal(sc.tscores, c.legal())
		var l int16 = -1
		if a != actShift {
			l = p.predictLabel(sc, a)
		}
		c.apply(a, l)
	}
}

// ParseSentence parses one sentence of UD-tokenised words with their
// universal (upos) and Penn Treebank (xpos) tags. It returns CoNLL-U style
// heads (1-based, 0 for the root) and relations. Lemmas are accepted for
// future use but not read: the model relies on lowercased forms.
func (p *Parser) ParseSentence(words, upos, xpos, lemmas []string) (heads []int, deprels []string) {
	_ = lemmas
	if len(words) == 0 {
		return nil, nil
	}
	sc := p.pool.Get().(*scratch)
	defer p.pool.Put(sc)
	sc.prepare(words, upos, xpos)
	p.run(sc)
	p.repair(words, xpos, sc.c.head, sc.c.label)
	heads = make([]int, len(words))
	deprels = make([]string, len(words))
	for i := range words {
		heads[i] = int(sc.c.head[i+1])
		deprels[i] = p.labels[sc.c.label[i+1]]
	}
	return heads, deprels
}

// Parse fills Head (an index into d.Tokens, -1 for the sentence root) and
// Deprel of every token of d, one sentence (a run of tokens with the same
// Sentence index) at a time. Words are the token texts; the tags are the
// tokens' UPOS and XPOS, which the tagger must have filled.
func (p *Parser) Parse(d *doc.Document) {
	sc := p.pool.Get().(*scratch)
	defer p.pool.Put(sc)
	var words, upos, xpos []string
	for start := 0; start < len(d.Tokens); {
		end := start + 1
		for end < len(d.Tokens) && d.Tokens[end].Sentence == d.Tokens[start].Sentence {
			end++
		}
		words, upos, xpos = words[:0], upos[:0], xpos[:0]
		for i := start; i < end; i++ {
			t := &d.Tokens[i]
			words = append(words, d.Text[t.Start:t.End])
			upos = append(upos, t.UPOS)
			xpos = append(xpos, t.XPOS)
		}
		sc.prepare(words, upos, xpos)
		p.run(sc)
		p.repair(words, xpos, sc.c.head, sc.c.label)
		for i := start; i < end; i++ {
			t := &d.Tokens[i]
			h := int(sc.c.head[i-start+1])
			if h == 0 {
				t.Head = -1
			} else {
				t.Head = start + h - 1
			}
			t.Deprel = p.labels[sc.c.label[i-start+1]]
		}
		start = end
	}
}

// repair undoes misparses of a well-defined shape that greedy parsing
// makes and later stages cannot recover from: a relative clause that
// swallowed the main verb (repairRelative), a fronted phrase's
// apposition taken for a second subject (repairFrontedAppos), a clause
// read as a prepositional phrase (repairClauseMarker) and a conjunction
// taken for a conjunct (repairStrayConjunction). head and
// label are indexed by word position + 1 (0 is the root), as in the
// parser's configuration.
func (p *Parser) repair(words, xpos []string, head []int32, label []int16) {
	p.repairRelative(words, xpos, head, label)
	p.repairFrontedAppos(words, head, label)
	p.repairClauseMarker(words, xpos, head, label)
	p.repairStrayConjunction(words, xpos, head, label)
}

// repairStrayConjunction reads "with A, and with B" as two conjoined
// phrases: the parser may make "and" a conjunct itself, with "B" hung on
// it. When a coordinating conjunction is labelled conj and heads a phrase
// with a preposition, and an earlier phrase of the sentence has the same
// preposition, the later phrase becomes a conjunct of the earlier one and
// the conjunction its marker.
func (p *Parser) repairStrayConjunction(words, xpos []string, head []int32, label []int16) {
	n := len(words)
	conj, cc, cas := p.labelID("conj"), p.labelID("cc"), p.labelID("case")
	if conj < 0 || cc < 0 || cas < 0 {
		return
	}
	prep := func(x int) string { // the preposition of phrase x, lower case, or ""
		for k := 1; k < x; k++ {
			if int(head[k]) == x && label[k] == cas {
				return strings.ToLower(words[k-1])
			}
		}
		return ""
	}
	for c := 2; c <= n; c++ {
		if xpos[c-1] != "CC" || label[c] != conj {
			continue
		}
		x := -1
		for k := c + 1; k <= n; k++ {
			if int(head[k]) == c && prep(k) != "" {
				x = k
				break
			}
		}
		if x < 0 {
			continue
		}
		px := prep(x)
		a := -1
		for k := c - 1; k >= 1; k-- {
			if prep(k) == px && (strings.HasPrefix(p.labels[label[k]], "obl") || strings.HasPrefix(p.labels[label[k]], "nmod")) {
				a = k
				break
			}
		}
		if a < 0 {
			continue
		}
		head[x], label[x] = int32(a), conj
		head[c], label[c] = int32(x), cc
	}
}

// clauseMarkers open adverbial clauses as well as prepositional phrases.
var clauseMarkers = map[string]bool{"until": true, "till": true, "before": true, "after": true, "since": true, "once": true}

// repairClauseMarker reads "until Western countries lifted the
// restrictions" as a clause: the parser may hang "countries" on the main
// verb as an oblique marked by "until" and "lifted" beside it as a clause
// with no subject. When a finite verb of an adverbial (or complement)
// clause has no
// subject and right before it ends an oblique of the same head marked by
// a word that also opens clauses, the oblique's noun becomes the verb's
// subject and the marker the clause's.
func (p *Parser) repairClauseMarker(words, xpos []string, head []int32, label []int16) {
	n := len(words)
	advcl, ccomp, nsubj, mark, cas := p.labelID("advcl"), p.labelID("ccomp"), p.labelID("nsubj"), p.labelID("mark"), p.labelID("case")
	if advcl < 0 || nsubj < 0 || mark < 0 || cas < 0 {
		return
	}
	for v := 2; v <= n; v++ {
		if label[v] != advcl && (ccomp < 0 || label[v] != ccomp) || p.hasSubject(head, label, v) {
			continue
		}
		switch xpos[v-1] {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		h := int(head[v])
		for o := 1; o < v; o++ {
			if int(head[o]) != h || !strings.HasPrefix(p.labels[label[o]], "obl") {
				continue
			}
			if _, ohi := span(head, o); ohi != v-1 {
				continue
			}
			c := -1
			for k := 1; k < o; k++ {
				if int(head[k]) == o && label[k] == cas && clauseMarkers[strings.ToLower(words[k-1])] {
					c = k
				}
			}
			if c < 0 {
				continue
			}
			head[o], label[o] = int32(v), nsubj
			head[c], label[c] = int32(v), mark
			label[v] = advcl
			break
		}
	}
}

// repairFrontedAppos reads a name set off by commas after a fronted
// phrase as that phrase's apposition, not a second subject: in "According
// to the spokeswoman, Lena Berg, the adviser met the envoy" the parser may
// make both "Berg" and "adviser" subjects of "met". When a verb has two
// subjects and the first, between commas, follows an oblique of the same
// verb that ends at the first comma, the first becomes an apposition of
// the oblique's head.
func (p *Parser) repairFrontedAppos(words []string, head []int32, label []int16) {
	n := len(words)
	nsubj, appos := p.labelID("nsubj"), p.labelID("appos")
	if nsubj < 0 || appos < 0 {
		return
	}
	subjects := 0
	for k := 1; k <= n; k++ {
		if label[k] == nsubj {
			subjects++
		}
	}
	if subjects < 2 {
		return // most sentences: no head can have two
	}
	for v := 1; v <= n; v++ {
		a, b := -1, -1
		for k := 1; k < v; k++ {
			if int(head[k]) == v && label[k] == nsubj {
				if a < 0 {
					a = k
				} else if b < 0 {
					b = k
				}
			}
		}
		if a < 0 || b < 0 {
			continue
		}
		lo, hi := span(head, a)
		if lo < 3 || hi >= b || words[lo-2] != "," || words[hi] != "," {
			continue
		}
		// the word before the first comma closes an oblique of v
		o := -1
		for k := 1; k < lo-1; k++ {
			if int(head[k]) == v && strings.HasPrefix(p.labels[label[k]], "obl") {
				if _, ohi := span(head, k); ohi == lo-2 || ohi == lo-1 {
					o = k
				}
			}
		}
		if o < 0 {
			continue
		}
		head[a], label[a] = int32(o), appos
	}
}

// span returns the first and last word of the subtree of word c.
func span(head []int32, c int) (lo, hi int) {
	lo, hi = c, c
	for k := 1; k < len(head); k++ {
		if under(head, k, c) {
			if k < lo {
				lo = k
			}
			if k > hi {
				hi = k
			}
		}
	}
	return lo, hi
}

// repairRelative undoes a relative clause that swallowed the main verb:
// in "Ana Ruiz, who chaired the talks, accused the envoys of delay" the
// parser may make the name the root, "chaired" its relative clause and
// "accused" a conjunct of "chaired". When a noun root has a relative
// clause opened by a comma and a relative pronoun, and a finite or past
// verb conjoined to that clause after a comma has no subject of its own,
// the verb becomes the root, the noun its subject, and the noun's
// dependents after the verb (the final full stop) the verb's.
func (p *Parser) repairRelative(words, xpos []string, head []int32, label []int16) {
	n := len(words)
	root, relcl, conj, nsubj := p.labelID("root"), p.labelID("acl:relcl"), p.labelID("conj"), p.labelID("nsubj")
	if root < 0 || relcl < 0 || conj < 0 || nsubj < 0 {
		return
	}
	r := -1
	for i := 1; i <= n; i++ {
		if head[i] == 0 {
			r = i
			break
		}
	}
	if r < 0 {
		return
	}
	switch xpos[r-1] {
	case "NNP", "NNPS", "NN", "NNS":
	default:
		return
	}
	for c := r + 1; c <= n; c++ {
		if int(head[c]) != r || label[c] != relcl {
			continue
		}
		// the clause opens with ", who/which"
		first := c
		for k := r + 1; k < c; k++ {
			if under(head, k, c) {
				first = k
				break
			}
		}
		if words[first-1] == "," && first < c {
			first++ // the comma hangs on the clause
		}
		if first < 2 || words[first-2] != "," {
			continue
		}
		switch strings.ToLower(words[first-1]) {
		case "who", "which", "whose", "whom":
		default:
			continue
		}
		for v := c + 1; v <= n; v++ {
			if int(head[v]) != c || label[v] != conj || v < 3 || words[v-2] != "," {
				continue
			}
			switch xpos[v-1] {
			case "VBD", "VBZ", "VBP", "VBN":
			default:
				continue
			}
			if p.hasSubject(head, label, v) {
				continue
			}
			head[v], label[v] = 0, root
			head[r], label[r] = int32(v), nsubj
			for k := v + 1; k <= n; k++ {
				if int(head[k]) == r {
					head[k] = int32(v)
				}
			}
			return
		}
	}
}

// under reports whether word k lies in the subtree of word c.
func under(head []int32, k, c int) bool {
	for steps := 0; k > 0 && steps < len(head); steps++ {
		if k == c {
			return true
		}
		k = int(head[k])
	}
	return false
}

// hasSubject reports whether word v has a subject dependent.
func (p *Parser) hasSubject(head []int32, label []int16, v int) bool {
	for k := 1; k < len(head); k++ {
		if int(head[k]) != v || label[k] < 0 {
			continue
		}
		if l := p.labels[label[k]]; strings.HasPrefix(l, "nsubj") || strings.HasPrefix(l, "csubj") {
			return true
		}
	}
	return false
}

const magic = "PRSP2"

// Save writes the model: the label inventory and the two weight tables.
func (p *Parser) Save(w io.Writer) error {
	var buf bytes.Buffer
	buf.WriteString(magic)
	putU := func(v uint64) {
		var b [binary.MaxVarintLen64]byte
		buf.Write(b[:binary.PutUvarint(b[:], v)])
	}
	putU(uint64(len(p.labels)))
	for i, l := range p.labels {
		putU(uint64(len(l)))
		buf.WriteString(l)
		var dir byte
		if p.leftOK[i] {
			dir |= 1
		}
		if p.rightOK[i] {
			dir |= 2
		}
		buf.WriteByte(dir)
	}
	for _, m := range []*table{p.trans, p.lab} {
		if m.w != nil {
			return errors.New("parse: save: model not finished")
		}
		m.save(&buf)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	return nil
}

// Read reads a model written by Save.
func Read(b []byte) (*Parser, error) {
	r := bytes.NewReader(b)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("parse: not a parser model")
	}
	bad := func(what string, err error) (*Parser, error) {
		if err == nil {
			return nil, fmt.Errorf("parse: corrupt model: bad %s", what)
		}
		return nil, fmt.Errorf("parse: corrupt model: bad %s: %w", what, err)
	}
	nl, err := binary.ReadUvarint(r)
	if err != nil || nl == 0 || nl > 1024 {
		return bad("label count", err)
	}
	labels := make([]string, nl)
	leftOK := make([]bool, nl)
	rightOK := make([]bool, nl)
	for i := range labels {
		n, err := binary.ReadUvarint(r)
		if err != nil || n > 64 {
			return bad("label", err)
		}
		lb := make([]byte, n)
		if _, err := io.ReadFull(r, lb); err != nil {
			return bad("label", err)
		}
		dir, err := r.ReadByte()
		if err != nil {
			return bad("label direction", err)
		}
		labels[i], leftOK[i], rightOK[i] = string(lb), dir&1 != 0, dir&2 != 0
	}
	left, right := false, false
	for i := range labels {
		left, right = left || leftOK[i], right || rightOK[i]
	}
	if !left || !right {
		return bad("label directions (no label for one direction)", nil)
	}
	p := newParser(labels, leftOK, rightOK)
	if p.rootID < 0 {
		return bad("no root label", nil)
	}
	var ms [2]*table
	for i := range ms {
		if ms[i], err = loadTable(r); err != nil {
			return bad("weights", err)
		}
	}
	if r.Len() != 0 {
		return bad("trailing bytes", nil)
	}
	if ms[0].nc != nActs || ms[1].nc != len(labels) {
		return bad("class counts", nil)
	}
	p.trans, p.lab = ms[0], ms[1]
	return p, nil
}

// Load returns the parser embedded in the binary (data/models/parse.bin).
func Load() (*Parser, error) {
	b, err := data.Model(ModelName)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	p, err := Read(b)
	if err != nil {
		return nil, fmt.Errorf("parse: embedded %s: %w", ModelName, err)
	}
	return p, nil
}
