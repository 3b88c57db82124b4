package coref

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/kb"
)

// dataDir finds the corpora: $PARLEY_DATA, else ../shared/data next to the
// repository root.
func dataDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("PARLEY_DATA"); d != "" {
		return d
	}
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "data")
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

func gumDir(t *testing.T) string {
	d := dataDir(t)
	if _, err := os.Stat(filepath.Join(d, "gum", "splits", "test.txt")); err != nil {
		t.Skipf("GUM not found under %q (set PARLEY_DATA): %v", d, err)
	}
	return d
}

func TestReadGUM(t *testing.T) {
	d := gumDir(t)
	files, err := testDocs(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 30 {
		t.Fatalf("%d test documents", len(files))
	}
	g, err := readGUM(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(g.mentions) < 50 || g.text == "" {
		t.Fatalf("%s: %d mentions", g.id, len(g.mentions))
	}
	for _, m := range g.mentions {
		if m.Start < 0 || m.End > len(g.text) || m.Start >= m.End {
			t.Fatalf("bad span %+v", m)
		}
		for _, w := range m.min {
			if !m.Span.Contains(w) {
				t.Fatalf("minimal span %v outside %v (%q)", w, m.Span, g.text[m.Start:m.End])
			}
		}
		if strings.TrimSpace(g.text[m.Start:m.End]) != g.text[m.Start:m.End] {
			t.Fatalf("mention %q has outer spaces", g.text[m.Start:m.End])
		}
	}
}

// TestEvalGUM runs the whole evaluation (slow: it tags, recognises and parses
// the 30 test documents). Run with -run EvalGUM -v to see the figures.
func TestEvalGUM(t *testing.T) {
	d := gumDir(t)
	if testing.Short() {
		t.Skip("slow")
	}
	ann, err := DefaultAnnotator()
	if ann == nil {
		t.Skipf("models: %v", err)
	}
	if err != nil {
		t.Logf("running without the parser: %v", err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	after := AfterResolve
	if os.Getenv("NO_QUOTES") != "" {
		after = nil
	}
	split := "test"
	if s := os.Getenv("GUM_SPLIT"); s != "" {
		split = s // "dev" when tuning
	}
	files, err := splitDocs(d, split)
	if err != nil {
		t.Fatal(err)
	}
	settings := []actor.Options{{}, {Discourse: true}, {NoDiscourse: true}, {NoNominals: true}, {NoDiscourse: true, NoNominals: true}}
	if os.Getenv("GUM_DEFAULT_ONLY") != "" {
		settings = settings[:1] // quicker tuning runs: the pipeline's setting only
	}
	sts, err := EvalSplitStats(d, split, k, ann, after, settings...)
	if err != nil {
		t.Fatal(err)
	}
	for i, st := range sts {
		for _, r := range st.Results([]string{"", "named", "discourse", "named-discourse", "nodiscourse", "named-nodiscourse", "nonominals", "named-nonominals", "nodiscourse-nonominals", "named-nodiscourse-nonominals"}[i]) {
			t.Log(r.String())
		}
		if os.Getenv("DEBUG_MISSES") != "" && i == 0 {
			for _, m := range st.Missed {
				t.Log("missed: " + m)
			}
		}
		if os.Getenv("DEBUG_ANTE") != "" && i == 0 {
			for _, m := range st.AnteMisses {
				t.Log("antecedent miss: " + m)
			}
		}
		if os.Getenv("DEBUG_LINKS") != "" {
			for _, m := range st.LinkMisses {
				t.Log("link miss: " + m)
			}
		}
		for _, ty := range []string{"person", "organization", "place"} {
			t.Logf("mention recall %-12s %d/%d", ty, st.MatchedByType[ty], st.GoldByType[ty])
		}
		for _, how := range []string{"name", "alias", "title", "metonym", "pronoun"} {
			t.Logf("antecedent accuracy %-8s %d/%d", how, st.AnteRight[how], st.AnteAll[how])
		}
		if os.Getenv("DEBUG_PRONOUNS") != "" && i == 0 {
			for _, c := range []struct {
				name string
				c    counts
			}{{"muc", st.MUC}, {"b3", st.B3}, {"ceafe", st.CEAFe}} {
				t.Logf("%-6s recall %.1f precision %.1f", c.name, 100*c.c.recall(), 100*c.c.precision())
			}
			var ws []string
			for w := range st.AnteAll {
				if strings.HasPrefix(w, "pronoun ") {
					ws = append(ws, w)
				}
			}
			sort.Strings(ws)
			for _, w := range ws {
				t.Logf("antecedent accuracy %-16s %d/%d", w, st.AnteRight[w], st.AnteAll[w])
			}
		}
		if st.Docs != len(files) || st.GoldMentions == 0 {
			t.Fatalf("stats %+v", st)
		}
	}
}
