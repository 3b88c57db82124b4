package timex

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

var tue = time.Date(2022, 11, 15, 0, 0, 0, 0, time.UTC) // a Tuesday

func TestTag(t *testing.T) {
	cases := []struct {
		text      string
		anchor    time.Time
		wantText  string
		wantValue string
		anchored  bool
	}{
		{"The envoys met on November 14 in Ankara.", tue, "November 14", "2022-11-14", true},
		{"It was signed on 3 March 2021.", tue, "3 March 2021", "2021-03-03", true},
		{"Talks began on Jan. 5, 2023, in Geneva.", tue, "Jan. 5, 2023", "2023-01-05", true},
		{"The deal was announced in February 2021.", tue, "February 2021", "2021-02", true},
		{"On Monday, the ministers spoke.", tue, "Monday", "2022-11-14", true},
		{"On Monday, the ministers spoke.", time.Time{}, "Monday", "XXXX-WXX-1", false},
		{"The treaty expires in 2026.", tue, "2026", "2026", true},
		{"Yesterday the envoy left.", tue, "Yesterday", "2022-11-14", true},
		{"Yesterday the envoy left.", time.Time{}, "Yesterday", "XXXX-XX-XX", false},
		{"Report dated 2022-11-08 says so.", tue, "2022-11-08", "2022-11-08", true},
		{"A late December 30 summit.", tue, "late December 30", "2022-12-30", true},
		{"The talks took place in January.", time.Date(2023, 1, 20, 0, 0, 0, 0, time.UTC), "January", "2023-01", true},
		// weekdays and tense
		{"This Tuesday the council met.", tue, "This Tuesday", "2022-11-15", true},
		{"The envoys arrived on Friday.", tue, "Friday", "2022-11-11", true},
		{"The envoys will arrive on Friday.", tue, "Friday", "2022-11-18", true},
		{"The vote is scheduled for Thursday.", tue, "Thursday", "2022-11-17", true},
		{"He said on Friday that talks will resume.", tue, "Friday", "2022-11-11", true},
		{"They met last Tuesday.", tue, "last Tuesday", "2022-11-08", true},
		{"They meet next Monday.", tue, "next Monday", "2022-11-21", true},
		{"The minister left on Monday morning.", tue, "Monday morning", "2022-11-14TMO", true},
		{"Shelling resumed last night.", tue, "last night", "2022-11-14TNI", true},
		{"The talks end tonight.", tue, "tonight", "2022-11-15TNI", true},
		{"He arrived this morning.", tue, "this morning", "2022-11-15TMO", true},
		// relative units
		{"The delegation met last week.", tue, "last week", "2022-W45", true},
		{"They meet again next month.", tue, "next month", "2022-12", true},
		{"Prices rose this year.", tue, "this year", "2022", true},
		{"Prices rose last year.", tue, "last year", "2021", true},
		{"Exports fell last month.", time.Time{}, "last month", "XXXX-XX", false},
		{"Two days ago the convoy left.", tue, "Two days ago", "2022-11-13", true},
		{"The ceasefire began three weeks ago.", tue, "three weeks ago", "2022-W43", true},
		{"It happened five years ago.", tue, "five years ago", "2017", true},
		{"They will meet this weekend.", tue, "this weekend", "2022-W46-WE", true},
		{"Profits fell in the third quarter.", tue, "the third quarter", "2022-Q3", true},
		{"Profits fell in the first quarter of 2021.", tue, "the first quarter of 2021", "2021-Q1", true},
		{"Revenue grew in the fourth quarter of last year.", tue, "the fourth quarter of last year", "2021-Q4", true},
		{"Talks may resume this summer.", tue, "this summer", "2022-SU", true},
		{"The plant opens in the fall of 2024.", tue, "the fall of 2024", "2024-FA", true},
		{"Profits doubled in the first half of 2022.", tue, "the first half of 2022", "2022-H1", true},
		{"Sales fell in the week.", tue, "the week", "2022-W46", true},
		{"Prices fell later in the day.", tue, "the day", "2022-11-15", true},
		{"Talks are expected soon.", tue, "soon", "FUTURE_REF", true},
		{"Exports recovered in the last week of March.", tue, "the last week of March", "2022-W13", true},
		{"The talks ended on November 2. At the time, nobody objected.", tue, "the time", "2022-11-02", true},
		{"The talks ended on November 2. The previous Friday, troops left.", tue, "The previous Friday", "2022-10-28", true},
		{"The talks began on November 2. In the afternoon, they stalled.", tue, "the afternoon", "2022-11-02TAF", true},
		{"Fighting continued over the weekend.", tue, "the weekend", "2022-W45-WE", true}, // Nov 12-13, ISO week 45
		// fuzzy and partial dates
		{"Fighting intensified in early October.", tue, "early October", "2022-10", true},
		{"The troops withdrew at the end of October.", tue, "the end of October", "2022-10", true},
		{"In early August, the talks stalled.", tue, "early August", "2022-08", true},
		{"The plan is due by mid-2023.", tue, "mid-2023", "2023", true},
		{"It was a feature of the 1990s.", tue, "the 1990s", "199", true},
		{"The elections will be held in May.", tue, "May", "2023-05", true},
		{"The elections were held in May.", tue, "May", "2022-05", true},
		{"It would be the first contact since August.", tue, "August", "2022-08", true},
		{"A summit on March 29 is planned.", time.Time{}, "March 29", "XXXX-03-29", false},
		{"On 5 June 2020 and again on June 9, they met.", time.Time{}, "5 June 2020", "2020-06-05", true},
		{"The 14th of November was chosen.", tue, "The 14th of November", "2022-11-14", true},
		{"By 11/14/2022 the deal was done.", tue, "11/14/2022", "2022-11-14", true},
		// times
		{"The talks began at 5:40 p.m. on Monday.", tue, "5:40 p.m.", "2022-11-14T17:40", true},
		{"The talks began at 5:40 p.m. on Monday.", tue, "Monday", "2022-11-14", true},
		{"The talks began at 5:40 p.m. Monday.", tue, "5:40 p.m. Monday", "2022-11-14T17:40", true},
		{"The talks began at 16:15 UTC, June 1st, in Vienna.", tue, "16:15 UTC", "2022-06-01T16:15Z", true},
		{"The statement came at 16:00 UTC today.", tue, "16:00 UTC today", "2022-11-15T16:00Z", true},
		// "later than planned" compares with a time the text does not give
		{"The ship docks on May 20, 2023, four days later than planned.", tue, "four days later", "2023-05-20", true},
		{"The ship docked four days later than planned.", tue, "four days", "P4D", true},
		{"The sirens sounded at 9 am.", tue, "9 am", "2022-11-15T09:00", true},
		{"The sirens sounded at 9 am local time.", tue, "9 am local time", "2022-11-15T09:00", true},
		{"The sirens sounded at 9 am.", time.Time{}, "9 am", "XXXX-XX-XXT09:00", false},
		// durations and sets
		{"The sanctions will last three years.", tue, "three years", "P3Y", true},
		{"The siege lasted 24 hours.", tue, "24 hours", "PT24H", true},
		{"They agreed a five-year plan.", tue, "five-year", "P5Y", true},
		{"The talks took several months.", tue, "several months", "PXM", true},
		{"Over the past two weeks, prices fell.", tue, "the past two weeks", "P2W", true},
		{"It lasted two and a half years.", tue, "two and a half years", "P2.5Y", true},
		{"He was jailed for three years and six months.", tue, "three years and six months", "P3Y6M", true},
		{"The flight took two hours and 30 minutes.", tue, "two hours and 30 minutes", "PT2H30M", true},
		{"The siege lasted one day and six hours.", tue, "one day and six hours", "P1DT6H", true},
		{"He served five years and two years ago was freed.", tue, "five years", "P5Y", true},
		{"The war has gone on for nearly a decade.", tue, "nearly a decade", "P10Y", true},
		{"The council meets every Monday.", tue, "every Monday", "XXXX-WXX-1", true},
		{"Inspections take place every week.", tue, "every week", "P1W", true},
		{"The figures are published monthly.", tue, "monthly", "P1M", true},
		// references
		{"The ministry is now ready.", tue, "now", "PRESENT_REF", true},
		{"The army recently withdrew.", tue, "recently", "PAST_REF", true},
		{"They repeat the mistakes of the past, he said.", tue, "the past", "PAST_REF", true},
		{"The plan secures the port for the long term.", tue, "the long term", "FUTURE_REF", true},
		{"The plan secures the port for the long term.", time.Time{}, "the long term", "FUTURE_REF", false},
		// vague durations
		{"The two sides have argued for years.", tue, "years", "PXY", true}, // TIMEX3 extents leave the preposition out
		{"The border moved over the years.", tue, "over the years", "PXY", true},
		{"They settled a decades-long dispute.", tue, "decades-long", "PXDE", true},
		{"The process takes between 60 and 90 days.", tue, "60", "P60D", true},
		{"The process takes between 60 and 90 days.", tue, "90 days", "P90D", true},
		{"Profit fell in fiscal 2008.", tue, "fiscal 2008", "FY2008", true},
		{"Profit fell in the 2008 fiscal year.", tue, "the 2008 fiscal year", "FY2008", true},
		{"Sales rose in 2009, after falling the year before.", tue, "the year before", "2008", true},
		{"Sales fell from the prior year.", tue, "the prior year", "2021", true},
		{"Exports fell 3% in February against the same period last year.", tue, "the same period last year", "2021-02", true},
		{"Sales fell in January from the same month a year ago.", tue, "the same month a year ago", "2021-01", true},
		{"The jet landed at 6:40 p.m. (GMT +8) on Monday.", tue, "6:40 p.m. (GMT +8)", "2022-11-14T10:40Z", true},
		{"The jet landed at 18:40 UTC-5.", tue, "18:40 UTC-5", "2022-11-15T23:40Z", true},
		{"Profit will rise in the current quarter.", tue, "the current quarter", "2022-Q4", true},
		{"Output fell in the current year.", tue, "the current year", "2022", true},
		// holidays
		{"Shops close on Christmas Day.", tue, "Christmas Day", "2022-12-25", true},
		{"The ceasefire held over Christmas 2008.", tue, "Christmas 2008", "2008-12-25", true},
		{"Talks resumed after Easter.", tue, "Easter", "2022-04-17", true},
		{"Sales fell over Thanksgiving.", tue, "Thanksgiving", "2022-11-24", true},
		{"The offices close on New Year's Eve.", time.Time{}, "New Year's Eve", "XXXX-12-31", false},
		// vague durations without a number (the preposition is not part of the extent)
		{"The battle raged for hours.", tue, "hours", "PTXH", true},
		{"It was the worst fighting in months.", tue, "months", "PXM", true},
		{"A deal is expected within days.", tue, "days", "PXD", true},
		// "N years later" counts from the last year told
		{"Troops left in 2011 and returned three years later.", tue, "three years later", "2014", true},
		{"The strikes began in the 1930's.", tue, "the 1930's", "193", true},
		{"This morning the talks resumed.", time.Time{}, "This morning", "XXXX-XX-XXTMO", false},
		// ranges of days: each day is an expression, and takes the month
		// and year written once
		{"The talks run from 3 to 5 March.", tue, "3", "2022-03-03", true},
		{"The talks were held on 3-5 March 2021.", tue, "3", "2021-03-03", true},
		{"The talks were held on March 3-5, 2021.", tue, "March 3", "2021-03-03", true},
		{"The talks were held on March 3-5, 2021.", tue, "5, 2021", "2021-03-05", true},
		{"The fair runs from January 17-21.", tue, "21", "2022-01-21", true},
		// the nth weekday of a month
		{"The vote is on the first Monday in November 2024.", tue, "the first Monday in November 2024", "2024-11-04", true},
		{"The summit was held on the last Friday of May.", tue, "the last Friday of May", "2022-05-27", true},
		// a month or day with a deictic year after it
		{"He visited in November last year.", tue, "November last year", "2021-11", true},
		{"They met on March 3 last year.", tue, "March 3 last year", "2021-03-03", true},
		{"The vote came exactly a year following the coup.", tue, "a year", "P1Y", true},
		{"They held a strike not long ago.", tue, "not long ago", "PAST_REF", true},
		{"The quarter ended June 30 was weak.", tue, "The quarter ended June 30", "2022-Q2", true},
		{"Shares rose in mid-afternoon trading.", tue, "mid-afternoon", "2022-11-15TAF", true},
		// a four-digit clock with a zone
		{"The drones struck at 0100 UTC.", tue, "0100 UTC", "2022-11-15T01:00Z", true},
		{"The ferry sank at 9:15 p.m. BST (2015 UTC) on June 3.", tue, "9:15 p.m. BST (2015 UTC) on June 3", "2022-06-03T20:15Z", true},
		// a month or day with the year named after it
		{"The lease ends after October of next year.", tue, "October", "2023-10", true},
		{"The lease ends after October of next year.", tue, "next year", "2023", true},
		// a date something is set for or moved to lies ahead, whatever
		// the tense of the verb
		{"The trial was penciled in for April.", tue, "April", "2023-04", true},
		{"The hearing was adjourned to Monday.", tue, "Monday", "2022-11-21", true},
		{"The vote was postponed until March.", tue, "March", "2023-03", true},
		{"The hearing was held on Monday.", tue, "Monday", "2022-11-14", true},
		// the present of a timetable verb tells of what is to come, except
		// in a headline
		{"The trial begins Monday.", tue, "Monday", "2022-11-21", true},
		{"Rebels seize port Monday", tue, "Monday", "2022-11-14", true},
		{"The club plays its rival on Sunday.", tue, "Sunday", "2022-11-20", true},
		{"The court hears the appeal on Friday.", tue, "Friday", "2022-11-18", true},
		{"The club played its rival on Sunday.", tue, "Sunday", "2022-11-13", true},
		// the end of a range of days is the first such day after its start
		{"The fair runs from Monday to Friday.", tue, "Friday", "2022-11-18", true},
		{"The fair ran from Friday to Monday.", tue, "Monday", "2022-11-14", true},
		{"The fair will run from Friday to Monday.", tue, "Monday", "2022-11-21", true},
		{"The strike lasted from November 3 through Saturday.", tue, "Saturday", "2022-11-05", true},
		// what something is done "ahead of" is still to come
		{"She is held in jail ahead of a hearing Friday.", tue, "Friday", "2022-11-18", true},
		{"Their title defence ended Saturday with a hold on the belts.", tue, "Saturday", "2022-11-12", true},
		// "this past", "this coming", a weekday with its part of the day
		{"The riots began this past Sunday.", tue, "this past Sunday", "2022-11-13", true},
		{"The envoys meet this coming Friday.", tue, "this coming Friday", "2022-11-18", true},
		{"Fans gathered this past weekend.", tue, "this past weekend", "2022-W45-WE", true},
		{"The fire started last Sunday night.", tue, "last Sunday night", "2022-11-13TNI", true},
		// day-first dates written with dots, and numbers that are not years
		{"Published 08.11.2022 in Vienna.", tue, "08.11.2022", "2022-11-08", true},
		{"Posted 2022/11/08 in Vienna.", tue, "2022/11/08", "2022-11-08", true},
		// "the week before" an event: the narrative's week before
		{"The talks ended on November 2. In the week before the vote, troops left.", tue, "the week", "2022-W43", true},
		{"The talks ended on November 2. They had met the week before.", tue, "the week before", "2022-W43", true},
		// parts of a named day, and midnight as the end of its day
		{"The blast happened overnight Sunday.", tue, "overnight Sunday", "2022-11-13TNI", true},
		{"The raid began on the evening of November 9.", tue, "the evening of November 9", "2022-11-09TEV", true},
		{"The strike began at midnight on Sunday.", tue, "midnight", "2022-11-13T24:00", true},
		// "at the time" with the "that" of a speech verb after it
		{"He was held on November 2. He said at the time that he was innocent.", tue, "the time", "2022-11-02", true},
	}
	for _, tc := range cases {
		d := doc.New("t", tc.text)
		Tag(d, Options{Anchor: tc.anchor})
		if err := d.Validate(); err != nil {
			t.Error(err)
		}
		var got *doc.Time
		for i := range d.Times {
			if d.Times[i].Text == tc.wantText {
				got = &d.Times[i]
			}
		}
		if got == nil {
			t.Errorf("%q: %q not found in %+v", tc.text, tc.wantText, d.Times)
			continue
		}
		if got.Value != tc.wantValue || got.Anchored != tc.anchored {
			t.Errorf("%q: got %q=%s anchored=%v, want %s anchored=%v", tc.text, got.Text, got.Value, got.Anchored, tc.wantValue, tc.anchored)
		}
	}
}

