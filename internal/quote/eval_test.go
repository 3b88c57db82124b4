package quote

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

// dataDir locates the shared corpora: $PARLEY_DATA, else ../shared/data
// beside the repository root (the directory holding go.mod).
func dataDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("PARLEY_DATA"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "data")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
}

func TestEvalGUM(t *testing.T) {
	dir := dataDir(t)
	if _, err := os.Stat(filepath.Join(dir, GUMDir, "attributions.jsonl")); err != nil {
		t.Skipf("%s not found under %s (set PARLEY_DATA): %v", GUMDir, dir, err)
	}
	if testing.Short() {
		t.Skip("slow: annotates 43 documents")
	}
	res, err := Eval(dir, func(d *doc.Document) {
		a := annotate(t, d.ID, d.Text)
		*d = *a
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
	}
	if len(res) == 0 {
		t.Fatal("no results")
	}
}

func TestEvalArticles(t *testing.T) {
	res, err := EvalArticles(func(d *doc.Document) { *d = *annotate(t, d.ID, d.Text) })
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
	}
}
