// Package api is dyad's read-only HTTP API over the event database, served
// by `dyad serve`. It answers JSON only, to GET (and HEAD) requests:
//
//	GET /api/health          status, dyad version, schema version, counts
//	GET /api/events?...      events matching filters, a page at a time
//	GET /api/quotes?...      quotes matching filters, a page at a time
//	GET /api/documents/{id}  one stored document in the contract's JSON form
//
// /api/events takes the filters of `dyad events` as query parameters (actor,
// country, dyad, code, quad, from, to, text) plus limit and offset, with the
// meanings of store.Query, and answers
//
//	{"events": [Event...], "count": total matching, "limit": n, "offset": n}
//
// where each event is the contract's Event object plus doc_id, doc_title and
// sentence_text. /api/quotes takes the filters of `dyad quotes` (speaker,
// country, from, to, text, kind) plus limit and offset, with the meanings of
// store.QuoteFilter and the same limits, and answers
//
//	{"quotes": [Quote...], "count": total matching, "limit": n, "offset": n}
//
// where each quote is the contract's Quote object plus doc_id, index, date
// and doc_title.
//
// Errors are JSON objects {"error": "message"}: 400 for a bad parameter (the
// message starts with the parameter's name), 404 for an unknown document or
// path, 405 for any method but GET and HEAD, 414 for an overlong query
// string, 503 when the server is at its limit of concurrent requests or a
// request runs out of time, and 500, with no detail, for anything else (the
// detail goes to the log).
//
// The server protects itself (see Options): limit is capped, every request
// has a deadline that also interrupts its database query, only so many
// requests run at once, no request body is ever read, and the http.Server
// from Server has timeouts for every phase of a connection. docs/API.md is
// the user's guide.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad/store"
)

// Options configures the handler and the server. Zero fields take the
// defaults given.
type Options struct {
	// Version is the dyad version reported by /api/health (default "dev").
	Version string

	// DefaultLimit is the page size when a request gives no limit
	// (default 100); MaxLimit caps the limit a request asks for
	// (default 1000).
	DefaultLimit, MaxLimit int
	// MaxQueryBytes caps the length of the query string (default 2048):
	// filters are short, and this bounds the work of parsing one.
	MaxQueryBytes int
	// Timeout is the deadline of each request, database query included
	// (default 10s).
	Timeout time.Duration
	// MaxConcurrent is how many requests are served at once; more are
	// answered 503 at once rather than queued (default 32).
	MaxConcurrent int

	// The http.Server settings used by Server. ReadHeaderTimeout defaults
	// to 5s, ReadTimeout to 10s, WriteTimeout to Timeout plus 5s (so a
	// request that uses all its time can still send its error),
	// IdleTimeout to 2 minutes and MaxHeaderBytes to 32 KiB.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	MaxHeaderBytes                                            int

	// Logger receives internal errors and panics (default slog.Default()).
	Logger *slog.Logger
}

// DefaultOptions returns the options New and Server use for zero fields.
func DefaultOptions() Options { return Options{}.withDefaults() }

func (o Options) withDefaults() Options {
	set := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	setDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	if o.Version == "" {
		o.Version = "dev"
	}
	set(&o.DefaultLimit, store.DefaultLimit)
	set(&o.MaxLimit, 1000)
	o.DefaultLimit = min(o.DefaultLimit, o.MaxLimit)
	set(&o.MaxQueryBytes, 2048)
	setDur(&o.Timeout, 10*time.Second)
	set(&o.MaxConcurrent, 32)
	setDur(&o.ReadHeaderTimeout, 5*time.Second)
	setDur(&o.ReadTimeout, 10*time.Second)
	setDur(&o.WriteTimeout, o.Timeout+5*time.Second)
	setDur(&o.IdleTimeout, 2*time.Minute)
	set(&o.MaxHeaderBytes, 32<<10)
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Server returns an http.Server for h listening on addr (":8080", say) with
// the timeouts and header limit of opts, so that slow or idle clients cannot
// hold connections open.
func Server(addr string, h http.Handler, opts Options) *http.Server {
	o := opts.withDefaults()
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: o.ReadHeaderTimeout,
		ReadTimeout:       o.ReadTimeout,
		WriteTimeout:      o.WriteTimeout,
		IdleTimeout:       o.IdleTimeout,
		MaxHeaderBytes:    o.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(o.Logger.Handler(), slog.LevelWarn),
	}
}

