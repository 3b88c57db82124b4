package event

import (
	"os"
	"path/filepath"
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

func TestExtendLexicon(t *testing.T) {
	base, err := ParseLexicon(strings.NewReader("meet\tV\tCONSULT\t-\nmeet with\tV\tCONSULT\t-\nreceive\tV\tCONSULT\thost\nready\tM\tready\t-\n"), "base.tsv")
	if err != nil {
		t.Fatal(err)
	}
	extra := "# user rows\nmeet\tV\tAGREE\t-\nmeet\tV\tCONSULT\tvisit\nreceive\tV\t-\t-\nparley\tN\tCONSULT\t-\nready\tM\t-\t-\neager\tM\tready\t-\n"
	lx, err := ExtendLexicon(base, strings.NewReader(extra), "user.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  []Entry
		want []string // type/mode/particle of each entry, in order
	}{
		{"replaced plain, kept particle", lx.verbs["meet"], []string{"CONSULT//with", "AGREE//", "CONSULT/visit/"}},
		{"removed", lx.verbs["receive"], nil},
		{"added noun", lx.nouns["parley"], []string{"CONSULT//"}},
		{"base untouched", base.verbs["meet"], []string{"CONSULT//", "CONSULT//with"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range tt.got {
			got = append(got, e.Type+"/"+e.Mode+"/"+e.Particle)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	if _, ok := lx.markers["ready"]; ok {
		t.Error("marker ready not removed")
	}
	if lx.markers["eager"] != "ready" {
		t.Error("marker eager not added")
	}
	if _, ok := base.markers["ready"]; !ok {
		t.Error("base marker removed")
	}
}

func TestExtraLexiconErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"type", "a\tV\tAGREE\t-\nmeet\tV\tMEET\t-\n", `my.tsv:2: unknown PLOVER type "MEET"`},
		{"fields", "# c\nmeet V CONSULT -\n", "my.tsv:2: want 4 tab-separated fields"},
		{"pos", "meet\tX\tCONSULT\t-\n", "my.tsv:1: pos"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Options{ExtraLexicon: []byte(tt.in), ExtraLexiconName: "my.tsv"}.Prepare()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
	o, err := Options{ExtraLexicon: []byte("parley\tV\tCONSULT\t-\n"), ExtraLexiconName: "my.tsv"}.Prepare()
	if err != nil {
		t.Fatal(err)
	}
	if o.Lexicon == nil || o.ExtraLexicon != nil || len(o.Lexicon.verbs["parley"]) != 1 || len(o.Lexicon.verbs["meet"]) == 0 {
		t.Errorf("Prepare did not merge over the built-in lexicon: %+v", o)
	}
	if _, err := LoadLexicon(filepath.Join(t.TempDir(), "missing.tsv")); err == nil || !strings.Contains(err.Error(), "missing.tsv") {
		t.Errorf("LoadLexicon of a missing file: got %v", err)
	}
	path := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(path, []byte("ok\tV\tAGREE\t-\nbad\tV\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadLexicon(path); err == nil || !strings.Contains(err.Error(), path+":2:") {
		t.Errorf("LoadLexicon of a malformed file: got %v, want %s:2", err, path)
	}
}
