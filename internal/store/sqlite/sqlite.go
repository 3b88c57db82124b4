// Package sqlite is the SQLite engine of Parley's store, built on the pure-Go
// driver modernc.org/sqlite. One database file holds the documents, their
// annotations in normalised tables and an FTS5 index over titles and texts
// (unicode61 tokenizer with diacritics removed, so "Zajarova" finds
// "Zajárova").
//
// Actors, their per-document names, kinds, countries and roles, mentions,
// quotes (by speaker, with the span of their sentences), events (by type,
// date, place, and source and target actor) and positions (by actor, stance
// and topic, with their documents' dates) are rows with their own indexes,
// so "what X said", "documents naming X" and the event and position filters
// are index lookups; a second FTS5 index covers actor names, aliases, ids
// and roles for FindActors. Put gives the new actors of each document their
// stored ids (store.AssignNewActors) from the kinds, countries and roles the
// stored documents give the actors of the same base id, kept aggregated in
// the actor_evidence table.
//
// The schema is versioned: migrations/NNNN_*.sql are applied in order, each
// in one transaction, and recorded in the schema_version table. The database
// runs in WAL mode with foreign keys on and a busy timeout. Writes go through
// one connection and begin with BEGIN IMMEDIATE, so concurrent Puts (from
// several goroutines or processes) serialise instead of failing; reads use a
// separate read-only pool and see a consistent snapshot.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlutil"
)

// busyTimeout is how long a connection waits for a lock held by another
// connection or process before failing with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// Store is a store.Store kept in one SQLite database file. It is safe for
// concurrent use.
type Store struct {
	path   string
	w      *sql.DB // one connection; every write
	r      *sql.DB // read-only pool
	now    func() time.Time
	closed atomic.Bool
}

var _ store.Store = (*Store)(nil)

// DefaultPath returns where Parley keeps its database when no path is given:
// $XDG_DATA_HOME/parley/parley.db, else ~/.local/share/parley/parley.db; on
// Windows, macOS and Plan 9, parley/parley.db under os.UserConfigDir.
func DefaultPath() (string, error) {
	if x := os.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "parley", "parley.db"), nil
	}
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("sqlite: default database path: %w", err)
		}
		return filepath.Join(dir, "parley", "parley.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("sqlite: default database path: %w", err)
	}
	return filepath.Join(home, ".local", "share", "parley", "parley.db"), nil
}

// Open opens (creating if needed) the database at path, creates its parent
// directories and brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("sqlite: open %q: need a file path", path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("sqlite: open %s: create directory: %w", path, err)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if !strings.HasPrefix(u.Path, "/") { // Windows: file:///C:/...
		u.Path = "/" + u.Path
	}
	base := u.String() + "?_busy_timeout=" + fmt.Sprint(busyTimeout.Milliseconds()) + "&_foreign_keys=1"

	w, err := sql.Open("sqlite", base+"&_journal_mode=WAL&_synchronous=NORMAL&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxIdleTime(0)
	w.SetConnMaxLifetime(0)

	ms, err := loadMigrations(migrationFiles, "migrations")
	if err == nil {
		err = migrate(ctx, w, ms)
	}
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}

	r, err := sql.Open("sqlite", base+"&_query_only=1")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	if err := r.PingContext(ctx); err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return &Store{path: abs, w: w, r: r, now: time.Now}, nil
}

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// SchemaVersion returns the schema version of the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	v, err := schemaVersion(ctx, s.r)
	if err != nil {
		return 0, fmt.Errorf("sqlite: schema version of %s: %w", s.path, err)
	}
	return v, nil
}

// Close closes the database. It is safe to call more than once.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	err := errors.Join(s.r.Close(), s.w.Close())
	if err != nil {
		return fmt.Errorf("sqlite: close %s: %w", s.path, err)
	}
	return nil
}

func (s *Store) check() error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	return nil
}

// Count returns the number of stored documents.
func (s *Store) Count(ctx context.Context) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count documents: %w", err)
	}
	return n, nil
}

