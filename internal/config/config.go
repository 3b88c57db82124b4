// Package config holds Parley's one configuration struct and its layering:
// defaults, then an optional JSON file, then PARLEY_* environment variables,
// then command-line flags. Only the app package reads it; pipeline stages
// take their own options structs.
package config

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Config is the resolved configuration.
type Config struct {
	DB           string        `json:"db"`                // SQLite database path
	Addr         string        `json:"addr"`              // address `parley serve` listens on
	Data         string        `json:"data"`              // corpora directory for train and eval
	MaxDocBytes  int64         `json:"max_doc_bytes"`     // documents larger than this are rejected
	FetchTimeout time.Duration `json:"fetch_timeout"`     // timeout for http(s) inputs
	UserAgent    string        `json:"user_agent"`        // User-Agent for http(s) inputs
	Workers      int           `json:"workers"`           // documents processed in parallel
	Date         string        `json:"date,omitempty"`    // publication date for inputs that carry none
	KB           string        `json:"kb,omitempty"`      // user actor knowledge base (JSON Lines) merged over the built-in one
	Stances      string        `json:"stances,omitempty"` // user stance lexicon (TSV) merged over the built-in one
	Topics       string        `json:"topics,omitempty"`  // user topic lexicon (TSV) tried before the built-in one
	Events       string        `json:"events,omitempty"`  // user event lexicon (TSV) merged over the built-in one
}

// Defaults returns the built-in configuration.
func Defaults() Config {
	return Config{
		DB:           DefaultDBPath(),
		Addr:         "127.0.0.1:8080",
		Data:         "../shared/data",
		MaxDocBytes:  5 << 20,
		FetchTimeout: 20 * time.Second,
		UserAgent:    "Parley (+https://github.com/parley-news/parley)",
		Workers:      runtime.GOMAXPROCS(0),
	}
}

// DefaultDBPath is parley.db in the user's data directory
// ($XDG_DATA_HOME/parley, ~/.local/share/parley on Unix).
func DefaultDBPath() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "parley", "parley.db")
	}
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, ".local", "share", "parley", "parley.db")
		}
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "parley", "parley.db")
	}
	return "parley.db"
}

// field describes one setting: its flag and environment names and how to set it from a string.
type field struct {
	name  string // flag name; the env var is PARLEY_ + upper(name with - as _)
	usage string
	set   func(c *Config, s string) error
	get   func(c *Config) string
}

var fields = []field{
	{"db", "database: a SQLite file path, or a postgres:// URL for PostgreSQL", func(c *Config, s string) error { c.DB = s; return nil }, func(c *Config) string { return c.DB }},
	{"addr", "address to serve on", func(c *Config, s string) error { c.Addr = s; return nil }, func(c *Config) string { return c.Addr }},
	{"data", "directory of training and evaluation corpora", func(c *Config, s string) error { c.Data = s; return nil }, func(c *Config) string { return c.Data }},
	{"max-doc-bytes", "largest accepted document, in bytes", func(c *Config, s string) error {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v <= 0 {
			return fmt.Errorf("want a positive number of bytes, got %q", s)
		}
		c.MaxDocBytes = v
		return nil
	}, func(c *Config) string { return strconv.FormatInt(c.MaxDocBytes, 10) }},
	{"fetch-timeout", "timeout for http(s) inputs (e.g. 20s)", func(c *Config, s string) error {
		v, err := time.ParseDuration(s)
		if err != nil || v <= 0 {
			return fmt.Errorf("want a positive duration such as 20s, got %q", s)
		}
		c.FetchTimeout = v
		return nil
	}, func(c *Config) string { return c.FetchTimeout.String() }},
	{"user-agent", "User-Agent header for http(s) inputs", func(c *Config, s string) error { c.UserAgent = s; return nil }, func(c *Config) string { return c.UserAgent }},
	{"workers", "documents processed in parallel", func(c *Config, s string) error {
		v, err := strconv.Atoi(s)
		if err != nil || v <= 0 {
			return fmt.Errorf("want a positive whole number, got %q", s)
		}
		c.Workers = v
		return nil
	}, func(c *Config) string { return strconv.Itoa(c.Workers) }},
	{"date", "publication date (YYYY-MM-DD) for inputs that carry none", func(c *Config, s string) error {
		if s != "" {
			if _, err := time.Parse("2006-01-02", s); err != nil {
				return fmt.Errorf("want YYYY-MM-DD, got %q", s)
			}
		}
		c.Date = s
		return nil
	}, func(c *Config) string { return c.Date }},
	{"kb", "user actor knowledge base (JSON Lines, data/actors/README.md) merged over the built-in one", func(c *Config, s string) error { c.KB = s; return nil }, func(c *Config) string { return c.KB }},
	{"stances", "user stance lexicon (TSV, data/positions/README.md) merged over the built-in one", func(c *Config, s string) error { c.Stances = s; return nil }, func(c *Config) string { return c.Stances }},
	{"events", "user event lexicon (TSV, data/events/README.md) merged over the built-in one", func(c *Config, s string) error { c.Events = s; return nil }, func(c *Config) string { return c.Events }},
	{"topics", "user topic lexicon (TSV, data/positions/README.md) tried before the built-in one", func(c *Config, s string) error { c.Topics = s; return nil }, func(c *Config) string { return c.Topics }},
}

