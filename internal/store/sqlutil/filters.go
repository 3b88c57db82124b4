package sqlutil

import (
	"strings"

	"github.com/parley-news/parley/internal/store"
)

// FilterSQL is the SQL of the event and position filters that differs
// between engines.
type FilterSQL struct {
	// Placeholder writes the parameters.
	Placeholder Placeholder
	// EventCalendar holds when e.date is a calendar date that the date
	// bounds can compare: YYYY, or YYYY- followed by more.
	EventCalendar string
	// PositionCalendar holds when p.doc_date is one.
	PositionCalendar string
	// EventPlace holds when the event's place (events aliased e) is its
	// one parameter, regardless of case.
	EventPlace string
	// PositionTopic holds when the position's topic (positions aliased p)
	// is its one parameter, regardless of case.
	PositionTopic string
	// Key folds a place or topic to the parameter of EventPlace and
	// PositionTopic; nil keeps it as it is.
	Key func(string) string
}

func (x FilterSQL) key(s string) string {
	if x.Key == nil {
		return s
	}
	return x.Key(s)
}

// EventConds returns the conditions on events (aliased e) that f sets. f
// must have passed its Check.
func EventConds(f store.EventFilter, x FilterSQL) *Conds {
	c := NewConds(x.Placeholder)
	if f.Actor != "" {
		if f.Side != "" {
			c.Add(`(e.doc, e.idx) IN (SELECT doc, event FROM event_actors WHERE actor = ? AND role = ?)`, f.Actor, f.Side)
		} else {
			c.Add(`(e.doc, e.idx) IN (SELECT doc, event FROM event_actors WHERE actor = ?)`, f.Actor)
		}
	}
	if f.Type != "" {
		c.Add(`e.type = ?`, strings.ToUpper(f.Type))
	}
	if f.From != "" {
		// The event's last day is on or after From: compared at the
		// precision of the shorter of the two. The year bound lets the
		// date index be used.
		c.Add(x.EventCalendar+` AND e.date >= ? AND e.date >= substr(?, 1, length(e.date))`, f.From[:4], f.From)
	}
	if f.To != "" {
		// Every date within the bound sorts before the year after To's.
		c.Add(x.EventCalendar+` AND e.date < ? AND substr(e.date, 1, length(?)) <= ?`, NextYear(f.To[:4]), f.To, f.To)
	}
	if f.Place != "" {
		c.Add(x.EventPlace, x.key(f.Place))
	}
	return c
}

// PositionConds returns the conditions on positions (aliased p) that f
// sets. f must have passed its Check.
func PositionConds(f store.PositionFilter, x FilterSQL) *Conds {
	c := NewConds(x.Placeholder)
	if f.Actor != "" {
		c.Add(`p.actor = ?`, f.Actor)
	}
	if f.Stance != "" {
		c.Add(`p.stance = ?`, f.Stance)
	}
	if t := strings.TrimSpace(f.Topic); t != "" {
		c.Add(x.PositionTopic, x.key(t))
	}
	if f.Country != "" {
		c.Add(`p.actor IN (SELECT id FROM actors WHERE country = ?)`, f.Country)
	}
	if f.From != "" {
		// The document's day is on or after From, at the precision of the
		// shorter of the two.
		c.Add(x.PositionCalendar+` AND p.doc_date >= substr(?, 1, length(p.doc_date))`, f.From)
	}
	if f.To != "" {
		c.Add(x.PositionCalendar+` AND substr(p.doc_date, 1, length(?)) <= ?`, f.To, f.To)
	}
	return c
}
