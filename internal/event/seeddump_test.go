package event

import (
	"fmt"
	"testing"
)

func TestSeedDump(t *testing.T) {
	if !*showErrors {
		t.Skip("-errors not set")
	}
	for _, d := range seedDocs(t) {
		d.Events = d.Events[:0]
		Code(d, Options{})
		for _, e := range d.Events {
			fmt.Println(describe(e), e.Negated, e.Modality, "|", d.SpanText(e.Evidence))
		}
	}
}
