package quote

import (
	"testing"

	"github.com/parley-news/parley/internal/doc"
)

func TestFind(t *testing.T) {
	cases := []struct {
		text  string
		want  []string
		kinds []string
	}{
		{`The minister said: “We are ready to talk to anyone.” Then he left.`, []string{"We are ready to talk to anyone."}, []string{"direct"}},
		{`She called the offer “a serious step” and moved on.`, []string{"a serious step"}, []string{"partial"}},
		{`He stressed that «the border is not for sale, and never was.”`, []string{"the border is not for sale, and never was."}, []string{"partial"}},
		{`„Wir verhandeln nicht mit ihnen“, sagte er.`, []string{"Wir verhandeln nicht mit ihnen"}, []string{"direct"}},
		{`"The text was ready in March," the envoy recalled.`, []string{"The text was ready in March,"}, []string{"direct"}},
		{"An “unclosed quotation\n\nruns into the next paragraph.", nil, nil},
		{`A 12" pipe is not a quote.`, nil, nil},
	}
	for _, tc := range cases {
		d := doc.New("t", tc.text)
		Find(d, Options{})
		if len(d.Quotes) != len(tc.want) {
			t.Errorf("%q: got %d quotes %+v, want %d", tc.text, len(d.Quotes), d.Quotes, len(tc.want))
			continue
		}
		for i, q := range d.Quotes {
			if q.Text != tc.want[i] || q.Kind != tc.kinds[i] {
				t.Errorf("%q: quote %d = %q (%s), want %q (%s)", tc.text, i, q.Text, q.Kind, tc.want[i], tc.kinds[i])
			}
			if q.Speaker != nil || q.Cue != nil {
				t.Errorf("%q: speaker/cue set without attribution", tc.text)
			}
		}
		if err := d.Validate(); err != nil {
			t.Error(err)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add(`He said “yes” and «no” and „maybe“ and "so".`)
	f.Add("“\n\n”")
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New("f", s)
		Find(d, Options{})
		prev := 0
		for _, q := range d.Quotes {
			if q.Start < prev || q.End <= q.Start || q.End > len(s) {
				t.Fatalf("bad span %+v after %d in %q", q.Span, prev, s)
			}
			prev = q.End
		}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}
