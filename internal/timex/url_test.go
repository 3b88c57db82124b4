package timex

import (
	"testing"
	"time"
)

func TestURLDate(t *testing.T) {
	cases := []struct {
		url, want string // want "" for none
	}{
		{"http://example.com/2013/05/03/ferry-talks-resume/", "2013-05-03"},
		{"https://news.example.org/world/story/2013-07-21/port-strike/", "2013-07-21"},
		{"http://www.example.net/2011/11/11/world/talks.html?_r=0", "2011-11-11"},
		{"http://example.com/news/20130503-ferry-talks", "2013-05-03"},
		{"http://example.com/news/ferry-talks-20130503.html", "2013-05-03"},
		{"example.com/2009/12/05/a", "2009-12-05"},
		{"http://example.com/blog/2009/02/ferry.html", ""}, // month only
		{"http://example.com/2013/02/30/ferry", ""},        // no such day
		{"http://example.com/id/18022825/ns/news/", ""},    // an id, not a date
		{"http://example.com/a?date=2013-05-03", ""},       // the query is not read
		{"http://2013.example.com/", ""},                   // nor the host
		{"http://example.com/2013/05-03/ferry", ""},        // mixed separators
		{"http://example.com/story/12345678/ferry", ""},    // not a calendar day
		{"http://example.com/archive/1985/05/03/old", ""},  // out of range
		{"http://example.com/x/v2013/05/03/", ""},          // glued to letters
		{"", ""},
	}
	for _, c := range cases {
		got, ok := URLDate(c.url)
		switch {
		case c.want == "" && ok:
			t.Errorf("%q: got %s, want none", c.url, got.Format(time.DateOnly))
		case c.want != "" && (!ok || got.Format(time.DateOnly) != c.want):
			t.Errorf("%q: got %s (%v), want %s", c.url, got.Format(time.DateOnly), ok, c.want)
		}
	}
}

func FuzzURLDate(f *testing.F) {
	for _, s := range []string{"http://example.com/2013/05/03/x", "a/20130503", "//", "http://x/2013-5-3-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := URLDate(s); ok && (d.Year() < 1990 || d.Year() > 2099) {
			t.Fatalf("%q: %v", s, d)
		}
	})
}
