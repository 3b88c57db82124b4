package pipeline

import (
	"os"
	"testing"

	"github.com/parley-news/parley/internal/testutil"
)

// TestWikinewsDebug prints the Wikinews figures with every miss and false
// item (WN_DEBUG=1).
func TestWikinewsDebug(t *testing.T) {
	if os.Getenv("WN_DEBUG") == "" {
		t.Skip("set WN_DEBUG=1 to print the Wikinews evaluation with its errors")
	}
	dir := testutil.DataDir(t, WikinewsDir)
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
