package timex

import (
	"strings"
	"testing"
	"time"
)

// TestCategories checks one sentence of our own for each kind of expression
// the TIMEX3 conventions (as MEANTIME and the Event StoryLine corpus apply
// them) tag: every expression of the sentence, with its type, value and
// modifier, in text order.
func TestCategories(t *testing.T) {
	wed := time.Date(2008, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		category string
		text     string
		want     string // "text|TYPE|value|mod" joined by " ; "
	}{
		// references to the present, past and future
		{"present ref", "The company is now in trouble.", "now|DATE|PRESENT_REF|"},
		{"present ref adverb", "Sales are currently weak.", "currently|DATE|PRESENT_REF|"},
		{"past ref", "Prices rose recently.", "recently|DATE|PAST_REF|"},
		{"the past", "In the past, the firm did well.", "the past|DATE|PAST_REF|"},
		{"the future", "The firm will grow in the future.", "the future|DATE|FUTURE_REF|"},
		// calendar parts of a year
		{"quarter", "Revenue rose in the third quarter.", "the third quarter|DATE|2007-Q3|"},
		{"quarter with year", "Sales in the fourth quarter of 2007 fell.", "the fourth quarter of 2007|DATE|2007-Q4|"},
		{"quarter abbreviated", "Revenue rose in Q3.", "Q3|DATE|2007-Q3|"},
		{"half with year", "Revenue rose in the second half of 2007.", "the second half of 2007|DATE|2007-H2|"},
		{"half of the year", "Results come in the second half of the year.", "the second half of the year|DATE|2008-H2|"},
		{"half abbreviated", "Sales rose in H1 2008.", "H1 2008|DATE|2008-H1|"},
		{"H1N1 is no half", "The H1N1 virus spread.", ""},
		{"seasons", "Sales were weak this winter and last summer.", "this winter|DATE|2008-WI| ; last summer|DATE|2007-SU|"},
		{"fiscal years", "Fiscal 2007 was weak; fiscal year 2008 looks better.", "Fiscal 2007|DATE|FY2007| ; fiscal year 2008|DATE|FY2008|"},
		{"year-end", "The deal should close by year-end.", "year-end|DATE|2008|END"},
		{"mid-year", "The mid-year review was bad.", "mid-year|DATE|2008|MID"},
		{"partial year", "Sales peaked in mid-2008 and fell in late 2007.", "mid-2008|DATE|2008|MID ; late 2007|DATE|2007|END"},
		{"end of the year", "They expect a deal by the end of the year.", "the end of the year|DATE|2008|END"},
		// decades and centuries
		{"decades", "The 1990s were good; the 2000s were not.", "The 1990s|DATE|199| ; the 2000s|DATE|200|"},
		{"decade in words", "Sales boomed in the nineties.", "the nineties|DATE|199|"},
		{"century", "The 20th century ended.", "The 20th century|DATE|19|"},
		{"century in words", "It was built in the nineteenth century.", "the nineteenth century|DATE|18|"},
		{"century adjective", "It is a 21st-century problem.", "21st-century|DATE|20|"},
		// weeks, days and parts of days
		{"weekend", "The talks were held over the weekend.", "the weekend|DATE|2008-W10-WE|"},
		{"coming weekend", "The talks will be held over the weekend.", "the weekend|DATE|2008-W11-WE|"},
		{"this weekend past", "Talks were held this weekend.", "this weekend|DATE|2008-W10-WE|"},
		{"tonight", "The vote is tonight.", "tonight|TIME|2008-03-12TNI|"},
		{"weekday part", "Markets closed higher on Monday afternoon.", "Monday afternoon|TIME|2008-03-10TAF|"},
		{"earlier weekday", "Stocks rose earlier Monday.", "earlier Monday|DATE|2008-03-10|"},
		{"the week before", "The week before, shares had fallen.", "The week before|DATE|2008-W10|"},
		{"the month before", "Prices had risen the month before.", "the month before|DATE|2008-02|"},
		{"the coming week", "More subpoenas are likely in the coming week.", "the coming week|DATE|2008-W12|"},
		{"later in the day", "Shares fell later in the day after rising.", "later|TIME|FUTURE_REF| ; the day|DATE|2008-03-12|"},
		{"ended the week", "Stocks ended the week lower.", "the week|DATE|2008-W11|"},
		{"possessive period", "The day's losses were large.", "The day|DATE|2008-03-12|"},
		{"from now", "Two weeks from now, the plant closes.", "Two weeks from now|DATE|2008-W13|"},
		{"ordinal day without article", "The vote is set for 28th of October.", "28th of October|DATE|2008-10-28|"},
		// durations
		{"took a decade", "It took a decade to recover.", "a decade|DURATION|P10Y|"},
		{"duration", "The bank posted its first loss in 20 years.", "20 years|DURATION|P20Y|"},
		{"duration adjective", "The two-day rally ended at a 52-week high.", "two-day|DURATION|P2D| ; 52-week|DURATION|P52W|"},
		{"consecutive", "It has fallen for three consecutive days.", "three consecutive days|DURATION|P3D|"},
		{"straight", "Profits grew for five straight years.", "five straight years|DURATION|P5Y|"},
		{"vague past", "Sales fell over the last few years.", "the last few years|DURATION|PXY|"},
		{"vague recent", "Shares fell in recent weeks.", "recent weeks|DURATION|PXW|"},
		{"vague coming", "Prices will rise in the coming months.", "the coming months|DURATION|PXM|"},
		{"vague ahead", "Analysts expect volatility in the days ahead.", "the days ahead|DURATION|PXD|"},
		{"vague decades", "The firm has been around for decades.", "decades|DURATION|PXDE|"},
		{"past period", "Sales rose in the past two years.", "the past two years|DURATION|P2Y|"},
		// sets
		{"annual", "The annual meeting is held annually.", "annual|SET|P1Y| ; annually|SET|P1Y|"},
		{"every", "The report is published every year and each month.", "every year|SET|P1Y| ; each month|SET|P1M|"},
		{"frequency adjectives", "The quarterly and weekly reports were bad.", "quarterly|SET|P3M| ; weekly|SET|P1W|"},
		{"every weekday", "They meet every Monday.", "every Monday|SET|XXXX-WXX-1|"},
		// anchored to a period
		{"same period", "Revenue fell from the same period a year earlier.", "the same period a year earlier|DATE|2007|"},
		{"a year earlier", "Profit was up from a year earlier.", "a year earlier|DATE|2007|"},
		{"quarter ended", "The company reported results for the quarter ended March 31.", "the quarter ended March 31|DATE|2008-Q1|"},
		// the next calendar month is the coming one unless a cue before it
		// says otherwise
		{"next month bare", "Monday's bid for April elections failed.", "Monday|DATE|2008-03-10| ; April|DATE|2008-04|"},
		{"next month past", "The plant closed in April.", "April|DATE|2007-04|"},
		// ages are not tagged (no example in MEANTIME)
		{"age", "The 45-year-old chief resigned.", ""},
	}
	for _, c := range cases {
		t.Run(c.category, func(t *testing.T) {
			var got []string
			for _, e := range Find(c.text, Options{Anchor: wed}) {
				got = append(got, e.Text+"|"+e.Type+"|"+e.Value+"|"+e.Mod)
			}
			if g := strings.Join(got, " ; "); g != c.want {
				t.Errorf("%q:\n got %s\nwant %s", c.text, g, c.want)
			}
		})
	}
}
