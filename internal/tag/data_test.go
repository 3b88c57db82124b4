package tag

import (
	"testing"

	"github.com/parley-news/parley/internal/testutil"
)

// dataDir locates the shared corpora: $PARLEY_DATA, else ../shared/data
// next to the repository root. It skips the test when they are absent.
func dataDir(t testing.TB) string {
	t.Helper()
	return testutil.DataDir(t, "ud-ewt")
}
