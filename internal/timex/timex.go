// Package timex finds temporal expressions in a document's text and
// normalises them to TIMEX3-style values, in the spirit of HeidelTime:
// absolute dates (2022-11-14, 2022-10, 2021, 199 for "the 1990s"), times
// (2022-11-14T17:00, 2022-11-14TMO), weeks (2022-W46), quarters (2022-Q3),
// seasons (2022-SU), durations (P3Y, PT2H, PXY), sets (P1W, XXXX-WXX-1) and
// the references PRESENT_REF, PAST_REF and FUTURE_REF.
//
// # Anchoring
//
// Deictic expressions ("yesterday", "on Monday", "this Tuesday", "last week",
// "next month", "two days ago", "this year", a month or day given without a
// year) are resolved against the publication date, Options.Anchor. When no
// publication date is known they stay unanchored: their value keeps X for the
// unknown parts ("XXXX-WXX-1", "XXXX-10-05", "XXXX-XX-XX") and Anchored is
// false; nothing is guessed.
//
// Anaphoric expressions ("the next day", "the following week", "the day
// before", "the week before", "that day", "two days later", "that year",
// "at the time") are resolved against
// the narrative's reference time: the last date of day granularity (or, for
// "that year", the last year) mentioned before them in the text, whether
// written out or resolved. Without one they fall back to the publication date.
// So "That March 29 … The next day" gives 2022-03-30. A clause about the
// past does not follow the narrative to a day after the publication date
// ("takes effect on December 10 … were released later the same day" is the
// day told before). "N years later/earlier" counts from the last year
// mentioned ("left in 2011, returned three years later" is 2014). A month
// or day given without a year in a document with no publication date takes
// the year of the last date written out with its year, when there is one.
//
// With no publication date, a weekday in a clause about the past is the one
// nearest (within three days) to the last date written out in full, when the
// text has one: "On Saturday 8 June 2013 … found on Saturday" is 2013-06-08;
// in a clause about the future it is the first one after the latest date
// written out in full.
//
// A weekday, a month or a day without a year is placed in the past of the
// publication date unless its sentence speaks of the future ("will",
// "scheduled", "next", "ahead of"…, or the present of a timetable verb
// outside a headline: "the trial begins Monday", "the club plays Sunday"),
// in which case it is the next one; a
// day within two months of the publication date is simply the nearest.
// A weekday in the possessive ("Monday's announcement") tells of a fact:
// it is the last one when that lies at most three days back. The day
// something is set for or moved to lies ahead whatever the tense of the verb
// ("the trial was penciled in for October", "adjourned to Monday").
// "This past Sunday" is "last Sunday", "this coming Friday" "next Friday".
//
// A clock time is converted to UTC only when the text states its zone
// ("5:40 p.m. ET" → T21:40Z in summer, "14:00 Greek time", "6:40 p.m. (GMT
// +8)"), with the summer-time rules in force on that day (see zone.go); a
// time without a stated zone, or in "local time", keeps its written time and
// no zone (T08:40), as TIMEX3 reads a value without Z. No zone is guessed
// from the places of the story or from its date line. A time the text also
// gives in a zone ("10:15 a.m. (0215 GMT) on Tuesday") is that instant in
// UTC, for both expressions, on the day that keeps the two within real
// zone offsets. A clock time followed by "on" and a weekday or by a comma and a
// date is an expression of its own on that day ("8.40am on Saturday",
// "16:15 UTC, June 1st"); "1:30 a.m. Sunday" is one expression.
//
// Numeric dates are read month first with slashes ("11/14/2022", unless
// the first number cannot be a month) and day first with dots
// ("14.11.2022").
//
// A duration followed by "and" and a smaller unit is one expression: "three
// years and six months" is P3Y6M, "two hours and 30 minutes" PT2H30M.
//
// Ranges of days are two expressions sharing the month and year written
// once ("3-5 March 2021", "March 3-5, 2021"); a weekday closing a range
// ("from Friday to Monday", "May 3 through Saturday") is the first such day
// after the range's start; "the second Tuesday of March"
// is that day; "November last year" is one expression (2021-11).
//
// When a document has no publication date, URLDate reads one from its web
// address, for the caller to pass as Options.Anchor.
//
// "The weekend" and "this weekend" said on a working day in a clause about
// the past are the weekend just gone, which ISO 8601 puts in the week before
// ("over the weekend" on Wednesday 2008-03-12 is 2008-W10-WE); otherwise the
// coming one. A month named without a year that is the next calendar month
// is the coming one unless a tense cue before it says otherwise.
//
// Centuries take the first two digits of their years ("the 20th century" →
// 19), written-out decades the 20th century's ("the nineties" → 199); half
// years are H values ("H1 2008", "the second half of the year");
// "year-end" and "mid-year" are the year with END and MID.
//
// References without a full count or name (loose.go): a vague count before
// "ago", "later" or "earlier" ("weeks ago", "a few months later") is
// PAST_REF (FUTURE_REF for "later" in a clause about the future); clock
// units lead to a day ("three hours later" is the narrative's day, "36
// hours later" the day after it, "minutes ago" the publication date);
// "two nights" is P2D and "two nights ago" that night (TNI); a bare ordinal
// after "on", "by", "until", "till" or "since" ("on the 10th") is that day
// of the narrative's month, moved a month when the clause's tense puts it
// on the other side of the publication date; "later" and "earlier" before
// "in the day", "in the week"… are expressions of their own (FUTURE_REF,
// PAST_REF), as in MEANTIME. "The day before the vote" is "the day", one
// off the narrative's day (the day told just before it when set off by a
// comma: "on Monday, the day before the vote"; unknown when no day has been
// told). "The first/last day of March" (or "of the month") is that day; a
// season without a year follows the clause's tense.
//
// Fiscal years are FY values ("fiscal 2008" → FY2008); fixed feasts
// ("Christmas", "New Year's Eve") and the movable ones ("Easter",
// "Thanksgiving") resolve like a day without a year.
//
// Expressions are returned in text order and never overlap.
package timex

import (
	"fmt"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/doc"
)

// Options configure the tagger.
type Options struct {
	// Anchor is the publication date; the zero time means unknown.
	Anchor time.Time
}

// Expr is a temporal expression with its TIMEX3 type and modifier.
type Expr struct {
	doc.Time
	Type string `json:"type"`          // DATE, TIME, DURATION or SET
	Mod  string `json:"mod,omitempty"` // START, MID, END, APPROX, LESS_THAN, EQUAL_OR_MORE, or ""
}

// Tag appends the temporal expressions of d.Text to d.Times.
func Tag(d *doc.Document, opts Options) {
	for _, e := range Find(d.Text, opts) {
		d.Times = append(d.Times, e.Time)
	}
}

