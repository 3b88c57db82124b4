package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestMappingTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Mapping {
		key := r.Corpus + "/" + r.Label
		if seen[key] {
			t.Errorf("duplicate row %s", key)
		}
		seen[key] = true
		if len(r.To) == 0 {
			t.Errorf("%s maps to nothing", key)
		}
		for _, c := range r.To {
			if _, ok := classByName[c]; !ok {
				t.Errorf("%s maps to unknown class %q", key, c)
			}
		}
	}
	for _, set := range append(append(append([]string{}, DefaultTrainSets...), TestSets...), DevSets...) {
		set, _ = setWeight(set)
		l, ok := setLoaders[set]
		if !ok {
			t.Errorf("set %s has no loader", set)
			continue
		}
		if !seen[l.corpus+"/PER"] && !seen[l.corpus+"/person"] && !seen[l.corpus+"/Person"] {
			t.Errorf("set %s: corpus %s has no person row", set, l.corpus)
		}
	}
	for _, s := range DefaultTrainSets {
		if strings.HasSuffix(s, "/test") {
			t.Errorf("training on test split %s", s)
		}
	}
}

func describe(words []string, ms []mappedSpan) []string {
	var out []string
	for _, m := range ms {
		k := "?"
		if !m.Unknown {
			var p []string
			for _, c := range m.Classes {
				if c < 0 {
					p = append(p, "O")
				} else {
					p = append(p, classNames[c])
				}
			}
			k = strings.Join(p, "|")
		}
		out = append(out, k+":"+strings.Join(words[m.Start:m.End], " "))
	}
	return out
}

func TestMapSentence(t *testing.T) {
	tests := []struct {
		corpus string
		words  string
		spans  []span
		want   []string
	}{
		{"crossner", "the United Nations met", []span{{0, 3, "organisation"}}, []string{"ORG:United Nations"}},
		{"crossner", "a German delegate", []span{{1, 2, "misc"}}, []string{"NORP:German"}},
		{"crossner", "the Paris Agreement", []span{{1, 3, "misc"}}, []string{"O|NORP:Paris Agreement"}},
		{"crossner", "in the 2019 election", []span{{2, 4, "election"}}, nil},
		{"re-docred", "an American singer", []span{{1, 2, "LOC"}}, []string{"NORP:American"}},
		{"re-docred", "born in Rivera", []span{{2, 3, "LOC"}}, []string{"PLACE|NORP:Rivera"}},
		{"re-docred", "in 1999", []span{{1, 2, "TIME"}}, nil},
		{"wikigold", "President Lena Holm spoke", []span{{0, 3, "PER"}}, []string{"PER:Lena Holm"}},
		{"re3d", "Deputy Foreign Minister Ivo Tal said", []span{{0, 5, "Person"}}, []string{"PER:Ivo Tal"}},
		{"re3d", "He said", []span{{0, 1, "Person"}}, nil},
		{"re3d", "the regime fell", []span{{0, 2, "Organisation"}}, nil},
		{"re3d", "Coalition military forces struck", []span{{0, 3, "Organisation"}}, []string{"?:Coalition military forces"}},
		{"re3d", "The UK said", []span{{0, 2, "Organisation"}}, []string{"ORG|PLACE:UK"}},
		{"re3d", "the Foreign Secretary said", []span{{0, 3, "Person"}}, nil},
		{"btc", "@ anna_k hi", []span{{0, 1, "PER"}, {1, 2, "PER"}}, []string{"PER:anna_k"}},
		{"wnut17", "the Eagles won", []span{{1, 2, "group"}}, []string{"ORG|NORP:Eagles"}},
		{"gum", "Americans voted", []span{{0, 1, "person"}}, []string{"NORP:Americans"}},
		{"nosuch", "x y", []span{{0, 1, "PER"}}, []string{"?:x"}},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		got := describe(words, mapSentence(tc.corpus, sentence{Words: words, Spans: tc.spans}))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s %q: got %q, want %q", tc.corpus, tc.words, got, tc.want)
		}
	}
}

func TestMasks(t *testing.T) {
	words := strings.Fields("the Kenyan Peskov said")
	m := masks("btc", words, []mappedSpan{{Start: 2, End: 3, Classes: []int{cPER}}, {Start: 3, End: 4, Unknown: true}})
	if m[0] != 1<<tagO {
		t.Errorf("outside token in a corpus without NORP: %b", m[0])
	}
	if m[1] != 1<<tagO|classMask(cNORP) {
		t.Errorf("outside demonym in a corpus without NORP: %b", m[1])
	}
	if m[2] != 1<<tagOf(cPER, posU) {
		t.Errorf("span mask %b", m[2])
	}
	if m[3] != tagMask {
		t.Errorf("unknown token mask %b", m[3])
	}
	m = masks("btc", strings.Fields("Anna Berg ."), []mappedSpan{{Start: 0, End: 2, Classes: []int{cPER}}})
	if m[0] != 1<<tagOf(cPER, posB) || m[1] != 1<<tagOf(cPER, posL) || m[2] != 1<<tagO {
		t.Errorf("span masks %b %b %b", m[0], m[1], m[2])
	}
	m = masks("wikigold", strings.Fields("Swedish ."), []mappedSpan{{Start: 0, End: 1, Classes: []int{-1, cNORP}}})
	if m[0] != 1<<tagO|1<<tagOf(cNORP, posU) || m[1] != 1<<tagO {
		t.Errorf("O|NORP masks %b %b", m[0], m[1])
	}
	m = masks("wikigold", strings.Fields("Eurovision ."), []mappedSpan{{Start: 0, End: 1, Classes: []int{-1, cNORP}}})
	if m[0] != 1<<tagO {
		t.Errorf("O|NORP mask of a word not shaped like a group name: %b", m[0])
	}
}

func TestNORPLike(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{{"Kenyan", true}, {"Lebanese", true}, {"Israeli", true}, {"Peskov", false}, {"kenyan", false}, {"Ankara", false}, {"IT", false}} {
		if got := norpLike(tc.w); got != tc.want {
			t.Errorf("norpLike(%q) = %v", tc.w, got)
		}
	}
}
