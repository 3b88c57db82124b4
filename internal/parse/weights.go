package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// table is a multiclass averaged perceptron whose features are hashed into a
// fixed number of rows (the top bits of the 64-bit feature hash), so memory
// and model size are bounded whatever the number of distinct features.
// During training it keeps dense weights and the sums needed for averaging
// (w - u/t); after finish it keeps the averaged weights only, dense for
// small class counts and as compressed rows (CSR) otherwise.
type table struct {
	nc    int // classes
	bits  uint
	shift uint
	// training
	w []float32
	u []float64
	t float64
	// cnt counts how often each row was seen in the gold-standard
	// configurations; rows seen fewer than minCount times are never
	// updated, which keeps rare features out of the model.
	cnt      []uint8
	minCount uint8
	// finished: weights are 16-bit integers times scale
	scale float32
	// dense form (nc <= denseMax): denseMax weights per row, so a row is 8
	// aligned bytes
	dense []int16
	// finished, sparse form: row r's entries are cls/wt[off[r]:off[r+1]]
	off []uint32
	cls []uint8
	wt  []float32
}

const denseMax = 4

func newTable(nc int, bits uint) *table {
	n := (1 << bits) * nc
	return &table{nc: nc, bits: bits, shift: 64 - bits, w: make([]float32, n), u: make([]float64, n)}
}

func (m *table) row(f uint64) int {
	f ^= f >> 31
	f *= 0xD6E8FEB86659FD93
	return int(f >> m.shift)
}

// scores sets scores[c] to the sum of the weights of class c over feats.
func (m *table) scores(feats []uint64, scores []float32) {
	clear(scores)
	switch {
	case m.w != nil:
		nc := m.nc
		for _, f := range feats {
			r := m.w[m.row(f)*nc:][:nc]
			for c, v := range r {
				scores[c] += v
			}
		}
	case m.dense != nil:
		var acc [denseMax]int32
		d := m.dense
		for _, f := range feats {
			r := d[m.row(f)*denseMax:][:denseMax]
			acc[0] += int32(r[0])
			acc[1] += int32(r[1])
			acc[2] += int32(r[2])
			acc[3] += int32(r[3])
		}
		for c := range scores {
			scores[c] = float32(acc[c]) * m.scale
		}
	default:
		for _, f := range feats {
			r := m.row(f)
			lo, hi := m.off[r], m.off[r+1]
			for i := lo; i < hi; i++ {
				scores[m.cls[i]] += m.wt[i]
			}
		}
	}
}

// count notes one gold-standard occurrence of feats (before training).
func (m *table) count(feats []uint64) {
	if m.cnt == nil {
		m.cnt = make([]uint8, 1<<m.bits)
	}
	for _, f := range feats {
		r := m.row(f)
		if m.cnt[r] < 255 {
			m.cnt[r]++
		}
	}
}

// tick counts one training instance.
func (m *table) tick() { m.t++ }

// update moves weight from class guess to class truth for feats.
func (m *table) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	nc := m.nc
	for _, f := range feats {
		r := m.row(f)
		if m.cnt != nil && m.cnt[r] < m.minCount {
			continue
		}
		i := r * nc
		m.w[i+truth]++
		m.u[i+truth] += m.t
		m.w[i+guess]--
		m.u[i+guess] -= m.t
	}
}

// finish averages the weights, drops those below minWeight in magnitude,
// quantises them to 16 bits (so a saved and reloaded model scores exactly
// as the finished one) and switches to the compact read-only form.
func (m *table) finish(minWeight float32) {
	if m.w == nil {
		return
	}
	t := m.t
	if t == 0 {
		t = 1
	}
	var maxAbs float32
	for i, w := range m.w {
		a := float32(float64(w) - m.u[i]/t)
		m.w[i] = a
		if a < 0 {
			a = -a
		}
		maxAbs = max(maxAbs, a)
	}
	m.u = nil
	m.cnt = nil
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(m.w))
	for i, w := range m.w {
		if w > minWeight || w < -minWeight {
			q[i] = int16(math.Round(float64(w / scale)))
		}
	}
	m.w = nil
	m.fromQuantised(q, scale)
}

