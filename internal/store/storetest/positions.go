package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/parley-news/parley/internal/store"
)

func testPositions(t *testing.T, st store.Store) {
	ctx := context.Background()
	kArt := mustPut(t, st, Article())
	kSO := mustPut(t, st, Standoff())
	kNote := mustPut(t, st, StraitNote())
	type ref struct {
		key string
		idx int
	}
	a := func(i int) ref { return ref{kArt, i} }
	so := func(i int) ref { return ref{kSO, i} }
	n := func(i int) ref { return ref{kNote, i} }
	tests := []struct {
		name string
		f    store.PositionFilter
		want []ref
	}{
		// Newest document first (the undated one by its ingestion date),
		// then in text order.
		{"all", store.PositionFilter{}, []ref{n(0), n(1), so(0), so(1), so(2), so(3), a(1), a(0)}},
		{"actor", store.PositionFilter{Actor: "country:norland"}, []ref{so(0), a(1)}},
		{"stance", store.PositionFilter{Stance: "reject"}, []ref{so(1)}},
		{"topic in any case, white space ignored", store.PositionFilter{Topic: " grain EXPORTS "}, []ref{so(0), so(1), so(2), a(1), a(0)}},
		{"topic matches whole", store.PositionFilter{Topic: "grain"}, []ref{}},
		{"topic given with spaces around it", store.PositionFilter{Topic: "strait ceasefire"}, []ref{n(0), so(3)}},
		{"country: the country and its people", store.PositionFilter{Country: "VSK"}, []ref{n(0), n(1), so(1), so(2), a(0)}},
		{"country NRL", store.PositionFilter{Country: "NRL"}, []ref{so(0), so(3), a(1)}},
		{"from a month; undated documents excluded", store.PositionFilter{From: "2024-04"}, []ref{so(0), so(1), so(2), so(3)}},
		{"to a month", store.PositionFilter{To: "2024-03"}, []ref{a(1), a(0)}},
		{"one day", store.PositionFilter{From: "2024-03-13", To: "2024-03-13"}, []ref{a(1), a(0)}},
		{"a gap", store.PositionFilter{From: "2024-03-14", To: "2024-04-01"}, []ref{}},
		{"everything at once", store.PositionFilter{Topic: "Grain Exports", Country: "VSK", From: "2024", Stance: "accept", Actor: "person:ilse-varn"}, []ref{so(2)}},
		{"unknown actor", store.PositionFilter{Actor: "person:nobody"}, []ref{}},
	}
	for _, tc := range tests {
		p, err := st.Positions(ctx, tc.f, store.Query{})
		if err != nil {
			t.Errorf("%s: Positions(%+v): %v", tc.name, tc.f, err)
			continue
		}
		got := []ref{}
		for _, h := range p.Items {
			got = append(got, ref{h.Doc.Key, h.Index})
		}
		if !reflect.DeepEqual(got, tc.want) || p.Total != len(tc.want) {
			t.Errorf("%s: Positions(%+v) = %v (total %d), want %v", tc.name, tc.f, got, p.Total, tc.want)
		}
	}

	// Each hit has its position as put, its document, the actor as the
	// document has it and the sentence.
	p, err := st.Positions(ctx, store.PositionFilter{Stance: "reject"}, store.Query{})
	if err != nil || len(p.Items) != 1 {
		t.Fatalf("Positions(reject) = %+v, %v", p, err)
	}
	h, d := p.Items[0], Standoff()
	if !reflect.DeepEqual(h.Position, d.Positions[1]) {
		t.Errorf("position = %+v, want %+v", h.Position, d.Positions[1])
	}
	if h.Name != "Ilse Värn" || h.Kind != "person" || h.Country == nil || *h.Country != "VSK" || h.Role == nil || *h.Role != "Foreign Minister of Veskia" {
		t.Errorf("actor of the hit = %q %q %v %v", h.Name, h.Kind, h.Country, h.Role)
	}
	if h.Doc.Title != d.Title || h.Doc.Date == nil || *h.Doc.Date != "2024-04-02" || h.URL != d.URL {
		t.Errorf("document of the hit = %+v, url %q", h.Doc, h.URL)
	}
	if h.SentenceText != "The Veskian foreign minister, Ilse Värn, rejected the demand as unacceptable." ||
		d.Text[h.Sentence.Start:h.Sentence.End] != h.SentenceText {
		t.Errorf("sentence = %v %q", h.Sentence, h.SentenceText)
	}
	// Evidence inside a sentence: the whole sentence is given.
	p, err = st.Positions(ctx, store.PositionFilter{Stance: "accept"}, store.Query{})
	if err != nil || len(p.Items) != 1 || p.Items[0].SentenceText != "Värn said Veskia would accept Turkish mediation on grain exports." {
		t.Errorf("Positions(accept) = %+v, %v", p, err)
	}
	// An undated document's hit has a null date.
	p, err = st.Positions(ctx, store.PositionFilter{Stance: "oppose"}, store.Query{})
	if err != nil || len(p.Items) != 1 || p.Items[0].Doc.Date != nil || p.Items[0].Name != "Veskia" || p.Items[0].Position.Topic != " strait ceasefire " {
		t.Errorf("Positions(oppose) = %+v, %v", p, err)
	}

	p, err = st.Positions(ctx, store.PositionFilter{}, store.Query{Limit: 3, Offset: 6})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 8 || len(p.Items) != 2 || p.Limit != 3 || p.Offset != 6 || p.Items[0].Index != 1 || p.Items[0].Doc.Key != kArt {
		t.Errorf("positions page = %+v", p)
	}

	for _, f := range []store.PositionFilter{
		{Stance: "Demand"},
		{Stance: "threaten"},
		{Country: "vsk"},
		{Country: "VESK"},
		{Topic: "   "},
		{From: "2024-13"},
		{To: "24-03-01"},
		{From: "2024", To: "2023-12"},
	} {
		if _, err := st.Positions(ctx, f, store.Query{}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Positions(%+v) error = %v, want ErrInvalid", f, err)
		}
	}
	if _, err := st.Positions(ctx, store.PositionFilter{}, store.Query{Limit: -1}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("negative limit: error = %v, want ErrInvalid", err)
	}
}

