// Package pipeline runs Parley's extraction stages over one document, in
// their one-way order: clean → text (tokens, sentences) → tags → names →
// parse → actors → quotes → times → amounts → places → events →
// positions. It is the only package that knows every stage; the
// stages themselves know only the annotated document.
package pipeline

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/amount"
	"github.com/parley-news/parley/internal/clean"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/ner"
	"github.com/parley-news/parley/internal/parse"
	"github.com/parley-news/parley/internal/place"
	"github.com/parley-news/parley/internal/position"
	"github.com/parley-news/parley/internal/quote"
	"github.com/parley-news/parley/internal/source"
	"github.com/parley-news/parley/internal/tag"
	"github.com/parley-news/parley/internal/text"
	"github.com/parley-news/parley/internal/timex"
)

// Options select what the pipeline runs.
type Options struct {
	// NoParse skips dependency parsing (the slowest stage) when nothing
	// downstream needs it.
	NoParse bool
	// KB is the actor knowledge base; nil means the built-in one.
	KB *kb.KB
	// Events is the event trigger lexicon; nil means the built-in one.
	Events *event.Lexicon
	// Positions is the stance and topic lexicon; nil means the built-in
	// one.
	Positions *position.Lexicon
}

// Pipeline holds the loaded models; it is safe for concurrent use.
type Pipeline struct {
	opts   Options
	tagger *tag.Tagger
	parser *parse.Parser
	ner    *ner.Recognizer
	kb     *kb.KB

	timings timings
}

var (
	loadOnce sync.Once
	models   struct {
		tagger *tag.Tagger
		parser *parse.Parser
		ner    *ner.Recognizer
		kb     *kb.KB
		err    error
	}
)

// New loads the embedded models (once per process) and returns a pipeline.
func New(opts Options) (*Pipeline, error) {
	loadOnce.Do(func() {
		if models.tagger, models.err = tag.Load(); models.err != nil {
			return
		}
		if models.ner, models.err = ner.Load(); models.err != nil {
			return
		}
		if models.kb, models.err = kb.Default(); models.err != nil {
			return
		}
		if _, models.err = place.Default(); models.err != nil {
			return
		}
		if _, models.err = position.DefaultLexicon(); models.err != nil {
			return
		}
		models.parser, models.err = parse.Load()
	})
	if models.err != nil {
		return nil, fmt.Errorf("pipeline: loading models: %w", models.err)
	}
	k := opts.KB
	if k == nil {
		k = models.kb
	}
	return &Pipeline{opts: opts, tagger: models.tagger, parser: models.parser, ner: models.ner, kb: k}, nil
}

// Process turns one raw document into an annotated one. It fails only when
// the document has nothing left to annotate after cleaning.
func (p *Pipeline) Process(r source.Raw) (*doc.Document, error) {
	t0 := time.Now()
	cleaned := clean.Clean(r.Text)
	p.timings.add("clean", t0)
	if strings.TrimSpace(cleaned) == "" {
		return nil, fmt.Errorf("document %s: no text left after cleaning", r.ID)
	}
	d := doc.New(r.ID, cleaned)
	d.Title, d.URL, d.Source, d.Lang = r.Title, r.URL, r.Source, r.Lang
	var anchor time.Time
	if r.Date != "" {
		date := r.Date
		d.Date = &date
		if t, err := time.Parse("2006-01-02", r.Date); err == nil {
			anchor = t
		}
	}
	p.run(d, anchor, "")
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err) // a bug in a stage, never the input's fault
	}
	return d, nil
}

type stage struct {
	name string
	run  func(*doc.Document)
}

func (p *Pipeline) stages(anchor time.Time) []stage {
	st := []stage{
		{"text", func(d *doc.Document) { text.TokenizeWith(d, text.Options{SplitHyphens: true}) }},
		{"tag", p.tagger.Tag},
		{"ner", p.ner.Recognize},
	}
	if !p.opts.NoParse {
		st = append(st, stage{"parse", p.parser.Parse})
	}
	date := ""
	if !anchor.IsZero() {
		date = anchor.Format("2006-01-02")
	}
	return append(st,
		stage{"actor", func(d *doc.Document) { actor.Resolve(d, p.kb, actor.Options{Date: date}) }},
		stage{"quote", func(d *doc.Document) { quote.Find(d, quote.Options{}); actor.QuotePronouns(d) }},
		stage{"timex", func(d *doc.Document) { timex.Tag(d, timex.Options{Anchor: anchor}) }},
		stage{"amount", func(d *doc.Document) { amount.Find(d, amount.Options{}) }},
		stage{"place", func(d *doc.Document) { place.Find(d, place.Options{}) }},
		stage{"events", func(d *doc.Document) { event.Code(d, event.Options{Lexicon: p.opts.Events}) }},
		stage{"positions", func(d *doc.Document) {
			position.Find(d, position.Options{Lexicon: p.opts.Positions, CountryName: p.countryName, Side: p.side})
		}},
	)
}

// run runs the stages in order on d, stopping before the stage named until
// ("" runs them all).
func (p *Pipeline) run(d *doc.Document, anchor time.Time, until string) {
	for _, s := range p.stages(anchor) {
		if s.name == until {
			return
		}
		t := time.Now()
		s.run(d)
		p.timings.add(s.name, t)
	}
}

// AnnotateUntil runs the stages on a document that already holds its
// cleaned text, stopping before the stage named until (e.g. "quote"), so
// that an evaluation can score one stage on the output of the real stages
// before it. The publication date, if any, is taken from d.Date.
func (p *Pipeline) AnnotateUntil(d *doc.Document, until string) {
	var anchor time.Time
	if d.Date != nil {
		anchor, _ = time.Parse("2006-01-02", *d.Date)
	}
	p.run(d, anchor, until)
}

// Timings returns the total time spent in each stage so far, in stage order.
func (p *Pipeline) Timings() []StageTime { return p.timings.snapshot() }

// StageTime is the time one stage has taken over all documents processed.
type StageTime struct {
	Stage string
	Total time.Duration
}

type timings struct {
	mu    sync.Mutex
	order []string
	total map[string]time.Duration
}

func (t *timings) add(name string, since time.Time) {
	d := time.Since(since)
	t.mu.Lock()
	if t.total == nil {
		t.total = map[string]time.Duration{}
	}
	if _, ok := t.total[name]; !ok {
		t.order = append(t.order, name)
	}
	t.total[name] += d
	t.mu.Unlock()
}

func (t *timings) snapshot() []StageTime {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]StageTime, 0, len(t.order))
	for _, n := range t.order {
		out = append(out, StageTime{n, t.total[n]})
	}
	return out
}

// countryName names a country of the knowledge base by its ISO code.
func (p *Pipeline) countryName(code string) string {
	if e := p.kb.Get(code); e != nil && e.Kind == "country" {
		return e.Name
	}
	return ""
}

// side returns the country a person of the knowledge base speaks for at a
// date: that of the organisation of a role held then ("" for an
// international organisation).
func (p *Pipeline) side(id, date string) (string, bool) {
	e := p.kb.Get(id)
	if e == nil || e.Kind != "person" {
		return "", false
	}
	for _, r := range e.RolesAt(date) {
		org := p.kb.Get(r.Org)
		for org == nil && strings.Contains(r.Org, ".") {
			r.Org = r.Org[:strings.LastIndex(r.Org, ".")]
			org = p.kb.Get(r.Org)
		}
		if org == nil {
			continue
		}
		if org.Kind == "country" {
			return org.ID, true
		}
		return org.CountryCode(), true
	}
	return "", false
}
