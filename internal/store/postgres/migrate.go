package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/jackc/pgx/v5"

	"github.com/parley-news/parley/internal/store/sqlutil"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Advisory lock keys (the first of the two int4 keys): migrationLock
// serialises schema changes across the whole database, putLock the Puts of
// one schema.
const (
	migrationLock = 0x70726c6d // "prlm"
	putLock       = 0x70726c70 // "prlp"
)

// loadMigrations reads the *.sql files of dir in fsys; see
// sqlutil.LoadMigrations.
func loadMigrations(fsys fs.FS, dir string) ([]sqlutil.Migration, error) {
	return sqlutil.LoadMigrations(fsys, dir)
}

// migrate brings the schema up to the last of ms in one transaction that
// holds a transaction-level advisory lock, so that concurrent openers of a
// new database wait for the first one and then find nothing to do. Each
// applied step is recorded in schema_migrations; on error nothing is
// applied.
func migrate(ctx context.Context, conn *pgx.Conn, ms []sqlutil.Migration) (err error) {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate: begin: %w", err)
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, ignoreDone(tx.Rollback(context.WithoutCancel(ctx))))
		}
	}()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, 0)`, migrationLock); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`); err != nil {
		return fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	cur, err := schemaVersion(ctx, tx)
	if err != nil {
		return fmt.Errorf("migrate: read schema version: %w", err)
	}
	pending, err := sqlutil.Pending(cur, ms)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, m := range pending {
		// Without arguments the SQL goes by the simple protocol, which
		// runs several statements.
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
			return fmt.Errorf("migration %s: record version: %w", m.Name, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}

// schemaVersion returns the highest applied migration version, 0 for a new
// schema.
func schemaVersion(ctx context.Context, q pgx.Tx) (int, error) {
	var v *int
	if err := q.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, err
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}

// ignoreDone drops the error Rollback returns for a finished transaction.
func ignoreDone(err error) error {
	if errors.Is(err, pgx.ErrTxClosed) {
		return nil
	}
	return err
}
