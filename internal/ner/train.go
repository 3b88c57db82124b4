package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/learn/perceptron"
)

// TrainOptions configure Train. Zero values take the defaults.
type TrainOptions struct {
	Epochs    int       // passes over the data (default 10)
	Seed      uint64    // shuffling seed (default 1)
	Log       io.Writer // progress, one line per epoch (nil: quiet)
	Sets      []string  // training sets (default DefaultTrainSets)
	MinWeight float32   // averaged weights below this magnitude are pruned (default 0.05)
	// LowerRate is the share of training sentences shown in lower case in
	// each epoch, so that names typed in lower case ("kyiv") are learnt
	// (default 0.1; negative for none).
	LowerRate float64
	// NoClusters turns word-cluster features off.
	NoClusters bool
	// Unlabelled names extra sets whose text (never their labels) feeds the
	// word clusters, besides the training sets' own text (default
	// DefaultUnlabelled).
	Unlabelled []string
	// NoDictionaries leaves out the gazetteer categories built from the
	// actor dictionaries (see dictGazetteer).
	NoDictionaries bool
	// NoKB leaves out the names of Parley's actor knowledge base from the
	// dictionary categories (see addKB).
	NoKB bool
	dict *gazetteer
	// WordDropout is the share of training tokens whose word-identity
	// features are hidden in each epoch (default 0; negative for none).
	WordDropout float64
	clusters    map[string]string
	caps        map[string]uint8
	// NoDocContext turns the document-context features off (see docContext).
	NoDocContext bool
	docs         [][][]string // the documents examples point into
}

// DefaultUnlabelled is the extra unlabelled text for word clusters: the
// words of the UD English-EWT training split.
var DefaultUnlabelled = []string{"ud-ewt/train"}

// example is one training sentence with its supervision.
type example struct {
	words []string
	masks []uint32
	doc   int // index into TrainOptions.docs, -1 for none
}

