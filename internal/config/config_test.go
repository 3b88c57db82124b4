package config

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLayering(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "parley.json")
	if err := os.WriteFile(file, []byte(`{"db": "/from/file.db", "workers": 3, "fetch_timeout": "7s", "addr": "file:1"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"PARLEY_CONFIG": file, "PARLEY_WORKERS": "5", "PARLEY_ADDR": "env:2"}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	l := Register(fs)
	if err := fs.Parse([]string{"-addr", "flag:3"}); err != nil {
		t.Fatal(err)
	}
	c, err := l.Resolve(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.DB != "/from/file.db" { // file over default
		t.Errorf("DB = %q", c.DB)
	}
	if c.FetchTimeout != 7*time.Second {
		t.Errorf("FetchTimeout = %v", c.FetchTimeout)
	}
	if c.Workers != 5 { // env over file
		t.Errorf("Workers = %d", c.Workers)
	}
	if c.Addr != "flag:3" { // flag over env
		t.Errorf("Addr = %q", c.Addr)
	}
	if c.MaxDocBytes != Defaults().MaxDocBytes {
		t.Errorf("MaxDocBytes = %d, want default", c.MaxDocBytes)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"colour": "red"}`), 0o644)
	notJSON := filepath.Join(dir, "nj.json")
	os.WriteFile(notJSON, []byte(`db = x`), 0o644)
	cases := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"unknown key", map[string]string{"PARLEY_CONFIG": bad}, nil, `unknown setting "colour"`},
		{"not json", map[string]string{"PARLEY_CONFIG": notJSON}, nil, "not a JSON object"},
		{"missing file", nil, []string{"-config", filepath.Join(dir, "none.json")}, "no such file"},
		{"bad env", map[string]string{"PARLEY_WORKERS": "many"}, nil, "PARLEY_WORKERS"},
		{"bad flag", nil, []string{"-date", "15/11/2022"}, "-date"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("x", flag.ContinueOnError)
			l := Register(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			_, err := l.Resolve(func(k string) string { return tc.env[k] })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func TestRegisterSubset(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	Register(fs, "db")
	if fs.Lookup("db") == nil || fs.Lookup("config") == nil {
		t.Fatal("db and config flags missing")
	}
	if fs.Lookup("addr") != nil {
		t.Fatal("addr registered though not asked for")
	}
}
