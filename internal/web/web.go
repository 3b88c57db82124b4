// Package web serves Parley's reading interface: server-rendered HTML pages
// over a store.Store. Templates and assets (one stylesheet, no script) are
// embedded; there is no build step.
//
// Pages (GET):
//
//	/                    documents, newest first, with a search box (?page=)
//	/search?q=words      search results with snippets (?page=)
//	/documents/{key}     the article: its text with every extracted span
//	                     highlighted by kind, a legend, and side lists
//	/actors              actors, most mentioned first (?page=); ?q= finds actors by
//	                     name, alias, id or role, ?kind= filters by kind
//	/actors/{id}         one actor: its roles (from the knowledge base, with dates,
//	                     and as the documents give them), what it said (newest
//	                     first, each quote in its sentence, linked to the article
//	                     at the quote), its positions (newest first, linked to the
//	                     article at their evidence), the documents naming it, and
//	                     its mentions in their sentences (?page=)
//	/actors/{id}/quotes  every quote of the actor, newest first (?page=)
//	/events              events, latest first, each in its sentence, filtered by
//	                     ?actor=, ?side=, ?type=, ?from=, ?to= and ?place= (?page=)
//	/board               the negotiation board: the topics of the actors' positions,
//	                     the most recently active first (?page=)
//	/board?topic=…       one topic: a column per actor, grouped by the actor's country,
//	                     listing its positions (stance, object, date, sentence) newest
//	                     first, each linked to the article at its evidence
//	/static/…            the stylesheet
package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/doc"
	"github.com/parley-news/parley/internal/httpx"
	"github.com/parley-news/parley/internal/store"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// Options configures the web handler.
type Options struct {
	// Title is the site name shown in the header; "" means "Parley".
	Title string
	// APIPrefix, when set (e.g. "/api/v1/"), makes the article page link to
	// the document's JSON at APIPrefix+"documents/"+key.
	APIPrefix string
	// PageSize is the number of items per list page; 0 means 20.
	PageSize int
	// Logger receives internal errors; nil means slog.Default().
	Logger *slog.Logger
	// KB, when set, is the actor knowledge base whose dated roles the actor
	// page shows; nil means none.
	KB *kb.KB
}

type server struct {
	st    store.Store
	opts  Options
	log   *slog.Logger
	pages map[string]*template.Template
}

// pageNames are the templates/*.html files that are pages (the others are
// shared partials).
var pageNames = []string{"home", "search", "article", "actors", "actor", "quotes", "events", "board", "boardindex", "error"}

// New returns the handler of the web interface. It answers every path; mount
// it at "/" after the API.
func New(st store.Store, opts Options) (http.Handler, error) {
	if opts.Title == "" {
		opts.Title = "Parley"
	}
	if opts.PageSize <= 0 {
		opts.PageSize = 20
	}
	if opts.PageSize > store.MaxLimit {
		opts.PageSize = store.MaxLimit
	}
	s := &server{st: st, opts: opts, log: opts.Logger, pages: map[string]*template.Template{}}
	if s.log == nil {
		s.log = slog.Default()
	}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	static, err := fs.Sub(staticFiles, "static")
	if err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}

	mux := http.NewServeMux()
	route := httpx.ReadOnly(mux, s.methodNotAllowed)
	route("/{$}", s.home)
	route("/search", s.search)
	route("/documents/{key}", s.article)
	route("/actors", s.actors)
	route("/actors/{id}", s.actor)
	route("/actors/{id}/quotes", s.actorQuotes)
	route("/events", s.events)
	route("/board", s.board)
	fileServer := http.StripPrefix("/static/", http.FileServerFS(static))
	route("/static/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fileServer.ServeHTTP(w, r)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.error(w, r, http.StatusNotFound, "Page not found", "There is no page at this address.")
	})
	return httpx.Recover(mux, s.panicked), nil
}

