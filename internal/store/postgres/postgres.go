// Package postgres is the PostgreSQL engine of Parley's store, for a
// database shared by several ingesters and servers. It keeps the same model
// as the SQLite engine (store/sqlite) and passes the same conformance suite
// (store/storetest): documents, their annotations in normalised tables, the
// actor aggregates, the actor evidence that Put weighs when it merges new
// actors (store.AssignNewActors), events and positions as queryable rows.
//
// Full-text search uses tsvector columns with GIN indexes under the text
// search configuration "parley": the "simple" configuration (no stemming,
// no stop words) with diacritics removed by the unaccent extension when it
// can be created, so "Zajarova" finds "Zajárova". Titles weigh four times
// as much as texts in the ranking; snippets come from ts_headline.
//
// The schema is versioned: migrations/NNNN_*.sql are applied in order in
// one transaction that holds an advisory lock, so concurrent openers are
// safe, and recorded in the schema_migrations table. The tables live in the
// first schema of the connection's search_path (set search_path in the URL,
// e.g. "…?search_path=parley", to keep them apart).
//
// Puts run in one transaction each and take a transaction-level advisory
// lock for the schema first, so they serialise as in the SQLite engine:
// the duplicate check, the new-actor merging and the actor aggregates see
// every earlier Put, and concurrent Puts of one document store it once.
// Reads run in read-only REPEATABLE READ transactions: each result comes
// from one snapshot.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlutil"
)

// Options tunes Open. The zero value is ready to use.
type Options struct {
	// MaxConns bounds the connections the store opens; 0 means
	// max(4, GOMAXPROCS).
	MaxConns int
}

// Store is a store.Store kept in a PostgreSQL database. It is safe for
// concurrent use.
type Store struct {
	name   string // the database, for errors (no password)
	pool   *pool
	now    func() time.Time
	closed atomic.Bool
}

var _ store.Store = (*Store)(nil)

// IsURL reports whether s is a PostgreSQL connection URL
// (postgres://… or postgresql://…), which Open takes.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// Open connects to the database at url (postgres://user:pass@host:port/db?…;
// the libpq environment variables PGHOST, PGPASSWORD… fill what it leaves
// out) and brings its schema up to date.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		// The parse error may quote the URL with its password: say less.
		return nil, fmt.Errorf("postgres: open: malformed connection URL (want postgres://user:password@host:port/database)")
	}
	name := fmt.Sprintf("%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
	size := opts.MaxConns
	if size <= 0 {
		size = max(4, runtime.GOMAXPROCS(0))
	}
	p := newPool(cfg, size)
	fail := func(err error) (*Store, error) {
		p.close()
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	ms, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		return fail(err)
	}
	c, err := p.acquire(ctx)
	if err != nil {
		return fail(err)
	}
	var enc string
	err = c.QueryRow(ctx, `SHOW server_encoding`).Scan(&enc)
	if err == nil && enc != "UTF8" {
		err = fmt.Errorf("database encoding is %s, want UTF8", enc)
	}
	if err == nil {
		err = migrate(ctx, c, ms)
	}
	p.release(c)
	if err != nil {
		return fail(err)
	}
	return &Store{name: name, pool: p, now: time.Now}, nil
}

// SchemaVersion returns the schema version of the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	var v int
	err := s.read(ctx, func(tx pgx.Tx) (err error) {
		v, err = schemaVersion(ctx, tx)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: schema version of %s: %w", s.name, err)
	}
	return v, nil
}

// Close closes the store's connections. It is safe to call more than once.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.pool.close(); err != nil {
		return fmt.Errorf("postgres: close %s: %w", s.name, err)
	}
	return nil
}

func (s *Store) check() error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	return nil
}

// read runs fn in a read-only transaction: one snapshot for all it reads.
func (s *Store) read(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return s.pool.tx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
}

// Count returns the number of stored documents.
func (s *Store) Count(ctx context.Context) (int, error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	var n int
	err := s.read(ctx, func(tx pgx.Tx) error { return tx.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n) })
	if err != nil {
		return 0, fmt.Errorf("postgres: count documents: %w", err)
	}
	return n, nil
}

