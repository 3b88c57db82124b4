package timex

import (
	"fmt"
	"strings"
	"time"
)

// ---- relative expressions ----

var deictic = map[string]int{"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1, "current": 0}
var anaphoric = map[string]int{"previous": -1, "following": 1, "same": 0, "that": 0, "preceding": -1, "prior": -1}

// ref is the narrative reference day, or the publication date when the text
// has given none; ok is false when neither is known.
func (t *tagger) ref() (time.Time, bool) {
	if !t.refDay.IsZero() {
		// a clause about the past does not follow the narrative into the
		// future: "takes effect on December 10 … were released later the
		// same day" is the last day before the publication told
		if t.has && t.refDay.After(t.anchor) && !t.refPast.IsZero() && !t.fut(t.cur) {
			return t.refPast, true
		}
		return t.refDay, true
	}
	return t.anchor, t.has
}

// relative matches expressions resolved against the publication date or the
// narrative reference.
func (t *tagger) relative(i int) (res, bool) {
	ts := t.ts
	s := t.tokS(i)
	switch s {
	case "today", "yesterday", "tomorrow", "tonight":
		off := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[s]
		r := t.dayOffset(i+1, off)
		if s == "tonight" {
			r.val += "TNI"
			r.typ = "TIME"
		} else if p, ok := partsOfDay[t.tokS(i+1)]; ok {
			r.val += "T" + p
			r.typ = "TIME"
			r.end++
		}
		return r, true
	case "now", "currently", "nowadays", "presently":
		if s == "now" && (t.is(i+1, "that") || t.is(i-1, "until", "till", "from", "by") == false && t.is(i+1, "-")) {
			return res{}, false
		}
		return res{end: i + 1, val: "PRESENT_REF", typ: "DATE", anch: t.has}, true
	case "overnight":
		// "overnight Tuesday": the night of that day
		if d, ok := t.dateCore(i + 1); ok && !ts[i+1].nl && (!d.day.IsZero() || strings.HasPrefix(d.val, "XXXX-WXX-")) && !strings.Contains(d.val, "T") {
			d.val += "TNI"
			d.typ = "TIME"
			return d, true
		}
		return res{}, false
	case "morning", "afternoon", "evening":
		// "early morning on Sunday, February 1, 2009": the part of that day
		if t.is(i+1, "on") {
			if d, ok := t.dateCore(i + 2); ok && (!d.day.IsZero() || d.val == "XXXX-XX-XX" || strings.HasPrefix(d.val, "XXXX-WXX-")) {
				d.val += "T" + partsOfDay[s]
				d.typ = "TIME"
				return d, true
			}
		}
		// "in morning trading", "in afternoon deals"
		if !(t.is(i-1, "in", "during", "early", "late", "mid") || t.is(i-1, "-") && t.is(i-2, "mid")) || t.is(i+1, "of") {
			return res{}, false
		}
		r := t.narrative(i+1, 0)
		r.val += "T" + partsOfDay[s]
		r.typ = "TIME"
		return r, true
	case "recently":
		return res{end: i + 1, val: "PAST_REF", typ: "DATE", anch: t.has}, true
	case "very", "more", "most":
		// "very soon", "more recently": the degree word is part of it
		if t.is(i+1, "recently") || s == "very" && t.is(i+1, "soon") && !t.is(i+2, "after", "as", "-") {
			r, ok := t.relative(i + 1)
			r.end = i + 2
			return r, ok
		}
		return res{}, false
	case "not":
		// "not long ago"
		if t.seq(i+1, "long", "ago") {
			return res{end: i + 3, val: "PAST_REF", typ: "DATE", anch: t.has}, true
		}
		return res{}, false
	case "soon":
		if t.is(i-1, "as") || t.is(i+1, "after", "as", "-") {
			return res{}, false
		}
		return res{end: i + 1, val: "FUTURE_REF", typ: "DATE", anch: t.has}, true
	case "the":
		// "the last week of March"
		if t.is(i+1, "first", "last", "final") && t.is(i+2, "week") && t.is(i+3, "of") {
			if m, j, ok := monthAt(ts, i+4); ok {
				mo := t.monthOnly(j, m, i)
				if d, err := time.Parse("2006-01", mo.val); err == nil {
					if ts[i+1].s == "first" {
						d = d.AddDate(0, 0, 3)
					} else {
						d = d.AddDate(0, 1, -4)
					}
					return res{end: j, val: week(d), typ: "DATE", anch: true, year: d.Year()}, true
				}
				return res{end: j, val: "XXXX-WXX", typ: "DATE"}, true
			}
		}
		// "the evening of November 26": the part of that day
		if p, ok := partsOfDay[t.tokS(i+1)]; ok && t.is(i+2, "of") && i+3 < len(ts) && !ts[i+3].nl {
			if d, ok := t.dateCore(i + 3); ok && (!d.day.IsZero() || d.val == "XXXX-XX-XX" || strings.HasPrefix(d.val, "XXXX-")) && len(d.val) == 10 {
				d.val += "T" + p
				d.typ = "TIME"
				return d, true
			}
		}
		// "in the early hours", "into the small hours": the narrative's day
		if t.is(i+1, "early", "small") && t.is(i+2, "hours") && !t.is(i+3, "of") && t.is(i-1, "in", "into", "during", "until", "till", "through") {
			r := t.narrative(i+3, 0)
			r.typ = "TIME"
			return r, true
		}
		// "the early hours of Sunday": that day (the small hours are
		// no TIMEX3 part of the day)
		if t.seq(i+1, "early", "hours", "of") || t.seq(i+1, "small", "hours", "of") {
			if d, ok := t.date(i + 4); ok && !ts[i+4].nl && (!d.day.IsZero() || strings.HasPrefix(d.val, "XXXX-XX-XX") || strings.HasPrefix(d.val, "XXXX-WXX-")) && len(d.val) >= 10 {
				d.typ = "TIME"
				return d, true
			}
		}
		// "the previous Friday", "the following Monday": around the narrative's day
		if t.is(i+1, "previous", "following") {
			if wd, j, ok := weekdayAt(ts, i+2); ok {
				base, ok := t.ref()
				if !ok {
					return res{end: j, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), typ: "DATE"}, true
				}
				diff := (int(wd) - int(base.Weekday()) + 7) % 7
				if ts[i+1].s == "previous" {
					diff = diff - 7
				} else if diff == 0 {
					diff = 7
				}
				return dateRes(j, base.AddDate(0, 0, diff), true), true
			}
		}
		if t.is(i+1, "past") && t.is(i-1, "in", "of", "from", "than", "to", "into") && !t.is(i+2, "-") && (i+2 >= len(ts) || ts[i+2].kind == 'p' || t.is(i+2, "and", "or", "but")) {
			return res{end: i + 2, val: "PAST_REF", typ: "DATE", anch: t.has}, true
		}
		if t.is(i+1, "future") {
			return res{end: i + 2, val: "FUTURE_REF", typ: "DATE", anch: t.has}, true
		}
		if t.seq(i+1, "near", "future") {
			return res{end: i + 3, val: "FUTURE_REF", typ: "DATE", anch: t.has}, true
		}
		// the day before yesterday, the day after tomorrow
		if t.seq(i+1, "day", "before", "yesterday") {
			return t.dayOffset(i+4, -2), true
		}
		if t.seq(i+1, "day", "after", "tomorrow") {
			return t.dayOffset(i+4, 2), true
		}
		// the next day, the following morning, the day before / after
		// "the current quarter", "the current year"
		if t.is(i+1, "current") {
			if r, ok := t.relUnit(i + 1); ok {
				return r, true
			}
		}
		// "the same period last year", "the same month a year ago": the
		// last period mentioned, a year earlier
		if t.is(i+1, "same") && t.is(i+2, "period", "month", "quarter", "week", "time", "day") {
			k := i + 3
			if t.is(k, "of") {
				k++
			}
			n := 0
			switch {
			case t.seq(k, "last", "year"), t.seq(k, "a", "year", "ago"), t.seq(k, "a", "year", "earlier"), t.seq(k, "one", "year", "ago"), t.seq(k, "the", "last", "year"),
				t.seq(k, "the", "previous", "year"), t.seq(k, "the", "prior", "year"), t.seq(k, "the", "year", "before"), t.seq(k, "a", "year", "before"):
				n = 2
				if !t.is(k, "last") {
					n = 3
				}
			}
			if n > 0 {
				end := k + n
				if v := t.lastVal; len(v) >= 4 && !t.is(i+2, "time") {
					if y, ok := atoi(v[:4]); ok {
						return res{end: end, val: fmt.Sprintf("%04d", y-1) + v[4:], typ: "DATE", anch: true}, true
					}
				}
				if !t.has {
					return res{end: end, val: "XXXX", typ: "DATE"}, true
				}
				return res{end: end, val: fmt.Sprintf("%04d", t.anchor.Year()-1), typ: "DATE", anch: true}, true
			}
		}
		// "the coming week": the next one
		if t.is(i+1, "coming") {
			if r, ok := t.relUnit(i + 1); ok {
				return r, true
			}
		}
		if t.is(i+1, "next", "following", "previous", "preceding", "same", "prior") {
			if r, ok := t.narrativeDay(i+2, map[string]int{"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0, "prior": -1}[ts[i+1].s]); ok {
				return r, true
			}
			return t.relUnit(i + 1)
		}
		// "later in the day after rising": "the day" alone
		inDay := t.is(i-1, "in") && t.is(i-2, "later", "earlier")
		// "the day before the vote", "the night after the raid": as "the
		// week before the murder", the event is not part of the
		// expression; set off by a comma after a day, the phrase
		// describes that day ("on Tuesday, the day before the vote"),
		// else it is the narrative's day, one off
		if !inDay && t.is(i+1, "day", "night") && t.is(i+2, "before", "after") && t.is(i+3, "the", "his", "her", "its", "their") && !t.is(i-1, "of") {
			off := 1
			if ts[i+2].s == "before" {
				off = -1
			}
			var r res
			if n := len(t.out); n > 0 && i > 0 && t.is(i-1, ",") && t.out[n-1].End == ts[i-1].start && len(t.out[n-1].Value) >= 10 && t.out[n-1].Value[4] == '-' {
				p := t.out[n-1]
				r = res{end: i + 2, val: p.Value[:10], typ: "DATE", anch: p.Anchored}
				if d, err := time.Parse("2006-01-02", r.val); err == nil {
					r.day, r.year = d, d.Year()
				}
			} else if t.refDay.IsZero() {
				// no day told yet: the event's day is unknown
				r = res{end: i + 2, val: "XXXX-XX-XX", typ: "DATE"}
			} else {
				r = t.narrative(i+2, off)
			}
			if ts[i+1].s == "night" && !strings.Contains(r.val, "T") {
				r.val += "TNI"
				r.typ = "TIME"
			}
			return r, true
		}
		if !inDay && t.is(i+1, "day") && t.is(i+2, "before", "after") && !t.is(i+3, "the", "yesterday", "tomorrow", "his", "her", "its", "their", "a", "an") && !(i+3 < len(ts) && !ts[i+3].nl && ts[i+3].kind == 'a' && isUpper(ts[i+3].raw)) {
			off := 1
			if ts[i+2].s == "before" {
				off = -1
			}
			r := t.narrative(i+3, off)
			return r, true
		}
		// "the week before the murder", "the week after": the week before
		// or after the narrative's day; the event named after it is not
		// part of the expression
		if !inDay && t.is(i+1, "week") && t.is(i+2, "before", "after") && !t.is(i-1, "of") {
			off := 7
			if ts[i+2].s == "before" {
				off = -7
			}
			end := i + 2
			if i+3 >= len(ts) || ts[i+3].nl || ts[i+3].kind == 'p' {
				end = i + 3 // "the week before."
			}
			base, ok := t.ref()
			if !ok {
				return res{end: end, val: "XXXX-WXX", typ: "DATE"}, true
			}
			return res{end: end, val: week(base.AddDate(0, 0, off)), typ: "DATE", anch: true}, true
		}
		// "the first day of March", "the last day of the month": that day
		if t.is(i+1, "first", "last") && t.is(i+2, "day") && t.is(i+3, "of") {
			return t.edgeDay(i)
		}
		if t.is(i+1, "last", "past") {
			if _, ok := units[t.tokS(i+2)]; ok && t.tokS(i+2) != "decade" {
				return t.relUnit(i + 1)
			}
		}
		// "in the afternoon": the narrative's day
		if p, ok := partsOfDay[t.tokS(i+1)]; ok && t.is(i-1, "in", "during", "through", "throughout", "by", "until") {
			r := t.narrative(i+2, 0)
			r.val += "T" + p
			r.typ = "TIME"
			return r, true
		}
		// "in the week", "later in the day", "the whole year": the
		// narrative's day, week, month or year
		k := i + 1
		if t.is(k, "entire", "whole") {
			k++
		}
		// "at the time", "by that time": the narrative's day
		// ("said at the time that …": the "that" is the verb's)
		if t.is(i+1, "time") && t.is(i-1, "at", "by", "since") && !t.is(i+2, "of", "when", "to") && (!t.is(i+2, "that") || t.saidBefore(i-1)) {
			if !t.refDay.IsZero() {
				return dateRes(i+2, t.refDay, true), true
			}
			return res{}, false
		}
		// "the quarter ended June 30", "the week ending Friday": the
		// period holding that day
		if t.is(k, "week", "month", "quarter") && t.is(k+1, "ended", "ending") {
			if d, ok := t.dateCore(k + 2); ok && !d.day.IsZero() {
				b := d.day
				switch ts[k].s {
				case "week":
					d.val = week(b)
				case "month":
					d.val = b.Format("2006-01")
				case "quarter":
					d.val = fmt.Sprintf("%04d-Q%d", b.Year(), (int(b.Month())-1)/3+1)
				}
				d.typ, d.day = "DATE", time.Time{}
				return d, true
			}
		}
		// "the day's losses", "the year's biggest drop"
		poss := t.is(k+1, "'", "’") && t.is(k+2, "s") && ts[k+1].glued && ts[k+2].glued
		if t.is(k, "day", "week", "weekend", "month", "year", "quarter") && (inDay || poss || !t.is(k+1, "of", "when", "that", "-", "in", "to", "after", "before", "'", "’")) &&
			(k > i+1 || poss || t.is(i-1, "in", "during", "for", "throughout", "over", "on", "of") || t.is(i-1, closeVerbs...) || ts[k].s == "weekend" && t.is(i-1, "at")) {
			return t.anaphoricUnit(k+1, ts[k].s), true
		}
		// "the days ahead", "the months ahead": vague durations to come
		if v, ok := vagueUnits[t.tokS(i+1)]; ok && t.is(i+2, "ahead") {
			return res{end: i + 3, val: v, typ: "DURATION", anch: true}, true
		}
		return res{}, false
	case "that":
		if t.is(i+1, "time") && t.is(i-1, "at", "by", "since", "until") {
			if r, ok := t.timeRef(i + 2); ok {
				return r, true
			}
		}
		if t.is(i+1, "day") {
			return t.narrative(i+2, 0), true
		}
		if t.is(i+1, "year") && t.refYear != 0 {
			return res{end: i + 2, val: fmt.Sprintf("%04d", t.refYear), typ: "DATE", anch: true, year: t.refYear}, true
		}
		// "later that week", "that month": the narrative's week or month
		if t.is(i+1, "week", "month", "weekend") && !t.is(i+2, "-", "'", "’") {
			// a month or week told last is that one ("in May 2021 …
			// that month")
			if v := t.lastVal; ts[i+1].s == "month" && len(v) == 7 && v[4] == '-' || ts[i+1].s == "week" && len(v) == 8 && v[5] == 'W' {
				y, _ := atoi(v[:4])
				return res{end: i + 2, val: v, typ: "DATE", anch: true, year: y}, true
			}
			return t.anaphoricUnit(i+2, ts[i+1].s), true
		}
		if t.is(i+1, "morning", "afternoon", "evening", "night") {
			r := t.narrative(i+2, 0)
			r.val += "T" + partsOfDay[ts[i+1].s]
			r.typ = "TIME"
			return r, true
		}
		return res{}, false
	case "current":
		// "current year", "current quarter" (no weekday, month or part of day)
		return t.relUnit(i)
	case "this", "last", "next", "past", "coming":
		if s == "past" || s == "coming" {
			if !t.is(i-1, "this") {
				return res{}, false
			}
		}
		if s == "this" && t.is(i+1, "past", "coming") && !t.ts[i+1].nl {
			// "this past weekend", "this coming Monday": one expression
			return t.relative(i + 1)
		}
		// this morning, last night
		if p, ok := partsOfDay[t.tokS(i+1)]; ok && s != "next" && s != "past" && s != "coming" {
			off := 0
			if s == "last" {
				off = -1
				if p != "NI" {
					return res{}, false
				}
			}
			r := t.dayOffset(i+2, off)
			r.val += "T" + p
			r.typ = "TIME"
			return r, true
		}
		if wd, j, ok := weekdayAt(ts, i+1); ok {
			rel := s
			if s == "past" {
				rel = "last" // "this past Sunday"
			}
			r := t.weekday(j, wd, i, rel)
			// "last Sunday night"
			if p, ok := partsOfDay[t.tokS(r.end)]; ok && !ts[r.end].nl {
				r.val += "T" + p
				r.typ = "TIME"
				r.end++
			}
			return r, true
		}
		if m, j, ok := monthAt(ts, i+1); ok {
			return t.relMonth(j, m, s), true
		}
		return t.relUnit(i)
	}
	// N units ago, N units later
	if n, j, ok := t.count(i); ok {
		if u, ok := units[t.tokS(j)]; ok && !u.time {
			if t.is(j+1, "ago") {
				return t.shift(j+2, -n, u, t.anchor, t.has, i)
			}
			// "two weeks from now", "a month from today"
			if t.is(j+1, "from") && t.is(j+2, "now", "today") {
				return t.shift(j+3, n, u, t.anchor, t.has, i)
			}
			if t.is(j+1, "later", "earlier") && t.is(j+2, "than") {
				// "arrives on May 9, two days later than planned": the
				// comparison is with a time the text does not give, so the
				// shift is not from the narrative's day; set off by a comma
				// after a date, the phrase describes that date
				if n := len(t.out); n > 0 && i > 0 && t.is(i-1, ",") && t.out[n-1].End == ts[i-1].start && len(t.out[n-1].Value) == 10 {
					p := t.out[n-1]
					return res{end: j + 2, val: p.Value, typ: "DATE", anch: p.Anchored}, true
				}
				return res{}, false
			}
			if t.is(j+1, "later", "earlier") {
				base, ok := t.ref()
				if u.code == "Y" && t.refYear != 0 && t.refYear != base.Year() {
					// "left in 2011, returned three years later": the
					// last year mentioned, when it is not the reference
					// day's
					base, ok = time.Date(t.refYear, 6, 30, 0, 0, 0, 0, time.UTC), true
				}
				if ts[j+1].s == "earlier" {
					n = -n
				}
				return t.shift(j+2, n, u, base, ok, i)
			}
		}
	}
	return res{}, false
}

// sayVerbs report speech; a "that" after the time they are said at is
// theirs: "wrote in a letter at the time that she …".
var sayVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true, "wrote": true, "announced": true,
	"insisted": true, "added": true, "claimed": true, "argued": true, "explained": true, "noted": true, "say": true}

