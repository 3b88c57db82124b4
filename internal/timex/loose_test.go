package timex

import (
	"strings"
	"testing"
	"time"
)

// TestLoose checks the references without a full count or calendar name
// (issue 7, second round): every expression of each sentence, in text order,
// as "text|TYPE|value".
func TestLoose(t *testing.T) {
	wed := time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		name   string
		text   string
		anchor time.Time
		want   string // "text|TYPE|value" joined by " ; "
	}{
		// vague counts before ago / later / earlier
		{"weeks ago", "The council approved the plan weeks ago.", wed, "weeks ago|DATE|PAST_REF"},
		{"a few months ago", "The firm was sold a few months ago.", wed, "a few months ago|DATE|PAST_REF"},
		{"many years ago", "Many years ago the mill burned down.", wed, "Many years ago|DATE|PAST_REF"},
		{"days later", "On Monday the rebels struck. Days later, the army withdrew.", wed, "Monday|DATE|2024-03-11 ; Days later|DATE|PAST_REF"},
		{"years later future", "The dam will be finished years later than the road.", wed, ""},
		{"weeks later future", "Officials expect the bridge will reopen weeks later.", wed, "weeks later|DATE|FUTURE_REF"},
		{"decades earlier", "Decades earlier the square had been a market.", wed, "Decades earlier|DATE|PAST_REF"},
		{"nights later is not a day", "Nights later the lights came back.", wed, ""},
		// clock units: the day they lead to
		{"hours later", "On Monday the dam broke. Rescuers came hours later.", wed, "Monday|DATE|2024-03-11 ; hours later|TIME|2024-03-11"},
		{"three hours later", "On Monday the dam broke. Rescuers came three hours later.", wed, "Monday|DATE|2024-03-11 ; three hours later|TIME|2024-03-11"},
		{"36 hours later", "On Monday the dam broke. Rescuers came 36 hours later.", wed, "Monday|DATE|2024-03-11 ; 36 hours later|TIME|2024-03-12"},
		{"minutes ago", "The vote closed minutes ago.", wed, "minutes ago|TIME|2024-03-13"},
		{"two hours ago unanchored", "The vote closed two hours ago.", time.Time{}, "two hours ago|TIME|XXXX-XX-XX"},
		{"moments later", "The roof fell in. Moments later the crowd fled.", wed, "Moments later|TIME|2024-03-13"},
		{"one hour earlier", "On Monday the dam broke. One hour earlier a siren sounded.", wed, "Monday|DATE|2024-03-11 ; One hour earlier|TIME|2024-03-11"},
		{"money is not a count", "The fund lost $5 hours later.", wed, ""},
		// nights
		{"two nights", "The delegation stayed two nights in the capital.", wed, "two nights|DURATION|P2D"},
		{"a night", "He spent a night in a cell.", wed, "a night|DURATION|P1D"},
		{"several nights", "She spent several nights at the station.", wed, "several nights|DURATION|PXD"},
		{"a night sky", "Owls hunt under a night sky.", wed, ""},
		{"thousands of years ago", "Farming began ten thousand years ago.", wed, ""},
		{"hundreds of years ago", "The wall was built hundreds of years ago.", wed, ""},
		{"one night opens a story", "One night the guards left their posts.", wed, ""},
		{"three nights ago", "The storm hit three nights ago.", wed, "three nights ago|TIME|2024-03-10TNI"},
		// a bare ordinal day of the month
		{"on the 10th past", "The talks resumed on the 10th after a pause.", wed, "the 10th|DATE|2024-03-10"},
		{"on the 20th past", "The talks resumed on the 20th after a pause.", wed, "the 20th|DATE|2024-02-20"},
		{"by the 3rd future", "Results are expected by the 3rd.", wed, "the 3rd|DATE|2024-04-03"},
		{"on the 15th future", "The vote will be held on the 15th.", wed, "the 15th|DATE|2024-03-15"},
		{"of the month", "The strike will end on the 21st of the month.", wed, "the 21st of the month|DATE|2024-03-21"},
		{"narrative month", "The rally was on May 2, 2023 and the march on the 9th.", wed, "May 2, 2023|DATE|2023-05-02 ; the 9th|DATE|2023-05-09"},
		{"said on the 12th that", "The agency said on the 12th that it would act.", wed, "the 12th|DATE|2024-03-12"},
		{"unanchored", "The talks resumed on the 10th.", time.Time{}, "the 10th|DATE|XXXX-XX-10"},
		{"floor", "The fire broke out on the 10th floor.", wed, ""},
		{"round", "He was stopped in the 11th round.", wed, ""},
		{"ordinal of a noun", "He went down in the 11th of the rounds.", wed, ""},
		{"no suffix", "Seats are on the 10 and the 12 bus.", wed, ""},
		{"31st in the month before", "The fee was paid on the 31st.", time.Date(2024, 4, 15, 0, 0, 0, 0, time.UTC), "the 31st|DATE|2024-03-31"},
		{"30th of a short month", "The fee was paid on the 30th.", wed, ""},
		// the day or night before / after an event
		{"the day before the vote, no day told", "The minister resigned the day before the vote.", wed, "the day|DATE|XXXX-XX-XX"},
		{"the day before the vote", "The vote was on Sunday. The minister resigned the day before the vote.", wed, "Sunday|DATE|2024-03-10 ; the day|DATE|2024-03-09"},
		{"apposition", "On Monday, the day before the vote, the minister resigned.", wed, "Monday|DATE|2024-03-11 ; the day|DATE|2024-03-11"},
		{"after in the past, no day told", "The bill passed the day after the debate.", wed, "the day|DATE|XXXX-XX-XX"},
		{"after a day told", "The debate was on March 4. The bill passed the day after the debate.", wed, "March 4|DATE|2024-03-04 ; the day|DATE|2024-03-05"},
		{"night after", "The debate was on March 4. Troops left the night after the raid.", wed, "March 4|DATE|2024-03-04 ; the night|TIME|2024-03-05TNI"},
		// earlier / later in a period: the adverb is an expression of its own
		{"earlier in the week", "Officials said earlier in the week that talks were close.", wed, "earlier|DATE|PAST_REF ; the week|DATE|2024-W11"},
		{"later in the day", "Shares rose later in the day.", wed, "later|TIME|FUTURE_REF ; the day|DATE|2024-03-13"},
		// other anaphoric periods
		{"later that week", "Later that week the deal collapsed.", wed, "Later that week|DATE|2024-W11"},
		{"that month", "The mine closed in May 2021. That month the town emptied.", wed, "May 2021|DATE|2021-05 ; That month|DATE|2021-05"},
		{"at the weekend", "The delegation left at the weekend.", wed, "the weekend|DATE|2024-W10-WE"},
		{"early hours", "The bodies were found in the early hours of Sunday.", wed, "the early hours of Sunday|TIME|2024-03-10"},
		{"early hours morning", "Talks ran into the early hours of Thursday morning.", wed, "the early hours of Thursday morning|TIME|2024-03-07TMO"},
		// the first or last day of a period
		{"last day of the quarter", "The firm reported on the last day of the quarter.", wed, "the last day of the quarter|DATE|2024-03-31"},
		{"first day of a month", "The deadline is the first day of April.", wed, "the first day of April|DATE|2024-04-01"},
		{"last day of a month with year", "The law lapsed on the last day of February 2023.", wed, "the last day of February 2023|DATE|2023-02-28"},
		{"last day of something else", "It was the last day of his visit.", wed, ""},
		// small hours
		{"in the early hours", "Shots rang out in the early hours.", wed, "the early hours|TIME|2024-03-13"},
		// a season without a year follows the clause's tense
		{"past autumn", "The accord was reached in the autumn.", wed, "the autumn|DATE|2023-FA"},
		{"future autumn", "The accord will be signed in the autumn.", wed, "the autumn|DATE|2024-FA"},
		{"past spring", "Talks resumed in the spring.", wed, "the spring|DATE|2024-SP"},
		{"the fall of", "Trade grew since the fall of the regime.", wed, ""},
		// a degree word before "soon" or "recently"
		{"very soon", "The board will decide very soon.", wed, "very soon|DATE|FUTURE_REF"},
		{"more recently", "More recently the firm has cut jobs.", wed, "More recently|DATE|PAST_REF"},
		{"more alone", "The firm has more staff.", wed, ""},
		// a vague length before "after" / "before" opening a clause
		{"hours after", "Hours after the vote, the president resigned.", wed, "Hours|DURATION|PTXH"},
		{"days before", "The strike began, and days before the deadline talks failed.", wed, "days|DURATION|PXD"},
		{"not mid-clause", "The talks lasted days before they failed.", wed, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, e := range Find(c.text, Options{Anchor: c.anchor}) {
				got = append(got, e.Text+"|"+e.Type+"|"+e.Value)
			}
			if g := strings.Join(got, " ; "); g != c.want {
				t.Errorf("%q:\n got %s\nwant %s", c.text, g, c.want)
			}
		})
	}
}