// Find returns the temporal expressions of text, in text order.
func Find(text string, opts Options) []Expr {
	t := &tagger{text: text, ts: tokenize(text), anchor: opts.Anchor, has: !opts.Anchor.IsZero(), asides: map[int]res{}}
	if t.has {
		y, m, d := opts.Anchor.Date()
		t.anchor = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	t.sentences()
	t.run()
	return t.out
}

// res is one match.
type res struct {
	end  int // token index after the match
	val  string
	typ  string
	mod  string
	anch bool
	// day is the calendar day the expression denotes, when it denotes one
	// (it becomes the narrative reference); year likewise for the year.
	day      time.Time
	year     int
	explicit bool   // the year was written out
	zone     string // a clock time's zone as the text states it ("utc", "et", "greek"…), else ""
}

type tagger struct {
	text               string
	ts                 []tok
	anchor             time.Time
	has                bool
	sentStart, sentEnd []int // per token: its sentence's token range
	cur                int   // the token a match is being tried at

	refDay      time.Time   // narrative reference (zero: none)
	refPast     time.Time   // the last narrative day not after the publication date
	refYear     int         // last year mentioned
	refExplicit int         // last year written out
	refWritten  time.Time   // last day written out with its year
	maxWritten  time.Time   // latest day written out with its year
	lastVal     string      // the value of the last anchored date
	asides      map[int]res // "(0215 GMT)" after a clock time, by its first token: that time's value
	out         []Expr
}

var futureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "scheduled": true, "expected": true, "plans": true,
	"plan": true, "planned": true, "upcoming": true, "due": true, "forthcoming": true, "intends": true,
	"would": true, "expects": true, "hopes": true, "aims": true, "set": true, "should": true,
	"could": true, "might": true, "going": true, "next": true, "wants": true, "seeks": true,
	"until": true, "till": true,
}

var modals = map[string]bool{
	"will": true, "would": true, "to": true, "could": true, "should": true, "might": true, "must": true,
	"ll": true, "shall": true, "can": true, "may": true, "not": true, "be": true,
}

var pastVerbs = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "told": true, "met": true, "made": true,
	"took": true, "began": true, "won": true, "came": true, "went": true, "gave": true, "left": true, "saw": true,
	"held": true, "found": true, "lost": true, "sold": true, "bought": true, "paid": true, "fell": true, "rose": true,
	"got": true, "brought": true, "kept": true, "spent": true, "led": true, "ran": true, "hit": true, "cut": true,
	"put": true, "shot": true, "struck": true, "sent": true, "wrote": true, "spoke": true, "broke": true,
	"chose": true, "drove": true, "flew": true, "grew": true, "knew": true, "threw": true, "became": true,
	"stood": true, "thought": true, "felt": true, "heard": true, "caught": true, "fought": true, "sought": true,
	"ago": true, "last": true, "earlier": true, "previously": true,
}

func pastVerb(s string) bool {
	if pastVerbs[s] {
		return true
	}
	return len(s) > 4 && strings.HasSuffix(s, "ed") && s != "need" && s != "speed" && s != "indeed"
}

// sentences records each token's sentence bounds.
func (t *tagger) sentences() {
	t.sentStart = make([]int, len(t.ts))
	t.sentEnd = make([]int, len(t.ts))
	start := 0
	flush := func(end int) {
		for k := start; k < end; k++ {
			t.sentStart[k], t.sentEnd[k] = start, end
		}
		start = end
	}
	for k, x := range t.ts {
		if x.nl && k > start {
			flush(k)
		}
		if (x.s == "." || x.s == "!" || x.s == "?") && k+1 < len(t.ts) && (isUpper(t.ts[k+1].raw) || t.ts[k+1].nl) {
			flush(k + 1)
		}
	}
	flush(len(t.ts))
}

// fut reports whether the expression starting at token at is in a clause
// about the future: the nearest tense cue before it in its sentence decides
// ("will", "scheduled", "set for" against "said", "was", "-ed" verbs not
// after a modal), else the nearest after it; no cue means the past.
func (t *tagger) fut(at int) bool {
	return t.futCue(at, true)
}

// futCue is fut; with after false, a sentence with no tense cue before the
// expression counts as about the future.
func (t *tagger) futCue(at int, after bool) bool {
	if at >= len(t.ts) {
		return false
	}
	if t.is(at-1, "since") {
		return false // "since August" is behind us whatever the verb
	}
	if t.scheduled(at) {
		return true
	}
	cue := func(k int) (bool, bool) {
		w := t.ts[k].s
		if w == "may" && t.ts[k].raw != "may" {
			return false, false // the month
		}
		if futureCues[w] || w == "to" && t.is(k-1, "is", "are", "am") {
			return true, true // "will", "is to take effect"
		}
		if w == "ahead" && t.is(k+1, "of") {
			return true, true // "held ahead of a hearing Friday"
		}
		if scheduledPresent[w] && t.bodySentence(at) && !t.is(k-1, "the", "a", "an", "that", "which", "who", "his", "her", "its", "their") {
			return true, true // "the trial begins Monday"
		}
		if pastVerb(w) {
			for b := k - 1; b >= t.sentStart[at] && b >= k-2; b-- {
				if modals[t.ts[b].s] && t.ts[b].s != "be" {
					return true, true
				}
			}
			return false, true
		}
		return false, false
	}
	for k := at - 1; k >= t.sentStart[at]; k-- {
		if f, ok := cue(k); ok {
			return f
		}
	}
	if !after {
		return true
	}
	for k := at + 1; k < t.sentEnd[at]; k++ {
		if f, ok := cue(k); ok {
			return f
		}
	}
	return false
}

// scheduledPresent are verbs of events on a timetable whose present tense,
// in the body of a story, tells of what is to come: "the trial begins
// Monday", "the council meets on Friday". (Headlines use the present for
// what has happened: "Actress checks into rehab Friday".)
var scheduledPresent = map[string]bool{
	"begins": true, "starts": true, "opens": true, "reopens": true, "resumes": true, "goes": true, "meets": true,
	"faces": true, "travels": true, "visits": true, "arrives": true, "hosts": true, "appears": true, "convenes": true,
	"reconvenes": true, "plays": true, "holds": true, "hears": true, "votes": true, "returns": true, "leaves": true,
	"departs": true, "expires": true, "premieres": true, "debuts": true,
}

// bodySentence reports whether the sentence of token at ends as a sentence
// of running text does (a headline has no full stop).
func (t *tagger) bodySentence(at int) bool {
	e := t.sentEnd[at] - 1
	return e >= 0 && t.is(e, ".", "!", "?", "\"", "”", "'", "’")
}

