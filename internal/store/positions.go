package store

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// Stances are the values of doc.Position.Stance, in the order the
// negotiation board lists them.
var Stances = []string{"demand", "precondition", "offer", "accept", "reject", "support", "oppose"}

// IsStance reports whether s is one of Stances.
func IsStance(s string) bool { return slices.Contains(Stances, s) }

// PositionFilter selects positions for Positions. Empty fields do not
// filter.
type PositionFilter struct {
	Actor  string // the position's actor id
	Stance string // one of Stances, lower case
	// Topic is the position's topic, matched whole: surrounding white space
	// is ignored and ASCII letters match in either case ("russia–ukraine
	// peace talks" finds "Russia–Ukraine peace talks", "peace talks" does
	// not). Whole-topic matching is what the negotiation board needs: its
	// topics come from Topics.
	Topic string
	// Country is an ISO 3166-1 alpha-3 code (three letters, upper case):
	// positions of actors whose country (as Actors gives it) is Country,
	// the country itself among them.
	Country string
	// From and To bound the date of the position's document, inclusive:
	// YYYY, YYYY-MM or YYYY-MM-DD, compared at the precision both give.
	// Positions in undated documents do not match a date bound.
	From, To string
}

// Check reports whether f is well formed; the error wraps ErrInvalid.
func (f PositionFilter) Check() error {
	if f.Stance != "" && !IsStance(f.Stance) {
		return fmt.Errorf("%w: stance %q must be one of %s", ErrInvalid, f.Stance, strings.Join(Stances, ", "))
	}
	if f.Country != "" && !isCountryCode(f.Country) {
		return fmt.Errorf("%w: country %q must be an ISO 3166-1 alpha-3 code such as UKR", ErrInvalid, f.Country)
	}
	if f.Topic != "" && strings.TrimSpace(f.Topic) == "" {
		return fmt.Errorf("%w: topic is only white space", ErrInvalid)
	}
	// The date bounds follow the rules of the event filter.
	return EventFilter{From: f.From, To: f.To}.Check()
}

func isCountryCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// PositionHit is one position with where it was found.
type PositionHit struct {
	Doc      DocRef       `json:"doc"`
	URL      string       `json:"url"`   // the document's URL
	Index    int          `json:"index"` // position in the document's positions
	Position doc.Position `json:"position"`
	// The actor as the position's document has it.
	Name    string  `json:"name"`
	Kind    string  `json:"kind"`
	Country *string `json:"country"`
	Role    *string `json:"role"`
	// Sentence is the span of the sentences holding the position's
	// evidence (see CoverSpan); SentenceText is its text.
	Sentence     doc.Span `json:"sentence"`
	SentenceText string   `json:"sentence_text"`
}

// TopicSummary aggregates the positions on one topic.
type TopicSummary struct {
	Topic     string `json:"topic"`
	Positions int    `json:"positions"`
	Actors    int    `json:"actors"`    // distinct actors taking a position
	Documents int    `json:"documents"` // documents stating them
	// First and Last are the publication dates of the earliest and latest
	// dated documents, null when all of them are undated.
	First *string `json:"first"`
	Last  *string `json:"last"`
}
