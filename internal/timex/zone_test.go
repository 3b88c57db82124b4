package timex

import (
	"testing"
	"time"
)

// TestZones checks that a clock time is converted to UTC only when the text
// states its zone, with the summer-time rules in force on that day, and
// keeps its written time and no zone otherwise.
func TestZones(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		name   string
		text   string
		anchor time.Time
		want   string // the expression's text and value, "text=value"
	}{
		{"no zone stays local", "The ferry left at 8.40am on Friday.", day(2022, 6, 13), "8.40am=2022-06-10T08:40"},
		{"no zone, 24-hour clock", "Voting ended at 21:00 yesterday.", day(2022, 6, 13), "21:00 yesterday=2022-06-12T21:00"},
		{"local time stays local", "The blast came at 3 p.m. local time.", day(2022, 6, 13), "3 p.m. local time=2022-06-13T15:00"},
		{"noon stays local", "The mayor spoke at noon on Monday.", day(2022, 6, 15), "noon=2022-06-13T12:00"},
		{"UTC", "The launch was at 16:30 UTC today.", day(2022, 6, 13), "16:30 UTC today=2022-06-13T16:30Z"},
		{"ET in winter", "The polls shut at 8 p.m. ET on Tuesday.", day(2022, 11, 16), "8 p.m. ET=2022-11-16T01:00Z"},
		{"ET in summer", "The polls shut at 8 p.m. ET on Tuesday.", day(2022, 7, 20), "8 p.m. ET=2022-07-20T00:00Z"},
		// before 2007 American summer time began in April and ended in October
		{"ET, March 2006", "The bank opened at 9 a.m. ET on March 20.", day(2006, 3, 25), "9 a.m. ET on March 20=2006-03-20T14:00Z"},
		{"ET, late October 2006", "The bank opened at 9 a.m. ET on October 30.", day(2006, 11, 2), "9 a.m. ET on October 30=2006-10-30T14:00Z"},
		{"ET, March 2012", "The bank opened at 9 a.m. ET on March 20.", day(2012, 3, 25), "9 a.m. ET on March 20=2012-03-20T13:00Z"},
		{"fixed abbreviation", "The bank opened at 9 a.m. EST on July 2.", day(2012, 7, 5), "9 a.m. EST on July 2=2012-07-02T14:00Z"},
		{"spelled-out zone", "Trading halted at 10 a.m. Eastern Standard Time.", day(2012, 1, 5), "10 a.m. Eastern Standard Time=2012-01-05T15:00Z"},
		{"region time", "The fire began at 5 p.m. Pacific time.", day(2021, 7, 1), "5 p.m. Pacific time=2021-07-02T00:00Z"},
		{"region alone", "The debate airs at 9 p.m. Eastern on Monday.", day(2022, 10, 20), "9 p.m. Eastern=2022-10-18T01:00Z"},
		{"region word in a name", "The talks ended at 5 p.m. Pacific Gas said nothing.", day(2022, 10, 20), "5 p.m=2022-10-20T17:00"},
		{"country time in summer", "The strike started at 14:00 Greek time.", day(2010, 5, 5), "14:00 Greek time=2010-05-05T11:00Z"},
		{"country time in winter", "The strike started at 14:00 Greek time.", day(2010, 1, 5), "14:00 Greek time=2010-01-05T12:00Z"},
		{"city time, offset of that year", "The summit opened at 3 p.m. Moscow time.", day(2012, 7, 1), "3 p.m. Moscow time=2012-07-01T11:00Z"},
		{"several zones stay local", "The plane landed at 18:00 Russian time.", day(2012, 7, 1), "18:00 Russian time=2012-07-01T18:00"},
		{"written offset", "The jet landed at 7:15 p.m. (GMT +3) on Monday.", day(2022, 11, 15), "7:15 p.m. (GMT +3)=2022-11-14T16:15Z"},
		{"midnight GMT", "The curfew began at midnight GMT on Sunday.", day(2022, 11, 15), "midnight GMT=2022-11-13T24:00Z"},
		{"noon in a named zone", "The talks will resume at noon Moscow time on Friday.", day(2022, 11, 15), "noon Moscow time=2022-11-18T09:00Z"},
		{"a capitalised word after p.m. is no zone", "They met at 5 p.m. The talks failed.", day(2022, 11, 15), "5 p.m=2022-11-15T17:00"},
		// a time given in a zone as well: both are that instant in UTC
		{"aside in GMT", "The quake hit at 10:15 a.m. (0215 GMT) on Tuesday.", day(2013, 5, 15), "10:15 a.m=2013-05-14T02:15Z"},
		{"the aside itself", "The quake hit at 10:15 a.m. (0215 GMT) on Tuesday.", day(2013, 5, 15), "0215 GMT=2013-05-14T02:15Z"},
		{"aside on the day before", "The quake hit at 1 a.m. (2300 GMT) on Tuesday.", day(2013, 5, 15), "2300 GMT=2013-05-13T23:00Z"},
		{"aside on the day after", "The ferry sank at 9 p.m. (0200 GMT) on Tuesday.", day(2013, 5, 15), "9 p.m=2013-05-15T02:00Z"},
		{"aside with the date after it", "The ferry sank at 9 p.m. (0200 GMT) on May 3.", day(2013, 5, 15), "9 p.m. (0200 GMT) on May 3=2013-05-04T02:00Z"},
		{"aside after local time", "The quake struck at 4:30 a.m. local time (2030 GMT) on Sunday.", day(2013, 5, 15), "4:30 a.m. local time=2013-05-11T20:30Z"},
		{"aside naming its day", "The quake struck at 4:30 a.m. local time (2030 GMT Saturday).", day(2013, 5, 15), "4:30 a.m. local time=2013-05-11T20:30Z"},
		{"aside naming its day, itself", "The quake struck at 4:30 a.m. local time (2030 GMT Saturday).", day(2013, 5, 15), "2030 GMT Saturday=2013-05-11T20:30Z"},
		{"aside after a weekday and time", "The quake struck on Sunday at 4:30 a.m. (2030 GMT).", day(2013, 5, 15), "2030 GMT=2013-05-11T20:30Z"},
		{"midnight local", "The curfew began at midnight on Sunday.", day(2022, 11, 15), "midnight=2022-11-13T24:00"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range Find(tc.text, Options{Anchor: tc.anchor}) {
				got = append(got, e.Text+"="+e.Value)
				if e.Text+"="+e.Value == tc.want {
					return
				}
			}
			t.Errorf("%q: want %s, got %v", tc.text, tc.want, got)
		})
	}
}

func TestLocation(t *testing.T) {
	cases := []struct {
		zone string
		ok   bool
	}{
		{"utc", true}, {"et", true}, {"greek", true}, {"utc+8", true}, {"utc-11", true},
		{"", false}, {"ist", false}, {"utc+99", false}, {"utc+x", false}, {"martian", false},
	}
	for _, tc := range cases {
		if _, ok := location(tc.zone); ok != tc.ok {
			t.Errorf("location(%q): ok=%v, want %v", tc.zone, ok, tc.ok)
		}
	}
}
