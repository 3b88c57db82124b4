package event

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestProbe prints the events coded for each line of $PROBE (one sentence
// a line), for trying out our own sentences while developing rules:
// PROBE="$(cat sentences.txt)" go test ./internal/event -run TestProbe -v.
func TestProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip("set PROBE to sentences, one a line, to print their events")
	}
	annotate := annotator(t)
	for _, s := range strings.Split(os.Getenv("PROBE"), "\n") {
		if s == "" {
			continue
		}
		d := codeText(annotate, s)
		var got []string
		for _, e := range d.Events {
			m := "-"
			if e.Mode != nil {
				m = *e.Mode
			}
			got = append(got, fmt.Sprintf("%s/%s %v>%v neg=%v %s", e.Type, m, e.Source, e.Target, e.Negated, e.Modality))
		}
		fmt.Printf("%s\n   => %s\n", s, strings.Join(got, " | "))
	}
}
