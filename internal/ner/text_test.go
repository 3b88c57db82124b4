package ner

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, fold, foldCase string }{
		{"kyiv", "kyiv", "kyiv"},
		{"María Zajárova", "maria zajarova", "Maria Zajarova"},
		{"Réznikov", "reznikov", "Reznikov"},
		{"Łódź", "lodz", "Lodz"},
		{"Kiev’s", "kiev's", "Kiev's"},
		{"ÉLYSÉE", "elysee", "ELYSEE"},
	}
	for _, tc := range tests {
		if got := fold(tc.in); got != tc.fold {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.fold)
		}
		if got := foldCase(tc.in); got != tc.foldCase {
			t.Errorf("foldCase(%q) = %q, want %q", tc.in, got, tc.foldCase)
		}
	}
}

func TestShapeAndCaps(t *testing.T) {
	tests := []struct {
		in    string
		shape string
		cap   capClass
	}{
		{"Lavrov", "Xxx", capInit}, {"U.S.", "X.X.", capAll}, {"G20", "Xdd", capInit}, {"NATO", "XX", capAll},
		{"kyiv", "xx", capLower}, {"iPhone", "xXxx", capMixed}, {"2022", "dd", capNumber}, {",", ",", capNone},
		{"A", "X", capInit}, {"Zajárova", "Xxx", capInit},
	}
	for _, tc := range tests {
		if got := shape(tc.in); got != tc.shape {
			t.Errorf("shape(%q) = %q, want %q", tc.in, got, tc.shape)
		}
		if got := classify(tc.in); got != tc.cap {
			t.Errorf("classify(%q) = %v, want %v", tc.in, got, tc.cap)
		}
	}
	if prefix("Zajárova", 4) != "Zajá" || suffix("Zajárova", 3) != "ova" || suffix("ab", 5) != "ab" {
		t.Error("prefix/suffix")
	}
}
