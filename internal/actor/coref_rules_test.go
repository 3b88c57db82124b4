package actor_test

import "testing"

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

func TestCorefCases(t *testing.T) { runResolveCases(t, corefCases) }
