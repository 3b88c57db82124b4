package pipeline

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/score"
)

// Our gold annotation of 20 of the public Wikinews diplomacy articles
// (format in testdata/wikinews-gold.md): offsets, names and labels only;
// the texts are read from the data directory.
//
//go:embed testdata/wikinews-gold.jsonl
var wikinewsGold []byte

// Our held-out position annotation of 10 other articles of the set
// (format in testdata/wikinews-check.md): measured, never tuned on.
//
//go:embed testdata/wikinews-check.jsonl
var wikinewsCheck []byte

// WikinewsDir is the article set under the data directory.
const WikinewsDir = "wikinews-diplomacy"

// wnDebug, when set (by a test), receives one line per miss and false
// item.
var wnDebug func(format string, args ...any)

func debugf(format string, args ...any) {
	if wnDebug != nil {
		wnDebug(format, args...)
	}
}

type wnArticle struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
	URL   string `json:"url"`
	Text  string `json:"text"`
}

type wnGold struct {
	ID     string `json:"id"`
	Quotes []struct {
		Start   int     `json:"start"`
		End     int     `json:"end"`
		Kind    string  `json:"kind"`
		Speaker *string `json:"speaker"`
	} `json:"quotes"`
	Meetings []struct {
		Participants []string `json:"participants"`
		Start        int      `json:"start"`
		End          int      `json:"end"`
		Negated      bool     `json:"negated"`
	} `json:"meetings"`
	Positions []wnPosition `json:"positions"`
}

// wnPosition is one gold position: holder name, stance and the object's
// code-point offsets.
type wnPosition struct {
	Actor       string `json:"actor"`
	Stance      string `json:"stance"`
	ObjectStart int    `json:"object_start"`
	ObjectEnd   int    `json:"object_end"`
}

// byteAt maps code-point indices (as the gold files give them) to byte
// offsets in s, clamped to the text.
func byteAt(s string) func(int) int {
	off := make([]int, 0, len(s)+1)
	for i := range s {
		off = append(off, i)
	}
	off = append(off, len(s))
	return func(i int) int {
		if i < 0 {
			return 0
		}
		if i >= len(off) {
			return len(s)
		}
		return off[i]
	}
}

// EvalWikinews runs the whole pipeline on the annotated Wikinews articles
// (dataDir/wikinews-diplomacy) and scores quotes (span F1 exact and with
// half overlap, speaker accuracy; direct = direct, partial and mixed),
// meetings (CONSULT events that happened or are scheduled — not offers,
// possibilities, conditions or demands — in the same sentence, with the
// participants named) and
// positions (holder, stance, overlapping object). The rules were written
// with these public articles in view, so the figures are development
// figures (dataset wikinews-dev), not held-out ones. Meetings and positions are also
// scored on the held-out check set (dataset wikinews-check, 10 other
// articles of the set), which no rule was tuned on.
func (p *Pipeline) EvalWikinews(dataDir string) ([]score.Result, error) {
	if len(bytes.TrimSpace(wikinewsGold)) == 0 {
		return nil, nil
	}
	path := filepath.Join(dataDir, WikinewsDir, "articles.jsonl")
	arts, err := readWikinews(dataDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil // the set is absent: nothing to score
	}
	if err != nil {
		return nil, err
	}
	var (
		qExact, qOver = map[string]*score.PRF{"direct": {}, "reported": {}}, map[string]*score.PRF{"direct": {}, "reported": {}}
		spk           = map[string]*score.Accuracy{"direct": {}, "reported": {}}
		meet, pos     score.PRF
	)
	golds, err := readGold(wikinewsGold, "gold", arts, path)
	if err != nil {
		return nil, err
	}
	for _, gl := range golds {
		g, a := gl.gold, gl.article
		w := wnAnnotate(p, a)
		d, names, at := w.d, w.names, w.at
		// quotes
		usedE, usedO := make([]bool, len(d.Quotes)), make([]bool, len(d.Quotes))
		for _, gq := range g.Quotes {
			kind := group(gq.Kind)
			gsp := trimSpan(a.Text, doc.Span{Start: at(gq.Start), End: at(gq.End)})
			qExact[kind].Gold++
			qOver[kind].Gold++
			for i, q := range d.Quotes {
				if usedE[i] || group(q.Kind) != kind {
					continue
				}
				if trimSpan(a.Text, q.Span) == gsp {
					usedE[i] = true
					qExact[kind].TP++
					break
				}
			}
			best, bestOv := -1, 0
			for i, q := range d.Quotes {
				if usedO[i] || group(q.Kind) != kind {
					continue
				}
				ps := trimSpan(a.Text, q.Span)
				ov := overlap(ps, gsp)
				longer := max(ps.Len(), gsp.Len())
				if 2*ov >= longer && ov > bestOv {
					best, bestOv = i, ov
				}
			}
			if best < 0 {
				continue
			}
			usedO[best] = true
			qOver[kind].TP++
			if gq.Speaker != nil {
				spk[kind].All++
				if q := d.Quotes[best]; q.Speaker != nil && strings.EqualFold(names[*q.Speaker], *gq.Speaker) {
					spk[kind].Right++
				}
			}
		}
		for _, q := range d.Quotes {
			qExact[group(q.Kind)].Pred++
			qOver[group(q.Kind)].Pred++
		}
		scoreMeetings(w, g, &meet, true)
		scorePositions(w, g.Positions, &pos, true)
	}
	const ds = "wikinews-dev"
	var out []score.Result
	for _, k := range []string{"direct", "reported"} {
		out = append(out,
			score.Result{Task: "wikinews", Dataset: ds, Metric: "quote-f1-exact-" + k, Value: qExact[k].F1(), N: qExact[k].Gold},
			score.Result{Task: "wikinews", Dataset: ds, Metric: "quote-f1-overlap-" + k, Value: qOver[k].F1(), N: qOver[k].Gold},
			score.Result{Task: "wikinews", Dataset: ds, Metric: "quote-precision-overlap-" + k, Value: qOver[k].Precision(), N: qOver[k].Pred},
			score.Result{Task: "wikinews", Dataset: ds, Metric: "speaker-accuracy-" + k, Value: spk[k].Value(), N: spk[k].All},
		)
	}
	out = append(out,
		score.Result{Task: "wikinews", Dataset: ds, Metric: "meeting-f1", Value: meet.F1(), N: meet.Gold},
		score.Result{Task: "wikinews", Dataset: ds, Metric: "meeting-precision", Value: meet.Precision(), N: meet.Pred},
		score.Result{Task: "wikinews", Dataset: ds, Metric: "position-f1", Value: pos.F1(), N: pos.Gold},
		score.Result{Task: "wikinews", Dataset: ds, Metric: "position-precision", Value: pos.Precision(), N: pos.Pred},
	)
	check, err := p.evalWikinewsCheck(arts, path)
	if err != nil {
		return nil, err
	}
	return append(out, check...), nil
}

