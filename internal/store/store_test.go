package store

import (
	"errors"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

func TestCoverSpan(t *testing.T) {
	// Three sentences of invented text; a quote running over two of them.
	text := "The envoy arrived. “We came to talk. We will stay,” she said. Nothing followed."
	d := doc.New("cover", text)
	d.Sentences = []doc.Span{{Start: 0, End: 18}, {Start: 19, End: 38}, {Start: 39, End: 66}, {Start: 67, End: len(text)}}
	cases := []struct {
		name string
		s    doc.Span
		want doc.Span
	}{
		{"inside one sentence", doc.Span{Start: 4, End: 9}, doc.Span{Start: 0, End: 18}},
		{"over two sentences", doc.Span{Start: 19, End: 56}, doc.Span{Start: 19, End: 66}},
		{"whole sentence", doc.Span{Start: 67, End: len(text)}, doc.Span{Start: 67, End: len(text)}},
		{"between sentences widens to both", doc.Span{Start: 17, End: 20}, doc.Span{Start: 0, End: 38}},
		{"empty span inside a sentence", doc.Span{Start: 5, End: 5}, doc.Span{Start: 0, End: 18}},
	}
	for _, tc := range cases {
		if got := CoverSpan(d, tc.s); got != tc.want {
			t.Errorf("%s: CoverSpan(%v) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
	// No sentences: a window as ContextSpan gives.
	bare := doc.New("bare", text)
	s := doc.Span{Start: 19, End: 37}
	if got, want := CoverSpan(bare, s), ContextSpan(bare, s); got != want {
		t.Errorf("without sentences: %v, want %v", got, want)
	}
}

func TestIsDateBound(t *testing.T) {
	for s, want := range map[string]bool{
		"2022": true, "2022-10": true, "2022-10-07": true, "0001-01-01": true,
		"": false, "22": false, "2022-1": false, "2022-13": false, "2022-00": false, "2022-10-32": false, "2022-10-00": false,
		"2022/10/07": false, "2022-10-07T10:00": false, "PRESENT_REF": false, "XXXX-10-07": false, "２０２２": false, "2022-W45": false,
	} {
		if got := IsDateBound(s); got != want {
			t.Errorf("IsDateBound(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestEventFilterCheck(t *testing.T) {
	cases := []struct {
		f  EventFilter
		ok bool
	}{
		{EventFilter{}, true},
		{EventFilter{Actor: "RUS", Side: "source", Type: "consult", From: "2022", To: "2022-12-31", Place: "Kyiv"}, true},
		{EventFilter{Actor: "RUS", Side: "target"}, true},
		{EventFilter{From: "2022-10-15", To: "2022-10"}, true}, // same month: not empty
		{EventFilter{From: "2022-10", To: "2022-10-01"}, true},
		{EventFilter{Actor: "RUS", Side: "either"}, false},
		{EventFilter{Side: "source"}, false},
		{EventFilter{From: "10/2022"}, false},
		{EventFilter{To: "2022-02-30x"}, false},
		{EventFilter{From: "2023", To: "2022-12-31"}, false},
		{EventFilter{From: "2022-10-16", To: "2022-10-15"}, false},
	}
	for _, tc := range cases {
		err := tc.f.Check()
		if (err == nil) != tc.ok {
			t.Errorf("Check(%+v) = %v, want ok=%v", tc.f, err, tc.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("Check(%+v) = %v, does not wrap ErrInvalid", tc.f, err)
		}
	}
}
