package coref

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/ner"
	"github.com/parley-news/parley/internal/parse"
	"github.com/parley-news/parley/internal/place"
	"github.com/parley-news/parley/internal/quote"
	"github.com/parley-news/parley/internal/score"
	"github.com/parley-news/parley/internal/tag"
	"github.com/parley-news/parley/internal/text"
)

// Annotator runs the stages before actor resolution (tokens, tags, named
// entities, parse) on a document that has only its text.
type Annotator func(d *doc.Document)

// AfterResolve runs the stages that follow actor resolution and whose
// output the evaluation scores, as in the pipeline: quotation finding and
// attribution, then first-person pronouns inside attributed quotations
// (actor.QuotePronouns), then the place stage (d.Places, gazetteer
// places; see sysMentions).
func AfterResolve(d *doc.Document) {
	quote.Find(d, quote.Options{})
	actor.QuotePronouns(d)
	d.Places = nil
	place.Find(d, place.Options{})
}

// DefaultAnnotator loads the embedded models and returns the annotator the
// pipeline uses. The parser is optional: when its model does not load,
// documents are left unparsed and the error is returned with the
// annotator.
func DefaultAnnotator() (Annotator, error) {
	tg, err := tag.Load()
	if err != nil {
		return nil, err
	}
	nr, err := ner.Load()
	if err != nil {
		return nil, err
	}
	ps, perr := parse.Load()
	return func(d *doc.Document) {
		text.TokenizeWith(d, text.Options{SplitHyphens: true})
		tg.Tag(d)
		nr.Recognize(d)
		if perr == nil {
			ps.Parse(d)
		}
	}, perr
}

// EvalDefault evaluates with the built-in knowledge base and the embedded
// models.
func EvalDefault(dataDir string) ([]score.Result, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	ann, err := DefaultAnnotator()
	if ann == nil {
		return nil, err
	}
	return Eval(dataDir, k, ann)
}

// Stats are the raw figures of one evaluation, kept for reports and tests.
type Stats struct {
	Split                     string // GUM split ("test" when empty)
	Docs                      int
	MUC, B3, CEAFe            counts // singletons left out (as in CoNLL-2012)
	MUCs, B3s, CEAFes         counts // singletons kept
	GoldMentions              int    // tracked gold mentions
	SysMentions               int    // system mentions scored
	Matched                   int    // system mentions matched to a tracked gold mention
	Linkable, LinkedRight     int    // gold mentions linked to a KB-covered Wikipedia title, and those we got right
	LinkPred, LinkPredOK      int    // system KB ids on linked gold mentions, and those right
	NamedLinkable, NamedRight int    // Linkable and LinkedRight over named mentions only
	// Antecedents: for each system mention matched to gold that has an
	// earlier matched mention of the same actor, whether the nearest such
	// mention is gold-coreferent, by kind of mention (name, title, pronoun...).
	AnteAll, AnteRight map[string]int
	// GoldByType and MatchedByType break mention recall down by GUM type.
	GoldByType, MatchedByType map[string]int
	// Missed lists the tracked gold mentions no system mention matched, as
	// "chain N entity | type | minimal span | document | the 150 bytes before it" (for
	// error analysis on the dev split).
	Missed []string
	// AnteMisses describes each wrong nearest antecedent (see AnteAll).
	AnteMisses []string
	// LinkMisses describes each linkable gold mention we got wrong.
	LinkMisses []string
}

