package web

import (
	"fmt"
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
)

// Layers: for marks over the same bytes, the lower layer is the outer element.
const (
	layerSentence = iota
	layerEvent
	layerPosition
	layerQuote
	layerTime
	layerAmount
	layerPlace
	layerEntity
	layerMention
	layerCue
)

// Kind describes one kind of highlight for the legend.
type Kind struct {
	Key   string // CSS class and toggle id suffix
	Label string
	Help  string
	On    bool // shown by default
}

// kinds lists the highlight kinds in legend order.
var kinds = []Kind{
	{"sent", "Sentences", "alternate sentences are shaded", true},
	{"ent", "Entities", "underlined in the colour of their type", true},
	{"men", "Actor mentions", "bold: a mention resolved to an actor", true},
	{"quote", "Quotes", "shaded yellow; the cue word is in italics", true},
	{"time", "Times", "shaded blue", true},
	{"amount", "Amounts", "shaded green", true},
	{"place", "Places", "shaded violet", true},
	{"event", "Events", "wavy red underline on the evidence", false},
	{"pos", "Positions", "dashed underline on the evidence", false},
}

// entityTypes are the entity types with their own colour, in legend order.
var entityTypes = []struct{ Type, Label string }{
	{"PER", "person"}, {"ORG", "organisation"}, {"GPE", "country, city"}, {"LOC", "location"},
	{"NORP", "nationality, group"}, {"DATE", "date"}, {"MONEY", "money"}, {"OTHER", "other"},
}

