package app

import (
	"context"
	"fmt"
	"sync"

	"github.com/parley-news/parley/internal/config"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/source"
)

// stats counts what a run over the inputs did.
type stats struct {
	Read, Done, Failed int
	Bytes              int64 // cleaned-text bytes of the documents done
}

// process reads every input, runs the pipeline over the documents with
// cfg.Workers in parallel, and calls emit for each document in input order
// (so output is deterministic). Bad documents are reported on stderr, one
// line each, and skipped.
func process(ctx context.Context, cfg config.Config, p *pipeline.Pipeline, inputs []string, env Env, emit func(*doc.Document) error) (stats, error) {
	var st stats
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		raw source.Raw
	}
	type result struct {
		seq int
		d   *doc.Document
		err error
	}
	workers := cfg.Workers
	if workers < 1 {
		workers = 1
	}
	jobs := make(chan job, workers*2)
	results := make(chan result, workers*2)
	var errMu sync.Mutex
	report := func(err error) {
		errMu.Lock()
		defer errMu.Unlock()
		st.Failed++
		fmt.Fprintf(env.Stderr, "parley: %v\n", err)
	}

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		n, err := source.Read(ctx, inputs, env.Stdin, source.Options{
			MaxBytes: cfg.MaxDocBytes, Timeout: cfg.FetchTimeout, UserAgent: cfg.UserAgent,
			DefaultDate: cfg.Date, OnError: report,
		}, func(r source.Raw) error {
			select {
			case jobs <- job{seq, r}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		errMu.Lock()
		st.Read, readErr = n, err
		errMu.Unlock()
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d, err := p.Process(j.raw)
				results <- result{j.seq, d, err}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Reorder: emit strictly in input order.
	pending := map[int]result{}
	next := 0
	var emitErr error
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				report(r.err)
				continue
			}
			if emitErr != nil {
				continue
			}
			if err := emit(r.d); err != nil {
				emitErr = err
				cancel()
				continue
			}
			st.Done++
			st.Bytes += int64(len(r.d.Text))
		}
	}
	errMu.Lock()
	defer errMu.Unlock()
	if emitErr != nil {
		return st, emitErr
	}
	if readErr != nil && ctx.Err() == nil {
		return st, readErr
	}
	if err := context.Cause(ctx); err != nil && st.Done < st.Read {
		return st, err
	}
	return st, nil
}

// nothingRead is the error for a run in which no document could be read.
func nothingRead(st stats) error {
	if st.Done == 0 && st.Failed > 0 {
		return fmt.Errorf("no document could be read (%d failed)", st.Failed)
	}
	if st.Done == 0 && st.Failed == 0 {
		return fmt.Errorf("no documents in the input")
	}
	return nil
}
