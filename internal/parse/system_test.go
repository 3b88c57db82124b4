package parse

import (
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/internal/testutil"
)

// Hand-written trees: heads are 1-based, 0 = root (one entry per word).
var oracleTrees = []struct {
	name  string
	heads []int32
}{
	{"one word", []int32{0}},
	{"The minister met his counterpart in Ankara .", []int32{2, 3, 0, 5, 3, 7, 3, 3}},
	{"She said that they would come .", []int32{2, 0, 6, 6, 6, 2, 2}},
	{"root last: Yesterday , in Rome , talks resumed", []int32{7, 7, 4, 7, 7, 7, 0}},
	{"root first: Look at the man who left .", []int32{0, 4, 4, 1, 6, 4, 1}},
	{"chain right", []int32{0, 1, 2, 3, 4}},
	{"chain left", []int32{2, 3, 4, 5, 0}},
}

// runOracle follows the cheapest transition (ties: the first) from the
// initial configuration and returns the heads built.
func runOracle(t *testing.T, heads []int32) []int32 {
	t.Helper()
	n := len(heads)
	gh := append([]int32{0}, heads...)
	g := newGold(gh, make([]int16, n+1))
	var c config
	c.reset(n)
	for steps := 0; !c.terminal(); steps++ {
		if steps > 2*n+1 {
			t.Fatalf("no termination after %d transitions", steps)
		}
		cost := c.costs(g)
		ok := c.legal()
		best := -1
		for a := 0; a < nActs; a++ {
			if ok[a] && (best < 0 || cost[a] < cost[best]) {
				best = a
			}
		}
		if cost[best] != 0 {
			t.Fatalf("no zero-cost transition at stack %v buffer %d", c.stack, c.b)
		}
		c.apply(best, 0)
	}
	return c.head[1:]
}

func TestOracleReproducesProjectiveTrees(t *testing.T) {
	for _, tc := range oracleTrees {
		t.Run(tc.name, func(t *testing.T) {
			got := runOracle(t, tc.heads)
			for i := range tc.heads {
				if got[i] != tc.heads[i] {
					t.Fatalf("heads %v, want %v", got, tc.heads)
				}
			}
		})
	}
}

// TestDynamicOracleCosts checks the defining property of the dynamic
// oracle: along any path, the sum of the costs of the transitions taken
// equals the number of gold arcs missing from the final tree.
func TestDynamicOracleCosts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range oracleTrees {
		n := len(tc.heads)
		gh := append([]int32{0}, tc.heads...)
		g := newGold(gh, make([]int16, n+1))
		for trial := 0; trial < 200; trial++ {
			var c config
			c.reset(n)
			total := 0
			for !c.terminal() {
				ok := c.legal()
				cost := c.costs(g)
				var cands []int
				for a := 0; a < nActs; a++ {
					if ok[a] {
						cands = append(cands, a)
					}
				}
				a := cands[rng.IntN(len(cands))]
				total += cost[a]
				c.apply(a, 0)
			}
			wrong := 0
			for d := 1; d <= n; d++ {
				if c.head[d] != gh[d] {
					wrong++
				}
			}
			if wrong != total {
				t.Fatalf("%s: path cost %d but %d arcs wrong (heads %v)", tc.name, total, wrong, c.head[1:])
			}
		}
	}
}

func TestParsesAreTrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 500; trial++ {
		n := 1 + rng.IntN(20)
		var c config
		c.reset(n)
		for !c.terminal() {
			ok := c.legal()
			var cands []int
			for a := 0; a < nActs; a++ {
				if ok[a] {
					cands = append(cands, a)
				}
			}
			c.apply(cands[rng.IntN(len(cands))], 0)
		}
		roots := 0
		for d := 1; d <= n; d++ {
			if c.head[d] < 0 {
				t.Fatalf("word %d has no head", d)
			}
			if c.head[d] == 0 {
				roots++
			}
		}
		if roots != 1 || !acyclic(c.head[:n+1]) {
			t.Fatalf("not a single-rooted tree: %v", c.head[1:n+1])
		}
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name        string
		heads, want []int32 // 1-based, index 0 unused
		lifted      int
	}{
		{"projective", []int32{0, 2, 0, 2}, []int32{0, 2, 0, 2}, 0},
		// word 1 attaches to 3 across word 2, which depends on 4 (the root)
		{"crossing", []int32{0, 3, 4, 4, 0}, []int32{0, 4, 4, 4, 0}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := append([]int32(nil), tc.heads...)
			if got := projectivize(h); got != tc.lifted {
				t.Errorf("lifted %d arcs, want %d", got, tc.lifted)
			}
			for i := range h {
				if h[i] != tc.want[i] {
					t.Fatalf("heads %v, want %v", h, tc.want)
				}
			}
		})
	}
}

// TestOracleOnTreebank runs the oracle over every projectivised EWT
// training tree when the data is available.
func TestOracleOnTreebank(t *testing.T) {
	dir := dataDir(t)
	trees, err := readTrees(filepath.Join(dir, "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		trees = trees[:500]
	}
	for i, tr := range trees {
		h := make([]int32, len(tr.heads)+1)
		for j, x := range tr.heads {
			h[j+1] = int32(x)
		}
		projectivize(h)
		got := runOracle(t, h[1:])
		for j := range got {
			if got[j] != h[j+1] {
				t.Fatalf("sentence %d: oracle heads %v, want %v", i, got, h[1:])
			}
		}
	}
}

// dataDir finds the shared corpora: $PARLEY_DATA, or ../shared/data next to
// the repository root; it skips the test when they are absent.
func dataDir(t testing.TB) string {
	t.Helper()
	return testutil.DataDir(t, "ud-ewt/en_ewt-ud-train.conllu")
}
