package sqlutil

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/store"
)

func TestConds(t *testing.T) {
	type cond struct {
		sql  string
		args []any
	}
	for _, tc := range []struct {
		name      string
		ph        Placeholder
		conds     []cond
		want      string
		wantArgs  []any
		wantLimit string
	}{
		{"none", Dollar, nil, "", nil, "$1"},
		{"dollar", Dollar, []cond{{"a = ?", []any{1}}, {"b = ? AND c <= ?", []any{"x", "y"}}},
			" WHERE a = $1 AND b = $2 AND c <= $3", []any{1, "x", "y"}, "$4"},
		{"question", Question, []cond{{"a = ?", []any{1}}, {"substr(?, 1, length(d)) <= ?", []any{"x", "x"}}},
			" WHERE a = ? AND substr(?, 1, length(d)) <= ?", []any{1, "x", "x"}, "?"},
		{"no parameter", Dollar, []cond{{"a IS NULL", nil}, {"b = ?", []any{2}}}, " WHERE a IS NULL AND b = $1", []any{2}, "$2"},
	} {
		c := NewConds(tc.ph)
		for _, k := range tc.conds {
			c.Add(k.sql, k.args...)
		}
		if got := c.Clause(); got != tc.want {
			t.Errorf("%s: Clause() = %q, want %q", tc.name, got, tc.want)
		}
		if !reflect.DeepEqual(c.Args, tc.wantArgs) {
			t.Errorf("%s: Args = %v, want %v", tc.name, c.Args, tc.wantArgs)
		}
		if got := c.Next(0); got != tc.wantLimit {
			t.Errorf("%s: Next(0) = %q, want %q", tc.name, got, tc.wantLimit)
		}
	}
}

func TestLoadMigrations(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files fstest.MapFS
		want  []int
		err   string
	}{
		{"ordered", fstest.MapFS{"m/0002_b.sql": {Data: []byte("y")}, "m/0001_a.sql": {Data: []byte("x")}, "m/README": {}}, []int{1, 2}, ""},
		{"gap", fstest.MapFS{"m/0001_a.sql": {}, "m/0003_c.sql": {}}, nil, "migration 0003_c.sql: expected version 2"},
		{"repeat", fstest.MapFS{"m/0001_a.sql": {}, "m/0001_b.sql": {}}, nil, "expected version 2"},
		{"no number", fstest.MapFS{"m/init.sql": {}}, nil, "migration init.sql: name must start with a positive version number"},
		{"zero", fstest.MapFS{"m/0000_a.sql": {}}, nil, "positive version number"},
		{"no dir", fstest.MapFS{}, nil, "read migrations"},
	} {
		ms, err := LoadMigrations(tc.files, "m")
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []int
		for _, m := range ms {
			got = append(got, m.Version)
		}
		if !reflect.DeepEqual(got, tc.want) || ms[0].SQL != "x" || ms[0].Name != "0001_a.sql" {
			t.Errorf("%s: %+v, want versions %v", tc.name, ms, tc.want)
		}
	}
}

func TestPending(t *testing.T) {
	ms := []Migration{{Version: 1}, {Version: 2}, {Version: 3}}
	for cur, want := range map[int]int{0: 3, 1: 2, 3: 0} {
		p, err := Pending(cur, ms)
		if err != nil || len(p) != want || (want > 0 && p[0].Version != cur+1) {
			t.Errorf("Pending(%d) = %+v, %v; want %d steps", cur, p, err, want)
		}
	}
	if _, err := Pending(4, ms); err == nil || !strings.Contains(err.Error(), "schema version 4 is newer than this program knows (3)") {
		t.Errorf("Pending(4) error = %v", err)
	}
}

func TestDates(t *testing.T) {
	day := "2024-03-05"
	ingested := time.Date(2025, 1, 2, 23, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		date *string
		want string
	}{{&day, day}, {nil, "2025-01-02"}, {new(string), "2025-01-02"}} {
		d := doc.New("x", "text")
		d.Date = tc.date
		if got := SortDate(d, ingested); got != tc.want {
			t.Errorf("SortDate(%v) = %q, want %q", tc.date, got, tc.want)
		}
	}
	if got := DocSort("2024-03-05", 42); got != "2024-03-05|00000000000000000042" {
		t.Errorf("DocSort = %q", got)
	}
	for y, want := range map[string]string{"2022": "2023", "0999": "1000", "9999": "A", "x": "A"} {
		if got := NextYear(y); got != want {
			t.Errorf("NextYear(%q) = %q, want %q", y, got, want)
		}
	}
}