// lookUp returns the key of the stored document with text hash hash or
// URL url, or "" when there is none.
func lookUp(ctx context.Context, tx pgx.Tx, hash, url string) (string, error) {
	var key string
	err := tx.QueryRow(ctx, `SELECT doc_key FROM documents WHERE text_hash = $1 OR (url <> '' AND url = $2) ORDER BY id LIMIT 1`,
		hash, url).Scan(&key)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return key, err
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
	err = s.pool.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, putLock); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		existing, err := lookUp(ctx, tx, hash, d.URL)
		if err != nil {
			return fmt.Errorf("look up duplicates: %w", err)
		}
		if existing != "" {
			key = existing
			return nil
		}
		rename, err := store.AssignNewActors(d, func(base string) ([]store.ActorEvidence, error) {
			return storedEvidence(ctx, tx, base)
		})
		if err != nil {
			return fmt.Errorf("new actors: %w", err)
		}
		key, created = store.KeyFor(hash), true
		return insertDocument(ctx, tx, store.RenameActors(d, rename), key, hash, s.now().UTC())
	})
	var pe *pgconn.PgError
	switch {
	case err == nil:
		return key, created, nil
	case errors.As(err, &pe) && pe.Code == "23505":
		// A unique key (text hash, URL) taken by another writer that did
		// not take the lock (an older program): the document is stored.
		var existing string
		if rerr := s.read(ctx, func(tx pgx.Tx) (err error) { existing, err = lookUp(ctx, tx, hash, d.URL); return err }); rerr == nil && existing != "" {
			return existing, false, nil
		}
	case errors.As(err, &pe) && (pe.Code == "22021" || pe.Code == "22P05"):
		// NUL characters, which PostgreSQL text cannot hold.
		return "", false, fmt.Errorf("postgres: put document %q: %w: %s", d.ID, store.ErrInvalid, pe.Message)
	}
	return "", false, fmt.Errorf("postgres: put document %q: %w", d.ID, err)
}

// storedEvidence returns the kinds, countries and roles the stored
// documents give each actor whose id is base or "<base>~…", and whether
// one of them names it, for store.AssignNewActors.
func storedEvidence(ctx context.Context, tx pgx.Tx, base string) ([]store.ActorEvidence, error) {
	// '~' is followed by DEL in byte order (the "C" collation): the range
	// holds every id that starts with base + "~".
	return sqlutil.StoredEvidence(eachIn(ctx, tx), `SELECT actor, kind, country, role, named FROM actor_evidence
		WHERE actor = $1 OR (actor > $1 || '~' AND actor < $1 || chr(127))
		ORDER BY actor, kind, country, role`, base)
}

// asciiLower lower-cases the ASCII letters of s, the case folding of the
// topic and place filters.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// batch queues the statements of one Put, keeping the first encoding error.
type batch struct {
	b   pgx.Batch
	err error
}

func (b *batch) json(v any) string {
	if b.err != nil {
		return ""
	}
	j, err := json.Marshal(v)
	if err != nil {
		b.err = fmt.Errorf("encode annotation: %w", err)
	}
	return string(j)
}

func (b *batch) add(query string, args ...any) { b.b.Queue(query, args...) }

// send runs the queued statements.
func (b *batch) send(ctx context.Context, tx pgx.Tx) error {
	if b.err != nil {
		return b.err
	}
	if b.b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, &b.b).Close()
}

