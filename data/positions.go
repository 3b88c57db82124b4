package data

import _ "embed"

//go:embed positions/stances.tsv
var positionStances []byte

//go:embed positions/topics.tsv
var positionTopics []byte

// PositionStances returns the built-in stance lexicon,
// data/positions/stances.tsv (format in data/positions/README.md).
func PositionStances() []byte { return positionStances }

// PositionTopics returns the built-in topic lexicon,
// data/positions/topics.tsv (format in data/positions/README.md).
func PositionTopics() []byte { return positionTopics }