func envName(name string) string {
	return "PARLEY_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// Loader resolves a Config for one subcommand: Register adds the flags the
// subcommand accepts to its FlagSet, and Resolve applies the layers after the
// FlagSet has parsed.
type Loader struct {
	file  *string
	flags map[string]*string
	names []string
}

// Register adds -config and the named settings' flags to fs. With no names, every setting is registered.
func Register(fs *flag.FlagSet, names ...string) *Loader {
	l := &Loader{flags: map[string]*string{}}
	l.file = fs.String("config", "", "configuration file (JSON); also PARLEY_CONFIG")
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	def := Defaults()
	for _, f := range fields {
		if len(names) > 0 && !want[f.name] {
			continue
		}
		l.flags[f.name] = fs.String(f.name, "", fmt.Sprintf("%s (default %q; env %s)", f.usage, f.get(&def), envName(f.name)))
		l.names = append(l.names, f.name)
	}
	return l
}

// Resolve applies defaults, the config file, the environment (getenv) and
// the flags that were set, in that order.
func (l *Loader) Resolve(getenv func(string) string) (Config, error) {
	c := Defaults()
	path := getenv("PARLEY_CONFIG")
	if l.file != nil && *l.file != "" {
		path = *l.file
	}
	if path != "" {
		if err := loadFile(&c, path); err != nil {
			return c, err
		}
	}
	for _, f := range fields {
		if v := getenv(envName(f.name)); v != "" {
			if err := f.set(&c, v); err != nil {
				return c, fmt.Errorf("config: %s: %w", envName(f.name), err)
			}
		}
	}
	for _, n := range l.names {
		if v := *l.flags[n]; v != "" {
			for _, f := range fields {
				if f.name == n {
					if err := f.set(&c, v); err != nil {
						return c, fmt.Errorf("config: -%s: %w", n, err)
					}
				}
			}
		}
	}
	return c, nil
}

// loadFile reads a JSON object whose keys are the setting names (flag names,
// with - or _), e.g. {"db": "/var/lib/parley.db", "workers": 4, "fetch_timeout": "30s"}.
func loadFile(c *Config, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("config: %s: not a JSON object: %w", path, err)
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		name := strings.ReplaceAll(k, "_", "-")
		var f *field
		for i := range fields {
			if fields[i].name == name {
				f = &fields[i]
			}
		}
		if f == nil {
			return fmt.Errorf("config: %s: unknown setting %q", path, k)
		}
		var s string
		if err := json.Unmarshal(raw[k], &s); err != nil {
			var n json.Number
			d := json.NewDecoder(strings.NewReader(string(raw[k])))
			d.UseNumber()
			if err2 := d.Decode(&n); err2 != nil {
				return fmt.Errorf("config: %s: %q: want a string or number", path, k)
			}
			s = n.String()
		}
		if err := f.set(c, s); err != nil {
			return fmt.Errorf("config: %s: %q: %w", path, k, err)
		}
	}
	return nil
}

// Print writes the configuration as JSON, one setting per line.
func (c Config) Print(w io.Writer) error {
	m := map[string]string{}
	for _, f := range fields {
		m[strings.ReplaceAll(f.name, "-", "_")] = f.get(&c)
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return errors.New("config: cannot encode")
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
