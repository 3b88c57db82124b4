package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWikinewsDebug prints the Wikinews figures with every miss and false
// item (WN_DEBUG=1; the corpora from PARLEY_DATA or ../shared/data).
func TestWikinewsDebug(t *testing.T) {
	if os.Getenv("WN_DEBUG") == "" {
		t.Skip("set WN_DEBUG=1 to print the Wikinews evaluation with its errors")
	}
	dir := os.Getenv("PARLEY_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, WikinewsDir)); err != nil {
		t.Skipf("no Wikinews articles under %s: %v", dir, err)
	}
	wnDebug = func(f string, a ...any) { t.Logf(f, a...) }
	defer func() { wnDebug = nil }()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.EvalWikinews(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Log(r)
	}
}
