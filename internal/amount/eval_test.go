package amount

import (
	"testing"

	"github.com/parley-news/parley/internal/testutil"
)

// dataDir locates the shared corpora and skips the test without them.
func dataDir(t testing.TB) string {
	t.Helper()
	return testutil.DataDir(t, "meantime/intra_cross-doc_annotation")
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
