package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/storetest"
)

// envURL names the variable holding the URL of a PostgreSQL database the
// tests may create schemas in, e.g.
// postgres://parley:parley@127.0.0.1:5432/parley_test?sslmode=disable.
const envURL = "PARLEY_PG_URL"

// testDB returns the database URL of the tests, or skips t.
func testDB(t testing.TB) string {
	t.Helper()
	u := os.Getenv(envURL)
	if u == "" {
		t.Skipf("%s is not set: PostgreSQL tests skipped (set it to a database the tests may create schemas in, e.g. postgres://parley:parley@127.0.0.1:5432/parley_test?sslmode=disable)", envURL)
	}
	return u
}

var prepareOnce sync.Once

// newSchema creates a schema of its own for t in the test database,
// dropped when t ends, and returns the URL that uses it.
func newSchema(t testing.TB) string {
	t.Helper()
	base := testDB(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", envURL, err)
	}
	defer conn.Close(ctx)
	prepareOnce.Do(func() {
		// The extension is the database's, not a test schema's: create it
		// in public, so dropping a test schema never drops it. A database
		// without it runs the tests without diacritic folding (and the
		// search tests that need it fail).
		if _, err := conn.Exec(ctx, `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`); err != nil {
			t.Logf("unaccent unavailable: %v", err)
		}
	})
	schema := fmt.Sprintf("parley_test_%d_%x", os.Getpid(), rand.Uint64())
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize()); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+pgx.Identifier{schema}.Sanitize()+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", envURL, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	q.Set("application_name", schema)
	// The tests do not need their commits on disk before going on.
	q.Set("synchronous_commit", "off")
	u.RawQuery = q.Encode()
	return u.String()
}

