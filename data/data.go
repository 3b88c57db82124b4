// Package data embeds Parley's data files: trained model weights, gazetteers
// and lexicons. Everything here is facts and figures we built ourselves or
// trained from the open corpora listed in MODELS.md; `parley train`
// regenerates the models.
package data

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed models actors
var files embed.FS

// Model returns the bytes of an embedded model file by name (e.g. "pos.bin").
func Model(name string) ([]byte, error) {
	b, err := fs.ReadFile(files, "models/"+name)
	if err != nil {
		return nil, fmt.Errorf("data: model %s: %w (run `parley train` to build it)", name, err)
	}
	return b, nil
}

// Actors returns the built-in actor knowledge base: the data/actors
// directory (JSON Lines files, format in data/actors/README.md).
func Actors() fs.FS {
	sub, err := fs.Sub(files, "actors")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}
