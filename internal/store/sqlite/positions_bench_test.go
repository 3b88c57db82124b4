package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/storetest"
)

// boardStore returns a store with n invented documents of 4 positions each
// over 20 topics, 3 countries and their envoys.
func boardStore(b *testing.B, n int) *Store {
	b.Helper()
	st := openTemp(b)
	ctx := context.Background()
	countries := []string{"VSK", "NRL", "TRL"}
	for i := 0; i < n; i++ {
		c := countries[i%len(countries)]
		text := fmt.Sprintf("Envoy %d of %s demanded talks on matter %d.\nThe envoy offered a pause.\nThe envoy rejected the plan.\nThe envoy accepted a mediator.", i, c, i%20)
		d := storetest.Plain(fmt.Sprintf("board-%d", i), fmt.Sprintf("Board %d", i), fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), "", text)
		id := fmt.Sprintf("person:envoy-%s-%d", c, i%7)
		d.Actors = []doc.Actor{{ID: id, Name: fmt.Sprintf("Envoy %d", i%7), Kind: "person", Country: &c, Aliases: []string{},
			Mentions: []doc.Mention{{Span: storetest.Find(text, "Envoy", 1), Text: "Envoy", How: "name"}}}}
		topic := fmt.Sprintf("Matter %d talks", i%20)
		for j, st := range []string{"demand", "offer", "reject", "accept"} {
			d.Positions = append(d.Positions, doc.Position{Actor: id, Stance: st, Topic: topic, Object: "something", Evidence: d.Sentences[j]})
		}
		if _, _, err := st.Put(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	return st
}

func BenchmarkPositions(b *testing.B) {
	st := boardStore(b, 2000)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		f    store.PositionFilter
		q    store.Query
	}{
		{"topic board", store.PositionFilter{Topic: "matter 7 talks"}, store.Query{Limit: store.MaxLimit}},
		{"actor", store.PositionFilter{Actor: "person:envoy-VSK-3"}, store.Query{Limit: 50}},
		{"country and stance", store.PositionFilter{Country: "NRL", Stance: "reject"}, store.Query{}},
		{"dates", store.PositionFilter{From: "2024-03", To: "2024-04"}, store.Query{}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := st.Positions(ctx, bc.f, bc.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("topics", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := st.Topics(ctx, store.Query{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
