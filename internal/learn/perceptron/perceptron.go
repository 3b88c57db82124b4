// Package perceptron is a multiclass averaged perceptron over hashed sparse
// features, shared by Parley's tagger, parser and entity recogniser. Training
// keeps dense per-feature rows with averaging bookkeeping; Finish turns the
// model into a compact sparse form that is fast to score and small to store.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Hash is FNV-1a over a string, the feature hashing used by every model.
func Hash(s string) uint64 { return Mix(offset64, s) }

// Mix folds s into an existing hash h, so features can be built from parts
// without allocating ("w=" then the word).
func Mix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	// separator, so that Mix(Mix(h,"ab"),"c") != Mix(Mix(h,"a"),"bc")
	h ^= 0xff
	h *= prime64
	return h
}

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

type trainRow struct {
	w     []float32
	total []float64
	stamp []int32
}

type entry struct {
	class  uint16
	weight float32
}

// Model is an averaged perceptron. A model in training mode is created with
// New; after Finish (or Load) it is read-only and safe for concurrent use.
type Model struct {
	NClasses int
	train    map[uint64]*trainRow
	step     int32
	rows     map[uint64][]entry
}

// New returns an empty model for nClasses classes, ready for training.
func New(nClasses int) *Model {
	return &Model{NClasses: nClasses, train: map[uint64]*trainRow{}}
}

// Scores adds, for every class, the sum of weights of feats into scores
// (which must have length NClasses and is zeroed first).
func (m *Model) Scores(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	if m.train != nil {
		for _, f := range feats {
			if r := m.train[f]; r != nil {
				for c, w := range r.w {
					scores[c] += w
				}
			}
		}
		return
	}
	for _, f := range feats {
		for _, e := range m.rows[f] {
			scores[e.class] += e.weight
		}
	}
}

// Predict returns the best-scoring class among those allowed (all when allowed is nil).
func (m *Model) Predict(feats []uint64, scores []float32, allowed func(int) bool) int {
	m.Scores(feats, scores)
	best, bestScore := -1, float32(math.Inf(-1))
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// Tick marks the end of one training instance; call it once per example,
// before or after its Update, so averaging counts instances.
func (m *Model) Tick() { m.step++ }

// Update moves weight from the guessed class to the true class for feats.
func (m *Model) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	m.add(feats, truth, 1)
	m.add(feats, guess, -1)
}

func (m *Model) add(feats []uint64, c int, v float32) {
	for _, f := range feats {
		r := m.train[f]
		if r == nil {
			r = &trainRow{w: make([]float32, m.NClasses), total: make([]float64, m.NClasses), stamp: make([]int32, m.NClasses)}
			m.train[f] = r
		}
		r.total[c] += float64(m.step-r.stamp[c]) * float64(r.w[c])
		r.stamp[c] = m.step
		r.w[c] += v
	}
}

// Finish averages the weights over all training instances, drops weights
// whose magnitude is below minWeight, and switches the model to its compact
// read-only form.
func (m *Model) Finish(minWeight float32) {
	if m.train == nil {
		return
	}
	m.rows = make(map[uint64][]entry, len(m.train))
	steps := float64(m.step)
	if steps == 0 {
		steps = 1
	}
	for f, r := range m.train {
		var es []entry
		for c := range r.w {
			total := r.total[c] + float64(m.step-r.stamp[c])*float64(r.w[c])
			avg := float32(total / steps)
			if avg > minWeight || avg < -minWeight {
				es = append(es, entry{uint16(c), avg})
			}
		}
		if len(es) > 0 {
			m.rows[f] = es
		}
	}
	m.train = nil
}

// Features returns how many features carry weight (after Finish).
func (m *Model) Features() int { return len(m.rows) }

const magic = "PRCP1"

// Save writes the finished model in a compact binary form: weights are
// quantised to 16 bits against the largest magnitude. Output is
// deterministic (features sorted).
func (m *Model) Save(w io.Writer) error {
	if m.train != nil {
		return errors.New("perceptron: Save before Finish")
	}
	bw := bufio.NewWriter(w)
	keys := make([]uint64, 0, len(m.rows))
	var maxAbs float32
	for k, es := range m.rows {
		keys = append(keys, k)
		for _, e := range es {
			if a := float32(math.Abs(float64(e.weight))); a > maxAbs {
				maxAbs = a
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	bw.WriteString(magic)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { n := binary.PutUvarint(buf[:], v); bw.Write(buf[:n]) }
	putU(uint64(m.NClasses))
	putU(uint64(math.Float32bits(scale)))
	putU(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		putU(k - prev) // delta-encoded
		prev = k
		es := m.rows[k]
		putU(uint64(len(es)))
		for _, e := range es {
			putU(uint64(e.class))
			q := int16(math.Round(float64(e.weight / scale)))
			binary.LittleEndian.PutUint16(buf[:2], uint16(q))
			bw.Write(buf[:2])
		}
	}
	return bw.Flush()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("perceptron: not a model file")
	}
	getU := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil {
			panic(err)
		}
		return v
	}
	var m *Model
	err := func() (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("perceptron: truncated model: %v", p)
			}
		}()
		n64 := getU()
		scale := math.Float32frombits(uint32(getU()))
		nk64 := getU()
		if n64 == 0 || n64 > math.MaxUint16+1 {
			return fmt.Errorf("perceptron: bad class count %d", n64)
		}
		if nk64 > 1<<28 {
			return fmt.Errorf("perceptron: bad feature count %d", nk64)
		}
		n, nk := int(n64), int(nk64)
		m = &Model{NClasses: n, rows: make(map[uint64][]entry, min(nk, 1<<16))}
		var k uint64
		var b [2]byte
		for i := 0; i < nk; i++ {
			k += getU()
			ne64 := getU()
			if ne64 > uint64(n) {
				return fmt.Errorf("perceptron: feature %d has %d weights for %d classes", i, ne64, n)
			}
			es := make([]entry, int(ne64))
			for j := range es {
				c := getU()
				if c >= uint64(n) {
					return fmt.Errorf("perceptron: class %d out of range (%d classes)", c, n)
				}
				es[j].class = uint16(c)
				if _, err := io.ReadFull(br, b[:]); err != nil {
					return err
				}
				es[j].weight = float32(int16(binary.LittleEndian.Uint16(b[:]))) * scale
			}
			m.rows[k] = es
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	return m, nil
}
