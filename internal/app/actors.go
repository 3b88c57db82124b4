package app

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parley-news/parley/internal/actor/kb"
)

func runActors(ctx context.Context, env Env, args []string) error {
	fs, l := flags(env, "actors", "[explain ID ...]",
		"Lists the actor knowledge base (countries, organisations, outlets, people), searches it (-q) or explains\n"+
			"entries with their aliases and dated roles (explain ID ...). A user file in the same JSON Lines format\n"+
			"(-kb FILE, described in data/actors/README.md) merges over the built-in one: same id replaces, new ids add.",
		"date")
	q := fs.String("q", "", "search names, aliases and ids (case, accent and transliteration tolerant)")
	kind := fs.String("kind", "", "only entries of this kind: country, organization, person or group")
	userKB := fs.String("kb", "", "user knowledge base (JSON Lines) merged over the built-in one")
	asJSON := fs.Bool("json", false, "print the entries as JSON Lines, in the knowledge base format")
	cfg, err := parseFlags(env, fs, l, args)
	if err != nil {
		return err
	}
	var files []string
	if *userKB != "" {
		files = append(files, *userKB)
	}
	k, err := kb.LoadWith(files...)
	if err != nil {
		return err
	}
	date := cfg.Date
	if date == "" {
		date = time.Now().UTC().Format("2006-01-02")
	}
	rest := fs.Args()
	if len(rest) > 0 && rest[0] == "explain" {
		if len(rest) == 1 {
			fmt.Fprintln(env.Stderr, "parley actors: explain needs at least one ID")
			return errUsage
		}
		for i, id := range rest[1:] {
			e := k.Get(id)
			if e == nil {
				if hits := k.Search(id); len(hits) > 0 {
					e = hits[0]
				} else {
					return fmt.Errorf("no actor %q (try parley actors -q %s)", id, id)
				}
			}
			if i > 0 {
				fmt.Fprintln(env.Stdout)
			}
			if *asJSON {
				if err := writeJSON(env, e); err != nil {
					return err
				}
				continue
			}
			explainActor(env, k, e, date)
		}
		return nil
	}
	if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "parley actors: unexpected argument %q\n", rest[0])
		return errUsage
	}
	entries := k.Entries()
	if *q != "" {
		entries = k.Search(*q)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintf(tw, "ID\tKIND\tCOUNTRY\tNAME\tROLE (%s)\n", date)
	}
	n := 0
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		if *kind != "" && e.Kind != *kind {
			continue
		}
		n++
		if *asJSON {
			if err := writeJSON(env, e); err != nil {
				return err
			}
			continue
		}
		role := ""
		if rs := e.RolesAt(date); len(rs) > 0 {
			role = roleString(rs[0])
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Kind, orDash(e.CountryCode()), e.Name, role)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n == 0 && *q != "" {
		return fmt.Errorf("no actor matches %q", *q)
	}
	return nil
}

func writeJSON(env Env, e *kb.Entry) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(e)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func roleString(r kb.Role) string {
	s := r.Position + " of " + r.Org
	if r.Title != "" {
		s = r.Title + " (" + s + ")"
	}
	if r.To != "" {
		s += " to " + r.To
	}
	return s
}

func explainActor(env Env, k *kb.KB, e *kb.Entry, date string) {
	w := env.Stdout
	fmt.Fprintf(w, "%s  %s\n", e.ID, e.Name)
	fmt.Fprintf(w, "  kind:      %s\n", e.Kind)
	if e.Sector != "" {
		fmt.Fprintf(w, "  sector:    %s\n", e.Sector)
	}
	fmt.Fprintf(w, "  country:   %s\n", orDash(e.CountryCode()))
	if e.Gender != "" {
		fmt.Fprintf(w, "  gender:    %s\n", e.Gender)
	}
	if e.Parent != "" {
		name := ""
		if p := k.Get(e.Parent); p != nil {
			name = " (" + p.Name + ")"
		}
		fmt.Fprintf(w, "  parent:    %s%s\n", e.Parent, name)
	}
	list := func(label string, xs []string) {
		if len(xs) > 0 {
			fmt.Fprintf(w, "  %-10s %s\n", label+":", strings.Join(xs, "; "))
		}
	}
	list("aliases", e.Aliases)
	list("abbrev", e.Abbrev)
	list("demonyms", e.Demonyms)
	if e.Capital != "" {
		fmt.Fprintf(w, "  capital:   %s\n", e.Capital)
	}
	list("metonyms", e.Metonyms)
	if ch := k.Children(e.ID); len(ch) > 0 {
		list("bodies", ch)
	}
	if len(e.Roles) > 0 {
		fmt.Fprintln(w, "  roles:")
		for _, r := range e.Roles {
			end := r.Ends()
			if end == "" {
				end = "present"
			}
			mark := " "
			if r.Active(date) {
				mark = "*"
			}
			org := r.Org
			if o := k.Get(r.Org); o != nil {
				org += " (" + o.Name + ")"
			}
			t := r.Position
			if r.Title != "" {
				t += ", " + r.Title
			}
			if r.To != "" {
				t += ", to " + r.To
			}
			fmt.Fprintf(w, "   %s %-10s – %-10s  %s, %s\n", mark, r.Start, end, t, org)
		}
		fmt.Fprintf(w, "  (* = held on %s)\n", date)
	}
}
