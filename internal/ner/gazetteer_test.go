package ner

import (
	"strings"
	"testing"
)

func TestGazetteerMatch(t *testing.T) {
	words := strings.Fields("Sullivan flew to kyiv and the United States of America , not U.S. or Guinea - Bissau")
	m := make([][nGaz]gazMatch, len(words))
	defaultGaz.match(words, m)
	tests := []struct {
		i          int
		cat        int
		start, end int16
		exact      bool
	}{
		{3, gCity, 3, 4, false},      // kyiv: folded match only
		{7, gCountry, 6, 10, true},   // inside "United States of America"
		{12, gCountry, 12, 13, true}, // U.S.
		{15, gCountry, 14, 17, true}, // Guinea - Bissau across split hyphen
	}
	for _, tc := range tests {
		g := m[tc.i][tc.cat]
		if g.start != tc.start || g.end != tc.end || g.exact != tc.exact {
			t.Errorf("%q %s: got %+v, want [%d,%d) exact=%v", words[tc.i], gazNames[tc.cat], g, tc.start, tc.end, tc.exact)
		}
	}
	if m[1][gCountry].end != 0 {
		t.Errorf("'flew' matched a country")
	}
}

func TestPlaceType(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Geneva", "GPE"}, {"kyiv", "GPE"}, {"Ukraine", "GPE"}, {"Donbas", "LOC"}, {"Black Sea", "LOC"},
		{"Dnipro River", "LOC"}, {"Mount Ararat", "LOC"}, {"Lugank", "GPE"}, {"Kherson Oblast", "GPE"},
		{"Eastern Ukraine", "LOC"}, {"Middle East", "LOC"}, {"Quebec City", "GPE"}, {"Europe", "LOC"},
	}
	for _, tc := range tests {
		if got := defaultGaz.placeType(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("placeType(%q) = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestListedNORP(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{{"Russian", true}, {"Ukrainians", true}, {"North Korean", true}, {"Taliban", false}, {"Russia", false}, {"Lavrov", false}} {
		if got := listedNORP(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("listedNORP(%q) = %v", tc.words, got)
		}
	}
}
