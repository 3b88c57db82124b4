package ner

import (
	"reflect"
	"testing"
)

func TestTransitions(t *testing.T) {
	per := func(p int) int { return tagOf(cPER, p) }
	org := func(p int) int { return tagOf(cORG, p) }
	tests := []struct {
		a, b int
		ok   bool
	}{
		{-1, tagO, true}, {-1, per(posB), true}, {-1, per(posI), false}, {-1, per(posL), false}, {-1, per(posU), true},
		{per(posB), per(posI), true}, {per(posB), per(posL), true}, {per(posB), org(posL), false}, {per(posB), tagO, false},
		{per(posI), per(posL), true}, {per(posL), tagO, true}, {per(posL), per(posI), false}, {per(posU), org(posB), true},
	}
	for _, tc := range tests {
		if got := allowedTrans(tc.a, tc.b); got != tc.ok {
			t.Errorf("%d→%d: %v, want %v", tc.a, tc.b, got, tc.ok)
		}
	}
	if allowedEnd(per(posB)) || allowedEnd(per(posI)) || !allowedEnd(per(posL)) || !allowedEnd(tagO) {
		t.Error("end constraints")
	}
	if tagNames[per(posU)] != "U-PER" || tagNames[tagO] != "O" {
		t.Errorf("tag names %v", tagNames)
	}
}

func TestViterbi(t *testing.T) {
	const n = 3
	E := make([]float32, n*nTags)
	// token scores favour I-PER everywhere, which is not well formed alone
	for i := 0; i < n; i++ {
		E[i*nTags+tagOf(cPER, posI)] = 5
		E[i*nTags+tagO] = 1
	}
	E[0*nTags+tagOf(cPER, posB)] = 3
	E[2*nTags+tagOf(cPER, posL)] = 3
	var trans [nTags + 1][nTags]float32
	out := make([]int, n)
	viterbi(E, &trans, nil, make([]float32, n*nTags), make([]int8, n*nTags), out)
	want := []int{tagOf(cPER, posB), tagOf(cPER, posI), tagOf(cPER, posL)}
	if !reflect.DeepEqual(out, want) {
		t.Errorf("got %v, want %v", out, want)
	}
	masks := []uint32{1 << tagO, 1<<tagO | 1<<tagOf(cORG, posU), 1 << tagO}
	viterbi(E, &trans, masks, make([]float32, n*nTags), make([]int8, n*nTags), out)
	if !reflect.DeepEqual(out, []int{tagO, tagO, tagO}) {
		t.Errorf("masked: got %v", out)
	}
	spans := spansOf(nil, []int{tagOf(cPER, posB), tagOf(cPER, posL), tagO, tagOf(cORG, posU)})
	if len(spans) != 2 || spans[0].End != 2 || spans[1].Class != cORG {
		t.Errorf("spans %v", spans)
	}
}