// saidBefore reports whether a speech verb stands at most six tokens before
// token at in its sentence.
func (t *tagger) saidBefore(at int) bool {
	for k := at - 1; k >= at-6 && k >= t.sentStart[at]; k-- {
		if sayVerbs[t.ts[k].s] {
			return true
		}
	}
	return false
}

// closeVerbs close or open a period: "ended the week lower", "began the
// year".
var closeVerbs = []string{"ended", "ends", "end", "ending", "closed", "closes", "close", "closing", "finished", "finishes", "finish",
	"began", "begins", "begin", "beginning", "started", "starts", "start", "opened", "opens", "open", "wrapped", "spent"}

// extentVerbs take a length of time as object: "it took a decade", "spent
// a year in prison".
var extentVerbs = []string{"took", "take", "takes", "taking", "taken", "spent", "spend", "spends", "spending", "lasted", "lasts", "lasting", "waited"}

// count reads a number or "a"/"an".
func (t *tagger) count(i int) (float64, int, bool) {
	return number(t.ts, i)
}

// shift resolves "N units ago/later" at the granularity of the unit.
func (t *tagger) shift(end int, n float64, u unit, base time.Time, ok bool, at int) (res, bool) {
	if n != float64(int(n)) {
		return res{}, false
	}
	k := int(n) * u.mult
	if u.code == "D" && t.is(at-1, "-") {
		return res{}, false
	}
	if !ok {
		v := map[string]string{"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[u.code]
		if v == "" {
			return res{}, false
		}
		return res{end: end, val: v, typ: "DATE"}, true
	}
	switch u.code {
	case "D":
		d := base.AddDate(0, 0, k)
		return dateRes(end, d, true), true
	case "W":
		return res{end: end, val: week(base.AddDate(0, 0, 7*k)), typ: "DATE", anch: true}, true
	case "M":
		d := firstOfMonth(base).AddDate(0, k, 0)
		return res{end: end, val: d.Format("2006-01"), typ: "DATE", anch: true, year: d.Year()}, true
	case "Y":
		y := base.Year() + k
		if u.mult == 10 {
			return res{end: end, val: fmt.Sprint(y / 10), typ: "DATE", anch: true}, true
		}
		return res{end: end, val: fmt.Sprintf("%04d", y), typ: "DATE", anch: true, year: y}, true
	}
	return res{}, false
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// dayOffset is the publication date plus off days.
func (t *tagger) dayOffset(end, off int) res {
	if !t.has {
		v := "XXXX-XX-XX"
		if off == 0 && !t.partOfDayAt(end) {
			v = "PRESENT_REF" // "today", but "this morning" is a day's part
		}
		return res{end: end, val: v, typ: "DATE"}
	}
	return dateRes(end, t.anchor.AddDate(0, 0, off), true)
}

// timeRef resolves "at that time", "since that time": the last date
// mentioned, a day ("On Friday … at that time") or a coarser one ("since
// 2007 … since that time"). ("At the time" follows the narrative's day.)
func (t *tagger) timeRef(end int) (res, bool) {
	if v := t.lastVal; v != "" && !(len(v) == 10 && v[4] == '-' && v[7] == '-') {
		y, _ := atoi(v[:4])
		return res{end: end, val: v, typ: "DATE", anch: true, year: y}, true
	}
	if !t.refDay.IsZero() {
		return dateRes(end, t.refDay, true), true
	}
	return res{}, false
}

// partOfDayAt reports whether a part of the day will be added to the day
// that ends at token end: "this morning", "today at noon", "tonight".
func (t *tagger) partOfDayAt(end int) bool {
	if _, ok := partsOfDay[t.tokS(end)]; ok {
		return true
	}
	_, ok := partsOfDay[t.tokS(end-1)]
	return ok || t.is(end-1, "tonight")
}

// narrative is the narrative reference day plus off days.
func (t *tagger) narrative(end, off int) res {
	base, ok := t.ref()
	if !ok {
		return res{end: end, val: "XXXX-XX-XX", typ: "DATE"}
	}
	return dateRes(end, base.AddDate(0, 0, off), true)
}

// narrativeDay matches "day", "morning", "night"… after "the next".
func (t *tagger) narrativeDay(i, off int) (res, bool) {
	switch s := t.tokS(i); s {
	case "day":
		return t.narrative(i+1, off), true
	case "morning", "afternoon", "evening", "night":
		r := t.narrative(i+1, off)
		r.val += "T" + partsOfDay[s]
		r.typ = "TIME"
		return r, true
	}
	return res{}, false
}

// anaphoricUnit is the narrative reference's day, week, month, quarter or
// year ("the week" in "earlier in the week").
func (t *tagger) anaphoricUnit(end int, u string) res {
	if u == "year" && t.refYear != 0 {
		return res{end: end, val: fmt.Sprintf("%04d", t.refYear), typ: "DATE", anch: true, year: t.refYear}
	}
	base, ok := t.ref()
	if !ok {
		v := map[string]string{"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX"}[u]
		return res{end: end, val: v, typ: "DATE"}
	}
	switch u {
	case "day":
		return dateRes(end, base, true)
	case "week":
		return res{end: end, val: week(base), typ: "DATE", anch: true}
	case "weekend":
		return res{end: end, val: t.weekendOf(base) + "-WE", typ: "DATE", anch: true}
	case "month":
		return res{end: end, val: base.Format("2006-01"), typ: "DATE", anch: true, year: base.Year()}
	case "quarter":
		return res{end: end, val: fmt.Sprintf("%04d-Q%d", base.Year(), (int(base.Month())-1)/3+1), typ: "DATE", anch: true, year: base.Year()}
	}
	return res{end: end, val: fmt.Sprintf("%04d", base.Year()), typ: "DATE", anch: true, year: base.Year()}
}

// weekendOf is the ISO week whose weekend "the weekend" or "this weekend"
// means on day base: on a working day, in a clause about the past, the one
// just gone (it belongs to the week before); else the coming one.
func (t *tagger) weekendOf(base time.Time) string {
	if wd := base.Weekday(); wd != time.Saturday && wd != time.Sunday && !t.fut(t.cur) {
		return week(base.AddDate(0, 0, -7))
	}
	return week(base)
}

// relMonth resolves "last March", "next March", "this March".
func (t *tagger) relMonth(end int, m int, rel string) res {
	if !t.has {
		return res{end: end, val: fmt.Sprintf("XXXX-%02d", m), typ: "DATE"}
	}
	y, am := t.anchor.Year(), int(t.anchor.Month())
	switch rel {
	case "last":
		if m >= am {
			y--
		}
	case "next", "coming":
		if m <= am {
			y++
		}
	}
	return res{end: end, val: fmt.Sprintf("%04d-%02d", y, m), typ: "DATE", anch: true, year: y}
}

// relUnit resolves "this week", "last month", "next year", "the following
// week", "this weekend", "last quarter" with the determiner at i.
func (t *tagger) relUnit(i int) (res, bool) {
	det := t.tokS(i)
	off, isDeictic := deictic[det]
	if !isDeictic {
		var ok bool
		if off, ok = anaphoric[det]; !ok {
			return res{}, false
		}
	}
	if det == "next" && t.is(i-1, "the") {
		isDeictic = false // "the next week" follows the narrative
	}
	us := t.tokS(i + 1)
	u, ok := units[us]
	if !ok || u.time || us[len(us)-1] == 's' && us != "centuries" {
		return res{}, false
	}
	if t.is(i+2, "-") && t.ts[i+2].glued && t.is(i+3, "long", "old", "end", "over", "ago", "round") || t.is(i+2, "old") {
		return res{}, false
	}
	// "the last day of his visit" is no yesterday
	if us == "day" && det == "last" && t.is(i+2, "of") {
		return res{}, false
	}
	end := i + 2
	var base time.Time
	if isDeictic {
		base, ok = t.anchor, t.has
	} else if us == "year" && t.refYear != 0 {
		base, ok = time.Date(t.refYear, 6, 30, 0, 0, 0, 0, time.UTC), true
	} else {
		base, ok = t.ref()
	}
	if !ok {
		v := map[string]string{"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Y": "XXXX"}[u.code]
		if us == "quarter" {
			v = "XXXX-QX"
		}
		if v == "" {
			return res{}, false
		}
		return res{end: end, val: v, typ: "DATE"}, true
	}
	switch {
	case us == "day":
		return dateRes(end, base.AddDate(0, 0, off), true), true
	case us == "week":
		return res{end: end, val: week(base.AddDate(0, 0, 7*off)), typ: "DATE", anch: true}, true
	case us == "weekend" && off == 0:
		return res{end: end, val: t.weekendOf(base) + "-WE", typ: "DATE", anch: true}, true
	case us == "weekend":
		return res{end: end, val: week(base.AddDate(0, 0, 7*off)) + "-WE", typ: "DATE", anch: true}, true
	case us == "month":
		d := firstOfMonth(base).AddDate(0, off, 0)
		return res{end: end, val: d.Format("2006-01"), typ: "DATE", anch: true, year: d.Year()}, true
	case us == "quarter":
		q := (int(base.Month())-1)/3 + off
		y := base.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		return res{end: end, val: fmt.Sprintf("%04d-Q%d", y, q+1), typ: "DATE", anch: true, year: y}, true
	case us == "year":
		y := base.Year() + off
		return res{end: end, val: fmt.Sprintf("%04d", y), typ: "DATE", anch: true, year: y}, true
	case us == "decade":
		return res{end: end, val: fmt.Sprint(base.Year()/10 + off), typ: "DATE", anch: true}, true
	case us == "century":
		return res{end: end, val: fmt.Sprint(base.Year()/100 + off), typ: "DATE", anch: true}, true
	}
	return res{}, false
}

// ---- durations and sets ----

// duration matches "three years", "a five-year plan", "the past two
// weeks", "several months", "24 hours", "two and a half years".
func (t *tagger) duration(i int) (res, bool) {
	ts := t.ts
	j := i
	if t.is(j, "the") && t.is(j+1, "coming", "recent") && !t.is(j+2, "few", "several") {
		j++ // "the coming months": the vague word counts
	} else if t.is(j, "the") && t.is(j+1, "past", "last", "next", "first", "coming", "previous", "following", "final") {
		j += 2
	}
	if t.is(i-1, "once", "twice", "times", "per") || i > 0 && ts[i-1].kind == 'd' && t.is(i, "a", "an") && !ts[i].nl {
		return res{}, false
	}
	// the past decade, the next century
	if j > i && t.is(j, "decade", "century") {
		return res{end: j + 1, val: map[string]string{"decade": "P10Y", "century": "P100Y"}[ts[j].s], typ: "DURATION", anch: true}, true
	}
	n, k, ok := t.count(j)
	if t.is(j, "a") && t.is(j+1, "few", "couple") {
		ok = false
	}
	vague := false
	if !ok {
		switch {
		case t.is(j, "a") && t.is(j+1, "few", "couple"):
			k = j + 2
			if t.is(k, "of") {
				k++
			}
		case vagueNumbers[t.tokS(j)]:
			k = j + 1
		case j > i && t.is(j, "few", "several"):
			k = j + 1
		default:
			return res{}, false
		}
		vague = true
	} else if ts[j].kind == 'd' && (j > 0 && (isCurrency(ts[j-1].s) || ts[j-1].s == "." && ts[j].glued)) {
		return res{}, false
	}
	adj := false
	if t.is(k, "-") && ts[k].glued && !vague {
		adj = true
		k++
	}
	// "three consecutive days", "five straight years"
	if !adj && !vague && t.is(k, "consecutive", "straight", "successive") {
		k++
	}
	us := t.tokS(k)
	u, ok := units[us]
	// "two nights", "a night in custody": days counted by their nights
	if !ok && (us == "nights" || us == "night") && !adj {
		// a night is no length before a noun: "a night sky", "a night shift"
		if nx := k + 1; us == "nights" || nx >= len(ts) || ts[nx].nl || ts[nx].kind == 'p' || t.is(nx, "in", "at", "on", "with", "and", "or", "but", "before", "after", "away", "behind", "under", "without", "together", "ago", "later", "earlier") {
			u, ok = unit{"D", false, 1}, true
		}
	}
	// "the coming week", "recent year" are dates, not vague durations
	if vague && ok && us[len(us)-1] != 's' {
		return res{}, false
	}
	if !ok && !vague && !adj && t.is(k, "to", "and", "or") && (t.is(k-2, "between", "from") || t.is(k-1-(k-j), "between", "from")) {
		// "between 60 and 90 days": the first bound is a duration of the
		// same unit on its own
		if _, k2, ok2 := t.count(k + 1); ok2 && k2 > k+1 {
			if u2, ok3 := units[t.tokS(k2)]; ok3 && u2.code != "WE" && !t.is(k2+1, "old", "-") {
				v := "P"
				if u2.time {
					v = "PT"
				}
				return res{end: k, val: v + fmtNum(n*float64(u2.mult)) + u2.code, typ: "DURATION", anch: true}, true
			}
		}
	}
	if !ok || us == "weekend" || us == "weekends" || (us == "quarter" || us == "quarters") && vague {
		// seasons count years in sport: "11 seasons", "one season"
		if (us == "season" || us == "seasons") && !vague && !adj {
			u, ok = unit{"Y", false, 1}, true
		} else {
			return res{}, false
		}
	}
	if ts[k].nl {
		return res{}, false
	}
	// "a quarter of the dealers", "one quarter of"
	if (us == "quarter" || us == "quarters") && (t.is(j, "a", "an") || t.is(k+1, "of")) {
		return res{}, false
	}
	end := k + 1
	// "a second term", "for a second time": the ordinal, not the unit
	if us == "second" && end < len(ts) && ts[end].kind == 'a' && !t.is(end, "ago", "later", "earlier", "before", "after", "and", "or", "of", "in", "to") {
		return res{}, false
	}
	// "36-year-old", "the 10 years old"
	if t.is(end, "-") && t.is(end+1, "old") || t.is(end, "old") {
		return res{}, false
	}
	// "a year and a half"
	if !vague && t.seq(end, "and", "a", "half") {
		n += 0.5
		end += 3
	}
	if !vague && n == 1 && ts[j].s == "a" && u.code == "Y" && t.is(end, "ago") {
		return res{}, false
	}
	// "one day" as in "one day he left" is not a duration when sentence-initial
	if !vague && (ts[j].s == "one" || ts[j].s == "a") && (us == "day" || us == "night") && (j == 0 || ts[j].nl || t.is(j-1, ".", ",")) {
		return res{}, false
	}
	// plain "a day", "a week", "a month" stand for frequencies too often;
	// keep them after a preposition of extent only
	if !vague && (ts[j].s == "a" || ts[j].s == "an") && j == i && !t.is(i-1, "for", "than", "in", "within", "over", "about", "nearly", "almost", "around", "least", "after", "to", "past", "last") && !t.is(i-1, extentVerbs...) && !t.is(end, "after", "before", "later", "earlier", "following", "since") {
		return res{}, false
	}
	var v string
	p := "P"
	if u.time {
		p = "PT"
	}
	switch {
	case vague && u.mult == 10:
		v = p + "XDE"
	case vague && u.mult == 100:
		v = p + "XCE"
	case vague && u.mult == 3:
		v = p + "XM"
	case vague:
		v = p + "X" + u.code
	default:
		v = p + fmtNum(n*float64(u.mult)) + u.code
	}
	return res{end: end, val: v, typ: "DURATION", anch: true}, true
}

var frequencies = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y",
	"quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D",
}

// set matches "every Monday", "each year", "weekly", "twice a year".
func (t *tagger) set(i int) (res, bool) {
	ts := t.ts
	s := t.tokS(i)
	if v, ok := frequencies[s]; ok && !isUpper(ts[i].raw) {
		return res{end: i + 1, val: v, typ: "SET", anch: true}, true
	}
	if s == "every" || s == "each" || (s == "a" || s == "per") && (t.is(i-1, "once", "twice", "times") || i > 0 && ts[i-1].kind == 'd') {
		j := i + 1
		if t.is(j, "other") {
			j++
		}
		if wd, k, ok := weekdayAt(ts, j); ok {
			return res{end: k, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), typ: "SET", anch: true}, true
		}
		n := 1.0
		if num, k, ok := number(ts, j); ok && ts[j].s != "a" && ts[j].s != "an" {
			n, j = num, k
		}
		if t.is(i+1, "other") {
			n *= 2
		}
		us := t.tokS(j)
		if u, ok := units[us]; ok && us != "weekend" && us != "weekends" {
			p := "P"
			if u.time {
				p = "PT"
			}
			return res{end: j + 1, val: p + fmtNum(n*float64(u.mult)) + u.code, typ: "SET", anch: true}, true
		}
		if p, ok := partsOfDay[us]; ok {
			return res{end: j + 1, val: "XXXX-XX-XXT" + p, typ: "SET", anch: true}, true
		}
	}
	// "on Mondays"
	if len(s) > 6 && s[len(s)-1] == 's' && t.is(i-1, "on") {
		if wd, ok := weekdays[s[:len(s)-1]]; ok && isUpper(ts[i].raw) {
			return res{end: i + 1, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), typ: "SET", anch: true}, true
		}
	}
	return res{}, false
}

