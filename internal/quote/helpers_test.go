package quote

import (
	"sync"
	"testing"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/ner"
	"github.com/parley-news/parley/internal/parse"
	"github.com/parley-news/parley/internal/tag"
	"github.com/parley-news/parley/internal/text"
)

var (
	stagesOnce sync.Once
	stTagger   *tag.Tagger
	stNER      *ner.Recognizer
	stParser   *parse.Parser
	stErr      error
	stParseErr error
)

// annotate runs the real stages before quote on text: tokens, tags, names
// and (when the embedded parser loads) the dependency parse.
func annotate(t testing.TB, id, s string) *doc.Document {
	t.Helper()
	stagesOnce.Do(func() {
		if stTagger, stErr = tag.Load(); stErr != nil {
			return
		}
		if stNER, stErr = ner.Load(); stErr != nil {
			return
		}
		stParser, stParseErr = parse.Load()
	})
	if stErr != nil {
		t.Skipf("models unavailable: %v", stErr)
	}
	d := doc.New(id, s)
	text.TokenizeWith(d, text.Options{SplitHyphens: true})
	stTagger.Tag(d)
	stNER.Recognize(d)
	if stParseErr == nil {
		stParser.Parse(d)
	}
	return d
}