func insertDocument(ctx context.Context, tx pgx.Tx, d *doc.Document, key, hash string, ingested time.Time) error {
	sd := sqlutil.SortDate(d, ingested)
	var id int64
	err := tx.QueryRow(ctx, `INSERT INTO documents
		(doc_key, doc_id, title, date, url, source, lang, text, text_hash, ingested_at, sort_date, search,
		 n_sentences, n_entities, n_actors, n_quotes, n_events, n_positions)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
			setweight(to_tsvector('parley', $3), 'A') || setweight(to_tsvector('parley', $8), 'B'),
			$12, $13, $14, $15, $16, $17)
		RETURNING id`,
		key, d.ID, d.Title, d.Date, d.URL, d.Source, d.Lang, d.Text, hash, ingested, sd,
		len(d.Sentences), len(d.Entities), len(d.Actors), len(d.Quotes), len(d.Events), len(d.Positions)).Scan(&id)
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if err := upsertActors(ctx, tx, d, sqlutil.DocSort(sd, id)); err != nil {
		return err
	}

	b := &batch{}
	for i, sp := range d.Sentences {
		b.add(`INSERT INTO sentences (doc, idx, span_start, span_end) VALUES ($1, $2, $3, $4)`, id, i, sp.Start, sp.End)
	}
	for i, e := range d.Entities {
		b.add(`INSERT INTO entities (doc, idx, span_start, span_end, type, data) VALUES ($1, $2, $3, $4, $5, $6)`,
			id, i, e.Start, e.End, e.Type, b.json(e))
	}
	for i, a := range d.Actors {
		bare := a
		bare.Mentions = nil
		b.add(`INSERT INTO doc_actors (doc, idx, actor, data, name, kind, country, role) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			id, i, a.ID, b.json(bare), a.Name, a.Kind, a.Country, a.Role)
		for j, m := range a.Mentions {
			c := store.ContextSpan(d, m.Span)
			b.add(`INSERT INTO mentions (doc, actor_idx, idx, actor, span_start, span_end, text, how, ctx_start, ctx_end)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, id, i, j, a.ID, m.Start, m.End, m.Text, m.How, c.Start, c.End)
		}
	}
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
		b.add(`INSERT INTO actor_evidence (actor, kind, country, role, named) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (actor, kind, country, role) DO UPDATE SET named = actor_evidence.named OR excluded.named`,
			a.ID, a.Kind, country, role, store.Named(a))
	}
	for i, q := range d.Quotes {
		c := store.CoverSpan(d, q.Span)
		b.add(`INSERT INTO quotes (doc, idx, span_start, span_end, kind, speaker, data, ctx_start, ctx_end) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			id, i, q.Start, q.End, q.Kind, q.Speaker, b.json(q), c.Start, c.End)
	}
	for i, e := range d.Events {
		c := store.CoverSpan(d, e.Evidence)
		var placeKey *string
		if e.Place != nil {
			k := asciiLower(*e.Place)
			placeKey = &k
		}
		b.add(`INSERT INTO events (doc, idx, span_start, span_end, type, modality, negated, date, data, place, place_key, ctx_start, ctx_end)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, id, i, e.Evidence.Start, e.Evidence.End, e.Type, e.Modality, e.Negated,
			e.Date, b.json(e), e.Place, placeKey, c.Start, c.End)
		for j, a := range e.Source {
			b.add(`INSERT INTO event_actors (doc, event, role, idx, actor) VALUES ($1, $2, 'source', $3, $4)`, id, i, j, a)
		}
		for j, a := range e.Target {
			b.add(`INSERT INTO event_actors (doc, event, role, idx, actor) VALUES ($1, $2, 'target', $3, $4)`, id, i, j, a)
		}
	}
	for i, t := range d.Times {
		b.add(`INSERT INTO times (doc, idx, span_start, span_end, value, anchored, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			id, i, t.Start, t.End, t.Value, t.Anchored, b.json(t))
	}
	for i, p := range d.Places {
		b.add(`INSERT INTO places (doc, idx, span_start, span_end, name, country, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			id, i, p.Start, p.End, p.Name, p.Country, b.json(p))
	}
	for i, a := range d.Amounts {
		b.add(`INSERT INTO amounts (doc, idx, span_start, span_end, unit, value, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			id, i, a.Start, a.End, a.Unit, a.Value, b.json(a))
	}
	for i, p := range d.Positions {
		c := store.CoverSpan(d, p.Evidence)
		topic := strings.TrimSpace(p.Topic)
		b.add(`INSERT INTO positions (doc, idx, span_start, span_end, actor, stance, data, topic, topic_key, ctx_start, ctx_end, doc_date, doc_sort)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
			id, i, p.Evidence.Start, p.Evidence.End, p.Actor, p.Stance, b.json(p), topic, asciiLower(topic), c.Start, c.End,
			d.Date, sqlutil.DocSort(sd, id))
	}
	if err := b.send(ctx, tx); err != nil {
		return fmt.Errorf("insert annotations: %w", err)
	}
	return nil
}

