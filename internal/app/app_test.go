package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/contract"
)

func run(t *testing.T, stdin string, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	})
	return code, out.String(), errb.String()
}

func repoRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func TestUsageAndHelp(t *testing.T) {
	if code, _, errs := run(t, "", nil); code != 2 || !strings.Contains(errs, "extract") {
		t.Fatalf("no args: code %d, stderr %q", code, errs)
	}
	if code, _, errs := run(t, "", nil, "frobnicate"); code != 2 || !strings.Contains(errs, `unknown command "frobnicate"`) {
		t.Fatalf("unknown: code %d, stderr %q", code, errs)
	}
	for _, c := range []string{"extract", "ingest", "serve", "demo", "eval", "train", "bench", "config", "version"} {
		code, _, errs := run(t, "", nil, c, "-h")
		if code != 0 || !strings.Contains(errs, "Usage: parley "+c) {
			t.Errorf("%s -h: code %d, stderr %q", c, code, errs)
		}
	}
	if code, _, _ := run(t, "", nil, "extract", "-no-such-flag"); code != 2 {
		t.Errorf("bad flag: code %d, want 2", code)
	}
}

func TestConfigCommand(t *testing.T) {
	code, out, errs := run(t, "", map[string]string{"PARLEY_WORKERS": "3"}, "config", "-db", "/tmp/x.db")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errs)
	}
	var m map[string]string
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("config output is not JSON: %v\n%s", err, out)
	}
	if m["db"] != "/tmp/x.db" || m["workers"] != "3" {
		t.Fatalf("resolved config wrong: %v", m)
	}
}

// TestExtractExamples runs extract over the bundled examples (every input
// kind) and checks each line against the contract.
func TestExtractExamples(t *testing.T) {
	code, out, errs := run(t, "", nil, "extract", filepath.Join(repoRoot(t), "examples"))
	if code != 0 {
		t.Fatalf("extract failed (%d): %s", code, errs)
	}
	lines := 0
	ids := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		lines++
		if err := contract.Check(sc.Bytes()); err != nil {
			t.Errorf("line %d: %v", lines, err)
		}
		var d struct {
			ID        string
			Text      string
			Sentences []any
			Entities  []any
		}
		json.Unmarshal(sc.Bytes(), &d)
		ids[d.ID] = true
		if len(d.Sentences) == 0 || len(d.Entities) == 0 {
			t.Errorf("document %s: %d sentences, %d entities", d.ID, len(d.Sentences), len(d.Entities))
		}
		if strings.Contains(d.Text, "Subscribe to our newsletter") || strings.Contains(d.Text, "Hide player controls") {
			t.Errorf("document %s kept scraping debris", d.ID)
		}
	}
	// 1 txt + 2 jsonl + 1 html + 2 feed items.
	if lines != 6 {
		t.Fatalf("got %d documents (%v), want 6; stderr: %s", lines, ids, errs)
	}
}

func TestExtractBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("The envoy met the minister in Geneva on Monday."), 0o644)
	os.WriteFile(filepath.Join(dir, "latin1.txt"), []byte("Caf\xe9 talks\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	code, out, errs := run(t, "", nil, "extract", dir)
	if code != 0 {
		t.Fatalf("code %d; stderr %s", code, errs)
	}
	if n := strings.Count(out, "\n"); n != 1 {
		t.Fatalf("got %d documents, want 1", n)
	}
	if !strings.Contains(errs, "latin1") || !strings.Contains(errs, "empty") {
		t.Fatalf("bad documents not reported by name: %q", errs)
	}
	// Nothing readable at all: non-zero exit.
	code, _, _ = run(t, "", nil, "extract", filepath.Join(dir, "latin1.txt"))
	if code == 0 {
		t.Fatal("extract of only bad input exited 0")
	}
}

func TestIngestTwiceStoresOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	ex := filepath.Join(repoRoot(t), "examples")
	code, _, errs := run(t, "", nil, "ingest", "-db", db, ex)
	if code != 0 || !strings.Contains(errs, "6 new, 0 already stored") {
		t.Fatalf("first ingest: code %d, %s", code, errs)
	}
	code, _, errs = run(t, "", nil, "ingest", "-db", db, ex)
	if code != 0 || !strings.Contains(errs, "0 new, 6 already stored") || !strings.Contains(errs, "6 documents") {
		t.Fatalf("second ingest: code %d, %s", code, errs)
	}
}

func TestExtractDeterministic(t *testing.T) {
	ex := filepath.Join(repoRoot(t), "examples")
	_, a, _ := run(t, "", nil, "extract", "-workers", "1", ex)
	_, b, _ := run(t, "", nil, "extract", "-workers", "4", ex)
	if a != b || a == "" {
		t.Fatal("extract output differs between worker counts")
	}
}