// scheduleVerbs fix or move a date: "penciled in for October", "adjourned
// to Monday", "postponed until March".
var scheduleVerbs = map[string]bool{
	"scheduled": true, "rescheduled": true, "set": true, "slated": true, "penciled": true, "pencilled": true,
	"planned": true, "adjourned": true, "postponed": true, "deferred": true, "delayed": true, "fixed": true,
	"listed": true, "booked": true, "timetabled": true, "moved": true, "pushed": true, "put": true,
}

// scheduled reports whether the expression at token at is the date
// something was set for or moved to, which lies ahead whatever the tense of
// the verb: "the trial was penciled in for October", "the hearing was
// adjourned to Monday". At most two words stand between the verb and the
// "for", "to", "until" or "till" that introduces the expression.
func (t *tagger) scheduled(at int) bool {
	if !t.is(at-1, "for", "to", "until", "till") {
		return false
	}
	for k := at - 2; k >= at-4 && k >= t.sentStart[at]; k-- {
		if scheduleVerbs[t.ts[k].s] {
			return true
		}
		if t.ts[k].kind == 'p' {
			break
		}
	}
	return false
}

func (t *tagger) run() {
	ts := t.ts
	for i := 0; i < len(ts); {
		if i > 0 && ts[i].glued && (ts[i-1].kind == 'a' || ts[i-1].kind == 'd' || isCurrency(ts[i-1].s)) {
			i++
			continue
		}
		if !canStart(ts[i]) {
			i++
			continue
		}
		t.cur = i
		r, ok := t.match(i)
		if !ok {
			i++
			continue
		}
		// never end inside a word: "March 2" of "March 2a"
		if r.end < len(ts) && ts[r.end].glued && ts[r.end].kind != 'p' && ts[r.end-1].kind != 'p' {
			i++
			continue
		}
		start, end := ts[i].start, ts[r.end-1].end
		t.out = append(t.out, Expr{Time: doc.Time{Span: doc.Span{Start: start, End: end}, Text: t.text[start:end], Value: r.val, Anchored: r.anch}, Type: r.typ, Mod: r.mod})
		if !r.day.IsZero() {
			t.refDay = r.day
			if t.has && !r.day.After(t.anchor) {
				t.refPast = r.day
			}
		}
		if r.typ == "DATE" && r.anch && len(r.val) >= 4 && r.val[0] >= '0' && r.val[0] <= '9' {
			t.lastVal = r.val
		}
		if r.year != 0 {
			t.refYear = r.year
			if r.explicit {
				t.refExplicit = r.year
				if !r.day.IsZero() {
					t.refWritten = r.day
					if r.day.After(t.maxWritten) {
						t.maxWritten = r.day
					}
				}
			}
		}
		i = r.end
	}
}

// starters are the words an expression can begin with.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range []map[string]int{months, quarterOrd, ordinals} {
		for w := range ws {
			m[w] = true
		}
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range vagueNumbers {
		m[w] = true
	}
	for w := range seasons {
		m[w] = true
	}
	for w := range frequencies {
		m[w] = true
	}
	for _, mod := range modifiers {
		m[mod.words[0]] = true
	}
	for w := range deictic {
		m[w] = true
	}
	for w := range anaphoric {
		m[w] = true
	}
	for _, w := range []string{"the", "today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays",
		"presently", "recently", "very", "more", "most", "not", "morning", "afternoon", "evening", "soon", "every", "each", "per", "q", "h", "year", "mid", "midyear", "its", "their", "in", "during", "noon", "midday",
		"midnight", "decade", "century", "few", "several", "a", "an", "over", "for", "years", "decades", "months", "weeks",
		"centuries", "days", "hours", "minutes", "seconds", "moments", "nights", "fiscal", "overnight", "christmas", "boxing", "halloween", "valentine", "thanksgiving", "easter", "new"} {
		m[w] = true
	}
	return m
}()

// canStart is a quick test of whether an expression may begin at x.
func canStart(x tok) bool {
	switch x.kind {
	case 'd':
		return true
	case 'p':
		return x.s == "'" || x.s == "’"
	}
	if starters[x.s] {
		return true
	}
	// "on Mondays"
	_, ok := weekdays[strings.TrimSuffix(x.s, "s")]
	return len(x.s) > 6 && ok
}

func isCurrency(s string) bool {
	return s == "$" || s == "€" || s == "£" || s == "¥"
}

// match tries every rule at token i and keeps the longest match.
func (t *tagger) match(i int) (res, bool) {
	var best res
	found := false
	try := func(r res, ok bool) {
		if ok && r.end > i && (!found || r.end > best.end) {
			best, found = r, true
		}
	}
	try(t.date(i))
	try(t.relative(i))
	try(t.duration(i))
	try(t.set(i))
	try(t.clockFirst(i))
	try(t.vague(i))
	try(t.holiday(i))
	try(t.century(i))
	try(t.yearPart(i))
	try(t.loose(i))
	// a modifier before a date or a duration: "early October", "about three years"
	if j, mod, ok := t.modifier(i); ok {
		r, ok2 := t.date(j)
		if !ok2 {
			r, ok2 = t.relative(j)
		}
		if !ok2 {
			r, ok2 = t.duration(j)
		}
		if !ok2 {
			r, ok2 = t.clockFirst(j)
		}
		if ok2 && (!mod.date || r.typ == "DATE" || r.typ == "TIME") {
			if r.mod == "" {
				r.mod = mod.mod
			}
			try(r, true)
		}
	}
	if found && best.typ == "DURATION" {
		best = t.compound(best)
	}
	return best, found
}

// durationOrder ranks the units of a duration value, largest first.
var durationOrder = map[string]int{"Y": 0, "M": 1, "W": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6}

// durationParts splits a plain duration value ("P3Y", "PT30M") into its
// number and unit ("Y", "TM"); ok is false for anything else ("PXY", "P3Y6M").
func durationParts(v string) (num, unit string, ok bool) {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || rest == "" {
		return "", "", false
	}
	t := strings.HasPrefix(rest, "T")
	rest = strings.TrimPrefix(rest, "T")
	k := 0
	for k < len(rest) && (rest[k] >= '0' && rest[k] <= '9' || rest[k] == '.') {
		k++
	}
	if k == 0 || k != len(rest)-1 {
		return "", "", false
	}
	unit = rest[k:]
	if t {
		unit = "T" + unit
	}
	if _, ok := durationOrder[unit]; !ok {
		return "", "", false
	}
	return rest[:k], unit, true
}

