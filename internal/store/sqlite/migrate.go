package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/parley-news/parley/internal/store/sqlutil"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// loadMigrations reads the *.sql files of dir in fsys; see
// sqlutil.LoadMigrations.
func loadMigrations(fsys fs.FS, dir string) ([]sqlutil.Migration, error) {
	ms, err := sqlutil.LoadMigrations(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return ms, nil
}

// schemaVersion returns the highest applied migration version, 0 for a new
// database.
func schemaVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v)
	if err != nil {
		return 0, err
	}
	return int(v.Int64), nil
}

// migrate brings the database up to the last of ms. Each migration runs in
// its own transaction together with its schema_version row, so a failing
// step leaves the database at the previous version. db must begin its
// transactions with BEGIN IMMEDIATE, so that two processes opening the same
// new database do not both apply a step.
func migrate(ctx context.Context, db *sql.DB, ms []sqlutil.Migration) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("sqlite: create schema_version: %w", err)
	}
	cur, err := schemaVersion(ctx, db)
	if err != nil {
		return fmt.Errorf("sqlite: read schema version: %w", err)
	}
	pending, err := sqlutil.Pending(cur, ms)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	for _, m := range pending {
		if err := apply(ctx, db, m); err != nil {
			return err
		}
	}
	return nil
}

func apply(ctx context.Context, db *sql.DB, m sqlutil.Migration) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: migration %s: begin: %w", m.Name, err)
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, ignoreDone(tx.Rollback()))
		}
	}()
	// Another process may have applied it since we looked.
	cur, err := schemaVersion(ctx, tx)
	if err != nil {
		return fmt.Errorf("sqlite: migration %s: read schema version: %w", m.Name, err)
	}
	if cur >= m.Version {
		return tx.Rollback()
	}
	if cur != m.Version-1 {
		return fmt.Errorf("sqlite: migration %s: database is at version %d, expected %d", m.Name, cur, m.Version-1)
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("sqlite: migration %s: record version: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: migration %s: commit: %w", m.Name, err)
	}
	return nil
}

// ignoreDone drops the error Rollback returns for a finished transaction.
func ignoreDone(err error) error {
	if errors.Is(err, sql.ErrTxDone) {
		return nil
	}
	return err
}