// fakeRow is a row of values scanned by position into pointers.
type fakeRow []any

func (r fakeRow) Scan(dest ...any) error {
	if len(dest) != len(r) {
		return fmt.Errorf("scan %d columns into %d destinations", len(r), len(dest))
	}
	for i, v := range r {
		reflect.ValueOf(dest[i]).Elem().Set(reflect.ValueOf(v))
	}
	return nil
}

// fakeEach answers queries from tables of rows keyed by a word of the
// query.
func fakeEach(tables map[string][]fakeRow) Each {
	return func(query string, args []any, fn func(Scanner) error) error {
		for key, rows := range tables {
			if strings.Contains(query, " "+key+" ") {
				for _, r := range rows {
					if err := fn(r); err != nil {
						return err
					}
				}
				return nil
			}
		}
		return nil
	}
}

func TestLoadAnnotations(t *testing.T) {
	tables := map[string][]fakeRow{
		"sentences":  {{0, 5}, {6, 10}},
		"doc_actors": {{[]byte(`{"id":"person:a","name":"A","kind":"person"}`)}},
		"mentions":   {{0, 0, 1, "A", "name"}},
		"quotes":     {{[]byte(`{"start":0,"end":5,"kind":"direct"}`)}},
	}
	d := doc.New("", "")
	if err := LoadAnnotations(fakeEach(tables), Dollar, 1, d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 || d.Sentences[1] != (doc.Span{Start: 6, End: 10}) {
		t.Errorf("sentences = %v", d.Sentences)
	}
	if len(d.Actors) != 1 || d.Actors[0].ID != "person:a" || len(d.Actors[0].Mentions) != 1 || d.Actors[0].Mentions[0].Text != "A" {
		t.Errorf("actors = %+v", d.Actors)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].End != 5 {
		t.Errorf("quotes = %+v", d.Quotes)
	}

	tables["mentions"] = []fakeRow{{3, 0, 1, "A", "name"}}
	err := LoadAnnotations(fakeEach(tables), Question, 1, doc.New("", ""))
	if err == nil || !strings.Contains(err.Error(), "load mentions: mention of actor 3 of 1") {
		t.Errorf("mention of a missing actor: %v", err)
	}
	tables["mentions"] = nil
	tables["events"] = []fakeRow{{[]byte(`{`)}}
	err = LoadAnnotations(fakeEach(tables), Question, 1, doc.New("", ""))
	if err == nil || !strings.Contains(err.Error(), "load events: decode:") {
		t.Errorf("malformed event JSON: %v", err)
	}
}

func TestReadPage(t *testing.T) {
	type tx struct{}
	failed := errors.New("boom")
	rd := Reader[tx]{
		Engine: "fake",
		Read:   func(_ context.Context, fn func(tx) error) error { return fn(tx{}) },
		Each: func(context.Context, tx) Each {
			return fakeEach(map[string][]fakeRow{"count": {{7}}, "list": {{"a"}, {"b"}}})
		},
	}
	scan := func(r Scanner) (string, error) {
		var s string
		err := r.Scan(&s)
		return s, err
	}
	page, err := NewPage[string](func() error { return nil }, store.Query{Limit: 2, Offset: 4})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadPage(context.Background(), rd, page, PageRead[tx, string]{What: "things", Count: "SELECT count ", List: "SELECT list ", Scan: scan})
	if err != nil || got.Total != 7 || !reflect.DeepEqual(got.Items, []string{"a", "b"}) || got.Limit != 2 || got.Offset != 4 {
		t.Errorf("ReadPage = %+v, %v", got, err)
	}
	got, err = ReadPage(context.Background(), rd, page, PageRead[tx, string]{What: "things", Count: "SELECT count ", List: "SELECT list ", Scan: scan,
		Post: func(tx, []string) error { return failed }})
	if !errors.Is(err, failed) || err.Error() != "fake: things: boom" || got.Items == nil || len(got.Items) != 0 {
		t.Errorf("ReadPage with a failing step = %+v, %v", got, err)
	}
	if _, err := NewPage[string](func() error { return store.ErrClosed }, store.Query{}); !errors.Is(err, store.ErrClosed) {
		t.Errorf("NewPage of a closed store: %v", err)
	}
}
