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
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
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
	var (
		out  []store.ActorEvidence
		byID = map[string]int{}
	)
	// '~' is followed by DEL in byte order (the "C" collation): the range
	// holds every id that starts with base + "~".
	err := each(ctx, tx, `SELECT actor, kind, country, role, named FROM actor_evidence
		WHERE actor = $1 OR (actor > $1 || '~' AND actor < $1 || chr(127))
		ORDER BY actor, kind, country, role`, []any{base}, func(rows pgx.Rows) error {
		var (
			id, kind, country, role string
			named                   bool
		)
		if err := rows.Scan(&id, &kind, &country, &role, &named); err != nil {
			return err
		}
		i, ok := byID[id]
		if !ok {
			i = len(out)
			byID[id] = i
			out = append(out, store.ActorEvidence{ID: id})
		}
		out[i].Named = out[i].Named || named
		out[i].Add(kind, &country, &role)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read stored actors %q: %w", base, err)
	}
	return out, nil
}

// sortDate is the date documents are listed by.
func sortDate(d *doc.Document, ingested time.Time) string {
	if d.Date != nil && *d.Date != "" {
		return *d.Date
	}
	return ingested.Format("2006-01-02")
}

// docSort is the sort key of document id with sort date sd: newest last in
// byte order (the key actors.seen and positions.doc_sort hold).
func docSort(sd string, id int64) string { return sd + "|" + fmt.Sprintf("%020d", id) }

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
	sd := sortDate(d, ingested)
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
	if err := upsertActors(ctx, tx, d, docSort(sd, id)); err != nil {
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
			d.Date, docSort(sd, id))
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
	type agg struct {
		a        doc.Actor
		mentions int
		quotes   int
		aliases  map[string]bool
	}
	byID := map[string]*agg{}
	var order []string
	for _, a := range d.Actors {
		g := byID[a.ID]
		if g == nil {
			g = &agg{a: a, aliases: map[string]bool{}}
			byID[a.ID] = g
			order = append(order, a.ID)
		}
		g.mentions += len(a.Mentions)
		for _, al := range a.Aliases {
			g.aliases[al] = true
		}
	}
	if len(order) == 0 {
		return nil
	}
	for _, q := range d.Quotes {
		if q.Speaker != nil && byID[*q.Speaker] != nil {
			byID[*q.Speaker].quotes++
		}
	}
	type stored struct {
		aliases []string
		seen    string
	}
	old := map[string]stored{}
	err := each(ctx, tx, `SELECT id, aliases, seen FROM actors WHERE id = ANY($1) FOR UPDATE`, []any{order}, func(rows pgx.Rows) error {
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
				id, g.a.Name, g.a.Kind, g.a.Country, g.a.Role, sortedKeys(g.aliases), g.mentions, g.quotes, seen)
			continue
		}
		for _, al := range st.aliases {
			g.aliases[al] = true
		}
		b.add(`UPDATE actors SET aliases = $1, mentions = mentions + $2, documents = documents + 1, quotes = quotes + $3 WHERE id = $4`,
			sortedKeys(g.aliases), g.mentions, g.quotes, id)
		if seen >= st.seen {
			b.add(`UPDATE actors SET name = $1, kind = $2, country = $3, role = $4, seen = $5 WHERE id = $6`,
				g.a.Name, g.a.Kind, g.a.Country, g.a.Role, seen, id)
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

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

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
		return loadAnnotations(ctx, tx, id, d)
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: get document %s: %w", key, err)
	}
	return d, nil
}

// each runs query and calls fn for every row.
func each(ctx context.Context, tx pgx.Tx, query string, args []any, fn func(pgx.Rows) error) error {
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

// loadJSON appends the decoded data column of table's rows for document id
// to *list, in stored order.
func loadJSON[T any](ctx context.Context, tx pgx.Tx, table string, id int64, list *[]T) error {
	err := each(ctx, tx, `SELECT data FROM `+table+` WHERE doc = $1 ORDER BY idx`, []any{id}, func(rows pgx.Rows) error {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return err
		}
		var v T
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("decode: %w", err)
		}
		*list = append(*list, v)
		return nil
	})
	if err != nil {
		return fmt.Errorf("load %s: %w", table, err)
	}
	return nil
}

func loadAnnotations(ctx context.Context, tx pgx.Tx, id int64, d *doc.Document) error {
	err := each(ctx, tx, `SELECT span_start, span_end FROM sentences WHERE doc = $1 ORDER BY idx`, []any{id}, func(rows pgx.Rows) error {
		var sp doc.Span
		if err := rows.Scan(&sp.Start, &sp.End); err != nil {
			return err
		}
		d.Sentences = append(d.Sentences, sp)
		return nil
	})
	if err != nil {
		return fmt.Errorf("load sentences: %w", err)
	}
	if err := loadJSON(ctx, tx, "entities", id, &d.Entities); err != nil {
		return err
	}
	if err := loadJSON(ctx, tx, "doc_actors", id, &d.Actors); err != nil {
		return err
	}
	for i := range d.Actors {
		d.Actors[i].Mentions = []doc.Mention{}
	}
	err = each(ctx, tx, `SELECT actor_idx, span_start, span_end, text, how FROM mentions WHERE doc = $1 ORDER BY actor_idx, idx`, []any{id},
		func(rows pgx.Rows) error {
			var (
				ai int
				m  doc.Mention
			)
			if err := rows.Scan(&ai, &m.Start, &m.End, &m.Text, &m.How); err != nil {
				return err
			}
			if ai < 0 || ai >= len(d.Actors) {
				return fmt.Errorf("mention of actor %d of %d", ai, len(d.Actors))
			}
			d.Actors[ai].Mentions = append(d.Actors[ai].Mentions, m)
			return nil
		})
	if err != nil {
		return fmt.Errorf("load mentions: %w", err)
	}
	if err := loadJSON(ctx, tx, "quotes", id, &d.Quotes); err != nil {
		return err
	}
	if err := loadJSON(ctx, tx, "events", id, &d.Events); err != nil {
		return err
	}
	if err := loadJSON(ctx, tx, "times", id, &d.Times); err != nil {
		return err
	}
	if err := loadJSON(ctx, tx, "places", id, &d.Places); err != nil {
		return err
	}
	if err := loadJSON(ctx, tx, "amounts", id, &d.Amounts); err != nil {
		return err
	}
	return loadJSON(ctx, tx, "positions", id, &d.Positions)
}

