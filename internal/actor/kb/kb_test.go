package kb

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
)

const fixture = `{"id":"AAA","kind":"country","name":"Avalonia","country":"AAA","aliases":["Republic of Avalonia"],"demonyms":["Avalonian","Avalonians"],"capital":"Port Alder","metonyms":["Port Alder","the Citadel"]}
{"id":"AAA.MFA","kind":"organization","name":"Foreign Ministry of Avalonia","country":"AAA","parent":"AAA","aliases":["Avalonian Foreign Ministry"],"abbrev":["AFM"]}

{"id":"ines-marlow","kind":"person","name":"Inès Marlow","country":"AAA","gender":"f","roles":[{"position":"foreign-minister","org":"AAA","start":"2019-03","end":"2022"},{"position":"head-of-government","org":"AAA","start":"2023-01-15","end":null}]}
{"id":"tomas-reed","kind":"person","name":"Tomas Reed","country":"AAA","gender":"m","roles":[{"position":"foreign-minister","org":"AAA","start":"2023-01-15","end":null}]}
`

func load(t *testing.T) *KB {
	t.Helper()
	k, err := Load(fstest.MapFS{"a.jsonl": {Data: []byte(fixture)}, "README.md": {Data: []byte("# not read")}})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestLoadAndLookup(t *testing.T) {
	k := load(t)
	if k.Len() != 4 {
		t.Fatalf("len %d", k.Len())
	}
	tests := []struct {
		name string
		got  []*Entry
		want string
	}{
		{"name folded", k.ByName("INES MARLOW"), "ines-marlow"},
		{"alias", k.ByName("the Avalonian Foreign Ministry"), "AAA.MFA"},
		{"abbrev", k.ByName("AFM"), "AAA.MFA"},
		{"metonym", k.Metonym("the Citadel"), "AAA"},
		{"capital", k.Metonym("Port Alder"), "AAA"},
		{"holder 2021", k.Holders("foreign-minister", "AAA", "2021-06-01"), "ines-marlow"},
		{"holder after year end", k.Holders("foreign-minister", "AAA", "2023-06-01"), "tomas-reed"},
		{"partial end date inclusive", k.Holders("foreign-minister", "AAA", "2022-12-31"), "ines-marlow"},
		{"partial start date", k.Holders("foreign-minister", "AAA", "2019-02-28"), ""},
		{"current", k.Holders("head-of-government", "AAA", ""), "ines-marlow"},
		{"search substring", k.Search("marl"), "ines-marlow"},
		{"search id", k.Search("aaa.mfa"), "AAA.MFA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if len(tc.got) > 0 {
				got = tc.got[0].ID
			}
			if got != tc.want {
				t.Errorf("got %q want %q (%d results)", got, tc.want, len(tc.got))
			}
		})
	}
	if c := k.Demonym("avalonians"); c == nil || c.ID != "AAA" {
		t.Errorf("demonym: %+v", c)
	}
	if ch := k.Children("AAA"); len(ch) != 1 || ch[0] != "AAA.MFA" {
		t.Errorf("children: %v", ch)
	}
}

func TestMerge(t *testing.T) {
	k := load(t)
	user, err := Parse(strings.NewReader(`{"id":"tomas-reed","kind":"person","name":"Tomás Reed-Alder","country":"AAA","roles":[]}
{"id":"new-one","kind":"group","name":"Alder Front","country":"AAA"}`), "user.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m := k.Merge(user)
	if m.Len() != 5 || m.Get("tomas-reed").Name != "Tomás Reed-Alder" || m.Get("new-one") == nil {
		t.Fatalf("merge: %d %+v", m.Len(), m.Get("tomas-reed"))
	}
	if len(m.Holders("foreign-minister", "AAA", "2024-01-01")) != 0 {
		t.Error("replaced entry kept its old roles")
	}
	if k.Get("tomas-reed").Name != "Tomas Reed" {
		t.Error("merge changed the original")
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		`{"id":"x","kind":"person"`,
		`{"id":"x","kind":"planet","name":"X"}`,
		`{"kind":"person","name":"X"}`,
		`{"id":"x","kind":"person","name":"X","roles":"none"}`,
	} {
		if _, err := Parse(strings.NewReader(in), "bad.jsonl"); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1") {
			t.Errorf("%s: error %v", in, err)
		}
	}
}

func TestDefault(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatalf("built-in knowledge base: %v", err)
	}
	seen := map[string]bool{}
	for _, e := range k.Entries() {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		for _, r := range e.Roles {
			if r.Org != "" && k.Get(r.Org) == nil {
				t.Logf("%s: role org %s not in the knowledge base", e.ID, r.Org)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(fixture))
	f.Add([]byte(`{"id":"a","kind":"person","name":"A","roles":[{"position":"head","org":"B","start":"2020","end":null}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		es, err := Parse(bytes.NewReader(b), "fuzz")
		if err != nil {
			return
		}
		k := New(es)
		for _, e := range k.Entries() {
			k.ByName(e.Name)
			k.Search(e.Name)
			e.RolesAt("2022-01-01")
		}
	})
}