var funcs = template.FuncMap{
	"date":     formatDate,
	"actorURL": actorURL,
	"quoteURL": func(key string, index int) string {
		return "/documents/" + url.PathEscape(key) + "#q-" + strconv.Itoa(index)
	},
	"eventURL": func(key string, index int) string {
		return "/documents/" + url.PathEscape(key) + "#e-" + strconv.Itoa(index)
	},
	"eventsURL":   func(actor string) string { return "/events?" + url.Values{"actor": {actor}}.Encode() },
	"boardURL":    boardURL,
	"positionURL": positionURL,
	"stanceClass": stanceClass,
	"kbRole":      kbRole,
	"docURL":      func(key string) string { return "/documents/" + url.PathEscape(key) },
	"deref": func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	},
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	},
	"entityClass": entityClass,
	"add":         func(a, b int) int { return a + b },
}

// formatDate writes a YYYY-MM-DD or RFC 3339 date as "13 March 2024"; other
// values are returned as they are.
func formatDate(v any) string {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case *string:
		if x == nil {
			return ""
		}
		s = *x
	case time.Time:
		return x.Format("2 January 2006")
	default:
		return fmt.Sprint(v)
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2 January 2006")
		}
	}
	return s
}

// page is what every template receives.
type page struct {
	Site  string
	Title string // the page's own title; "" for the home page
	Nav   string // "documents", "actors", "events" or "board": the current section
	Query string // the search box's text
	Data  any
}

// pager holds the links between list pages.
type pager struct {
	Page, Pages int
	Prev, Next  string // URLs, "" when there is none
	From, To    int    // 1-based positions of the first and last items shown
	Total       int
}

func newPager(r *http.Request, pageNo, size, total, shown int) pager {
	p := pager{Page: pageNo, Pages: (total + size - 1) / size, Total: total}
	if shown > 0 {
		p.From = (pageNo-1)*size + 1
		p.To = p.From + shown - 1
	}
	link := func(n int) string {
		q := r.URL.Query()
		if n == 1 {
			q.Del("page")
		} else {
			q.Set("page", strconv.Itoa(n))
		}
		if e := q.Encode(); e != "" {
			return r.URL.Path + "?" + e
		}
		return r.URL.Path
	}
	if pageNo > 1 {
		p.Prev = link(min(pageNo-1, max(p.Pages, 1)))
	}
	if pageNo < p.Pages {
		p.Next = link(pageNo + 1)
	}
	return p
}

// pageNumber reads ?page=, 1 when absent.
func pageNumber(r *http.Request) (int, bool) {
	v := r.URL.Query()
	if !v.Has("page") {
		return 1, true
	}
	n, err := strconv.Atoi(v.Get("page"))
	if err != nil || n < 1 || n > 1_000_000 {
		return 0, false
	}
	return n, true
}

func (s *server) query(r *http.Request) (store.Query, int, bool) {
	n, ok := pageNumber(r)
	if !ok {
		return store.Query{}, 0, false
	}
	return store.Query{Limit: s.opts.PageSize, Offset: (n - 1) * s.opts.PageSize}, n, true
}

// render executes a page into a buffer, then writes it, so that a template
// error gives an error page instead of half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	p.Site = s.opts.Title
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("web: render page", "page", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			s.error(w, r, http.StatusInternalServerError, "Something went wrong", "The page could not be shown.")
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorView struct {
	Status  int
	Heading string
	Message string
}

func (s *server) error(w http.ResponseWriter, r *http.Request, status int, heading, msg string) {
	s.render(w, r, status, "error", page{Title: heading, Data: errorView{Status: status, Heading: heading, Message: msg}})
}

// fail shows the error page that suits a store error, logging internal ones.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error, notFound string) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.error(w, r, http.StatusNotFound, "Not found", notFound)
	case errors.Is(err, store.ErrInvalid):
		s.error(w, r, http.StatusBadRequest, "Bad request", "The request could not be understood.")
	case errors.Is(err, store.ErrClosed):
		s.error(w, r, http.StatusServiceUnavailable, "Unavailable", "The store is closed.")
	default:
		s.log.Error("web: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		s.error(w, r, http.StatusInternalServerError, "Something went wrong", "The page could not be shown.")
	}
}

