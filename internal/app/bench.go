package app

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/synth"
)

func runBench(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "bench", "[DIR|FILE ...]",
		"Runs the whole extraction over the inputs (or, with -synthetic N, over N generated articles) and reports\n"+
			"documents/s, MB/s of cleaned text, tokens/s, time per stage and peak memory (resident set high-water mark).",
		append([]string{"workers", "max-doc-bytes"}, extensionFlags...)...)
	synthetic := fs.Int("synthetic", 0, "benchmark N synthetic articles instead of inputs")
	seed := fs.Uint64("seed", 1, "seed for -synthetic")
	write := fs.String("write", "", "with -synthetic: write the articles as .txt files into this directory and stop (then `parley bench DIR`)")
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	inputs := fs.Args()
	if *write != "" {
		if *synthetic <= 0 {
			return fmt.Errorf("-write needs -synthetic N: %w", errUsage)
		}
		if err := os.MkdirAll(*write, 0o755); err != nil {
			return err
		}
		for i := 0; i < *synthetic; i++ {
			title, text := synth.Article(*seed, i)
			name := filepath.Join(*write, fmt.Sprintf("synth-%05d.txt", i))
			if err := os.WriteFile(name, []byte(title+"\n\n"+text+"\n"), 0o644); err != nil {
				return err
			}
		}
		fmt.Fprintf(env.Stderr, "parley bench: wrote %d synthetic articles to %s\n", *synthetic, *write)
		return nil
	}
	if *synthetic > 0 {
		dir, err := os.MkdirTemp("", "parley-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		f, err := os.Create(filepath.Join(dir, "synthetic.jsonl"))
		if err != nil {
			return err
		}
		enc := json.NewEncoder(f)
		for i := 0; i < *synthetic; i++ {
			title, text := synth.Article(*seed, i)
			if err := enc.Encode(map[string]string{"id": fmt.Sprintf("synth-%05d", i), "title": title, "date": "2022-11-15", "text": text}); err != nil {
				f.Close()
				return err
			}
		}
		if err := f.Close(); err != nil {
			return err
		}
		inputs = []string{f.Name()}
	}
	if len(inputs) == 0 {
		fs.Usage()
		return errUsage
	}
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	tokens := 0
	start := time.Now()
	st, err := process(ctx, cfg, p, inputs, env, func(d *doc.Document) error {
		tokens += len(d.Tokens)
		return nil
	})
	elapsed := time.Since(start)
	if err != nil {
		return err
	}
	if err := nothingRead(st); err != nil {
		return err
	}
	secs := elapsed.Seconds()
	w := env.Stdout
	fmt.Fprintf(w, "documents   %d (%d failed)\n", st.Done, st.Failed)
	fmt.Fprintf(w, "text        %.2f MB, %d tokens\n", float64(st.Bytes)/1e6, tokens)
	fmt.Fprintf(w, "workers     %d (GOMAXPROCS %d)\n", cfg.Workers, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "elapsed     %.2f s\n", secs)
	fmt.Fprintf(w, "throughput  %.1f documents/s, %.2f MB/s, %.0f tokens/s\n", float64(st.Done)/secs, float64(st.Bytes)/1e6/secs, float64(tokens)/secs)
	var total time.Duration
	times := p.Timings()
	for _, t := range times {
		total += t.Total
	}
	fmt.Fprintln(w, "stage time (CPU-summed over workers):")
	for _, t := range times {
		fmt.Fprintf(w, "  %-9s %8.3f s  %5.1f%%\n", t.Stage, t.Total.Seconds(), 100*t.Total.Seconds()/total.Seconds())
	}
	if rss, ok := peakRSS(); ok {
		fmt.Fprintf(w, "peak RSS    %.1f MB\n", float64(rss)/(1<<20))
	} else {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(w, "memory      %.1f MB obtained from the OS (peak RSS unavailable on this system)\n", float64(ms.Sys)/(1<<20))
	}
	return nil
}

// peakRSS reads the process's resident-set high-water mark (Linux).
func peakRSS() (int64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(v)
			if len(f) >= 1 {
				kb, err := strconv.ParseInt(f[0], 10, 64)
				if err == nil {
					return kb << 10, true
				}
			}
		}
	}
	return 0, false
}
