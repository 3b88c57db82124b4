package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/parley-news/parley/internal/store"
)

// posCalendar holds when the date of the position's document (positions
// aliased p) is a calendar date that the date bounds can compare.
const posCalendar = `p.doc_date GLOB '[0-9][0-9][0-9][0-9]*' AND (length(p.doc_date) = 4 OR substr(p.doc_date, 5, 1) = '-')`

// Positions returns the positions matching f; see store.Store.
func (s *Store) Positions(ctx context.Context, f store.PositionFilter, q store.Query) (store.Page[store.PositionHit], error) {
	page, err := newPage[store.PositionHit](s, q)
	if err != nil {
		return page, err
	}
	if err := f.Check(); err != nil {
		return page, err
	}
	var (
		where []string
		args  []any
	)
	if f.Actor != "" {
		where = append(where, `p.actor = ?`)
		args = append(args, f.Actor)
	}
	if f.Stance != "" {
		where = append(where, `p.stance = ?`)
		args = append(args, f.Stance)
	}
	if t := strings.TrimSpace(f.Topic); t != "" {
		where = append(where, `p.topic = ? COLLATE NOCASE`)
		args = append(args, t)
	}
	if f.Country != "" {
		where = append(where, `p.actor IN (SELECT id FROM actors WHERE country = ?)`)
		args = append(args, f.Country)
	}
	if f.From != "" {
		// The document's day is on or after From, at the precision of the
		// shorter of the two.
		where = append(where, posCalendar+` AND p.doc_date >= substr(?, 1, length(p.doc_date))`)
		args = append(args, f.From)
	}
	if f.To != "" {
		where = append(where, posCalendar+` AND substr(p.doc_date, 1, length(?)) <= ?`)
		args = append(args, f.To, f.To)
	}
	cond := whereClause(where)
	// The page is chosen from positions alone; only its rows are joined to
	// their documents (whose texts are long) and actors.
	return readPage(ctx, s, page, pageRead[store.PositionHit]{
		what:      fmt.Sprintf("positions %+v", f),
		count:     `SELECT count(*) FROM positions p` + cond,
		countArgs: args,
		// The actor as the document has it: its first entry there.
		list: `SELECT d.doc_key, d.title, d.date, d.url, p.idx, p.data, p.ctx_start, p.ctx_end,
				substr(CAST(d.text AS BLOB), p.ctx_start + 1, p.ctx_end - p.ctx_start),
				coalesce(da.name, p.actor), coalesce(da.kind, ''), da.country, da.role
			FROM (SELECT p.doc, p.idx, p.actor, p.data, p.ctx_start, p.ctx_end, p.doc_sort, p.span_start FROM positions p` + cond + `
				ORDER BY p.doc_sort DESC, p.span_start, p.idx LIMIT ? OFFSET ?) p
			JOIN documents d ON d.id = p.doc
			LEFT JOIN doc_actors da ON da.doc = p.doc
				AND da.idx = (SELECT min(x.idx) FROM doc_actors x WHERE x.doc = p.doc AND x.actor = p.actor)
			ORDER BY p.doc_sort DESC, p.span_start, p.idx`,
		listArgs: args,
		scan:     scanPositionHit,
	})
}

func scanPositionHit(rows *sql.Rows) (store.PositionHit, error) {
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
		count: `SELECT count(*) FROM (SELECT 1 FROM positions WHERE topic <> '' GROUP BY topic COLLATE NOCASE)`,
		// The topic is named as its most recent position has it.
		list: `SELECT (SELECT p2.topic FROM positions p2 WHERE p2.topic = t.topic COLLATE NOCASE
					ORDER BY p2.doc_sort DESC, p2.idx LIMIT 1),
				t.n, t.actors, t.docs, t.first, t.last
			FROM (SELECT min(topic) AS topic, count(*) AS n, count(DISTINCT actor) AS actors, count(DISTINCT doc) AS docs,
					min(doc_date) AS first, max(doc_date) AS last, max(doc_sort) AS latest
				FROM positions
				WHERE topic <> ''
				GROUP BY topic COLLATE NOCASE) t
			ORDER BY t.latest DESC, t.n DESC, t.topic COLLATE NOCASE, t.topic
			LIMIT ? OFFSET ?`,
		scan: func(rows *sql.Rows) (store.TopicSummary, error) {
			var t store.TopicSummary
			err := rows.Scan(&t.Topic, &t.Positions, &t.Actors, &t.Documents, &t.First, &t.Last)
			return t, err
		},
	})
}
