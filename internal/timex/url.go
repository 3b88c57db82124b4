package timex

import (
	"strings"
	"time"
)

// URLDate finds the publication day news sites put in their article
// addresses: ".../2013/05/03/slug", ".../story/2013-07-21/slug",
// ".../20130503-slug" or "...-20130503.html". It is a fallback anchor for a
// document with no publication date. Only the path is read (not the host nor
// the query), only a full day counts, and a day that is not a real calendar
// day between 1990 and 2099 is ignored. When the path holds several, the
// first is taken.
func URLDate(url string) (time.Time, bool) {
	u := url
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	i := strings.IndexByte(u, '/')
	if i < 0 {
		return time.Time{}, false
	}
	u = u[i:] // the path
	if j := strings.IndexAny(u, "?#"); j >= 0 {
		u = u[:j]
	}
	// split into runs of digits and the separators between them
	type run struct {
		s          string
		before     byte // the byte before the run (0 at the start)
		after      byte // the byte after it (0 at the end)
		start, end int
	}
	var runs []run
	for k := 0; k < len(u); {
		if u[k] < '0' || u[k] > '9' {
			k++
			continue
		}
		e := k
		for e < len(u) && u[e] >= '0' && u[e] <= '9' {
			e++
		}
		r := run{s: u[k:e], start: k, end: e}
		if k > 0 {
			r.before = u[k-1]
		}
		if e < len(u) {
			r.after = u[e]
		}
		runs = append(runs, r)
		k = e
	}
	boundary := func(b byte) bool { return b == 0 || b == '/' || b == '-' || b == '_' || b == '.' }
	for k, r := range runs {
		if !boundary(r.before) || !boundary(r.after) {
			continue
		}
		// 2013/05/03 or 2013-05-03 (the same separator twice)
		if len(r.s) == 4 && k+2 < len(runs) && (r.after == '/' || r.after == '-') {
			m, d := runs[k+1], runs[k+2]
			if m.start == r.end+1 && d.start == m.end+1 && m.after == r.after && len(m.s) <= 2 && len(d.s) <= 2 && boundary(d.after) {
				if t, ok := ymd(r.s, m.s, d.s); ok {
					return t, true
				}
			}
		}
		// 20130503
		if len(r.s) == 8 {
			if t, ok := ymd(r.s[:4], r.s[4:6], r.s[6:]); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// ymd builds a day from its written parts when it is a real one.
func ymd(y, m, d string) (time.Time, bool) {
	yy, ok1 := atoi(y)
	mm, ok2 := atoi(m)
	dd, ok3 := atoi(d)
	if !ok1 || !ok2 || !ok3 || yy < 1990 || yy > 2099 || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return time.Time{}, false
	}
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd {
		return time.Time{}, false // 2013-02-30
	}
	return t, true
}
