package timex

import (
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // the zone rules, so that conversions do not depend on the host
)

// A clock time's zone is the one its text states, and only that: "5:40
// p.m. ET", "16:00 UTC", "6:40 p.m. (GMT +8)", "14:00 Greek time". A clock
// time without a stated zone ("8.40am", "2 p.m. local time") is the local
// time of wherever it was read, which the text does not say: it keeps no
// zone (T08:40, not T08:40Z), as TIMEX3 reads a value without Z. Parley does
// not guess a zone from the places a story names, nor from its date line.
//
// Zones that follow summer time ("ET", "Pacific time", "Greek time") are
// converted with the rules of the IANA time zone database in force on that
// day; abbreviations of one offset ("EST", "CEST", "GMT") with that offset.

// zoneFixed are the abbreviations of one offset, in minutes east of UTC.
var zoneFixed = map[string]int{
	"utc": 0, "gmt": 0, "z": 0,
	"est": -5 * 60, "edt": -4 * 60, "cst": -6 * 60, "cdt": -5 * 60,
	"mst": -7 * 60, "mdt": -6 * 60, "pst": -8 * 60, "pdt": -7 * 60,
	"bst": 60, "cet": 60, "cest": 2 * 60, "eet": 2 * 60, "eest": 3 * 60,
	"jst": 9 * 60,
}

// zoneNamed are zones named by a generic abbreviation or by a region or
// place followed by "time" ("Eastern time", "Moscow time", "Greek time"),
// with the IANA zone whose rules they follow. Only names of a single zone
// are here: "Russian time" or "Australian time" name several and stay local.
var zoneNamed = map[string]string{
	"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles",
	"msk":     "Europe/Moscow",
	"eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver", "pacific": "America/Los_Angeles",
	"greenwich": "UTC",
	"british":   "Europe/London", "uk": "Europe/London", "london": "Europe/London", "irish": "Europe/Dublin", "dublin": "Europe/Dublin",
	"french": "Europe/Paris", "paris": "Europe/Paris", "german": "Europe/Berlin", "berlin": "Europe/Berlin",
	"italian": "Europe/Rome", "rome": "Europe/Rome", "spanish": "Europe/Madrid", "madrid": "Europe/Madrid",
	"dutch": "Europe/Amsterdam", "belgian": "Europe/Brussels", "swiss": "Europe/Zurich", "austrian": "Europe/Vienna",
	"polish": "Europe/Warsaw", "greek": "Europe/Athens", "athens": "Europe/Athens", "turkish": "Europe/Istanbul",
	"istanbul": "Europe/Istanbul", "ukrainian": "Europe/Kyiv", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv",
	"moscow": "Europe/Moscow", "israeli": "Asia/Jerusalem", "israel": "Asia/Jerusalem", "egyptian": "Africa/Cairo",
	"cairo": "Africa/Cairo", "iranian": "Asia/Tehran", "tehran": "Asia/Tehran", "iraqi": "Asia/Baghdad",
	"baghdad": "Asia/Baghdad", "saudi": "Asia/Riyadh", "pakistani": "Asia/Karachi", "indian": "Asia/Kolkata",
	"india": "Asia/Kolkata", "thai": "Asia/Bangkok", "bangkok": "Asia/Bangkok", "beijing": "Asia/Shanghai",
	"chinese": "Asia/Shanghai", "china": "Asia/Shanghai", "japanese": "Asia/Tokyo", "japan": "Asia/Tokyo",
	"tokyo": "Asia/Tokyo", "korean": "Asia/Seoul", "seoul": "Asia/Seoul", "singapore": "Asia/Singapore",
	"philippine": "Asia/Manila", "manila": "Asia/Manila", "kenyan": "Africa/Nairobi", "nairobi": "Africa/Nairobi",
	"nigerian": "Africa/Lagos", "lagos": "Africa/Lagos", "hawaii": "Pacific/Honolulu", "hawaiian": "Pacific/Honolulu",
}

var (
	zoneMu    sync.Mutex
	zoneCache = map[string]*time.Location{}
)

// location returns the zone a clock time's zone name stands for: "utc",
// "est", "et", "greek", or "utc+8" / "utc-5" for an offset written out.
func location(zone string) (*time.Location, bool) {
	if zone == "" {
		return nil, false
	}
	if off, ok := zoneFixed[zone]; ok {
		return time.FixedZone(zone, off*60), true
	}
	if len(zone) > 4 && strings.HasPrefix(zone, "utc") && (zone[3] == '+' || zone[3] == '-') {
		n, ok := atoi(zone[4:])
		if !ok || n > 14 {
			return nil, false
		}
		if zone[3] == '-' {
			n = -n
		}
		return time.FixedZone(zone, n*3600), true
	}
	name, ok := zoneNamed[zone]
	if !ok {
		return nil, false
	}
	zoneMu.Lock()
	defer zoneMu.Unlock()
	if loc, ok := zoneCache[name]; ok {
		return loc, loc != nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	zoneCache[name] = loc
	return loc, loc != nil
}

// withClock joins a date value and a clock time ("T17:40"). A time whose
// zone the text states, on a known day, is converted to UTC ("5:40 p.m. ET"
// on a summer day → T21:40Z); any other keeps its written time and no zone.
func withClock(date string, c res) string {
	loc, ok := location(c.zone)
	d, err := time.Parse("2006-01-02", date)
	if !ok || err != nil || len(c.val) < 6 {
		return date + c.val
	}
	h, _ := atoi(c.val[1:3])
	m, _ := atoi(c.val[4:6])
	if h == 24 && m == 0 {
		// "midnight on Tuesday" is the end of that Tuesday (TIMEX3 T24:00),
		// not the Wednesday it runs into
		if _, off := time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 0, 0, loc).Zone(); off == 0 {
			return date + "T24:00Z"
		}
	}
	u := time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, loc).UTC()
	return u.Format("2006-01-02T15:04") + "Z"
}