// goldArticle is one annotated article with its text.
type goldArticle struct {
	gold    wnGold
	article wnArticle
}

// readGold parses an embedded annotation file (JSON Lines, one article a
// line; which names it in errors) and pairs each record with its article
// from arts (read from path).
func readGold(data []byte, which string, arts map[string]wnArticle, path string) ([]goldArticle, error) {
	var out []goldArticle
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	n := 0
	for sc.Scan() {
		n++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var g wnGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("wikinews %s line %d: %w", which, n, err)
		}
		a, ok := arts[g.ID]
		if !ok {
			return nil, fmt.Errorf("wikinews %s line %d: article %s not in %s", which, n, g.ID, path)
		}
		out = append(out, goldArticle{g, a})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wikinews %s: %w", which, err)
	}
	return out, nil
}

// evalWikinewsCheck scores meetings and positions on the held-out check set
// (testdata/wikinews-check.jsonl) the same way as on the development gold.
// Its errors are never printed: the set is for measurement only.
func (p *Pipeline) evalWikinewsCheck(arts map[string]wnArticle, path string) ([]score.Result, error) {
	if len(bytes.TrimSpace(wikinewsCheck)) == 0 {
		return nil, nil
	}
	var meet, pos score.PRF
	golds, err := readGold(wikinewsCheck, "check", arts, path)
	if err != nil {
		return nil, err
	}
	for _, gl := range golds {
		g, a := gl.gold, gl.article
		w := wnAnnotate(p, a)
		scoreMeetings(w, g, &meet, false)
		scorePositions(w, g.Positions, &pos, false)
	}
	const ds = "wikinews-check"
	return []score.Result{
		{Task: "wikinews", Dataset: ds, Metric: "meeting-f1", Value: meet.F1(), N: meet.Gold},
		{Task: "wikinews", Dataset: ds, Metric: "meeting-precision", Value: meet.Precision(), N: meet.Pred},
		{Task: "wikinews", Dataset: ds, Metric: "meeting-recall", Value: meet.Recall(), N: meet.Gold},
		{Task: "wikinews", Dataset: ds, Metric: "position-f1", Value: pos.F1(), N: pos.Gold},
		{Task: "wikinews", Dataset: ds, Metric: "position-precision", Value: pos.Precision(), N: pos.Pred},
		{Task: "wikinews", Dataset: ds, Metric: "position-recall", Value: pos.Recall(), N: pos.Gold},
	}, nil
}

