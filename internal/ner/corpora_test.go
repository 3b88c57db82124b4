package ner

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func spanWords(s sentence) []string {
	var out []string
	for _, sp := range s.Spans {
		out = append(out, sp.Label+":"+strings.Join(s.Words[sp.Start:sp.End], " "))
	}
	return out
}

func TestReadColumns(t *testing.T) {
	tests := []struct {
		file  string
		sents int
		want  [][]string // spans per sentence
		docs  []int
		ids   []string
	}{
		{"testdata/columns.txt", 3, [][]string{{"location:Lisbon", "person:Ana Costa"}, {"organisation:Green Party"}, nil}, []int{0, 0, 0}, []string{"", "", ""}},
		{"testdata/iob1.txt", 2, [][]string{{"LOC:Oslo", "LOC:Bergen"}, {"MISC:Norwegian"}}, []int{0, 1}, []string{"", ""}},
		{"testdata/uner.iob2", 2, [][]string{{"PER:Carla Mendes", "LOC:Porto"}, {"ORG:Acme Tools"}}, []int{0, 1}, []string{"n0001-0001", "w0002-0001"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			s, err := readColumnsFile(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(s) != tc.sents {
				t.Fatalf("got %d sentences, want %d", len(s), tc.sents)
			}
			for i := range s {
				if got := spanWords(s[i]); !reflect.DeepEqual(got, tc.want[i]) {
					t.Errorf("sentence %d: spans %q, want %q", i, got, tc.want[i])
				}
				if s[i].Doc != tc.docs[i] || s[i].ID != tc.ids[i] {
					t.Errorf("sentence %d: doc %d id %q, want %d %q", i, s[i].Doc, s[i].ID, tc.docs[i], tc.ids[i])
				}
			}
		})
	}
}

func TestReadColumnsErrors(t *testing.T) {
	for _, in := range []string{"word\tX-PER\n", "lonelyword\n"} {
		if _, err := readColumns(strings.NewReader(in), "bad"); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestDecodeIOB(t *testing.T) {
	tests := []struct {
		tags []string
		want []span
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "I-LOC"}, []span{{0, 2, "ORG"}, {2, 3, "LOC"}}}, // IOB1
		{[]string{"B-PER", "B-PER", "I-PER"}, []span{{0, 1, "PER"}, {1, 3, "PER"}}}, // adjacent
		{[]string{"O", "I-PER", "O"}, []span{{1, 2, "PER"}}},                        // stray I-
		{[]string{"B-PER", "I-LOC"}, []span{{0, 1, "PER"}, {1, 2, "LOC"}}},          // type change
		{nil, nil},
	}
	for _, tc := range tests {
		if got := decodeIOB(tc.tags); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%v: got %v, want %v", tc.tags, got, tc.want)
		}
	}
}

func TestReadGUM(t *testing.T) {
	s, err := readGUMFile("testdata/gum.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 {
		t.Fatalf("got %d sentences", len(s))
	}
	want := []string{"person:Ana Costa", "organization:University of Lisbon", "place:Oslo"}
	if got := spanWords(s[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
	if len(s[1].Spans) != 0 {
		t.Errorf("common-noun mention kept: %v", spanWords(s[1]))
	}
	if s[0].ID != "GUM_news_fixture-1" {
		t.Errorf("id %q", s[0].ID)
	}
}

func TestParseGUMEntityErrors(t *testing.T) {
	for _, v := range []string{"7)", "(", "(1-person-new"} {
		stack := map[string][]gumMention{}
		var done []gumMention
		err := parseGUMEntity(v, 0, stack, &done)
		open := 0
		for _, st := range stack {
			open += len(st)
		}
		if err == nil && open == 0 && len(done) == 0 {
			t.Errorf("%q: accepted as nothing", v)
		}
	}
}

func TestReadDocRED(t *testing.T) {
	s, err := readDocREDFile("testdata/docred.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 {
		t.Fatalf("got %d sentences", len(s))
	}
	for i, want := range [][]string{{"PER:Tomas Varga", "LOC:Slovak"}, {"PER:He", "LOC:the Czech Republic"}} {
		if got := spanWords(s[i]); !reflect.DeepEqual(got, want) {
			t.Errorf("sentence %d: %q, want %q", i, got, want)
		}
	}
	if _, err := readDocRED(strings.NewReader(`[{"sents":[["a"]],"vertexSet":[[{"sent_id":3,"pos":[0,1]}]]}]`), "bad"); err == nil {
		t.Error("bad mention accepted")
	}
}

func FuzzReadColumns(f *testing.F) {
	for _, p := range []string{"testdata/columns.txt", "testdata/iob1.txt", "testdata/uner.iob2"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, err := readColumns(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, x := range s {
			for _, sp := range x.Spans {
				if sp.Start < 0 || sp.End > len(x.Words) || sp.Start >= sp.End {
					t.Fatalf("bad span %v over %d words", sp, len(x.Words))
				}
			}
		}
	})
}

func FuzzReadGUM(f *testing.F) {
	b, err := os.ReadFile("testdata/gum.conllu")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Fuzz(func(t *testing.T, in string) {
		s, err := readGUM(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, x := range s {
			for _, sp := range x.Spans {
				if sp.Start < 0 || sp.End > len(x.Words) || sp.Start >= sp.End {
					t.Fatalf("bad span %v over %d words", sp, len(x.Words))
				}
			}
		}
	})
}
