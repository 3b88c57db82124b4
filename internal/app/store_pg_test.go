package app

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/parley-news/parley/internal/store/postgres"
	"github.com/parley-news/parley/internal/store/sqlite"
)

func TestOpenStoreChoosesEngine(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	st, err := openStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := st.(*sqlite.Store); !ok {
		t.Errorf("openStore(%q) = %T, want *sqlite.Store", path, st)
	}
	st.Close()

	// A PostgreSQL URL goes to the PostgreSQL engine (here failing to
	// connect), never to a SQLite file of that name.
	dir := t.TempDir()
	t.Chdir(dir)
	for _, u := range []string{"postgres://nobody@127.0.0.1:1/none?connect_timeout=2", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"} {
		st, err := openStore(ctx, u)
		if err == nil {
			st.Close()
			t.Fatalf("openStore(%q) succeeded", u)
		}
		if !strings.HasPrefix(err.Error(), "postgres:") {
			t.Errorf("openStore(%q) error = %v, want the PostgreSQL engine's", u, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("openStore(%q) created %v", u, entries)
		}
	}
}

// pgSchemaURL returns a URL of the database in PARLEY_PG_URL using a new
// schema, dropped when t ends; it skips t when PARLEY_PG_URL is unset.
func pgSchemaURL(t *testing.T) string {
	base := os.Getenv("PARLEY_PG_URL")
	if base == "" {
		t.Skip("PARLEY_PG_URL is not set: PostgreSQL test skipped")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// The extension belongs in public: one created in the test schema
	// would be dropped with it, under other tests' feet.
	if _, err := conn.Exec(ctx, `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`); err != nil {
		t.Logf("unaccent: %v", err)
	}
	schema := fmt.Sprintf("parley_app_test_%x", rand.Uint64())
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestIngestPostgres(t *testing.T) {
	db := pgSchemaURL(t)
	ex := filepath.Join(repoRoot(t), "examples")
	code, _, errs := run(t, "", nil, "ingest", "-db", db, ex)
	if code != 0 || !strings.Contains(errs, "6 new, 0 already stored") {
		t.Fatalf("first ingest: code %d, %s", code, errs)
	}
	code, _, errs = run(t, "", nil, "ingest", "-db", db, ex)
	if code != 0 || !strings.Contains(errs, "0 new, 6 already stored") || !strings.Contains(errs, "6 documents") {
		t.Fatalf("second ingest: code %d, %s", code, errs)
	}
	st, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, ok := st.(*postgres.Store); !ok {
		t.Errorf("openStore(%q) = %T, want *postgres.Store", db, st)
	}
	if n, err := st.Count(context.Background()); err != nil || n != 6 {
		t.Errorf("Count = %d, %v; want 6", n, err)
	}
}
