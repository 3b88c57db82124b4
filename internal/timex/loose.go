package timex

import (
	"fmt"
	"time"
)

// ---- loose references: forms without a full count or calendar name ----
//
// These rules cover what news text says when it does not spell a date out:
//
//   - a vague count before "ago", "later" or "earlier" ("weeks ago", "a few
//     months later", "moments later"): PAST_REF, or FUTURE_REF for "later"
//     in a clause about the future; with a clock unit ("hours later",
//     "minutes ago") it is the day the narrative (or, for "ago", the
//     publication date) stands at, as TIME;
//   - a count of clock units before them ("three hours later", "20 minutes
//     ago"): the same day, or the days the hours add up to;
//   - nights ("two nights ago": that night, TNI);
//   - a bare ordinal day after "on", "by", "until", "till" or "since" ("on
//     the 10th"): that day of the month the narrative stands in;
//   - "later" or "earlier" before "in the day", "in the week"…: a reference
//     of its own, as TIMEX3 splits it from the period after it.

// looseUnits are the units a loose reference counts in; clock units have
// time set.
var looseUnits = map[string]struct {
	time  bool
	hours float64 // clock units: their length in hours
}{
	"seconds": {true, 1.0 / 3600}, "minutes": {true, 1.0 / 60}, "hours": {true, 1}, "moments": {true, 0},
	"days": {}, "weeks": {}, "months": {}, "years": {}, "decades": {}, "nights": {},
}

// bigCounts end a count a bare unit may follow: "ten thousand years ago",
// "hundreds of years ago" are not vague.
var bigCounts = map[string]bool{"thousand": true, "million": true, "billion": true, "hundreds": true,
	"thousands": true, "millions": true, "billions": true, "of": true, "dozens": true, "tens": true}

// loose matches the forms listed above at token i.
func (t *tagger) loose(i int) (res, bool) {
	if r, ok := t.looseShift(i); ok {
		return r, true
	}
	if r, ok := t.ordinalDay(i); ok {
		return r, true
	}
	// "later in the day", "earlier in the week": the adverb alone
	if t.is(i, "later", "earlier") && t.seq(i+1, "in", "the") && t.is(i+3, "day", "week", "month", "year", "morning", "afternoon", "evening") {
		v := "FUTURE_REF"
		if t.ts[i].s == "earlier" {
			v = "PAST_REF"
		}
		typ := "DATE"
		if !t.is(i+3, "week", "month", "year") {
			typ = "TIME"
		}
		return res{end: i + 1, val: v, typ: typ, anch: t.has}, true
	}
	return res{}, false
}

