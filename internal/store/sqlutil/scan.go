package sqlutil

import (
	"encoding/json"
	"fmt"

	"github.com/parley-news/parley/internal/store"
)

// SummaryColumns are the columns SummaryDest reads, from documents aliased
// d.
const SummaryColumns = `d.doc_key, d.doc_id, d.title, d.date, d.url, d.source, d.lang, d.ingested_at,
	d.n_sentences, d.n_entities, d.n_actors, d.n_quotes, d.n_events, d.n_positions`

// SummaryDest returns the scan destinations of SummaryColumns into s, the
// ingestion time into ingested (the engine reads it its own way), followed
// by extra.
func SummaryDest(s *store.DocSummary, ingested any, extra ...any) []any {
	return append([]any{&s.Key, &s.ID, &s.Title, &s.Date, &s.URL, &s.Source, &s.Lang, ingested,
		&s.Counts.Sentences, &s.Counts.Entities, &s.Counts.Actors, &s.Counts.Quotes, &s.Counts.Events, &s.Counts.Positions}, extra...)
}

// ScanActorMention reads a row of an actor's mentions: the document's key,
// title and date, the mention's span, text and how, its sentence's span
// and the sentence's text.
func ScanActorMention(rows Scanner) (store.ActorMention, error) {
	var (
		m    store.ActorMention
		sent []byte
	)
	err := rows.Scan(&m.Doc.Key, &m.Doc.Title, &m.Doc.Date, &m.Mention.Start, &m.Mention.End, &m.Mention.Text, &m.Mention.How,
		&m.Sentence.Start, &m.Sentence.End, &sent)
	m.SentenceText = string(sent)
	return m, err
}

// ScanActorRole reads a row of an actor's roles: the role, its first and
// last dates and its number of documents.
func ScanActorRole(rows Scanner) (store.ActorRole, error) {
	var r store.ActorRole
	err := rows.Scan(&r.Role, &r.First, &r.Last, &r.Documents)
	return r, err
}

// ScanPositionHit reads a row of a positions page: the document's key,
// title, date and URL, the position's index and JSON, its sentence's span
// and text, and the actor's name, kind, country and role.
func ScanPositionHit(rows Scanner) (store.PositionHit, error) {
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

// ScanTopic reads a row of the topics page: the topic, its numbers of
// positions, actors and documents, and its first and last dates.
func ScanTopic(rows Scanner) (store.TopicSummary, error) {
	var t store.TopicSummary
	err := rows.Scan(&t.Topic, &t.Positions, &t.Actors, &t.Documents, &t.First, &t.Last)
	return t, err
}

// StoredEvidence returns what the rows of query (actor, kind, country,
// role, named), given base as its one parameter, say of each actor: the
// ActorEvidence store.AssignNewActors weighs, in the order the actors come.
func StoredEvidence(each Each, query, base string) ([]store.ActorEvidence, error) {
	var (
		out  []store.ActorEvidence
		byID = map[string]int{}
	)
	err := each(query, []any{base}, func(rows Scanner) error {
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