// upsertActors adds d's actors to the actors table: counts are summed, the
// aliases merged, and name, kind, country and role taken from the most
// recent document (seen is the document's sort key).
func upsertActors(ctx context.Context, tx pgx.Tx, d *doc.Document, seen string) error {
	order, byID := sqlutil.ActorTotals(d)
	if len(order) == 0 {
		return nil
	}
	type stored struct {
		aliases []string
		seen    string
	}
	old := map[string]stored{}
	err := each(ctx, tx, `SELECT id, aliases, seen FROM actors WHERE id = ANY($1) FOR UPDATE`, []any{order}, func(rows sqlutil.Scanner) error {
		var (
			id string
			st stored
		)
		if err := rows.Scan(&id, &st.aliases, &st.seen); err != nil {
			return err
		}
		old[id] = st
		return nil
	})
	if err != nil {
		return fmt.Errorf("read actors: %w", err)
	}
	b := &batch{}
	for _, id := range order {
		g := byID[id]
		st, ok := old[id]
		if !ok {
			b.add(`INSERT INTO actors (id, name, kind, country, role, aliases, mentions, documents, quotes, seen, names)
				VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, '')`,
				id, g.Actor.Name, g.Actor.Kind, g.Actor.Country, g.Actor.Role, sqlutil.SortedKeys(g.Aliases), g.Mentions, g.Quotes, seen)
			continue
		}
		for _, al := range st.aliases {
			g.Aliases[al] = true
		}
		b.add(`UPDATE actors SET aliases = $1, mentions = mentions + $2, documents = documents + 1, quotes = quotes + $3 WHERE id = $4`,
			sqlutil.SortedKeys(g.Aliases), g.Mentions, g.Quotes, id)
		if seen >= st.seen {
			b.add(`UPDATE actors SET name = $1, kind = $2, country = $3, role = $4, seen = $5 WHERE id = $6`,
				g.Actor.Name, g.Actor.Kind, g.Actor.Country, g.Actor.Role, seen, id)
		}
	}
	b.add(`UPDATE actors SET names = to_tsvector('parley', `+actorTerms+`) WHERE id = ANY($1)`, order)
	if err := b.send(ctx, tx); err != nil {
		return fmt.Errorf("store actors: %w", err)
	}
	return nil
}

// actorTerms is the SQL of the words an actor is found by: its name, id,
// role and aliases.
const actorTerms = `name || ' ' || id || ' ' || coalesce(role, '') || ' ' || array_to_string(aliases, ' ')`

// Get returns the document stored under key; see store.Store.
func (s *Store) Get(ctx context.Context, key string) (*doc.Document, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	d := doc.New("", "")
	err := s.read(ctx, func(tx pgx.Tx) error {
		var id int64
		err := tx.QueryRow(ctx, `SELECT id, doc_id, title, date, url, source, lang, text FROM documents WHERE doc_key = $1`, key).
			Scan(&id, &d.ID, &d.Title, &d.Date, &d.URL, &d.Source, &d.Lang, &d.Text)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		return sqlutil.LoadAnnotations(eachIn(ctx, tx), sqlutil.Dollar, id, d)
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: get document %s: %w", key, err)
	}
	return d, nil
}

// eachIn returns the row iteration of queries run in tx.
func eachIn(ctx context.Context, tx pgx.Tx) sqlutil.Each {
	return func(query string, args []any, fn func(sqlutil.Scanner) error) error {
		rows, err := tx.Query(ctx, query, args...)
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
func each(ctx context.Context, tx pgx.Tx, query string, args []any, fn func(sqlutil.Scanner) error) error {
	return eachIn(ctx, tx)(query, args, fn)
}

// summaryColumns are the columns scanSummary reads, from documents aliased d.
const summaryColumns = sqlutil.SummaryColumns

func scanSummary(rows sqlutil.Scanner, extra ...any) (store.DocSummary, error) {
	var s store.DocSummary
	if err := rows.Scan(sqlutil.SummaryDest(&s, &s.IngestedAt, extra...)...); err != nil {
		return s, err
	}
	s.IngestedAt = s.IngestedAt.UTC()
	return s, nil
}

// rowsOf runs query and returns every row as scan reads it; the result is
// never nil.
func rowsOf[T any](ctx context.Context, tx pgx.Tx, query string, args []any, scan func(sqlutil.Scanner) (T, error)) ([]T, error) {
	return sqlutil.Rows(eachIn(ctx, tx), query, args, scan)
}

// newPage starts a page of results; see sqlutil.NewPage.
func newPage[T any](s *Store, q store.Query) (store.Page[T], error) {
	return sqlutil.NewPage[T](s.check, q)
}

// pageRead is the SQL behind one page of results.
type pageRead[T any] = sqlutil.PageRead[pgx.Tx, T]

// reader is how sqlutil.ReadPage reads: in a read-only REPEATABLE READ
// transaction, one snapshot.
func (s *Store) reader() sqlutil.Reader[pgx.Tx] {
	return sqlutil.Reader[pgx.Tx]{Engine: "postgres", Read: s.read, Each: eachIn, Placeholder: sqlutil.Dollar}
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
		List:  `SELECT ` + summaryColumns + ` FROM documents d ORDER BY d.sort_date DESC, d.id DESC LIMIT $1 OFFSET $2`,
		Scan:  func(rows sqlutil.Scanner) (store.DocSummary, error) { return scanSummary(rows) },
	})
}

// Snippet markers: private-use characters that cleaned text does not hold.
const (
	markOpen  = "\uE000"
	markClose = "\uE001"
)

// headlineOptions are the ts_headline options of search snippets: one
// excerpt of up to 24 words around the best match.
const headlineOptions = "StartSel=" + markOpen + ", StopSel=" + markClose + ", MaxWords=24, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…"

// tsQuery turns search text into the text of a to_tsquery under the parley
// configuration: each term's runs of letters and digits quoted (so no query
// syntax in the text is interpreted) and joined as a phrase, the terms all
// required, a term's trailing * kept as a prefix match of its last word.
// With prefixAll every term is a prefix match (FindActors).
func tsQuery(text string, prefixAll bool) (string, bool) {
	terms := store.SearchTerms(text)
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		prefix := prefixAll || strings.HasSuffix(t, "*")
		words := strings.FieldsFunc(t, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
		})
		if len(words) == 0 {
			continue
		}
		for i, w := range words {
			words[i] = "'" + w + "'" // w holds no quote or backslash
		}
		p := strings.Join(words, " <-> ")
		if prefix {
			p += ":*"
		}
		parts = append(parts, "("+p+")")
	}
	return strings.Join(parts, " & "), len(parts) > 0
}

