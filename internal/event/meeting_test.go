package event

import (
	"strings"
	"testing"
)

// TestMeetings checks who met whom (every CONSULT event of the sentence,
// "mode src>tgt", joined by " | ") on our own sentences: titles before the
// counterpart's name, conversations and calls as nouns, a meeting that is
// the circumstance of another statement, a body in session, a call and a
// separate meeting in one clause, and readings that are no meeting.
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
		{"In a conversation with the newspaper Le Monde, the Polish president said that Poland would grow.", ""},
		{"Putin visited Hungary on Tuesday.", "visit vladimir-putin>HUN"},
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
