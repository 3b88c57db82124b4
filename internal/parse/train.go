package parse

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/parley-news/parley/internal/corpus/conllu"
	"github.com/parley-news/parley/internal/tag"
)

// TrainOptions configures Train. The zero value trains with the defaults.
type TrainOptions struct {
	Epochs int       // passes over the training data; 0 means 15
	Seed   uint64    // seed of the shuffle and of exploration; same data and seed give the same model
	Log    io.Writer // progress and dev figures; nil for silence
	// Tagger, when set, makes the parser train on predicted tags rather
	// than gold ones (see Folds) and tags the dev sentences in the log;
	// nil trains on gold tags.
	Tagger func(words []string) (upos, xpos []string)
	// NoGUM leaves out the openly licensed GUM training documents and
	// trains on UD English EWT alone.
	NoGUM bool
	// Explore is the probability, from the second epoch on, of following
	// the model's own prediction rather than the oracle's when they differ
	// (dynamic-oracle exploration); 0 means 0.9, negative means never.
	Explore float64
	// Folds is the number of jackknifing folds when Tagger is set: the
	// training sentences are tagged by taggers trained on the other folds
	// (0 means 4); negative tags them with Tagger itself.
	Folds int
	// MinCount, when positive, drops features seen fewer times in the
	// gold-standard configurations before training; 0 keeps every feature
	// (pruning by weight, MinWeight, makes the model small enough).
	MinCount int
	// MinWeight prunes averaged label weights of smaller magnitude, and
	// transition weights below 1.5 times it (a transition sums the weights
	// of three times as many features); 0 means 1. The weights count
	// perceptron updates, so this drops features that moved a decision
	// less than about once on average over training.
	MinWeight float32
}

const (
	// sizes of the hashed weight tables, as powers of two rows
	transBits = 21
	labelBits = 19
	// epochs of the jackknifing taggers, fewer than a full tagger's: their
	// tags only need to be as wrong as the tagger's on unseen text
	jackknifeEpochs = 4
)

// gumOpenGenres are the GUM genres whose texts are under CC BY or CC BY-SA
// (see gum/README.md); the others are non-commercial or unlicensed.
var gumOpenGenres = []string{"academic", "bio", "court", "interview", "news", "voyage"}

// treeSentence is one treebank sentence: words, tags and its gold tree.
type treeSentence struct {
	words, upos, xpos []string
	heads             []int // 1-based, 0 = root
	deprels           []string
}

func fromConllu(ss []conllu.Sentence) []treeSentence {
	out := make([]treeSentence, 0, len(ss))
	for _, s := range ss {
		t := treeSentence{}
		for _, w := range s.Words {
			t.words = append(t.words, w.Form)
			t.upos = append(t.upos, w.UPOS)
			t.xpos = append(t.xpos, w.XPOS)
			t.heads = append(t.heads, w.Head)
			t.deprels = append(t.deprels, w.Deprel)
		}
		out = append(out, t)
	}
	return out
}

func readTrees(path string) ([]treeSentence, error) {
	ss, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return fromConllu(ss), nil
}

// readGUM reads the GUM documents of a split (train, dev or test); when open
// is set, only those of the openly licensed genres.
func readGUM(dataDir, split string, open bool) ([]treeSentence, error) {
	ss, err := readGUMConllu(dataDir, split, open)
	if err != nil {
		return nil, err
	}
	return fromConllu(ss), nil
}

func readGUMConllu(dataDir, split string, open bool) ([]conllu.Sentence, error) {
	list := filepath.Join(dataDir, "gum", "splits", split+".txt")
	f, err := os.Open(list)
	if err != nil {
		return nil, fmt.Errorf("parse: GUM %s split: %w", split, err)
	}
	defer f.Close()
	var out []conllu.Sentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		id := strings.TrimSpace(sc.Text())
		if id == "" {
			continue
		}
		if open {
			keep := false
			for _, g := range gumOpenGenres {
				if strings.HasPrefix(id, "GUM_"+g+"_") {
					keep = true
				}
			}
			if !keep {
				continue
			}
		}
		ss, err := conllu.ReadFile(filepath.Join(dataDir, "gum", "dep", id+".conllu"))
		if err != nil {
			return nil, fmt.Errorf("parse: GUM document %s: %w", id, err)
		}
		out = append(out, ss...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("parse: reading %s: %w", list, err)
	}
	return out, nil
}

func retag(ts []treeSentence, tagger func([]string) ([]string, []string)) {
	if tagger == nil {
		return
	}
	for i := range ts {
		ts[i].upos, ts[i].xpos = tagger(ts[i].words)
	}
}

