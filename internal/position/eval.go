package position

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/score"
)

// Our own evaluation set: short passages written for Parley, each with the
// positions a careful analyst expects (format in testdata/README.md).
//
//go:embed testdata/positions.jsonl
var setFile []byte

// GoldPassage is one passage of the evaluation set.
type GoldPassage struct {
	ID        string         `json:"id"`
	Split     string         `json:"split"` // dev | test
	Date      string         `json:"date"`
	Text      string         `json:"text"`
	Positions []GoldPosition `json:"positions"`
}

// GoldPosition is an expected position: the holder's canonical name, the
// stance and a key phrase the extracted object must contain.
type GoldPosition struct {
	Actor  string `json:"actor"`
	Stance string `json:"stance"`
	Object string `json:"object"`
}

// LoadSet parses an evaluation set in JSON Lines; name is used in errors.
func LoadSet(b []byte, name string) ([]GoldPassage, error) {
	var out []GoldPassage
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var p GoldPassage
		if err := json.Unmarshal(line, &p); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if p.Split != "dev" && p.Split != "test" {
			return nil, fmt.Errorf("%s:%d: passage %s: split %q, want dev or test", name, n, p.ID, p.Split)
		}
		for _, g := range p.Positions {
			if !stances[g.Stance] {
				return nil, fmt.Errorf("%s:%d: passage %s: stance %q", name, n, p.ID, g.Stance)
			}
			if !strings.Contains(p.Text, g.Object) {
				return nil, fmt.Errorf("%s:%d: passage %s: object %q is not in the text", name, n, p.ID, g.Object)
			}
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// Set returns the built-in evaluation set.
func Set() ([]GoldPassage, error) {
	return LoadSet(setFile, "internal/position/testdata/positions.jsonl")
}

// SetDataset names the built-in set in results ("positions-own/dev",
// "positions-own/test").
const SetDataset = "positions-own"

// Report holds the figures of one split.
type Report struct {
	Full   score.PRF            // holder, stance and object right
	Holder score.PRF            // holder and stance right, object ignored
	By     map[string]score.PRF // full match per gold stance (recall side) and predicted stance (precision side)
	Errors []string             // one line per miss or false position, for reading
}

// EvalSplit runs annotate (the whole pipeline, positions included) over
// the passages of one split and scores the positions it finds.
func EvalSplit(set []GoldPassage, split string, annotate func(*doc.Document)) *Report {
	r := &Report{By: map[string]score.PRF{}}
	for _, p := range set {
		if p.Split != split {
			continue
		}
		d := doc.New(p.ID, p.Text)
		if p.Date != "" {
			date := p.Date
			d.Date = &date
		}
		annotate(d)
		names := map[string]string{}
		for _, a := range d.Actors {
			names[a.ID] = a.Name
		}
		r.score(p, d, names)
	}
	return r
}

func (r *Report) score(p GoldPassage, d *doc.Document, names map[string]string) {
	usedFull := make([]bool, len(d.Positions))
	usedHolder := make([]bool, len(d.Positions))
	for _, g := range p.Positions {
		full, holder := -1, -1
		for i, x := range d.Positions {
			if !strings.EqualFold(names[x.Actor], g.Actor) || x.Stance != g.Stance {
				continue
			}
			if holder < 0 && !usedHolder[i] {
				holder = i
			}
			if full < 0 && !usedFull[i] && strings.Contains(strings.ToLower(x.Object), strings.ToLower(g.Object)) {
				full = i
			}
		}
		by := r.By[g.Stance]
		by.Gold++
		if full >= 0 {
			usedFull[full] = true
			r.Full.TP++
			by.TP++
		} else {
			r.Errors = append(r.Errors, fmt.Sprintf("%s miss: %s %s %q", p.ID, g.Actor, g.Stance, g.Object))
		}
		r.By[g.Stance] = by
		if holder >= 0 {
			usedHolder[holder] = true
			r.Holder.TP++
		}
	}
	r.Full.Gold += len(p.Positions)
	r.Holder.Gold += len(p.Positions)
	r.Full.Pred += len(d.Positions)
	r.Holder.Pred += len(d.Positions)
	for i, x := range d.Positions {
		by := r.By[x.Stance]
		by.Pred++
		r.By[x.Stance] = by
		if !usedFull[i] {
			r.Errors = append(r.Errors, fmt.Sprintf("%s false: %s %s %q (topic %q)", p.ID, names[x.Actor], x.Stance, x.Object, x.Topic))
		}
	}
}

// Results turns a report into scoreboard lines.
func (r *Report) Results(dataset string) []score.Result {
	out := []score.Result{
		{Task: "positions", Dataset: dataset, Metric: "f1", Value: r.Full.F1(), N: r.Full.Gold},
		{Task: "positions", Dataset: dataset, Metric: "precision", Value: r.Full.Precision(), N: r.Full.Pred},
		{Task: "positions", Dataset: dataset, Metric: "recall", Value: r.Full.Recall(), N: r.Full.Gold},
		{Task: "positions", Dataset: dataset, Metric: "holder-stance-f1", Value: r.Holder.F1(), N: r.Holder.Gold},
	}
	keys := make([]string, 0, len(r.By))
	for k := range r.By {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b := r.By[k]
		out = append(out, score.Result{Task: "positions", Dataset: dataset, Metric: "f1-" + k, Value: b.F1(), N: b.Gold})
	}
	return out
}

// Eval scores the built-in set, both splits, with annotate running the
// whole pipeline.
func Eval(annotate func(*doc.Document)) ([]score.Result, error) {
	set, err := Set()
	if err != nil {
		return nil, err
	}
	var out []score.Result
	for _, split := range []string{"dev", "test"} {
		out = append(out, EvalSplit(set, split, annotate).Results(SetDataset+"/"+split)...)
	}
	return out, nil
}
