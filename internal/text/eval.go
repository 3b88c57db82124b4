package text

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/corpus/conllu"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/score"
)

// goldDoc is one treebank document rebuilt as running text: the `# text` of
// its sentences joined by a space within a paragraph and by "\n\n" between
// paragraphs, so that the text carries no trace of the gold sentence
// boundaries other than the paragraph breaks.
type goldDoc struct {
	id     string
	text   string
	ends   []int      // gold sentence end offsets
	parEnd []bool     // parallel to ends: the sentence closes a paragraph
	words  []doc.Span // gold syntactic words (clitic parts of a multiword token as sub-spans)
	// unaligned counts surface tokens whose form was not found in the text.
	unaligned int
}

// evalSet is one dataset to evaluate on.
type evalSet struct {
	name string // "ud-ewt/test"
	docs []goldDoc
}

// loadEvalSets reads the EWT and GUM dev and test sets under dataDir.
func loadEvalSets(dataDir string) ([]evalSet, error) {
	var sets []evalSet
	for _, split := range []string{"dev", "test"} {
		path := filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-"+split+".conllu")
		sents, err := conllu.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("text: eval: %w", err)
		}
		sets = append(sets, evalSet{name: "ud-ewt/" + split, docs: rebuild(sents)})
	}
	for _, split := range []string{"dev", "test"} {
		ids, err := readList(filepath.Join(dataDir, "gum", "splits", split+".txt"))
		if err != nil {
			return nil, fmt.Errorf("text: eval: gum %s split: %w", split, err)
		}
		var docs []goldDoc
		for _, id := range ids {
			path := filepath.Join(dataDir, "gum", "dep", id+".conllu")
			sents, err := conllu.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("text: eval: gum document %s: %w", id, err)
			}
			docs = append(docs, rebuild(sents)...)
		}
		sets = append(sets, evalSet{name: "gum/" + split, docs: docs})
	}
	return sets, nil
}

// readList reads one non-empty line per item.
func readList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no documents listed", path)
	}
	return out, nil
}

