package sqlutil

import (
	"context"
	"fmt"

	"github.com/parley-news/parley/internal/store"
)

// actorExists returns a check, for PageRead.Pre, that fails with
// store.ErrNotFound for an unknown actor id.
func actorExists[Tx any](ctx context.Context, rd Reader[Tx], id string) func(tx Tx) error {
	return func(tx Tx) error {
		found := false
		err := rd.Each(ctx, tx)(`SELECT 1 FROM actors WHERE id = `+rd.Placeholder(1), []any{id}, func(row Scanner) error {
			var one int
			found = true
			return row.Scan(&one)
		})
		if err == nil && !found {
			return store.ErrNotFound
		}
		return err
	}
}

// ActorQuotes fills page (from NewPage) with what actor id said, read by
// x.Quotes and x.ScanQuote. It
// fails with store.ErrNotFound for an unknown actor.
func ActorQuotes[Tx any](ctx context.Context, rd Reader[Tx], page store.Page[store.ActorQuote], id string, x ActorSQL) (store.Page[store.ActorQuote], error) {
	return ReadPage(ctx, rd, page, PageRead[Tx, store.ActorQuote]{
		What:      fmt.Sprintf("quotes of actor %q", id),
		Pre:       actorExists(ctx, rd, id),
		Count:     `SELECT count(*) FROM quotes WHERE speaker = ` + rd.Placeholder(1),
		CountArgs: []any{id},
		List:      x.Quotes,
		ListArgs:  []any{id},
		Scan:      x.ScanQuote,
	})
}

// ActorDocuments fills page (from NewPage) with the documents naming actor
// id, read by x.Documents and x.ScanDocument. It fails with store.ErrNotFound for an unknown actor.
func ActorDocuments[Tx any](ctx context.Context, rd Reader[Tx], page store.Page[store.ActorDocument], id string, x ActorSQL) (store.Page[store.ActorDocument], error) {
	return ReadPage(ctx, rd, page, PageRead[Tx, store.ActorDocument]{
		What:      fmt.Sprintf("documents of actor %q", id),
		Pre:       actorExists(ctx, rd, id),
		Count:     `SELECT count(DISTINCT doc) FROM doc_actors WHERE actor = ` + rd.Placeholder(1),
		CountArgs: []any{id},
		List:      x.Documents,
		ListArgs:  []any{id},
		Scan:      x.ScanDocument,
	})
}

// ActorSQL is an engine's SQL of an actor's detail and pages, and the
// functions reading the rows whose columns differ between engines. The
// first parameter of every query is the actor id; Mentions, Quotes and
// Documents end with LIMIT and OFFSET parameters.
type ActorSQL struct {
	Actor        string                                     // the actor's summary row
	Mentions     string                                     // its mentions, latest first
	Quotes       string                                     // its quotes, latest first
	Roles        string                                     // its roles, latest first
	Documents    string                                     // the documents naming it, latest first
	ScanActor    func(Scanner) (store.ActorSummary, error)  // reads a row of Actor
	ScanQuote    func(Scanner) (store.ActorQuote, error)    // reads a row of Quotes
	ScanDocument func(Scanner) (store.ActorDocument, error) // reads a row of Documents
}

// Actor returns one actor with a page of its mentions, its latest quotes,
// its roles and its latest documents, read in one snapshot; see
// store.Store. check fails when the store is closed.
func Actor[Tx any](ctx context.Context, rd Reader[Tx], check func() error, id string, q store.Query, x ActorSQL) (*store.ActorDetail, error) {
	if err := check(); err != nil {
		return nil, err
	}
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	var det *store.ActorDetail
	err = rd.Read(ctx, func(tx Tx) error {
		each := rd.Each(ctx, tx)
		as, err := Rows(each, x.Actor, []any{id}, x.ScanActor)
		if err != nil {
			return err
		}
		if len(as) == 0 {
			return store.ErrNotFound
		}
		d := &store.ActorDetail{
			Actor:    as[0],
			Mentions: store.Page[store.ActorMention]{Limit: q.Limit, Offset: q.Offset, Total: as[0].Mentions},
		}
		if d.Mentions.Items, err = Rows(each, x.Mentions, []any{id, q.Limit, q.Offset}, ScanActorMention); err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
		if d.Quotes, err = Rows(each, x.Quotes, []any{id, store.MaxActorQuotes, 0}, x.ScanQuote); err != nil {
			return fmt.Errorf("quotes: %w", err)
		}
		if d.Roles, err = Rows(each, x.Roles, []any{id}, ScanActorRole); err != nil {
			return fmt.Errorf("roles: %w", err)
		}
		if d.Documents, err = Rows(each, x.Documents, []any{id, store.MaxActorDocuments, 0}, x.ScanDocument); err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		det = d
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: actor %q: %w", rd.Engine, id, err)
	}
	return det, nil
}
