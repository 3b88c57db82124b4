package ner

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestExperiment trains and scores a recogniser with options taken from the
// environment. It runs only when NER_EXP names an output model file:
//
//	NER_EXP=/tmp/x.bin NER_SETS=gum/train,... NER_EPOCHS=10 NER_EVAL=uner-ewt/dev \
//	    go test -run TestExperiment -timeout 0 ./internal/ner/
//
// NER_LOAD=path scores a saved model instead of training one; NER_ERRORS=file
// writes the errors on the scored sets there; NER_SENT="text" prints the
// entities of a text instead of scoring. NER_UNLAB, NER_MINW, NER_LOWER,
// NER_DROP and NER_SEED set the TrainOptions of the same meaning; NER_NODOC
// and NER_NOKB set NoDocContext and NoKB.
func TestExperiment(t *testing.T) {
	out := os.Getenv("NER_EXP")
	if out == "" {
		t.Skip("NER_EXP not set")
	}
	dir := dataOrSkip(t)
	var r *Recognizer
	if p := os.Getenv("NER_LOAD"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		r, err = Read(bufio.NewReader(f))
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	} else {
		opts := TrainOptions{Log: os.Stderr}
		if s := os.Getenv("NER_SETS"); s != "" {
			opts.Sets = strings.Split(s, ",")
		}
		if s := os.Getenv("NER_MINW"); s != "" {
			v, _ := strconv.ParseFloat(s, 32)
			opts.MinWeight = float32(v)
		}
		if s := os.Getenv("NER_SEED"); s != "" {
			opts.Seed, _ = strconv.ParseUint(s, 10, 64)
		}
		if s := os.Getenv("NER_DROP"); s != "" {
			opts.WordDropout, _ = strconv.ParseFloat(s, 64)
		}
		if s := os.Getenv("NER_LOWER"); s != "" {
			opts.LowerRate, _ = strconv.ParseFloat(s, 64)
		}
		if s := os.Getenv("NER_UNLAB"); s != "" {
			opts.Unlabelled = strings.Split(s, ",")
		}
		opts.NoDocContext = os.Getenv("NER_NODOC") != ""
		opts.NoKB = os.Getenv("NER_NOKB") != ""
		if s := os.Getenv("NER_EPOCHS"); s != "" {
			opts.Epochs, _ = strconv.Atoi(s)
		}
		start := time.Now()
		var err error
		r, err = Train(dir, opts)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("trained in %s", time.Since(start).Round(time.Second))
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Save(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if txt := os.Getenv("NER_SENT"); txt != "" {
		d := tokenize(txt)
		r.Recognize(d)
		for _, e := range d.Entities {
			fmt.Printf("%s\t%s\n", e.Type, e.Text)
		}
		return
	}
	sets := DevSets
	if s := os.Getenv("NER_EVAL"); s != "" {
		sets = strings.Split(s, ",")
	}
	var errw *bufio.Writer
	if p := os.Getenv("NER_ERRORS"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		errw = bufio.NewWriter(f)
		defer errw.Flush()
	}
	for _, name := range sets {
		set, err := loadSet(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		res := evalSet(r, set)
		var parts []string
		for _, x := range res {
			parts = append(parts, fmt.Sprintf("%s=%.2f", strings.TrimPrefix(x.Metric, "f1-"), x.Value))
		}
		fmt.Printf("%-24s %s\n", name, strings.Join(parts, " "))
		if errw != nil {
			dumpErrors(errw, r, set)
		}
	}
}

func dumpErrors(w *bufio.Writer, r *Recognizer, set corpusSet) {
	ents := r.setEntities(set)
	for si, s := range set.Sents {
		gold, _ := goldFor(set.Corpus, s)
		pred := ents[si]
		key := func(e entitySpan) string {
			return fmt.Sprintf("%d:%d:%s", e.Start, e.End, scoredType(e.Type))
		}
		gs := map[string]bool{}
		for _, g := range gold {
			gs[key(g)] = true
		}
		ps := map[string]bool{}
		var lines []string
		for _, p := range pred {
			ps[key(p)] = true
			if !gs[key(p)] {
				lines = append(lines, fmt.Sprintf("  FP %s %q", p.Type, strings.Join(s.Words[p.Start:p.End], " ")))
			}
		}
		for _, g := range gold {
			if !ps[key(g)] {
				lines = append(lines, fmt.Sprintf("  FN %s %q", g.Type, strings.Join(s.Words[g.Start:g.End], " ")))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "%s: %s\n%s\n", set.Name, strings.Join(s.Words, " "), strings.Join(lines, "\n"))
		}
	}
}

// TestErrorKinds counts, for a saved model (NER_KINDS) on the sets in
// NER_EVAL, the gold mentions found, found with the wrong type or wrong
// boundaries, or missed, and the spurious predictions.
func TestErrorKinds(t *testing.T) {
	p := os.Getenv("NER_KINDS")
	if p == "" {
		t.Skip("NER_KINDS not set")
	}
	dir := dataOrSkip(t)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Read(bufio.NewReader(f))
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range strings.Split(os.Getenv("NER_EVAL"), ",") {
		set, err := loadSet(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]int{}
		ents := r.setEntities(set)
		for si, s := range set.Sents {
			gold, ignored := goldFor(set.Corpus, s)
			var pred []entitySpan
			for _, p := range ents[si] {
				if scoredType(p.Type) == "" {
					// unscored NORP predictions overlapping a gold mention
					for _, g := range gold {
						if p.Start < g.End && g.Start < p.End {
							kinds["FN-as-NORP "+g.Type]++
						}
					}
					continue
				}
				skip := false
				for _, ig := range ignored {
					if p.Start < ig.End && ig.Start < p.End {
						skip = true
					}
				}
				if !skip {
					pred = append(pred, entitySpan{p.Start, p.End, scoredType(p.Type)})
				}
			}
			for _, g := range gold {
				kind := "miss"
				for _, p := range pred {
					if p.Start == g.Start && p.End == g.End {
						if p.Type == g.Type {
							kind = "ok"
						} else {
							kind = "type"
						}
						break
					}
					if p.Start < g.End && g.Start < p.End {
						kind = "boundary"
					}
				}
				kinds["gold "+g.Type+" "+kind]++
			}
			for _, p := range pred {
				kind := "spurious"
				for _, g := range gold {
					if p.Start < g.End && g.Start < p.End {
						kind = "overlap"
					}
				}
				if kind == "spurious" {
					kinds["pred "+p.Type+" "+kind]++
				}
			}
		}
		fmt.Println(name, kinds)
	}
}