// Put stores d; see store.Store.
func (s *Store) Put(ctx context.Context, d *doc.Document) (key string, created bool, err error) {
	if err := s.check(); err != nil {
		return "", false, err
	}
	if err := store.CheckDocument(d); err != nil {
		return "", false, err
	}
	hash := store.TextHash(d.Text)
	key = store.KeyFor(hash)

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return "", false, fmt.Errorf("sqlite: put document %q: begin: %w", d.ID, err)
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, ignoreDone(tx.Rollback()))
		}
	}()

	var existing string
	err = tx.QueryRowContext(ctx, `SELECT doc_key FROM documents WHERE text_hash = ? OR (url <> '' AND url = ?) ORDER BY id LIMIT 1`,
		hash, d.URL).Scan(&existing)
	switch {
	case err == nil:
		return existing, false, tx.Rollback()
	case !errors.Is(err, sql.ErrNoRows):
		return "", false, fmt.Errorf("sqlite: put document %q: look up duplicates: %w", d.ID, err)
	}

	rename, err := store.AssignNewActors(d, func(base string) ([]store.ActorEvidence, error) {
		return storedEvidence(ctx, tx, base)
	})
	if err != nil {
		return "", false, fmt.Errorf("sqlite: put document %q: new actors: %w", d.ID, err)
	}
	d = store.RenameActors(d, rename)

	if err := insertDocument(ctx, tx, d, key, hash, s.now().UTC()); err != nil {
		return "", false, fmt.Errorf("sqlite: put document %q: %w", d.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return "", false, fmt.Errorf("sqlite: put document %q: commit: %w", d.ID, err)
	}
	return key, true, nil
}

// storedEvidence returns the kinds, countries and roles the stored
// documents give each actor whose id is base or "<base>~…", and whether
// one of them names it, for store.AssignNewActors.
func storedEvidence(ctx context.Context, tx *sql.Tx, base string) ([]store.ActorEvidence, error) {
	// '~' is followed by DEL in byte order: the range holds every id that
	// starts with base + "~".
	return sqlutil.StoredEvidence(eachIn(ctx, tx), `SELECT actor, kind, country, role, named FROM actor_evidence
		WHERE actor = ?1 OR (actor > ?1 || '~' AND actor < ?1 || char(127))`, base)
}

// addEvidence records what d says of its new actors in actor_evidence.
func addEvidence(ins *inserter, d *doc.Document) {
	for _, a := range d.Actors {
		if _, _, ok := store.SplitActorID(a.ID); !ok {
			continue
		}
		country, role := "", ""
		if a.Country != nil {
			country = *a.Country
		}
		if a.Role != nil {
			role = *a.Role
		}
		ins.exec("actor evidence", `INSERT INTO actor_evidence (actor, kind, country, role, named) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (actor, kind, country, role) DO UPDATE SET named = max(named, excluded.named)`,
			a.ID, a.Kind, country, role, store.Named(a))
	}
}

