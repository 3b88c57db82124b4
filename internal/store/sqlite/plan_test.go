package sqlite

import (
	"context"
	"strings"
	"testing"
)

// TestQueryPlansUseIndexes checks that the lookups behind "what X said",
// "documents naming X", actor mentions and the event filters seek an index
// instead of scanning a table. The statements mirror the WHERE clauses of
// ActorQuotes, ActorDocuments, Actor, Events, Positions and the new-actor
// lookup of Put.
func TestQueryPlansUseIndexes(t *testing.T) {
	st := openTemp(t)
	cases := []struct {
		query, want string
	}{
		{`SELECT q.idx FROM quotes q JOIN documents d ON d.id = q.doc WHERE q.speaker = 'x' ORDER BY d.sort_date DESC, d.id DESC, q.span_start, q.idx LIMIT 5`,
			"INDEX quotes_speaker (speaker=?)"},
		{`SELECT d.doc_key, min(da.idx) FROM doc_actors da JOIN documents d ON d.id = da.doc WHERE da.actor = 'x' GROUP BY da.doc ORDER BY d.sort_date DESC LIMIT 5`,
			"INDEX doc_actors_actor (actor=?)"},
		{`SELECT count(*) FROM mentions m WHERE m.actor = 'x' AND m.doc = 1`, "INDEX mentions_actor (actor=? AND doc=?)"},
		{`SELECT count(*) FROM events e WHERE (e.doc, e.idx) IN (SELECT doc, event FROM event_actors WHERE actor = 'x' AND role = 'source')`,
			"INDEX event_actors_side (actor=? AND role=?)"},
		{`SELECT count(*) FROM events e WHERE e.type = 'AGREE'`, "INDEX events_type (type=?)"},
		{`SELECT count(*) FROM events e WHERE e.place = 'kyiv' COLLATE NOCASE`, "INDEX events_place (place=?)"},
		{`SELECT count(*) FROM events e WHERE e.date >= '2022' AND e.date < '2023'`, "INDEX events_date (date>? AND date<?)"},
		{`SELECT count(*) FROM actors a WHERE a.kind = 'person'`, "INDEX actors_kind (kind=?)"},
		// Positions: by topic (without ASCII case), actor and stance.
		{`SELECT count(*) FROM positions p WHERE p.topic = 'grain exports' COLLATE NOCASE`, "INDEX positions_topic (topic=?)"},
		{`SELECT count(*) FROM positions p WHERE p.actor = 'x'`, "INDEX positions_actor (actor=?)"},
		{`SELECT count(*) FROM positions p WHERE p.stance = 'demand'`, "INDEX positions_stance (stance=?)"},
		{`SELECT p.doc FROM positions p WHERE p.actor = 'x' ORDER BY p.doc_sort DESC, p.span_start, p.idx LIMIT 20`,
			"INDEX positions_actor (actor=?)"},
		// Topics: grouped along the topic index, without the documents.
		{`SELECT min(topic), count(*), max(doc_sort) FROM positions WHERE topic <> '' GROUP BY topic COLLATE NOCASE`,
			"INDEX positions_topic"},
		// storedEvidence: the actors sharing a new actor's base id.
		{`SELECT actor, kind, country, role, named FROM actor_evidence WHERE actor = 'new:per:x' OR (actor > 'new:per:x' || '~' AND actor < 'new:per:x' || char(127))`,
			"PRIMARY KEY (actor>? AND actor<?)"},
		{`SELECT count(*) FROM actor_names_fts JOIN actor_names n ON n.rid = actor_names_fts.rowid WHERE actor_names_fts MATCH '"x"*'`,
			"VIRTUAL TABLE INDEX"},
	}
	for _, tc := range cases {
		rows, err := st.r.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+tc.query)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		all := strings.Join(plan, "\n")
		if !strings.Contains(all, tc.want) {
			t.Errorf("%s\nplan:\n%s\nwant %q", tc.query, all, tc.want)
		}
	}
}
