package store

import (
	"slices"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/doc"
)

// NewActorPrefix starts the ids of actors the knowledge base lacks.
const NewActorPrefix = "new:"

// variantSep separates a new actor's base id from its variant number. The
// actor stage's slugs hold only letters, digits and hyphens.
const variantSep = "~"

// SplitActorID returns the base id of a new actor and its variant number:
// 1 for the base id itself, N for "<base>~N" (N ≥ 2). ok is false for ids
// that do not start with NewActorPrefix.
func SplitActorID(id string) (base string, n int, ok bool) {
	if !strings.HasPrefix(id, NewActorPrefix) {
		return id, 0, false
	}
	i := strings.LastIndex(id, variantSep)
	if i < 0 {
		return id, 1, true
	}
	num := id[i+len(variantSep):]
	v, err := strconv.Atoi(num)
	if err != nil || v < 2 || strconv.Itoa(v) != num {
		return id, 1, true
	}
	return id[:i], v, true
}

// VariantID returns the id of the nth actor with base id base: base itself
// for n ≤ 1, "<base>~n" otherwise.
func VariantID(base string, n int) string {
	if n <= 1 {
		return base
	}
	return base + variantSep + strconv.Itoa(n)
}

// ActorEvidence is what documents say of one actor: the evidence a merge is
// decided on. Empty lists mean unknown.
type ActorEvidence struct {
	ID        string
	Named     bool     // some document names the actor (see Named)
	Kinds     []string // normally one
	Countries []string // distinct countries given to the actor
	Roles     []string // distinct roles given to the actor
}

// Named reports whether a document names actor a: whether one of its
// mentions is a name or an alias. The actor stage also makes new actors of
// people it can only describe ("a student … the student", How title) and,
// in first-person texts, of the speaker, "we" and the addressee (How
// pronoun); those are not named.
func Named(a doc.Actor) bool {
	for _, m := range a.Mentions {
		if m.How == "name" || m.How == "alias" {
			return true
		}
	}
	return false
}

// Add records one document's view of the actor.
func (e *ActorEvidence) Add(kind string, country, role *string) {
	add := func(list *[]string, v string) {
		if v != "" && !slices.Contains(*list, v) {
			*list = append(*list, v)
		}
	}
	add(&e.Kinds, kind)
	if country != nil {
		add(&e.Countries, *country)
	}
	if role != nil {
		add(&e.Roles, *role)
	}
}

// Merge adds o's evidence to e's.
func (e *ActorEvidence) Merge(o ActorEvidence) {
	e.Named = e.Named || o.Named
	for _, k := range o.Kinds {
		e.Add(k, nil, nil)
	}
	for _, c := range o.Countries {
		e.Add("", &c, nil)
	}
	for _, r := range o.Roles {
		e.Add("", nil, &r)
	}
}

// Compatible reports whether e and o may be the same actor: both named,
// the same kind, a country in common or none on one side, and a role
// affiliation in common or no role on one side (see AssignNewActors).
func (e ActorEvidence) Compatible(o ActorEvidence) bool {
	if !e.Named || !o.Named {
		return false
	}
	meets := func(a, b []string) bool {
		if len(a) == 0 || len(b) == 0 {
			return true
		}
		for _, x := range a {
			if slices.Contains(b, x) {
				return true
			}
		}
		return false
	}
	if !meets(e.Kinds, o.Kinds) || !meets(e.Countries, o.Countries) {
		return false
	}
	return meets(affiliations(e.Roles), affiliations(o.Roles))
}

// affiliations returns the affiliation of each role: for "position:ORG",
// ORG up to its first dot; any other role is its own affiliation.
func affiliations(roles []string) []string {
	out := make([]string, 0, len(roles))
	for _, r := range roles {
		if i := strings.LastIndex(r, ":"); i >= 0 && i+1 < len(r) {
			r = r[i+1:]
			if j := strings.Index(r, "."); j > 0 {
				r = r[:j]
			}
		}
		out = append(out, r)
	}
	return out
}

