// Package api serves Parley's JSON API under /api/v1/ over a store.Store.
//
// Routes (all GET; HEAD is accepted too):
//
//	/api/v1/health              {"status": "ok", "version": …, "documents": n}
//	/api/v1/documents           page of document summaries, newest first (?limit=&offset=)
//	/api/v1/documents?q=words   full-text search, same as /api/v1/search
//	/api/v1/search?q=words      page of search hits with snippets (?limit=&offset=)
//	/api/v1/documents/{key}     one document with all its annotations (the `parley extract` JSON)
//	/api/v1/actors              page of actors, most mentioned first (?limit=&offset=);
//	                            ?q=words finds actors by name, alias, id or role (prefixes,
//	                            accents ignored); ?kind= and ?country= filter
//	/api/v1/actors/{id}         one actor: summary, a page of its mentions (?limit=&offset=),
//	                            its latest quotes with their sentences, the roles the documents
//	                            give it, the documents naming it, and under "known" its
//	                            knowledge-base entry with dated roles (null when unknown)
//	/api/v1/actors/{id}/quotes  page of what the actor said, newest first (?limit=&offset=)
//	/api/v1/actors/{id}/documents page of the documents naming the actor, newest first
//	/api/v1/events              page of events, latest first (?limit=&offset=), filtered by
//	                            ?actor=id (&side=source|target), ?type=PLOVER type,
//	                            ?from= and ?to= (YYYY, YYYY-MM or YYYY-MM-DD) and ?place=
//	/api/v1/positions           page of positions (who demands, offers, rejects… what), newest
//	                            document first (?limit=&offset=), each with its document, the
//	                            actor as the document has it and the evidence sentence;
//	                            filtered by ?actor=id, ?stance= (demand, precondition, offer,
//	                            accept, reject, support, oppose; any case), ?topic= (the whole
//	                            topic, ASCII case ignored), ?country= (ISO alpha-3: the actors
//	                            of that country, the country among them) and ?from= and ?to=
//	                            (bounds on the document date, YYYY, YYYY-MM or YYYY-MM-DD)
//	/api/v1/topics              page of the positions' topics, the most recently active first,
//	                            with counts of positions, actors and documents (?limit=&offset=)
//
// Actor ids are knowledge-base ids or, for actors the knowledge base lacks,
// "new:per:<slug>", "new:org:<slug>"… with a suffix "~2", "~3"… for each
// further actor of that name whom the evidence keeps apart (another
// country or affiliation; see store.AssignNewActors). Escape them in paths.
//
// Pages are {"items": […], "total": n, "limit": n, "offset": n}. Every error,
// whatever its status, has the body {"error": {"code": "…", "message": "…"}};
// codes are bad_request (400), not_found (404), method_not_allowed (405),
// internal (500) and unavailable (503). Internal errors are logged, never
// shown.
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/actor/kb"
	"github.com/parley-news/parley/internal/httpx"
	"github.com/parley-news/parley/internal/store"
)

// Prefix is the path every route of the API starts with.
const Prefix = "/api/v1/"

// Options configures the API handler.
type Options struct {
	// Logger receives internal errors and recovered panics; nil means
	// slog.Default().
	Logger *slog.Logger
	// Version is reported by /api/v1/health.
	Version string
	// KB, when set, is the actor knowledge base whose entries (names,
	// aliases, roles with their dates) /api/v1/actors/{id} adds under
	// "known"; nil means none.
	KB *kb.KB
}

type server struct {
	st  store.Store
	log *slog.Logger
	ver string
	kb  *kb.KB
}

// New returns the handler of the JSON API. It answers every path under
// Prefix (unknown ones with a 404 envelope); mount it at Prefix, e.g.
// mux.Handle(api.Prefix, api.New(st, opts)).
func New(st store.Store, opts Options) http.Handler {
	s := &server{st: st, log: opts.Logger, ver: opts.Version, kb: opts.KB}
	if s.log == nil {
		s.log = slog.Default()
	}
	mux := http.NewServeMux()
	route := httpx.ReadOnly(mux, s.methodNotAllowed)
	route("/api/v1/health", s.health)
	route("/api/v1/documents", s.documents)
	route("/api/v1/documents/{key}", s.document)
	route("/api/v1/search", s.search)
	route("/api/v1/actors", s.actors)
	route("/api/v1/actors/{id}", s.actor)
	route("/api/v1/actors/{id}/quotes", s.actorQuotes)
	route("/api/v1/actors/{id}/documents", s.actorDocuments)
	route("/api/v1/events", s.events)
	route("/api/v1/positions", s.positions)
	route("/api/v1/topics", s.topics)
	mux.HandleFunc(Prefix, s.notFound)
	return httpx.Recover(mux, s.panicked)
}