// cssToken reduces s to a safe CSS class fragment: lower-case letters,
// digits and dashes.
func cssToken(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' || r == '_' || r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

// entityClass returns the colour class of an entity type.
func entityClass(typ string) string {
	t := strings.ToUpper(typ)
	for _, e := range entityTypes {
		if e.Type == t {
			return "ent-" + cssToken(t)
		}
	}
	switch t {
	case "FAC":
		return "ent-loc"
	case "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL":
		return "ent-money"
	case "TIME":
		return "ent-date"
	}
	return "ent-other"
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// actorNames maps the document's actor ids to names.
func actorNames(d *doc.Document) map[string]string {
	m := make(map[string]string, len(d.Actors))
	for _, a := range d.Actors {
		if _, ok := m[a.ID]; !ok {
			m[a.ID] = a.Name
		}
	}
	return m
}

func nameOf(names map[string]string, id string) string {
	if n, ok := names[id]; ok && n != "" {
		return n
	}
	return id
}

func joinNames(names map[string]string, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = nameOf(names, id)
	}
	return strings.Join(out, ", ")
}

func formatNumber(v float64) string {
	if v == float64(int64(v)) && v < 1e15 && v > -1e15 {
		s := strconv.FormatInt(int64(v), 10)
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		var b strings.Builder
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		if neg {
			return "-" + b.String()
		}
		return b.String()
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// eventSummary describes an event for its tooltip and side list.
func eventSummary(names map[string]string, e doc.Event) string {
	var b strings.Builder
	b.WriteString(e.Type)
	if e.Mode != nil {
		fmt.Fprintf(&b, " (%s)", *e.Mode)
	}
	if len(e.Source) > 0 {
		fmt.Fprintf(&b, ": %s", joinNames(names, e.Source))
	}
	if len(e.Target) > 0 {
		fmt.Fprintf(&b, " → %s", joinNames(names, e.Target))
	}
	if e.Negated {
		b.WriteString(" · negated")
	}
	if e.Modality != "" {
		fmt.Fprintf(&b, " · %s", e.Modality)
	}
	if e.Date != nil {
		fmt.Fprintf(&b, " · %s", *e.Date)
	}
	if e.Place != nil {
		fmt.Fprintf(&b, " · in %s", *e.Place)
	}
	return b.String()
}

// DocumentMarks returns the highlight marks of every annotation of d:
// sentences (alternating), entities by type, actor mentions, quotes and their
// cues, times, places, amounts, event and position evidence. Each mark's
// Title says its kind and details.
func DocumentMarks(d *doc.Document) []Mark {
	names := actorNames(d)
	var ms []Mark
	for i, s := range d.Sentences {
		alt := "sent-a"
		if i%2 == 1 {
			alt = "sent-b"
		}
		ms = append(ms, Mark{Span: s, Class: "hl sent " + alt, Ref: fmt.Sprintf("s-%d", i), Layer: layerSentence})
	}
	for i, e := range d.Events {
		ms = append(ms, Mark{Span: e.Evidence, Class: "hl event", Title: "Event · " + eventSummary(names, e),
			Ref: fmt.Sprintf("e-%d", i), Anchor: true, Layer: layerEvent})
	}
	for i, p := range d.Positions {
		ms = append(ms, Mark{Span: p.Evidence, Class: "hl pos",
			Title: fmt.Sprintf("Position · %s: %s %s (topic: %s)", nameOf(names, p.Actor), p.Stance, p.Object, p.Topic),
			Ref:   fmt.Sprintf("p-%d", i), Anchor: true, Layer: layerPosition})
	}
	roles := map[string]string{}
	for _, a := range d.Actors {
		if a.Role != nil && roles[a.ID] == "" {
			roles[a.ID] = *a.Role
		}
	}
	for i, q := range d.Quotes {
		title := "Quote · " + q.Kind
		if q.Speaker != nil {
			title += " · speaker: " + nameOf(names, *q.Speaker)
			if r := roles[*q.Speaker]; r != "" {
				title += " (" + r + ")"
			}
			if q.Cue != nil {
				title += " · cue: " + q.Cue.Text
			}
		} else {
			title += " · speaker unknown"
		}
		ms = append(ms, Mark{Span: q.Span, Class: "hl quote quote-" + cssToken(q.Kind), Title: title,
			Ref: fmt.Sprintf("q-%d", i), Anchor: true, Layer: layerQuote})
		if q.Cue != nil {
			ms = append(ms, Mark{Span: q.Cue.Span, Class: "hl cue", Title: "Quote cue · " + q.Cue.Text,
				Ref: fmt.Sprintf("q-%d-cue", i), Layer: layerCue})
		}
	}
	for i, t := range d.Times {
		title := "Time · " + t.Value
		if !t.Anchored {
			title += " · not anchored to a date"
		}
		ms = append(ms, Mark{Span: t.Span, Class: "hl time", Title: title, Ref: fmt.Sprintf("t-%d", i), Anchor: true, Layer: layerTime})
	}
	for i, a := range d.Amounts {
		ms = append(ms, Mark{Span: a.Span, Class: "hl amount", Title: fmt.Sprintf("Amount · %s %s", formatNumber(a.Value), a.Unit),
			Ref: fmt.Sprintf("n-%d", i), Anchor: true, Layer: layerAmount})
	}
	for i, p := range d.Places {
		title := "Place · " + p.Name
		if p.Country != nil {
			title += ", " + *p.Country
		}
		if p.Lat != nil && p.Lon != nil {
			title += fmt.Sprintf(" (%.4g, %.4g)", *p.Lat, *p.Lon)
		}
		ms = append(ms, Mark{Span: p.Span, Class: "hl place", Title: title, Ref: fmt.Sprintf("l-%d", i), Anchor: true, Layer: layerPlace})
	}
	for i, e := range d.Entities {
		ms = append(ms, Mark{Span: e.Span, Class: "hl ent " + entityClass(e.Type), Title: "Entity · " + e.Type,
			Ref: fmt.Sprintf("ent-%d", i), Layer: layerEntity})
	}
	for i, a := range d.Actors {
		desc := a.Name
		if a.Kind != "" {
			desc += " (" + a.Kind + ")"
		}
		if a.Role != nil {
			desc += " · " + *a.Role
		}
		for j, m := range a.Mentions {
			ms = append(ms, Mark{Span: m.Span, Class: "hl men", Title: "Actor · " + desc + " · by " + m.How,
				Ref: fmt.Sprintf("a-%d-%d", i, j), Layer: layerMention, Href: actorURL(a.ID)})
		}
	}
	linkOnce(ms)
	return ms
}

// linkOnce keeps the Href of a mention mark only when no longer linked mark
// overlaps it, so that links never nest: of mentions that overlap ("the
// Norland foreign minister" and "Norland"), the longest is the link and the
// others keep their highlight and tooltip.
func linkOnce(ms []Mark) {
	var linked []int
	order := make([]int, 0, len(ms))
	for i := range ms {
		if ms[i].Href != "" {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].Len() > ms[order[b]].Len() })
	for _, i := range order {
		for _, j := range linked {
			if ms[i].Overlaps(ms[j].Span) {
				ms[i].Href = ""
				break
			}
		}
		if ms[i].Href != "" {
			linked = append(linked, i)
		}
	}
}

// actorURL is the path of an actor's page.
func actorURL(id string) string { return "/actors/" + url.PathEscape(id) }

// kbRole describes a knowledge-base role: its title (or position at its
// organisation) and its dates, "since 2021-05" while held.
func kbRole(r kb.Role) string {
	name := r.Title
	if name == "" {
		name = strings.ReplaceAll(r.Position, "_", " ")
		if r.Org != "" {
			name += ", " + r.Org
		}
	}
	switch {
	case r.Start != "" && r.Ends() != "":
		return fmt.Sprintf("%s (%s – %s)", name, r.Start, r.Ends())
	case r.Start != "":
		return fmt.Sprintf("%s (since %s)", name, r.Start)
	case r.Ends() != "":
		return fmt.Sprintf("%s (until %s)", name, r.Ends())
	}
	return name
}

// Side-list views of an article.

type quoteView struct {
	Ref, Text, Kind, Speaker, SpeakerID, Cue string
}

type timeView struct {
	Ref, Text, Value string
	Anchored         bool
}

type amountView struct{ Ref, Text, Value, Unit string }

type placeView struct{ Ref, Text, Name, Country string }

type actorView struct {
	ID, Name, Kind, Role, Country string
	Mentions                      int
}

type entityCount struct {
	Text  string
	Count int
}

type entityGroup struct {
	Type, Class string
	Items       []entityCount
}

type eventView struct{ Ref, Summary string }

type positionView struct{ Ref, Actor, ActorID, Stance, Object, Topic string }

type articleView struct {
	Key        string
	Doc        *doc.Document
	Paragraphs []template.HTML
	Quotes     []quoteView
	Times      []timeView
	Amounts    []amountView
	Places     []placeView
	Actors     []actorView
	Entities   []entityGroup
	Events     []eventView
	Positions  []positionView
	Kinds      []Kind
	EntTypes   []struct{ Type, Label string }
	JSONURL    string
}

func newArticleView(key string, d *doc.Document, jsonURL string) *articleView {
	names := actorNames(d)
	v := &articleView{Key: key, Doc: d, Kinds: kinds, EntTypes: entityTypes, JSONURL: jsonURL}
	v.Paragraphs = Paragraphs(d.Text, DocumentMarks(d))
	for i, q := range d.Quotes {
		qv := quoteView{Ref: fmt.Sprintf("q-%d", i), Text: q.Text, Kind: q.Kind}
		if q.Speaker != nil {
			qv.SpeakerID, qv.Speaker = *q.Speaker, nameOf(names, *q.Speaker)
		}
		if q.Cue != nil {
			qv.Cue = q.Cue.Text
		}
		v.Quotes = append(v.Quotes, qv)
	}
	for i, t := range d.Times {
		v.Times = append(v.Times, timeView{Ref: fmt.Sprintf("t-%d", i), Text: t.Text, Value: t.Value, Anchored: t.Anchored})
	}
	for i, a := range d.Amounts {
		v.Amounts = append(v.Amounts, amountView{Ref: fmt.Sprintf("n-%d", i), Text: a.Text, Value: formatNumber(a.Value), Unit: a.Unit})
	}
	for i, p := range d.Places {
		v.Places = append(v.Places, placeView{Ref: fmt.Sprintf("l-%d", i), Text: p.Text, Name: p.Name, Country: deref(p.Country)})
	}
	for _, a := range d.Actors {
		v.Actors = append(v.Actors, actorView{ID: a.ID, Name: a.Name, Kind: a.Kind, Role: deref(a.Role), Country: deref(a.Country), Mentions: len(a.Mentions)})
	}
	sort.SliceStable(v.Actors, func(i, j int) bool { return v.Actors[i].Mentions > v.Actors[j].Mentions })
	byType := map[string]map[string]int{}
	var types []string
	for _, e := range d.Entities {
		if byType[e.Type] == nil {
			byType[e.Type] = map[string]int{}
			types = append(types, e.Type)
		}
		byType[e.Type][e.Text]++
	}
	sort.Strings(types)
	for _, t := range types {
		g := entityGroup{Type: t, Class: entityClass(t)}
		for text, n := range byType[t] {
			g.Items = append(g.Items, entityCount{Text: text, Count: n})
		}
		sort.Slice(g.Items, func(i, j int) bool {
			if g.Items[i].Count != g.Items[j].Count {
				return g.Items[i].Count > g.Items[j].Count
			}
			return g.Items[i].Text < g.Items[j].Text
		})
		v.Entities = append(v.Entities, g)
	}
	for i, e := range d.Events {
		v.Events = append(v.Events, eventView{Ref: fmt.Sprintf("e-%d", i), Summary: eventSummary(names, e)})
	}
	for i, p := range d.Positions {
		v.Positions = append(v.Positions, positionView{Ref: fmt.Sprintf("p-%d", i), Actor: nameOf(names, p.Actor), ActorID: p.Actor,
			Stance: p.Stance, Object: p.Object, Topic: p.Topic})
	}
	return v
}
