package sqlite

import (
	"context"
	"fmt"

	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlutil"
)

// calendar holds when the date of an event (events aliased e) is a calendar
// date that the date bounds can compare; posCalendar when the date of the
// position's document (positions aliased p) is one.
const (
	calendar    = `e.date GLOB '[0-9][0-9][0-9][0-9]*' AND (length(e.date) = 4 OR substr(e.date, 5, 1) = '-')`
	posCalendar = `p.doc_date GLOB '[0-9][0-9][0-9][0-9]*' AND (length(p.doc_date) = 4 OR substr(p.doc_date, 5, 1) = '-')`
)

// filterSQL is SQLite's SQL of the event and position filters: places and
// topics compared with NOCASE (ASCII case folding).
var filterSQL = sqlutil.FilterSQL{
	Placeholder:      sqlutil.Question,
	EventCalendar:    calendar,
	PositionCalendar: posCalendar,
	EventPlace:       `e.place = ? COLLATE NOCASE`,
	PositionTopic:    `p.topic = ? COLLATE NOCASE`,
}

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
				substr(CAST(d.text AS BLOB), p.ctx_start + 1, p.ctx_end - p.ctx_start),
				coalesce(da.name, p.actor), coalesce(da.kind, ''), da.country, da.role
			FROM (SELECT p.doc, p.idx, p.actor, p.data, p.ctx_start, p.ctx_end, p.doc_sort, p.span_start FROM positions p` + cond + `
				ORDER BY p.doc_sort DESC, p.span_start, p.idx LIMIT ? OFFSET ?) p
			JOIN documents d ON d.id = p.doc
			LEFT JOIN doc_actors da ON da.doc = p.doc
				AND da.idx = (SELECT min(x.idx) FROM doc_actors x WHERE x.doc = p.doc AND x.actor = p.actor)
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
		Count: `SELECT count(*) FROM (SELECT 1 FROM positions WHERE topic <> '' GROUP BY topic COLLATE NOCASE)`,
		// The topic is named as its most recent position has it.
		List: `SELECT (SELECT p2.topic FROM positions p2 WHERE p2.topic = t.topic COLLATE NOCASE
					ORDER BY p2.doc_sort DESC, p2.idx LIMIT 1),
				t.n, t.actors, t.docs, t.first, t.last
			FROM (SELECT min(topic) AS topic, count(*) AS n, count(DISTINCT actor) AS actors, count(DISTINCT doc) AS docs,
					min(doc_date) AS first, max(doc_date) AS last, max(doc_sort) AS latest
				FROM positions
				WHERE topic <> ''
				GROUP BY topic COLLATE NOCASE) t
			ORDER BY t.latest DESC, t.n DESC, t.topic COLLATE NOCASE, t.topic
			LIMIT ? OFFSET ?`,
		Scan: sqlutil.ScanTopic,
	})
}
