package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/parley-news/parley/internal/doc"
)

// seedTexts reads the example articles in ../shared/seeds beside the
// repository, skipping the test when they are absent. The seeds are
// third-party text: tests only check properties of how they split and never
// copy or quote them.
func seedTexts(t *testing.T) map[string]string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles in %s", dir)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

// TestSeeds checks that the seed articles split well, by properties of the
// result rather than by their text:
//   - every line is split on its own (headings without final punctuation are
//     sentences);
//   - each sentence ends in terminal punctuation, optionally followed by
//     closing quote marks or brackets, unless it ends its line;
//   - no sentence is only punctuation (an elision "(…)" or a stray quote
//     mark), and none starts with a closing mark;
//   - an elision "(…)" followed by a lower-case word is inside a sentence;
//   - possessive and negative clitics are split off, "$" is a token.
func TestSeeds(t *testing.T) {
	for name, text := range seedTexts(t) {
		t.Run(name, func(t *testing.T) {
			d := doc.New(name, text)
			Tokenize(d)
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			if msg := checkInvariants(text, spansOf(d.Tokens), d.Sentences); msg != "" {
				t.Fatal(msg)
			}
			lineEnds := map[int]bool{len(strings.TrimRight(text, " \t\n")): true}
			for i := 0; i < len(text); i++ {
				if text[i] == '\n' {
					lineEnds[len(strings.TrimRight(text[:i], " \t\n"))] = true
				}
			}
			var bad []string
			for _, s := range d.Sentences {
				st := text[s.Start:s.End]
				r := []rune(st)
				core := strings.TrimRight(st, "”’\"')]»")
				last := []rune(core)
				switch {
				case strings.ContainsAny(st, "\n\r"):
					bad = append(bad, "crosses a line: "+st)
				case !lineEnds[s.End] && (len(last) == 0 || !strings.ContainsRune(".?!…:", last[len(last)-1])):
					bad = append(bad, "ends without punctuation mid-line: "+st)
				case strings.IndexFunc(st, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
					bad = append(bad, "only punctuation: "+st)
				case strings.ContainsRune("”’)]»", r[0]):
					bad = append(bad, "starts with a closing mark: "+st)
				}
			}
			for i, tk := range d.Tokens {
				w := d.SpanText(tk.Span)
				if w == "…" && i > 0 && i+2 < len(d.Tokens) && d.SpanText(d.Tokens[i-1].Span) == "(" {
					next := []rune(d.SpanText(d.Tokens[i+2].Span))
					if unicode.IsLower(next[0]) && d.Tokens[i+2].Sentence != tk.Sentence {
						bad = append(bad, "sentence break after an elision before a lower-case word")
					}
				}
				for _, c := range []string{"’s", "'s", "n't", "n’t"} {
					if host, ok := strings.CutSuffix(w, c); ok && host != "" {
						bad = append(bad, "clitic not split: "+w)
					}
				}
				if strings.HasPrefix(w, "$") && w != "$" {
					bad = append(bad, "currency not split: "+w)
				}
			}
			for _, b := range bad {
				t.Error(b)
			}
			t.Logf("%d bytes, %d tokens, %d sentences", len(text), len(d.Tokens), len(d.Sentences))
		})
	}
}

// TestTestdataOwnText checks that no seed text was copied into testdata:
// no run of eight words of a seed appears in any file under testdata/.
func TestTestdataOwnText(t *testing.T) {
	seeds := seedTexts(t)
	var own strings.Builder
	err := filepath.Walk("testdata", func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		own.Write(b)
		own.WriteByte('\n')
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ownWords := strings.Join(strings.Fields(own.String()), " ")
	const n = 8
	for name, text := range seeds {
		w := strings.Fields(text)
		for i := 0; i+n <= len(w); i++ {
			if shingle := strings.Join(w[i:i+n], " "); strings.Contains(ownWords, shingle) {
				t.Errorf("testdata holds eight words in a row from seed %s", name)
				break
			}
		}
	}
}
