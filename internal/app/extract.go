package app

import (
	"bufio"
	"context"
	"encoding/json"

	"github.com/parley-news/parley/internal/doc"
)

func runExtract(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "extract", "[FILE|DIR|URL ...]",
		"Reads articles (JSON Lines, .txt, .html, RSS/Atom feeds, directories, http(s) URLs; standard input when no\n"+
			"argument) and writes one JSON object per document to standard output, as described in the extract contract.",
		append([]string{"date", "workers", "max-doc-bytes", "fetch-timeout", "user-agent"}, extensionFlags...)...)
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(env.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	st, err := process(ctx, cfg, p, fs.Args(), env, func(d *doc.Document) error {
		return enc.Encode(d)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return nothingRead(st)
}
