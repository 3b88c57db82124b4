package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlutil"
	"github.com/parley-news/parley/internal/store/storetest"
)

// putV1 stores d the way schema version 1 did: no actor names index, no
// sentence spans for quotes and events, actors' and events' details only in
// their JSON.
func putV1(t *testing.T, db *sql.DB, d *doc.Document) {
	t.Helper()
	ctx := context.Background()
	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	hash := store.TextHash(d.Text)
	res, err := db.ExecContext(ctx, `INSERT INTO documents (doc_key, doc_id, title, date, url, source, lang, text, text_hash, ingested_at, sort_date)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-04-01T00:00:00Z', ?)`, store.KeyFor(hash), d.ID, d.Title, d.Date, d.URL, d.Source, d.Lang, d.Text, hash, *d.Date)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	exec(`INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, id, d.Title, d.Text)
	for i, s := range d.Sentences {
		exec(`INSERT INTO sentences (doc, idx, span_start, span_end) VALUES (?, ?, ?, ?)`, id, i, s.Start, s.End)
	}
	for i, a := range d.Actors {
		quotes := 0
		for _, q := range d.Quotes {
			if q.Speaker != nil && *q.Speaker == a.ID {
				quotes++
			}
		}
		aliases := a.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		exec(`INSERT INTO actors (id, name, kind, country, role, aliases, mentions, documents, quotes, seen) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
			a.ID, a.Name, a.Kind, a.Country, a.Role, js(aliases), len(a.Mentions), quotes, *d.Date)
		bare := a
		bare.Mentions = nil
		exec(`INSERT INTO doc_actors (doc, idx, actor, data) VALUES (?, ?, ?, ?)`, id, i, a.ID, js(bare))
		for j, m := range a.Mentions {
			c := store.ContextSpan(d, m.Span)
			exec(`INSERT INTO mentions (doc, actor_idx, idx, actor, span_start, span_end, text, how, ctx_start, ctx_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				id, i, j, a.ID, m.Start, m.End, m.Text, m.How, c.Start, c.End)
		}
	}
	for i, q := range d.Quotes {
		exec(`INSERT INTO quotes (doc, idx, span_start, span_end, kind, speaker, data) VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, q.Start, q.End, q.Kind, q.Speaker, js(q))
	}
	for i, e := range d.Events {
		exec(`INSERT INTO events (doc, idx, span_start, span_end, type, modality, negated, date, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, e.Evidence.Start, e.Evidence.End, e.Type, e.Modality, e.Negated, e.Date, js(e))
		for j, a := range e.Source {
			exec(`INSERT INTO event_actors (doc, event, role, idx, actor) VALUES (?, ?, 'source', ?, ?)`, id, i, j, a)
		}
		for j, a := range e.Target {
			exec(`INSERT INTO event_actors (doc, event, role, idx, actor) VALUES (?, ?, 'target', ?, ?)`, id, i, j, a)
		}
	}
}

// openV1 creates a database file at schema version 1 in a temporary
// directory and returns its path and a connection to it.
func openV1(t *testing.T) (string, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v1.db")
	ms, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?_foreign_keys=1")
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(context.Background(), db, ms[:1]); err != nil {
		db.Close()
		t.Fatal(err)
	}
	return path, db
}

// migrateV1 closes db, the database at path that openV1 made, and opens
// it as a Store, which migrates it to the current schema. The store is
// closed when the test ends.
func migrateV1(t *testing.T, path string, db *sql.DB) *Store {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestMigration2Backfill opens a database written at schema version 1 and
// checks that migration 2 fills the new columns and the actor index from
// the stored rows, so the new queries answer for old data.
func TestMigration2Backfill(t *testing.T) {
	ctx := context.Background()
	path, db := openV1(t)
	putV1(t, db, storetest.Article())
	st := migrateV1(t, path, db)
	ms, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if v, err := st.SchemaVersion(ctx); err != nil || v != len(ms) {
		t.Fatalf("schema version %d, %v; want %d", v, err, len(ms))
	}
	p, err := st.FindActors(ctx, store.ActorFilter{Text: "zajárova"}, store.Query{})
	if err != nil || len(p.Items) != 1 || p.Items[0].ID != "person:maria-zajarova" {
		t.Errorf("FindActors after migration = %+v, %v", p, err)
	}
	p, err = st.FindActors(ctx, store.ActorFilter{Text: "foreign minister"}, store.Query{})
	if err != nil || len(p.Items) != 1 {
		t.Errorf("FindActors by role after migration = %+v, %v", p, err)
	}
	q, err := st.ActorQuotes(ctx, "person:tomas-oberg", store.Query{})
	if err != nil || len(q.Items) != 1 || q.Items[0].SentenceText != "“We will not sign without them,” Öberg said." {
		t.Errorf("ActorQuotes after migration = %+v, %v", q, err)
	}
	docs, err := st.ActorDocuments(ctx, "person:maria-zajarova", store.Query{})
	if err != nil || len(docs.Items) != 1 || docs.Items[0].Role == nil || *docs.Items[0].Role != "Foreign Minister of Norland" ||
		docs.Items[0].Name != "Maria Zajarova" || docs.Items[0].Mentions != 2 || docs.Items[0].Quotes != 1 {
		t.Errorf("ActorDocuments after migration = %+v, %v", docs, err)
	}
	ev, err := st.Events(ctx, store.EventFilter{Place: "ankara"}, store.Query{})
	if err != nil || len(ev.Items) != 1 || ev.Items[0].Index != 0 || ev.Items[0].SentenceText != storetest.Article().Text[ev.Items[0].Sentence.Start:ev.Items[0].Sentence.End] ||
		ev.Items[0].Sentence.Start != 0 {
		t.Errorf("Events after migration = %+v, %v", ev, err)
	}
	// A document put after the migration joins the old ones.
	if _, _, err := st.Put(ctx, storetest.FollowUp()); err != nil {
		t.Fatal(err)
	}
	p, err = st.FindActors(ctx, store.ActorFilter{Text: "deputy"}, store.Query{})
	if err != nil || len(p.Items) != 1 || p.Items[0].Documents != 2 {
		t.Errorf("FindActors after a new Put = %+v, %v", p, err)
	}
}

// FuzzFilters feeds outside input (API query parameters) to FindActors and
// Events: the answer is a page or an ErrInvalid, and every event returned
// satisfies the type and place filters.
func FuzzFilters(f *testing.F) {
	for _, s := range [][4]string{
		{"zaja", "AGREE", "2024", "Ankara"},
		{`"`, "consult", "2022-10", ""},
		{"NEAR(a b)", "", "2022-13", "ankara"},
		{"a* OR b", "x' OR 1=1 --", "2024-03-12", "%"},
		{"\x00", "\uE000", "", "_"},
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	st := openTemp(f)
	for _, d := range []*doc.Document{storetest.Article(), storetest.Timeline()} {
		if _, _, err := st.Put(context.Background(), d); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, text, typ, date, place string) {
		ctx := context.Background()
		p, err := st.FindActors(ctx, store.ActorFilter{Text: text}, store.Query{Limit: 5})
		if err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("FindActors(%q): %v", text, err)
		}
		if err == nil && p.Items == nil {
			t.Fatalf("FindActors(%q): nil items", text)
		}
		ev, err := st.Events(ctx, store.EventFilter{Actor: text, Type: typ, From: date, To: date, Place: place}, store.Query{})
		if err != nil {
			if !errors.Is(err, store.ErrInvalid) {
				t.Fatalf("Events: %v", err)
			}
			return
		}
		for _, h := range ev.Items {
			if typ != "" && !strings.EqualFold(h.Event.Type, typ) {
				t.Errorf("type filter %q gave %s", typ, h.Event.Type)
			}
			if place != "" && (h.Event.Place == nil || !strings.EqualFold(*h.Event.Place, place)) {
				t.Errorf("place filter %q gave %v", place, h.Event.Place)
			}
		}
	})
}

