package tag

import (
	"os"
	"path/filepath"
	"testing"
)

// dataDir locates the shared corpora: $PARLEY_DATA, else ../shared/data
// next to the repository root. It skips the test when they are absent.
func dataDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("PARLEY_DATA"); d != "" {
		if _, err := os.Stat(filepath.Join(d, "ud-ewt")); err == nil {
			return d
		}
		t.Skipf("PARLEY_DATA=%s has no ud-ewt folder", d)
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Skipf("no working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
	d := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(d, "ud-ewt")); err != nil {
		t.Skipf("corpora not found at %s (set PARLEY_DATA): skipping", d)
	}
	return d
}
