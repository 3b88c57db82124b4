package store

import (
	"errors"
	"testing"
)

func TestPositionFilterCheck(t *testing.T) {
	cases := []struct {
		name string
		f    PositionFilter
		ok   bool
	}{
		{"empty", PositionFilter{}, true},
		{"every field", PositionFilter{Actor: "RUS", Stance: "precondition", Topic: "grain exports", Country: "UKR", From: "2022", To: "2022-03-01"}, true},
		{"every stance", PositionFilter{Stance: "oppose"}, true},
		{"stance in upper case", PositionFilter{Stance: "Demand"}, false},
		{"unknown stance", PositionFilter{Stance: "threaten"}, false},
		{"lower-case country", PositionFilter{Country: "ukr"}, false},
		{"two-letter country", PositionFilter{Country: "UA"}, false},
		{"country with a digit", PositionFilter{Country: "UK1"}, false},
		{"blank topic", PositionFilter{Topic: " \t"}, false},
		{"bad month", PositionFilter{From: "2022-00"}, false},
		{"time of day", PositionFilter{To: "2022-01-01T10:00"}, false},
		{"empty range", PositionFilter{From: "2022-02", To: "2022-01-31"}, false},
		{"same day", PositionFilter{From: "2022-02-01", To: "2022-02"}, true},
	}
	for _, tc := range cases {
		err := tc.f.Check()
		if tc.ok && err != nil {
			t.Errorf("%s: Check(%+v) = %v, want nil", tc.name, tc.f, err)
		}
		if !tc.ok && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Check(%+v) = %v, want ErrInvalid", tc.name, tc.f, err)
		}
	}
	for _, s := range Stances {
		if !IsStance(s) {
			t.Errorf("IsStance(%q) = false", s)
		}
	}
	if IsStance("") || IsStance("DEMAND") {
		t.Error("IsStance accepts a value outside Stances")
	}
}