func insertDocument(ctx context.Context, tx *sql.Tx, d *doc.Document, key, hash string, ingested time.Time) error {
	sd := sqlutil.SortDate(d, ingested)
	res, err := tx.ExecContext(ctx, `INSERT INTO documents
		(doc_key, doc_id, title, date, url, source, lang, text, text_hash, ingested_at, sort_date,
		 n_sentences, n_entities, n_actors, n_quotes, n_events, n_positions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		key, d.ID, d.Title, d.Date, d.URL, d.Source, d.Lang, d.Text, hash, ingested.Format(time.RFC3339Nano), sd,
		len(d.Sentences), len(d.Entities), len(d.Actors), len(d.Quotes), len(d.Events), len(d.Positions))
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, id, d.Title, d.Text); err != nil {
		return fmt.Errorf("index text: %w", err)
	}

	ins := &inserter{ctx: ctx, tx: tx}
	defer ins.close()

	for i, sp := range d.Sentences {
		ins.exec("sentences", `INSERT INTO sentences (doc, idx, span_start, span_end) VALUES (?, ?, ?, ?)`, id, i, sp.Start, sp.End)
	}
	for i, e := range d.Entities {
		ins.exec("entities", `INSERT INTO entities (doc, idx, span_start, span_end, type, data) VALUES (?, ?, ?, ?, ?, ?)`,
			id, i, e.Start, e.End, e.Type, ins.json(e))
	}
	if err := ins.err; err != nil {
		return err
	}
	if err := upsertActors(ctx, tx, d, sqlutil.DocSort(sd, id)); err != nil {
		return err
	}
	for i, a := range d.Actors {
		bare := a
		bare.Mentions = nil
		ins.exec("actors", `INSERT INTO doc_actors (doc, idx, actor, data, name, kind, country, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, a.ID, ins.json(bare), a.Name, a.Kind, a.Country, a.Role)
		for j, m := range a.Mentions {
			c := store.ContextSpan(d, m.Span)
			ins.exec("mentions", `INSERT INTO mentions (doc, actor_idx, idx, actor, span_start, span_end, text, how, ctx_start, ctx_end)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, j, a.ID, m.Start, m.End, m.Text, m.How, c.Start, c.End)
		}
	}
	addEvidence(ins, d)
	for i, q := range d.Quotes {
		c := store.CoverSpan(d, q.Span)
		ins.exec("quotes", `INSERT INTO quotes (doc, idx, span_start, span_end, kind, speaker, data, ctx_start, ctx_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, q.Start, q.End, q.Kind, q.Speaker, ins.json(q), c.Start, c.End)
	}
	for i, e := range d.Events {
		c := store.CoverSpan(d, e.Evidence)
		ins.exec("events", `INSERT INTO events (doc, idx, span_start, span_end, type, modality, negated, date, data, place, ctx_start, ctx_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, e.Evidence.Start, e.Evidence.End, e.Type, e.Modality, e.Negated, e.Date, ins.json(e),
			e.Place, c.Start, c.End)
		for j, a := range e.Source {
			ins.exec("event actors", `INSERT INTO event_actors (doc, event, role, idx, actor) VALUES (?, ?, 'source', ?, ?)`, id, i, j, a)
		}
		for j, a := range e.Target {
			ins.exec("event actors", `INSERT INTO event_actors (doc, event, role, idx, actor) VALUES (?, ?, 'target', ?, ?)`, id, i, j, a)
		}
	}
	for i, t := range d.Times {
		ins.exec("times", `INSERT INTO times (doc, idx, span_start, span_end, value, anchored, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, i, t.Start, t.End, t.Value, t.Anchored, ins.json(t))
	}
	for i, p := range d.Places {
		ins.exec("places", `INSERT INTO places (doc, idx, span_start, span_end, name, country, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, i, p.Start, p.End, p.Name, p.Country, ins.json(p))
	}
	for i, a := range d.Amounts {
		ins.exec("amounts", `INSERT INTO amounts (doc, idx, span_start, span_end, unit, value, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, i, a.Start, a.End, a.Unit, a.Value, ins.json(a))
	}
	for i, p := range d.Positions {
		c := store.CoverSpan(d, p.Evidence)
		ins.exec("positions", `INSERT INTO positions (doc, idx, span_start, span_end, actor, stance, data, topic, ctx_start, ctx_end, doc_date, doc_sort)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, p.Evidence.Start, p.Evidence.End, p.Actor, p.Stance, ins.json(p), strings.TrimSpace(p.Topic), c.Start, c.End,
			d.Date, sqlutil.DocSort(sd, id))
	}
	return ins.err
}

// inserter runs many inserts in a transaction with prepared statements,
// keeping the first error.
type inserter struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	err   error
}

func (in *inserter) json(v any) string {
	if in.err != nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		in.err = fmt.Errorf("encode annotation: %w", err)
	}
	return string(b)
}

func (in *inserter) exec(what, query string, args ...any) {
	if in.err != nil {
		return
	}
	st := in.stmts[query]
	if st == nil {
		var err error
		st, err = in.tx.PrepareContext(in.ctx, query)
		if err != nil {
			in.err = fmt.Errorf("insert %s: %w", what, err)
			return
		}
		if in.stmts == nil {
			in.stmts = map[string]*sql.Stmt{}
		}
		in.stmts[query] = st
	}
	if _, err := st.ExecContext(in.ctx, args...); err != nil {
		in.err = fmt.Errorf("insert %s: %w", what, err)
	}
}

func (in *inserter) close() {
	for _, st := range in.stmts {
		st.Close()
	}
}

// upsertActors adds d's actors to the actors table: counts are summed, the
// aliases merged, and name, kind, country and role taken from the most
// recent document (seen is the document's sort key).
func upsertActors(ctx context.Context, tx *sql.Tx, d *doc.Document, seen string) error {
	order, byID := sqlutil.ActorTotals(d)
	for _, id := range order {
		g := byID[id]
		var (
			oldAliases string
			oldSeen    string
		)
		err := tx.QueryRowContext(ctx, `SELECT aliases, seen FROM actors WHERE id = ?`, id).Scan(&oldAliases, &oldSeen)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			aliases, err := json.Marshal(sqlutil.SortedKeys(g.Aliases))
			if err != nil {
				return fmt.Errorf("actor %q: encode aliases: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO actors (id, name, kind, country, role, aliases, mentions, documents, quotes, seen)
				VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
				id, g.Actor.Name, g.Actor.Kind, g.Actor.Country, g.Actor.Role, string(aliases), g.Mentions, g.Quotes, seen); err != nil {
				return fmt.Errorf("actor %q: insert: %w", id, err)
			}
			continue
		case err != nil:
			return fmt.Errorf("actor %q: read: %w", id, err)
		}
		var old []string
		if err := json.Unmarshal([]byte(oldAliases), &old); err != nil {
			return fmt.Errorf("actor %q: decode stored aliases: %w", id, err)
		}
		for _, al := range old {
			g.Aliases[al] = true
		}
		aliases, err := json.Marshal(sqlutil.SortedKeys(g.Aliases))
		if err != nil {
			return fmt.Errorf("actor %q: encode aliases: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE actors SET aliases = ?, mentions = mentions + ?, documents = documents + 1, quotes = quotes + ?
			WHERE id = ?`, string(aliases), g.Mentions, g.Quotes, id); err != nil {
			return fmt.Errorf("actor %q: update: %w", id, err)
		}
		if seen >= oldSeen {
			if _, err := tx.ExecContext(ctx, `UPDATE actors SET name = ?, kind = ?, country = ?, role = ?, seen = ? WHERE id = ?`,
				g.Actor.Name, g.Actor.Kind, g.Actor.Country, g.Actor.Role, seen, id); err != nil {
				return fmt.Errorf("actor %q: update: %w", id, err)
			}
		}
	}
	for _, id := range order {
		if _, err := tx.ExecContext(ctx, `INSERT INTO actor_names (actor, terms) SELECT a.id, `+actorTerms+` FROM actors a WHERE a.id = ?
			ON CONFLICT (actor) DO UPDATE SET terms = excluded.terms`, id); err != nil {
			return fmt.Errorf("actor %q: index names: %w", id, err)
		}
	}
	return nil
}

// actorTerms is the SQL of the words an actor (alias a) is found by; the
// same expression fills actor_names in migration 0002.
const actorTerms = `a.name || ' ' || a.id || ' ' || coalesce(a.role, '') || ' ' ||
	coalesce((SELECT group_concat(j.value, ' ') FROM json_each(a.aliases) j), '')`

// Get returns the document stored under key; see store.Store.
func (s *Store) Get(ctx context.Context, key string) (d *doc.Document, err error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	tx, err := s.r.BeginTx(ctx, nil) // one snapshot for all the tables
	if err != nil {
		return nil, fmt.Errorf("sqlite: get document %s: %w", key, err)
	}
	defer tx.Rollback()

	var id int64
	d = doc.New("", "")
	err = tx.QueryRowContext(ctx, `SELECT id, doc_id, title, date, url, source, lang, text FROM documents WHERE doc_key = ?`, key).
		Scan(&id, &d.ID, &d.Title, &d.Date, &d.URL, &d.Source, &d.Lang, &d.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: get document %s: %w", key, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: get document %s: %w", key, err)
	}
	if err := sqlutil.LoadAnnotations(eachIn(ctx, tx), sqlutil.Question, id, d); err != nil {
		return nil, fmt.Errorf("sqlite: get document %s: %w", key, err)
	}
	return d, nil
}

// eachIn returns the row iteration of queries run in tx.
func eachIn(ctx context.Context, tx *sql.Tx) sqlutil.Each {
	return func(query string, args []any, fn func(sqlutil.Scanner) error) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := fn(rows); err != nil {
				return err
			}
		}
		return rows.Err()
	}
}

// each runs query in tx and calls fn for every row.
func each(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(sqlutil.Scanner) error) error {
	return eachIn(ctx, tx)(query, args, fn)
}

// summaryColumns are the columns scanSummary reads, from documents aliased d.
const summaryColumns = sqlutil.SummaryColumns

func scanSummary(rows sqlutil.Scanner, extra ...any) (store.DocSummary, error) {
	var (
		s        store.DocSummary
		ingested string
	)
	if err := rows.Scan(sqlutil.SummaryDest(&s, &ingested, extra...)...); err != nil {
		return s, err
	}
	t, err := time.Parse(time.RFC3339Nano, ingested)
	if err != nil {
		return s, fmt.Errorf("document %s: ingestion time %q: %w", s.Key, ingested, err)
	}
	s.IngestedAt = t
	return s, nil
}

// rowsOf runs query and returns every row as scan reads it; the result is
// never nil.
func rowsOf[T any](ctx context.Context, tx *sql.Tx, query string, args []any, scan func(sqlutil.Scanner) (T, error)) ([]T, error) {
	return sqlutil.Rows(eachIn(ctx, tx), query, args, scan)
}

// newPage starts a page of results; see sqlutil.NewPage.
func newPage[T any](s *Store, q store.Query) (store.Page[T], error) {
	return sqlutil.NewPage[T](s.check, q)
}

// pageRead is the SQL behind one page of results.
type pageRead[T any] = sqlutil.PageRead[*sql.Tx, T]

// reader is how sqlutil.ReadPage reads: in a transaction of the read-only
// pool, one snapshot.
func (s *Store) reader() sqlutil.Reader[*sql.Tx] {
	return sqlutil.Reader[*sql.Tx]{
		Engine: "sqlite",
		Read: func(ctx context.Context, fn func(tx *sql.Tx) error) error {
			tx, err := s.r.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			return fn(tx)
		},
		Each:        eachIn,
		Placeholder: sqlutil.Question,
	}
}

// readPage fills page (from newPage) in one read-only snapshot as r says.
// Errors are wrapped with r.What.
func readPage[T any](ctx context.Context, s *Store, page store.Page[T], r pageRead[T]) (store.Page[T], error) {
	return sqlutil.ReadPage(ctx, s.reader(), page, r)
}

// List returns document summaries, newest first; see store.Store.
func (s *Store) List(ctx context.Context, q store.Query) (store.Page[store.DocSummary], error) {
	page, err := newPage[store.DocSummary](s, q)
	if err != nil {
		return page, err
	}
	return readPage(ctx, s, page, pageRead[store.DocSummary]{
		What:  "list documents",
		Count: `SELECT count(*) FROM documents`,
		List:  `SELECT ` + summaryColumns + ` FROM documents d ORDER BY d.sort_date DESC, d.id DESC LIMIT ? OFFSET ?`,
		Scan:  func(rows sqlutil.Scanner) (store.DocSummary, error) { return scanSummary(rows) },
	})
}

// Snippet markers: private-use characters that cleaned text does not hold.
const (
	markOpen  = "\uE000"
	markClose = "\uE001"
)

// ftsQuery turns search text into an FTS5 query: every term quoted as a
// string (so no FTS5 syntax in the text is interpreted), all required, a
// trailing * kept as a prefix search.
func ftsQuery(text string) (string, error) {
	terms := store.SearchTerms(text)
	if len(terms) == 0 {
		return "", fmt.Errorf("%w: search text %q has no words", store.ErrInvalid, text)
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		prefix := false
		if strings.HasSuffix(t, "*") {
			t = strings.TrimRight(t, "*")
			prefix = true
		}
		parts[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		if prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " "), nil
}

// Search runs a full-text search; see store.Store.
func (s *Store) Search(ctx context.Context, text string, q store.Query) (store.Page[store.DocHit], error) {
	page, err := newPage[store.DocHit](s, q)
	if err != nil {
		return page, err
	}
	match, err := ftsQuery(text)
	if err != nil {
		return page, err
	}
	return readPage(ctx, s, page, pageRead[store.DocHit]{
		What:      fmt.Sprintf("search %q", text),
		Count:     `SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`,
		CountArgs: []any{match},
		List: `SELECT ` + summaryColumns + `, snippet(documents_fts, -1, ?, ?, '…', 24)
			FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
			WHERE documents_fts MATCH ?
			ORDER BY bm25(documents_fts, 4.0, 1.0), d.sort_date DESC, d.id DESC
			LIMIT ? OFFSET ?`,
		ListArgs: []any{markOpen, markClose, match},
		Scan: func(rows sqlutil.Scanner) (store.DocHit, error) {
			var snip string
			sum, err := scanSummary(rows, &snip)
			return store.DocHit{DocSummary: sum, Snippet: store.SplitSnippet(snip, markOpen, markClose)}, err
		},
	})
}

const actorColumns = `a.id, a.name, a.kind, a.country, a.role, a.aliases, a.mentions, a.documents, a.quotes`

func scanActor(r sqlutil.Scanner) (store.ActorSummary, error) {
	var (
		a       store.ActorSummary
		aliases []byte
	)
	if err := r.Scan(&a.ID, &a.Name, &a.Kind, &a.Country, &a.Role, &aliases, &a.Mentions, &a.Documents, &a.Quotes); err != nil {
		return a, err
	}
	if err := json.Unmarshal(aliases, &a.Aliases); err != nil {
		return a, fmt.Errorf("actor %q: decode aliases: %w", a.ID, err)
	}
	if a.Aliases == nil {
		a.Aliases = []string{}
	}
	return a, nil
}

// actorPage reads a page of actor summaries from the actors a joined as from
// says, filtered by cond (" WHERE …" or ""), most mentioned first.
func actorPage(ctx context.Context, s *Store, page store.Page[store.ActorSummary], what, from, cond string, args []any) (store.Page[store.ActorSummary], error) {
	return readPage(ctx, s, page, pageRead[store.ActorSummary]{
		What:      what,
		Count:     `SELECT count(*) FROM ` + from + cond,
		CountArgs: args,
		List:      `SELECT ` + actorColumns + ` FROM ` + from + cond + ` ORDER BY a.mentions DESC, a.name, a.id LIMIT ? OFFSET ?`,
		ListArgs:  args,
		Scan:      func(rows sqlutil.Scanner) (store.ActorSummary, error) { return scanActor(rows) },
	})
}

// Actors returns the actors, most mentioned first; see store.Store.
func (s *Store) Actors(ctx context.Context, q store.Query) (store.Page[store.ActorSummary], error) {
	page, err := newPage[store.ActorSummary](s, q)
	if err != nil {
		return page, err
	}
	return actorPage(ctx, s, page, "list actors", `actors a`, "", nil)
}

// The SQL of an actor's mentions, quotes, roles and documents, and the
// functions reading their rows. The first parameter is the actor id; the
// mention, quote and document queries end with LIMIT ? OFFSET ?.
const (
	actorMentionsSQL = `SELECT d.doc_key, d.title, d.date, m.span_start, m.span_end, m.text, m.how, m.ctx_start, m.ctx_end,
			substr(CAST(d.text AS BLOB), m.ctx_start + 1, m.ctx_end - m.ctx_start)
		FROM mentions m JOIN documents d ON d.id = m.doc
		WHERE m.actor = ?
		ORDER BY d.sort_date DESC, d.id DESC, m.span_start, m.span_end, m.actor_idx, m.idx
		LIMIT ? OFFSET ?`
	actorQuotesSQL = `SELECT d.doc_key, d.title, d.date, q.idx, q.data, q.ctx_start, q.ctx_end,
			substr(CAST(d.text AS BLOB), q.ctx_start + 1, q.ctx_end - q.ctx_start)
		FROM quotes q JOIN documents d ON d.id = q.doc
		WHERE q.speaker = ?
		ORDER BY d.sort_date DESC, d.id DESC, q.span_start, q.idx
		LIMIT ? OFFSET ?`
	actorRolesSQL = `SELECT da.role, min(d.date), max(d.date), count(DISTINCT da.doc)
		FROM doc_actors da JOIN documents d ON d.id = da.doc
		WHERE da.actor = ? AND da.role IS NOT NULL
		GROUP BY da.role
		ORDER BY max(d.sort_date) DESC, da.role`
	// The bare columns da.name and da.role come from the row with
	// min(da.idx): the document's first entry for the actor.
	actorDocumentsSQL = `SELECT d.doc_key, d.title, d.date, d.url, d.source, da.name, da.role, min(da.idx),
			(SELECT count(*) FROM mentions m WHERE m.actor = ?1 AND m.doc = d.id),
			(SELECT count(*) FROM quotes q WHERE q.doc = d.id AND q.speaker = ?1)
		FROM doc_actors da JOIN documents d ON d.id = da.doc
		WHERE da.actor = ?1
		GROUP BY da.doc
		ORDER BY d.sort_date DESC, d.id DESC
		LIMIT ?2 OFFSET ?3`
)

func scanActorQuote(rows sqlutil.Scanner) (store.ActorQuote, error) {
	var (
		aq         store.ActorQuote
		data, sent []byte
	)
	if err := rows.Scan(&aq.Doc.Key, &aq.Doc.Title, &aq.Doc.Date, &aq.Index, &data, &aq.Sentence.Start, &aq.Sentence.End, &sent); err != nil {
		return aq, err
	}
	if err := json.Unmarshal(data, &aq.Quote); err != nil {
		return aq, fmt.Errorf("decode quote: %w", err)
	}
	aq.SentenceText = string(sent)
	return aq, nil
}

func scanActorDocument(rows sqlutil.Scanner) (store.ActorDocument, error) {
	var (
		ad  store.ActorDocument
		idx int
	)
	err := rows.Scan(&ad.Doc.Key, &ad.Doc.Title, &ad.Doc.Date, &ad.URL, &ad.Source, &ad.Name, &ad.Role, &idx, &ad.Mentions, &ad.Quotes)
	return ad, err
}

// actorSQL is the SQL of an actor's detail and pages.
var actorSQL = sqlutil.ActorSQL{
	Actor:        `SELECT ` + actorColumns + ` FROM actors a WHERE a.id = ?`,
	Mentions:     actorMentionsSQL,
	Quotes:       actorQuotesSQL,
	Roles:        actorRolesSQL,
	Documents:    actorDocumentsSQL,
	ScanActor:    scanActor,
	ScanQuote:    scanActorQuote,
	ScanDocument: scanActorDocument,
}

// Actor returns one actor with a page of its mentions and its latest quotes;
// see store.Store.
func (s *Store) Actor(ctx context.Context, id string, q store.Query) (*store.ActorDetail, error) {
	return sqlutil.Actor(ctx, s.reader(), s.check, id, q, actorSQL)
}

// ActorQuotes returns a page of what the actor said; see store.Store.
func (s *Store) ActorQuotes(ctx context.Context, id string, q store.Query) (store.Page[store.ActorQuote], error) {
	page, err := newPage[store.ActorQuote](s, q)
	if err != nil {
		return page, err
	}
	return sqlutil.ActorQuotes(ctx, s.reader(), page, id, actorSQL)
}

// ActorDocuments returns a page of the documents naming the actor; see
// store.Store.
func (s *Store) ActorDocuments(ctx context.Context, id string, q store.Query) (store.Page[store.ActorDocument], error) {
	page, err := newPage[store.ActorDocument](s, q)
	if err != nil {
		return page, err
	}
	return sqlutil.ActorDocuments(ctx, s.reader(), page, id, actorSQL)
}

// actorMatch turns actor search text into an FTS5 query: every word quoted
// and matched as a prefix.
func actorMatch(text string) (string, error) {
	terms := store.SearchTerms(text)
	if len(terms) == 0 {
		return "", fmt.Errorf("%w: actor search text %q has no words", store.ErrInvalid, text)
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		t = strings.TrimRight(t, "*")
		parts[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"*`
	}
	return strings.Join(parts, " "), nil
}

// FindActors returns the actors matching f; see store.Store.
func (s *Store) FindActors(ctx context.Context, f store.ActorFilter, q store.Query) (store.Page[store.ActorSummary], error) {
	page, err := newPage[store.ActorSummary](s, q)
	if err != nil {
		return page, err
	}
	from := `actors a`
	c := sqlutil.NewConds(sqlutil.Question)
	if strings.TrimSpace(f.Text) != "" {
		match, err := actorMatch(f.Text)
		if err != nil {
			return page, err
		}
		from = `actor_names_fts JOIN actor_names n ON n.rid = actor_names_fts.rowid JOIN actors a ON a.id = n.actor`
		c.Add(`actor_names_fts MATCH ?`, match)
	}
	if f.Kind != "" {
		c.Add(`a.kind = ?`, f.Kind)
	}
	if f.Country != "" {
		c.Add(`a.country = ?`, f.Country)
	}
	return actorPage(ctx, s, page, fmt.Sprintf("find actors %+v", f), from, c.Clause(), c.Args)
}

// Events returns the events matching f; see store.Store.
func (s *Store) Events(ctx context.Context, f store.EventFilter, q store.Query) (store.Page[store.EventHit], error) {
	page, err := newPage[store.EventHit](s, q)
	if err != nil {
		return page, err
	}
	if err := f.Check(); err != nil {
		return page, err
	}
	c := sqlutil.EventConds(f, filterSQL)
	cond := c.Clause()
	var docIDs []int64 // the document of each item
	return readPage(ctx, s, page, pageRead[store.EventHit]{
		What:      fmt.Sprintf("events %+v", f),
		Count:     `SELECT count(*) FROM events e` + cond,
		CountArgs: c.Args,
		List: `SELECT e.doc, d.doc_key, d.title, d.date, e.idx, e.data, e.ctx_start, e.ctx_end,
				substr(CAST(d.text AS BLOB), e.ctx_start + 1, e.ctx_end - e.ctx_start)
			FROM events e JOIN documents d ON d.id = e.doc` + cond + `
			ORDER BY CASE WHEN ` + calendar + ` THEN e.date ELSE d.sort_date END DESC, d.sort_date DESC, d.id DESC, e.idx
			LIMIT ? OFFSET ?`,
		ListArgs: c.Args,
		Scan: func(rows sqlutil.Scanner) (store.EventHit, error) {
			var (
				h          store.EventHit
				docID      int64
				data, sent []byte
			)
			if err := rows.Scan(&docID, &h.Doc.Key, &h.Doc.Title, &h.Doc.Date, &h.Index, &data, &h.Sentence.Start, &h.Sentence.End, &sent); err != nil {
				return h, err
			}
			if err := json.Unmarshal(data, &h.Event); err != nil {
				return h, fmt.Errorf("decode event: %w", err)
			}
			h.SentenceText = string(sent)
			h.Names = map[string]string{}
			docIDs = append(docIDs, docID)
			return h, nil
		},
		Post: func(tx *sql.Tx, items []store.EventHit) error {
			if err := eventNames(ctx, tx, items, docIDs); err != nil {
				return fmt.Errorf("actor names: %w", err)
			}
			return nil
		},
	})
}

// eventNames fills the Names of each hit, whose document is docIDs[i], with
// one query per document of the page.
func eventNames(ctx context.Context, tx *sql.Tx, hits []store.EventHit, docIDs []int64) error {
	names := map[int64]map[string]string{}
	for i := range hits {
		id := docIDs[i]
		m, ok := names[id]
		if !ok {
			m = map[string]string{}
			err := each(ctx, tx, `SELECT actor, name FROM doc_actors WHERE doc = ? ORDER BY idx`, []any{id}, func(rows sqlutil.Scanner) error {
				var a, n string
				if err := rows.Scan(&a, &n); err != nil {
					return err
				}
				if _, seen := m[a]; !seen {
					m[a] = n
				}
				return nil
			})
			if err != nil {
				return err
			}
			names[id] = m
		}
		h := &hits[i]
		for _, a := range append(append([]string{}, h.Event.Source...), h.Event.Target...) {
			if n, ok := m[a]; ok {
				h.Names[a] = n
			}
		}
	}
	return nil
}