// summaryColumns are the columns scanSummary reads, from documents aliased d.
const summaryColumns = `d.doc_key, d.doc_id, d.title, d.date, d.url, d.source, d.lang, d.ingested_at,
	d.n_sentences, d.n_entities, d.n_actors, d.n_quotes, d.n_events, d.n_positions`

func scanSummary(rows pgx.Rows, extra ...any) (store.DocSummary, error) {
	var s store.DocSummary
	dest := append([]any{&s.Key, &s.ID, &s.Title, &s.Date, &s.URL, &s.Source, &s.Lang, &s.IngestedAt,
		&s.Counts.Sentences, &s.Counts.Entities, &s.Counts.Actors, &s.Counts.Quotes, &s.Counts.Events, &s.Counts.Positions}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return s, err
	}
	s.IngestedAt = s.IngestedAt.UTC()
	return s, nil
}

// rowsOf runs query and returns every row as scan reads it; the result is
// never nil.
func rowsOf[T any](ctx context.Context, tx pgx.Tx, query string, args []any, scan func(pgx.Rows) (T, error)) ([]T, error) {
	out := []T{}
	err := each(ctx, tx, query, args, func(rows pgx.Rows) error {
		v, err := scan(rows)
		if err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	return out, err
}

// newPage starts a page of results: it fails when the store is closed or q
// is malformed, else returns an empty page with q's normalised bounds.
func newPage[T any](s *Store, q store.Query) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if err := s.check(); err != nil {
		return page, err
	}
	q, err := q.Normalize()
	if err != nil {
		return page, err
	}
	page.Limit, page.Offset = q.Limit, q.Offset
	return page, nil
}

// pageRead is the SQL behind one page of results.
type pageRead[T any] struct {
	what      string                           // what is read, for errors ("list actors")
	pre       func(tx pgx.Tx) error            // when set, runs first (e.g. actorExists)
	count     string                           // counts the results over all pages
	countArgs []any                            //
	list      string                           // selects the page; LIMIT and OFFSET are the two parameters after listArgs
	listArgs  []any                            // the others
	scan      func(pgx.Rows) (T, error)        // reads one row of list
	post      func(tx pgx.Tx, items []T) error // when set, runs last on the page's items
}

// readPage fills page (from newPage) in one read-only snapshot as r says.
// Errors are wrapped with r.what.
func readPage[T any](ctx context.Context, s *Store, page store.Page[T], r pageRead[T]) (store.Page[T], error) {
	err := s.read(ctx, func(tx pgx.Tx) error {
		if r.pre != nil {
			if err := r.pre(tx); err != nil {
				return err
			}
		}
		if err := tx.QueryRow(ctx, r.count, r.countArgs...).Scan(&page.Total); err != nil {
			return err
		}
		args := append(append(make([]any, 0, len(r.listArgs)+2), r.listArgs...), page.Limit, page.Offset)
		items, err := rowsOf(ctx, tx, r.list, args, r.scan)
		if err != nil {
			return err
		}
		if r.post != nil {
			if err := r.post(tx, items); err != nil {
				return err
			}
		}
		page.Items = items
		return nil
	})
	if err != nil {
		page.Items = []T{}
		return page, fmt.Errorf("postgres: %s: %w", r.what, err)
	}
	return page, nil
}

// List returns document summaries, newest first; see store.Store.
func (s *Store) List(ctx context.Context, q store.Query) (store.Page[store.DocSummary], error) {
	page, err := newPage[store.DocSummary](s, q)
	if err != nil {
		return page, err
	}
	return readPage(ctx, s, page, pageRead[store.DocSummary]{
		what:  "list documents",
		count: `SELECT count(*) FROM documents`,
		list:  `SELECT ` + summaryColumns + ` FROM documents d ORDER BY d.sort_date DESC, d.id DESC LIMIT $1 OFFSET $2`,
		scan:  func(rows pgx.Rows) (store.DocSummary, error) { return scanSummary(rows) },
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
		what:      fmt.Sprintf("search %q", text),
		count:     `SELECT count(*) FROM documents d WHERE d.search @@ to_tsquery('parley', $1)`,
		countArgs: []any{query},
		list: `WITH q AS (SELECT to_tsquery('parley', $1) AS q),
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
		listArgs: []any{query, headlineOptions},
		scan: func(rows pgx.Rows) (store.DocHit, error) {
			var snip string
			sum, err := scanSummary(rows, &snip)
			return store.DocHit{DocSummary: sum, Snippet: store.SplitSnippet(snip, markOpen, markClose)}, err
		},
	})
}

// nextYear returns the four-digit year after y ("2023" for "2022"), or a
// string above every date for "9999".
func nextYear(y string) string {
	n, err := strconv.Atoi(y)
	if err != nil || n >= 9999 {
		return "A"
	}
	return fmt.Sprintf("%04d", n+1)
}
