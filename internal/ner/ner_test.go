package ner

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// tokenize is a small test tokeniser: words, with punctuation and "'s" split
// off, the way internal/text does it, so that these tests do not depend on it.
func tokenize(text string) *doc.Document {
	d := doc.New("test", text)
	sent := 0
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		start := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for i < len(text) {
				r, sz := utf8.DecodeRuneInString(text[i:])
				if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
					break
				}
				i += sz
			}
		} else if strings.HasPrefix(text[i:], "'s") {
			i += 2
		} else {
			i += sz
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: i}, Sentence: sent, Head: -1})
		if r == '.' {
			sent++
		}
	}
	return d
}

var (
	loadOnce sync.Once
	loaded   *Recognizer
	loadErr  error
)

func embedded(t testing.TB) *Recognizer {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		t.Skipf("no embedded model: %v", loadErr)
	}
	return loaded
}

func entitySet(d *doc.Document) map[string]string {
	m := map[string]string{}
	for _, e := range d.Entities {
		m[e.Text] = e.Type
	}
	return m
}

func TestRecognizeEmbedded(t *testing.T) {
	r := embedded(t)
	d := tokenize("Foreign Minister Sergey Lavrov met Antony Blinken in Geneva, the State Department said.")
	r.Recognize(d)
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	got := entitySet(d)
	for name, typ := range map[string]string{"Sergey Lavrov": "PER", "Antony Blinken": "PER", "Geneva": "GPE", "State Department": "ORG"} {
		if got[name] != typ {
			t.Errorf("%s: got %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
	if _, ok := got["Foreign Minister Sergey Lavrov"]; ok {
		t.Error("title kept in the person's name")
	}
}

func TestRecognizeSentencesAndSpans(t *testing.T) {
	r := embedded(t)
	d := tokenize("The talks in Ankara ended. Peskov spoke to Interfax about Ukraine.")
	r.Recognize(d)
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if d.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %q has span text %q", e.Text, d.Text[e.Start:e.End])
		}
	}
	got := entitySet(d)
	if got["Ankara"] != "GPE" || got["Ukraine"] != "GPE" || got["Peskov"] != "PER" {
		t.Errorf("entities %v", got)
	}
	empty := doc.New("e", "")
	r.Recognize(empty)
	if len(empty.Entities) != 0 {
		t.Error("entities in an empty document")
	}
}

// TestRecognizeMachineTranslated checks the spellings of machine-translated
// news: accented transliterations and lower-case capitals.
func TestRecognizeMachineTranslated(t *testing.T) {
	r := embedded(t)
	d := tokenize("The spokeswoman, María Zajárova, said that Moscow talks to kyiv.")
	r.Recognize(d)
	got := entitySet(d)
	if got["María Zajárova"] != "PER" || got["Moscow"] != "GPE" || got["kyiv"] != "GPE" {
		t.Errorf("entities %v", got)
	}
}

func TestRecognizeConcurrent(t *testing.T) {
	r := embedded(t)
	text := "Antony Blinken met Sergey Lavrov in Geneva. The United Nations called for talks."
	want := tokenize(text)
	r.Recognize(want)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				d := tokenize(text)
				r.Recognize(d)
				if fmt.Sprint(d.Entities) != fmt.Sprint(want.Entities) {
					t.Errorf("concurrent run differs: %v vs %v", d.Entities, want.Entities)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkRecognize(b *testing.B) {
	r := embedded(b)
	text := strings.Repeat("The spokeswoman for the Russian Foreign Ministry, Maria Zajarova, said on Tuesday that Russia and the United States maintain contacts on urgent matters. "+
		"Jake Sullivan told students in Chicago that contacts between Washington and Beijing continue, the Financial Times reported. ", 20)
	base := tokenize(text)
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := doc.New("b", text)
		d.Tokens = base.Tokens
		r.Recognize(d)
	}
	b.StopTimer()
	tokens := float64(len(base.Tokens)) * float64(b.N)
	b.ReportMetric(tokens/b.Elapsed().Seconds(), "tokens/s")
	// on a shared machine wall time overstates the cost: report tokens per
	// second of this process's CPU time too
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(tokens/cpu.Seconds(), "tokens/cpu-s")
	}
}