// openTemp opens a store in a new schema, closed when t ends (before the
// schema is dropped).
func openTemp(t testing.TB) *Store {
	t.Helper()
	u := newSchema(t)
	st, err := Open(context.Background(), u, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestConformance(t *testing.T) {
	testDB(t)
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

// TestConcurrentPutSameDocument puts one document from several stores
// (several processes, as far as the database knows) and goroutines at once:
// it is stored once, created once, and its actors are counted once.
func TestConcurrentPutSameDocument(t *testing.T) {
	u := newSchema(t)
	ctx := context.Background()
	const stores, workers = 3, 4
	var all []*Store
	for range stores {
		st, err := Open(ctx, u, Options{MaxConns: 2})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		all = append(all, st)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created int
		keys    = map[string]bool{}
	)
	start := make(chan struct{})
	for i := range stores * workers {
		wg.Add(1)
		go func(st *Store) {
			defer wg.Done()
			<-start
			key, ok, err := st.Put(ctx, storetest.Article())
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				t.Error(err)
				return
			}
			keys[key] = true
			if ok {
				created++
			}
		}(all[i%stores])
	}
	close(start)
	wg.Wait()
	if created != 1 || len(keys) != 1 {
		t.Errorf("%d Puts of one document: created %d times under %d keys, want once under one key", stores*workers, created, len(keys))
	}
	if n, err := all[0].Count(ctx); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}
	det, err := all[1].Actor(ctx, "person:maria-zajarova", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if det.Actor.Documents != 1 || det.Actor.Mentions != 2 {
		t.Errorf("actor after concurrent puts: %+v", det.Actor)
	}
}

// TestConcurrentOpen opens a new schema from several goroutines at once:
// the migrations run once.
func TestConcurrentOpen(t *testing.T) {
	u := newSchema(t)
	ctx := context.Background()
	ms, err := loadMigrations(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := Open(ctx, u, Options{MaxConns: 1})
			if err == nil {
				err = st.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	st, err := Open(ctx, u, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	v, err := st.SchemaVersion(ctx)
	if err != nil || v != len(ms) {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, len(ms))
	}
	var n int
	err = st.read(ctx, func(tx pgx.Tx) error { return tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n) })
	if err != nil || n != len(ms) {
		t.Errorf("schema_migrations has %d rows (%v), want %d", n, err, len(ms))
	}
}

// TestReconnect checks that connections the server dropped while idle are
// replaced, not handed out.
func TestReconnect(t *testing.T) {
	u := newSchema(t)
	ctx := context.Background()
	st, err := Open(ctx, u, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, _, err := st.Put(ctx, storetest.Article()); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, testDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	pu, _ := url.Parse(u)
	var n int
	err = conn.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1`,
		pu.Query().Get("application_name")).Scan(&n)
	if err != nil || n == 0 {
		t.Fatalf("terminated %d connections: %v", n, err)
	}
	time.Sleep(pingAfter + 100*time.Millisecond)
	if c, err := st.Count(ctx); err != nil || c != 1 {
		t.Errorf("Count after the server dropped the connections = %d, %v; want 1", c, err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	u := newSchema(t)
	ctx := context.Background()
	st, err := Open(ctx, u, Options{})
	if err != nil {
		t.Fatal(err)
	}
	key, _, err := st.Put(ctx, storetest.Article())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = Open(ctx, u, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Get(ctx, key); err != nil {
		t.Fatalf("after reopening: %v", err)
	}
}

// TestNUL checks that text PostgreSQL cannot hold is refused as invalid,
// storing nothing.
func TestNUL(t *testing.T) {
	st := openTemp(t)
	ctx := context.Background()
	_, _, err := st.Put(ctx, doc.New("nul", "A text with a \x00 NUL in it."))
	if !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Put with NUL: %v, want ErrInvalid", err)
	}
	if n, err := st.Count(ctx); err != nil || n != 0 {
		t.Errorf("Count = %d, %v; want 0", n, err)
	}
}

// TestDiacriticsAndPrefix checks the text search configuration: diacritics
// and case folded both ways, a * prefix, words split at punctuation.
func TestDiacriticsAndPrefix(t *testing.T) {
	st := openTemp(t)
	ctx := context.Background()
	if _, _, err := st.Put(ctx, storetest.Plain("d", "Smørrebrød in Århus", "2024-01-01", "", "The café served crème brûlée to Zoë.")); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"cafe", "CAFÉ", "creme brulee", "zoe", "brû*", "aarhus", "arhus", "smorrebrod", "Zoë."} {
		p, err := st.Search(ctx, q, store.Query{})
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
			continue
		}
		want := 1
		if q == "aarhus" || q == "smorrebrod" { // unaccent maps å to a and ø to o
			want = map[string]int{"aarhus": 0, "smorrebrod": 1}[q]
		}
		if p.Total != want {
			t.Errorf("Search(%q) = %d hits, want %d", q, p.Total, want)
		}
	}
}

func TestLoadMigrations(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		ok    bool
	}{
		{"ordered", fstest.MapFS{"m/0001_a.sql": {Data: []byte("x")}, "m/0002_b.sql": {Data: []byte("y")}}, true},
		{"gap", fstest.MapFS{"m/0001_a.sql": {Data: []byte("x")}, "m/0003_b.sql": {Data: []byte("y")}}, false},
		{"repeat", fstest.MapFS{"m/0001_a.sql": {Data: []byte("x")}, "m/0001_b.sql": {Data: []byte("y")}}, false},
		{"no number", fstest.MapFS{"m/init.sql": {Data: []byte("x")}}, false},
	}
	for _, tc := range tests {
		_, err := loadMigrations(tc.files, "m")
		if (err == nil) != tc.ok {
			t.Errorf("%s: error = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
	ms, err := loadMigrations(migrationFiles, "migrations")
	if err != nil || len(ms) == 0 {
		t.Fatalf("embedded migrations: %d, %v", len(ms), err)
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"postgres://u@h/db":       true,
		"postgresql://u@h:5/db":   true,
		"POSTGRES://u@h/db":       true,
		"/var/lib/parley.db":      false,
		"parley.db":               false,
		"postgres.db":             false,
		"file:postgres://x":       false,
		"sqlite:///tmp/parley.db": false,
	} {
		if got := IsURL(s); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOpenBadURL checks that a malformed URL fails without echoing it (it
// may hold a password).
func TestOpenBadURL(t *testing.T) {
	_, err := Open(context.Background(), "postgres://user:s3cret@host:notaport/db", Options{})
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("Open with a bad URL: %v", err)
	}
}

func TestTSQuery(t *testing.T) {
	tests := []struct {
		text      string
		prefixAll bool
		want      string
		ok        bool
	}{
		{"grain exports", false, "('grain') & ('exports')", true},
		{"ship*", false, "('ship':*)", true},
		{"María's", false, "('María' <-> 's')", true},
		{"zaja", true, "('zaja':*)", true},
		{"turkish-mfa", true, "('turkish' <-> 'mfa':*)", true},
		{`"zaja" OR NEAR(`, true, "('zaja':*) & ('OR':*) & ('NEAR':*)", true},
		{"'; DROP TABLE documents; --", false, "('DROP') & ('TABLE') & ('documents')", true},
		{"“a first step”", false, "('a') & ('first') & ('step')", true},
		{"!!! ---", false, "", false},
		{"", false, "", false},
	}
	for _, tc := range tests {
		got, ok := tsQuery(tc.text, tc.prefixAll)
		if got != tc.want || ok != tc.ok {
			t.Errorf("tsQuery(%q, %v) = %q, %v; want %q, %v", tc.text, tc.prefixAll, got, ok, tc.want, tc.ok)
		}
	}
}

// FuzzTSQuery checks that no search text makes a query with anything but
// quoted words of letters, digits and marks between its operators.
func FuzzTSQuery(f *testing.F) {
	for _, s := range []string{"grain", "ship*", `"x" OR y`, "a:* & b", `\'`, "María's", "\x00grain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q, ok := tsQuery(text, false)
		if ok != (q != "") {
			t.Fatalf("tsQuery(%q) = %q, %v", text, q, ok)
		}
		inWord := false
		for _, r := range q {
			switch {
			case r == '\'':
				inWord = !inWord
			case inWord:
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
					t.Fatalf("tsQuery(%q) = %q: %q inside a word", text, q, r)
				}
			case !strings.ContainsRune("()&<->:* ", r):
				t.Fatalf("tsQuery(%q) = %q: %q outside a word", text, q, r)
			}
		}
		if inWord {
			t.Fatalf("tsQuery(%q) = %q: unbalanced quote", text, q)
		}
	})
}

// BenchmarkPut puts small distinct documents one after another, with the
// server's own synchronous_commit (the tests turn it off).
func BenchmarkPut(b *testing.B) {
	u := strings.Replace(newSchema(b), "synchronous_commit=off", "synchronous_commit=on", 1)
	ctx := context.Background()
	st, err := Open(ctx, u, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	b.ResetTimer()
	for i := range b.N {
		d := storetest.Plain(fmt.Sprintf("b%d", i), fmt.Sprintf("Bench %d", i), "2024-05-01", fmt.Sprintf("https://b.example/%d", i),
			fmt.Sprintf("Item %d of the benchmark says the council met on day %d.", i, i%28))
		if _, _, err := st.Put(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}
