package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// render shows a tokenized text readably: one sentence per line with its
// byte range, its tokens separated by " │ ".
func render(d *doc.Document) string {
	var b strings.Builder
	for k, s := range d.Sentences {
		var toks []string
		for _, tk := range d.Tokens {
			if tk.Sentence == k {
				toks = append(toks, d.SpanText(tk.Span))
			}
		}
		fmt.Fprintf(&b, "%d [%d,%d) %s\n", k, s.Start, s.End, strings.Join(toks, " │ "))
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	for _, opt := range []struct {
		golden string
		opt    Options
	}{
		{"golden.txt", Options{}},
		{"golden_split_hyphens.txt", Options{SplitHyphens: true}},
	} {
		in, err := os.ReadFile(filepath.Join("testdata", "golden_input.txt"))
		if err != nil {
			t.Fatal(err)
		}
		d := doc.New("golden", string(in))
		TokenizeWith(d, opt.opt)
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		got := render(d)
		path := filepath.Join("testdata", opt.golden)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from the output (run go test -update after checking it):\n%s", path, diff(string(want), got))
		}
	}
}

// diff lists the lines that differ between want and got.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d\n- %s\n+ %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}
