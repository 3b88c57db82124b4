package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlutil"
)

const actorColumns = `a.id, a.name, a.kind, a.country, a.role, a.aliases, a.mentions, a.documents, a.quotes`

func scanActor(r sqlutil.Scanner) (store.ActorSummary, error) {
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
		What:      what,
		Count:     `SELECT count(*) FROM actors a` + cond,
		CountArgs: args,
		List: fmt.Sprintf(`SELECT `+actorColumns+` FROM actors a`+cond+` ORDER BY a.mentions DESC, a.name, a.id LIMIT $%d OFFSET $%d`,
			n+1, n+2),
		ListArgs: args,
		Scan:     func(rows sqlutil.Scanner) (store.ActorSummary, error) { return scanActor(rows) },
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

func scanActorQuote(rows sqlutil.Scanner) (store.ActorQuote, error) {
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

func scanActorDocument(rows sqlutil.Scanner) (store.ActorDocument, error) {
	var ad store.ActorDocument
	err := rows.Scan(&ad.Doc.Key, &ad.Doc.Title, &ad.Doc.Date, &ad.URL, &ad.Source, &ad.Name, &ad.Role, &ad.Mentions, &ad.Quotes)
	return ad, err
}

// actorSQL is the SQL of an actor's detail and pages.
var actorSQL = sqlutil.ActorSQL{
	Actor:        `SELECT ` + actorColumns + ` FROM actors a WHERE a.id = $1`,
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

// FindActors returns the actors matching f; see store.Store.
func (s *Store) FindActors(ctx context.Context, f store.ActorFilter, q store.Query) (store.Page[store.ActorSummary], error) {
	page, err := newPage[store.ActorSummary](s, q)
	if err != nil {
		return page, err
	}
	c := sqlutil.NewConds(sqlutil.Dollar)
	if strings.TrimSpace(f.Text) != "" {
		query, ok := tsQuery(f.Text, true)
		if !ok {
			return page, fmt.Errorf("%w: actor search text %q has no words", store.ErrInvalid, f.Text)
		}
		c.Add(`a.names @@ to_tsquery('parley', ?)`, query)
	}
	if f.Kind != "" {
		c.Add(`a.kind = ?`, f.Kind)
	}
	if f.Country != "" {
		c.Add(`a.country = ?`, f.Country)
	}
	return actorPage(ctx, s, page, fmt.Sprintf("find actors %+v", f), c.Clause(), c.Args)
}

// calendar holds when the date column col is a calendar date that the date
// bounds can compare: YYYY, or YYYY- followed by more.
func calendar(col string) string {
	return `(` + col + ` ~ '^[0-9]{4}' AND (length(` + col + `) = 4 OR substr(` + col + `, 5, 1) = '-'))`
}

// filterSQL is PostgreSQL's SQL of the event and position filters: places
// and topics compared by their ASCII-lower-cased keys.
var filterSQL = sqlutil.FilterSQL{
	Placeholder:      sqlutil.Dollar,
	EventCalendar:    calendar("e.date"),
	PositionCalendar: calendar("p.doc_date"),
	EventPlace:       `e.place_key = ?`,
	PositionTopic:    `p.topic_key = ?`,
	Key:              asciiLower,
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
	cal := filterSQL.EventCalendar
	var docIDs []int64 // the document of each item
	return readPage(ctx, s, page, pageRead[store.EventHit]{
		What:      fmt.Sprintf("events %+v", f),
		Count:     `SELECT count(*) FROM events e` + c.Clause(),
		CountArgs: c.Args,
		List: `SELECT e.doc, d.doc_key, d.title, d.date, e.idx, e.data, e.ctx_start, e.ctx_end,
				substring(convert_to(d.text, 'UTF8') FROM e.ctx_start + 1 FOR e.ctx_end - e.ctx_start)
			FROM events e JOIN documents d ON d.id = e.doc` + c.Clause() + `
			ORDER BY CASE WHEN ` + cal + ` THEN e.date ELSE d.sort_date END DESC, d.sort_date DESC, d.id DESC, e.idx
			LIMIT ` + c.Next(0) + ` OFFSET ` + c.Next(1),
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
				return h, fmt.Errorf("document %s: decode event %d: %w", h.Doc.Key, h.Index, err)
			}
			h.SentenceText = string(sent)
			h.Names = map[string]string{}
			docIDs = append(docIDs, docID)
			return h, nil
		},
		Post: func(tx pgx.Tx, items []store.EventHit) error {
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
	err := each(ctx, tx, `SELECT doc, actor, name FROM doc_actors WHERE doc = ANY($1) ORDER BY doc, idx`, []any{docIDs}, func(rows sqlutil.Scanner) error {
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
