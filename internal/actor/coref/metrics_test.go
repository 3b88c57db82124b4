package coref

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The example worked by hand: gold {1,2,3} {4,5}; system {1,2} {3,4,5,6}.
func TestMetricsByHand(t *testing.T) {
	gold := clustering{{1, 2, 3}, {4, 5}}
	sys := clustering{{1, 2}, {3, 4, 5, 6}}
	tests := []struct {
		name string
		c    counts
		p, r float64
	}{
		// MUC recall: ((3-2)+(2-1))/((3-1)+(2-1)) = 2/3; precision: ((2-1)+(4-2-1))/((2-1)+(4-1)) = 2/4
		{"muc", muc(gold, sys), 2.0 / 4, 2.0 / 3},
		// B³ recall over gold mentions: (2/3+2/3+1/3 + 2/2+2/2)/5 = (11/3)/5; precision over system:
		// (2/2+2/2 + 1/4+2/4+2/4+0)/6 = (3.25)/6
		{"b3", b3(gold, sys), 3.25 / 6, (11.0 / 3) / 5},
		// CEAF-e: best alignment {1,2,3}-{1,2}: 2*2/5 = .8, {4,5}-{3,4,5,6}: 2*2/6 = 2/3; total 22/15
		{"ceafe", ceafe(gold, sys), (22.0 / 15) / 2, (22.0 / 15) / 2},
	}
	for _, tc := range tests {
		if !near(tc.c.precision(), tc.p) || !near(tc.c.recall(), tc.r) {
			t.Errorf("%s: p %.4f r %.4f, want %.4f %.4f", tc.name, tc.c.precision(), tc.c.recall(), tc.p, tc.r)
		}
	}
	for _, f := range []func(a, b clustering) counts{muc, b3, ceafe} {
		if c := f(gold, gold); !near(c.f1(), 1) {
			t.Errorf("identical clusterings score %.3f", c.f1())
		}
	}
}

func TestMaxAssignment(t *testing.T) {
	w := [][]float64{{1, 2, 0}, {2, 4, 0}}
	if got := maxAssignment(w); !near(got, 5) { // 1+4 beats 2+2
		t.Fatalf("got %v", got)
	}
	if got := maxAssignment([][]float64{{3}, {5}, {1}}); !near(got, 5) {
		t.Fatalf("got %v", got)
	}
}
