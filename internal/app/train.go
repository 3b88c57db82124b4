package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/parley-news/parley/internal/ner"
	"github.com/parley-news/parley/internal/parse"
	"github.com/parley-news/parley/internal/tag"
)

func runTrain(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "train", "",
		"Rebuilds every model from the training splits of the corpora in the data directory and writes them to\n"+
			"the output directory (default data/models, embedded into the binary at the next build). Training is\n"+
			"deterministic: the same corpora give byte-identical models. The tagger is trained first, the parser on\n"+
			"its predicted tags; the entity recogniser trains alongside on the second core.",
		"data")
	out := fs.String("out", filepath.Join("data", "models"), "directory to write the models to")
	only := fs.String("only", "", "train just one model: tag, parse or ner")
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	if _, err := os.Stat(cfg.Data); err != nil {
		return fmt.Errorf("data directory %s: %w (set -data or PARLEY_DATA)", cfg.Data, err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	want := func(m string) bool { return *only == "" || *only == m }
	if *only != "" && !want("tag") && !want("parse") && !want("ner") {
		return fmt.Errorf("-only %q: want tag, parse or ner", *only)
	}
	logw := &syncWriter{w: env.Stderr}
	var wg sync.WaitGroup
	var nerErr error
	if want("ner") {
		wg.Add(1)
		go func() {
			defer wg.Done()
			nerErr = trainModel(logw, *out, "ner.bin", func(log io.Writer) (saver, error) {
				return ner.Train(cfg.Data, ner.TrainOptions{Log: prefixed(log, "ner: ")})
			})
		}()
	}
	var seqErr error
	if want("tag") || want("parse") {
		var tagger *tag.Tagger
		if want("tag") {
			seqErr = trainModel(logw, *out, "pos.bin", func(log io.Writer) (saver, error) {
				t, err := tag.Train(cfg.Data, tag.TrainOptions{Log: prefixed(log, "tag: ")})
				tagger = t
				return t, err
			})
		} else {
			b, err := os.ReadFile(filepath.Join(*out, "pos.bin"))
			if err == nil {
				tagger, err = tag.Read(bytes.NewReader(b))
			}
			if err != nil {
				seqErr = fmt.Errorf("parser training needs the tagger: %w", err)
			}
		}
		if seqErr == nil && want("parse") {
			seqErr = trainModel(logw, *out, "parse.bin", func(log io.Writer) (saver, error) {
				return parse.Train(cfg.Data, parse.TrainOptions{Log: prefixed(log, "parse: "), Tagger: tagger.TagWords})
			})
		}
	}
	wg.Wait()
	if seqErr != nil {
		return seqErr
	}
	return nerErr
}

type saver interface{ Save(io.Writer) error }

// trainModel trains one model and writes it atomically to dir/name.
func trainModel(log io.Writer, dir, name string, train func(io.Writer) (saver, error)) error {
	start := time.Now()
	m, err := train(log)
	if err != nil {
		return fmt.Errorf("training %s: %w", name, err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return fmt.Errorf("saving %s: %w", name, err)
	}
	path := filepath.Join(dir, name)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s (%.1f MB) in %s\n", path, float64(buf.Len())/1e6, time.Since(start).Round(time.Second))
	return nil
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

type prefixWriter struct {
	w      io.Writer
	prefix string
}

func prefixed(w io.Writer, p string) io.Writer { return &prefixWriter{w, p} }

func (p *prefixWriter) Write(b []byte) (int, error) {
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if len(line) > 0 {
			out.WriteString(p.prefix)
			out.Write(line)
		}
	}
	if _, err := p.w.Write(out.Bytes()); err != nil {
		return 0, err
	}
	return len(b), nil
}