// apiError is the body of every error response.
type apiError struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(apiError{errorBody{"internal", "internal error"}})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, apiError{errorBody{Code: code, Message: msg}})
}

func badRequest(w http.ResponseWriter, format string, args ...any) {
	writeError(w, http.StatusBadRequest, "bad_request", fmt.Sprintf(format, args...))
}

// fail answers with the response that suits a store error: 404 for
// ErrNotFound (with notFound as message), 400 for ErrInvalid, 503 for
// ErrClosed, else 500, logging the error.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error, notFound string) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", notFound)
	case errors.Is(err, store.ErrInvalid):
		writeError(w, http.StatusBadRequest, "bad_request", "invalid request parameters")
	case errors.Is(err, store.ErrClosed):
		writeError(w, http.StatusServiceUnavailable, "unavailable", "the store is closed")
	case r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
		writeError(w, http.StatusServiceUnavailable, "unavailable", "request cancelled")
	default:
		s.log.Error("api: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal", "internal error")
	}
}

// panicked logs a recovered panic and answers with an internal error.
func (s *server) panicked(w http.ResponseWriter, r *http.Request, v any) {
	s.log.Error("api: panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
	writeError(w, http.StatusInternalServerError, "internal", "internal error")
}

// methodNotAllowed answers a method other than GET or HEAD (httpx.ReadOnly
// has set the Allow header).
func (s *server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", fmt.Sprintf("method %s is not allowed here; use GET", r.Method))
}

func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no API route %s", r.URL.Path))
}

// pageQuery reads limit and offset. Absent means the default; present must
// be an integer, limit within 1..store.MaxLimit, offset at least 0.
func pageQuery(r *http.Request) (store.Query, error) {
	var q store.Query
	v := r.URL.Query()
	if s := v.Get("limit"); v.Has("limit") {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > store.MaxLimit {
			return q, fmt.Errorf("limit must be an integer from 1 to %d, not %q", store.MaxLimit, s)
		}
		q.Limit = n
	}
	if s := v.Get("offset"); v.Has("offset") {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return q, fmt.Errorf("offset must be a non-negative integer, not %q", s)
		}
		q.Offset = n
	}
	return q, nil
}

func (s *server) health(w http.ResponseWriter, r *http.Request) {
	n, err := s.st.Count(r.Context())
	if err != nil {
		s.log.Error("api: health check failed", "err", err)
		writeError(w, http.StatusServiceUnavailable, "unavailable", "the store does not answer")
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Status    string `json:"status"`
		Version   string `json:"version,omitempty"`
		Documents int    `json:"documents"`
	}{"ok", s.ver, n})
}

