package timex

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLoadCAT reads our own small CAT files: the anchor comes from the
// creation time as its date line writes it, else from a creation time given
// without tokens, else from the URL on the first line, else from a date
// line; only annotated sentences are scored.
func TestLoadCAT(t *testing.T) {
	cases := []struct {
		file, anchor, from string
		timex              []string // "text=value"
		scored             []string // texts of the scored spans
	}{
		{"esc_url.xml", "2031-03-04", "url", []string{"Monday=2031-03-03", "yesterday=2031-03-03"},
			[]string{"Ferry crews walked out on Monday, the union said yesterday."}},
		{"meantime_dateline.xml", "2031-03-04", "dateline", []string{"today=2031-03-04"},
			[]string{"Ferry crews strike", "March 4, 2031", "Ferry crews walked out today."}},
		{"esc_dct.xml", "2031-04-02", "dct", []string{"today=2031-04-02"},
			[]string{"April 2, 2031 11:06 PM EDT", "The port reopened today."}},
		// a creation time given only as an instance descriptor (no
		// tokens) is the anchor, before the day in the URL
		{"esc_meta_dct.xml", "2031-03-04", "dct-meta", []string{"Monday=2031-03-03", "Friday=2031-03-07"},
			[]string{"Ferry crews walked out on Monday and will meet the owners on Friday."}},
	}
	for _, c := range cases {
		g, err := loadCAT(filepath.Join("testdata", "cat", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := g.Anchor.Format(time.DateOnly); got != c.anchor || g.AnchorFrom != c.from {
			t.Errorf("%s: anchor %s from %q, want %s from %q", c.file, got, g.AnchorFrom, c.anchor, c.from)
		}
		var got []string
		for _, x := range g.Timex {
			got = append(got, g.Text[x.Start:x.End]+"="+x.Value)
		}
		if strings.Join(got, " ") != strings.Join(c.timex, " ") {
			t.Errorf("%s: timex %v, want %v", c.file, got, c.timex)
		}
		got = got[:0]
		for _, s := range g.Scored {
			got = append(got, g.Text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(c.scored, "|") {
			t.Errorf("%s: scored %q, want %q", c.file, got, c.scored)
		}
		// the tagger, given the anchor, gets the gold values
		var cnt counts
		scoreDoc(g, &cnt)
		if cnt.value.Right != len(c.timex) {
			t.Errorf("%s: %d of %d values right, %d predicted", c.file, cnt.value.Right, len(c.timex), cnt.relaxed.Pred)
		}
	}
}