// Eval scores actor resolution on the GUM test split under dataDir.
//
// Mentions: the gold mentions are GUM's mentions of person, organization and
// place entities; a word of a multiword token ("I" in "I'm") spans its own
// bytes when the words spell the token. A system mention (one actor
// mention, a title directly followed by the name it belongs to counting as
// one mention; or one of the place stage's places, d.Places, which Parley
// outputs for places since places are not actors: see sysMentions for how
// they form chains) matches a gold
// mention when it lies inside it and covers its minimal span (GUM's minspan
// words), as in CorefUD's minimum-span matching; each gold mention takes at
// most one system mention. System mentions that match a gold mention of
// another entity type (event, abstract...) are left out; those that match
// nothing stay in as spurious mentions.
//
// Coreference: CoNLL F1, the mean of MUC, B³ and CEAF-e F1, with singleton
// chains removed on both sides as in CoNLL-2012 ("conll-f1"), and with
// singletons kept ("conll-f1-singletons"). Metrics ending in "-named" score
// only the entities with a named mention (named people, bodies and places
// with all their mentions), leaving out unnamed ones ("the researchers",
// "you"); system mentions matching mentions of unnamed entities are left
// out there too.
//
// Matching leaves a possessive clitic out of the minimal span ("Britain"
// matches "Britain's").
//
// Settings: resolution as the pipeline runs it (actor.Options{}, then quote
// attribution, actor.QuotePronouns and the place stage: AfterResolve), and
// the same with Options.Discourse forcing first and second person outside
// quotations on every document (by default only documents written in the
// first or second person get them), whose metrics end in "-discourse".
//
// Linking: each gold mention carrying a Wikipedia title that names a
// knowledge-base entry (title = an entry's name or alias after folding) is
// one item; it is right when the matched system mention's actor id is that
// entry. "link-accuracy-named" counts the named mentions only (minimal span
// capitalised and not a pronoun), "link-accuracy-all" every mention of the
// linked entities (pronouns and descriptions included). "link-precision"
// is the share of right ids among the items where the system gave a
// knowledge-base id.
func Eval(dataDir string, k *kb.KB, annotate Annotator) ([]score.Result, error) {
	sts, err := EvalStats(dataDir, k, annotate, AfterResolve, actor.Options{}, actor.Options{Discourse: true})
	if err != nil {
		return nil, err
	}
	out := sts[0].Results("")
	out = append(out, sts[1].Results("named")[:7]...)
	out = append(out, sts[2].Results("discourse")[:5]...)
	return append(out, sts[3].Results("named-discourse")[:5]...), nil
}

