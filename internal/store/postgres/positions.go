package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/parley-news/parley/internal/store"
)

// Positions returns the positions matching f; see store.Store.
func (s *Store) Positions(ctx context.Context, f store.PositionFilter, q store.Query) (store.Page[store.PositionHit], error) {
	page, err := newPage[store.PositionHit](s, q)
	if err != nil {
		return page, err
	}
	if err := f.Check(); err != nil {
		return page, err
	}
	var c conds
	if f.Actor != "" {
		c.add(`p.actor = ?`, f.Actor)
	}
	if f.Stance != "" {
		c.add(`p.stance = ?`, f.Stance)
	}
	if t := strings.TrimSpace(f.Topic); t != "" {
		c.add(`p.topic_key = ?`, asciiLower(t))
	}
	if f.Country != "" {
		c.add(`p.actor IN (SELECT id FROM actors WHERE country = ?)`, f.Country)
	}
	cal := calendar("p.doc_date")
	if f.From != "" {
		// The document's day is on or after From, at the precision of the
		// shorter of the two.
		c.add(cal+` AND p.doc_date >= substr(?, 1, length(p.doc_date))`, f.From)
	}
	if f.To != "" {
		c.add(cal+` AND substr(p.doc_date, 1, length(?)) <= ?`, f.To, f.To)
	}
	cond := c.clause()
	// The page is chosen from positions alone; only its rows are joined to
	// their documents (whose texts are long) and actors.
	return readPage(ctx, s, page, pageRead[store.PositionHit]{
		what:      fmt.Sprintf("positions %+v", f),
		count:     `SELECT count(*) FROM positions p` + cond,
		countArgs: c.args,
		// The actor as the document has it: its first entry there.
		list: `SELECT d.doc_key, d.title, d.date, d.url, p.idx, p.data, p.ctx_start, p.ctx_end,
				substring(convert_to(d.text, 'UTF8') FROM p.ctx_start + 1 FOR p.ctx_end - p.ctx_start),
				coalesce(da.name, p.actor), coalesce(da.kind, ''), da.country, da.role
			FROM (SELECT p.doc, p.idx, p.actor, p.data, p.ctx_start, p.ctx_end, p.doc_sort, p.span_start FROM positions p` + cond + `
				ORDER BY p.doc_sort DESC, p.span_start, p.idx LIMIT ` + c.next(0) + ` OFFSET ` + c.next(1) + `) p
			JOIN documents d ON d.id = p.doc
			LEFT JOIN LATERAL (SELECT x.name, x.kind, x.country, x.role FROM doc_actors x
				WHERE x.doc = p.doc AND x.actor = p.actor ORDER BY x.idx LIMIT 1) da ON true
			ORDER BY p.doc_sort DESC, p.span_start, p.idx`,
		listArgs: c.args,
		scan:     scanPositionHit,
	})
}

func scanPositionHit(rows pgx.Rows) (store.PositionHit, error) {
	var (
		h          store.PositionHit
		data, sent []byte
	)
	if err := rows.Scan(&h.Doc.Key, &h.Doc.Title, &h.Doc.Date, &h.URL, &h.Index, &data, &h.Sentence.Start, &h.Sentence.End, &sent,
		&h.Name, &h.Kind, &h.Country, &h.Role); err != nil {
		return h, err
	}
	if err := json.Unmarshal(data, &h.Position); err != nil {
		return h, fmt.Errorf("document %s: decode position %d: %w", h.Doc.Key, h.Index, err)
	}
	h.SentenceText = string(sent)
	return h, nil
}

// Topics returns the topics of the positions, latest first; see store.Store.
func (s *Store) Topics(ctx context.Context, q store.Query) (store.Page[store.TopicSummary], error) {
	page, err := newPage[store.TopicSummary](s, q)
	if err != nil {
		return page, err
	}
	return readPage(ctx, s, page, pageRead[store.TopicSummary]{
		what:  "list topics",
		count: `SELECT count(DISTINCT topic_key) FROM positions WHERE topic <> ''`,
		// The topic is named as its most recent position has it.
		list: `SELECT (SELECT p2.topic FROM positions p2 WHERE p2.topic_key = t.topic_key
					ORDER BY p2.doc_sort DESC, p2.idx LIMIT 1),
				t.n, t.actors, t.docs, t.first, t.last
			FROM (SELECT topic_key, min(topic) AS topic, count(*) AS n, count(DISTINCT actor) AS actors, count(DISTINCT doc) AS docs,
					min(doc_date) AS first, max(doc_date) AS last, max(doc_sort) AS latest
				FROM positions
				WHERE topic <> ''
				GROUP BY topic_key) t
			ORDER BY t.latest DESC, t.n DESC, t.topic_key, t.topic
			LIMIT $1 OFFSET $2`,
		scan: func(rows pgx.Rows) (store.TopicSummary, error) {
			var t store.TopicSummary
			err := rows.Scan(&t.Topic, &t.Positions, &t.Actors, &t.Documents, &t.First, &t.Last)
			return t, err
		},
	})
}
