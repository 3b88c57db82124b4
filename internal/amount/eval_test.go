package amount

import (
	"os"
	"path/filepath"
	"testing"
)

// dataDir locates the shared corpora: $PARLEY_DATA, else ../shared/data
// beside the repository root (the directory holding go.mod). It skips the
// test when they are absent.
func dataDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("PARLEY_DATA")
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for {
			if _, err := os.Stat(filepath.Join(wd, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(wd)
			if parent == wd {
				t.Fatal("go.mod not found above the package directory")
			}
			wd = parent
		}
		dir = filepath.Join(wd, "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "meantime", "intra_cross-doc_annotation")); err != nil {
		t.Skipf("MEANTIME not found (%v); set PARLEY_DATA to the shared data directory", err)
	}
	return dir
}

func TestEval(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in -short mode")
	}
	res, err := EvalSets(dataDir(t), []string{"meantime/train", "meantime/dev", "meantime/test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
		if r.N == 0 {
			t.Errorf("%s %s: nothing scored", r.Dataset, r.Metric)
		}
	}
}