// TestNarrative checks the anaphoric anchoring rule: "the next day" and its
// kin follow the last day mentioned, not the publication date.
func TestNarrative(t *testing.T) {
	anchor := time.Date(2022, 4, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text   string
		anchor time.Time
		want   []string // values in order
	}{
		{"That March 29, the delegations met in Istanbul. The next day, Moscow announced a pullback.", anchor, []string{"2022-03-29", "2022-03-30"}},
		{"On March 29, 2021 the talks began. The following day they ended.", time.Time{}, []string{"2021-03-29", "2021-03-30"}},
		{"The talks collapsed on April 2. Two days later the shelling resumed.", anchor, []string{"2022-04-02", "2022-04-04"}},
		{"The envoy arrived on April 5. The day before, the army had withdrawn.", anchor, []string{"2022-04-05", "2022-04-04"}},
		{"The next day, talks resumed.", anchor, []string{"2022-04-13"}},
		{"The next day, talks resumed.", time.Time{}, []string{"XXXX-XX-XX"}},
		{"In 2014 the war began. That year, sanctions followed.", anchor, []string{"2014", "2014"}},
		{"On Saturday 8 June 2013 the police came. A man was arrested on Saturday.", time.Time{}, []string{"2013-06-08", "2013-06-08"}},
		// a clause about the past does not follow the narrative into the future
		{"On Friday the ministry announced a ban. The ban is to take effect on December 10. The rules were released later the same day.", tue, []string{"2022-11-11", "2022-12-10", "2022-11-11"}},
		// "Monday's announcement": the nearest Monday, whatever the verbs after it
		{"Congress was told on Monday. Monday's announcement could change the plan.", tue, []string{"2022-11-14", "2022-11-14"}},
		{"French troops left Mali in 2012, then returned three years later.", tue, []string{"2012", "2015"}},
		// "that time" is the last date mentioned, whatever its granularity
		{"Thousands have died since 2007. Many have fled since that time.", tue, []string{"2007", "2007"}},
	}
	for _, tc := range cases {
		var got []string
		for _, e := range Find(tc.text, Options{Anchor: tc.anchor}) {
			got = append(got, e.Value)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTypesAndMods(t *testing.T) {
	cases := []struct{ text, want, typ, mod string }{
		{"It began in early October.", "early October", "DATE", "START"},
		{"It ended at the end of October.", "the end of October", "DATE", "END"},
		{"Due by mid-2023.", "mid-2023", "DATE", "MID"},
		{"It took about three years.", "about three years", "DURATION", "APPROX"},
		{"They meet every Monday.", "every Monday", "SET", ""},
		{"They met on Monday at 5 pm.", "Monday at 5 pm", "TIME", ""},
	}
	for _, tc := range cases {
		es := Find(tc.text, Options{Anchor: tue})
		if len(es) != 1 || es[0].Text != tc.want || es[0].Type != tc.typ || es[0].Mod != tc.mod {
			t.Errorf("%q: got %+v, want %q %s %s", tc.text, es, tc.want, tc.typ, tc.mod)
		}
	}
}

func TestNoFalseDates(t *testing.T) {
	for _, s := range []string{
		"Moscow may march on.",
		"The 14 delegates met.",
		"They sold 2000 shares.",
		"The A320 and the 737 were grounded.",
		"Inflation rose 12.5% to 2,022 points.",
		"The 36-year-old soldier was freed.",
		"The crowd may fall silent.",
		"He paid $2022 for it.",
		"The New York Daily News reported it.",
		"About a quarter of the dealers will close.",
		"He scored in the second half.",
		"The index fell to 1200 points, then to 1150.",
		"Two men between 30 and 40 years old were held.",
		"The plan is a long-term bet.",
		"The new year began quietly.",
		"The current government fell.",
		"He won a second term.",
		"It came after a second motion failed.",
		"The day before Zimbabwe's runoff, he spoke.",
		"The score was 3-5 in the end.",
		"Version 1.2.2008.5 shipped.",
		"See https://news.example.org/2022/11/08/talks for more.",
	} {
		d := doc.New("t", s)
		Tag(d, Options{Anchor: tue})
		if len(d.Times) != 0 {
			t.Errorf("%q: unexpected times %+v", s, d.Times)
		}
	}
}

func TestDeterministicOrdered(t *testing.T) {
	text := "On Monday, two days after the November 14 talks, officials said that next month, and every Monday for three years, the envoys would meet; yesterday at 9 am they did."
	first := Find(text, Options{Anchor: tue})
	if len(first) < 6 {
		t.Fatalf("got only %d expressions: %+v", len(first), first)
	}
	for k := 0; k < 3; k++ {
		again := Find(text, Options{Anchor: tue})
		if len(again) != len(first) {
			t.Fatal("not deterministic")
		}
		for i := range again {
			if again[i] != first[i] {
				t.Fatalf("not deterministic: %+v vs %+v", again[i], first[i])
			}
		}
	}
	for i := 1; i < len(first); i++ {
		if first[i].Start < first[i-1].End {
			t.Errorf("overlap or disorder: %+v then %+v", first[i-1], first[i])
		}
	}
}

// FuzzFind checks that any text gives valid, ordered, non-overlapping
// expressions with a value, with and without a publication date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"On Monday", "November 14, 2022", "the next day", "5:40 p.m. ET", "mid-2023", "the '90s",
		"two and a half years ago", "Q3 2021", "11/14/2022", "at 24:00", "the 5th of May", "every other week",
		"overnight Monday", "the evening of May 3", "14.11.2022", "this past Sunday", "at midnight on Tuesday",
		"the week before the vote", "was adjourned to Monday", "at 10:15 a.m. (0215 GMT) on Tuesday", "14:00 Greek time",
		"9 p.m. Eastern", "noon Moscow time", "3 p.m. Eastern Standard Time", "at 1 a.m. (2300 GMT)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("the cleaned text the stage gets is valid UTF-8")
		}
		for _, anchor := range []time.Time{{}, tue} {
			d := doc.New("fuzz", s)
			Tag(d, Options{Anchor: anchor})
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			for i, x := range d.Times {
				if x.Value == "" || x.Start >= x.End {
					t.Fatalf("empty expression %+v", x)
				}
				if i > 0 && x.Start < d.Times[i-1].End {
					t.Fatalf("overlap: %+v", d.Times)
				}
			}
		}
	})
}

func BenchmarkTag(b *testing.B) {
	text := ""
	for i := 0; i < 40; i++ {
		text += "The envoys met on Monday in Ankara, two days after talks on November 14, 2022 collapsed. The next day, officials said a deal could come early next year or by the end of October, and sanctions would last three years. "
	}
	anchor := time.Date(2022, 11, 16, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := doc.New("b", text)
		Tag(d, Options{Anchor: anchor})
	}
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden tags a whole article (our own text) with and without a
// publication date and compares with testdata/*.golden.json; run with
// -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		anchor time.Time
	}{
		{"article.anchored", time.Date(2022, 11, 16, 0, 0, 0, 0, time.UTC)},
		{"article.unanchored", time.Time{}},
	} {
		got, err := json.MarshalIndent(Find(string(text), Options{Anchor: c.anchor}), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", c.name+".golden.json")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: output differs from %s (run go test -update after checking the change):\n%s", c.name, path, got)
		}
	}
}
