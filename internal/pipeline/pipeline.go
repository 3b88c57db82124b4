// Package pipeline runs Parley's extraction stages over one document, in
// their one-way order: clean → text (tokens, sentences) → tags → names →
// parse → quotes → times. It is the only package that knows every stage; the
// stages themselves know only the annotated document.
package pipeline

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/parley-news/parley/internal/clean"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/ner"
	"github.com/parley-news/parley/internal/parse"
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
}

// Pipeline holds the loaded models; it is safe for concurrent use.
type Pipeline struct {
	opts   Options
	tagger *tag.Tagger
	parser *parse.Parser
	ner    *ner.Recognizer

	timings timings
}

var (
	loadOnce sync.Once
	models   struct {
		tagger *tag.Tagger
		parser *parse.Parser
		ner    *ner.Recognizer
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
		models.parser, models.err = parse.Load()
	})
	if models.err != nil {
		return nil, fmt.Errorf("pipeline: loading models: %w", models.err)
	}
	return &Pipeline{opts: opts, tagger: models.tagger, parser: models.parser, ner: models.ner}, nil
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
	for _, s := range p.stages(anchor) {
		t := time.Now()
		s.run(d)
		p.timings.add(s.name, t)
	}
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
	return append(st,
		stage{"quote", func(d *doc.Document) { quote.Find(d, quote.Options{}) }},
		stage{"timex", func(d *doc.Document) { timex.Tag(d, timex.Options{Anchor: anchor}) }},
	)
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
