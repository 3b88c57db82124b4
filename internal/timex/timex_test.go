package timex

import (
	"testing"
	"time"

	"github.com/parley-news/parley/internal/doc"
)

func TestTag(t *testing.T) {
	anchor := time.Date(2022, 11, 15, 0, 0, 0, 0, time.UTC) // a Tuesday
	cases := []struct {
		text      string
		anchor    time.Time
		wantText  string
		wantValue string
		anchored  bool
	}{
		{"The envoys met on November 14 in Ankara.", anchor, "November 14", "2022-11-14", true},
		{"It was signed on 3 March 2021.", anchor, "3 March 2021", "2021-03-03", true},
		{"Talks began on Jan. 5, 2023, in Geneva.", anchor, "Jan. 5, 2023", "2023-01-05", true},
		{"The deal was announced in February 2021.", anchor, "February 2021", "2021-02", true},
		{"On Monday, the ministers spoke.", anchor, "Monday", "2022-11-14", true},
		{"On Monday, the ministers spoke.", time.Time{}, "Monday", "XXXX-WXX-1", false},
		{"The treaty expires in 2026.", anchor, "2026", "2026", true},
		{"Yesterday the envoy left.", anchor, "Yesterday", "2022-11-14", true},
		{"Report dated 2022-11-08 says so.", anchor, "2022-11-08", "2022-11-08", true},
		{"A late December 30 summit.", anchor, "December 30", "2022-12-30", true},
		{"The talks took place in January.", time.Date(2023, 1, 20, 0, 0, 0, 0, time.UTC), "January", "2023-01", true},
	}
	for _, tc := range cases {
		d := doc.New("t", tc.text)
		Tag(d, Options{Anchor: tc.anchor})
		if len(d.Times) != 1 {
			t.Errorf("%q: got %d times %+v, want 1", tc.text, len(d.Times), d.Times)
			continue
		}
		got := d.Times[0]
		if got.Text != tc.wantText || got.Value != tc.wantValue || got.Anchored != tc.anchored {
			t.Errorf("%q: got %q=%s anchored=%v, want %q=%s anchored=%v", tc.text, got.Text, got.Value, got.Anchored, tc.wantText, tc.wantValue, tc.anchored)
		}
		if err := d.Validate(); err != nil {
			t.Error(err)
		}
	}
}

func TestNoFalseDates(t *testing.T) {
	for _, s := range []string{
		"Moscow may march on.",
		"The 14 delegates met.",
		"They sold 2000 shares.",
	} {
		d := doc.New("t", s)
		Tag(d, Options{Anchor: time.Date(2022, 11, 15, 0, 0, 0, 0, time.UTC)})
		if len(d.Times) != 0 {
			t.Errorf("%q: unexpected times %+v", s, d.Times)
		}
	}
}