func testTopics(t *testing.T, st store.Store) {
	ctx := context.Background()
	p, err := st.Topics(ctx, store.Query{})
	if err != nil || p.Total != 0 || p.Items == nil || len(p.Items) != 0 {
		t.Fatalf("Topics of an empty store = %+v, %v", p, err)
	}
	mustPut(t, st, Article())
	mustPut(t, st, Standoff())
	mustPut(t, st, StraitNote())
	p, err = st.Topics(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	// "strait ceasefire" has the most recent document (the undated note,
	// by its ingestion date); "grain exports" and "Grain exports" are one
	// topic, named as the latest document (Standoff, first position) has
	// it; the position without a topic is not listed.
	want := []store.TopicSummary{
		{Topic: "strait ceasefire", Positions: 2, Actors: 2, Documents: 2, First: ptr("2024-04-02"), Last: ptr("2024-04-02")},
		{Topic: "Grain exports", Positions: 5, Actors: 3, Documents: 2, First: ptr("2024-03-13"), Last: ptr("2024-04-02")},
	}
	if !reflect.DeepEqual(p.Items, want) || p.Total != 2 {
		t.Errorf("Topics = %+v (total %d), want %+v", p.Items, p.Total, want)
	}
	p, err = st.Topics(ctx, store.Query{Limit: 1, Offset: 1})
	if err != nil || p.Total != 2 || len(p.Items) != 1 || p.Items[0].Topic != "Grain exports" || p.Limit != 1 || p.Offset != 1 {
		t.Errorf("Topics page 2 = %+v, %v", p, err)
	}
	if _, err := st.Topics(ctx, store.Query{Offset: -1}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("negative offset: error = %v, want ErrInvalid", err)
	}
}
