package names

import (
	"os"
	"testing"
)

// TestSweep searches the thresholds and the hard-edit cost on the dev
// half only. It runs when NAMES_SWEEP is set; the chosen values are the
// constants Threshold, TokenThreshold and hardCost.
func TestSweep(t *testing.T) {
	if os.Getenv("NAMES_SWEEP") == "" {
		t.Skip("set NAMES_SWEEP=1 to sweep thresholds on the dev half")
	}
	defer buildCosts(hardCost, vowelSubCost, vowelIndelCost)
	pos := split(loadPairs(t, "variants.tsv", true), false)
	neg := split(loadPairs(t, "nearmiss.tsv", false), false)
	all := append(append([]pair(nil), pos...), neg...)
	type sc struct{ name, tok, last float64 }
	type grid struct{ hard, vs, vi uint8 }
	var grids []grid
	for _, hard := range []uint8{10, 12, 14, 16, 18, 20} {
		for _, vs := range []uint8{5, 6, 7, 8} {
			for _, vi := range []uint8{5, 6, 7, 8} {
				grids = append(grids, grid{hard, vs, vi})
			}
		}
	}
	for _, g := range grids {
		hard := g.hard
		buildCosts(g.hard, g.vs, g.vi)
		scores := make([]sc, len(all))
		for i, p := range all {
			na, nb := Parse(p.a), Parse(p.b)
			if len(na.toks) == 1 && len(nb.toks) > 1 {
				best := 0.0
				for _, j := range surnameCandidates(nb.toks, nb.first) {
					if _, s := tokenCost(na.toks[0].c, nb.toks[j].c); s > best {
						best = s
					}
				}
				scores[i] = sc{best, best, best}
				continue
			}
			r := align(na.toks, nb.toks)
			scores[i] = sc{r.sim, r.minTok, r.last}
		}
		bestF, bn, bt, bp, br := 0.0, 0.0, 0.0, 0.0, 0.0
		for tn := 0.60; tn <= 0.951; tn += 0.01 {
			rowF, rowT := 0.0, 0.0
			for tt := 0.60; tt <= 0.951; tt += 0.01 {
				tp, fp := 0, 0
				for i, p := range all {
					if scores[i].name >= tn && scores[i].last >= tn && scores[i].tok >= tt {
						if p.same {
							tp++
						} else {
							fp++
						}
					}
				}
				prec := float64(tp) / float64(max(1, tp+fp))
				rec := float64(tp) / float64(len(pos))
				f := 2 * prec * rec / (prec + rec + 1e-9)
				if f >= rowF-1e-9 {
					rowF, rowT = f, tt
				}
				if f >= bestF-1e-9 {
					bestF, bn, bt, bp, br = f, tn, tt, prec, rec
				}
			}
			if os.Getenv("NAMES_SWEEP") == "rows" && tn > 0.74 && tn < 0.91 {
				t.Logf("  hard=%d name %.2f: F %.4f (token %.2f)", hard, tn, rowF, rowT)
			}
		}
		t.Logf("hard=%d vowel sub %d indel %d: best F %.4f at name %.2f token %.2f (P %.4f R %.4f)", hard, g.vs, g.vi, bestF, bn, bt, bp, br)
	}
}