// jackknife replaces the tags of trees (converted from ss) by those of
// taggers trained on the other folds, so the parser learns from tags as
// wrong as the tagger's on unseen text. Folds are contiguous blocks, which
// keeps documents together.
func jackknife(ss []conllu.Sentence, trees []treeSentence, folds int, logf func(string, ...any)) error {
	n := len(ss)
	errs := make([]error, folds)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for k := 0; k < folds; k++ {
		lo, hi := k*n/folds, (k+1)*n/folds
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			start := time.Now()
			rest := make([]conllu.Sentence, 0, n-(hi-lo))
			rest = append(append(rest, ss[:lo]...), ss[hi:]...)
			tg, err := tag.TrainSentences(rest, tag.TrainOptions{Epochs: jackknifeEpochs, Seed: uint64(k + 1)})
			if err != nil {
				errs[k] = fmt.Errorf("parse: jackknife fold %d: %w", k+1, err)
				return
			}
			for i := lo; i < hi; i++ {
				trees[i].upos, trees[i].xpos = tg.TagWords(trees[i].words)
			}
			logf("parse: jackknife fold %d/%d tagged %d sentences in %s\n", k+1, folds, hi-lo, time.Since(start).Round(time.Second))
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Train trains a parser on UD English EWT train (dataDir/ud-ewt) plus, unless
// opts.NoGUM, the openly licensed GUM training documents (dataDir/gum). With
// opts.Log set it reports progress and the EWT dev scores when it is done.
func Train(dataDir string, opts TrainOptions) (*Parser, error) {
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format, args...)
		}
	}
	ss, err := conllu.ReadFile(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		return nil, fmt.Errorf("parse: training data: %w", err)
	}
	if !opts.NoGUM {
		gum, err := readGUMConllu(dataDir, "train", true)
		if err != nil {
			return nil, err
		}
		ss = append(ss, gum...)
	}
	train := fromConllu(ss)
	if opts.Tagger != nil {
		gold := make([][]string, len(train))
		for i := range train {
			gold[i] = train[i].upos
		}
		if folds := opts.Folds; folds >= 0 {
			if folds < 2 {
				folds = 4
			}
			if err := jackknife(ss, train, folds, logf); err != nil {
				return nil, err
			}
		} else {
			retag(train, opts.Tagger)
		}
		right, all := 0, 0
		for i := range train {
			for j := range gold[i] {
				all++
				if j < len(train[i].upos) && train[i].upos[j] == gold[i][j] {
					right++
				}
			}
		}
		logf("parse: training tags %.2f%% UPOS right\n", 100*float64(right)/float64(max(all, 1)))
	}
	p, err := trainOn(train, opts)
	if err != nil {
		return nil, err
	}
	if opts.Log != nil {
		devPath := filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-dev.conllu")
		if dev, err := readTrees(devPath); err == nil {
			retag(dev, opts.Tagger)
			uas, las := evalTrees(p, dev)
			fmt.Fprintf(opts.Log, "parse: ud-ewt/dev UAS %.2f LAS %.2f (%d words)\n", uas.Value(), las.Value(), uas.All)
		}
	}
	return p, nil
}

type sample struct {
	words, upos, xpos []string
	g                 *gold
}

