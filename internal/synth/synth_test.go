package synth

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestArticleDeterministic(t *testing.T) {
	t1, a1 := Article(1, 7)
	t2, a2 := Article(1, 7)
	if t1 != t2 || a1 != a2 {
		t.Fatal("same seed and index gave different articles")
	}
	_, b := Article(1, 8)
	if a1 == b {
		t.Fatal("different indexes gave the same article")
	}
	if !utf8.ValidString(a1) || strings.Contains(a1, "{") || !strings.Contains(a1, "\n\n") {
		t.Fatalf("malformed article: %q", a1)
	}
}