// panicked logs a recovered panic and shows the error page.
func (s *server) panicked(w http.ResponseWriter, r *http.Request, v any) {
	s.log.Error("web: panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
	s.error(w, r, http.StatusInternalServerError, "Something went wrong", "The page could not be shown.")
}

// methodNotAllowed answers a method other than GET or HEAD (httpx.ReadOnly
// has set the Allow header).
func (s *server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, http.StatusMethodNotAllowed, "Method not allowed", "This page can only be read.")
}

func (s *server) badPage(w http.ResponseWriter, r *http.Request) {
	s.error(w, r, http.StatusBadRequest, "Bad request", "The page number must be a positive whole number.")
}

type listView struct {
	Items []store.DocSummary
	Pager pager
}

func (s *server) home(w http.ResponseWriter, r *http.Request) {
	q, n, ok := s.query(r)
	if !ok {
		s.badPage(w, r)
		return
	}
	p, err := s.st.List(r.Context(), q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	s.render(w, r, http.StatusOK, "home", page{Nav: "documents", Data: listView{Items: p.Items, Pager: newPager(r, n, q.Limit, p.Total, len(p.Items))}})
}

type searchView struct {
	Query string
	Hits  []store.DocHit
	Pager pager
	Empty bool // no words to search for
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	text := strings.TrimSpace(r.URL.Query().Get("q"))
	if text == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	q, n, ok := s.query(r)
	if !ok {
		s.badPage(w, r)
		return
	}
	v := searchView{Query: text}
	if len(store.SearchTerms(text)) == 0 {
		v.Empty = true
		s.render(w, r, http.StatusOK, "search", page{Title: "Search", Nav: "documents", Query: text, Data: v})
		return
	}
	p, err := s.st.Search(r.Context(), text, q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	v.Hits, v.Pager = p.Items, newPager(r, n, q.Limit, p.Total, len(p.Items))
	s.render(w, r, http.StatusOK, "search", page{Title: "Search: " + text, Nav: "documents", Query: text, Data: v})
}

func (s *server) article(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	d, err := s.st.Get(r.Context(), key)
	if err != nil {
		s.fail(w, r, err, "There is no document with this key.")
		return
	}
	jsonURL := ""
	if s.opts.APIPrefix != "" {
		jsonURL = strings.TrimSuffix(s.opts.APIPrefix, "/") + "/documents/" + url.PathEscape(key)
	}
	title := d.Title
	if title == "" {
		title = d.ID
	}
	s.render(w, r, http.StatusOK, "article", page{Title: title, Nav: "documents", Data: newArticleView(key, d, jsonURL)})
}

type actorsView struct {
	Items []store.ActorSummary
	Pager pager
	Query string // the actor search box's text
	Kind  string // the kind filter, "" for all
	Kinds []string
	Empty bool // the search text has no words
}

// actorKinds are the kinds the actor list can be filtered by.
var actorKinds = []string{"person", "organization", "country", "group"}

func (s *server) actors(w http.ResponseWriter, r *http.Request) {
	q, n, ok := s.query(r)
	if !ok {
		s.badPage(w, r)
		return
	}
	v := actorsView{Query: strings.TrimSpace(r.URL.Query().Get("q")), Kind: strings.TrimSpace(r.URL.Query().Get("kind")), Kinds: actorKinds}
	title := "Actors"
	if v.Query != "" {
		title = "Actors: " + v.Query
		if len(store.SearchTerms(v.Query)) == 0 {
			v.Empty = true
			s.render(w, r, http.StatusOK, "actors", page{Title: title, Nav: "actors", Data: v})
			return
		}
	}
	var (
		p   store.Page[store.ActorSummary]
		err error
	)
	if v.Query == "" && v.Kind == "" {
		p, err = s.st.Actors(r.Context(), q)
	} else {
		p, err = s.st.FindActors(r.Context(), store.ActorFilter{Text: v.Query, Kind: v.Kind}, q)
	}
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	v.Items, v.Pager = p.Items, newPager(r, n, q.Limit, p.Total, len(p.Items))
	s.render(w, r, http.StatusOK, "actors", page{Title: title, Nav: "actors", Data: v})
}

// mentionGroup is the mentions of an actor in one document.
type mentionGroup struct {
	Doc      store.DocRef
	Mentions []mentionView
}

type mentionView struct {
	How      string
	Sentence template.HTML // the sentence with the mention highlighted
}

// maxActorPositions bounds the positions the actor page shows.
const maxActorPositions = 50

type actorPageView struct {
	Actor     store.ActorSummary
	Known     *kb.Entry // the knowledge base's entry, nil when unknown
	KnownRole []string  // its roles, described with their dates, latest first
	Roles     []store.ActorRole
	Quotes    []quoteItem
	MoreQuote bool        // the actor has more quotes than are shown
	Positions []boardItem // newest first, at most maxActorPositions
	PosTotal  int         // the actor's positions in all
	Documents []store.ActorDocument
	Groups    []mentionGroup
	Pager     pager
}

// quoteItem is one quote of an actor, shown in its sentence.
type quoteItem struct {
	Doc      store.DocRef
	Index    int
	Kind     string
	Cue      string
	Sentence template.HTML // the sentence with the quote and its cue highlighted
}

func newQuoteItem(q store.ActorQuote) quoteItem {
	rel := func(sp doc.Span) doc.Span {
		return doc.Span{Start: sp.Start - q.Sentence.Start, End: sp.End - q.Sentence.Start}
	}
	marks := []Mark{{Span: rel(q.Quote.Span), Class: "hl quote quote-" + cssToken(q.Quote.Kind), Title: "Quote · " + q.Quote.Kind, Layer: layerQuote}}
	it := quoteItem{Doc: q.Doc, Index: q.Index, Kind: q.Quote.Kind}
	if q.Quote.Cue != nil {
		it.Cue = q.Quote.Cue.Text
		marks = append(marks, Mark{Span: rel(q.Quote.Cue.Span), Class: "hl cue", Title: "Quote cue · " + q.Quote.Cue.Text, Layer: layerCue})
	}
	it.Sentence = Highlight(q.SentenceText, marks)
	return it
}

// known returns the knowledge base's entry for id and its roles described,
// latest first.
func (s *server) known(id string) (*kb.Entry, []string) {
	if s.opts.KB == nil {
		return nil, nil
	}
	e := s.opts.KB.Get(id)
	if e == nil {
		return nil, nil
	}
	roles := make([]string, 0, len(e.Roles))
	for i := len(e.Roles) - 1; i >= 0; i-- {
		roles = append(roles, kbRole(e.Roles[i]))
	}
	return e, roles
}

func (s *server) actor(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	q, n, ok := s.query(r)
	if !ok {
		s.badPage(w, r)
		return
	}
	det, err := s.st.Actor(r.Context(), id, q)
	if err != nil {
		s.fail(w, r, err, "There is no actor with this id.")
		return
	}
	v := actorPageView{Actor: det.Actor, Roles: det.Roles, Documents: det.Documents, MoreQuote: det.Actor.Quotes > len(det.Quotes),
		Pager: newPager(r, n, q.Limit, det.Mentions.Total, len(det.Mentions.Items))}
	v.Known, v.KnownRole = s.known(det.Actor.ID)
	pos, err := s.st.Positions(r.Context(), store.PositionFilter{Actor: det.Actor.ID}, store.Query{Limit: maxActorPositions})
	if err != nil {
		s.fail(w, r, err, "There is no actor with this id.")
		return
	}
	v.PosTotal = pos.Total
	for _, h := range pos.Items {
		v.Positions = append(v.Positions, newBoardItem(h))
	}
	markRepeats(v.Positions)
	for _, aq := range det.Quotes {
		v.Quotes = append(v.Quotes, newQuoteItem(aq))
	}
	for _, m := range det.Mentions.Items {
		rel := m.Mention.Span
		rel.Start -= m.Sentence.Start
		rel.End -= m.Sentence.Start
		mv := mentionView{How: m.Mention.How, Sentence: Highlight(m.SentenceText, []Mark{{Span: rel, Class: "hl men men-focus", Title: "Mention · by " + m.Mention.How}})}
		if k := len(v.Groups); k > 0 && v.Groups[k-1].Doc.Key == m.Doc.Key {
			v.Groups[k-1].Mentions = append(v.Groups[k-1].Mentions, mv)
		} else {
			v.Groups = append(v.Groups, mentionGroup{Doc: m.Doc, Mentions: []mentionView{mv}})
		}
	}
	s.render(w, r, http.StatusOK, "actor", page{Title: det.Actor.Name, Nav: "actors", Data: v})
}

type quotesPageView struct {
	Actor  store.ActorSummary
	Quotes []quoteItem
	Pager  pager
}

func (s *server) actorQuotes(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	q, n, ok := s.query(r)
	if !ok {
		s.badPage(w, r)
		return
	}
	det, err := s.st.Actor(r.Context(), id, store.Query{Limit: 1})
	if err != nil {
		s.fail(w, r, err, "There is no actor with this id.")
		return
	}
	p, err := s.st.ActorQuotes(r.Context(), id, q)
	if err != nil {
		s.fail(w, r, err, "There is no actor with this id.")
		return
	}
	v := quotesPageView{Actor: det.Actor, Pager: newPager(r, n, q.Limit, p.Total, len(p.Items))}
	for _, aq := range p.Items {
		v.Quotes = append(v.Quotes, newQuoteItem(aq))
	}
	s.render(w, r, http.StatusOK, "quotes", page{Title: "What " + det.Actor.Name + " said", Nav: "actors", Data: v})
}

// eventTypes are the PLOVER event types the events page offers.
var eventTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

type eventsView struct {
	Filter  store.EventFilter
	Types   []string
	Problem string // why the filter is not valid, "" when it is
	Items   []eventItem
	Pager   pager
}

// eventItem is one event shown in its sentence.
type eventItem struct {
	Doc      store.DocRef
	Index    int
	Summary  string
	Sources  []actorLink
	Targets  []actorLink
	Sentence template.HTML // the sentence with the evidence highlighted
}

type actorLink struct{ ID, Name string }

func links(names map[string]string, ids []string) []actorLink {
	out := make([]actorLink, len(ids))
	for i, id := range ids {
		out[i] = actorLink{ID: id, Name: nameOf(names, id)}
	}
	return out
}

func (s *server) events(w http.ResponseWriter, r *http.Request) {
	q, n, ok := s.query(r)
	if !ok {
		s.badPage(w, r)
		return
	}
	v := r.URL.Query()
	f := store.EventFilter{
		Actor: strings.TrimSpace(v.Get("actor")), Side: strings.TrimSpace(v.Get("side")), Type: strings.ToUpper(strings.TrimSpace(v.Get("type"))),
		From: strings.TrimSpace(v.Get("from")), To: strings.TrimSpace(v.Get("to")), Place: strings.TrimSpace(v.Get("place")),
	}
	view := eventsView{Filter: f, Types: eventTypes}
	if err := f.Check(); err != nil {
		view.Problem = strings.TrimPrefix(err.Error(), store.ErrInvalid.Error()+": ")
		s.render(w, r, http.StatusBadRequest, "events", page{Title: "Events", Nav: "events", Data: view})
		return
	}
	p, err := s.st.Events(r.Context(), f, q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	for _, h := range p.Items {
		rel := doc.Span{Start: h.Event.Evidence.Start - h.Sentence.Start, End: h.Event.Evidence.End - h.Sentence.Start}
		view.Items = append(view.Items, eventItem{
			Doc: h.Doc, Index: h.Index, Summary: eventSummary(h.Names, h.Event),
			Sources: links(h.Names, h.Event.Source), Targets: links(h.Names, h.Event.Target),
			Sentence: Highlight(h.SentenceText, []Mark{{Span: rel, Class: "hl event-focus", Title: "Event · " + h.Event.Type, Layer: layerEvent}}),
		})
	}
	view.Pager = newPager(r, n, q.Limit, p.Total, len(p.Items))
	s.render(w, r, http.StatusOK, "events", page{Title: "Events", Nav: "events", Data: view})
}