type handler struct {
	s   *store.Store
	o   Options
	sem chan struct{} // a slot per request being served
	mux *http.ServeMux
}

// New returns the API's handler over s, which may be (and for `dyad serve`
// should be) opened with store.OpenReadOnly.
func New(s *store.Store, opts Options) http.Handler {
	h := &handler{s: s, o: opts.withDefaults()}
	h.sem = make(chan struct{}, h.o.MaxConcurrent)
	h.mux = http.NewServeMux()
	h.mux.HandleFunc("GET /api/health", h.health)
	h.mux.HandleFunc("GET /api/events", h.events)
	h.mux.HandleFunc("GET /api/quotes", h.quotes)
	// {id...} so that an id holding a slash still reaches the handler.
	h.mux.HandleFunc("GET /api/documents/{id...}", h.document)
	h.mux.HandleFunc("GET /api/documents", h.document) // not the mux's redirect to .../
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: %s", r.URL.Path)
	})
	return h
}

// ServeHTTP applies the limits common to every endpoint, then routes.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.o.Logger.Error("api: panic", "path", r.URL.Path, "panic", v)
			writeError(w, http.StatusInternalServerError, "internal server error")
		}
	}()
	// The method check comes first, before routing: the mux's own 405 is
	// plain text, and the catch-all 404 route would hide it anyway.
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "method %s not allowed: the API is read-only (GET)", r.Method)
		return
	}
	if len(r.URL.RawQuery) > h.o.MaxQueryBytes {
		writeError(w, http.StatusRequestURITooLong, "query string longer than %d bytes", h.o.MaxQueryBytes)
		return
	}
	select {
	case h.sem <- struct{}{}:
		defer func() { <-h.sem }()
	default:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, "server busy: too many requests at once, retry shortly")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.o.Timeout)
	defer cancel()
	h.mux.ServeHTTP(w, r.WithContext(ctx))
}

type healthResponse struct {
	Status        string `json:"status"`
	Version       string `json:"version"`
	SchemaVersion int    `json:"schema_version"`
	Documents     int64  `json:"documents"`
	Events        int64  `json:"events"`
}

func (h *handler) health(w http.ResponseWriter, r *http.Request) {
	st, err := h.s.Stats(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, healthResponse{Status: "ok", Version: h.o.Version,
		SchemaVersion: st.SchemaVersion, Documents: st.Documents, Events: st.Events})
}

type eventsResponse struct {
	Events []store.EventRow `json:"events"`
	Count  int              `json:"count"`
	Limit  int              `json:"limit"`
	Offset int              `json:"offset"`
}

// eventParams are the query parameters /api/events knows; any other is an
// error, so that a misspelt filter is not silently ignored.
var eventParams = []string{"actor", "country", "dyad", "code", "quad", "from", "to", "text", "limit", "offset"}

// quoteParams are the query parameters /api/quotes knows.
var quoteParams = []string{"speaker", "country", "from", "to", "text", "kind", "limit", "offset"}

func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	q, err := h.parseEvents(r.URL.RawQuery)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%s", err)
		return
	}
	rows, err := h.s.Events(r.Context(), q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	n, err := h.s.Count(r.Context(), q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, eventsResponse{Events: rows, Count: n, Limit: q.Limit, Offset: q.Offset})
}

// parseEvents reads the /api/events parameters into a store.Query. The
// filters' own syntax is checked by the store, which names the parameter
// in its error.
func (h *handler) parseEvents(raw string) (store.Query, error) {
	var q store.Query
	vals, err := h.parseParams(raw, eventParams, "events", &q.Limit, &q.Offset)
	if err != nil {
		return q, err
	}
	q.Actor, q.Country, q.Dyad, q.Code = vals.Get("actor"), vals.Get("country"), vals.Get("dyad"), vals.Get("code")
	q.From, q.To, q.Text = vals.Get("from"), vals.Get("to"), vals.Get("text")
	if v := vals.Get("quad"); v != "" {
		if q.Quad, err = strconv.Atoi(v); err != nil {
			return q, fmt.Errorf("quad: want a quad class 1 to 4, got %q", v)
		}
	}
	return q, nil
}