// Search runs a full-text search; see store.Store. The snippet comes from
// the text, or from the title when only the title matches, and starts or
// ends with "…" where it cuts the one it comes from.
func (s *Store) Search(ctx context.Context, text string, q store.Query) (store.Page[store.DocHit], error) {
	page, err := newPage[store.DocHit](s, q)
	if err != nil {
		return page, err
	}
	query, ok := tsQuery(text, false)
	if !ok {
		return page, fmt.Errorf("%w: search text %q has no words", store.ErrInvalid, text)
	}
	// Titles weigh 1, texts 0.25 (ts_rank's weights are for D, C, B, A);
	// the rank is divided by 1 + the log of the document's length.
	return readPage(ctx, s, page, pageRead[store.DocHit]{
		What:      fmt.Sprintf("search %q", text),
		Count:     `SELECT count(*) FROM documents d WHERE d.search @@ to_tsquery('parley', $1)`,
		CountArgs: []any{query},
		List: `WITH q AS (SELECT to_tsquery('parley', $1) AS q),
			hits AS (SELECT d.id, ts_rank('{0.1, 0.2, 0.25, 1.0}', d.search, q.q, 1) AS rank, d.sort_date
				FROM documents d, q WHERE d.search @@ q.q
				ORDER BY rank DESC, d.sort_date DESC, d.id DESC
				LIMIT $3 OFFSET $4)
			SELECT ` + summaryColumns + `,
				CASE WHEN x.at > 1 THEN '…' ELSE '' END || x.snip ||
					CASE WHEN x.at > 0 AND x.at + length(x.plain) <= length(x.src) THEN '…' ELSE '' END
			FROM hits h JOIN documents d ON d.id = h.id, q,
				LATERAL (SELECT s.src, s.snip, p.plain, strpos(s.src, p.plain) AS at
					FROM (SELECT CASE WHEN to_tsvector('parley', d.text) @@ q.q THEN d.text ELSE d.title END AS src) c,
					LATERAL (SELECT c.src, ts_headline('parley', c.src, q.q, $2) AS snip) s,
					LATERAL (SELECT replace(replace(s.snip, '` + markOpen + `', ''), '` + markClose + `', '') AS plain) p) x
			ORDER BY h.rank DESC, h.sort_date DESC, h.id DESC`,
		ListArgs: []any{query, headlineOptions},
		Scan: func(rows sqlutil.Scanner) (store.DocHit, error) {
			var snip string
			sum, err := scanSummary(rows, &snip)
			return store.DocHit{DocSummary: sum, Snippet: store.SplitSnippet(snip, markOpen, markClose)}, err
		},
	})
}