// Train learns a recogniser from the corpora under dataDir. It is
// deterministic for given options.
func Train(dataDir string, opts TrainOptions) (*Recognizer, error) {
	if opts.Epochs == 0 {
		opts.Epochs = 10
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Sets == nil {
		opts.Sets = DefaultTrainSets
	}
	if opts.LowerRate == 0 {
		opts.LowerRate = 0.1
	}
	if opts.MinWeight == 0 {
		opts.MinWeight = 0.05
	}
	if opts.Unlabelled == nil {
		opts.Unlabelled = DefaultUnlabelled
	}
	if !opts.NoDictionaries {
		d, err := dictGazetteer(dataDir, !opts.NoKB)
		if err != nil {
			return nil, err
		}
		opts.dict = d
		logf(opts.Log, "ner: %d dictionary entries\n", len(d.folded))
	}
	var exs []example
	var text [][]string
	for _, name := range opts.Sets {
		name, times := setWeight(name)
		set, err := loadSet(dataDir, name)
		if err != nil {
			return nil, err
		}
		ex := examples(set, &opts.docs)
		for k := 0; k < times; k++ {
			exs = append(exs, ex...)
		}
		for _, s := range set.Sents {
			text = append(text, s.Words)
		}
		logf(opts.Log, "ner: %s: %d sentences\n", name, len(set.Sents))
	}
	if !opts.NoClusters {
		for _, name := range opts.Unlabelled {
			t, err := loadText(dataDir, name)
			if err != nil {
				return nil, err
			}
			text = append(text, t...)
			logf(opts.Log, "ner: unlabelled %s: %d sentences\n", name, len(t))
		}
		start := time.Now()
		opts.caps = capStats(text, 3)
		opts.clusters = Clusters(text, ClusterOptions{})
		logf(opts.Log, "ner: %d word clusters in %s\n", len(opts.clusters), time.Since(start).Round(time.Millisecond))
	}
	return trainExamples(exs, opts)
}

// setWeight splits a training set name of the form "name*k" into the name
// and k, the number of times its sentences are shown in each epoch (1
// without a suffix).
func setWeight(name string) (string, int) {
	if i := strings.LastIndexByte(name, '*'); i > 0 {
		if k, err := strconv.Atoi(name[i+1:]); err == nil && k > 0 {
			return name[:i], k
		}
	}
	return name, 1
}

// examples turns the sentences of set into training examples, appending
// the set's documents (sentences grouped by docGroups) to docs.
func examples(set corpusSet, docs *[][][]string) []example {
	out := make([]example, 0, len(set.Sents))
	for _, g := range docGroups(set) {
		di := -1
		if g[1]-g[0] > 1 {
			di = len(*docs)
			var d [][]string
			for _, s := range set.Sents[g[0]:g[1]] {
				d = append(d, s.Words)
			}
			*docs = append(*docs, d)
		}
		for _, s := range set.Sents[g[0]:g[1]] {
			if len(s.Words) == 0 {
				continue
			}
			out = append(out, example{s.Words, masks(set.Corpus, s.Words, mapSentence(set.Corpus, s)), di})
		}
	}
	return out
}

func logf(w io.Writer, format string, a ...any) {
	if w != nil {
		fmt.Fprintf(w, format, a...)
	}
}

// avgMatrix is an averaged transition matrix, kept like the perceptron's
// weights: current value, running total and the step of the last change.
type avgMatrix struct {
	w     [nTags + 1][nTags]float32
	total [nTags + 1][nTags]float64
	stamp [nTags + 1][nTags]int
}

func (m *avgMatrix) add(a, b int, v float32, step int) {
	m.total[a][b] += float64(step-m.stamp[a][b]) * float64(m.w[a][b])
	m.stamp[a][b] = step
	m.w[a][b] += v
}

func (m *avgMatrix) average(step int) (out [nTags + 1][nTags]float32) {
	if step == 0 {
		step = 1
	}
	for a := range m.w {
		for b := range m.w[a] {
			t := m.total[a][b] + float64(step-m.stamp[a][b])*float64(m.w[a][b])
			out[a][b] = float32(t / float64(step))
		}
	}
	return
}

func trainExamples(exs []example, opts TrainOptions) (*Recognizer, error) {
	if len(exs) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
	r := &Recognizer{model: perceptron.New(nTags), gaz: merged(defaultGaz, opts.dict), dict: opts.dict, clusters: opts.clusters, caps: opts.caps}
	var dcs []*docContext
	if !opts.NoDocContext {
		dcs = make([]*docContext, len(opts.docs))
		for i, d := range opts.docs {
			dcs[i] = r.newDocContext(d)
		}
	}
	var tm avgMatrix
	step := 0
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	w := &work{}
	var gold []int
	var lowered []string
	for ep := 0; ep < opts.Epochs; ep++ {
		start := time.Now()
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(ep)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks := 0, 0
		for _, idx := range order {
			ex := exs[idx]
			n := len(ex.words)
			words := ex.words
			if rng.Float64() < opts.LowerRate {
				lowered = lowered[:0]
				for _, x := range words {
					lowered = append(lowered, strings.ToLower(x))
				}
				words = lowered
			}
			r.trans = tm.w
			w.sf.dropWord = w.sf.dropWord[:0]
			if opts.WordDropout > 0 {
				for range words {
					w.sf.dropWord = append(w.sf.dropWord, rng.Float64() < opts.WordDropout)
				}
			}
			w.sf.doc = nil
			if ex.doc >= 0 && dcs != nil {
				w.sf.doc = dcs[ex.doc]
			}
			pred := r.decode(w, words, nil)
			if cap(gold) < n {
				gold = make([]int, n)
			}
			gold = gold[:n]
			viterbi(w.scores, &r.trans, ex.masks, w.delta[:n*nTags], w.back[:n*nTags], gold)
			step++
			r.model.Tick()
			toks += n
			pg, pp := nTags, nTags
			for i := 0; i < n; i++ {
				g, p := gold[i], pred[i]
				if g != p {
					errs++
					r.model.Update(w.sf.features(i), g, p)
				}
				if g != p || pg != pp {
					tm.add(pg, g, 1, step)
					tm.add(pp, p, -1, step)
				}
				pg, pp = g, p
			}
		}
		logf(opts.Log, "ner: epoch %d: %d/%d token errors (%.2f%%), %s\n", ep+1, errs, toks, 100*float64(errs)/float64(toks), time.Since(start).Round(time.Millisecond))
	}
	w.sf.dropWord = nil
	w.sf.doc = nil
	r.model.Finish(opts.MinWeight)
	r.trans = tm.average(step)
	logf(opts.Log, "ner: %d features\n", r.model.Features())
	return r, nil
}
