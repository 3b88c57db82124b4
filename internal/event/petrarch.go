package event

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/score"
)

// PetrarchRecord is one PETRARCH2 unit-test sentence with its expected
// events mapped to PLOVER types (codes with no PLOVER equivalent, such as
// the suite's made-up ones, are dropped and counted in Unmapped).
type PetrarchRecord struct {
	ID       string
	Text     string
	Types    []string // expected PLOVER types
	Unmapped int      // expected events whose code has no PLOVER type
	NoEvents bool     // the record must produce no event
}

var (
	reSentence = regexp.MustCompile(`(?s)<Sentence ([^>]*)>(.*?)</Sentence>`)
	reID       = regexp.MustCompile(`id="([^"]*)"`)
	reCoding   = regexp.MustCompile(`<EventCoding ([^>]*)>`)
	reCode     = regexp.MustCompile(`eventcode="([^"]*)"`)
	reText     = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
)

// LoadCAMEO2PLOVER reads plover/upstream/CAMEO2PLOVER-2021.txt: CAMEO code →
// PLOVER type.
func LoadCAMEO2PLOVER(dataDir string) (map[string]string, error) {
	path := filepath.Join(dataDir, "plover", "upstream", "CAMEO2PLOVER-2021.txt")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cameo→plover table: %w", err)
	}
	defer f.Close()
	valid := set(Types...)
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		typ := strings.TrimSpace(strings.Split(rest, ",")[0])
		if valid[typ] {
			m[strings.TrimSpace(code)] = typ
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cameo→plover table %s: %w", path, err)
	}
	return m, nil
}

// plover maps a CAMEO code to PLOVER by its longest listed prefix.
func ploverOf(table map[string]string, code string) string {
	for n := len(code); n >= 2; n-- {
		if t, ok := table[code[:n]]; ok {
			return t
		}
	}
	return ""
}

// LoadPetrarch reads the unit-test records of
// petrarch/petrarch2/PETR.UnitTest.records.xml.
func LoadPetrarch(dataDir string) ([]PetrarchRecord, error) {
	table, err := LoadCAMEO2PLOVER(dataDir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dataDir, "petrarch", "petrarch2", "PETR.UnitTest.records.xml")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("petrarch unit tests: %w", err)
	}
	var out []PetrarchRecord
	for _, m := range reSentence.FindAllStringSubmatch(string(b), -1) {
		r := PetrarchRecord{}
		if id := reID.FindStringSubmatch(m[1]); id != nil {
			r.ID = id[1]
		}
		t := reText.FindStringSubmatch(m[2])
		if t == nil {
			continue
		}
		r.Text = strings.Join(strings.Fields(t[1]), " ")
		for _, ec := range reCoding.FindAllStringSubmatch(m[2], -1) {
			if strings.Contains(ec[1], "noevents") {
				r.NoEvents = true
				continue
			}
			code := reCode.FindStringSubmatch(ec[1])
			if code == nil {
				continue // an expected parse error, not an event
			}
			if typ := ploverOf(table, code[1]); typ != "" {
				r.Types = append(r.Types, typ)
			} else {
				r.Unmapped++
			}
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("petrarch unit tests %s: no records", path)
	}
	return out, nil
}

// EvalPetrarch codes the unit-test sentences and scores event detection
// per sentence: precision is the share of sentences given an event that
// expect one, recall the share of sentences expecting an event that got
// one, and no-event-empty the share of "no event" records left without an
// event.
//
// Event types are not scored: the suite is written against its own
// validation dictionary (PETR.Validate.verbs.txt), whose codes are, by its
// own header, mostly WEIS codes tweaked ad hoc for the tests, not CAMEO —
// "restore diplomatic ties" is coded 064 (CAMEO: share intelligence),
// "welcomed a resumption of ties" 041 (CAMEO: discuss by telephone),
// "abandon ties" 901/902 (no CAMEO code at all). Mapping those codes
// through the CAMEO→PLOVER table gives types the sentences do not express,
// so typed precision and recall on this suite measure the mapping, not the
// coder.
func EvalPetrarch(recs []PetrarchRecord, annotate func(*doc.Document), opts Options) []score.Result {
	var prf score.PRF
	var quiet score.Accuracy
	for n, r := range recs {
		if len(r.Types) == 0 && r.Unmapped == 0 && !r.NoEvents {
			continue // only expected parse errors
		}
		d := doc.New(fmt.Sprintf("petrarch-%d", n), r.Text)
		date := "1995-01-01"
		d.Date = &date
		annotate(d)
		d.Events = d.Events[:0]
		Code(d, opts)
		coded := len(d.Events) > 0
		if r.NoEvents {
			quiet.All++
			if !coded {
				quiet.Right++
			}
		} else {
			prf.Gold++
		}
		if coded {
			prf.Pred++
			if !r.NoEvents {
				prf.TP++
			}
		}
	}
	return []score.Result{
		{Task: "events", Dataset: "petrarch-unit", Metric: "detect-precision", Value: prf.Precision(), N: prf.Pred},
		{Task: "events", Dataset: "petrarch-unit", Metric: "detect-recall", Value: prf.Recall(), N: prf.Gold},
		{Task: "events", Dataset: "petrarch-unit", Metric: "detect-f1", Value: prf.F1(), N: prf.Gold},
		{Task: "events", Dataset: "petrarch-unit", Metric: "no-event-empty", Value: quiet.Value(), N: quiet.All},
	}
}
