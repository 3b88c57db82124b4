package actor_test

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/coref"
	"github.com/parley-news/parley/internal/doc"
)

// resolveCase is one sentence or short text, annotated by the embedded
// models, resolved with the built-in knowledge base at date, and run
// through quote attribution (coref.AfterResolve) as in the pipeline.
type resolveCase struct {
	name, text, date string
	// mention is the text of the mention checked, nth its occurrence
	// (0 = first); want the actor id it must resolve to.
	mention string
	nth     int
	want    string
}

var resolveCases = []resolveCase{
	// 1. a pronoun subject of a verb of saying: the latest speaker, then
	// the named subject of the sentence before; never a by-phrase
	{"statement before", `Pedro Almeida had visited Tomas Rivera in April. According to Pedro Almeida: "Tomas Rivera was a patient negotiator." He said the meeting had lasted two hours.`,
		"2004-11-13", "He", 0, "new:per:pedro-almeida"},
	{"by-phrase", `Mahmoud Ahmadinejad spoke at the university on Monday. When challenged by Lee Bollinger about the arrests, he stated that Iran wanted peace.`,
		"2007-09-25", "he", 0, "mahmoud-ahmadinejad"},
	{"aide to", `Karim Haddad said the shells were fired from the hills. An aide to Haddad suggested the reports were based on rumours. He also said the army was searching for the gunners.`,
		"2008-02-02", "He", 0, "new:per:aide"},
	{"reported then direct", `Many leaders have asked for a delay, but Simon Dube says a delay would be illegal. "The minister said the vote will go ahead and Morgan Tsvangirai cannot stop it," he said.`,
		"2008-06-26", "he", 0, "new:per:simon-dube"},
	{"she after the first lady", `Standing beside President Nicolas Sarkozy, Marta Quintero said, "I am so happy to be home." She was greeted by the President and his wife, Carla Bruni-Sarkozy. "I dreamed of this moment for years," she said.`,
		"2008-07-04", "she", 0, "new:per:marta-quintero"},
	{"they in a press release", `Minister John Carter said, "We support the agreement." The Green Party of Freedonia backed the plan. "Any deal must protect the river," they said in a press release.`,
		"2006-03-03", "they", 0, "new:org:green-party-of-freedonia"},
	// 2. a bare surname: the exact surname before a compound one
	{"exact surname", `Nicolas Sarkozy arrived in Rome with Carla Bruni-Sarkozy. Sarkozy said the visit was important.`,
		"2008-07-04", "Sarkozy", 2, "nicolas-sarkozy"},
	// a person entity opening with office words, or running over a verb
	{"office words before the name", `Foreign Office Minister Jonas Pell denied the claims.`, "2010-02-10", "Foreign Office Minister Jonas Pell", 0, "new:per:jonas-pell"},
	// a surname alone that the recogniser may miss, family name first too
	{"loose surname", `The talks are over, says Lena Brandauer. Brandauer says she will go home.`, "2008-01-29", "Brandauer", 1, "new:per:lena-brandauer"},
	{"family name first", `Secretary-General Ban Ki-moon visited Doha. Ban criticized the shelling.`, "2014-07-22", "Ban", 1, "ban-ki-moon"},
	// an envoy's host country does not stop the apposition
	{"ambassador to", `Freedonian Ambassador to Germany Karl Weiss alleged that the airline carried weapons.`, "2019-01-23", "Freedonian Ambassador to Germany", 0, "new:per:karl-weiss"},
	// an unlabelled paragraph continues the interview turn before it
	{"turn continued", "Reporter: What do you expect from the talks?\n\nAnna Petrova: I think the talks will work. I am hopeful.\n\nI also believe the sanctions hurt my country.\n\nReporter: Thank you.",
		"2008-01-09", "I", 2, "new:per:anna-petrova"},
	// 3. a title before a surname: a person who held the office
	{"president surname", `President Trump spoke to reporters on Tuesday.`, "2022-11-15", "Trump", 0, "donald-trump"},
	{"secretary surname", `Secretary Rice arrived in Ankara on Friday.`, "2007-05-04", "Rice", 0, "condoleezza-rice"},
	// 4. the top office of a country or body at the date
	{"chinese leader", `The Chinese leader arrived in Moscow.`, "2015-05-08", "The Chinese leader", 0, "xi-jinping"},
	{"russian leader 2010", `The Russian leader arrived in Berlin.`, "2010-06-05", "The Russian leader", 0, "dmitry-medvedev"},
	{"russian leader 2022", `The Russian leader arrived in Tehran.`, "2022-07-19", "The Russian leader", 0, "vladimir-putin"},
	{"german leader", `The German leader arrived in Beijing.`, "2022-11-04", "The German leader", 0, "olaf-scholz"},
	{"nato chief 2022", `The NATO chief warned against complacency.`, "2022-11-15", "The NATO chief", 0, "jens-stoltenberg"},
	{"nato chief 2012", `The NATO chief warned against complacency.`, "2012-03-01", "The NATO chief", 0, "anders-fogh-rasmussen"},
	{"un chief", `The UN chief called for a ceasefire.`, "2022-11-15", "The UN chief", 0, "antonio-guterres"},
	{"foreign policy aide", `Putin's foreign policy aide said no meeting was planned.`, "2022-11-15", "Putin's foreign policy aide", 0, "yuri-ushakov"},
	{"secretary of state", `The US secretary of state flew to Kyiv.`, "2019-09-30", "The US secretary of state", 0, "mike-pompeo"},
	{"kremlin spokesman", `The Kremlin spokesman declined to comment.`, "2022-11-15", "The Kremlin spokesman", 0, "dmitry-peskov"},
	// former offices: a person of the text who held the office before the
	// date, never its holder at the date; in a headline, one named later
	{"former office", "Emmanuel Macron received Nicolas Sarkozy at the palace. The former president praised the plan.", "2023-06-01", "The former president", 0, "nicolas-sarkozy"},
	{"former office in the headline", "Former French president visits Dakar\n\nNicolas Sarkozy arrived in Dakar on Monday.", "2023-06-01", "Former French president", 0, "nicolas-sarkozy"},
	// a counterpart holds the owner's office in the country named
	{"his counterpart", "Blinken spoke with his Russian counterpart by phone.", "2022-11-15", "his Russian counterpart", 0, "sergey-lavrov"},
	{"named owner's counterpart", "Lavrov's Turkish counterpart arrived late.", "2022-11-15", "Lavrov's Turkish counterpart", 0, "mevlut-cavusoglu"},
	{"own country is no counterpart", "Blinken met his American counterpart.", "2022-11-15", "his American counterpart", 0, ""},
	{"counterpart of the subject before", "Blinken arrived in Ankara. His Turkish counterpart met him at the airport.", "2022-11-15", "His Turkish counterpart", 0, "mevlut-cavusoglu"},
	// descriptions that only refer back to a person of the text
	{"the diplomat", "Celso Amorim did not confirm the report. The diplomat only said that talks were useful.", "2024-05-16", "The diplomat", 0, "celso-amorim"},
	{"no diplomat looked up", "The Russian diplomat left the room.", "2022-11-15", "The Russian diplomat", 0, ""},
	// family names that come first (the knowledge base's surname field)
	{"family name first", `South Korean President Yoon opened the summit.`, "2023-06-01", "Yoon", 0, "yoon-suk-yeol"},
	{"family name first alone", `The talks ended late. Yoon said they had been useful.`, "2023-06-01", "Yoon", 0, "yoon-suk-yeol"},
	{"shared family name", `Wang said the visit had been postponed.`, "2023-06-01", "Wang", 0, "new:per:wang"},
	{"coordinated sole office", `The US and Russian foreign ministers spoke by phone.`, "2022-11-15", "Russian", 0, "sergey-lavrov"},
	{"coordinated shared office", `American and Russian negotiators met again.`, "2022-11-15", "Russian negotiators", 0, "RUS"},
}

