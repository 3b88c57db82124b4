package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/parley-news/parley/examples"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/api"
	"github.com/parley-news/parley/internal/config"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/postgres"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/web"
)

func runIngest(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "ingest", "[FILE|DIR|URL ...]",
		"Annotates articles and stores them with their annotations in the SQLite database. An article already\n"+
			"stored (same URL, or the same text) is not stored again.",
		append([]string{"db", "date", "workers", "max-doc-bytes", "fetch-timeout", "user-agent"}, extensionFlags...)...)
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := ingest(ctx, cfg, st, fs.Args(), env)
	fmt.Fprintf(env.Stderr, "parley ingest: %d new, %d already stored, %d failed; %d documents in %s\n",
		res.created, res.existing, res.failed, res.total, displayDB(cfg.DB))
	return err
}

type ingestResult struct{ created, existing, failed, total int }

func ingest(ctx context.Context, cfg config.Config, st store.Store, inputs []string, env Env) (ingestResult, error) {
	var res ingestResult
	p, err := newPipeline(cfg)
	if err != nil {
		return res, err
	}
	stats, err := process(ctx, cfg, p, inputs, env, func(d *doc.Document) error {
		_, created, err := st.Put(ctx, d)
		if err != nil {
			return fmt.Errorf("storing document %s: %w", d.ID, err)
		}
		if created {
			res.created++
		} else {
			res.existing++
		}
		return nil
	})
	res.failed = stats.Failed
	if n, cerr := st.Count(ctx); cerr == nil {
		res.total = n
	}
	if err != nil {
		return res, err
	}
	return res, nothingRead(stats)
}

func runServe(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "serve", "", "Serves the JSON API under /api/v1/ and the web UI over the database.", "db", "addr")
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	if !postgres.IsURL(cfg.DB) {
		if _, err := os.Stat(cfg.DB); err != nil {
			return fmt.Errorf("database %s: %w (run `parley ingest` first, or `parley demo`)", cfg.DB, err)
		}
	}
	st, err := openStore(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	return serve(ctx, env, cfg.Addr, st)
}

// openStore opens the store db names: the PostgreSQL database at a
// postgres:// or postgresql:// URL, else the SQLite database file at path
// db.
// displayDB names a database for messages: a PostgreSQL URL without its
// password.
func displayDB(db string) string {
	if postgres.IsURL(db) {
		if u, err := url.Parse(db); err == nil {
			return u.Redacted()
		}
		return "postgres://…"
	}
	return db
}

// openStore opens the PostgreSQL engine for a postgres:// URL, else the
// SQLite database file db.
func openStore(ctx context.Context, db string) (store.Store, error) {
	if postgres.IsURL(db) {
		st, err := postgres.Open(ctx, db, postgres.Options{})
		if err != nil {
			return nil, err
		}
		return st, nil
	}
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// serve runs the HTTP server until ctx is cancelled (SIGINT/SIGTERM), then
// shuts down gracefully, letting requests in flight finish.
func serve(ctx context.Context, env Env, addr string, st store.Store) error {
	logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
	k, err := kb.Default()
	if err != nil {
		return fmt.Errorf("loading the actor knowledge base: %w", err)
	}
	ui, err := web.New(st, web.Options{APIPrefix: api.Prefix, Logger: logger, KB: k})
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle(api.Prefix, api.New(st, api.Options{Logger: logger, Version: Version, KB: k}))
	mux.Handle("/", ui)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelError)}
	fmt.Fprintf(env.Stderr, "parley: serving on http://%s/ (API under %s); Ctrl-C stops\n", ln.Addr(), api.Prefix)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(env.Stderr, "parley: stopped")
	return nil
}

func runDemo(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "demo", "",
		"Ingests the bundled example articles into a temporary database and serves the web UI; the database is\n"+
			"removed when the server stops.", "addr", "workers")
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "parley-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// The examples are embedded, so the demo runs from any directory.
	inputs := filepath.Join(dir, "examples")
	if err := os.CopyFS(inputs, examples.FS); err != nil {
		return fmt.Errorf("unpacking examples: %w", err)
	}
	cfg.DB = filepath.Join(dir, "demo.db")
	st, err := sqlite.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := ingest(ctx, cfg, st, []string{inputs}, env)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "parley demo: ingested %d example documents into %s\n", res.created, cfg.DB)
	return serve(ctx, env, cfg.Addr, st)
}