// trainOn trains a parser on trees.
func trainOn(trees []treeSentence, opts TrainOptions) (*Parser, error) {
	epochs := opts.Epochs
	if epochs <= 0 {
		epochs = 15
	}
	explore := opts.Explore
	if explore == 0 {
		explore = 0.9
	}
	minW := opts.MinWeight
	if minW == 0 {
		minW = 1
	}
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, format, args...)
		}
	}
	// label inventory, sorted for determinism
	seen := map[string]bool{"root": true}
	for _, t := range trees {
		for _, l := range t.deprels {
			seen[l] = true
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	if len(labels) > 1<<15 {
		return nil, fmt.Errorf("parse: %d labels is too many", len(labels))
	}
	ids := map[string]int16{}
	for i, l := range labels {
		ids[l] = int16(i)
	}
	leftOK := make([]bool, len(labels))
	rightOK := make([]bool, len(labels))
	var samples []sample
	lifted, skipped := 0, 0
	for _, t := range trees {
		n := len(t.words)
		heads := make([]int32, n+1)
		labs := make([]int16, n+1)
		ok := n > 0
		roots := 0
		for i := 0; i < n; i++ {
			h := t.heads[i]
			if h < 0 || h > n || h == i+1 {
				ok = false
				break
			}
			if h == 0 {
				roots++
			}
			heads[i+1] = int32(h)
			labs[i+1] = ids[t.deprels[i]]
		}
		if !ok || roots != 1 || !acyclic(heads) {
			skipped++
			continue
		}
		lifted += projectivize(heads)
		for d := 1; d <= n; d++ {
			if heads[d] == 0 {
				continue
			}
			if int32(d) < heads[d] {
				leftOK[labs[d]] = true
			} else {
				rightOK[labs[d]] = true
			}
		}
		samples = append(samples, sample{words: t.words, upos: t.upos, xpos: t.xpos, g: newGold(heads, labs)})
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("parse: no usable training sentences")
	}
	logf("parse: %d training sentences (%d skipped as malformed), %d arcs lifted to projectivise, %d labels\n",
		len(samples), skipped, lifted, len(labels))

	p := newParser(labels, leftOK, rightOK)
	p.trans = newTable(nActs, transBits)
	p.lab = newTable(len(labels), labelBits)
	if minCount := opts.MinCount; minCount > 0 {
		p.trans.minCount, p.lab.minCount = uint8(min(minCount, 255)), uint8(min(minCount, 255))
		countFeatures(p, samples)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	sc := p.pool.Get().(*scratch)
	for ep := 0; ep < epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var tRight, tAll, lRight, lAll int
		for _, si := range order {
			s := &samples[si]
			sc.prepare(s.words, s.upos, s.xpos)
			c := &sc.c
			for !c.terminal() {
				f := sc.transitionFeatures(p.labH)
				p.trans.scores(f, sc.tscores)
				ok := c.legal()
				cost := c.costs(s.g)
				pred := bestLegal(sc.tscores, ok)
				minc := cost[pred]
				for a := 0; a < nActs; a++ {
					if ok[a] && cost[a] < minc {
						minc = cost[a]
					}
				}
				oracle := -1
				for a := 0; a < nActs; a++ {
					if ok[a] && cost[a] == minc && (oracle < 0 || sc.tscores[a] > sc.tscores[oracle]) {
						oracle = a
					}
				}
				tAll++
				if cost[pred] == minc {
					tRight++
				} else {
					p.trans.update(f, oracle, pred)
				}
				p.trans.tick()
				next := oracle
				if ep > 0 && explore > 0 && pred != oracle && rng.Float64() < explore {
					next = pred
				}
				var l int16 = -1
				if next != actShift {
					h, d := c.arcOf(next)
					switch {
					case h == 0:
						l = p.rootID
					case h == s.g.head[d]:
						lf := sc.labelFeatures(p.labH, h, d)
						p.lab.scores(lf, sc.lscores)
						allowed := p.rightOK
						if d < h {
							allowed = p.leftOK
						}
						guess := -1
						for k, v := range sc.lscores {
							if allowed[k] && (guess < 0 || v > sc.lscores[guess]) {
								guess = k
							}
						}
						l = s.g.label[d]
						lAll++
						if guess == int(l) {
							lRight++
						} else {
							p.lab.update(lf, int(l), guess)
						}
						p.lab.tick()
					default:
						l = p.predictLabel(sc, next)
					}
				}
				c.apply(next, l)
			}
		}
		logf("parse: epoch %d: transitions %.2f%% right, labels %.2f%% right, %s\n", ep+1,
			100*float64(tRight)/float64(max(tAll, 1)), 100*float64(lRight)/float64(max(lAll, 1)),
			time.Since(start).Round(time.Millisecond))
	}
	p.pool.Put(sc)
	p.trans.finish(1.5 * minW)
	p.lab.finish(minW)
	logf("parse: %d transition rows, %d label rows carry weight after pruning at %g\n",
		p.trans.nonzero(), p.lab.nonzero(), minW)
	return p, nil
}

// countFeatures follows the oracle through every training sentence and
// counts the rows of the features of the configurations and arcs met.
func countFeatures(p *Parser, samples []sample) {
	sc := p.pool.Get().(*scratch)
	for si := range samples {
		s := &samples[si]
		sc.prepare(s.words, s.upos, s.xpos)
		c := &sc.c
		for !c.terminal() {
			f := sc.transitionFeatures(p.labH)
			p.trans.count(f)
			cost := c.costs(s.g)
			a := 0
			for b := 1; b < nActs; b++ {
				if cost[b] < cost[a] {
					a = b
				}
			}
			var l int16 = -1
			if a != actShift {
				h, d := c.arcOf(a)
				if h == 0 {
					l = p.rootID
				} else {
					l = s.g.label[d]
					p.lab.count(sc.labelFeatures(p.labH, h, d))
				}
			}
			c.apply(a, l)
		}
	}
	p.pool.Put(sc)
}

// acyclic reports whether every word reaches the root.
func acyclic(heads []int32) bool {
	n := len(heads) - 1
	for d := 1; d <= n; d++ {
		x, steps := int32(d), 0
		for x != 0 {
			x = heads[x]
			steps++
			if steps > n {
				return false
			}
		}
	}
	return true
}
