package app

import (
	"fmt"
	"os"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/config"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/position"
)

// extensionFlags are the settings that extend the built-in data files; the
// commands that run the pipeline accept them.
var extensionFlags = []string{"kb", "events", "stances", "topics"}

// newPipeline builds the pipeline with the user's extensions of the
// built-in knowledge base and lexicons, if the configuration names any.
func newPipeline(cfg config.Config) (*pipeline.Pipeline, error) {
	var opts pipeline.Options
	if cfg.KB != "" {
		k, err := kb.LoadWith(cfg.KB)
		if err != nil {
			return nil, fmt.Errorf("user knowledge base: %w", err)
		}
		opts.KB = k
	}
	if cfg.Events != "" {
		lx, err := event.LoadLexicon(cfg.Events)
		if err != nil {
			return nil, fmt.Errorf("user lexicon: %w", err)
		}
		opts.Events = lx
	}
	if cfg.Stances != "" || cfg.Topics != "" {
		read := func(path string) ([]byte, error) {
			if path == "" {
				return nil, nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("user lexicon: %w", err)
			}
			return b, nil
		}
		st, err := read(cfg.Stances)
		if err != nil {
			return nil, err
		}
		tp, err := read(cfg.Topics)
		if err != nil {
			return nil, err
		}
		base, err := position.DefaultLexicon()
		if err != nil {
			return nil, err
		}
		lx, err := base.Extend(st, tp, cfg.Stances, cfg.Topics)
		if err != nil {
			return nil, fmt.Errorf("user lexicon: %w", err)
		}
		opts.Positions = lx
	}
	return pipeline.New(opts)
}