// compound joins a duration to the smaller one after "and": "three years
// and six months" is one expression, P3Y6M.
func (t *tagger) compound(r res) res {
	n1, u1, ok := durationParts(r.val)
	if !ok || !t.is(r.end, "and") || r.end+1 >= len(t.ts) || t.ts[r.end+1].nl {
		return r
	}
	r2, ok := t.duration(r.end + 1)
	if !ok || r2.typ != "DURATION" || r2.mod != "" || t.is(r2.end, "ago", "later", "earlier", "before", "after", "-") {
		return r // "five years and two months ago" is a date
	}
	n2, u2, ok := durationParts(r2.val)
	if !ok || durationOrder[u2] <= durationOrder[u1] || strings.Contains(n1, ".") || u1 == "W" || u2 == "W" {
		return r
	}
	v := "P" + n1 + strings.TrimPrefix(u1, "T")
	if strings.HasPrefix(u1, "T") {
		v = "PT" + n1 + u1[1:]
	}
	if strings.HasPrefix(u2, "T") && !strings.HasPrefix(u1, "T") {
		v += "T"
	}
	r.val = v + n2 + strings.TrimPrefix(u2, "T")
	r.end = r2.end
	return r
}

type modifier struct {
	mod  string
	date bool // applies to dates (early, late…), not only to quantities (about…)
}

var modifiers = []struct {
	words []string
	m     modifier
}{
	{[]string{"the", "end", "of"}, modifier{"END", true}},
	{[]string{"end", "of"}, modifier{"END", true}},
	{[]string{"the", "beginning", "of"}, modifier{"START", true}},
	{[]string{"beginning", "of"}, modifier{"START", true}},
	{[]string{"the", "start", "of"}, modifier{"START", true}},
	{[]string{"start", "of"}, modifier{"START", true}},
	{[]string{"the", "middle", "of"}, modifier{"MID", true}},
	{[]string{"the", "very", "beginning", "of"}, modifier{"START", true}},
	{[]string{"early"}, modifier{"START", true}},
	{[]string{"late"}, modifier{"END", true}},
	{[]string{"mid", "-"}, modifier{"MID", true}},
	{[]string{"mid"}, modifier{"MID", true}},
	{[]string{"earlier"}, modifier{"", true}},
	{[]string{"later"}, modifier{"", true}},
	{[]string{"about"}, modifier{"APPROX", false}},
	{[]string{"around"}, modifier{"APPROX", false}},
	{[]string{"approximately"}, modifier{"APPROX", false}},
	{[]string{"roughly"}, modifier{"APPROX", false}},
	{[]string{"nearly"}, modifier{"LESS_THAN", false}},
	{[]string{"almost"}, modifier{"LESS_THAN", false}},
	{[]string{"less", "than"}, modifier{"LESS_THAN", false}},
	{[]string{"at", "least"}, modifier{"EQUAL_OR_MORE", false}},
}

func (t *tagger) modifier(i int) (int, modifier, bool) {
	for _, m := range modifiers {
		if t.seq(i, m.words...) {
			j := i + len(m.words)
			return j, m.m, j < len(t.ts)
		}
	}
	return i, modifier{}, false
}

// seq reports whether the tokens from i are the given words.
func (t *tagger) seq(i int, words ...string) bool {
	if i+len(words) > len(t.ts) {
		return false
	}
	for k, w := range words {
		if t.ts[i+k].s != w {
			return false
		}
	}
	return true
}

func (t *tagger) is(i int, words ...string) bool {
	if i < 0 || i >= len(t.ts) {
		return false
	}
	for _, w := range words {
		if t.ts[i].s == w {
			return true
		}
	}
	return false
}

func day(tm time.Time) string  { return tm.Format("2006-01-02") }
func week(tm time.Time) string { y, w := tm.ISOWeek(); return fmt.Sprintf("%04d-W%02d", y, w) }

// dateRes builds the result for a calendar day.
func dateRes(end int, d time.Time, anch bool) res {
	return res{end: end, val: day(d), typ: "DATE", anch: anch, day: d, year: d.Year()}
}

// ---- dates written out ----

// date matches a date written out, a weekday or a year, with an optional
// part of the day or clock time after it.
func (t *tagger) date(i int) (res, bool) {
	r, ok := t.dateCore(i)
	if !ok {
		return r, false
	}
	ts := t.ts
	j := r.end
	if j < len(ts) && r.day.IsZero() == false || strings.HasPrefix(r.val, "XXXX-WXX") || r.val == "XXXX-XX-XX" {
		// "Friday morning", "Monday night"
		if p, ok := partsOfDay[t.tokS(j)]; ok {
			r.val += "T" + p
			r.typ = "TIME"
			r.end = j + 1
			j++
		}
		// "Saturday 8 June 2013, at 8:39am", "Monday at 12:00 UTC"
		k := j
		if t.is(k, ",") {
			k++
		}
		if t.is(k, "at", "around", "about") {
			k++
		}
		if c, ok := t.clock(k); ok {
			if i := strings.IndexByte(r.val, 'T'); i > 0 {
				r.val = r.val[:i]
			}
			r.val = withClock(r.val, c)
			r.typ = "TIME"
			r.end = c.end
			t.pairAside(&r, c)
		}
	}
	return r, true
}

func (t *tagger) tokS(i int) string {
	if i >= 0 && i < len(t.ts) {
		return t.ts[i].s
	}
	return ""
}

