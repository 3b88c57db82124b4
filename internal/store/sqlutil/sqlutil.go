// Package sqlutil holds the engine-neutral parts of Parley's SQL store
// engines (store/sqlite and store/postgres): loading the migrations,
// rebuilding a Document from its rows, building WHERE clauses with the
// engine's placeholders, reading pages of results and scanning the rows
// whose columns both engines select alike. The engines supply what differs:
// their SQL text, transactions, placeholders and row iteration.
package sqlutil

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
)

// Scanner is one row of a result: *sql.Rows, *sql.Row, pgx.Rows and
// pgx.Row all are.
type Scanner interface {
	Scan(dest ...any) error
}

// Each runs query with args and calls fn for every row of its result, in
// order, stopping at the first error.
type Each func(query string, args []any, fn func(Scanner) error) error

// Placeholder returns the SQL placeholder of the n-th parameter of a query
// (n counts from 1).
type Placeholder func(n int) string

// Question is SQLite's placeholder: "?" for every parameter.
func Question(int) string { return "?" }

// Dollar is PostgreSQL's placeholder: "$n".
func Dollar(n int) string { return "$" + strconv.Itoa(n) }

// Rows runs query with args and returns every row as scan reads it; the
// result is never nil.
func Rows[T any](each Each, query string, args []any, scan func(Scanner) (T, error)) ([]T, error) {
	out := []T{}
	err := each(query, args, func(r Scanner) error {
		v, err := scan(r)
		if err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	return out, err
}

// Conds collects the conditions of a WHERE clause and their parameters.
// The zero value is not ready: make one with NewConds.
type Conds struct {
	ph    Placeholder
	where []string
	// Args are the parameters of the conditions, in order.
	Args []any
}

// NewConds returns an empty set of conditions whose parameters are written
// with ph.
func NewConds(ph Placeholder) *Conds { return &Conds{ph: ph} }

// Add appends a condition; each "?" in it becomes the placeholder of the
// next parameter, in the order of args.
func (c *Conds) Add(cond string, args ...any) {
	var b strings.Builder
	for _, a := range args {
		c.Args = append(c.Args, a)
		if i := strings.IndexByte(cond, '?'); i >= 0 {
			b.WriteString(cond[:i])
			b.WriteString(c.ph(len(c.Args)))
			cond = cond[i+1:]
		}
	}
	b.WriteString(cond)
	c.where = append(c.where, b.String())
}

// Clause returns " WHERE a AND b", or "" for no condition.
func (c *Conds) Clause() string {
	if len(c.where) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(c.where, ` AND `)
}

// Next returns the placeholder of the i-th parameter after the conditions'
// ("$3" for i 0 after two parameters in PostgreSQL).
func (c *Conds) Next(i int) string { return c.ph(len(c.Args) + 1 + i) }

// SortDate is the date documents are listed by: the document's date, else
// the day it was ingested.
func SortDate(d *doc.Document, ingested time.Time) string {
	if d.Date != nil && *d.Date != "" {
		return *d.Date
	}
	return ingested.Format("2006-01-02")
}

// DocSort is the sort key of document id with sort date sd: newest last in
// byte order (the key actors.seen and positions.doc_sort hold).
func DocSort(sd string, id int64) string { return sd + "|" + fmt.Sprintf("%020d", id) }

// NextYear returns the four-digit year after y ("2023" for "2022"), or a
// string above every date for "9999".
func NextYear(y string) string {
	n, err := strconv.Atoi(y)
	if err != nil || n >= 9999 {
		return "A"
	}
	return fmt.Sprintf("%04d", n+1)
}

// SortedKeys returns the keys of m in byte order.
func SortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// NewPage starts a page of results: it fails when check does (the store is
// closed) or q is malformed, else returns an empty page with q's
// normalised bounds.
func NewPage[T any](check func() error, q store.Query) (store.Page[T], error) {
	page := store.Page[T]{Items: []T{}}
	if err := check(); err != nil {
		return page, err
	}
	q, err := q.Normalize()
	if err != nil {
		return page, err
	}
	page.Limit, page.Offset = q.Limit, q.Offset
	return page, nil
}

// Reader is how an engine reads for ReadPage.
type Reader[Tx any] struct {
	// Engine names the engine in errors ("sqlite").
	Engine string
	// Read runs fn in one read-only snapshot.
	Read func(ctx context.Context, fn func(tx Tx) error) error
	// Each iterates the rows of queries in tx.
	Each func(ctx context.Context, tx Tx) Each
	// Placeholder writes the parameters of queries.
	Placeholder Placeholder
}

// PageRead is the SQL behind one page of results.
type PageRead[Tx, T any] struct {
	What      string                       // what is read, for errors ("list actors")
	Pre       func(tx Tx) error            // when set, runs first (e.g. a check that the actor exists)
	Count     string                       // counts the results over all pages
	CountArgs []any                        //
	List      string                       // selects the page; LIMIT and OFFSET are the two parameters after ListArgs
	ListArgs  []any                        // the others
	Scan      func(Scanner) (T, error)     // reads one row of List
	Post      func(tx Tx, items []T) error // when set, runs last on the page's items
}

// ReadPage fills page (from NewPage) in one read-only snapshot as r says.
// Errors are wrapped with the engine's name and r.What.
func ReadPage[Tx, T any](ctx context.Context, rd Reader[Tx], page store.Page[T], r PageRead[Tx, T]) (store.Page[T], error) {
	err := rd.Read(ctx, func(tx Tx) error {
		if r.Pre != nil {
			if err := r.Pre(tx); err != nil {
				return err
			}
		}
		each := rd.Each(ctx, tx)
		if err := each(r.Count, r.CountArgs, func(row Scanner) error { return row.Scan(&page.Total) }); err != nil {
			return err
		}
		args := append(append(make([]any, 0, len(r.ListArgs)+2), r.ListArgs...), page.Limit, page.Offset)
		items, err := Rows(each, r.List, args, r.Scan)
		if err != nil {
			return err
		}
		if r.Post != nil {
			if err := r.Post(tx, items); err != nil {
				return err
			}
		}
		page.Items = items
		return nil
	})
	if err != nil {
		page.Items = []T{}
		return page, fmt.Errorf("%s: %s: %w", rd.Engine, r.What, err)
	}
	return page, nil
}

// loadJSON appends the decoded data column of table's rows for document id
// to *list, in stored order.
func loadJSON[T any](each Each, ph Placeholder, table string, id int64, list *[]T) error {
	err := each(`SELECT data FROM `+table+` WHERE doc = `+ph(1)+` ORDER BY idx`, []any{id}, func(rows Scanner) error {
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

// LoadAnnotations fills d with the annotations stored for document id:
// sentences, entities, actors with their mentions, quotes, events, times,
// places, amounts and positions. All reads go through each, in one
// snapshot when each is bound to a transaction.
func LoadAnnotations(each Each, ph Placeholder, id int64, d *doc.Document) error {
	err := each(`SELECT span_start, span_end FROM sentences WHERE doc = `+ph(1)+` ORDER BY idx`, []any{id}, func(rows Scanner) error {
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
	if err := loadJSON(each, ph, "entities", id, &d.Entities); err != nil {
		return err
	}
	if err := loadJSON(each, ph, "doc_actors", id, &d.Actors); err != nil {
		return err
	}
	for i := range d.Actors {
		d.Actors[i].Mentions = []doc.Mention{}
	}
	err = each(`SELECT actor_idx, span_start, span_end, text, how FROM mentions WHERE doc = `+ph(1)+` ORDER BY actor_idx, idx`, []any{id},
		func(rows Scanner) error {
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
	if err := loadJSON(each, ph, "quotes", id, &d.Quotes); err != nil {
		return err
	}
	if err := loadJSON(each, ph, "events", id, &d.Events); err != nil {
		return err
	}
	if err := loadJSON(each, ph, "times", id, &d.Times); err != nil {
		return err
	}
	if err := loadJSON(each, ph, "places", id, &d.Places); err != nil {
		return err
	}
	if err := loadJSON(each, ph, "amounts", id, &d.Amounts); err != nil {
		return err
	}
	return loadJSON(each, ph, "positions", id, &d.Positions)
}

// ActorTotal is what one document adds to an actor's aggregate row.
type ActorTotal struct {
	Actor    doc.Actor       // the document's first entry for the actor
	Mentions int             // its mentions over all its entries
	Quotes   int             // the quotes it speaks
	Aliases  map[string]bool // its aliases over all its entries
}

// ActorTotals sums the entries of d's actors by id: the ids in the order
// of their first entries, and the totals by id.
func ActorTotals(d *doc.Document) (order []string, byID map[string]*ActorTotal) {
	byID = map[string]*ActorTotal{}
	for _, a := range d.Actors {
		g := byID[a.ID]
		if g == nil {
			g = &ActorTotal{Actor: a, Aliases: map[string]bool{}}
			byID[a.ID] = g
			order = append(order, a.ID)
		}
		g.Mentions += len(a.Mentions)
		for _, al := range a.Aliases {
			g.Aliases[al] = true
		}
	}
	for _, q := range d.Quotes {
		if q.Speaker != nil && byID[*q.Speaker] != nil {
			byID[*q.Speaker].Quotes++
		}
	}
	return order, byID
}