// ---- clock times ----

var zones = map[string]bool{
	"utc": true, "gmt": true, "et": true, "est": true, "edt": true, "pt": true, "pst": true, "pdt": true,
	"ct": true, "cst": true, "cdt": true, "mt": true, "mst": true, "mdt": true, "bst": true, "cet": true, "cest": true,
	"eet": true, "eest": true, "msk": true, "ist": true, "jst": true,
}

// clock matches "5:40 p.m. ET", "8.40am", "2 pm", "16:00 UTC", "noon"; its
// value is the part to add to a date, "T17:40" or "T16:00Z".
func (t *tagger) clock(i int) (res, bool) {
	ts := t.ts
	switch t.tokS(i) {
	case "noon", "midday", "midnight":
		r := res{end: i + 1, val: "T12:00", typ: "TIME"}
		if t.tokS(i) == "midnight" {
			r.val = "T24:00"
		}
		if i+1 < len(ts) && zones[ts[i+1].s] && !ts[i+1].nl {
			r.zone = ts[i+1].s // "midnight GMT"
			r.end++
		} else if n, z := t.namedZone(i + 1); n > 0 {
			r.zone = z // "noon local time", "noon Moscow time"
			r.end += n
		}
		return r, true
	}
	// "1930 UTC", "0100 GMT": four digits of a clock with a zone
	if i+1 < len(ts) && ts[i].kind == 'd' && len(ts[i].s) == 4 && t.is(i+1, "utc", "gmt") && !ts[i+1].glued && !ts[i+1].nl {
		h, _ := atoi(ts[i].s[:2])
		mi, _ := atoi(ts[i].s[2:])
		if h <= 24 && mi <= 59 {
			return res{end: i + 2, val: fmt.Sprintf("T%02d:%02d", h, mi), typ: "TIME", zone: ts[i+1].s}, true
		}
	}
	if i >= len(ts) || ts[i].kind != 'd' || len(ts[i].s) > 2 {
		return res{}, false
	}
	h, _ := atoi(ts[i].s)
	mi := 0
	j := i + 1
	sep := ""
	if j+1 < len(ts) && (ts[j].s == ":" || ts[j].s == ".") && ts[j].glued && ts[j+1].kind == 'd' && len(ts[j+1].s) == 2 {
		sep = ts[j].s
		mi, _ = atoi(ts[j+1].s)
		j += 2
	}
	// am / pm / a.m. / p.m.
	ampm := ""
	switch {
	case t.is(j, "am", "pm"):
		ampm = ts[j].s
		j++
	case (t.is(j, "a") || t.is(j, "p")) && t.is(j+1, ".") && t.is(j+2, "m"):
		ampm = ts[j].s + "m"
		j += 3
		if t.is(j, ".") && ts[j].glued && j+1 < len(ts) && !ts[j+1].nl && (zones[ts[j+1].s] || ts[j+1].kind == 'a' && !isUpper(ts[j+1].raw) || t.knownZone(j+1)) {
			j++ // "p.m. ET", "p.m. on", "p.m. Pacific time"
		}
	}
	if ampm == "" && sep != ":" {
		return res{}, false
	}
	if h > 24 || mi > 59 || ampm != "" && (h > 12 || h == 0) {
		return res{}, false
	}
	if ampm == "pm" && h < 12 {
		h += 12
	}
	if ampm == "am" && h == 12 {
		h = 0
	}
	z := ""
	if k := j; t.is(k, "(") || t.is(k, "gmt", "utc") || t.is(k, ".") && t.is(k+1, "(") {
		// "(GMT +8)", "UTC-5"
		if ts[k].s == "." {
			k++
		}
		paren := ts[k].s == "("
		if paren {
			k++
		}
		if t.is(k, "gmt", "utc") && t.is(k+1, "+", "-") && k+2 < len(ts) && ts[k+2].kind == 'd' && len(ts[k+2].s) <= 2 {
			z = "utc" + ts[k+1].s + ts[k+2].s
			k += 3
			if paren {
				if !t.is(k, ")") {
					z = ""
				}
				k++
			}
			if z != "" {
				j = k
			}
		}
	}
	if z != "" {
	} else if zones[t.tokS(j)] {
		z = ts[j].s
		j++
	} else if n, zn := t.namedZone(j); n > 0 {
		j += n // "local time", "Greek time", "Eastern Standard Time"
		z = zn
	}
	if ampm == "" && z == "" && (len(ts[i].s) < 2 || !t.is(i-1, "at", "around", "about", "by", "until", "before", "after", "from", "approximately", "since")) {
		return res{}, false
	}
	return res{end: j, val: fmt.Sprintf("T%02d:%02d", h, mi), typ: "TIME", zone: z}, true
}

