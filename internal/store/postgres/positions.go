package postgres

import (
	"context"
	"fmt"

	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlutil"
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
	c := sqlutil.PositionConds(f, filterSQL)
	cond := c.Clause()
	// The page is chosen from positions alone; only its rows are joined to
	// their documents (whose texts are long) and actors.
	return readPage(ctx, s, page, pageRead[store.PositionHit]{
		What:      fmt.Sprintf("positions %+v", f),
		Count:     `SELECT count(*) FROM positions p` + cond,
		CountArgs: c.Args,
		// The actor as the document has it: its first entry there.
		List: `SELECT d.doc_key, d.title, d.date, d.url, p.idx, p.data, p.ctx_start, p.ctx_end,
				substring(convert_to(d.text, 'UTF8') FROM p.ctx_start + 1 FOR p.ctx_end - p.ctx_start),
				coalesce(da.name, p.actor), coalesce(da.kind, ''), da.country, da.role
			FROM (SELECT p.doc, p.idx, p.actor, p.data, p.ctx_start, p.ctx_end, p.doc_sort, p.span_start FROM positions p` + cond + `
				ORDER BY p.doc_sort DESC, p.span_start, p.idx LIMIT ` + c.Next(0) + ` OFFSET ` + c.Next(1) + `) p
			JOIN documents d ON d.id = p.doc
			LEFT JOIN LATERAL (SELECT x.name, x.kind, x.country, x.role FROM doc_actors x
				WHERE x.doc = p.doc AND x.actor = p.actor ORDER BY x.idx LIMIT 1) da ON true
			ORDER BY p.doc_sort DESC, p.span_start, p.idx`,
		ListArgs: c.Args,
		Scan:     sqlutil.ScanPositionHit,
	})
}

// Topics returns the topics of the positions, latest first; see store.Store.
func (s *Store) Topics(ctx context.Context, q store.Query) (store.Page[store.TopicSummary], error) {
	page, err := newPage[store.TopicSummary](s, q)
	if err != nil {
		return page, err
	}
	return readPage(ctx, s, page, pageRead[store.TopicSummary]{
		What:  "list topics",
		Count: `SELECT count(DISTINCT topic_key) FROM positions WHERE topic <> ''`,
		// The topic is named as its most recent position has it.
		List: `SELECT (SELECT p2.topic FROM positions p2 WHERE p2.topic_key = t.topic_key
					ORDER BY p2.doc_sort DESC, p2.idx LIMIT 1),
				t.n, t.actors, t.docs, t.first, t.last
			FROM (SELECT topic_key, min(topic) AS topic, count(*) AS n, count(DISTINCT actor) AS actors, count(DISTINCT doc) AS docs,
					min(doc_date) AS first, max(doc_date) AS last, max(doc_sort) AS latest
				FROM positions
				WHERE topic <> ''
				GROUP BY topic_key) t
			ORDER BY t.latest DESC, t.n DESC, t.topic_key, t.topic
			LIMIT $1 OFFSET $2`,
		Scan: sqlutil.ScanTopic,
	})
}
