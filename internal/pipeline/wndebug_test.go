package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
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

// TestWikinewsSentence prints the parse, actors and positions of the
// development articles' sentences that contain WN_SENT (for debugging
// the dev set; the check set is never dumped).
func TestWikinewsSentence(t *testing.T) {
	want := os.Getenv("WN_SENT")
	if want == "" {
		t.Skip("set WN_SENT=substring to dump the dev sentences that contain it")
	}
	dir := testutil.DataDir(t, WikinewsDir)
	arts, err := readWikinews(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(wikinewsGold, []byte("\n")) {
		var g wnGold
		if json.Unmarshal(line, &g) != nil {
			continue
		}
		a, ok := arts[g.ID]
		if !ok || !containsAny(a.Text, want) {
			continue
		}
		d := wnAnnotate(p, a).d
		for si, s := range d.Sentences {
			if !containsAny(d.SpanText(s), want) {
				continue
			}
			t.Logf("%s: %s", a.ID, d.SpanText(s))
			for i, tk := range d.Tokens {
				if tk.Sentence == si {
					t.Logf("%d %s %s %s %s %d %s", i, d.SpanText(tk.Span), tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel)
				}
			}
			for _, ac := range d.Actors {
				for _, m := range ac.Mentions {
					if m.Start >= s.Start && m.End <= s.End {
						t.Logf("actor %s %q", ac.ID, d.SpanText(m.Span))
					}
				}
			}
			for _, q := range d.Quotes {
				if q.Start < s.End && s.Start < q.End {
					sp := ""
					if q.Speaker != nil {
						sp = *q.Speaker
					}
					t.Logf("quote %s speaker=%s %q", q.Kind, sp, d.SpanText(q.Span))
				}
			}
			for _, e := range d.Events {
				if e.Evidence == s {
					mode := "-"
					if e.Mode != nil {
						mode = *e.Mode
					}
					t.Logf("event %s %s %v>%v negated=%v modality=%s", e.Type, mode, e.Source, e.Target, e.Negated, e.Modality)
				}
			}
			for _, x := range d.Positions {
				if x.Evidence == s {
					t.Logf("position %s %s [%s]", x.Actor, x.Stance, x.Object)
				}
			}
		}
	}
}

// containsAny reports whether s contains one of the "|"-separated
// substrings of want.
func containsAny(s, want string) bool {
	for _, w := range strings.Split(want, "|") {
		if w != "" && strings.Contains(s, w) {
			return true
		}
	}
	return false
}
