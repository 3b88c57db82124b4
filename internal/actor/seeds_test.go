package actor_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/coref"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/clean"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/names"
)

// seedsDir finds ../shared/seeds next to the repository root (or
// $PARLEY_SEEDS).
func seedsDir(t testing.TB) string {
	if d := os.Getenv("PARLEY_SEEDS"); d != "" {
		return d
	}
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "seeds")
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// seedPeople lists, per seed file prefix, every person the article names
// or designates by office, as (mention text, canonical name). The actor id
// expected is the knowledge base's for that name, or the new-actor id when
// the knowledge base lacks the person.
var seedPeople = map[string][][2]string{
	"000": {
		{"The head of the Russian Foreign Intelligence Services", "Sergey Naryshkin"},
		{"the Director of the US Central Intelligence Agency", "William Burns"},
		{"the US National Security Adviser", "Jake Sullivan"},
		{"Jake Sullivan", "Jake Sullivan"},
		{"Vladimir Zelensky", "Volodymyr Zelensky"},
		{"Zelensky", "Volodymyr Zelensky"},
		{"Zaluzhny", "Valerii Zaluzhnyi"},
	},
	"004": {
		{"The spokeswoman for the Russian Foreign Ministry", "Maria Zakharova"},
		{"María Zajárova", "Maria Zakharova"},
		{"Zajárova", "Maria Zakharova"},
		{"the Deputy Foreign Minister", "Andrey Rudenko"},
		{"Andréi Rudenko", "Andrey Rudenko"},
		{"Rudenko", "Andrey Rudenko"},
		{"the United States National Security Adviser", "Jake Sullivan"},
		{"Jake Sullivan", "Jake Sullivan"},
		{"Sullivan", "Jake Sullivan"},
		{"White House press secretary", "Karine Jean-Pierre"},
		{"Karine Jean-Pierre", "Karine Jean-Pierre"},
		{"Volodymyr Zelensky", "Volodymyr Zelensky"},
		{"Zelensky", "Volodymyr Zelensky"},
		{"the National Security spokeswoman", "Adrienne Watson"},
		{"Adrienne Watson", "Adrienne Watson"},
		{"the American adviser", "Jake Sullivan"},
		{"the head of the Presidency’s office", "Andriy Yermak"},
		{"Andrei Yermak", "Andriy Yermak"},
		{"Oleksei Réznikov", "Oleksii Reznikov"},
		{"the top Ukrainian leader", "Volodymyr Zelensky"},
		{"Mikhailo Podoliak", "Mykhailo Podolyak"},
		{"Vladimir Putin", "Vladimir Putin"},
		{"the Kremlin spokesman", "Dmitry Peskov"},
		{"Dmitri Peskov", "Dmitry Peskov"},
		{"Peskov", "Dmitry Peskov"},
		{"the presidential spokesman", "Dmitry Peskov"},
		{"the head of the Russian delegation", "Vladimir Medinsky"},
		{"Vladimir Medinski", "Vladimir Medinsky"},
		{"the Russian Foreign Minister", "Sergey Lavrov"},
		{"Sergey Lavrov", "Sergey Lavrov"},
		{"Lavrov", "Sergey Lavrov"},
		{"the head of Russian Diplomacy", "Sergey Lavrov"},
		{"The American president", "Joe Biden"},
		{"Joe Biden", "Joe Biden"},
	},
}

// expectedID is the knowledge-base id of a canonical name (exact, else
// transliteration match), or the id a new actor of that name gets.
func expectedID(k *kb.KB, name string) string {
	for _, e := range k.ByName(name) {
		if e.Kind == "person" {
			return e.ID
		}
	}
	for _, e := range k.Entries() {
		if e.Kind != "person" {
			continue
		}
		for _, n := range e.Names() {
			if names.Match(name, n) {
				return e.ID
			}
		}
	}
	var b strings.Builder
	for _, f := range strings.Fields(names.Fold(name)) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(f)
	}
	return "new:per:" + b.String()
}

// TestSeeds runs the whole pipeline before resolution on the seed articles
// and checks that every person named or designated by office resolves to
// the right actor. It prints the table with -v.
func TestSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the models")
	}
	dir := seedsDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles under %q (set PARLEY_SEEDS)", dir)
	}
	ann, err := coref.DefaultAnnotator()
	if ann == nil {
		t.Skipf("models: %v", err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	date := "2022-11-20" // both articles are from the week of 14 November 2022
	for _, f := range files {
		prefix := strings.SplitN(filepath.Base(f), "_", 2)[0]
		want, ok := seedPeople[prefix]
		if !ok {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := doc.New(filepath.Base(f), clean.Clean(string(b)))
		d.Date = &date
		ann(d)
		actor.Resolve(d, k, actor.Options{})
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{} // mention text → actor ids, in order
		type row struct {
			off           int
			text, how, id string
			role          string
		}
		var rows []row
		for _, a := range d.Actors {
			role := ""
			if a.Role != nil {
				role = *a.Role
			}
			for _, m := range a.Mentions {
				got[m.Text] = append(got[m.Text], a.ID)
				if a.Kind == "person" {
					rows = append(rows, row{m.Start, m.Text, m.How, a.ID, role})
				}
			}
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].off < rows[j].off })
		var tb strings.Builder
		fmt.Fprintf(&tb, "\n%s (persons)\n", filepath.Base(f))
		for _, r := range rows {
			fmt.Fprintf(&tb, "  %-55s %-8s %-26s %s\n", r.text, r.how, r.id, r.role)
		}
		t.Log(tb.String())
		for _, w := range want {
			id := expectedID(k, w[1])
			ids := got[w[0]]
			if len(ids) == 0 {
				t.Errorf("%s: %q not resolved (want %s)", prefix, w[0], id)
				continue
			}
			for _, g := range ids {
				if g != id {
					t.Errorf("%s: %q → %s, want %s", prefix, w[0], g, id)
				}
			}
		}
	}
}
