package parse

import (
	"bytes"
	"testing"
)

func TestTableRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		nc   int
		bits uint
	}{
		{"dense", 3, 8},
		{"sparse", 11, 6},
		{"sparse wide mask", 40, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newTable(tc.nc, tc.bits)
			feats := [][]uint64{{1, 2, 3}, {2, 0xdeadbeef, 1 << 63}, {7, 8, 9, 10}}
			for step := 0; step < 50; step++ {
				fs := feats[step%len(feats)]
				m.update(fs, step%tc.nc, (step*7+1)%tc.nc)
				m.tick()
			}
			m.finish(0.01)
			want := make([]float32, tc.nc)
			got := make([]float32, tc.nc)
			var buf bytes.Buffer
			m.save(&buf)
			n, err := loadTable(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			nonzero := false
			for _, fs := range feats {
				m.scores(fs, want)
				n.scores(fs, got)
				for c := range want {
					if want[c] != got[c] {
						t.Fatalf("class %d: reloaded score %g, want %g", c, got[c], want[c])
					}
					if want[c] != 0 {
						nonzero = true
					}
				}
			}
			if !nonzero {
				t.Fatal("all scores zero after training")
			}
			for cut := 0; cut < buf.Len(); cut += 1 + buf.Len()/7 {
				if _, err := loadTable(bytes.NewReader(buf.Bytes()[:cut])); err == nil {
					t.Errorf("truncated at %d of %d bytes: no error", cut, buf.Len())
				}
			}
		})
	}
}

func TestTableMinCount(t *testing.T) {
	m := newTable(3, 10)
	m.minCount = 2
	m.count([]uint64{1, 2})
	m.count([]uint64{1})
	m.update([]uint64{1, 2}, 0, 1)
	m.tick()
	m.finish(0)
	s := make([]float32, 3)
	m.scores([]uint64{1}, s)
	if s[0] <= 0 || s[1] >= 0 {
		t.Errorf("frequent feature: scores %v, want class 0 up and class 1 down", s)
	}
	m.scores([]uint64{2}, s)
	if s[0] != 0 || s[1] != 0 {
		t.Errorf("rare feature: scores %v, want zero (never updated)", s)
	}
}