// AssignNewActors decides the stored id of every new actor of d, for a
// store's Put. stored returns the evidence of every stored actor whose base
// id is base, in any order; ids of other bases among them are ignored. The
// result maps each id of d that changes to its stored id; it is empty when
// none changes. d is not modified.
//
// The actor stage names an actor the knowledge base lacks from its name
// alone ("new:per:<slug>", "new:org:<slug>", "new:group:<noun>"...), so two
// different people of the same name in two documents arrive with the same
// id. Put therefore decides, for every actor of an incoming document whose
// id starts with NewActorPrefix, which stored actor it is:
//
//  1. Its base id is its id without a variant suffix ("new:per:jan-kowal"
//     for "new:per:jan-kowal~3"). The candidates are the stored actors with
//     that base id: the base id itself, then "<base>~2", "<base>~3"... in
//     that order.
//  2. It merges into the first candidate that is compatible with it and
//     that no other actor of the same document has taken. Compatible means:
//     the same kind; the same country, or no country on one side (an
//     actor's countries are all those the stored documents give it); and
//     no conflicting role, that is, no role on one side, or some role of
//     one side and some role of the other in the same affiliation. A role
//     "position:ORG" (the actor stage's form, e.g. "spokesperson:USA.DOS")
//     belongs to the part of ORG before its first dot ("USA"; "NATO" for
//     "envoy:NATO"), so a career within one state or organisation is no
//     conflict; a role in another form is its own affiliation. An actor
//     that no document names (see Named: a description such as "the
//     student", the speaker of an interview) belongs to its document
//     alone and is compatible with no other.
//  3. When no candidate fits it becomes a new actor: the base id when no
//     stored actor has it yet, else "<base>~N" with N one more than the
//     highest variant stored (2 for the second). Every reference to it in
//     the stored document (its Actor entry, quote speakers, event sources
//     and targets, positions) carries that id.
//
// The outcome depends only on the stored documents and the incoming one, so
// ids are stable and deterministic given the order of ingestion; a document
// already stored is not stored again, so re-ingesting changes nothing.
// Actors whose ids do not start with NewActorPrefix (knowledge-base actors)
// are never renamed.
func AssignNewActors(d *doc.Document, stored func(base string) ([]ActorEvidence, error)) (map[string]string, error) {
	// The incoming actors, one entry per id (a document may repeat one).
	var (
		order    []string
		incoming = map[string]*ActorEvidence{}
	)
	for _, a := range d.Actors {
		if _, _, ok := SplitActorID(a.ID); !ok {
			continue
		}
		ev := incoming[a.ID]
		if ev == nil {
			ev = &ActorEvidence{ID: a.ID}
			incoming[a.ID] = ev
			order = append(order, a.ID)
		}
		ev.Named = ev.Named || Named(a)
		ev.Add(a.Kind, a.Country, a.Role)
	}
	type candidate struct {
		n  int
		ev ActorEvidence
	}
	cands := map[string][]candidate{} // by base id, in variant order
	taken := map[string]bool{}        // stored ids given to an actor of d
	rename := map[string]string{}
	for _, id := range order {
		base, _, _ := SplitActorID(id)
		cs, ok := cands[base]
		if !ok {
			evs, err := stored(base)
			if err != nil {
				return nil, err
			}
			byID := map[string]int{}
			for _, ev := range evs {
				b, n, _ := SplitActorID(ev.ID)
				if b != base {
					continue
				}
				if i, seen := byID[ev.ID]; seen {
					cs[i].ev.Merge(ev)
					continue
				}
				byID[ev.ID] = len(cs)
				c := candidate{n: n, ev: ActorEvidence{ID: ev.ID}}
				c.ev.Merge(ev)
				cs = append(cs, c)
			}
			slices.SortFunc(cs, func(a, b candidate) int { return a.n - b.n })
		}
		target := ""
		for _, c := range cs {
			if !taken[c.ev.ID] && c.ev.Compatible(*incoming[id]) {
				target = c.ev.ID
				break
			}
		}
		if target == "" {
			n := 1
			if len(cs) > 0 {
				n = cs[len(cs)-1].n + 1
			}
			target = VariantID(base, n)
			cs = append(cs, candidate{n: n, ev: ActorEvidence{ID: target}})
		}
		cands[base] = cs
		taken[target] = true
		if target != id {
			rename[id] = target
		}
	}
	return rename, nil
}

// RenameActors returns d with its actor ids replaced as m says, everywhere
// they occur: the actors themselves, quote speakers, event sources and
// targets, and positions. d is not modified: the result is a shallow copy
// whose changed lists are new; with an empty m it is d itself.
func RenameActors(d *doc.Document, m map[string]string) *doc.Document {
	if len(m) == 0 {
		return d
	}
	id := func(s string) string {
		if t, ok := m[s]; ok {
			return t
		}
		return s
	}
	ids := func(list []string) []string {
		if list == nil {
			return nil
		}
		out := make([]string, len(list))
		for i, s := range list {
			out[i] = id(s)
		}
		return out
	}
	out := *d
	out.Actors = slices.Clone(d.Actors)
	for i := range out.Actors {
		out.Actors[i].ID = id(out.Actors[i].ID)
	}
	out.Quotes = slices.Clone(d.Quotes)
	for i := range out.Quotes {
		if s := out.Quotes[i].Speaker; s != nil {
			v := id(*s)
			out.Quotes[i].Speaker = &v
		}
	}
	out.Events = slices.Clone(d.Events)
	for i := range out.Events {
		out.Events[i].Source = ids(out.Events[i].Source)
		out.Events[i].Target = ids(out.Events[i].Target)
	}
	out.Positions = slices.Clone(d.Positions)
	for i := range out.Positions {
		out.Positions[i].Actor = id(out.Positions[i].Actor)
	}
	return &out
}