// namedZone matches a zone named in words after a clock time, returning
// the tokens it takes and the zone: "Greek time" (greek), "Eastern
// Standard Time" (est), "Greenwich Mean Time" (gmt). "Local time" and a
// region of several zones ("Russian time") take their tokens but no zone.
func (t *tagger) namedZone(j int) (int, string) {
	ts := t.ts
	if j >= len(ts) || ts[j].kind != 'a' || ts[j].nl || !(ts[j].s == "local" || isUpper(ts[j].raw)) {
		return 0, ""
	}
	if t.is(j+1, "time") {
		if ts[j].s == "local" {
			return 2, ""
		}
		if _, ok := zoneNamed[ts[j].s]; ok {
			return 2, ts[j].s
		}
		return 2, ""
	}
	if t.is(j+1, "standard", "daylight") && t.is(j+2, "time") {
		if l, ok := usRegions[ts[j].s]; ok {
			return 3, l + map[string]string{"standard": "st", "daylight": "dt"}[ts[j+1].s]
		}
	}
	if ts[j].s == "greenwich" && t.is(j+1, "mean") && t.is(j+2, "time") {
		return 3, "gmt"
	}
	// "8 p.m. Eastern": an American region alone, not the first word of a
	// name ("5 p.m. Pacific Gas")
	if _, ok := usRegions[ts[j].s]; ok && (j+1 >= len(ts) || ts[j+1].nl || ts[j+1].kind == 'p' || !isUpper(ts[j+1].raw)) {
		return 1, ts[j].s
	}
	return 0, ""
}

