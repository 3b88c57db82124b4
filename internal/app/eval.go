package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-news/parley/internal/actor/coref"
	"github.com/parley-news/parley/internal/amount"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/ner"
	"github.com/parley-news/parley/internal/parse"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/position"
	"github.com/parley-news/parley/internal/quote"
	"github.com/parley-news/parley/internal/score"
	"github.com/parley-news/parley/internal/tag"
	"github.com/parley-news/parley/internal/text"
	"github.com/parley-news/parley/internal/timex"
)

// evaluation is one block of the scoreboard.
type evaluation struct {
	name string
	run  func(dataDir string) ([]score.Result, error)
}

func evaluations() []evaluation {
	return []evaluation{
		{"sentences", text.EvalSentences},
		{"tokens", text.EvalTokens},
		{"tagger", func(dir string) ([]score.Result, error) {
			t, err := tag.Load()
			if err != nil {
				return nil, err
			}
			return tag.Eval(t, dir)
		}},
		{"parser", func(dir string) ([]score.Result, error) {
			t, err := tag.Load()
			if err != nil {
				return nil, err
			}
			p, err := parse.Load()
			if err != nil {
				return nil, err
			}
			return parse.Eval(p, dir, t.TagWords)
		}},
		{"ner", func(dir string) ([]score.Result, error) {
			r, err := ner.Load()
			if err != nil {
				return nil, err
			}
			return ner.Eval(r, dir)
		}},
		{"actors", coref.EvalDefault},
		{"quote", func(dir string) ([]score.Result, error) {
			p, err := pipeline.New(pipeline.Options{})
			if err != nil {
				return nil, err
			}
			// Every stage before quotes runs, the actor stage included, so
			// speakers are scored as extraction finds them.
			annotate := func(d *doc.Document) { p.AnnotateUntil(d, "quote") }
			gum, err := quote.Eval(dir, annotate)
			if err != nil {
				return nil, err
			}
			own, err := quote.EvalArticles(annotate)
			if err != nil {
				return nil, err
			}
			return append(gum, own...), nil
		}},
		{"events", func(dir string) ([]score.Result, error) {
			p, err := pipeline.New(pipeline.Options{})
			if err != nil {
				return nil, err
			}
			return event.Eval(dir, func(d *doc.Document) { p.AnnotateUntil(d, "events") })
		}},
		{"positions", func(string) ([]score.Result, error) {
			p, err := pipeline.New(pipeline.Options{})
			if err != nil {
				return nil, err
			}
			// our own set, embedded: it needs no corpus directory
			return position.Eval(func(d *doc.Document) { p.AnnotateUntil(d, "") })
		}},
		{"wikinews", func(dir string) ([]score.Result, error) {
			p, err := pipeline.New(pipeline.Options{})
			if err != nil {
				return nil, err
			}
			return p.EvalWikinews(dir)
		}},
		{"timex", timex.Eval},
		{"amount", amount.Eval},
	}
}

func runEval(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "eval", "",
		"Scores every model on the test splits of the corpora in the data directory (default ../shared/data) and\n"+
			"prints one line per task, dataset and metric. Datasets that are absent are reported and skipped.",
		"data")
	asJSON := fs.Bool("json", false, "print JSON Lines {task, dataset, metric, value, n} instead of a table")
	markdown := fs.String("markdown", "", "also write the scoreboard as Markdown to this file (e.g. docs/scoreboard.md)")
	only := fs.String("only", "", "comma-separated blocks to run ("+blockNames()+"); default all")
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	if _, err := os.Stat(cfg.Data); err != nil {
		return fmt.Errorf("data directory %s: %w (set -data or PARLEY_DATA)", cfg.Data, err)
	}
	want := map[string]bool{}
	for _, n := range strings.Split(*only, ",") {
		if n = strings.TrimSpace(n); n != "" {
			want[n] = true
		}
	}
	var all []score.Result
	failed := 0
	enc := json.NewEncoder(env.Stdout)
	if !*asJSON {
		fmt.Fprintf(env.Stdout, "%-12s %-28s %-14s %7s  %s\n", "task", "dataset", "metric", "value", "n")
	}
	for _, e := range evaluations() {
		if len(want) > 0 && !want[e.name] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		res, err := e.run(cfg.Data)
		if err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "parley eval: %s: %v\n", e.name, err)
			continue
		}
		for _, r := range res {
			if *asJSON {
				if err := enc.Encode(r); err != nil {
					return err
				}
			} else {
				fmt.Fprintln(env.Stdout, r.String())
			}
		}
		all = append(all, res...)
	}
	if *markdown != "" {
		if err := writeScoreboard(*markdown, all); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d evaluation block(s) failed", failed)
	}
	return nil
}

func blockNames() string {
	var ns []string
	for _, e := range evaluations() {
		ns = append(ns, e.name)
	}
	return strings.Join(ns, ",")
}

func writeScoreboard(path string, rs []score.Result) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := markdownTable(f, rs); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func markdownTable(w io.Writer, rs []score.Result) error {
	fmt.Fprintln(w, "# Scoreboard")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Generated by `go run ./cmd/parley eval -markdown docs/scoreboard.md` over the corpora in `../shared/data`; do not edit by hand.")
	fmt.Fprintln(w, "Values are percentages; n is the number of gold items (tokens, sentences, entities…) scored.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| task | dataset | metric | value | n |")
	fmt.Fprintln(w, "|---|---|---|---:|---:|")
	for _, r := range rs {
		if _, err := fmt.Fprintf(w, "| %s | %s | %s | %.2f | %d |\n", r.Task, r.Dataset, r.Metric, r.Value, r.N); err != nil {
			return err
		}
	}
	return nil
}
