package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/storetest"
)

// putPositionsV1 stores d's positions the way schema version 1 did: topic
// and sentence only in their JSON. d must have been stored by putV1.
func putPositionsV1(t *testing.T, db *sql.DB, d *doc.Document) {
	t.Helper()
	ctx := context.Background()
	var id int64
	if err := db.QueryRowContext(ctx, `SELECT id FROM documents WHERE doc_id = ?`, d.ID).Scan(&id); err != nil {
		t.Fatal(err)
	}
	for i, p := range d.Positions {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO positions (doc, idx, span_start, span_end, actor, stance, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, i, p.Evidence.Start, p.Evidence.End, p.Actor, p.Stance, string(b)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMigration4Backfill opens a database written at schema version 1 with
// positions in it and checks that migration 4 fills their topics and
// sentences, so the board's queries answer for old data.
func TestMigration4Backfill(t *testing.T) {
	ctx := context.Background()
	path, db := openV1(t)
	d := storetest.Standoff()
	d.Positions[3].Topic = "  strait ceasefire\n" // trimmed by the backfill as by Put
	putV1(t, db, d)
	putPositionsV1(t, db, d)
	st := migrateV1(t, path, db)
	p, err := st.Positions(ctx, store.PositionFilter{Topic: "GRAIN exports", Country: "VSK"}, store.Query{})
	if err != nil || p.Total != 2 || len(p.Items) != 2 {
		t.Fatalf("Positions after migration = %+v, %v", p, err)
	}
	h := p.Items[0]
	if h.Index != 1 || h.Name != "Ilse Värn" || h.SentenceText != "The Veskian foreign minister, Ilse Värn, rejected the demand as unacceptable." {
		t.Errorf("first hit after migration = %+v", h)
	}
	if p.Items[1].SentenceText != "Värn said Veskia would accept Turkish mediation on grain exports." {
		t.Errorf("second hit's sentence after migration = %q", p.Items[1].SentenceText)
	}
	var bad int
	if err := mustTx(t, st).QueryRowContext(ctx, `SELECT count(*) FROM positions p JOIN documents d ON d.id = p.doc
		WHERE p.doc_sort <> d.sort_date || '|' || printf('%020d', d.id) OR p.doc_date IS NOT d.date`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d positions with another date or sort key than their document's after migration (%v)", bad, err)
	}
	// A document put afterwards sorts with the migrated ones by date.
	artKey, _, err := st.Put(ctx, storetest.Article())
	if err != nil {
		t.Fatal(err)
	}
	p, err = st.Positions(ctx, store.PositionFilter{Country: "VSK"}, store.Query{})
	if err != nil || len(p.Items) != 3 || p.Items[2].Doc.Key != artKey || p.Items[0].Index != 1 {
		t.Errorf("Positions of VSK after a new Put = %+v, %v", p.Items, err)
	}
	topics, err := st.Topics(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.TopicSummary{
		{Topic: "Grain exports", Positions: 5, Actors: 3, Documents: 2, First: storetest.Article().Date, Last: d.Date},
		{Topic: "strait ceasefire", Positions: 1, Actors: 1, Documents: 1, First: d.Date, Last: d.Date},
	}
	if len(topics.Items) != len(want) {
		t.Fatalf("Topics after migration = %+v", topics.Items)
	}
	for i := range want {
		g, w := topics.Items[i], want[i]
		if g.Topic != w.Topic || g.Positions != w.Positions || g.Actors != w.Actors || g.Documents != w.Documents || *g.First != *w.First || *g.Last != *w.Last {
			t.Errorf("topic %d after migration = %+v, want %+v", i, g, w)
		}
	}
}
