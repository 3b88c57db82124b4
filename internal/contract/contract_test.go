package contract

import (
	"strings"
	"testing"
)

const good = `{"id":"a","title":"","date":null,"url":"","source":"","text":"Zajárova spoke.","sentences":[{"start":0,"end":16}],"entities":[{"start":0,"end":9,"text":"Zajárova","type":"PER"}],"actors":[{"id":"p1","mentions":[{"start":0,"end":9,"text":"Zajárova","how":"name"}]}],"quotes":[{"start":10,"end":15,"text":"spoke","kind":"reported","speaker":"p1","cue":null}],"events":[],"times":[],"places":[],"amounts":[],"positions":[]}`

func TestCheck(t *testing.T) {
	if err := Check([]byte(good)); err != nil {
		t.Fatalf("good line rejected: %v", err)
	}
	bad := []struct{ name, from, to, want string }{
		{"not json", good, `{"id":`, "not a JSON object"},
		{"missing field", `"positions":[]`, `"x":[]`, `missing field "positions"`},
		{"null array", `"times":[]`, `"times":null`, "times is not an array"},
		{"out of range", `"start":0,"end":16`, `"start":0,"end":99`, "out of range"},
		{"mid rune", `"start":0,"end":9,"text":"Zajárova","type"`, `"start":0,"end":4,"text":"Zaj","type"`, "UTF-8"},
		{"text differs", `"text":"Zajárova","type"`, `"text":"Zakharova","type"`, "differs"},
		{"unknown speaker", `"speaker":"p1"`, `"speaker":"p9"`, "names no actor"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			line := strings.Replace(good, tc.from, tc.to, 1)
			if tc.name == "not json" {
				line = tc.to
			}
			err := Check([]byte(line))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}
