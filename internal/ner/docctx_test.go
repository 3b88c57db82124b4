package ner

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/learn/perceptron"
)

func TestDocContext(t *testing.T) {
	r := &Recognizer{gaz: defaultGaz}
	split := func(lines ...string) [][]string {
		var out [][]string
		for _, l := range lines {
			out = append(out, strings.Fields(l))
		}
		return out
	}
	has := func(dc *docContext, word string, h uint64) bool {
		if dc == nil || dc.words[word] == nil {
			return false
		}
		for _, x := range dc.words[word].feats {
			if x == h {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name  string
		sents [][]string
		word  string
		feat  uint64
		want  bool
	}{
		{"full name then short", split("The Kestrel Foundation opened a school .", "Kestrel said it would grow ."), "kestrel", mix2(fDoc, "last", "foundation"), true},
		{"organisation word", split("The Kestrel Foundation opened a school .", "Kestrel said it would grow ."), "kestrel", perceptron.Mix(fDoc, "lastorg"), true},
		{"given name before surname", split("Maria Vellin arrived on Monday .", "Vellin spoke first ."), "vellin", perceptron.Mix(fDoc, "firstgiven"), true},
		{"word before the run", split("We met Orrin Sallow today .", "Then Sallow left ."), "sallow", mix2(fDoc, "prev", "met"), true},
		{"title first", split("We met Dr. Orrin Sallow today .", "Then Sallow left ."), "sallow", perceptron.Mix(fDoc, "firsttitle"), true},
		{"also in lower case", split("Brook Hall is large .", "The brook ran by Brook Hall ."), "brook", perceptron.Mix(fDoc, "lower"), true},
		{"seen once", split("Kestrel Foundation opened .", "Nothing else here ."), "kestrel", mix2(fDoc, "last", "foundation"), false},
		{"one sentence", split("Kestrel Foundation and Kestrel opened ."), "kestrel", mix2(fDoc, "last", "foundation"), false},
		{"capitals headline skipped", split("KESTREL FOUNDATION OPENS SCHOOL TODAY", "KESTREL FOUNDATION OPENS SCHOOL TODAY"), "kestrel", mix2(fDoc, "last", "foundation"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dc := r.newDocContext(tc.sents)
			if got := has(dc, tc.word, tc.feat); got != tc.want {
				t.Errorf("feature of %q present = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

func TestDocFeaturesCapitalisedOnly(t *testing.T) {
	r := &Recognizer{gaz: defaultGaz}
	dc := r.newDocContext([][]string{strings.Fields("Kestrel Foundation opened ."), strings.Fields("Kestrel grew but kestrel birds flew .")})
	if dc == nil {
		t.Fatal("no document context")
	}
	var sf sentFeats
	words := strings.Fields("Kestrel grew but kestrel birds flew .")
	r.prepare(&sf, words)
	sf.doc = dc
	if n := len(sf.docFeatures(nil, 0)); n == 0 {
		t.Errorf("capitalised Kestrel: no document features")
	}
	if n := len(sf.docFeatures(nil, 3)); n != 0 {
		t.Errorf("lower-case kestrel: %d document features, want none", n)
	}
}

func TestHarmonise(t *testing.T) {
	split := func(lines ...string) [][]string {
		var out [][]string
		for _, l := range lines {
			out = append(out, strings.Fields(l))
		}
		return out
	}
	tests := []struct {
		name  string
		sents [][]string
		ents  [][]entitySpan
		want  [][]entitySpan
	}{
		{
			"majority type",
			split("Kestrel Bank grew .", "Kestrel Bank fell .", "Then Kestrel Bank rose ."),
			[][]entitySpan{{{0, 2, "ORG"}}, {{0, 2, "GPE"}}, {{1, 3, "ORG"}}},
			[][]entitySpan{{{0, 2, "ORG"}}, {{0, 2, "ORG"}}, {{1, 3, "ORG"}}},
		},
		{
			"tie keeps the earliest type",
			split("Varn spoke .", "Varn left ."),
			[][]entitySpan{{{0, 1, "PER"}}, {{0, 1, "ORG"}}},
			[][]entitySpan{{{0, 1, "PER"}}, {{0, 1, "PER"}}},
		},
		{
			"missed occurrence added",
			split("Officials of Kestrel Bank spoke .", "They said Kestrel Bank would pay ."),
			[][]entitySpan{{{2, 4, "ORG"}}, nil},
			[][]entitySpan{{{2, 4, "ORG"}}, {{2, 4, "ORG"}}},
		},
		{
			"not inside a longer capitalised run",
			split("Officials of Kestrel Bank spoke .", "The North Kestrel Bank Trust paid ."),
			[][]entitySpan{{{2, 4, "ORG"}}, nil},
			[][]entitySpan{{{2, 4, "ORG"}}, nil},
		},
		{
			"lower-case words are not added",
			split("The firm Orbit spoke .", "We saw the orbit change ."),
			[][]entitySpan{{{2, 3, "ORG"}}, nil},
			[][]entitySpan{{{2, 3, "ORG"}}, nil},
		},
		{
			"overlapping names left alone",
			split("Kestrel spoke .", "Kestrel Bank Trust paid ."),
			[][]entitySpan{{{0, 1, "ORG"}}, {{0, 3, "ORG"}}},
			[][]entitySpan{{{0, 1, "ORG"}}, {{0, 3, "ORG"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			harmonise(tc.sents, tc.ents)
			for i := range tc.want {
				if len(tc.ents[i]) != len(tc.want[i]) {
					t.Fatalf("sentence %d: got %v, want %v", i, tc.ents[i], tc.want[i])
				}
				for j := range tc.want[i] {
					if tc.ents[i][j] != tc.want[i][j] {
						t.Errorf("sentence %d: got %v, want %v", i, tc.ents[i], tc.want[i])
					}
				}
			}
		})
	}
}