func (s *server) documents(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSpace(r.URL.Query().Get("q")) != "" {
		s.search(w, r)
		return
	}
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	page, err := s.st.List(r.Context(), q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	text := r.URL.Query().Get("q")
	if strings.TrimSpace(text) == "" {
		badRequest(w, "parameter q (the words to search for) is required")
		return
	}
	if len(store.SearchTerms(text)) == 0 {
		badRequest(w, "q has no words to search for")
		return
	}
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	page, err := s.st.Search(r.Context(), text, q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *server) document(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	d, err := s.st.Get(r.Context(), key)
	if err != nil {
		s.fail(w, r, err, fmt.Sprintf("no document with key %q", key))
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *server) actors(w http.ResponseWriter, r *http.Request) {
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	v := r.URL.Query()
	f := store.ActorFilter{Text: strings.TrimSpace(v.Get("q")), Kind: strings.TrimSpace(v.Get("kind")), Country: strings.TrimSpace(v.Get("country"))}
	if v.Has("q") && f.Text != "" && len(store.SearchTerms(f.Text)) == 0 {
		badRequest(w, "q has no words to search for")
		return
	}
	var page store.Page[store.ActorSummary]
	if f == (store.ActorFilter{}) {
		page, err = s.st.Actors(r.Context(), q)
	} else {
		page, err = s.st.FindActors(r.Context(), f, q)
	}
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *server) actor(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	det, err := s.st.Actor(r.Context(), id, q)
	if err != nil {
		s.fail(w, r, err, fmt.Sprintf("no actor with id %q", id))
		return
	}
	writeJSON(w, http.StatusOK, actorResponse{ActorDetail: det, Known: s.known(id)})
}

// actorResponse is the body of /api/v1/actors/{id}.
type actorResponse struct {
	*store.ActorDetail
	// Known is the actor's knowledge-base entry, null when there is no
	// knowledge base or it does not hold the actor.
	Known *knownActor `json:"known"`
}

// knownActor is what the knowledge base says of an actor.
type knownActor struct {
	Name    string    `json:"name"`
	Kind    string    `json:"kind"`
	Country *string   `json:"country"`
	Aliases []string  `json:"aliases"` // never nil
	Roles   []kb.Role `json:"roles"`   // with start and end dates (end null while held); never nil
}

func (s *server) known(id string) *knownActor {
	if s.kb == nil {
		return nil
	}
	e := s.kb.Get(id)
	if e == nil {
		return nil
	}
	k := &knownActor{Name: e.Name, Kind: e.Kind, Country: e.Country, Aliases: []string{}, Roles: []kb.Role{}}
	k.Aliases = append(append(k.Aliases, e.Aliases...), e.Abbrev...)
	k.Roles = append(k.Roles, e.Roles...)
	return k
}

func (s *server) actorQuotes(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	page, err := s.st.ActorQuotes(r.Context(), id, q)
	if err != nil {
		s.fail(w, r, err, fmt.Sprintf("no actor with id %q", id))
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *server) actorDocuments(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	page, err := s.st.ActorDocuments(r.Context(), id, q)
	if err != nil {
		s.fail(w, r, err, fmt.Sprintf("no actor with id %q", id))
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *server) events(w http.ResponseWriter, r *http.Request) {
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	v := r.URL.Query()
	f := store.EventFilter{
		Actor: strings.TrimSpace(v.Get("actor")),
		Side:  strings.TrimSpace(v.Get("side")),
		Type:  strings.TrimSpace(v.Get("type")),
		From:  strings.TrimSpace(v.Get("from")),
		To:    strings.TrimSpace(v.Get("to")),
		Place: strings.TrimSpace(v.Get("place")),
	}
	if err := f.Check(); err != nil {
		badRequest(w, "%s", strings.TrimPrefix(err.Error(), store.ErrInvalid.Error()+": "))
		return
	}
	page, err := s.st.Events(r.Context(), f, q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// positionFilter reads the filter of /api/v1/positions. Stance and country
// are taken in any case.
func positionFilter(r *http.Request) (store.PositionFilter, error) {
	v := r.URL.Query()
	f := store.PositionFilter{
		Actor:   strings.TrimSpace(v.Get("actor")),
		Stance:  strings.ToLower(strings.TrimSpace(v.Get("stance"))),
		Topic:   strings.TrimSpace(v.Get("topic")),
		Country: strings.ToUpper(strings.TrimSpace(v.Get("country"))),
		From:    strings.TrimSpace(v.Get("from")),
		To:      strings.TrimSpace(v.Get("to")),
	}
	if c := strings.TrimSpace(v.Get("country")); c != "" && (len(c) != 3 || strings.Trim(strings.ToUpper(c), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
		return f, fmt.Errorf("country %q must be an ISO 3166-1 alpha-3 code such as UKR", c)
	}
	if err := f.Check(); err != nil {
		return f, errors.New(strings.TrimPrefix(err.Error(), store.ErrInvalid.Error()+": "))
	}
	return f, nil
}

func (s *server) positions(w http.ResponseWriter, r *http.Request) {
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	f, err := positionFilter(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	page, err := s.st.Positions(r.Context(), f, q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *server) topics(w http.ResponseWriter, r *http.Request) {
	q, err := pageQuery(r)
	if err != nil {
		badRequest(w, "%s", err)
		return
	}
	page, err := s.st.Topics(r.Context(), q)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, page)
}
