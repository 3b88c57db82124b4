package actor_test

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/doc"
)

// TestCoordinatedNationalities runs the whole annotation (embedded models)
// on sentences of our own: nationalities sharing a plural office word or a
// group noun give one actor each, every nationality a mention of its own
// words; nationality adjectives on the noun of an act or plan stand for
// their country, on other nouns for nothing.
func TestCoordinatedNationalities(t *testing.T) {
	resolve := modelResolver(t)
	tests := []struct {
		name, text, date string
		want             []string // "mention → id (how)" rows that must appear
		not              []string // ids that must not appear at all
	}{
		{"coordinated presidents", "The Brazilian and South Korean presidents met in Seoul on Monday.", "2023-05-10",
			[]string{"Brazilian → luiz-inacio-lula-da-silva (title)", "South Korean → yoon-suk-yeol (title)"}, nil},
		{"coordinated foreign ministers, country name first", "The US and Russian foreign ministers spoke by phone.", "2023-05-10",
			[]string{"US → antony-blinken (title)", "Russian → sergey-lavrov (title)"}, nil},
		{"coordinated leaders", "The French and German leaders met in Paris.", "2023-05-10",
			[]string{"French → emmanuel-macron (title)", "German → olaf-scholz (title)"}, nil},
		{"coordinated title to people of the text", "Lula met Yoon Suk-yeol. The Brazilian and South Korean presidents signed a deal.", "2023-05-10",
			[]string{"Brazilian → luiz-inacio-lula-da-silva (title)", "South Korean → yoon-suk-yeol (title)"}, nil},
		{"coordinated delegations", "The Russian and US delegations signed the text.", "2023-05-10",
			[]string{"Russian → RUS (metonym)", "US delegations → USA (metonym)"}, nil},
		{"coordinated officials", "Hungarian and South Korean officials met.", "",
			[]string{"Hungarian → HUN (metonym)", "South Korean officials → KOR (metonym)"}, nil},
		{"act noun", "The American proposal was rejected.", "",
			[]string{"American → USA (metonym)"}, nil},
		{"act noun after a modifier", "Diplomats discussed a Senegalese peace plan.", "",
			[]string{"Senegalese → SEN (metonym)"}, nil},
		{"coordinated act nouns", "The Russian and Chinese proposals were rejected.", "",
			[]string{"Russian → RUS (metonym)", "Chinese → CHN (metonym)"}, nil},
		{"side", "The minister said the Ukrainian side had refused.", "",
			[]string{"the Ukrainian side → UKR (metonym)"}, nil},
		{"troops", "Russian troops crossed the river.", "",
			[]string{"Russian troops → RUS.AF (alias)"}, nil},
		{"not literature", "She read Russian literature.", "", nil, []string{"RUS"}},
		{"not an actress", "He married a French actress.", "", nil, []string{"FRA"}},
		{"not an act noun modifying another noun", "The Russian attack helicopter crashed.", "", nil, []string{"RUS"}},
		{"a single nationality is no coordination", "The Brazilian president spoke on Monday.", "2023-05-10",
			[]string{"The Brazilian president → luiz-inacio-lula-da-silva (title)"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc.New("t", tc.text)
			resolve(d, actor.Options{Date: tc.date})
			got := map[string]bool{}
			ids := map[string]bool{}
			var rows []string
			for _, a := range d.Actors {
				ids[a.ID] = true
				for _, m := range a.Mentions {
					row := m.Text + " → " + a.ID + " (" + m.How + ")"
					got[row] = true
					rows = append(rows, row)
				}
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q; got %v", w, rows)
				}
			}
			for _, id := range tc.not {
				if ids[id] {
					t.Errorf("unwanted actor %s; got %v", id, rows)
				}
			}
		})
	}
}

// TestGovernmentAndOpposition checks that "the <nationality> government
// and opposition" does not collapse into one mention of the country: the
// government is the country, the opposition a mention of the country's
// opposition (a group of its own), never of the country.
func TestGovernmentAndOpposition(t *testing.T) {
	resolve := modelResolver(t)
	for _, tc := range []struct {
		text       string
		opposition bool // the opposition is a mention of the group
	}{
		{"The Zimbabwean government and opposition agreed to talks.", true},
		{"Zimbabwe's government and opposition signed the deal.", false},
	} {
		d := doc.New("t", tc.text)
		resolve(d, actor.Options{})
		found, group := false, false
		for _, a := range d.Actors {
			if a.ID == "ZWE" {
				found = true
			}
			for _, m := range a.Mentions {
				if !strings.Contains(m.Text, "opposition") {
					continue
				}
				if a.ID != "new:group:zwe-opposition" {
					t.Errorf("%q: mention %q → %s covers the opposition", tc.text, m.Text, a.ID)
				} else {
					group = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of ZWE", tc.text)
		}
		if tc.opposition && !group {
			t.Errorf("%q: the opposition is no mention of new:group:zwe-opposition", tc.text)
		}
	}
}

// TestOwnerCountry checks that a person named in apposition to an office
// of a possessor's ("His spokesman, Ana Ruiz") takes the possessor's
// country when the knowledge base does not know the person.
func TestOwnerCountry(t *testing.T) {
	resolve := modelResolver(t)
	d := doc.New("t", "Javier Milei stayed in Buenos Aires. His spokesman, Ana Ruiz Obregon, said the trip was cancelled.")
	date := "2024-05-16"
	d.Date = &date
	resolve(d, actor.Options{})
	for _, a := range d.Actors {
		if a.ID == "new:per:ana-ruiz-obregon" {
			if a.Country == nil || *a.Country != "ARG" {
				t.Errorf("%s: country %v, want ARG", a.ID, a.Country)
			}
			return
		}
	}
	t.Errorf("no actor new:per:ana-ruiz-obregon in %v", d.Actors)
}
