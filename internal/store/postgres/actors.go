package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/parley-news/parley/internal/store"
)

const actorColumns = `a.id, a.name, a.kind, a.country, a.role, a.aliases, a.mentions, a.documents, a.quotes`

func scanActor(r pgx.Row) (store.ActorSummary, error) {
	var a store.ActorSummary
	if err := r.Scan(&a.ID, &a.Name, &a.Kind, &a.Country, &a.Role, &a.Aliases, &a.Mentions, &a.Documents, &a.Quotes); err != nil {
		return a, err
	}
	if a.Aliases == nil {
		a.Aliases = []string{}
	}
	return a, nil
}

// actorPage reads a page of actor summaries from the actors a, filtered by
// cond (" WHERE …" or ""), most mentioned first. The parameters of cond
// are args; LIMIT and OFFSET follow them.
func actorPage(ctx context.Context, s *Store, page store.Page[store.ActorSummary], what, cond string, args []any) (store.Page[store.ActorSummary], error) {
	n := len(args)
	return readPage(ctx, s, page, pageRead[store.ActorSummary]{
		what:      what,
		count:     `SELECT count(*) FROM actors a` + cond,
		countArgs: args,
		list: fmt.Sprintf(`SELECT `+actorColumns+` FROM actors a`+cond+` ORDER BY a.mentions DESC, a.name, a.id LIMIT $%d OFFSET $%d`,
			n+1, n+2),
		listArgs: args,
		scan:     func(rows pgx.Rows) (store.ActorSummary, error) { return scanActor(rows) },
	})
}

// Actors returns the actors, most mentioned first; see store.Store.
func (s *Store) Actors(ctx context.Context, q store.Query) (store.Page[store.ActorSummary], error) {
	page, err := newPage[store.ActorSummary](s, q)
	if err != nil {
		return page, err
	}
	return actorPage(ctx, s, page, "list actors", "", nil)
}

// The SQL of an actor's mentions, quotes, roles and documents, and the
// functions reading their rows. $1 is the actor id; the mention, quote and
// document queries end with LIMIT $2 OFFSET $3. Sentence texts are cut from
// the text's UTF-8 bytes, as the offsets count bytes.
const (
	actorMentionsSQL = `SELECT d.doc_key, d.title, d.date, m.span_start, m.span_end, m.text, m.how, m.ctx_start, m.ctx_end,
			substring(convert_to(d.text, 'UTF8') FROM m.ctx_start + 1 FOR m.ctx_end - m.ctx_start)
		FROM mentions m JOIN documents d ON d.id = m.doc
		WHERE m.actor = $1
		ORDER BY d.sort_date DESC, d.id DESC, m.span_start, m.span_end, m.actor_idx, m.idx
		LIMIT $2 OFFSET $3`
	actorQuotesSQL = `SELECT d.doc_key, d.title, d.date, q.idx, q.data, q.ctx_start, q.ctx_end,
			substring(convert_to(d.text, 'UTF8') FROM q.ctx_start + 1 FOR q.ctx_end - q.ctx_start)
		FROM quotes q JOIN documents d ON d.id = q.doc
		WHERE q.speaker = $1
		ORDER BY d.sort_date DESC, d.id DESC, q.span_start, q.idx
		LIMIT $2 OFFSET $3`
	actorRolesSQL = `SELECT da.role, min(d.date), max(d.date), count(DISTINCT da.doc)
		FROM doc_actors da JOIN documents d ON d.id = da.doc
		WHERE da.actor = $1 AND da.role IS NOT NULL
		GROUP BY da.role
		ORDER BY max(d.sort_date) DESC, da.role`
	// The name and role are the document's first entry for the actor's.
	actorDocumentsSQL = `SELECT d.doc_key, d.title, d.date, d.url, d.source, da.name, da.role,
			(SELECT count(*) FROM mentions m WHERE m.actor = $1 AND m.doc = d.id),
			(SELECT count(*) FROM quotes q WHERE q.doc = d.id AND q.speaker = $1)
		FROM (SELECT DISTINCT ON (doc) doc, name, role FROM doc_actors WHERE actor = $1 ORDER BY doc, idx) da
		JOIN documents d ON d.id = da.doc
		ORDER BY d.sort_date DESC, d.id DESC
		LIMIT $2 OFFSET $3`
)

func scanActorMention(rows pgx.Rows) (store.ActorMention, error) {
	var (
		m    store.ActorMention
		sent []byte
	)
	err := rows.Scan(&m.Doc.Key, &m.Doc.Title, &m.Doc.Date, &m.Mention.Start, &m.Mention.End, &m.Mention.Text, &m.Mention.How,
		&m.Sentence.Start, &m.Sentence.End, &sent)
	m.SentenceText = string(sent)
	return m, err
}

func scanActorQuote(rows pgx.Rows) (store.ActorQuote, error) {
	var (
		aq         store.ActorQuote
		data, sent []byte
	)
	if err := rows.Scan(&aq.Doc.Key, &aq.Doc.Title, &aq.Doc.Date, &aq.Index, &data, &aq.Sentence.Start, &aq.Sentence.End, &sent); err != nil {
		return aq, err
	}
	if err := json.Unmarshal(data, &aq.Quote); err != nil {
		return aq, fmt.Errorf("document %s: decode quote %d: %w", aq.Doc.Key, aq.Index, err)
	}
	aq.SentenceText = string(sent)
	return aq, nil
}