func TestResolveCases(t *testing.T) { runResolveCases(t, resolveCases) }

// runResolveCases annotates each case's text with the models, resolves
// its actors at the case's date and checks which actor holds the mention.
func runResolveCases(t *testing.T, cases []resolveCase) {
	if testing.Short() {
		t.Skip("runs the models")
	}
	resolve := modelResolver(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := doc.New("case", c.text)
			d.Date = &c.date
			resolve(d, actor.Options{})
			coref.AfterResolve(d)
			at := wordIndex(c.text, c.mention, c.nth)
			if at < 0 {
				t.Fatalf("%q: occurrence %d of %q not in the text", c.text, c.nth, c.mention)
			}
			got := ""
			var all []string
			for _, a := range d.Actors {
				for _, m := range a.Mentions {
					all = append(all, m.Text+"→"+a.ID)
					if m.Start == at && m.End == at+len(c.mention) {
						got = a.ID
					}
				}
			}
			if got != c.want {
				t.Errorf("%q: %q (at %d) → %q, want %q; mentions %v", c.text, c.mention, at, got, c.want, all)
			}
		})
	}
}

// wordIndex returns the offset of the nth occurrence (from 0) of w in s as
// whole words, or -1.
func wordIndex(s, w string, nth int) int {
	letter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }
	for from := 0; ; {
		j := strings.Index(s[from:], w)
		if j < 0 {
			return -1
		}
		at := from + j
		from = at + 1
		if at > 0 && letter(s[at-1]) || at+len(w) < len(s) && letter(s[at+len(w)]) {
			continue
		}
		if nth == 0 {
			return at
		}
		nth--
	}
}
