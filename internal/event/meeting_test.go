package event

import (
	"strings"
	"testing"
)

// TestMeetings checks who met whom (every CONSULT event of the sentence,
// "mode src>tgt", joined by " | ") on our own sentences: titles before the
// counterpart's name, conversations and calls as nouns, a meeting that is
// the circumstance of another statement, a body in session, a call and a
// separate meeting in one clause, counterparts that are no party (the
// press, unnamed people, the source's own country), misparses the coder
// repairs (a visit tagged as a verb, subjects split by a fronted phrase,
// a with-phrase on the medium of a call), scheduled and relative-clause
// meetings, and readings that are no meeting.
func TestMeetings(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		// A title between the preposition and the name.
		{"The Finnish president spoke with President Zelensky by phone.", "phone alexander-stubb>volodymyr-zelensky"},
		{"Chile's president met with Chancellor Olaf Scholz on Monday.", "- gabriel-boric,CHL>olaf-scholz"},
		// A call and a separate meeting in one clause.
		{"The Finnish president spoke with President Zelensky by phone and Chancellor Scholz in person.", "phone alexander-stubb>volodymyr-zelensky | - alexander-stubb>olaf-scholz"},
		// Conversations and calls as nouns.
		{"Poland held a telephone conversation with Lithuania on Tuesday.", "phone POL>LTU"},
		{"In a telephone conversation with Chancellor Olaf Scholz, the Polish president said that Poland would send more tanks.", "phone andrzej-duda>olaf-scholz"},
		{"During his meeting with Chancellor Olaf Scholz, the Polish president said that the border was safe.", "- andrzej-duda>olaf-scholz"},
		{"During a conversation with Lithuania, Poland agreed to open the border.", "- POL>LTU"},
		// A body meeting on its own.
		{"The UN Security Council met in an emergency session on Tuesday.", "- UN.SC>"},
		{"A Security Council meeting was held in Geneva on Tuesday.", "- UN.SC>"},
		{"The ministers met on Sunday.", ""},
		// Parties conjoined as the subject of a support verb.
		{"Greece and Turkey have resumed talks on the dispute.", "- GRC,TUR>"},
		// A journey for a meeting; a scheduled meeting.
		{"The Polish president flew to Vilnius for talks with Lithuania.", "visit andrzej-duda>LTU"},
		{"Poland is scheduled to meet Lithuania next week.", "- POL>LTU"},
		{"After talks with Uganda, Kenya expelled the diplomat.", "- KEN>UGA"},
		// A state: on a visit, in talks; parties named in the subject.
		{"The Polish president is on a three-day visit to Lithuania.", "visit andrzej-duda>LTU"},
		{"Poland is in talks with Lithuania over the border.", "- POL>LTU"},
		{"Diplomats from Poland and Lithuania met in Riga on Monday.", "- POL,LTU>"},
		// An existential meeting names its parties in the with-phrase.
		{"There was a dinner with Poland and Lithuania on Monday.", "- POL>LTU"},
		{"There was a dinner with Lithuania on Monday.", ""},
		// Taking part in a meeting.
		{"Poland took part in the talks with Lithuania on Monday.", "- POL>LTU"},
		{"Poland and Lithuania attended the summit in Riga.", "multilateral POL,LTU>"},
		{"The Kenyan president, who is overseeing the talks, said the border was safe.", ""},
		{"The Polish president paid a visit to neighboring Lithuania.", "visit andrzej-duda>LTU"},
		// No meeting: a journey to a region, a trip with no destination,
		// a lecture.
		{"The Chinese president travels to Southeast Asia next week.", ""},
		{"The Indian prime minister flew to Europe on Sunday.", ""},
		{"During his trip, the Indian prime minister said that India would grow.", ""},
		{"The professor gives many talks every year.", ""},
		// "that talks between …" tagged as a relative clause.
		{"The adviser confirmed during a speech in Geneva that talks between Warsaw and Vilnius are indeed underway.", "- POL,LTU>"},
		{"The minister said that talks between Kenya and Uganda would resume on Monday.", "- KEN,UGA>"},
		{"She talks between classes with her friends.", ""},
		{"In a conversation with the newspaper Le Monde, the Polish president said that Poland would grow.", ""},
		{"Putin visited Hungary on Tuesday.", "visit vladimir-putin>HUN"},
		// Counterparts that are no named party: a description the text
		// never names, the source's own country.
		{"The Polish president said that he will urge regional leaders to act and will consult with them on the crisis.", ""},
		{"During his trip, President Putin will meet with Russian officials from Syria for a briefing.", ""},
		{"President Putin will meet with Hungarian officials on Tuesday.", "- vladimir-putin>HUN"},
		// Parties after an "according to" phrase with no comma.
		{"According to official sources Poland and Lithuania also discussed energy cooperation agreements.", "- POL,LTU>"},
		// Delegates present at a conference, their countries named in a
		// from-phrase.
		{"Delegates present at the conference were from ten countries, including Poland, Lithuania and Latvia.", "multilateral POL,LTU,LVA>"},
		// The stop of a journey named as a country; "stop" is no trigger
		// otherwise.
		{"The Polish president's first stop is Lithuania, where he will open a bridge.", "visit andrzej-duda>LTU"},
		{"Lithuania called for a stop to the fighting.", ""},
		// Two subjects the parser did not conjoin; a with-phrase hung on
		// the medium of a call; refusing to take part is no meeting.
		{"The Polish president and the Lithuanian president held talks in Vilnius on Monday.", "- andrzej-duda,gitanas-nauseda>"},
		{"The Polish president spoke by telephone with the Lithuanian president.", "phone andrzej-duda>gitanas-nauseda"},
		{"Poland refused to take part in talks with Lithuania.", ""},
		// A meeting as the circumstance of a clause whose subject names
		// the parties.
		{"During talks in Riga, Poland and Lithuania agreed to open the border.", "- POL,LTU>"},
		{"At a meeting in Riga, the Polish president and the Lithuanian president agreed to open the border.", "- andrzej-duda,gitanas-nauseda>"},
		// The press and unnamed people are no party; "his Lithuanian
		// counterpart" is the holder of his office in Lithuania, and an
		// unresolved counterpart is still a meeting.
		{"The Polish president met reporters in Vilnius.", ""},
		{"The Polish president met with protesters in Warsaw.", ""},
		{"The Polish president met his Lithuanian counterpart in Vilnius.", "- andrzej-duda>gitanas-nauseda"},
		{"The Polish president met his counterpart in Vilnius.", "- andrzej-duda>"},
		// A meeting scheduled in the passive.
		{"A meeting between Poland and Lithuania is planned for next week.", "- POL,LTU>"},
		{"A meeting between Poland and Lithuania was postponed.", ""},
		// A bare "meeting with" in a relative clause.
		{"The Polish president, who is in Vilnius meeting with the Lithuanian president and the Latvian president, said the border was safe.", "- andrzej-duda>gitanas-nauseda,edgars-rinkevics"},
		{"The Polish president, who is in Vilnius, Lithuania meeting with the Lithuanian president, said the border was safe.", "- andrzej-duda>gitanas-nauseda"},
		{"The Polish president, who is in Vilnius, said a cabinet meeting with the ministers was planned.", ""},
		// A press conference is no meeting, unless two parties hold it.
		{"The Polish president held a press conference on Monday.", ""},
		{"The Polish president and the Lithuanian president held a joint press conference.", "multilateral andrzej-duda,gitanas-nauseda>"},
		// A journey to meet someone: the one met is its counterpart.
		{"The Polish president made a surprise trip to Vilnius on Friday to meet the Lithuanian president.", "visit andrzej-duda>gitanas-nauseda"},
		// The one told in a call is its other party.
		{"The Polish president told the Lithuanian president in a phone call that the border was safe.", "phone andrzej-duda>gitanas-nauseda"},
		// A guest greeted by the host.
		{"The Lithuanian president was greeted by the Polish president at the airport.", "host andrzej-duda>gitanas-nauseda"},
		{"The Lithuanian president was greeted at the airport by the Polish president.", "host andrzej-duda>gitanas-nauseda"},
		{"The Polish president greeted the Lithuanian president at the airport.", "host andrzej-duda>gitanas-nauseda"},
		// A visit the parser tagged as a verb after a possessor.
		{"\"The border is safe,\" the Polish president said during her Monday visit to Vilnius, Lithuania.", "visit andrzej-duda>LTU"},
	}
	annotate := annotator(t)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := codeText(annotate, tt.text)
			var got []string
			for _, e := range d.Events {
				if e.Type != "CONSULT" {
					continue
				}
				mode := "-"
				if e.Mode != nil {
					mode = *e.Mode
				}
				got = append(got, mode+" "+strings.Join(e.Source, ",")+">"+strings.Join(e.Target, ","))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
			if err := d.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}