// fromQuantised builds the read-only form from quantised weights.
func (m *table) fromQuantised(q []int16, scale float32) {
	m.shift = 64 - m.bits
	m.scale = scale
	rows := 1 << m.bits
	nc := m.nc
	if nc <= denseMax {
		m.dense = make([]int16, rows*denseMax)
		for r := 0; r < rows; r++ {
			copy(m.dense[r*denseMax:], q[r*nc:(r+1)*nc])
		}
		return
	}
	n := 0
	for _, v := range q {
		if v != 0 {
			n++
		}
	}
	m.off = make([]uint32, rows+1)
	m.cls = make([]uint8, 0, n)
	m.wt = make([]float32, 0, n)
	for r := 0; r < rows; r++ {
		m.off[r] = uint32(len(m.cls))
		for c, v := range q[r*nc : (r+1)*nc] {
			if v != 0 {
				m.cls = append(m.cls, uint8(c))
				m.wt = append(m.wt, float32(v)*scale)
			}
		}
	}
	m.off[rows] = uint32(len(m.cls))
}

// quantised returns the weights of a finished table as 16-bit integers and
// their scale.
func (m *table) quantised() ([]int16, float32) {
	q := make([]int16, (1<<m.bits)*m.nc)
	if m.dense != nil {
		for r := 0; r < 1<<m.bits; r++ {
			copy(q[r*m.nc:(r+1)*m.nc], m.dense[r*denseMax:])
		}
		return q, m.scale
	}
	scale := m.scale
	{
		for r := 0; r < 1<<m.bits; r++ {
			for i := m.off[r]; i < m.off[r+1]; i++ {
				q[r*m.nc+int(m.cls[i])] = int16(math.Round(float64(m.wt[i] / scale)))
			}
		}
	}
	return q, scale
}

// nonzero counts the rows that carry weight.
func (m *table) nonzero() int {
	q, _ := m.quantised()
	n := 0
	for r := 0; r < 1<<m.bits; r++ {
		for _, v := range q[r*m.nc : (r+1)*m.nc] {
			if v != 0 {
				n++
				break
			}
		}
	}
	return n
}

// save writes a finished table: class count, row bits, scale, then every
// row that carries weight as a delta-coded row number, a bit mask of its
// classes with weight and their 16-bit weights.
func (m *table) save(buf *bytes.Buffer) {
	q, scale := m.quantised()
	putU := func(v uint64) {
		var b [binary.MaxVarintLen64]byte
		buf.Write(b[:binary.PutUvarint(b[:], v)])
	}
	putU(uint64(m.nc))
	putU(uint64(m.bits))
	putU(uint64(math.Float32bits(scale)))
	maskLen := (m.nc + 7) / 8
	mask := make([]byte, maskLen)
	prev := -1
	var b2 [2]byte
	for r := 0; r < 1<<m.bits; r++ {
		row := q[r*m.nc : (r+1)*m.nc]
		clear(mask)
		any := false
		for c, v := range row {
			if v != 0 {
				mask[c/8] |= 1 << (c % 8)
				any = true
			}
		}
		if !any {
			continue
		}
		putU(uint64(r - prev))
		prev = r
		buf.Write(mask)
		for _, v := range row {
			if v != 0 {
				binary.LittleEndian.PutUint16(b2[:], uint16(v))
				buf.Write(b2[:])
			}
		}
	}
	putU(0) // end of rows
}

// loadTable reads a table written by save.
func loadTable(r *bytes.Reader) (*table, error) {
	nc, err := binary.ReadUvarint(r)
	if err != nil || nc == 0 || nc > 256 {
		return nil, errors.New("bad class count")
	}
	bits, err := binary.ReadUvarint(r)
	if err != nil || bits < 1 || bits > 24 || (uint64(1)<<bits)*max(nc, denseMax) > 1<<26 {
		return nil, errors.New("bad table size")
	}
	sb, err := binary.ReadUvarint(r)
	if err != nil || sb > math.MaxUint32 {
		return nil, errors.New("bad scale")
	}
	scale := math.Float32frombits(uint32(sb))
	if math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) {
		return nil, errors.New("bad scale")
	}
	m := &table{nc: int(nc), bits: uint(bits)}
	rows := 1 << bits
	q := make([]int16, rows*int(nc))
	mask := make([]byte, (nc+7)/8)
	row := -1
	for {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("truncated rows: %w", err)
		}
		if d == 0 {
			break
		}
		if d > uint64(rows) || row+int(d) >= rows {
			return nil, errors.New("row out of range")
		}
		row += int(d)
		if _, err := io.ReadFull(r, mask); err != nil {
			return nil, fmt.Errorf("truncated rows: %w", err)
		}
		for c := 0; c < int(nc); c++ {
			if mask[c/8]&(1<<(c%8)) == 0 {
				continue
			}
			var b2 [2]byte
			if _, err := io.ReadFull(r, b2[:]); err != nil {
				return nil, fmt.Errorf("truncated rows: %w", err)
			}
			q[row*int(nc)+c] = int16(binary.LittleEndian.Uint16(b2[:]))
		}
	}
	m.fromQuantised(q, scale)
	return m, nil
}
