package store

import (
	"errors"
	"reflect"
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

func TestSplitActorID(t *testing.T) {
	tests := []struct {
		id, base string
		n        int
		ok       bool
	}{
		{"new:per:jan-kowal", "new:per:jan-kowal", 1, true},
		{"new:per:jan-kowal~2", "new:per:jan-kowal", 2, true},
		{"new:org:harbour-board~17", "new:org:harbour-board", 17, true},
		{"new:per:x~1", "new:per:x~1", 1, true},   // no variant 1: part of the base
		{"new:per:x~02", "new:per:x~02", 1, true}, // not the canonical number
		{"new:per:x~", "new:per:x~", 1, true},
		{"new:per:x~y", "new:per:x~y", 1, true},
		{"new:per:x~y~3", "new:per:x~y", 3, true},
		{"sergey-lavrov", "sergey-lavrov", 0, false},
		{"person:x~2", "person:x~2", 0, false},
	}
	for _, tc := range tests {
		base, n, ok := SplitActorID(tc.id)
		if base != tc.base || n != tc.n || ok != tc.ok {
			t.Errorf("SplitActorID(%q) = %q, %d, %v; want %q, %d, %v", tc.id, base, n, ok, tc.base, tc.n, tc.ok)
		}
		if ok && n >= 1 {
			if back := VariantID(base, n); back != tc.id {
				t.Errorf("VariantID(%q, %d) = %q, want %q", base, n, back, tc.id)
			}
		}
	}
}

func TestCompatible(t *testing.T) {
	ev := func(kind, country string, roles ...string) ActorEvidence {
		e := ActorEvidence{Named: true}
		var c *string
		if country != "" {
			c = &country
		}
		e.Add(kind, c, nil)
		for _, r := range roles {
			e.Add("", nil, &r)
		}
		return e
	}
	tests := []struct {
		name string
		a, b ActorEvidence
		want bool
	}{
		{"same kind and country", ev("person", "VSK"), ev("person", "VSK"), true},
		{"other country", ev("person", "VSK"), ev("person", "NRL"), false},
		{"unknown country", ev("person", ""), ev("person", "NRL"), true},
		{"both unknown", ev("person", ""), ev("person", ""), true},
		{"other kind", ev("person", "VSK"), ev("group", "VSK"), false},
		{"no kind known", ev("", "VSK"), ev("group", "VSK"), true},
		{"role of the same state", ev("person", "", "deputy-minister:VSK.MFA"), ev("person", "", "minister:VSK"), true},
		{"role of another state", ev("person", "", "envoy:VSK"), ev("person", "", "envoy:NRL.MFA"), false},
		{"one role in common", ev("person", "", "envoy:VSK", "envoy:NATO"), ev("person", "", "chair:NATO"), true},
		{"role on one side", ev("person", "", "envoy:VSK"), ev("person", ""), true},
		{"free-text roles equal", ev("person", "", "Mayor"), ev("person", "", "Mayor"), true},
		{"free-text roles differ", ev("person", "", "Mayor"), ev("person", "", "Harbour engineer"), false},
		{"unnamed", ActorEvidence{Kinds: []string{"person"}}, ev("person", ""), false},
		{"both unnamed", ActorEvidence{Kinds: []string{"person"}}, ActorEvidence{Kinds: []string{"person"}}, false},
	}
	for _, tc := range tests {
		if got := tc.a.Compatible(tc.b); got != tc.want {
			t.Errorf("%s: Compatible = %v, want %v", tc.name, got, tc.want)
		}
		if got := tc.b.Compatible(tc.a); got != tc.want {
			t.Errorf("%s: Compatible (swapped) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestAssignNewActors(t *testing.T) {
	str := func(s string) *string { return &s }
	name := []doc.Mention{{How: "pronoun"}, {How: "name"}}
	d := doc.New("d", "text")
	d.Actors = []doc.Actor{
		{ID: "country:vsk", Kind: "country", Mentions: name},
		{ID: "new:per:a", Kind: "person", Country: str("NRL"), Mentions: name},
		{ID: "new:per:b", Kind: "person", Country: str("VSK"), Mentions: name},
		{ID: "new:per:b~4", Kind: "person", Country: str("VSK"), Mentions: []doc.Mention{{How: "alias"}}},
		{ID: "new:org:c", Kind: "organization", Mentions: name},
		{ID: "new:per:student", Kind: "person", Mentions: []doc.Mention{{How: "title"}, {How: "title"}}},
	}
	stored := map[string][]ActorEvidence{
		"new:per:a": {
			{ID: "new:per:a", Named: true, Kinds: []string{"person"}, Countries: []string{"VSK"}},
			{ID: "new:per:a~3", Named: true, Kinds: []string{"person"}, Countries: []string{"NRL"}},
			{ID: "new:per:a~2", Named: true, Kinds: []string{"person"}, Countries: []string{"TUR"}},
			{ID: "new:per:a-b", Named: true, Kinds: []string{"person"}}, // another base
		},
		"new:per:b": {
			{ID: "new:per:b", Named: true, Kinds: []string{"person"}},
			{ID: "new:per:b~2", Kinds: []string{"person"}, Countries: []string{"VSK"}}, // these two rows are one actor
			{ID: "new:per:b~2", Named: true, Kinds: []string{"person"}},
		},
		"new:per:student": {
			{ID: "new:per:student", Kinds: []string{"person"}},
		},
	}
	var asked []string
	got, err := AssignNewActors(d, func(base string) ([]ActorEvidence, error) {
		asked = append(asked, base)
		return stored[base], nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"new:per:a":       "new:per:a~3",       // NRL is variant 3
		"new:per:b~4":     "new:per:b~2",       // the base is taken by new:per:b
		"new:per:student": "new:per:student~2", // unnamed: never merged
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AssignNewActors = %v, want %v", got, want)
	}
	if !reflect.DeepEqual(asked, []string{"new:per:a", "new:per:b", "new:org:c", "new:per:student"}) {
		t.Errorf("asked for bases %q, want each once", asked)
	}

	// A third VSK actor of base b finds b and b~2 taken: b~3.
	d.Actors = append(d.Actors, doc.Actor{ID: "new:per:b~9", Kind: "person", Country: str("VSK"), Mentions: name})
	got, err = AssignNewActors(d, func(base string) ([]ActorEvidence, error) { return stored[base], nil })
	if err != nil {
		t.Fatal(err)
	}
	if got["new:per:b~9"] != "new:per:b~3" {
		t.Errorf("third actor of base b = %q, want new:per:b~3", got["new:per:b~9"])
	}

	boom := errors.New("boom")
	if _, err := AssignNewActors(d, func(string) ([]ActorEvidence, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("error = %v, want the lookup's", err)
	}
}

func TestRenameActors(t *testing.T) {
	str := func(s string) *string { return &s }
	d := doc.New("d", "Ana met Bo.")
	d.Actors = []doc.Actor{{ID: "new:per:ana", Kind: "person"}, {ID: "new:per:bo", Kind: "person"}}
	d.Quotes = []doc.Quote{{Speaker: str("new:per:ana")}, {Speaker: nil}, {Speaker: str("new:per:bo")}}
	d.Events = []doc.Event{{Source: []string{"new:per:ana"}, Target: []string{"new:per:bo", "new:per:ana"}}, {Source: nil, Target: nil}}
	d.Positions = []doc.Position{{Actor: "new:per:ana"}, {Actor: "new:per:bo"}}
	if RenameActors(d, nil) != d {
		t.Error("RenameActors with no renaming did not return d itself")
	}
	orig := *d
	origQuotes := append([]doc.Quote{}, d.Quotes...)
	got := RenameActors(d, map[string]string{"new:per:ana": "new:per:ana~2"})
	a2 := "new:per:ana~2"
	want := doc.New("d", "Ana met Bo.")
	want.Actors = []doc.Actor{{ID: a2, Kind: "person"}, {ID: "new:per:bo", Kind: "person"}}
	want.Quotes = []doc.Quote{{Speaker: &a2}, {Speaker: nil}, {Speaker: str("new:per:bo")}}
	want.Events = []doc.Event{{Source: []string{a2}, Target: []string{"new:per:bo", a2}}, {Source: nil, Target: nil}}
	want.Positions = []doc.Position{{Actor: a2}, {Actor: "new:per:bo"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RenameActors = %+v, want %+v", got, want)
	}
	if d.Actors[0].ID != "new:per:ana" || *d.Quotes[0].Speaker != "new:per:ana" || d.Events[0].Target[1] != "new:per:ana" ||
		d.Positions[0].Actor != "new:per:ana" || !reflect.DeepEqual(d.Quotes, origQuotes) || d.Text != orig.Text {
		t.Error("RenameActors modified its argument")
	}
}

// FuzzSplitActorID checks on any id (ids come from outside documents) that
// splitting and joining give the id back.
func FuzzSplitActorID(f *testing.F) {
	for _, s := range []string{"new:per:a", "new:per:a~2", "new:per:a~02", "new:~", "new:per:a~9999999999999999999999", "x~2", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		base, n, ok := SplitActorID(id)
		if !ok {
			if n != 0 || base != id {
				t.Fatalf("SplitActorID(%q) = %q, %d, false", id, base, n)
			}
			return
		}
		if n < 1 || VariantID(base, n) != id {
			t.Fatalf("SplitActorID(%q) = %q, %d: VariantID gives %q", id, base, n, VariantID(base, n))
		}
	})
}