func (t *tagger) dateCore(i int) (res, bool) {
	ts := t.ts
	if r, ok := t.nthWeekday(i); ok {
		return r, true
	}
	// weekday, optionally followed by a written date: "Tuesday, February 3, 2009"
	if wd, j, ok := weekdayAt(ts, i); ok {
		k := j
		if t.is(k, ",") {
			k++
		}
		if r, ok := t.monthDay(k); ok {
			return r, true
		}
		if isUpper(ts[i].raw) || ts[i].s != ts[i].raw {
			return t.weekday(j, wd, i, ""), true
		}
		return res{}, false
	}
	if r, ok := t.monthDay(i); ok {
		return r, true
	}
	// decades: "the 1990s", "1990s"
	k := i
	if t.is(k, "the") {
		k++
	}
	if y, ok := yearNum(ts, k); ok && y%10 == 0 && t.is(k+1, "s") && ts[k+1].glued {
		return res{end: k + 2, val: fmt.Sprint(y / 10), typ: "DATE", anch: true}, true
	}
	// "the 1930's"
	if y, ok := yearNum(ts, k); ok && y%10 == 0 && t.is(k+1, "'", "’") && t.is(k+2, "s") && ts[k+1].glued && ts[k+2].glued {
		return res{end: k + 3, val: fmt.Sprint(y / 10), typ: "DATE", anch: true}, true
	}
	// "the '90s", "the 70s"
	if t.is(k, "'", "’") && k+2 < len(ts) && ts[k+1].glued && ts[k+2].glued {
		k++
	}
	if k < len(ts) && ts[k].kind == 'd' && len(ts[k].s) == 2 && ts[k].s[1] == '0' && t.is(k+1, "s") && ts[k+1].glued && (k == i || t.is(i, "the")) {
		return res{end: k + 2, val: "19" + ts[k].s[:1], typ: "DATE", anch: true}, true
	}
	// quarters and halves with a year
	if r, ok := t.quarter(i); ok {
		return r, true
	}
	// seasons: "the fall of 2011", "summer 2009", "this summer"
	if r, ok := t.season(i); ok {
		return r, true
	}
	// ISO 2022-11-14, and 2022/11/14
	if y, ok := yearNum(ts, i); ok {
		// (not a web address's "/2022/11/14/")
		inPath := func() bool {
			return ts[i+1].s == "/" && (i > 0 && ts[i].glued && ts[i-1].s == "/" || i+5 < len(ts) && ts[i+5].glued && ts[i+5].s == "/")
		}
		if i+4 < len(ts) && (ts[i+1].s == "-" || ts[i+1].s == "/") && ts[i+2].kind == 'd' && ts[i+3].s == ts[i+1].s && ts[i+4].kind == 'd' && !inPath() &&
			ts[i+1].glued && ts[i+2].glued && ts[i+3].glued && ts[i+4].glued {
			mo, _ := atoi(ts[i+2].s)
			dd, _ := atoi(ts[i+4].s)
			if mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 {
				return dateRes(i+5, time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC), true).explicitYear(), true
			}
		}
		if t.yearOK(i) {
			return res{end: i + 1, val: fmt.Sprintf("%04d", y), typ: "DATE", anch: true, year: y, explicit: true}, true
		}
	}
	// 11/14/2022, 14/11/2022
	// (spaced as "2 / 3 / 2009" only with a four-digit year)
	if i+4 < len(ts) && ts[i].kind == 'd' && ts[i+1].s == "/" && ts[i+2].kind == 'd' && ts[i+3].s == "/" && len(ts[i].s) <= 2 && len(ts[i+2].s) <= 2 &&
		(ts[i+1].glued && ts[i+2].glued && ts[i+3].glued && ts[i+4].glued || len(ts[i+4].s) == 4 && !ts[i+1].nl && !ts[i+2].nl && !ts[i+3].nl && !ts[i+4].nl) {
		y, ok := yearNum(ts, i+4)
		if !ok && ts[i+4].kind == 'd' && len(ts[i+4].s) == 2 && ts[i+4].glued && !(i+5 < len(ts) && ts[i+5].glued && ts[i+5].kind != 'p') {
			// "7/8/07"
			y, ok = atoi(ts[i+4].s)
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		}
		if ok {
			if r, ok := numericDate(ts, i, y, false); ok {
				return r, true
			}
		}
	}
	// 14.11.2022: day first, as in the countries that write dates with
	// dots (only glued, with a four-digit year: "3.5.2021", not "3.5 2021")
	if i+4 < len(ts) && ts[i].kind == 'd' && ts[i+1].s == "." && ts[i+2].kind == 'd' && ts[i+3].s == "." && len(ts[i].s) <= 2 && len(ts[i+2].s) <= 2 &&
		ts[i+1].glued && ts[i+2].glued && ts[i+3].glued && ts[i+4].glued && len(ts[i+4].s) == 4 && !(i > 0 && ts[i].glued && t.is(i-1, ".")) &&
		!(i+5 < len(ts) && ts[i+5].glued && (ts[i+5].kind == 'd' || ts[i+5].s == "." && i+6 < len(ts) && ts[i+6].kind == 'd' && ts[i+6].glued)) {
		if y, ok := yearNum(ts, i+4); ok {
			if r, ok := numericDate(ts, i, y, true); ok {
				return r, true
			}
		}
	}
	return res{}, false
}

func (r res) explicitYear() res { r.explicit = true; return r }

func atoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}

// yearPreps may stand before a bare year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "of": true, "before": true,
	"after": true, "during": true, "to": true, "through": true, "between": true, "and": true, "early": true,
	"late": true, "mid": true, "-": true, "(": true, "fiscal": true, "for": true, "around": true, "circa": true,
	"the": true, "throughout": true, "year": true, "spring": true, "summer": true, "autumn": true, "winter": true, "fall": true,
	"or": true, "than": true,
}

// yearNext may follow a bare year.
var yearNext = map[string]bool{
	"and": true, "to": true, "season": true, "election": true, "elections": true, "budget": true, "when": true,
	"as": true, "that": true, "after": true, "before": true, "until": true, "through": true, "or": true,
	"figures": true, "results": true, "data": true, "crisis": true, "census": true,
	"olympics": true, "was": true, "is": true, "were": true, "had": true, "has": true, "saw": true, "the": true,
}

// yearOK decides whether the 4-digit number at i is a year: after a
// preposition or before punctuation, and never a quantity ("2000 shares").
func (t *tagger) yearOK(i int) bool {
	ts := t.ts
	if i > 0 && (isCurrency(ts[i-1].s) || ts[i-1].kind == 'd') {
		return false
	}
	if i > 1 && ts[i].glued && (ts[i-1].s == "." || ts[i-1].s == ",") && ts[i-1].glued && ts[i-2].kind == 'd' {
		return false // part of a number: "1.2.2008.5", "12,2008"
	}
	y, _ := yearNum(ts, i)
	modern := y >= 1900 && y <= 2100
	if t.is(i-1, "his", "her", "its", "their", "our", "my", "your") {
		return false // "his 2008 Bentley": a model year
	}
	if i > 0 && yearPreps[ts[i-1].s] {
		switch ts[i-1].s {
		case "-":
			if i < 2 || ts[i-2].kind == 'd' {
				return false
			}
		case "the":
			// "the 2008 season" yes, "the 1500 workers" no
			if i+1 < len(ts) && ts[i+1].kind == 'a' && !yearNext[ts[i+1].s] {
				return modern
			}
		case "to", "and", "or", "than", "around", "between", "(":
			// "from 2009 to 2011" yes, "fell to 1200" no
			return modern
		}
		return true
	}
	if !modern {
		return false
	}
	if i+1 >= len(ts) || ts[i+1].nl {
		return true
	}
	n := ts[i+1]
	switch {
	case n.kind == 'p':
		return n.s != "%" && n.s != "-" && n.s != "/" && !(n.s == "," && i+2 < len(ts) && ts[i+2].kind == 'd' && ts[i+2].glued)
	case yearNext[n.s]:
		return true
	case isUpper(n.raw) && n.kind == 'a':
		return true
	}
	return false
}

