package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/testutil"
)

// repoRoot walks up from the package directory to the directory holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the package directory")
		}
		dir = parent
	}
}

// dataDir locates the shared corpora: $PARLEY_DATA, else ../shared/data
// beside the repository root. It skips the test when they are absent.
func dataDir(t testing.TB) string {
	t.Helper()
	return testutil.DataDir(t, "ud-ewt/en_ewt-ud-test.conllu", "gum/splits/test.txt")
}

func TestEvalSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in -short mode")
	}
	dir := dataDir(t)
	res, err := EvalSentences(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
		// Sane floors, well under what the splitter reaches (see the report).
		if r.Metric == "boundary-f1" && r.Value < 90 {
			t.Errorf("%s %s = %.2f, want ≥ 90", r.Dataset, r.Metric, r.Value)
		}
		if r.N == 0 {
			t.Errorf("%s %s: no gold items", r.Dataset, r.Metric)
		}
	}
}

func TestEvalTokens(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in -short mode")
	}
	dir := dataDir(t)
	res, err := EvalTokens(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
		if r.Value < 90 {
			t.Errorf("%s %s = %.2f, want ≥ 90", r.Dataset, r.Metric, r.Value)
		}
	}
}

// TestDumpErrors writes the sentence-boundary errors on the dev sets to the
// file named by PARLEY_TEXT_ERRORS, for error analysis (dev only: the test
// sets are not looked at).
func TestDumpErrors(t *testing.T) {
	out := os.Getenv("PARLEY_TEXT_ERRORS")
	if out == "" {
		t.Skip("set PARLEY_TEXT_ERRORS=file to dump dev-set errors")
	}
	sets, err := loadEvalSets(dataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, set := range sets {
		if !strings.HasSuffix(set.name, "/dev") {
			continue
		}
		for i := range set.docs {
			d := &set.docs[i]
			lines = append(lines, errorContext(d, Sentences(d.text, Tokens(d.text)), 60)...)
		}
	}
	if err := os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