// rebuild turns CoNLL-U sentences into documents of running text.
func rebuild(sents []conllu.Sentence) []goldDoc {
	var docs []goldDoc
	var b strings.Builder
	var cur goldDoc
	flush := func() {
		if len(cur.ends) > 0 {
			cur.text = b.String()
			docs = append(docs, cur)
		}
		cur = goldDoc{}
		b.Reset()
	}
	for si := range sents {
		s := &sents[si]
		if s.NewDoc() {
			flush()
			cur.id = s.Comments["newdoc id"]
		}
		text := s.Comments["text"]
		if text == "" {
			continue
		}
		if len(cur.ends) > 0 {
			if s.NewPar() {
				cur.parEnd[len(cur.parEnd)-1] = true
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		start := b.Len()
		b.WriteString(text)
		cur.ends = append(cur.ends, b.Len())
		cur.parEnd = append(cur.parEnd, false)
		cur.unaligned += alignWords(s, text, start, &cur.words)
	}
	flush()
	for i := range docs {
		docs[i].parEnd[len(docs[i].parEnd)-1] = true
	}
	return docs
}

// alignWords finds the gold words of s in its text (which starts at offset
// base of the document) and appends their spans. A multiword token whose
// parts spell it ("do"+"n't" = "don't") gives one span per part; otherwise
// the surface token is one span. It returns how many surface tokens could
// not be found.
func alignWords(s *conllu.Sentence, text string, base int, out *[]doc.Span) int {
	byID := make(map[int]string, len(s.Words))
	for _, w := range s.Words {
		byID[w.ID] = w.Form
	}
	c, missed := 0, 0
	for _, tk := range s.Tokens {
		for c < len(text) && (text[c] == ' ' || text[c] == '\t') {
			c++
		}
		at := -1
		if strings.HasPrefix(text[c:], tk.Form) {
			at = c
		} else if k := strings.Index(text[c:], tk.Form); k >= 0 {
			at = c + k
		}
		if at < 0 || tk.Form == "" {
			missed++
			continue
		}
		c = at + len(tk.Form)
		if tk.First == tk.Last {
			*out = append(*out, doc.Span{Start: base + at, End: base + c})
			continue
		}
		var parts []string
		joined := ""
		for id := tk.First; id <= tk.Last; id++ {
			parts = append(parts, byID[id])
			joined += byID[id]
		}
		if joined != tk.Form {
			*out = append(*out, doc.Span{Start: base + at, End: base + c})
			continue
		}
		p := at
		for _, f := range parts {
			if f == "" {
				continue
			}
			*out = append(*out, doc.Span{Start: base + p, End: base + p + len(f)})
			p += len(f)
		}
	}
	return missed
}

// boundaryCounts scores predicted sentence ends against the gold ones of d,
// over all boundaries and over the inner ones (those not at a paragraph
// end, which a line break gives away).
func boundaryCounts(d *goldDoc, pred []doc.Span) (all, inner score.PRF) {
	gold := make(map[int]bool, len(d.ends))
	par := make(map[int]bool)
	for i, e := range d.ends {
		gold[e] = true
		if d.parEnd[i] {
			par[e] = true
		}
	}
	all.Gold = len(d.ends)
	inner.Gold = len(d.ends) - len(par)
	for _, p := range pred {
		all.Pred++
		if gold[p.End] {
			all.TP++
		}
		if !par[p.End] {
			inner.Pred++
			if gold[p.End] {
				inner.TP++
			}
		}
	}
	return all, inner
}

// EvalSentences scores the sentence splitter on UD English EWT and GUM (dev
// and test): each treebank document is rebuilt as running text (see
// goldDoc), split, and the predicted sentence end offsets are matched
// exactly against the gold ones. It reports task "sentences", datasets
// "ud-ewt/dev", "ud-ewt/test", "gum/dev", "gum/test", metric "boundary-f1"
// (N = gold sentences) and "inner-boundary-f1", the same over boundaries
// that are not at a paragraph end (N = those gold boundaries). Datasets
// "ud-ewt/…:weblog" and "gum/…:news" give boundary-f1 on the documents
// closest to news: EWT's weblogs and GUM's Wikinews articles.
func EvalSentences(dataDir string) ([]score.Result, error) {
	sets, err := loadEvalSets(dataDir)
	if err != nil {
		return nil, err
	}
	var out []score.Result
	for _, set := range sets {
		var all, inner, news score.PRF
		for i := range set.docs {
			d := &set.docs[i]
			a, in := boundaryCounts(d, Sentences(d.text, Tokens(d.text)))
			all.Add(a)
			inner.Add(in)
			if newsLike(d.id) {
				news.Add(a)
			}
		}
		out = append(out,
			score.Result{Task: "sentences", Dataset: set.name, Metric: "boundary-f1", Value: all.F1(), N: all.Gold},
			score.Result{Task: "sentences", Dataset: set.name, Metric: "inner-boundary-f1", Value: inner.F1(), N: inner.Gold},
			score.Result{Task: "sentences", Dataset: set.name + ":" + newsPart(set.name), Metric: "boundary-f1", Value: news.F1(), N: news.Gold})
	}
	return out, nil
}

// newsLike reports the documents closest to news prose: EWT's weblogs
// (mostly current-affairs blogs) and GUM's Wikinews articles.
func newsLike(id string) bool {
	return strings.HasPrefix(id, "weblog-") || strings.HasPrefix(id, "GUM_news_")
}

func newsPart(set string) string {
	if strings.HasPrefix(set, "gum/") {
		return "news"
	}
	return "weblog"
}

// EvalTokens scores the tokenizer on the same sets as EvalSentences: F1 of
// predicted token spans against the gold syntactic words (a multiword token
// such as "don't" counts as its parts "do" "n't"). Metric "token-f1" is the
// default options; "token-f1-split-hyphens" is Options{SplitHyphens: true},
// the UD v2.16 hyphen convention. N = gold words.
func EvalTokens(dataDir string) ([]score.Result, error) {
	sets, err := loadEvalSets(dataDir)
	if err != nil {
		return nil, err
	}
	var out []score.Result
	for _, set := range sets {
		for _, o := range []struct {
			metric string
			opt    Options
		}{{"token-f1", Options{}}, {"token-f1-split-hyphens", Options{SplitHyphens: true}}} {
			var prf score.PRF
			for i := range set.docs {
				prf.Add(tokenCounts(&set.docs[i], TokensWith(set.docs[i].text, o.opt)))
			}
			out = append(out, score.Result{Task: "tokens", Dataset: set.name, Metric: o.metric, Value: prf.F1(), N: prf.Gold})
		}
	}
	return out, nil
}

func tokenCounts(d *goldDoc, pred []doc.Span) score.PRF {
	gold := make(map[doc.Span]bool, len(d.words))
	for _, w := range d.words {
		gold[w] = true
	}
	prf := score.PRF{Pred: len(pred), Gold: len(d.words)}
	for _, p := range pred {
		if gold[p] {
			prf.TP++
		}
	}
	return prf
}

// errorContext describes where predicted and gold sentence ends differ in
// d, for error analysis: one line per missed ("FN") or spurious ("FP")
// boundary, with the text around it.
func errorContext(d *goldDoc, pred []doc.Span, width int) []string {
	gold := map[int]bool{}
	for _, e := range d.ends {
		gold[e] = true
	}
	predEnd := map[int]bool{}
	for _, p := range pred {
		predEnd[p.End] = true
	}
	var out []string
	show := func(tag string, e int) {
		a, b := max(0, e-width), min(len(d.text), e+width)
		for a > 0 && !isRuneStart(d.text[a]) {
			a--
		}
		for b < len(d.text) && !isRuneStart(d.text[b]) {
			b++
		}
		ctx := d.text[a:e] + "‖" + d.text[e:b]
		out = append(out, fmt.Sprintf("%s %s: %q", tag, d.id, ctx))
	}
	var ends []int
	for e := range gold {
		if !predEnd[e] {
			ends = append(ends, e)
		}
	}
	sort.Ints(ends)
	for _, e := range ends {
		show("FN", e)
	}
	ends = ends[:0]
	for e := range predEnd {
		if !gold[e] {
			ends = append(ends, e)
		}
	}
	sort.Ints(ends)
	for _, e := range ends {
		show("FP", e)
	}
	return out
}

func isRuneStart(b byte) bool { return b&0xc0 != 0x80 }