// monthDay matches "November 14[, 2022]", "14 November [2022]", "the 14th
// of November", "February [of] 2021" and a month alone.
func (t *tagger) monthDay(i int) (res, bool) {
	ts := t.ts
	// the 5th of May
	if t.is(i, "the") {
		if dd, j, ok := dayNum(ts, i+1); ok && j > i+2 && t.is(j, "of") {
			if m, k, ok := monthAt(ts, j+1); ok {
				return t.withYear(k, m, dd), true
			}
		}
		return res{}, false
	}
	if dd, j, ok := dayNum(ts, i); ok {
		// "28th of October" without its article
		if j > i+1 && t.is(j, "of") && !ts[j].nl {
			if m, k, ok := monthAt(ts, j+1); ok {
				return t.withYear(k, m, dd), true
			}
		}
		if m, k, ok := monthAt(ts, j); ok && !ts[j].nl {
			// "5 March", or the end of "3-5 March" (its month given before)
			if pm, ok := t.rangeStart(i); ok && pm != m {
				return res{}, false
			}
			return t.withYear(k, m, dd), true
		}
		// "3-5 March 2021", "3 to 5 March": the first day of a range takes
		// the month and year written after the second
		if j2, ok := t.rangeTo(j); ok {
			if _, k2, ok := dayNum(ts, j2); ok {
				if m, k, ok := monthAt(ts, k2); ok && !ts[k2].nl {
					r := t.withYear(k, m, dd)
					r.end = j
					return r, true
				}
			}
		}
		// "March 3-5": the end of a range takes the month before it
		if m, ok := t.rangeStart(i); ok {
			if _, _, isMonth := monthAt(ts, j); !isMonth {
				return t.withYear(j, m, dd), true
			}
		}
		return res{}, false
	}
	m, j, ok := monthAt(ts, i)
	if !ok {
		return res{}, false
	}
	if dd, k, ok := dayNum(ts, j); ok && !ts[j].nl && !(k < len(ts) && (ts[k].s == "%" || ts[k].s == "," && k+1 < len(ts) && ts[k+1].kind == 'd' && len(ts[k+1].s) == 3 && ts[k+1].glued)) {
		if _, isYear := yearNum(ts, j); !isYear {
			// "March 3-5, 2021": the year written after the range
			if j2, ok := t.rangeTo(k); ok {
				if _, k2, ok := dayNum(ts, j2); ok {
					if _, isYear := yearNum(ts, j2); !isYear {
						r := t.withYear(k2, m, dd)
						r.end = k
						return r, true
					}
				}
			}
			return t.withYear(k, m, dd), true
		}
	}
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y, ok := yearNum(ts, k); ok && !ts[k].nl {
		return res{end: k + 1, val: fmt.Sprintf("%04d-%02d", y, m), typ: "DATE", anch: true, year: y, explicit: true}, true
	}

	// a month alone: "May" and "March" only after a preposition or modifier
	if ts[i].s == "may" || ts[i].s == "march" {
		if !(i > 0 && (yearPreps[ts[i-1].s] && ts[i-1].s != "-" && ts[i-1].s != "the" || t.is(i-1, "last", "next", "this", "early", "late", "mid", "-"))) {
			return res{}, false
		}
	}
	if j == i+1 && len(ts[i].s) <= 4 && ts[i].s != "june" && ts[i].s != "july" && ts[i].s != "may" {
		return res{}, false // "Jan" alone
	}
	// "October of next year": the month of the year named after it (itself
	// an expression of its own)
	if t.has && t.is(j, "of") && t.is(j+1, "next", "last", "this") && t.is(j+2, "year") {
		y := t.anchor.Year() + deictic[ts[j+1].s]
		return res{end: j, val: fmt.Sprintf("%04d-%02d", y, m), typ: "DATE", anch: true, year: y}, true
	}
	// "November last year", "in March next year": one expression
	if t.is(j, "next", "last", "this") && t.is(j+1, "year") && !ts[j].nl {
		if !t.has {
			return res{end: j + 2, val: fmt.Sprintf("XXXX-%02d", m), typ: "DATE"}, true
		}
		y := t.anchor.Year() + deictic[ts[j].s]
		return res{end: j + 2, val: fmt.Sprintf("%04d-%02d", y, m), typ: "DATE", anch: true, year: y}, true
	}
	return t.monthOnly(j, m, i), true
}

// nthWeekday matches "the second Tuesday of March [2021]", "the last
// Friday in May": that day of the month.
func (t *tagger) nthWeekday(i int) (res, bool) {
	ts := t.ts
	if !t.is(i, "the") {
		return res{}, false
	}
	n, ok := ordinals[t.tokS(i+1)]
	if t.is(i+1, "last", "final") {
		n, ok = -1, true
	}
	if !ok || n > 5 {
		return res{}, false
	}
	wd, j, ok := weekdayAt(ts, i+2)
	if !ok || !t.is(j, "of", "in") {
		return res{}, false
	}
	m, k, ok := monthAt(ts, j+1)
	if !ok {
		return res{}, false
	}
	end, y, explicit := k, 0, false
	l := k
	if t.is(l, ",") {
		l++
	}
	if yy, ok := yearNum(ts, l); ok && !ts[l].nl {
		end, y, explicit = l+1, yy, true
	} else if mo := t.monthOnly(k, m, i); mo.anch && len(mo.val) == 7 {
		y, _ = atoi(mo.val[:4])
	}
	if y == 0 {
		return res{end: end, val: fmt.Sprintf("XXXX-%02d-XX", m), typ: "DATE"}, true
	}
	var d time.Time
	if n > 0 {
		first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		d = first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
	} else {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		d = last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	if int(d.Month()) != m {
		return res{}, false // no fifth Monday that month
	}
	r := dateRes(end, d, true)
	r.explicit = explicit
	return r, true
}

// rangeTo reports whether the token at j joins the two days of a range
// ("3-5", "3 to 5", "3 through 5") on one line, and where the second begins.
func (t *tagger) rangeTo(j int) (int, bool) {
	if j+1 >= len(t.ts) || t.ts[j].nl || t.ts[j+1].nl {
		return j, false
	}
	if t.is(j, "-", "–", "to", "through", "until", "till") {
		return j + 1, true
	}
	return j, false
}

// rangeStart reports whether the day number at i ends a range whose first
// day follows a month ("March 3-5", "March 3 to 5"), and gives that month.
func (t *tagger) rangeStart(i int) (int, bool) {
	ts := t.ts
	if i < 3 || !t.is(i-1, "-", "–", "to", "through", "until", "till") || ts[i-1].nl || ts[i].nl {
		return 0, false
	}
	d := i - 2
	if t.is(d, "st", "nd", "rd", "th") && d > 0 && ts[d].glued {
		d--
	}
	if _, e, ok := dayNum(ts, d); !ok || e != i-1 || ts[d].nl {
		return 0, false
	}
	for back := 1; back <= 2 && d-back >= 0; back++ { // "March 3", "Mar. 3"
		if m, e, ok := monthAt(ts, d-back); ok && e == d {
			return m, true
		}
	}
	return 0, false
}

// withYear finishes a day and month with an optional year after it.
func (t *tagger) withYear(k int, m, dd int) res {
	ts := t.ts
	j := k
	if t.is(j, ",") {
		j++
	}
	if y, ok := yearNum(ts, j); ok && !ts[j].nl {
		return dateRes(j+1, time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC), true).explicitYear()
	}
	// "March 3 last year"
	if t.is(k, "next", "last", "this") && t.is(k+1, "year") && !ts[k].nl {
		if !t.has {
			return res{end: k + 2, val: fmt.Sprintf("XXXX-%02d-%02d", m, dd), typ: "DATE"}
		}
		y := t.anchor.Year() + deictic[ts[k].s]
		return dateRes(k+2, time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC), true)
	}
	return t.monthDayNoYear(k, m, dd)
}

