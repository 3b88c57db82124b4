// Package app implements the parley command: its subcommands, their flags
// and their wiring of configuration, pipeline, store and server.
package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/config"
)

// defaultMemoryLimit is the soft memory limit set unless GOMEMLIMIT is.
const defaultMemoryLimit = 300 << 20

// Version is set at build time with -ldflags "-X .../internal/app.Version=…".
var Version = "0.1.0-dev"

// Env is the process environment a command runs in, so tests can supply their own.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

type command struct {
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"actors":  {"list, search (-q) and explain (explain ID) the actor knowledge base; -kb FILE merges a user file", runActors},
		"extract": {"extract annotations from articles as JSON Lines (the contract)", runExtract},
		"ingest":  {"extract articles and store them in the database", runIngest},
		"serve":   {"serve the JSON API and the web UI over the database", runServe},
		"demo":    {"ingest the bundled examples into a temporary database and serve them", runDemo},
		"eval":    {"score the models on the test corpora and print the scoreboard", runEval},
		"train":   {"rebuild every model from the training corpora", runTrain},
		"bench":   {"measure extraction speed and memory over a directory or a synthetic set", runBench},
		"config":  {"print the resolved configuration", runConfig},
		"version": {"print the version", runVersion},
	}
}

// errUsage marks an error whose message is already shown with the usage.
var errUsage = errors.New("usage")

// Run runs the parley command line and returns the process exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	if env.Getenv("GOMEMLIMIT") == "" {
		// The models take about 140 MB; without a limit the collector lets
		// the heap grow to twice the live data before it runs. A soft limit
		// keeps extraction well under 400 MB at a small cost in CPU (it is
		// no hard cap: the runtime exceeds it rather than fail).
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "parley: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	if err := cmd.run(ctx, env, args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		if errors.Is(err, errUsage) {
			return 2
		}
		fmt.Fprintf(env.Stderr, "parley %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Parley reads news articles and keeps a sourced record of who met whom, who said what and who demands what.")
	fmt.Fprintln(w, "\nUsage: parley <command> [flags] [arguments]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'parley <command> -h' for a command's flags.")
}

// flags builds a subcommand's FlagSet with its usage line and the named configuration settings.
func flags(env Env, name, args, about string, settings ...string) (*flag.FlagSet, *config.Loader) {
	fs := flag.NewFlagSet("parley "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	l := config.Register(fs, settings...)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: parley %s [flags] %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs, l
}

// parseFlags parses args and resolves the configuration.
func parseFlags(env Env, fs *flag.FlagSet, l *config.Loader, args []string) (config.Config, error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return config.Config{}, err
		}
		return config.Config{}, errUsage
	}
	return l.Resolve(env.Getenv)
}

func runConfig(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "config", "", "Prints the configuration resolved from defaults, the config file, PARLEY_* variables and flags.")
	c, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	return c.Print(env.Stdout)
}

func runVersion(ctx context.Context, env Env, args []string) error {
	fs, _ := flags(env, "version", "", "Prints the version.")
	fs.Usage = func() { fmt.Fprintln(env.Stderr, "Usage: parley version") }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	_, err := fmt.Fprintf(env.Stdout, "parley %s\n", strings.TrimSpace(Version))
	return err
}