func scanActorRole(rows pgx.Rows) (store.ActorRole, error) {
	var r store.ActorRole
	err := rows.Scan(&r.Role, &r.First, &r.Last, &r.Documents)
	return r, err
}

func scanActorDocument(rows pgx.Rows) (store.ActorDocument, error) {
	var ad store.ActorDocument
	err := rows.Scan(&ad.Doc.Key, &ad.Doc.Title, &ad.Doc.Date, &ad.URL, &ad.Source, &ad.Name, &ad.Role, &ad.Mentions, &ad.Quotes)
	return ad, err
}

// Actor returns one actor with a page of its mentions and its latest quotes;
// see store.Store.
func (s *Store) Actor(ctx context.Context, id string, q store.Query) (*store.ActorDetail, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	var det *store.ActorDetail
	err = s.read(ctx, func(tx pgx.Tx) error {
		a, err := scanActor(tx.QueryRow(ctx, `SELECT `+actorColumns+` FROM actors a WHERE a.id = $1`, id))
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		d := &store.ActorDetail{
			Actor:    a,
			Mentions: store.Page[store.ActorMention]{Limit: q.Limit, Offset: q.Offset, Total: a.Mentions},
		}
		if d.Mentions.Items, err = rowsOf(ctx, tx, actorMentionsSQL, []any{id, q.Limit, q.Offset}, scanActorMention); err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
		if d.Quotes, err = rowsOf(ctx, tx, actorQuotesSQL, []any{id, store.MaxActorQuotes, 0}, scanActorQuote); err != nil {
			return fmt.Errorf("quotes: %w", err)
		}
		if d.Roles, err = rowsOf(ctx, tx, actorRolesSQL, []any{id}, scanActorRole); err != nil {
			return fmt.Errorf("roles: %w", err)
		}
		if d.Documents, err = rowsOf(ctx, tx, actorDocumentsSQL, []any{id, store.MaxActorDocuments, 0}, scanActorDocument); err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		det = d
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: actor %q: %w", id, err)
	}
	return det, nil
}

// actorExists returns a check that fails with ErrNotFound for an unknown
// actor id.
func actorExists(ctx context.Context, id string) func(tx pgx.Tx) error {
	return func(tx pgx.Tx) error {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM actors WHERE id = $1`, id).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		return err
	}
}

// ActorQuotes returns a page of what the actor said; see store.Store.
func (s *Store) ActorQuotes(ctx context.Context, id string, q store.Query) (store.Page[store.ActorQuote], error) {
	page, err := newPage[store.ActorQuote](s, q)
	if err != nil {
		return page, err
	}
	return readPage(ctx, s, page, pageRead[store.ActorQuote]{
		what:      fmt.Sprintf("quotes of actor %q", id),
		pre:       actorExists(ctx, id),
		count:     `SELECT count(*) FROM quotes WHERE speaker = $1`,
		countArgs: []any{id},
		list:      actorQuotesSQL,
		listArgs:  []any{id},
		scan:      scanActorQuote,
	})
}

// ActorDocuments returns a page of the documents naming the actor; see
// store.Store.
func (s *Store) ActorDocuments(ctx context.Context, id string, q store.Query) (store.Page[store.ActorDocument], error) {
	page, err := newPage[store.ActorDocument](s, q)
	if err != nil {
		return page, err
	}
	return readPage(ctx, s, page, pageRead[store.ActorDocument]{
		what:      fmt.Sprintf("documents of actor %q", id),
		pre:       actorExists(ctx, id),
		count:     `SELECT count(DISTINCT doc) FROM doc_actors WHERE actor = $1`,
		countArgs: []any{id},
		list:      actorDocumentsSQL,
		listArgs:  []any{id},
		scan:      scanActorDocument,
	})
}

// conds collects the conditions of a WHERE clause and their parameters.
type conds struct {
	where []string
	args  []any
}

// add appends a condition; each "?" in it becomes the next parameter, in
// the order of args.
func (c *conds) add(cond string, args ...any) {
	for _, a := range args {
		c.args = append(c.args, a)
		cond = strings.Replace(cond, "?", fmt.Sprintf("$%d", len(c.args)), 1)
	}
	c.where = append(c.where, cond)
}

// clause returns " WHERE a AND b", or "" for no condition.
func (c *conds) clause() string {
	if len(c.where) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(c.where, ` AND `)
}

// next returns the placeholder of the parameter after the conditions' and
// the i-th after it ("$3" for i 0 after two parameters).
func (c *conds) next(i int) string { return fmt.Sprintf("$%d", len(c.args)+1+i) }

// FindActors returns the actors matching f; see store.Store.
func (s *Store) FindActors(ctx context.Context, f store.ActorFilter, q store.Query) (store.Page[store.ActorSummary], error) {
	page, err := newPage[store.ActorSummary](s, q)
	if err != nil {
		return page, err
	}
	var c conds
	if strings.TrimSpace(f.Text) != "" {
		query, ok := tsQuery(f.Text, true)
		if !ok {
			return page, fmt.Errorf("%w: actor search text %q has no words", store.ErrInvalid, f.Text)
		}
		c.add(`a.names @@ to_tsquery('parley', ?)`, query)
	}
	if f.Kind != "" {
		c.add(`a.kind = ?`, f.Kind)
	}
	if f.Country != "" {
		c.add(`a.country = ?`, f.Country)
	}
	return actorPage(ctx, s, page, fmt.Sprintf("find actors %+v", f), c.clause(), c.args)
}

// calendar holds when the date column col is a calendar date that the date
// bounds can compare: YYYY, or YYYY- followed by more.
func calendar(col string) string {
	return `(` + col + ` ~ '^[0-9]{4}' AND (length(` + col + `) = 4 OR substr(` + col + `, 5, 1) = '-'))`
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
	var c conds
	if f.Actor != "" {
		if f.Side != "" {
			c.add(`(e.doc, e.idx) IN (SELECT doc, event FROM event_actors WHERE actor = ? AND role = ?)`, f.Actor, f.Side)
		} else {
			c.add(`(e.doc, e.idx) IN (SELECT doc, event FROM event_actors WHERE actor = ?)`, f.Actor)
		}
	}
	if f.Type != "" {
		c.add(`e.type = ?`, strings.ToUpper(f.Type))
	}
	cal := calendar("e.date")
	if f.From != "" {
		// The event's last day is on or after From: compared at the
		// precision of the shorter of the two. The year bound lets the
		// date index be used.
		c.add(cal+` AND e.date >= ? AND e.date >= substr(?, 1, length(e.date))`, f.From[:4], f.From)
	}
	if f.To != "" {
		// Every date within the bound sorts before the year after To's.
		c.add(cal+` AND e.date < ? AND substr(e.date, 1, length(?)) <= ?`, nextYear(f.To[:4]), f.To, f.To)
	}
	if f.Place != "" {
		c.add(`e.place_key = ?`, asciiLower(f.Place))
	}
	var docIDs []int64 // the document of each item
	return readPage(ctx, s, page, pageRead[store.EventHit]{
		what:      fmt.Sprintf("events %+v", f),
		count:     `SELECT count(*) FROM events e` + c.clause(),
		countArgs: c.args,
		list: `SELECT e.doc, d.doc_key, d.title, d.date, e.idx, e.data, e.ctx_start, e.ctx_end,
				substring(convert_to(d.text, 'UTF8') FROM e.ctx_start + 1 FOR e.ctx_end - e.ctx_start)
			FROM events e JOIN documents d ON d.id = e.doc` + c.clause() + `
			ORDER BY CASE WHEN ` + cal + ` THEN e.date ELSE d.sort_date END DESC, d.sort_date DESC, d.id DESC, e.idx
			LIMIT ` + c.next(0) + ` OFFSET ` + c.next(1),
		listArgs: c.args,
		scan: func(rows pgx.Rows) (store.EventHit, error) {
			var (
				h          store.EventHit
				docID      int64
				data, sent []byte
			)
			if err := rows.Scan(&docID, &h.Doc.Key, &h.Doc.Title, &h.Doc.Date, &h.Index, &data, &h.Sentence.Start, &h.Sentence.End, &sent); err != nil {
				return h, err
			}
			if err := json.Unmarshal(data, &h.Event); err != nil {
				return h, fmt.Errorf("document %s: decode event %d: %w", h.Doc.Key, h.Index, err)
			}
			h.SentenceText = string(sent)
			h.Names = map[string]string{}
			docIDs = append(docIDs, docID)
			return h, nil
		},
		post: func(tx pgx.Tx, items []store.EventHit) error {
			if err := eventNames(ctx, tx, items, docIDs); err != nil {
				return fmt.Errorf("actor names: %w", err)
			}
			return nil
		},
	})
}

// eventNames fills the Names of each hit, whose document is docIDs[i], with
// one query for the documents of the page.
func eventNames(ctx context.Context, tx pgx.Tx, hits []store.EventHit, docIDs []int64) error {
	if len(hits) == 0 {
		return nil
	}
	names := map[int64]map[string]string{}
	err := each(ctx, tx, `SELECT doc, actor, name FROM doc_actors WHERE doc = ANY($1) ORDER BY doc, idx`, []any{docIDs}, func(rows pgx.Rows) error {
		var (
			id   int64
			a, n string
		)
		if err := rows.Scan(&id, &a, &n); err != nil {
			return err
		}
		m := names[id]
		if m == nil {
			m = map[string]string{}
			names[id] = m
		}
		if _, seen := m[a]; !seen {
			m[a] = n
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i := range hits {
		h, m := &hits[i], names[docIDs[i]]
		for _, a := range append(append([]string{}, h.Event.Source...), h.Event.Target...) {
			if n, ok := m[a]; ok {
				h.Names[a] = n
			}
		}
	}
	return nil
}
