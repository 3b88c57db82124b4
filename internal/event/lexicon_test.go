package event

import (
	"strings"
	"testing"
)

func TestDefaultLexicon(t *testing.T) {
	lx := DefaultLexicon()
	seen := map[string]bool{}
	for _, es := range lx.verbs {
		for _, e := range es {
			seen[e.Type] = true
		}
	}
	for _, es := range lx.nouns {
		for _, e := range es {
			seen[e.Type] = true
		}
	}
	for _, typ := range Types {
		if !seen[typ] {
			t.Errorf("no trigger for %s", typ)
		}
	}
	if lx.markers["ready"] != "ready" || lx.markers["plan"] != "intended" {
		t.Errorf("markers not loaded: %v", lx.markers)
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"fields", "agree\tV\tAGREE\n", "4 tab-separated"},
		{"type", "agree\tV\tAGREEMENT\t-\n", "unknown PLOVER type"},
		{"pos", "agree\tX\tAGREE\t-\n", "not V, N or M"},
		{"modality", "ready\tM\teager\t-\n", "unknown modality"},
		{"words", "a b c\tV\tAGREE\t-\n", "one lemma"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseLexicon(strings.NewReader(tt.in), "t.tsv")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
	lx, err := ParseLexicon(strings.NewReader("# c\n\nhunger strike\tN\tPROTEST\t-\ncall for\tV\tREQUEST\t-\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if e := lx.nouns["strike"]; len(e) != 1 || e[0].Particle != "hunger" {
		t.Errorf("two-word noun: got %+v", e)
	}
	if e := lx.verbs["call"]; len(e) != 1 || e[0].Particle != "for" {
		t.Errorf("verb particle: got %+v", e)
	}
}

func TestVerbLemmas(t *testing.T) {
	tests := []struct {
		form string
		want string // one of the candidates
	}{
		{"rioted", "riot"}, {"massed", "mass"}, {"stopped", "stop"}, {"denied", "deny"},
		{"shelling", "shell"}, {"raided", "raid"}, {"condemns", "condemn"}, {"seizes", "seize"},
	}
	for _, tt := range tests {
		got := verbLemmas(tt.form)
		found := false
		for _, l := range got {
			found = found || l == tt.want
		}
		if !found {
			t.Errorf("verbLemmas(%q) = %v, want %q among them", tt.form, got, tt.want)
		}
	}
	if got := verbLemmas("go"); len(got) != 0 {
		t.Errorf("verbLemmas(go) = %v, want none", got)
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("agree\tV\tAGREE\t-\n")
	f.Add("call for\tV\tREQUEST\t-\nready\tM\tready\t-\n")
	f.Add("#x\n\t\t\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		lx, err := ParseLexicon(strings.NewReader(s), "fuzz")
		if err == nil && lx == nil {
			t.Fatal("nil lexicon without error")
		}
	})
}
