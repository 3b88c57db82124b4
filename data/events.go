package data

import _ "embed"

// eventLexicon is the built-in PLOVER event trigger lexicon (format in
// data/events/README.md).
//
//go:embed events/lexicon.tsv
var eventLexicon []byte

// EventLexicon returns the bytes of the built-in event lexicon,
// data/events/lexicon.tsv: English trigger lemmas, nominalisations and
// modality markers with their PLOVER type and mode.
func EventLexicon() []byte {
	return eventLexicon
}
