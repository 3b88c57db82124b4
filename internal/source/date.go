package source

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the publication-date layouts ParseDate accepts, most common
// first: ISO 8601 / RFC 3339 variants (JSON Lines, Atom, HTML metadata), RFC
// 1123 / RFC 822 variants (RSS), and the spelled-out forms found in page
// metadata. Day-first and month-first numeric forms with slashes
// (01/02/2006) are ambiguous and deliberately not accepted.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 02 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon, 2 Jan 2006",
	"Monday, 2 January 2006 15:04:05 -0700",
	"Monday, 2 January 2006",
	"Monday, January 2, 2006",
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006",
	"2 January 2006",
	"2 January 2006 15:04",
	"02-Jan-2006",
	"Jan 2, 2006",
	"Jan 2, 2006 15:04:05",
	"Jan 2, 2006 3:04 PM",
	"January 2, 2006",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"January 2 2006",
	"2006/01/02",
	"2006/01/02 15:04:05",
	"2006.01.02",
	"02.01.2006",
	"2.1.2006",
	"20060102",
}

// ParseDate normalises a publication date to YYYY-MM-DD. It accepts the
// layouts in dateLayouts (RFC 3339, YYYY-MM-DD, RFC 1123, RFC 822 and other
// common metadata forms), case-insensitively for month and day names and
// with fractional seconds. The date is the calendar date in the time zone
// written in the string (the publisher's local date), not converted to UTC.
func ParseDate(s string) (string, error) {
	t, err := parseTime(s)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01-02"), nil
}

func parseTime(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	// "UT" as a zone name appears in old RSS feeds; zone abbreviations must
	// be upper case for time.Parse.
	s = strings.TrimSuffix(s, " UT")
	if i := strings.LastIndexByte(s, ' '); i >= 0 && isLetters(s[i+1:]) && len(s)-i-1 <= 5 {
		s = s[:i+1] + strings.ToUpper(s[i+1:])
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if y := t.Year(); y < 1000 || y > 9999 {
			return time.Time{}, fmt.Errorf("date %q: year out of range", s)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return s != ""
}