func (t *tagger) monthDayNoYear(end int, m, dd int) res {
	if !t.has {
		if t.refExplicit != 0 {
			return dateRes(end, time.Date(t.refExplicit, time.Month(m), dd, 0, 0, 0, 0, time.UTC), true)
		}
		return res{end: end, val: fmt.Sprintf("XXXX-%02d-%02d", m, dd), typ: "DATE"}
	}
	a := t.anchor
	best := time.Time{}
	var bestDiff time.Duration = 1 << 62
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		c := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		diff := c.Sub(a)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = c, diff
		}
	}
	if bestDiff > 60*24*time.Hour {
		if t.fut(t.cur) {
			best = time.Date(a.Year(), time.Month(m), dd, 0, 0, 0, 0, time.UTC)
			if best.Before(a) {
				best = best.AddDate(1, 0, 0)
			}
		} else {
			best = time.Date(a.Year(), time.Month(m), dd, 0, 0, 0, 0, time.UTC)
			if best.After(a) {
				best = best.AddDate(-1, 0, 0)
			}
		}
	}
	return dateRes(end, best, true)
}

func (t *tagger) monthOnly(end int, m int, at int) res {
	if !t.has {
		if t.refExplicit != 0 {
			return res{end: end, val: fmt.Sprintf("%04d-%02d", t.refExplicit, m), typ: "DATE", anch: true, year: t.refExplicit}
		}
		return res{end: end, val: fmt.Sprintf("XXXX-%02d", m), typ: "DATE"}
	}
	y, am := t.anchor.Year(), int(t.anchor.Month())
	switch {
	case m == am:
	case t.fut(t.cur), m == am%12+1 && t.futCue(t.cur, false):
		// the next month is the coming one unless a tense cue before it
		// says otherwise ("Monday's bid for October elections failed")
		if m < am {
			y++
		}
	default:
		if m > am {
			y--
		}
	}
	return res{end: end, val: fmt.Sprintf("%04d-%02d", y, m), typ: "DATE", anch: true, year: y}
}

// weekday resolves a weekday against the publication date: the last one
// (the same day included) unless its sentence speaks of the future. rel is
// "last", "next", "this" or "".
func (t *tagger) weekday(end int, wd time.Weekday, at int, rel string) res {
	if !t.has {
		if !t.refWritten.IsZero() && rel == "" {
			// no publication date: the nearest such weekday to the last
			// date written out in full is the narrative's; in a clause
			// about the future, the next one after it
			r := t.refWritten
			fut := t.fut(t.cur)
			if fut {
				r = t.maxWritten // the future is after the latest date told
			}
			diff := (int(wd) - int(r.Weekday()) + 7) % 7
			if fut {
				if diff == 0 {
					diff = 7
				}
			} else if diff > 3 {
				diff -= 7
			}
			return dateRes(end, r.AddDate(0, 0, diff), true)
		}
		return res{end: end, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), typ: "DATE"}
	}
	if rel == "" {
		if p, ok := t.rangeOpener(); ok {
			// "from Monday to Friday", "May 3 through Saturday": the end
			// of a range is the first such day after its start
			diff := (int(wd) - int(p.Weekday()) + 7) % 7
			if diff == 0 {
				diff = 7
			}
			return dateRes(end, p.AddDate(0, 0, diff), true)
		}
	}
	a := t.anchor
	back := (int(a.Weekday()) - int(wd) + 7) % 7 // days back to the last one, 0 = today
	fwd := (int(wd) - int(a.Weekday()) + 7) % 7
	var d time.Time
	switch {
	case rel == "last":
		if back == 0 {
			back = 7
		}
		d = a.AddDate(0, 0, -back)
	case rel == "next" || rel == "coming":
		if fwd == 0 {
			fwd = 7
		}
		d = a.AddDate(0, 0, fwd)
	case rel == "" && t.is(end, "'", "’") && t.is(end+1, "s") && back <= 3:
		// "Monday's announcement": an event told as a fact, the nearest
		// such day unless it lies more than three days back
		d = a.AddDate(0, 0, -back)
	case t.fut(t.cur):
		d = a.AddDate(0, 0, fwd)
	default:
		d = a.AddDate(0, 0, -back)
	}
	return dateRes(end, d, true)
}

// rangeOpener returns the day that opens a range the expression being
// matched closes: the last expression, a day, stands right before the
// "to", "through", "until" or dash before it.
func (t *tagger) rangeOpener() (time.Time, bool) {
	i := t.cur
	n := len(t.out)
	if n == 0 || i < 2 || !t.is(i-1, "to", "through", "thru", "until", "till", "-", "–") || t.out[n-1].End != t.ts[i-2].end {
		return time.Time{}, false
	}
	v := t.out[n-1].Value
	if len(v) < 10 {
		return time.Time{}, false
	}
	d, err := time.Parse("2006-01-02", v[:10])
	return d, err == nil
}

