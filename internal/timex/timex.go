// Package timex finds temporal expressions in a document's text and
// normalises them to TIMEX3-style values (2022-11-14, 2022-10, 2021,
// XXXX-WXX-1) against the document's publication date. A relative
// expression with no publication date stays unanchored: its value is
// relative to nothing and is never a guess.
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/doc"
)

// Options configure the tagger.
type Options struct {
	// Anchor is the publication date; the zero time means unknown.
	Anchor time.Time
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var dayWords = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}

// word is one alphanumeric run of the text with its byte span.
type word struct {
	s          string // lower-cased
	start, end int
}

func words(text string) []word {
	var ws []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			ws = append(ws, word{strings.ToLower(text[i:j]), i, j})
			i = j
			continue
		}
		i += n
	}
	return ws
}

// adjacent reports whether only spaces, commas or a period (abbreviation) lie between words a and b.
func adjacent(text string, a, b word, allowComma bool) bool {
	gap := text[a.end:b.start]
	for _, c := range gap {
		switch {
		case c == ' ':
		case c == ',' && allowComma:
		case c == '.':
		default:
			return false
		}
	}
	return len(gap) <= 3
}

func day(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "st"), "nd"), "rd"), "th")
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31 && len(s) <= 2
}

func year(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && len(s) == 4 && n >= 1000 && n <= 2999
}

// Tag appends the temporal expressions of d.Text to d.Times.
func Tag(d *doc.Document, opts Options) {
	text := d.Text
	ws := words(text)
	anchored := !opts.Anchor.IsZero()
	emit := func(start, end int, value string, anch bool) {
		d.Times = append(d.Times, doc.Time{Span: doc.Span{Start: start, End: end}, Text: text[start:end], Value: value, Anchored: anch})
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		// Month-led: "November 14", "November 14, 2022", "February 2021", "November".
		if m, ok := months[w.s]; ok && (len(w.s) > 3 || strings.HasPrefix(text[w.end:], ".") || w.s == "may") {
			if w.s == "may" && !startsUpper(text, w.start) {
				continue // the modal verb
			}
			if i+1 < len(ws) && adjacent(text, w, ws[i+1], false) {
				if dd, ok := day(ws[i+1].s); ok {
					end := ws[i+1].end
					if i+2 < len(ws) && adjacent(text, ws[i+1], ws[i+2], true) {
						if y, ok := year(ws[i+2].s); ok {
							emit(w.start, ws[i+2].end, fmt.Sprintf("%04d-%02d-%02d", y, m, dd), true)
							i += 2
							continue
						}
					}
					if anchored {
						y := nearestYear(opts.Anchor, m, dd)
						emit(w.start, end, fmt.Sprintf("%04d-%02d-%02d", y, m, dd), true)
					} else {
						emit(w.start, end, fmt.Sprintf("XXXX-%02d-%02d", m, dd), false)
					}
					i++
					continue
				}
				if y, ok := year(ws[i+1].s); ok {
					emit(w.start, ws[i+1].end, fmt.Sprintf("%04d-%02d", y, m), true)
					i++
					continue
				}
			}
			if w.s == "may" || w.s == "march" {
				continue // too often a verb alone
			}
			if len(w.s) > 3 && startsUpper(text, w.start) {
				if anchored {
					y := nearestYear(opts.Anchor, m, 15)
					emit(w.start, w.end, fmt.Sprintf("%04d-%02d", y, m), true)
				} else {
					emit(w.start, w.end, fmt.Sprintf("XXXX-%02d", m), false)
				}
			}
			continue
		}
		// Day-led: "14 November 2022", "14 November".
		if dd, ok := day(w.s); ok && i+1 < len(ws) && adjacent(text, w, ws[i+1], false) {
			if m, ok := months[ws[i+1].s]; ok && len(ws[i+1].s) > 3 {
				if i+2 < len(ws) && adjacent(text, ws[i+1], ws[i+2], true) {
					if y, ok := year(ws[i+2].s); ok {
						emit(w.start, ws[i+2].end, fmt.Sprintf("%04d-%02d-%02d", y, m, dd), true)
						i += 2
						continue
					}
				}
				if anchored {
					emit(w.start, ws[i+1].end, fmt.Sprintf("%04d-%02d-%02d", nearestYear(opts.Anchor, m, dd), m, dd), true)
				} else {
					emit(w.start, ws[i+1].end, fmt.Sprintf("XXXX-%02d-%02d", m, dd), false)
				}
				i++
				continue
			}
		}
		// ISO date 2022-11-14.
		if y, ok := year(w.s); ok && i+2 < len(ws) && text[w.end:ws[i+1].start] == "-" && text[ws[i+1].end:ws[i+2].start] == "-" {
			mo, err1 := strconv.Atoi(ws[i+1].s)
			dd, err2 := strconv.Atoi(ws[i+2].s)
			if err1 == nil && err2 == nil && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 && len(ws[i+1].s) == 2 && len(ws[i+2].s) == 2 {
				emit(w.start, ws[i+2].end, fmt.Sprintf("%04d-%02d-%02d", y, mo, dd), true)
				i += 2
				continue
			}
		}
		// "in 2026", "since 2014": a year after a preposition.
		if y, ok := year(w.s); ok && i > 0 && isYearPrep(ws[i-1].s) && adjacent(text, ws[i-1], w, false) {
			emit(w.start, w.end, fmt.Sprintf("%04d", y), true)
			continue
		}
		// Weekdays and today/yesterday/tomorrow.
		if wd, ok := weekdays[w.s]; ok {
			if anchored {
				emit(w.start, w.end, lastWeekday(opts.Anchor, wd).Format("2006-01-02"), true)
			} else {
				emit(w.start, w.end, fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), false)
			}
			continue
		}
		if off, ok := dayWords[w.s]; ok {
			if anchored {
				emit(w.start, w.end, opts.Anchor.AddDate(0, 0, off).Format("2006-01-02"), true)
			} else {
				emit(w.start, w.end, map[int]string{-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[off], false)
			}
		}
	}
}

func isYearPrep(s string) bool {
	switch s {
	case "in", "since", "until", "till", "by", "from", "of", "before", "after", "during":
		return true
	}
	return false
}

func startsUpper(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// lastWeekday is the most recent day with weekday wd on or before anchor: news
// reports mostly what has happened. (Tense-aware choice of the following week
// belongs to the full temporal tagger.)
func lastWeekday(anchor time.Time, wd time.Weekday) time.Time {
	diff := (int(anchor.Weekday()) - int(wd) + 7) % 7
	return anchor.AddDate(0, 0, -diff)
}

// nearestYear picks the year for a month and day given without one: the
// year that puts the date closest to the anchor.
func nearestYear(anchor time.Time, m time.Month, d int) int {
	best, bestDiff := anchor.Year(), time.Duration(1<<62)
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		diff := t.Sub(anchor)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best
}
