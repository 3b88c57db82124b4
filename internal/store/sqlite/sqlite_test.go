package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlutil"
	"github.com/parley-news/parley/internal/store/storetest"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestOpenCreatesDirectoriesAndReopens(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a", "b", "c", "parley.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	key, _, err := st.Put(ctx, storetest.Article())
	if err != nil {
		t.Fatal(err)
	}
	v, err := st.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if v != len(ms) {
		t.Errorf("schema version = %d, want %d", v, len(ms))
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopening keeps the data and applies no migration twice.
	st, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Get(ctx, key); err != nil {
		t.Fatalf("after reopening: %v", err)
	}
	var n int
	if err := st.r.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) {
		t.Errorf("schema_version has %d rows, want %d", n, len(ms))
	}
}

func TestPragmas(t *testing.T) {
	st := openTemp(t)
	var mode string
	if err := st.w.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if !strings.EqualFold(mode, "wal") {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	for name, db := range map[string]*sql.DB{"writer": st.w, "reader": st.r} {
		var fk, timeout int
		if err := db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRow(`PRAGMA busy_timeout`).Scan(&timeout); err != nil {
			t.Fatal(err)
		}
		if fk != 1 || timeout != int(busyTimeout.Milliseconds()) {
			t.Errorf("%s: foreign_keys = %d, busy_timeout = %d", name, fk, timeout)
		}
	}
	// The read pool cannot write.
	if _, err := st.r.Exec(`DELETE FROM documents`); err == nil {
		t.Error("the read pool accepted a write")
	}
}

func TestPutIsAtomic(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	// Make the last annotation table refuse rows: the document, its text
	// index and its actors must all be rolled back.
	if _, err := st.w.Exec(`CREATE TRIGGER fail_positions BEFORE INSERT ON positions BEGIN SELECT RAISE(ABORT, 'refused by test'); END`); err != nil {
		t.Fatal(err)
	}
	d := storetest.Article()
	_, created, err := st.Put(ctx, d)
	if err == nil || created {
		t.Fatalf("Put = created %v, err %v; want a failure", created, err)
	}
	if !strings.Contains(err.Error(), d.ID) || !strings.Contains(err.Error(), "refused by test") {
		t.Errorf("error %q does not name the document and the cause", err)
	}
	for _, table := range []string{"documents", "documents_fts", "sentences", "entities", "actors", "doc_actors", "mentions", "quotes", "events", "event_actors", "times", "places", "amounts", "positions"} {
		var n int
		if err := st.r.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("table %s has %d rows after a failed Put", table, n)
		}
	}
	if p, err := st.Search(ctx, "Zajárova", store.Query{}); err != nil || p.Total != 0 {
		t.Errorf("search after failed Put = %d hits, %v", p.Total, err)
	}
	// Once the obstacle is gone the same document goes in.
	if _, err := st.w.Exec(`DROP TRIGGER fail_positions`); err != nil {
		t.Fatal(err)
	}
	if _, created, err := st.Put(ctx, d); err != nil || !created {
		t.Fatalf("Put after removing the trigger = %v, %v", created, err)
	}
}

func TestCancelledPut(t *testing.T) {
	st := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := st.Put(ctx, storetest.Article()); err == nil {
		t.Fatal("Put with a cancelled context succeeded")
	}
	n, err := st.Count(context.Background())
	if err != nil || n != 0 {
		t.Fatalf("Count = %d, %v after cancelled Put", n, err)
	}
}