// knownZone reports whether a zone Parley converts is named in words at j
// ("Moscow time", "Eastern Standard Time"): after "p.m." such a name
// continues the expression, where any capitalised word may begin a
// sentence.
func (t *tagger) knownZone(j int) bool {
	_, z := t.namedZone(j)
	return z != ""
}

// usRegions are the American zone regions by their letter ("Eastern
// Standard Time" is EST).
var usRegions = map[string]string{"eastern": "e", "central": "c", "mountain": "m", "pacific": "p"}

// clockFirst matches a clock time, with the day it is on after it ("1:30
// a.m. Sunday", "16:00 UTC today", "2 p.m. on February 1"); without one, the
// day is the narrative reference.
func (t *tagger) clockFirst(i int) (res, bool) {
	if r, ok := t.asides[i]; ok {
		return r, true
	}
	c, ok := t.clock(i)
	if !ok {
		return res{}, false
	}
	r, ok := t.clockDay(c)
	if ok {
		t.pairAside(&r, c)
	}
	return r, ok
}

// pairAside gives r, the value of the clock time c without a zone on its
// day, the UTC value of the same time given in a zone in parentheses after
// it ("10:15 a.m. (0215 GMT) on Tuesday"), and records that value for the
// aside, an expression of its own when r does not cover it.
func (t *tagger) pairAside(r *res, c res) {
	if c.zone != "" {
		return
	}
	a, at, found := t.aside(c.end)
	if !found {
		return
	}
	v, anch := "", r.anch
	if t.is(a.end, ")") {
		var ok bool
		if v, ok = sameInstant(r.val, c, a); !ok {
			return
		}
	} else {
		// "(2030 GMT Saturday)": the aside names its own day
		d, ok := t.clockDay(a)
		if !ok || !t.is(d.end, ")") || len(d.val) < 11 || d.val[10] != 'T' || d.val[0] == 'X' {
			return
		}
		v, anch, a.end = d.val, d.anch, d.end
	}
	r.val = v
	if r.end <= at {
		t.asides[at] = res{end: a.end, val: v, typ: "TIME", anch: anch}
	}
}

