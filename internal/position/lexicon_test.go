package position

import (
	"bytes"
	"strings"
	"testing"
)

func TestDefaultLexiconParses(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.lookup("demand", "VERB")) == 0 || len(lx.lookup("ready", "ADJ")) == 0 {
		t.Fatalf("built-in lexicon lacks demand/VERB or ready/ADJ")
	}
	if len(lx.topics) == 0 {
		t.Fatal("no topics")
	}
}

func TestParseStancesErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"columns", "demand\tVERB\tdemand\n", "want 4 tab-separated columns"},
		{"pos", "demand\tADV\tdemand\tobj\n", "part of speech"},
		{"stance", "demand\tVERB\tinsist\tobj\n", "stance \"insist\""},
		{"precondition is not a word stance", "demand\tVERB\tprecondition\tobj\n", "stance"},
		{"complement", "demand\tVERB\tdemand\tsubj\n", "complement \"subj\""},
		{"three words", "call on for\tVERB\tdemand\tobj\n", "a word and a particle"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseStances(strings.NewReader("# comment\n\n"+tc.in), "user.tsv")
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "user.tsv:3") {
				t.Fatalf("err = %v, want one naming user.tsv:3 and %q", err, tc.want)
			}
		})
	}
}

func TestExtendReplacesAndAdds(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	ext, err := lx.Extend([]byte("demand\tVERB\toffer\tobj\nplead for\tVERB\tdemand\tobl:for\n"), []byte("gas\tenergy\n"), "s.tsv", "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	es := ext.lookup("demand", "VERB")
	if len(es) != 1 || es[0].Stance != Offer {
		t.Fatalf("demand/VERB entries = %+v, want the user's one only", es)
	}
	if es := ext.lookup("plead", "VERB"); len(es) != 1 || es[0].Particle != "for" {
		t.Fatalf("plead for not added: %+v", es)
	}
	if ext.topics[0].Label != "energy" || len(ext.topics) != len(lx.topics)+1 {
		t.Fatalf("user topic not first: %+v", ext.topics[0])
	}
	if got := lx.lookup("demand", "VERB"); len(got) != 1 || got[0].Stance != Demand {
		t.Fatalf("Extend changed the built-in lexicon: %+v", got)
	}
}

// FuzzParseStances checks that any user file either parses into valid
// entries or fails with an error naming the file.
func FuzzParseStances(f *testing.F) {
	f.Add([]byte("demand\tVERB\tdemand\tobj,ccomp\n"))
	f.Add([]byte("call for\tVERB\tdemand\tobl:for\n# x\n"))
	f.Add([]byte("ready\tADJ\toffer\txcomp\n\n\t\t\t\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := ParseStances(bytes.NewReader(b), "fuzz.tsv")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.tsv") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, e := range es {
			if e.Lemma == "" || !stances[e.Stance] || len(e.Comps) == 0 {
				t.Fatalf("bad entry %+v", e)
			}
		}
		if _, err := ParseTopics(bytes.NewReader(b), "fuzz.tsv"); err != nil && !strings.Contains(err.Error(), "fuzz.tsv") {
			t.Fatalf("topic error does not name the file: %v", err)
		}
	})
}
