package actor_test

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/doc"
)

// TestGroupPhrases runs the whole annotation (embedded models) on sentences
// of our own and checks that nationality + group noun phrases become
// mentions of the country or of its armed forces.
func TestGroupPhrases(t *testing.T) {
	resolve := modelResolver(t)
	tests := []struct {
		text, mention, id string
	}{
		{"Russian diplomats met their hosts on Tuesday.", "Russian diplomats", "RUS"},
		{"Palestinian police arrested two men near the border.", "Palestinian police", "PSE"},
		{"The talks were attended by Hungarian officials.", "Hungarian officials", "HUN"},
		{"Ukrainian forces shelled the bridge overnight.", "Ukrainian forces", "UKR.AF"},
		{"Russian troops withdrew from the village.", "Russian troops", "RUS.AF"},
		{"US officials said the talks would resume.", "US officials", "USA"},
		{"Israeli troops entered the camp at dawn.", "Israeli troops", "ISR.AF"},
		{"The minister said the Russian side had refused.", "the Russian side", "RUS"},
		// offices of the state: the knowledge base's body, else the country
		{"According to the Ukrainian presidency, the call went well.", "the Ukrainian presidency", "UKR.PRES"},
		{"The French embassy said it was following the case.", "The French embassy", "FRA"},
		// non-state groups are actors of their own, with the country as
		// their country
		{"The Zimbabwean opposition rejected the offer.", "The Zimbabwean opposition", "new:group:zwe-opposition"},
		{"The talks angered Zimbabwean opposition leaders.", "Zimbabwean opposition leaders", "new:group:zwe-opposition"},
		{"French farmers blocked the roads into the capital.", "French farmers", "new:group:fra-farmers"},
		{"Palestinian militants fired at the checkpoint.", "Palestinian militants", "new:group:pse-militants"},
		{"Zimbabwe's opposition asked for guarantees.", "Zimbabwe's opposition", "new:group:zwe-opposition"},
		{"The Zimbabwean government and opposition met in Pretoria.", "opposition", "new:group:zwe-opposition"},
		{"The Zimbabwean government and opposition met in Pretoria.", "The Zimbabwean government", "ZWE"},
	}
	for _, tc := range tests {
		d := doc.New("t", tc.text)
		resolve(d, actor.Options{})
		got := []string{}
		found := false
		for _, a := range d.Actors {
			for _, m := range a.Mentions {
				got = append(got, m.Text+" → "+a.ID+" ("+m.How+")")
				if m.Text == tc.mention && a.ID == tc.id {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: want %q → %s, got %v", tc.text, tc.mention, tc.id, got)
		}
		if strings.HasPrefix(tc.id, "new:group:") {
			for _, a := range d.Actors {
				if a.ID == tc.id && (a.Kind != "group" || a.Country == nil || *a.Country != strings.ToUpper(tc.id[10:13])) {
					t.Errorf("%q: %s has kind %q, country %v; want a group of its country", tc.text, a.ID, a.Kind, a.Country)
				}
			}
		}
	}
}

// TestCorefAdditions checks plural pronouns, place chains (Options.Places),
// repeated descriptions (Options.Nominals) and appositions on sentences of
// our own, with the embedded models.
func TestCorefAdditions(t *testing.T) {
	resolve := modelResolver(t)
	tests := []struct {
		name, text string
		opts       actor.Options
		want       []string // "mention → id (how)" rows that must appear
	}{
		{"plural pronoun", "Russian diplomats left the room. They refused to sign the text.", actor.Options{},
			[]string{"Russian diplomats → RUS (metonym)", "They → RUS (pronoun)"}},
		{"places", "Maria Lopez moved to Portland in 2010. The city has grown since then.", actor.Options{Places: true},
			[]string{"Portland → new:loc:portland (name)", "The city → new:loc:portland (title)"}},
		{"no places by default", "Maria Lopez moved to Portland in 2010.", actor.Options{},
			[]string{"Maria Lopez → new:per:maria-lopez (name)"}},
		{"nominals", "A student walked into the library. The student asked for a map.", actor.Options{},
			[]string{"A student → new:per:student (title)", "The student → new:per:student (title)"}},
		{"apposition", "Ann Lee, a professor at the university, opened the meeting.", actor.Options{},
			[]string{"a professor at the university → new:per:ann-lee (title)"}},
		{"pronoun to a description", "My uncle closed the shop last year. He had run it for decades.", actor.Options{},
			[]string{"My uncle → new:per:uncle (title)", "He → new:per:uncle (pronoun)"}},
		{"plural pronoun to a description", "The farmers gathered outside the hall. They wanted lower taxes.", actor.Options{},
			[]string{"They → new:group:farmers (pronoun)"}},
		{"no nominals", "A student walked into the library. The student asked for a map.", actor.Options{NoNominals: true},
			nil},
		{"transcript turn", "Wikinews asked about the talks.\n\nTom Brandt: I think the talks will go on. I am hopeful.\n\nWikinews: And you?", actor.Options{},
			[]string{"I → new:per:tom-brandt (pronoun)"}},
		{"first person forced", "I walked home.", actor.Options{Discourse: true},
			[]string{"I → new:per:speaker (pronoun)"}},
		{"age description", "Police questioned Daniel Ortega Ruiz on Friday. The 45-year-old denied the charges.", actor.Options{},
			[]string{"The 45-year-old → new:per:daniel-ortega-ruiz (title)"}},
		{"a generic office of a person in the text", "Foreign Minister Sergey Lavrov arrived in Ankara. The minister met his Turkish counterpart.", actor.Options{Date: "2022-11-14"},
			[]string{"The minister → sergey-lavrov (title)"}},
		{"the group", "Hamas fired rockets overnight. The group said the attack was a warning.", actor.Options{},
			[]string{"The group → PSE.HAMAS (title)"}},
		{"the West", "Western countries imposed new sanctions on Tuesday.", actor.Options{},
			[]string{"Western countries → WEST (alias)"}},
		{"acronym of a body in the text", "She studied at the Massachusetts Institute of Technology. MIT later hired her.", actor.Options{},
			[]string{"MIT → new:org:massachusetts-institute-of-technology (name)"}},
		{"name cut at a hyphen", "Secretary-General Ban Ki-moon arrived in Doha on Monday.", actor.Options{Date: "2014-07-22"},
			[]string{"Ban Ki-moon → ban-ki-moon (name)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc.New("t", tc.text)
			resolve(d, tc.opts)
			got := map[string]bool{}
			var rows []string
			for _, a := range d.Actors {
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
			if tc.opts.NoNominals {
				for _, a := range d.Actors {
					if a.ID == "new:per:student" {
						t.Errorf("nominal actor %s with Options.NoNominals", a.ID)
					}
				}
			}
			if !tc.opts.Places {
				for _, a := range d.Actors {
					if a.Kind == actor.KindPlace {
						t.Errorf("place actor %s without Options.Places", a.ID)
					}
				}
			}
		})
	}
}