// aside finds, after a clock time ending at j, the same time in a zone in
// parentheses ("(0215 GMT)", "(2030 GMT Saturday)"), and the index of its
// first token.
func (t *tagger) aside(j int) (res, int, bool) {
	if t.is(j, ".") {
		j++
	}
	if !t.is(j, "(") {
		return res{}, 0, false
	}
	a, ok := t.clock(j + 1)
	if !ok || a.zone == "" {
		return res{}, 0, false
	}
	for k := a.end; k < len(t.ts) && k <= a.end+4 && !t.ts[k].nl; k++ {
		if t.is(k, ")") {
			return a, j + 1, true
		}
	}
	return res{}, 0, false
}

// sameInstant gives a clock time without a zone on the day of value v
// ("2013-05-14T10:15") the UTC value of the zoned time a that the text
// pairs with it, taking the day that puts the two within the offsets of
// real zones (UTC-12 to UTC+14).
func sameInstant(v string, c, a res) (string, bool) {
	if len(v) < 11 || v[10] != 'T' {
		return "", false
	}
	d, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return "", false
	}
	h, _ := atoi(c.val[1:3])
	m, _ := atoi(c.val[4:6])
	local := d.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	best, bestOff := "", time.Duration(-1)
	for k := -1; k <= 1; k++ {
		u := withClock(d.AddDate(0, 0, k).Format("2006-01-02"), a)
		ut, err := time.Parse("2006-01-02T15:04Z", u)
		if err != nil {
			return "", false
		}
		off := local.Sub(ut)
		if off < -12*time.Hour || off > 14*time.Hour {
			continue
		}
		if off < 0 {
			off = -off
		}
		if bestOff < 0 || off < bestOff {
			best, bestOff = u, off
		}
	}
	return best, best != ""
}

