// Package score holds the result type and the counting helpers shared by
// every evaluation in `parley eval`.
package score

import "fmt"

// Result is one line of the scoreboard: a metric of one task on one dataset.
type Result struct {
	Task    string  `json:"task"`    // e.g. "sentences", "upos", "ner"
	Dataset string  `json:"dataset"` // e.g. "ud-ewt/test"
	Metric  string  `json:"metric"`  // e.g. "f1", "accuracy", "uas"
	Value   float64 `json:"value"`   // in percent (0-100) for rates
	N       int     `json:"n"`       // how many items the figure is over
}

func (r Result) String() string {
	return fmt.Sprintf("%-12s %-28s %-14s %7.2f  (n=%d)", r.Task, r.Dataset, r.Metric, r.Value, r.N)
}

// PRF counts true positives, predicted and gold items for precision, recall and F1.
type PRF struct{ TP, Pred, Gold int }

// Add merges counts.
func (p *PRF) Add(o PRF) { p.TP += o.TP; p.Pred += o.Pred; p.Gold += o.Gold }

// Precision in percent.
func (p PRF) Precision() float64 { return pct(p.TP, p.Pred) }

// Recall in percent.
func (p PRF) Recall() float64 { return pct(p.TP, p.Gold) }

// F1 in percent.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// Accuracy counts right answers out of all.
type Accuracy struct{ Right, All int }

// Value in percent.
func (a Accuracy) Value() float64 { return pct(a.Right, a.All) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
