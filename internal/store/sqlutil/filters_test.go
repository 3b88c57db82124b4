package sqlutil

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
)

var testSQL = FilterSQL{
	Placeholder:      Dollar,
	EventCalendar:    "ECAL",
	PositionCalendar: "PCAL",
	EventPlace:       "e.place_key = ?",
	PositionTopic:    "p.topic_key = ?",
	Key:              strings.ToLower,
}

func TestEventConds(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    store.EventFilter
		want string
		args []any
	}{
		{"none", store.EventFilter{}, "", nil},
		{"actor and side", store.EventFilter{Actor: "person:a", Side: "source", Type: "meet"},
			" WHERE (e.doc, e.idx) IN (SELECT doc, event FROM event_actors WHERE actor = $1 AND role = $2) AND e.type = $3",
			[]any{"person:a", "source", "MEET"}},
		{"dates and place", store.EventFilter{From: "2024-02", To: "2024", Place: "Oslo"},
			" WHERE ECAL AND e.date >= $1 AND e.date >= substr($2, 1, length(e.date)) AND ECAL AND e.date < $3 AND substr(e.date, 1, length($4)) <= $5 AND e.place_key = $6",
			[]any{"2024", "2024-02", "2025", "2024", "2024", "oslo"}},
	} {
		c := EventConds(tc.f, testSQL)
		if got := c.Clause(); got != tc.want || !reflect.DeepEqual(c.Args, tc.args) {
			t.Errorf("%s: %q %v, want %q %v", tc.name, got, c.Args, tc.want, tc.args)
		}
	}
}

func TestPositionConds(t *testing.T) {
	noKey := testSQL
	noKey.Placeholder, noKey.Key = Question, nil
	for _, tc := range []struct {
		name string
		x    FilterSQL
		f    store.PositionFilter
		want string
		args []any
	}{
		{"none", testSQL, store.PositionFilter{Topic: "  "}, "", nil},
		{"all", testSQL, store.PositionFilter{Actor: "a", Stance: "demand", Topic: " Grain ", Country: "VSK", From: "2024", To: "2024-05"},
			" WHERE p.actor = $1 AND p.stance = $2 AND p.topic_key = $3 AND p.actor IN (SELECT id FROM actors WHERE country = $4) AND PCAL AND p.doc_date >= substr($5, 1, length(p.doc_date)) AND PCAL AND substr(p.doc_date, 1, length($6)) <= $7",
			[]any{"a", "demand", "grain", "VSK", "2024", "2024-05", "2024-05"}},
		{"no key", noKey, store.PositionFilter{Topic: "Grain"}, " WHERE p.topic_key = ?", []any{"Grain"}},
	} {
		c := PositionConds(tc.f, tc.x)
		if got := c.Clause(); got != tc.want || !reflect.DeepEqual(c.Args, tc.args) {
			t.Errorf("%s: %q %v, want %q %v", tc.name, got, c.Args, tc.want, tc.args)
		}
	}
}

func TestActorTotals(t *testing.T) {
	b := "person:b"
	d := doc.New("x", "text")
	d.Actors = []doc.Actor{
		{ID: "person:a", Name: "A", Aliases: []string{"Ay"}, Mentions: []doc.Mention{{}, {}}},
		{ID: b, Name: "B", Mentions: []doc.Mention{{}}},
		{ID: "person:a", Name: "A2", Aliases: []string{"Ae", "Ay"}, Mentions: []doc.Mention{{}}},
	}
	d.Quotes = []doc.Quote{{Speaker: &b}, {Speaker: &b}, {}}
	order, byID := ActorTotals(d)
	if !reflect.DeepEqual(order, []string{"person:a", b}) {
		t.Fatalf("order = %v", order)
	}
	a := byID["person:a"]
	if a.Actor.Name != "A" || a.Mentions != 3 || a.Quotes != 0 || !reflect.DeepEqual(SortedKeys(a.Aliases), []string{"Ae", "Ay"}) {
		t.Errorf("person:a = %+v", a)
	}
	if g := byID[b]; g.Mentions != 1 || g.Quotes != 2 || len(g.Aliases) != 0 {
		t.Errorf("person:b = %+v", g)
	}
}