// clockDay puts the clock time c on its day: the one after it,
// else the narrative's.
func (t *tagger) clockDay(c res) (res, bool) {
	j := c.end
	if t.is(j, ".") {
		j++
	}
	// "9:15 p.m. BST (2015 UTC) on June 3": past a short aside
	if t.is(j, "(") {
		for k := j + 1; k < len(t.ts) && k <= j+5 && !t.ts[k].nl; k++ {
			if t.is(k, ")") {
				if t.is(k+1, "on", ",") {
					j = k + 1
				}
				break
			}
		}
	}
	// "8.40am on Saturday", "16:15 UTC, June 1st": two expressions, the
	// clock time on the day that follows it; "1:30 a.m. Sunday": one
	split := false
	if t.is(j, "on", ",") {
		j++
		_, _, wd := weekdayAt(t.ts, j)
		split = wd || t.ts[j-1].s == ","
	}
	if d, ok := t.dateCore(j); ok && !d.day.IsZero() || ok && (d.val == "XXXX-XX-XX" || len(d.val) == 10) {
		d.val = withClock(d.val, c)
		d.typ = "TIME"
		if split {
			d.end = c.end
			d.day, d.year, d.explicit = time.Time{}, 0, false
		}
		return d, true
	}
	if split {
		j = c.end
	}
	if t.is(j, "today", "yesterday", "tomorrow") {
		d, _ := t.relative(j)
		d.val = withClock(d.val, c)
		d.typ = "TIME"
		return d, true
	}
	base, ok := t.ref()
	if !ok {
		return res{end: c.end, val: "XXXX-XX-XX" + c.val, typ: "TIME"}, true
	}
	return res{end: c.end, val: withClock(day(base), c), typ: "TIME", anch: true}, true
}

// vagueUnits are the plural units a bare vague duration is made of.
var vagueUnits = map[string]string{"years": "PXY", "decades": "PXDE", "months": "PXM", "weeks": "PXW", "centuries": "PXCE",
	"days": "PXD", "hours": "PTXH", "minutes": "PTXM"}