// looseShift matches "weeks ago", "several hours later", "three hours
// earlier", "moments later", "two nights ago".
func (t *tagger) looseShift(i int) (res, bool) {
	ts := t.ts
	j := i
	n, k, counted := t.count(j)
	switch {
	case t.is(j, "a") && t.is(j+1, "few", "couple"):
		counted = false
		k = j + 2
		if t.is(k, "of") {
			k++
		}
	case t.is(j, "several", "many", "some", "few"):
		counted = false
		k = j + 1
	case counted:
		if ts[j].kind == 'd' && j > 0 && (isCurrency(ts[j-1].s) || ts[j-1].s == "." && ts[j].glued) {
			return res{}, false
		}
	default:
		k = j // bare "weeks ago", not after a count ("$5 hours later")
		if j > 0 && (ts[j-1].kind == 'd' || numberWords[ts[j-1].s] != 0 || bigCounts[ts[j-1].s]) {
			return res{}, false
		}
	}
	us := t.tokS(k)
	if counted {
		// a count takes singular units too: "one hour later"
		switch us {
		case "second", "minute", "hour", "night":
			us += "s"
		}
	}
	u, ok := looseUnits[us]
	if !ok || k >= len(ts) || ts[k].nl || !t.is(k+1, "ago", "later", "earlier") || t.is(k+2, "than") {
		return res{}, false
	}
	if k > i && ts[k].glued && ts[k].kind == 'a' && ts[k-1].kind == 'a' {
		return res{}, false
	}
	// counted calendar units are relative()'s ("two days later")
	if counted && !u.time && us != "nights" {
		return res{}, false
	}
	if counted && n != float64(int(n)) && !u.time {
		return res{}, false
	}
	end := k + 2
	dir := ts[k+1].s
	if us == "nights" {
		off := 0
		if counted {
			off = int(n)
		} else {
			return res{}, false // "nights later": no night to name
		}
		var r res
		if dir == "ago" {
			r = t.dayOffset(end, -off)
		} else {
			if dir == "earlier" {
				off = -off
			}
			r = t.narrative(end, off)
		}
		r.val += "TNI"
		r.typ = "TIME"
		return r, true
	}
	if !u.time {
		// a vague count of days, weeks, months, years
		v := "PAST_REF"
		if dir == "later" && t.fut(t.cur) {
			v = "FUTURE_REF"
		}
		return res{end: end, val: v, typ: "DATE", anch: t.has}, true
	}
	// clock units: the day they lead to
	days := 0
	if counted {
		days = int(n * u.hours / 24)
	}
	var r res
	switch dir {
	case "ago":
		r = t.dayOffset(end, -days)
		if !t.has {
			r.val = "XXXX-XX-XX"
		}
	case "later":
		r = t.narrative(end, days)
	default:
		r = t.narrative(end, -days)
	}
	r.typ = "TIME"
	return r, true
}

// ordinalDay matches a bare ordinal day of the month after "on", "by",
// "until", "till" or "since": "on the 10th", "by the 3rd".
func (t *tagger) ordinalDay(i int) (res, bool) {
	ts := t.ts
	if !t.is(i, "the") || !t.is(i-1, "on", "by", "until", "till", "since") {
		return res{}, false
	}
	dd, end, ok := dayNum(ts, i+1)
	if !ok || end != i+3 || ts[i+1].nl {
		return res{}, false // the suffix is required: "on the 10" is not a day
	}
	// it ends the phrase: "on the 10th floor", "by the 3rd round" are not days
	if end < len(ts) && !ts[end].nl {
		nx := ts[end]
		switch {
		case nx.kind == 'p':
			if nx.s == "-" || nx.s == "'" || nx.s == "’" || nx.s == "%" {
				return res{}, false
			}
		case t.seq(end, "of", "the", "month"), t.seq(end, "of", "this", "month"):
		case t.is(end, "that") && t.saidBefore(i-1): // "said on the 12th that …"
		case !t.is(end, "and", "or", "but", "when", "at", "after", "before", "to", "until", "through", "with", "as", "in", "while"):
			return res{}, false
		}
	}
	if t.seq(end, "of", "the", "month") || t.seq(end, "of", "this", "month") {
		end += 3 // "on the 21st of the month"
	}
	base, ok := t.ref()
	if !ok {
		return res{end: end, val: fmt.Sprintf("XXXX-XX-%02d", dd), typ: "DATE"}, true
	}
	// the month the narrative stands in; a day that would fall on the
	// wrong side of the publication date for the clause's tense moves a
	// month
	c := time.Date(base.Year(), base.Month(), dd, 0, 0, 0, 0, time.UTC)
	if t.has {
		fut := t.fut(t.cur)
		switch {
		case fut && c.Before(t.anchor):
			c = time.Date(base.Year(), base.Month()+1, dd, 0, 0, 0, 0, time.UTC)
		case !fut && c.After(t.anchor):
			c = time.Date(base.Year(), base.Month()-1, dd, 0, 0, 0, 0, time.UTC)
		}
	}
	if c.Day() != dd {
		return res{}, false // "the 31st" of a shorter month
	}
	return dateRes(end, c, true), true
}
