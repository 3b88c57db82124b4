package parse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/tag"
)

func TestAnalyse(t *testing.T) {
	mf := os.Getenv("EXP_MODEL")
	if mf == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(mf)
	p, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	tb, _ := os.ReadFile("/tmp/parser-pos.bin")
	tg, _ := tag.Read(bytes.NewReader(tb))
	dev, _ := readTrees(filepath.Join(dataDir(t), "ud-ewt", "en_ewt-ud-dev.conllu"))
	var nTagOK, errTagOK, nTagBad, errTagBad, errNearBad int
	conf := map[string]int{}
	for _, s := range dev {
		up, xp := tg.TagWords(s.words)
		hg, _ := p.ParseSentence(s.words, s.upos, s.xpos, nil)
		h, _ := p.ParseSentence(s.words, up, xp, nil)
		for i := range s.words {
			bad := xp[i] != s.xpos[i]
			near := false
			for j := max(0, i-2); j < min(len(s.words), i+3); j++ {
				if xp[j] != s.xpos[j] {
					near = true
				}
			}
			wrong := h[i] != s.heads[i]
			if bad {
				nTagBad++
				if wrong {
					errTagBad++
				}
				conf[s.xpos[i]+"->"+xp[i]]++
			} else {
				nTagOK++
				if wrong {
					errTagOK++
					if near && hg[i] == s.heads[i] {
						errNearBad++
					}
				}
			}
		}
	}
	t.Logf("xpos ok %d tokens, %d wrong heads; xpos bad %d tokens, %d wrong heads; ok-tag errors fixed by gold tags with a bad tag within 2: %d", nTagOK, errTagOK, nTagBad, errTagBad, errNearBad)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range conf {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for _, x := range kvs[:25] {
		t.Logf("%s %d", x.k, x.v)
	}
}

func TestCasesFile(t *testing.T) {
	mf := os.Getenv("EXP_MODEL")
	if mf == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(mf)
	p, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range embeddedCases {
		words := splitF(tc.words)
		heads, rels := p.ParseSentence(words, splitF(tc.upos), splitF(tc.xpos), nil)
		for i := range words {
			h := "ROOT"
			if heads[i] > 0 {
				h = words[heads[i]-1]
			}
			t.Logf("%s %s %s", words[i], rels[i], h)
		}
	}
}
func splitF(s string) []string { return strings.Fields(s) }

func TestPruneFile(t *testing.T) {
	mf := os.Getenv("EXP_MODEL")
	if mf == "" || os.Getenv("EXP_PRUNE") == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(mf)
	tb, _ := os.ReadFile("/tmp/parser-pos.bin")
	tg, _ := tag.Read(bytes.NewReader(tb))
	dev, _ := readTrees(filepath.Join(dataDir(t), "ud-ewt", "en_ewt-ud-dev.conllu"))
	retag(dev, tg.TagWords)
	for _, th := range strings.Fields(os.Getenv("EXP_PRUNE")) {
		var tt, tl float64
		fmt.Sscanf(th, "%g/%g", &tt, &tl)
		p, err := Read(b)
		if err != nil {
			t.Fatal(err)
		}
		pruneTable(p.trans, float32(tt))
		pruneTable(p.lab, float32(tl))
		var buf bytes.Buffer
		p.Save(&buf)
		q, _ := Read(buf.Bytes())
		uas, las := evalTrees(q, dev)
		fails := 0
		for _, tc := range embeddedCases {
			words := splitF(tc.words)
			heads, rels := q.ParseSentence(words, splitF(tc.upos), splitF(tc.xpos), nil)
			for _, w := range tc.want {
				parts := strings.Split(w, ":")
				i := indexOf(words, parts[0])
				gh := ""
				if heads[i] > 0 {
					gh = words[heads[i]-1]
				}
				if rels[i] != parts[1] || gh != parts[2] {
					fails++
					t.Logf("  fail %s: %s of %s", w, rels[i], gh)
				}
			}
		}
		t.Logf("prune %s: %d bytes, dev UAS %.2f LAS %.2f, %d case failures", th, buf.Len(), uas.Value(), las.Value(), fails)
	}
}

func pruneTable(m *table, th float32) {
	q, scale := m.quantised()
	for i, v := range q {
		if w := float32(v) * scale; w < th && w > -th {
			q[i] = 0
		}
	}
	*m = table{nc: m.nc, bits: m.bits}
	m.fromQuantised(q, scale)
}

func TestTraceFile(t *testing.T) {
	mf := os.Getenv("EXP_TRACE")
	if mf == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(mf)
	p, _ := Read(b)
	tc := embeddedCases[0]
	sc := p.pool.Get().(*scratch)
	sc.prepare(splitF(tc.words), splitF(tc.upos), splitF(tc.xpos))
	c := &sc.c
	for !c.terminal() {
		f := sc.transitionFeatures(p.labH)
		p.trans.scores(f, sc.tscores)
		a := bestLegal(sc.tscores, c.legal())
		t.Logf("stack %v b0 %d scores %v -> %d", c.stack, c.b, sc.tscores, a)
		if c.s(0) == 5 && c.b == 7 {
			one := make([]float32, 3)
			for i, x := range f {
				p.trans.scores([]uint64{x}, one)
				if d := one[0] - one[2]; d > 3 || d < -3 {
					t.Logf("   feat %d: shift-right %.1f", i, d)
				}
			}
		}
		var l int16 = -1
		if a != actShift {
			l = p.predictLabel(sc, a)
		}
		c.apply(a, l)
	}
}