// Results turns the counts into scoreboard lines; a non-empty setting is
// appended to the metric names ("conll-f1-discourse").
func (st *Stats) Results(setting string) []score.Result {
	ds := "gum/test"
	if st.Split != "" {
		ds = "gum/" + st.Split
	}
	suffix := ""
	if setting != "" {
		suffix = "-" + setting
	}
	conll := func(a, b, c counts) float64 { return 100 * (a.f1() + b.f1() + c.f1()) / 3 }
	return []score.Result{
		{Task: "coref", Dataset: ds, Metric: "conll-f1" + suffix, Value: conll(st.MUC, st.B3, st.CEAFe), N: st.GoldMentions},
		{Task: "coref", Dataset: ds, Metric: "muc-f1" + suffix, Value: 100 * st.MUC.f1(), N: st.GoldMentions},
		{Task: "coref", Dataset: ds, Metric: "b3-f1" + suffix, Value: 100 * st.B3.f1(), N: st.GoldMentions},
		{Task: "coref", Dataset: ds, Metric: "ceafe-f1" + suffix, Value: 100 * st.CEAFe.f1(), N: st.GoldMentions},
		{Task: "coref", Dataset: ds, Metric: "conll-f1-singletons" + suffix, Value: conll(st.MUCs, st.B3s, st.CEAFes), N: st.GoldMentions},
		{Task: "coref", Dataset: ds, Metric: "mention-recall" + suffix, Value: pct(st.Matched, st.GoldMentions), N: st.GoldMentions},
		{Task: "coref", Dataset: ds, Metric: "mention-precision" + suffix, Value: pct(st.Matched, st.SysMentions), N: st.SysMentions},
		{Task: "linking", Dataset: ds, Metric: "link-accuracy-named" + suffix, Value: pct(st.NamedRight, st.NamedLinkable), N: st.NamedLinkable},
		{Task: "linking", Dataset: ds, Metric: "link-accuracy-all" + suffix, Value: pct(st.LinkedRight, st.Linkable), N: st.Linkable},
		{Task: "linking", Dataset: ds, Metric: "link-precision" + suffix, Value: pct(st.LinkPredOK, st.LinkPred), N: st.LinkPred},
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// EvalStats annotates the GUM test documents once and returns the raw
// counts of resolution under each of settings, two per setting: all
// tracked entities, then named entities only (see scoreDoc); after (may be
// nil) runs after each resolution.
func EvalStats(dataDir string, k *kb.KB, annotate, after Annotator, settings ...actor.Options) ([]*Stats, error) {
	return EvalSplitStats(dataDir, "test", k, annotate, after, settings...)
}

// EvalSplitStats is EvalStats on another GUM split ("dev" for tuning).
func EvalSplitStats(dataDir, split string, k *kb.KB, annotate, after Annotator, settings ...actor.Options) ([]*Stats, error) {
	files, err := splitDocs(dataDir, split)
	if err != nil {
		return nil, err
	}
	out := make([]*Stats, 2*len(settings))
	for i := range out {
		out[i] = &Stats{Split: split}
	}
	for _, f := range files {
		g, err := readGUM(f)
		if err != nil {
			return nil, err
		}
		d := doc.New(g.id, g.text)
		if g.date != "" {
			date := g.date
			d.Date = &date
		}
		annotate(d)
		for i, o := range settings {
			d.Quotes = nil // each setting attributes quotations afresh
			actor.Resolve(d, k, o)
			if after != nil {
				after(d)
			}
			if err := d.Validate(); err != nil {
				return nil, fmt.Errorf("coref: %w", err)
			}
			scoreDoc(out[2*i], g, d, k, false)
			scoreDoc(out[2*i+1], g, d, k, true)
			out[2*i].Docs++
			out[2*i+1].Docs++
		}
	}
	return out, nil
}

type sysMention struct {
	doc.Span
	actor, how string
}

// sysMentions returns the document's actor mentions, a title directly
// followed by the same actor's name joined into one ("Ukrainian President
// Volodymyr Zelensky"), then its places (d.Places, what Parley outputs for
// places, which are not actors): the places with one gazetteer name and
// country form one chain, joined to the country's actor when the name is
// that country's knowledge-base name or alias ("Russia" as a place is
// actor RUS). A place overlapping an actor mention is left out: the actor
// mention stands for it.
func sysMentions(d *doc.Document, k *kb.KB) []sysMention {
	var out []sysMention
	for _, a := range d.Actors {
		ms := a.Mentions
		for i := 0; i < len(ms); i++ {
			s := ms[i].Span
			for i+1 < len(ms) && ms[i].How == actor.HowTitle && ms[i+1].Start > s.End && strings.TrimSpace(d.Text[s.End:ms[i+1].Start]) == "" {
				s.End = ms[i+1].End
				i++
			}
			out = append(out, sysMention{s, a.ID, ms[i].How})
		}
	}
	nActor := len(out)
	for _, p := range d.Places {
		over := false
		for _, m := range out[:nActor] {
			if m.Overlaps(p.Span) {
				over = true
				break
			}
		}
		if over {
			continue
		}
		country := ""
		if p.Country != nil {
			country = *p.Country
		}
		id := "place:" + p.Name + "|" + country
		if k != nil {
			for _, e := range k.ByName(p.Name) {
				if e.Kind == "country" && e.ID == country {
					id = e.ID
				}
			}
		}
		out = append(out, sysMention{p.Span, id, "place"})
	}
	return out
}

// scoreDoc adds one document to st. With named, only the entities that
// have a named mention (a capitalised minimal span that is not a pronoun,
// or a Wikipedia link) are scored: the chains of named people, bodies and
// places, with all their pronouns and descriptions.
func scoreDoc(st *Stats, g *gumDoc, d *doc.Document, k *kb.KB, named bool) {
	sys := sysMentions(d, k)
	keep := map[string]bool{}
	for _, gm := range g.mentions {
		if tracked[gm.etype] && (!named || gm.identity != "" || isNamed(g.text[gm.min[0].Start:gm.min[0].End])) {
			keep[gm.entity] = true
		}
	}
	isTracked := func(j int) bool { return keep[g.mentions[j].entity] && tracked[g.mentions[j].etype] }
	goldOf, taken := matchMentions(g, sys)
	// keys: gold mention j is key j; unmatched system mentions get keys
	// after the gold ones
	chainLen := map[string]int{}
	for j, gm := range g.mentions {
		if isTracked(j) {
			chainLen[gm.entity]++
		}
	}
	goldCl := map[string][]int{}
	var goldOrder []string
	for j, gm := range g.mentions {
		if !isTracked(j) {
			continue
		}
		if st.GoldByType == nil {
			st.GoldByType, st.MatchedByType = map[string]int{}, map[string]int{}
		}
		st.GoldByType[gm.etype]++
		if taken[j] {
			st.MatchedByType[gm.etype]++
		} else {
			st.Missed = append(st.Missed, fmt.Sprintf("chain %d %s | ", min(chainLen[gm.entity], 2), gm.entity)+gm.etype+" | "+g.text[gm.min[0].Start:gm.min[len(gm.min)-1].End]+" | "+g.id+" | "+strings.ReplaceAll(g.text[max(0, gm.Start-150):gm.Start], "\n", " "))
		}
		st.GoldMentions++
		if _, ok := goldCl[gm.entity]; !ok {
			goldOrder = append(goldOrder, gm.entity)
		}
		goldCl[gm.entity] = append(goldCl[gm.entity], j)
	}
	sysCl := map[string][]int{}
	var sysOrder []string
	next := len(g.mentions)
	for i, s := range sys {
		key := goldOf[i]
		if key >= 0 && !isTracked(key) {
			continue // a mention of an entity type we do not track
		}
		if key < 0 {
			key = next
			next++
		} else {
			st.Matched++
		}
		st.SysMentions++
		if _, ok := sysCl[s.actor]; !ok {
			sysOrder = append(sysOrder, s.actor)
		}
		sysCl[s.actor] = append(sysCl[s.actor], key)
	}
	if st.AnteAll == nil {
		st.AnteAll, st.AnteRight = map[string]int{}, map[string]int{}
	}
	lastOf := map[string]int{} // actor → gold index of its latest matched mention
	order := make([]int, len(sys))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return sys[order[a]].Start < sys[order[b]].Start })
	for _, i := range order {
		gi := goldOf[i]
		if gi < 0 || !isTracked(gi) {
			continue
		}
		if prev, ok := lastOf[sys[i].actor]; ok {
			st.AnteAll[sys[i].how]++
			right := g.mentions[prev].entity == g.mentions[gi].entity
			if right {
				st.AnteRight[sys[i].how]++
			} else {
				pm := g.mentions[prev]
				st.AnteMisses = append(st.AnteMisses, fmt.Sprintf("%s %s %q (%s) after %q (%s) %s", g.id, sys[i].how, d.Text[sys[i].Start:sys[i].End], g.mentions[gi].etype, g.text[pm.Start:pm.End], pm.etype, sys[i].actor))
			}
			if sys[i].how == actor.HowPronoun {
				w := "pronoun " + strings.ToLower(d.Text[sys[i].Start:sys[i].End])
				st.AnteAll[w]++
				if right {
					st.AnteRight[w]++
				}
			}
		}
		lastOf[sys[i].actor] = gi
	}
	var gc, sc clustering
	for _, e := range goldOrder {
		gc = append(gc, goldCl[e])
	}
	for _, e := range sysOrder {
		sc = append(sc, sysCl[e])
	}
	st.MUCs.add(muc(gc, sc))
	st.B3s.add(b3(gc, sc))
	st.CEAFes.add(ceafe(gc, sc))
	gc, sc = dropSingletons(gc), dropSingletons(sc)
	st.MUC.add(muc(gc, sc))
	st.B3.add(b3(gc, sc))
	st.CEAFe.add(ceafe(gc, sc))

	// linking
	sysFor := map[int]string{}
	for i, s := range sys {
		if goldOf[i] >= 0 {
			sysFor[goldOf[i]] = s.actor
		}
	}
	for j, gm := range g.mentions {
		if gm.identity == "" || !tracked[gm.etype] {
			continue
		}
		want := wikiEntry(k, gm.identity, gm.etype)
		if want == "" {
			continue
		}
		st.Linkable++
		got, ok := sysFor[j]
		named := isNamed(g.text[gm.min[0].Start:gm.min[0].End])
		if named {
			st.NamedLinkable++
			if got == want {
				st.NamedRight++
			}
		}
		if got == want {
			st.LinkedRight++
		} else {
			near := ""
			for _, sm := range sys {
				if sm.Overlaps(gm.Span) {
					near += fmt.Sprintf(" [%q %s]", g.text[sm.Start:sm.End], sm.actor)
				}
			}
			for _, e := range d.Entities {
				if e.Overlaps(gm.Span) {
					near += fmt.Sprintf(" {%s %q}", e.Type, e.Text)
				}
			}
			st.LinkMisses = append(st.LinkMisses, fmt.Sprintf("%s %q want %s got %q;%s", g.id, g.text[gm.Start:gm.End], want, got, near))
		}
		if ok && k.Get(got) != nil {
			st.LinkPred++
			if got == want {
				st.LinkPredOK++
			}
		}
	}
}

