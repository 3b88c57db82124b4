package timex

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// tok is one token of the tagger's own tokenisation: a run of letters, a run
// of digits, or one other non-space character.
type tok struct {
	s          string // lower-cased
	raw        string
	start, end int
	glued      bool // no space before it
	nl         bool // a line break lies between it and the previous token
	kind       byte // 'a' letters, 'd' digits, 'p' other
}

func tokenize(text string) []tok {
	ts := make([]tok, 0, len(text)/4)
	i, prevEnd := 0, 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		var kind byte
		switch {
		case unicode.IsLetter(r):
			kind = 'a'
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
		case r >= '0' && r <= '9':
			kind = 'd'
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
		default:
			kind = 'p'
		}
		gap := text[prevEnd:i]
		raw := text[i:j]
		low := raw
		if kind == 'a' {
			low = strings.ToLower(raw)
		}
		ts = append(ts, tok{s: low, raw: raw, start: i, end: j, glued: len(ts) > 0 && i == prevEnd, nl: strings.ContainsAny(gap, "\n\r"), kind: kind})
		prevEnd = j
		i = j
	}
	return ts
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

var numberWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "half": 0.5, "dozen": 12, "single": 1,
}

// vagueNumbers stand for an unknown count: "several years" → PXY.
var vagueNumbers = map[string]bool{"several": true, "few": true, "many": true, "some": true, "recent": true, "coming": true}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// unit is a calendar unit of durations and relative expressions.
type unit struct {
	code string // TIMEX3 duration letter
	time bool   // PT… (hours, minutes, seconds)
	mult int    // decades and centuries are years
}

var units = map[string]unit{
	"second": {"S", true, 1}, "seconds": {"S", true, 1}, "minute": {"M", true, 1}, "minutes": {"M", true, 1},
	"hour": {"H", true, 1}, "hours": {"H", true, 1}, "day": {"D", false, 1}, "days": {"D", false, 1},
	"week": {"W", false, 1}, "weeks": {"W", false, 1}, "month": {"M", false, 1}, "months": {"M", false, 1},
	"year": {"Y", false, 1}, "years": {"Y", false, 1}, "decade": {"Y", false, 10}, "decades": {"Y", false, 10},
	"century": {"Y", false, 100}, "centuries": {"Y", false, 100}, "quarter": {"M", false, 3}, "quarters": {"M", false, 3},
	"weekend": {"WE", false, 1}, "weekends": {"WE", false, 1}, "fortnight": {"W", false, 2},
	"hrs": {"H", true, 1}, "mins": {"M", true, 1}, "yrs": {"Y", false, 1},
}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

var partsOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

// number reads a count at t: digits ("3", "1,000", "2.5"), a number word,
// or a compound ("twenty-five", "two and a half"). It returns the value and
// the index after it.
func number(ts []tok, i int) (float64, int, bool) {
	if i >= len(ts) {
		return 0, i, false
	}
	t := ts[i]
	if t.kind == 'd' {
		if len(t.s) > 6 {
			return 0, i, false
		}
		v, _ := strconv.ParseFloat(t.s, 64)
		j := i + 1
		// 1,000
		for j+1 < len(ts) && ts[j].s == "," && ts[j].glued && ts[j+1].kind == 'd' && ts[j+1].glued && len(ts[j+1].s) == 3 {
			f, _ := strconv.ParseFloat(ts[j+1].s, 64)
			v = v*1000 + f
			j += 2
		}
		// 2.5
		if j+1 < len(ts) && ts[j].s == "." && ts[j].glued && ts[j+1].kind == 'd' && ts[j+1].glued {
			f, _ := strconv.ParseFloat("0."+ts[j+1].s, 64)
			v += f
			j += 2
		}
		return v, j, true
	}
	v, ok := numberWords[t.s]
	if !ok || t.s == "half" || t.s == "hundred" || t.s == "dozen" {
		return 0, i, false
	}
	j := i + 1
	// twenty-five
	if v >= 20 && j+1 < len(ts) && ts[j].s == "-" && ts[j].glued {
		if u, ok := numberWords[ts[j+1].s]; ok && u < 10 && u >= 1 {
			v += u
			j += 2
		}
	}
	// two hundred
	if j < len(ts) && ts[j].s == "hundred" {
		v *= 100
		j++
	}
	// two and a half
	if j+2 < len(ts) && ts[j].s == "and" && ts[j+1].s == "a" && ts[j+2].s == "half" {
		v += 0.5
		j += 3
	}
	return v, j, true
}

// fmtNum writes a count for a duration value: 3, 2.5.
func fmtNum(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func dayNum(ts []tok, i int) (int, int, bool) {
	if i >= len(ts) || ts[i].kind != 'd' || len(ts[i].s) > 2 {
		return 0, i, false
	}
	n, _ := strconv.Atoi(ts[i].s)
	if n < 1 || n > 31 {
		return 0, i, false
	}
	j := i + 1
	if j < len(ts) && ts[j].glued && (ts[j].s == "st" || ts[j].s == "nd" || ts[j].s == "rd" || ts[j].s == "th") {
		j++
	}
	return n, j, true
}

func yearNum(ts []tok, i int) (int, bool) {
	if i >= len(ts) || ts[i].kind != 'd' || len(ts[i].s) != 4 {
		return 0, false
	}
	n, _ := strconv.Atoi(ts[i].s)
	return n, n >= 1000 && n <= 2999
}

// monthAt reads a month name, with an optional abbreviation period.
func monthAt(ts []tok, i int) (int, int, bool) {
	if i >= len(ts) || ts[i].kind != 'a' {
		return 0, i, false
	}
	m, ok := months[ts[i].s]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	abbrev := len(ts[i].s) <= 4 && ts[i].s != "may" && ts[i].s != "june" && ts[i].s != "july"
	if abbrev && j < len(ts) && ts[j].s == "." && ts[j].glued {
		j++
	} else if abbrev {
		// "Jan" alone must be capitalised and is then still risky; "mar",
		// "jun" and the like as bare words are rare in running text.
		if !isUpper(ts[i].raw) {
			return 0, i, false
		}
	}
	if !isUpper(ts[i].raw) {
		return 0, i, false
	}
	return m, j, true
}

func weekdayAt(ts []tok, i int) (time.Weekday, int, bool) {
	if i >= len(ts) || i < 0 || ts[i].kind != 'a' {
		return 0, i, false
	}
	wd, ok := weekdays[ts[i].s]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if len(ts[i].s) <= 5 && !strings.HasSuffix(ts[i].s, "day") {
		// abbreviations need a capital and a period: "Fri."
		if !isUpper(ts[i].raw) || j >= len(ts) || ts[j].s != "." || !ts[j].glued {
			return 0, i, false
		}
		j++
	}
	return wd, j, true
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}