func TestFTSIntegrity(t *testing.T) {
	st := openTemp(t)
	ctx := context.Background()
	if _, _, err := st.Put(ctx, storetest.Article()); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Put(ctx, storetest.FollowUp()); err != nil {
		t.Fatal(err)
	}
	// FTS5's own check that the index matches the content table.
	if _, err := st.w.Exec(`INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("FTS index out of sync: %v", err)
	}
	var fk int
	rows, err := st.w.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		fk++
	}
	rows.Close()
	if fk != 0 {
		t.Errorf("%d foreign key violations", fk)
	}
}

func TestMigrationsLoad(t *testing.T) {
	cases := []struct {
		name  string
		files fstest.MapFS
		want  []int
		err   string
	}{
		{"ordered", fstest.MapFS{
			"m/0002_b.sql": {Data: []byte("CREATE TABLE b (x);")},
			"m/0001_a.sql": {Data: []byte("CREATE TABLE a (x);")},
			"m/README":     {Data: []byte("not sql")},
		}, []int{1, 2}, ""},
		{"gap", fstest.MapFS{
			"m/0001_a.sql": {Data: []byte("")},
			"m/0003_c.sql": {Data: []byte("")},
		}, nil, "expected version 2"},
		{"repeat", fstest.MapFS{
			"m/0001_a.sql": {Data: []byte("")},
			"m/0001_b.sql": {Data: []byte("")},
		}, nil, "expected version 2"},
		{"no number", fstest.MapFS{"m/init.sql": {Data: []byte("")}}, nil, "version number"},
	}
	for _, tc := range cases {
		ms, err := loadMigrations(tc.files, "m")
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error = %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var got []int
		for _, m := range ms {
			got = append(got, m.Version)
		}
		if len(got) != len(tc.want) || got[0] != tc.want[0] || got[len(got)-1] != tc.want[len(tc.want)-1] {
			t.Errorf("%s: versions %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMigrateStepsAndFailure(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	base, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	n := len(base)
	good := sqlutil.Migration{Version: n + 1, Name: "good.sql", SQL: "CREATE TABLE extra_one (x INTEGER);\nCREATE TABLE extra_two (y TEXT);"}
	bad := sqlutil.Migration{Version: n + 2, Name: "bad.sql", SQL: "CREATE TABLE extra_three (z);\nTHIS IS NOT SQL;"}
	err = migrate(ctx, st.w, append(append(append([]sqlutil.Migration{}, base...), good), bad))
	if err == nil || !strings.Contains(err.Error(), "bad.sql") {
		t.Fatalf("migrate with a bad step: %v", err)
	}
	v, err := st.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v != n+1 {
		t.Errorf("version after a failed step = %d, want %d", v, n+1)
	}
	// The good step's two statements ran; the failed step left nothing.
	for table, want := range map[string]bool{"extra_one": true, "extra_two": true, "extra_three": false} {
		var c int
		if err := st.w.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = ?`, table).Scan(&c); err != nil {
			t.Fatal(err)
		}
		if (c == 1) != want {
			t.Errorf("table %s exists = %v, want %v", table, c == 1, want)
		}
	}
	// A database newer than the program is refused.
	if err := migrate(ctx, st.w, base); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("migrate to an older program: %v", err)
	}
}

func TestOpenRejects(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file:x.db"} {
		if st, err := Open(context.Background(), p); err == nil {
			st.Close()
			t.Errorf("Open(%q) succeeded", p)
		}
	}
	// A file where a directory is needed.
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if st, err := Open(context.Background(), filepath.Join(blocker, "parley.db")); err == nil {
		st.Close()
		t.Error("Open under a regular file succeeded")
	}
}

func TestOddPath(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dir with spaces?and#marks", "my db%20.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, _, err := st.Put(ctx, storetest.Article()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %s: %v", path, err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/xdg/data")
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if filepath.ToSlash(p) != "/xdg/data/parley/parley.db" {
		t.Errorf("DefaultPath with XDG_DATA_HOME = %q", p)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/someone")
	p, err = DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(p) || !strings.HasSuffix(filepath.ToSlash(p), "parley/parley.db") {
		t.Errorf("DefaultPath = %q", p)
	}
}

func TestFTSQuery(t *testing.T) {
	cases := []struct{ in, want string }{
		{"grain talks", `"grain" "talks"`},
		{`say "hi"`, `"say" """hi"""`},
		{"ship*", `"ship"*`},
		{"AND OR NOT", `"AND" "OR" "NOT"`},
		{"  -- grain !! ", `"grain"`},
	}
	for _, tc := range cases {
		got, err := ftsQuery(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ftsQuery(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := ftsQuery("*** ---"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("ftsQuery without words: %v", err)
	}
}

// FuzzSearch checks that no search text, however odd, makes the engine fail
// with anything but ErrInvalid.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"grain", `"`, "ship*", "NEAR(a b)", "a:b", "^x", "María", "\x00", "(", "*a", "a**", "\uE000"} {
		f.Add(s)
	}
	st := openTemp(f)
	if _, _, err := st.Put(context.Background(), storetest.Article()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		p, err := st.Search(ctx, q, store.Query{Limit: 5})
		if err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if err == nil && p.Items == nil {
			t.Fatalf("Search(%q): nil items", q)
		}
	})
}

// BenchmarkPutNewActors puts documents whose new actors share a name and
// alternate between three countries, so every Put weighs stored variants.
func BenchmarkPutNewActors(b *testing.B) {
	st := openTemp(b)
	ctx := context.Background()
	countries := []string{"VSK", "NRL", "", "TUR"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := storetest.Newcomer(fmt.Sprintf("bench-%d", i), "2024-04-01", fmt.Sprintf("Town%d", i), countries[i%len(countries)], "")
		if _, _, err := st.Put(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}