// TestMigration3Backfill opens a database written at schema version 1 with
// a new actor in it and checks that migration 3 records its evidence, so
// that documents put afterwards merge with it or keep apart from it.
func TestMigration3Backfill(t *testing.T) {
	ctx := context.Background()
	path, db := openV1(t)
	putV1(t, db, storetest.Newcomer("old", "2024-04-01", "Lindby", "VSK", "envoy:VSK"))
	st := migrateV1(t, path, db)

	var rows []string
	err := each(ctx, mustTx(t, st), `SELECT actor || '|' || kind || '|' || country || '|' || role || '|' || named FROM actor_evidence ORDER BY actor`, nil,
		func(r sqlutil.Scanner) error {
			var s string
			err := r.Scan(&s)
			rows = append(rows, s)
			return err
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{storetest.BoardID + "|organization|||1", storetest.NewcomerID + "|person|VSK|envoy:VSK|1"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("actor_evidence after migration:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	for _, tc := range []struct {
		id, country, want string
	}{
		{"nrl", "NRL", storetest.NewcomerID + "~2"},
		{"vsk", "VSK", storetest.NewcomerID},
	} {
		key, _, err := st.Put(ctx, storetest.Newcomer(tc.id, "2024-05-01", "Town "+tc.id, tc.country, ""))
		if err != nil {
			t.Fatal(err)
		}
		d, err := st.Get(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		if d.Actors[0].ID != tc.want {
			t.Errorf("Kovar of %s after migration = %q, want %q", tc.country, d.Actors[0].ID, tc.want)
		}
	}
}

// mustTx returns a read transaction on st, rolled back when t ends.
func mustTx(t *testing.T, st *Store) *sql.Tx {
	t.Helper()
	tx, err := st.r.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx
}
