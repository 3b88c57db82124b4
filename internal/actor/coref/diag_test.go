package coref

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
)

// TestDiagChains prints, for tuning on a training split (GUM_DIAG=train or
// dev; never test), per document its CoNLL figures ("DOC"), each gold
// chain of two or more tracked mentions with the system actor of every
// mention ("CHAIN"), the system mentions matching no gold mention
// ("SPUR"), each system actor of two mentions or more with the gold
// chains of its mentions ("SYS") and those spanning several chains
// ("MERGE"), to the file GUM_DIAG_OUT (else the test log).
func TestDiagChains(t *testing.T) {
	split := os.Getenv("GUM_DIAG")
	if split == "" || split == "test" {
		t.Skip("set GUM_DIAG=train or dev")
	}
	d := gumDir(t)
	ann, err := DefaultAnnotator()
	if ann == nil {
		t.Skipf("models: %v", err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, err := splitDocs(d, split)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, f := range files {
		g, err := readGUM(f)
		if err != nil {
			t.Fatal(err)
		}
		dd := doc.New(g.id, g.text)
		if g.date != "" {
			date := g.date
			dd.Date = &date
		}
		ann(dd)
		actor.Resolve(dd, k, actor.Options{})
		AfterResolve(dd)
		var st Stats
		scoreDoc(&st, g, dd, k, false)
		fmt.Fprintf(&out, "DOC %s conll %.1f muc %.1f b3 %.1f ceafe %.1f recall %d/%d\n", g.id, st.Results("")[0].Value, 100*st.MUC.f1(), 100*st.B3.f1(), 100*st.CEAFe.f1(), st.Matched, st.GoldMentions)
		sys := sysMentions(dd, k)
		goldOf, _ := matchMentions(g, sys)
		sysFor := map[int]int{}
		for i, j := range goldOf {
			if j >= 0 {
				sysFor[j] = i
			}
		}
		chains := map[string][]int{}
		var order []string
		for j, gm := range g.mentions {
			if !tracked[gm.etype] {
				continue
			}
			if _, ok := chains[gm.entity]; !ok {
				order = append(order, gm.entity)
			}
			chains[gm.entity] = append(chains[gm.entity], j)
		}
		for _, e := range order {
			ms := chains[e]
			if len(ms) < 2 {
				continue
			}
			acts := map[string]int{}
			var parts []string
			for _, j := range ms {
				gm := g.mentions[j]
				a := "-"
				if i, ok := sysFor[j]; ok {
					a = sys[i].actor + "/" + sys[i].how
					acts[sys[i].actor]++
				}
				parts = append(parts, fmt.Sprintf("%q=%s", g.text[gm.Start:gm.End], a))
			}
			fmt.Fprintf(&out, "CHAIN %s %s %s n=%d sys=%d: %s\n", g.id, e, g.mentions[ms[0]].etype, len(ms), len(acts), strings.Join(parts, " "))
		}
		for i, sm := range sys {
			if goldOf[i] < 0 {
				fmt.Fprintf(&out, "SPUR %s %s %s %q\n", g.id, sm.how, sm.actor, g.text[sm.Start:sm.End])
			}
		}
		byAct := map[string]map[string]int{}
		for i, s := range sys {
			ge := "-"
			if j := goldOf[i]; j >= 0 {
				if !tracked[g.mentions[j].etype] {
					continue
				}
				ge = g.mentions[j].entity
			}
			if byAct[s.actor] == nil {
				byAct[s.actor] = map[string]int{}
			}
			byAct[s.actor][ge]++
		}
		var ids []string
		for id := range byAct {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			tot := 0
			for _, c := range byAct[id] {
				tot += c
			}
			if tot > 1 {
				fmt.Fprintf(&out, "SYS %s %s %v\n", g.id, id, byAct[id])
			}
			if len(byAct[id]) > 1 {
				fmt.Fprintf(&out, "MERGE %s %s %v\n", g.id, id, byAct[id])
			}
		}
	}
	path := os.Getenv("GUM_DIAG_OUT")
	if path == "" {
		t.Log(out.String())
		return
	}
	if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDiagDoc prints the entities, actors and places of one training
// document (GUM_DOC=GUM_bio_holt, never a test document).
func TestDiagDoc(t *testing.T) {
	id := os.Getenv("GUM_DOC")
	if id == "" {
		t.Skip("set GUM_DOC")
	}
	d := gumDir(t)
	for _, split := range []string{"train", "dev"} {
		files, _ := splitDocs(d, split)
		for _, f := range files {
			if !strings.HasSuffix(f, "/"+id+".conllu") {
				continue
			}
			g, err := readGUM(f)
			if err != nil {
				t.Fatal(err)
			}
			ann, _ := DefaultAnnotator()
			k, _ := kb.Default()
			dd := doc.New(g.id, g.text)
			ann(dd)
			actor.Resolve(dd, k, actor.Options{})
			AfterResolve(dd)
			for _, e := range dd.Entities {
				t.Logf("ENT %s %q %d", e.Type, e.Text, e.Start)
			}
			for _, a := range dd.Actors {
				var ms []string
				for _, m := range a.Mentions {
					ms = append(ms, fmt.Sprintf("%q/%s@%d", dd.Text[m.Start:m.End], m.How, m.Start))
				}
				t.Logf("ACT %s %s", a.ID, strings.Join(ms, " "))
			}
			for _, p := range dd.Places {
				t.Logf("PLACE %q %s %d", dd.Text[p.Start:p.End], p.Name, p.Start)
			}
		}
	}
}