// vague matches vague durations and references without a number: "for
// years", "over the years", "decades-long", "(for) the long term"
// (FUTURE_REF).
func (t *tagger) vague(i int) (res, bool) {
	ts := t.ts
	switch s := t.tokS(i); s {
	case "over":
		// "over the years", "over the decades"
		if t.is(i+1, "the") {
			if v, ok := vagueUnits[t.tokS(i+2)]; ok && !t.is(i+2, "days", "hours", "minutes") && !t.is(i+3, "of", "to", "-", "before", "after", "since") {
				return res{end: i + 3, val: v, typ: "DURATION", anch: true}, true
			}
		}
	case "years", "decades", "months", "weeks", "centuries", "days", "hours", "minutes":
		// "decades-long", "years-long"
		if t.is(i+1, "-") && ts[i+1].glued && t.is(i+2, "long") && i+2 < len(ts) && ts[i+2].glued {
			return res{end: i + 3, val: vagueUnits[s], typ: "DURATION", anch: true}, true
		}
		// "(for) years", "(for) hours"; the preposition is not part of
		// the extent (TIMEX3)
		if t.is(i-1, "for") && !t.is(i+1, "of", "-", "old") {
			return res{end: i + 1, val: vagueUnits[s], typ: "DURATION", anch: true}, true
		}
		// "Hours after the vote", "days before the blast": the vague
		// length, as "two days before the launch" is one, when it opens
		// the clause
		if t.is(i+1, "after", "before") && (i == t.sentStart[i] || ts[i].nl || t.is(i-1, ",", ";", ":", "just", "only", "and", "but")) {
			return res{end: i + 1, val: vagueUnits[s], typ: "DURATION", anch: true}, true
		}
		// "the worst fighting in months", "a deal within days": only
		// when the phrase ends there
		if t.is(i-1, "in", "within") && (i+1 >= len(ts) || ts[i+1].nl || ts[i+1].kind == 'p' && ts[i+1].s != "-" && ts[i+1].s != "'" && ts[i+1].s != "’" || t.is(i+1, "and", "but", "as", "when")) {
			return res{end: i + 1, val: vagueUnits[s], typ: "DURATION", anch: true}, true
		}
	case "fiscal":
		// "fiscal 2008", "fiscal year 2008": the fiscal year
		k := i + 1
		if t.is(k, "year") {
			k++
		}
		if y, ok := yearNum(ts, k); ok && !ts[k].nl {
			return res{end: k + 1, val: fmt.Sprintf("FY%04d", y), typ: "DATE", anch: true, year: y, explicit: true}, true
		}
	case "the":
		// "the 2008 fiscal year"
		if y, ok := yearNum(ts, i+1); ok && t.seq(i+2, "fiscal", "year") {
			return res{end: i + 4, val: fmt.Sprintf("FY%04d", y), typ: "DATE", anch: true, year: y, explicit: true}, true
		}
		// "the year before", "the year previous": the year before the
		// narrative's
		if t.is(i+1, "year") && t.is(i+2, "before", "previous", "earlier") && !t.is(i+3, "the", "that", "last") && (i+3 >= len(ts) || ts[i+3].kind == 'p' || ts[i+3].nl) {
			y := t.refYear
			if y == 0 && t.has {
				y = t.anchor.Year()
			}
			if y == 0 {
				return res{end: i + 3, val: "XXXX", typ: "DATE"}, true
			}
			return res{end: i + 3, val: fmt.Sprintf("%04d", y-1), typ: "DATE", anch: true, year: y - 1}, true
		}
		// "the week before", "the month before": the narrative's week or
		// month, one back
		if t.is(i+1, "week", "month") && t.is(i+2, "before", "earlier") && (i+3 >= len(ts) || ts[i+3].kind == 'p' || ts[i+3].nl) {
			base, ok := t.ref()
			switch {
			case !ok && ts[i+1].s == "week":
				return res{end: i + 3, val: "XXXX-WXX", typ: "DATE"}, true
			case !ok:
				return res{end: i + 3, val: "XXXX-XX", typ: "DATE"}, true
			case ts[i+1].s == "week":
				return res{end: i + 3, val: week(base.AddDate(0, 0, -7)), typ: "DATE", anch: true}, true
			}
			d := firstOfMonth(base).AddDate(0, -1, 0)
			return res{end: i + 3, val: d.Format("2006-01"), typ: "DATE", anch: true, year: d.Year()}, true
		}
		// "for the long term", "in the short term", "the near term"
		if t.is(i+1, "long", "short", "near", "longer") && t.is(i+2, "term", "run") && !t.is(i+3, "-") {
			return res{end: i + 3, val: "FUTURE_REF", typ: "DATE", anch: t.has}, true
		}
	}
	return res{}, false
}

// holidays are the feasts with a fixed date: words, month, day.
var holidays = []struct {
	words []string
	m, d  int
}{
	{[]string{"christmas", "eve"}, 12, 24},
	{[]string{"christmas", "day"}, 12, 25},
	{[]string{"christmas"}, 12, 25},
	{[]string{"new", "year", "'", "s", "eve"}, 12, 31},
	{[]string{"new", "year", "’", "s", "eve"}, 12, 31},
	{[]string{"new", "year", "'", "s", "day"}, 1, 1},
	{[]string{"new", "year", "’", "s", "day"}, 1, 1},
	{[]string{"boxing", "day"}, 12, 26},
	{[]string{"halloween"}, 10, 31},
	{[]string{"valentine", "'", "s", "day"}, 2, 14},
	{[]string{"valentine", "’", "s", "day"}, 2, 14},
}

// holiday matches "Christmas", "Christmas Eve 2008", "New Year's Day",
// "Thanksgiving", "Easter" (movable feasts are computed for the year).
func (t *tagger) holiday(i int) (res, bool) {
	ts := t.ts
	if i >= len(ts) || !isUpper(ts[i].raw) {
		return res{}, false
	}
	m, d, end := 0, 0, 0
	movable := ""
	for _, h := range holidays {
		if t.seq(i, h.words...) {
			m, d, end = h.m, h.d, i+len(h.words)
			break
		}
	}
	if end == 0 {
		switch ts[i].s {
		case "thanksgiving", "easter":
			movable, end = ts[i].s, i+1
			if t.is(end, "day", "sunday") {
				end++
			}
		default:
			return res{}, false
		}
	}
	on := func(y int) time.Time {
		switch movable {
		case "thanksgiving": // the fourth Thursday of November
			first := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
			return first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7+21)
		case "easter":
			return easter(y)
		}
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	k := end
	if t.is(k, ",") {
		k++
	}
	if y, ok := yearNum(ts, k); ok && !ts[k].nl {
		return dateRes(k+1, on(y), true).explicitYear(), true
	}
	if !t.has {
		if t.refExplicit != 0 {
			return dateRes(end, on(t.refExplicit), true), true
		}
		if movable != "" {
			return res{end: end, val: "XXXX-XX-XX", typ: "DATE"}, true
		}
		return res{end: end, val: fmt.Sprintf("XXXX-%02d-%02d", m, d), typ: "DATE"}, true
	}
	// the nearest one, or the last (next) one in a clause about the past
	// (future) when the nearest is more than two months away
	a := t.anchor
	best := on(a.Year())
	for _, y := range []int{a.Year() - 1, a.Year() + 1} {
		if c := on(y); absDur(c.Sub(a)) < absDur(best.Sub(a)) {
			best = c
		}
	}
	if absDur(best.Sub(a)) > 60*24*time.Hour {
		if t.fut(t.cur) {
			if best = on(a.Year()); best.Before(a) {
				best = on(a.Year() + 1)
			}
		} else if best = on(a.Year()); best.After(a) {
			best = on(a.Year() - 1)
		}
	}
	return dateRes(end, best, true), true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// easter is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// edgeDay resolves "the first day of" or "the last day of" at token i
// followed by a month ("of March", "of March 2021") or by the narrative's
// month, quarter or year ("of the month", "of the year"). Without one it
// does not match, so "the last day" of something else is not yesterday.
func (t *tagger) edgeDay(i int) (res, bool) {
	first := t.ts[i+1].s == "first"
	k := i + 4
	var from, to time.Time // the period: [from, to)
	if d, ok := t.dateCore(k); ok && len(d.val) == 7 && d.val[4] == '-' {
		if m, err := time.Parse("2006-01", d.val); err == nil {
			from, to, k = m, m.AddDate(0, 1, 0), d.end
		}
	} else if t.is(k, "the", "this") && t.is(k+1, "month", "year", "quarter") {
		base, ok := t.ref()
		if !ok {
			return res{}, false
		}
		switch t.ts[k+1].s {
		case "month":
			from = firstOfMonth(base)
			to = from.AddDate(0, 1, 0)
		case "quarter":
			from = time.Date(base.Year(), time.Month((int(base.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
			to = from.AddDate(0, 3, 0)
		default:
			from = time.Date(base.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			to = from.AddDate(1, 0, 0)
		}
		k += 2
	}
	if from.IsZero() {
		return res{}, false
	}
	if first {
		return dateRes(k, from, true), true
	}
	return dateRes(k, to.AddDate(0, 0, -1), true), true
}