// matchMentions matches system mentions to gold mentions: each system
// mention takes the smallest free gold mention that contains it and whose
// minimal span it covers. goldOf gives each system mention's gold index
// (-1 for none), taken the gold mentions matched.
func matchMentions(g *gumDoc, sys []sysMention) (goldOf []int, taken map[int]bool) {
	goldOf = make([]int, len(sys))
	taken = map[int]bool{}
	for i, s := range sys {
		goldOf[i] = -1
		best := -1
		for j, gm := range g.mentions {
			if taken[j] || !gm.Span.Contains(s.Span) {
				continue
			}
			ok := true
			for _, w := range gm.min {
				if !s.Span.Contains(w) && !possessive(g.text[w.Start:w.End]) {
					ok = false
					break
				}
			}
			if ok && (best < 0 || gm.Len() < g.mentions[best].Len()) {
				best = j
			}
		}
		if best >= 0 {
			goldOf[i] = best
			taken[best] = true
		}
	}
	return goldOf, taken
}

// wikiEntry maps a Wikipedia title to a knowledge-base id by name or alias
// ("" when the knowledge base does not cover it). A parenthesised
// disambiguation ("Georgia (country)") is dropped.
func wikiEntry(k *kb.KB, title, etype string) string {
	if i := strings.Index(title, " ("); i > 0 {
		title = title[:i]
	}
	es := k.ByName(title)
	if len(es) == 0 {
		return ""
	}
	want := map[string]string{"person": "person", "organization": "organization", "place": "country"}[etype]
	for _, e := range es {
		if e.Kind == want {
			return e.ID
		}
	}
	return es[0].ID
}

// isNamed reports whether a mention's minimal span is a name: it starts
// with a capital letter and is not a pronoun.
func isNamed(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	switch strings.ToLower(s) {
	case "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "this", "the", "that":
		return false
	}
	return true
}

// possessive reports whether a word is the possessive clitic, which a
// system mention may leave out of a minimal span ("Britain" for "Britain's").
func possessive(w string) bool {
	switch w {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}