// scoreMeetings counts gold and predicted meetings of one article into
// meet: a CONSULT event that is not negated and not a mere offer,
// possibility, condition or demand matches an unmatched non-negated gold
// meeting whose sentence its evidence overlaps when they share at least
// two participants by name (one for a single-body gold meeting). With
// debug, misses and false meetings go to debugf.
func scoreMeetings(w wnAnnotated, g wnGold, meet *score.PRF, debug bool) {
	a, d, names, at := w.article, w.d, w.names, w.at
	var gm []doc.Span
	var gp [][]string
	for _, m := range g.Meetings {
		if m.Negated {
			continue
		}
		gm = append(gm, doc.Span{Start: at(m.Start), End: at(m.End)})
		gp = append(gp, m.Participants)
	}
	meet.Gold += len(gm)
	usedM := make([]bool, len(gm))
	for _, e := range d.Events {
		if e.Type != "CONSULT" || e.Negated {
			continue
		}
		switch e.Modality {
		case "ready", "possible", "conditional", "demanded":
			continue // an offer or a call to meet is no meeting (it is a position)
		}
		meet.Pred++
		var who []string
		for _, id := range append(append([]string{}, e.Source...), e.Target...) {
			who = append(who, names[id])
		}
		hit := false
		for k := range gm {
			if usedM[k] || !gm[k].Overlaps(e.Evidence) {
				continue
			}
			if shared(who, gp[k]) >= min(2, len(gp[k])) {
				usedM[k] = true
				meet.TP++
				hit = true
				break
			}
		}
		if !hit && debug {
			debugf("%s false meeting %q: %s", a.ID, who, a.Text[e.Evidence.Start:e.Evidence.End])
		}
	}
	if !debug {
		return
	}
	for k := range gm {
		if !usedM[k] {
			debugf("%s missed meeting %q: %s", a.ID, gp[k], a.Text[gm[k].Start:gm[k].End])
		}
	}
}

// wnAnnotate runs the whole pipeline on one article. The articles are
// clean already; annotating the text as it is keeps the gold offsets valid.
func wnAnnotate(p *Pipeline, a wnArticle) wnAnnotated {
	d := doc.New(a.ID, a.Text)
	d.Title, d.URL = a.Title, a.URL
	if a.Date != "" {
		date := a.Date
		d.Date = &date
	}
	p.AnnotateUntil(d, "")
	names := make(map[string]string, len(d.Actors))
	for _, ac := range d.Actors {
		names[ac.ID] = ac.Name
	}
	return wnAnnotated{article: a, d: d, names: names, at: byteAt(a.Text)}
}

// wnAnnotated is one article with what the pipeline made of it.
type wnAnnotated struct {
	article wnArticle
	d       *doc.Document
	names   map[string]string // actor id → name
	at      func(int) int     // gold code-point index → byte offset
}

// scorePositions counts gold and predicted positions of one article into
// pos: a prediction matches a gold position with the same holder (by
// name) and stance whose object it overlaps; each prediction matches at
// most once. With debug, misses and false items go to debugf.
func scorePositions(w wnAnnotated, gold []wnPosition, pos *score.PRF, debug bool) {
	a, d, names, at := w.article, w.d, w.names, w.at
	pos.Gold += len(gold)
	pos.Pred += len(d.Positions)
	usedP := make([]bool, len(d.Positions))
	for _, gpz := range gold {
		obj := doc.Span{Start: at(gpz.ObjectStart), End: at(gpz.ObjectEnd)}
		tp := pos.TP
		for i, x := range d.Positions {
			if usedP[i] || x.Stance != gpz.Stance || !strings.EqualFold(names[x.Actor], gpz.Actor) {
				continue
			}
			if k := strings.Index(a.Text[x.Evidence.Start:x.Evidence.End], x.Object); k >= 0 {
				ps := doc.Span{Start: x.Evidence.Start + k, End: x.Evidence.Start + k + len(x.Object)}
				if ps.Overlaps(obj) {
					usedP[i] = true
					pos.TP++
					break
				}
			}
		}
		if debug && pos.TP == tp {
			debugf("%s missed position %s %s %q", a.ID, gpz.Actor, gpz.Stance, a.Text[obj.Start:obj.End])
		}
	}
	if !debug {
		return
	}
	for i, x := range d.Positions {
		if !usedP[i] {
			debugf("%s false position %s %s %q in: %s", a.ID, names[x.Actor], x.Stance, x.Object, a.Text[x.Evidence.Start:x.Evidence.End])
		}
	}
}

// readWikinews reads the articles of dataDir/wikinews-diplomacy by id.
func readWikinews(dataDir string) (map[string]wnArticle, error) {
	path := filepath.Join(dataDir, WikinewsDir, "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("wikinews: %w", err)
	}
	defer f.Close()
	arts := map[string]wnArticle{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	for sc.Scan() {
		var a wnArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("wikinews: %s: %w", path, err)
		}
		arts[a.ID] = a
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wikinews: %s: %w", path, err)
	}
	return arts, nil
}

func group(kind string) string {
	if kind == "reported" {
		return "reported"
	}
	return "direct"
}

// trimSpan drops spaces, punctuation and quotation marks at both ends.
func trimSpan(text string, s doc.Span) doc.Span {
	for s.Start < s.End {
		r := []rune(text[s.Start:min(s.End, s.Start+4)])[0]
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			break
		}
		s.Start += len(string(r))
	}
	for s.End > s.Start {
		rs := []rune(text[max(s.Start, s.End-4):s.End])
		r := rs[len(rs)-1]
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			break
		}
		s.End -= len(string(r))
	}
	return s
}

func overlap(a, b doc.Span) int {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	if hi < lo {
		return 0
	}
	return hi - lo
}

func shared(a, b []string) int {
	n := 0
	for _, x := range b {
		for _, y := range a {
			if strings.EqualFold(x, y) {
				n++
				break
			}
		}
	}
	return n
}
