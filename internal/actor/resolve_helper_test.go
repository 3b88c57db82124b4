package actor_test

import (
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/coref"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
)

// modelResolver loads the embedded models and the knowledge base, skipping
// the test when the models do not load, and returns a function that
// annotates a document as the pipeline does and resolves its actors.
func modelResolver(t *testing.T) func(d *doc.Document, opts actor.Options) {
	t.Helper()
	ann, err := coref.DefaultAnnotator()
	if ann == nil || err != nil {
		t.Skipf("models: %v", err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return func(d *doc.Document, opts actor.Options) {
		ann(d)
		actor.Resolve(d, k, opts)
	}
}
