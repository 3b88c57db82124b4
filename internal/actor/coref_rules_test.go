package actor_test

import (
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/coref"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
)

// corefCases check the document-internal coreference rules: given names,
// name variants, copular predicates, descriptions of bodies and the
// pronouns that refer to bodies. want "" means the mention must not be
// an actor's.
var corefCases = []resolveCase{
	{"given name", `Marta Quintero opened the bakery in 1998. Years later Marta still bakes every morning.`,
		"2010-05-01", "Marta", 1, "new:per:marta-quintero"},
	{"given name shared", `Marta Quintero and Marta Oliveira opened the bakery in 1998. Years later Marta still bakes every morning.`,
		"2010-05-01", "Marta", 2, "new:per:marta"},
	{"description in the name", `The prize went to Tomas Rivera. Fellow novelist Tomas Rivera thanked the jury.`,
		"2010-05-01", "Tomas Rivera", 1, "new:per:tomas-rivera"},
	{"post-nominal letters", `Clara Hollis FRS studied the stars. Clara Hollis wrote four books.`,
		"2010-05-01", "Clara Hollis", 1, "new:per:clara-hollis"},
	{"double surname", `Clara Ibáñez Cantero wrote the report. Ibáñez Cantero found no errors.`,
		"2010-05-01", "Ibáñez Cantero", 1, "new:per:clara-ibanez-cantero"},
	{"copular predicate", `Clara Hollis is a British astronomer. She studied the stars.`,
		"2010-05-01", "a British astronomer", 0, "new:per:clara-hollis"},
	{"body without its generic word", `He studied at Wexford University. Wexford hired him later as a lecturer.`,
		"2010-05-01", "Wexford", 1, "new:org:wexford-university"},
	{"repeated body description", `The school opened in 1990. Parents say the school has changed a lot.`,
		"2010-05-01", "the school", 0, "new:org:school"},
	{"it after a body", `The Wexford Company cut 200 jobs. It said sales had fallen.`,
		"2010-05-01", "It", 0, "new:org:wexford-company"},
	{"repeated kin description", `His brother moved to Lisbon. Every summer his brother visits the farm.`,
		"2010-05-01", "his brother", 0, "new:per:his-brother"},
}

func TestCorefCases(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the models")
	}
	ann, err := coref.DefaultAnnotator()
	if ann == nil || err != nil {
		t.Skipf("models: %v", err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range corefCases {
		t.Run(c.name, func(t *testing.T) {
			d := doc.New("case", c.text)
			d.Date = &c.date
			ann(d)
			actor.Resolve(d, k, actor.Options{})
			coref.AfterResolve(d)
			at := wordIndex(c.text, c.mention, c.nth)
			if at < 0 {
				t.Fatalf("%q: occurrence %d of %q not in the text", c.text, c.nth, c.mention)
			}
			got := ""
			for _, a := range d.Actors {
				for _, m := range a.Mentions {
					if m.Start == at && m.End == at+len(c.mention) {
						got = a.ID
					}
				}
			}
			if got != c.want {
				var all []string
				for _, a := range d.Actors {
					for _, m := range a.Mentions {
						all = append(all, m.Text+"→"+a.ID)
					}
				}
				t.Errorf("%q: %q (at %d) → %q, want %q; mentions %v", c.text, c.mention, at, got, c.want, all)
			}
		})
	}
}
