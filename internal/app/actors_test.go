package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runActorsCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := runActors(context.Background(), Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}, args)
	return out.String(), errb.String(), err
}

func TestActorsCommand(t *testing.T) {
	user := filepath.Join(t.TempDir(), "mine.jsonl")
	err := os.WriteFile(user, []byte(`{"id":"ines-marlow","kind":"person","name":"Inès Marlow","country":"USA","gender":"f","aliases":["Ines Marlowe"],"roles":[{"position":"spokesperson","org":"USA","start":"2021-02","end":"2023-06-30"}]}`+"\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want []string
		fail bool
	}{
		{"search user entry", []string{"-kb", user, "-q", "marlow"}, []string{"ines-marlow", "person", "Inès Marlow"}, false},
		{"search accent folded", []string{"-kb", user, "-q", "INES"}, []string{"ines-marlow"}, false},
		{"explain with dates", []string{"-kb", user, "-date", "2022-01-01", "explain", "ines-marlow"}, []string{"2021-02", "2023-06-30", "spokesperson", "* 2021-02", "held on 2022-01-01"}, false},
		{"explain json", []string{"-kb", user, "-json", "explain", "ines-marlow"}, []string{`"id":"ines-marlow"`}, false},
		{"no such actor", []string{"-kb", user, "explain", "zzzz-nobody-qqq"}, nil, true},
		{"bad user file", []string{"-kb", filepath.Join(t.TempDir(), "missing.jsonl")}, nil, true},
		{"explain needs an id", []string{"explain"}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := runActorsCmd(t, tc.args...)
			if (err != nil) != tc.fail {
				t.Fatalf("err %v, want failure %v\n%s", err, tc.fail, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	if out, _, err := runActorsCmd(t, "-kind", "country"); err != nil || strings.Contains(out, " person ") {
		t.Errorf("kind filter: %v\n%s", err, out)
	}
}
