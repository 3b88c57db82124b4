package event

import (
	"flag"
	"sync"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/amount"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/ner"
	"github.com/parley-news/parley/internal/parse"
	"github.com/parley-news/parley/internal/place"
	"github.com/parley-news/parley/internal/quote"
	"github.com/parley-news/parley/internal/tag"
	"github.com/parley-news/parley/internal/testutil"
	"github.com/parley-news/parley/internal/text"
	"github.com/parley-news/parley/internal/timex"
)

var showErrors = flag.Bool("errors", false, "print the PLOVER dev errors")

// dataDir locates the shared corpora and skips the test without them.
func dataDir(t testing.TB) string {
	t.Helper()
	return testutil.DataDir(t, "plover/upstream/gold_standard_records")
}

var (
	stagesOnce sync.Once
	stagesErr  error
	tagger     *tag.Tagger
	recognizer *ner.Recognizer
	parser     *parse.Parser
	actors     *kb.KB
)

// annotator runs every stage before events, in the pipeline's order
// (internal/pipeline imports this package, so the test cannot use it).
func annotator(t testing.TB) func(*doc.Document) {
	t.Helper()
	stagesOnce.Do(func() {
		if tagger, stagesErr = tag.Load(); stagesErr != nil {
			return
		}
		if recognizer, stagesErr = ner.Load(); stagesErr != nil {
			return
		}
		if parser, stagesErr = parse.Load(); stagesErr != nil {
			return
		}
		actors, stagesErr = kb.Default()
	})
	if stagesErr != nil {
		t.Fatal(stagesErr)
	}
	return func(d *doc.Document) {
		var anchor time.Time
		date := ""
		if d.Date != nil {
			date = *d.Date
			anchor, _ = time.Parse("2006-01-02", date)
		}
		text.TokenizeWith(d, text.Options{SplitHyphens: true})
		tagger.Tag(d)
		recognizer.Recognize(d)
		parser.Parse(d)
		actor.Resolve(d, actors, actor.Options{Date: date})
		quote.Find(d, quote.Options{})
		actor.QuotePronouns(d)
		timex.Tag(d, timex.Options{Anchor: anchor})
		amount.Find(d, amount.Options{})
		place.Find(d, place.Options{})
	}
}

func TestEvalPLOVER(t *testing.T) {
	dir := dataDir(t)
	recs, err := LoadPLOVER(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 322 {
		t.Errorf("got %d gold records, want 322", len(recs))
	}
	annotate := annotator(t)
	for _, split := range []string{"dev", "test", "all"} {
		rep := EvalRecords(Split(recs, split), annotate, Options{})
		for _, r := range rep.Results("plover-" + split) {
			t.Log(r)
		}
		for _, typ := range Types {
			p := rep.PerType[typ]
			t.Logf("%s %-10s gold %3d pred %3d tp %3d  P %5.1f R %5.1f", split, typ, p.Gold, p.Pred, p.TP, p.Precision(), p.Recall())
		}
		t.Logf("%s: false positives beside a coded gold event %d, in sentences with no gold type coded %d", split, rep.ExtraFP, rep.WrongFP)
		if split == "dev" && *showErrors {
			for _, e := range rep.Errors {
				t.Log(e)
			}
		}
	}
}

func TestEvalPetrarch(t *testing.T) {
	dir := dataDir(t)
	recs, err := LoadPetrarch(dir)
	if err != nil {
		t.Skipf("PETRARCH unit tests not available: %v", err)
	}
	n, unm := 0, 0
	for _, r := range recs {
		n += len(r.Types)
		unm += r.Unmapped
	}
	t.Logf("%d records, %d expected events mapped to PLOVER, %d unmapped", len(recs), n, unm)
	for _, r := range EvalPetrarch(recs, annotator(t), Options{}) {
		t.Log(r)
	}
	// The suite's actors are invented (Arnor, Gondor): with unresolved
	// sources kept, the figures show trigger and negation coverage alone.
	for _, r := range EvalPetrarch(recs, annotator(t), Options{KeepUnsourced: true}) {
		t.Log("keep-unsourced", r)
	}
}