// parseParams reads a query string whose parameters must be among known,
// each given at most once, and sets the page from its limit (default
// DefaultLimit, capped at MaxLimit) and offset; noun names what is paged
// in the error messages.
func (h *handler) parseParams(raw string, known []string, noun string, limit, offset *int) (url.Values, error) {
	*limit, *offset = h.o.DefaultLimit, 0
	vals, err := url.ParseQuery(raw)
	if err != nil {
		return nil, fmt.Errorf("malformed query string: %v", err)
	}
	for k, v := range vals {
		if !slices.Contains(known, k) {
			return nil, fmt.Errorf("unknown parameter %q (known: %s)", k, strings.Join(known, ", "))
		}
		if len(v) > 1 {
			return nil, fmt.Errorf("%s: given %d times, want at most once", k, len(v))
		}
	}
	if v := vals.Get("limit"); v != "" {
		if *limit, err = strconv.Atoi(v); err != nil || *limit < 1 {
			return nil, fmt.Errorf("limit: want a number of %s from 1 to %d, got %q", noun, h.o.MaxLimit, v)
		}
		*limit = min(*limit, h.o.MaxLimit) // capped, not refused: the response says which
	}
	if v := vals.Get("offset"); v != "" {
		if *offset, err = strconv.Atoi(v); err != nil || *offset < 0 {
			return nil, fmt.Errorf("offset: want a number of %s to skip, 0 or more, got %q", noun, v)
		}
	}
	return vals, nil
}

type quotesResponse struct {
	Quotes []store.QuoteRow `json:"quotes"`
	Count  int              `json:"count"`
	Limit  int              `json:"limit"`
	Offset int              `json:"offset"`
}

func (h *handler) quotes(w http.ResponseWriter, r *http.Request) {
	var q store.QuoteFilter
	vals, err := h.parseParams(r.URL.RawQuery, quoteParams, "quotes", &q.Limit, &q.Offset)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%s", err)
		return
	}
	q.Speaker, q.Country, q.Kind = vals.Get("speaker"), vals.Get("country"), vals.Get("kind")
	q.From, q.To, q.Text = vals.Get("from"), vals.Get("to"), vals.Get("text")
	rows, err := h.s.Quotes(r.Context(), q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	n, err := h.s.CountQuotes(r.Context(), q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, quotesResponse{Quotes: rows, Count: n, Limit: q.Limit, Offset: q.Offset})
}

func (h *handler) document(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		writeError(w, http.StatusBadRequest, "id: missing document id, want /api/documents/{id}")
		return
	}
	js, err := h.s.Document(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(js)+1))
	w.WriteHeader(http.StatusOK)
	w.Write(append(js, '\n'))
}

// fail answers an error from the store: the client's mistakes and the
// expected conditions with their status and message, anything else with a
// bare 500 and the detail in the log.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	var qe *store.QueryError
	switch {
	case errors.As(err, &qe):
		writeError(w, http.StatusBadRequest, "%s", qe)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "document %q not found", r.PathValue("id"))
	case errors.Is(r.Context().Err(), context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "request took longer than %s; narrow the query", h.o.Timeout)
	case r.Context().Err() != nil:
		// The client went away; nobody reads this.
		writeError(w, http.StatusServiceUnavailable, "request cancelled")
	default:
		h.o.Logger.Error("api: request failed", "method", r.Method, "url", r.URL.String(), "err", err)
		writeError(w, http.StatusInternalServerError, "internal server error")
	}
}

type errorResponse struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, errorResponse{Error: fmt.Sprintf(format, args...)})
}

// writeJSON encodes v in full before writing anything, so that an encoding
// failure is still a clean 500 rather than half a body.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal server error"}`)
	}
	b = append(b, '\n')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}
