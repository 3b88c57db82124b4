// Package testutil holds helpers shared by the tests of several packages.
// Only tests import it.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// DataDir locates the shared corpora: $PARLEY_DATA, else ../shared/data
// beside the repository root (the directory holding go.mod). It skips the
// test, naming what is missing, unless every path in need exists under it.
func DataDir(t testing.TB, need ...string) string {
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
	for _, n := range need {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Skipf("%s not found (%v); set PARLEY_DATA to the shared data directory", n, err)
		}
	}
	return dir
}