var quarterOrd = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// quarter matches "the third quarter [of 2009|of this year]", "third-quarter",
// "Q3 2009", "the first half of 2009".
func (t *tagger) quarter(i int) (res, bool) {
	ts := t.ts
	j := i
	if t.is(j, "the") || t.is(j, "its") || t.is(j, "their") {
		j++
	}
	q, half := 0, false
	switch {
	case j+1 < len(ts) && ts[j].s == "q" && ts[j+1].kind == 'd' && ts[j+1].glued && isUpper(ts[j].raw):
		q, _ = atoi(ts[j+1].s)
		j += 2
	case j+1 < len(ts) && ts[j].s == "h" && ts[j+1].kind == 'd' && ts[j+1].glued && isUpper(ts[j].raw):
		// "H1 2008": a half year, only with its year ("H1" alone is too
		// often something else)
		q, _ = atoi(ts[j+1].s)
		if q > 2 {
			return res{}, false
		}
		k := j + 2
		if t.is(k, ",") {
			k++
		}
		y, ok := yearNum(ts, k)
		if !ok {
			return res{}, false
		}
		return res{end: k + 1, val: fmt.Sprintf("%04d-H%d", y, q), typ: "DATE", anch: true, year: y, explicit: true}, true
	case j < len(ts):
		n, ok := quarterOrd[ts[j].s]
		if !ok {
			return res{}, false
		}
		k := j + 1
		if t.is(k, "-") {
			k++
		}
		if t.is(k, "fiscal", "financial") {
			k++
		}
		switch {
		case t.is(k, "quarter"):
			q = n
		case t.is(k, "half") && n <= 2:
			q, half = n, true
		default:
			return res{}, false
		}
		j = k + 1
	}
	if q < 1 || q > 4 {
		return res{}, false
	}
	code := fmt.Sprintf("Q%d", q)
	if half {
		code = fmt.Sprintf("H%d", q)
	}
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y, ok := yearNum(ts, k); ok {
		return res{end: k + 1, val: fmt.Sprintf("%04d-%s", y, code), typ: "DATE", anch: true, year: y, explicit: true}, true
	}
	if t.is(k-1, "of") && t.is(k+1, "year") {
		if r, ok := t.relUnit(k); ok {
			r.val += "-" + code
			return r, true
		}
		// "the second half of the year": the narrative's year
		if t.is(k, "the") && !t.is(k+2, "of", "before", "after", "-") {
			r := t.anaphoricUnit(k+2, "year")
			r.val += "-" + code
			return r, true
		}
	}
	if half {
		return res{}, false // "the second half" of a match, not of a year
	}
	if !t.has {
		return res{end: j, val: "XXXX-" + code, typ: "DATE"}, true
	}
	// a bare quarter is the last one of that number, or the next one in a
	// sentence about the future
	y := t.anchor.Year()
	cur := (int(t.anchor.Month())-1)/3 + 1
	if half {
		cur = (int(t.anchor.Month())-1)/6 + 1
	}
	if q > cur && q-cur >= 2 && !t.fut(t.cur) {
		y--
	}
	return res{end: j, val: fmt.Sprintf("%04d-%s", y, code), typ: "DATE", anch: true, year: y}, true
}

// season matches "the fall of 2011", "summer 2009", "this summer", "last
// winter", "in the spring".
func (t *tagger) season(i int) (res, bool) {
	ts := t.ts
	j := i
	rel := ""
	if t.is(j, "this", "last", "next", "the") {
		rel = ts[j].s
		j++
	}
	s, ok := seasons[t.tokS(j)]
	if !ok {
		return res{}, false
	}
	k := j + 1
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y, ok := yearNum(ts, k); ok {
		return res{end: k + 1, val: fmt.Sprintf("%04d-%s", y, s), typ: "DATE", anch: true, year: y, explicit: true}, true
	}
	if t.is(j+1, "of") {
		return res{}, false // "the fall of the regime"
	}
	if rel == "" || rel == "the" {
		// "fall" is mostly the verb, and a bare season needs a preposition
		if ts[j].s == "fall" && rel == "" || !t.is(i-1, "in", "during", "since", "by", "until", "through") {
			return res{}, false
		}
	}
	if !t.has {
		return res{end: j + 1, val: "XXXX-" + s, typ: "DATE"}, true
	}
	y := t.anchor.Year()
	switch rel {
	case "last":
		y--
	case "next":
		y++
	case "", "the":
		// a season told without a year is on the side of the
		// publication date the clause's tense gives: "in the autumn"
		// said in March of a past event is the autumn before
		if first, last := seasonMonths(s); first != 0 {
			am := int(t.anchor.Month())
			if fut := t.fut(t.cur); !fut && first > am {
				y--
			} else if fut && last < am {
				y++
			}
		}
	}
	return res{end: j + 1, val: fmt.Sprintf("%04d-%s", y, s), typ: "DATE", anch: true, year: y}, true
}

// seasonMonths are the first and last months of a season (meteorological,
// northern); winter, which spans the turn of the year, gives zeros.
func seasonMonths(s string) (int, int) {
	switch s {
	case "SP":
		return 3, 5
	case "SU":
		return 6, 8
	case "FA":
		return 9, 11
	}
	return 0, 0
}

// decadeWords are the decades written out ("the nineties").
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// yearPart matches "the nineties" (the 20th century's), "year-end" and
// "mid-year" (the publication year, or the narrative's).
func (t *tagger) yearPart(i int) (res, bool) {
	ts := t.ts
	if d, ok := decadeWords[t.tokS(i+1)]; ok && t.is(i, "the") {
		return res{end: i + 2, val: fmt.Sprintf("19%d", d), typ: "DATE", anch: true}, true
	}
	j, mod := i, ""
	switch {
	case t.is(i, "year") && t.is(i+1, "-") && ts[i+1].glued && t.is(i+2, "end") && ts[i+2].glued:
		j, mod = i+3, "END"
	case t.is(i, "mid") && t.is(i+1, "-") && ts[i+1].glued && t.is(i+2, "year") && ts[i+2].glued:
		j, mod = i+3, "MID"
	case t.is(i, "midyear"):
		j, mod = i+1, "MID"
	default:
		return res{}, false
	}
	if t.is(j, "-") && j < len(ts) && ts[j].glued {
		return res{}, false
	}
	r := t.anaphoricUnit(j, "year")
	r.mod = mod
	return r, true
}

// century matches "the 20th century", "the nineteenth century" and the
// adjective "21st-century": TIMEX3 gives a century the first two digits of
// its years ("19" for the 20th century).
func (t *tagger) century(i int) (res, bool) {
	ts := t.ts
	j := i
	if t.is(j, "the") {
		j++
	}
	n, ok := ordinals[t.tokS(j)]
	k := j + 1
	if !ok && j < len(ts) && ts[j].kind == 'd' && t.is(j+1, "st", "nd", "rd", "th") && ts[j+1].glued {
		n, ok = atoi(ts[j].s)
		k = j + 2
	}
	if !ok || n < 1 || n > 30 {
		return res{}, false
	}
	adj := false
	if t.is(k, "-") && ts[k].glued {
		adj = true
		k++
	}
	if !t.is(k, "century") || (j == i && !adj) {
		return res{}, false
	}
	return res{end: k + 1, val: fmt.Sprintf("%02d", n-1), typ: "DATE", anch: true}, true
}

// numericDate reads the two numbers of an all-numeric date at ts[i] and
// ts[i+2] with year y (the year at ts[i+4]): month first unless dayFirst,
// the other way round when the first choice cannot be a month.
func numericDate(ts []tok, i, y int, dayFirst bool) (res, bool) {
	a, _ := atoi(ts[i].s)
	b, _ := atoi(ts[i+2].s)
	mo, dd := a, b
	if dayFirst {
		mo, dd = b, a
	}
	if mo > 12 {
		mo, dd = dd, mo
	}
	if mo < 1 || mo > 12 || dd < 1 || dd > 31 {
		return res{}, false
	}
	return dateRes(i+5, time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC), true).explicitYear(), true
}
