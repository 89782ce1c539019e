package api

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/store"
)

// testDocs are two invented stories: d1 with a KEN->ETH and an ETH->KEN
// event, d2 with a PER event and no target.
func testDocs() []*doc.Document {
	text1 := "Kenya and Ethiopia signed a water accord in Nairobi. Ethiopia later praised Kenya."
	d1 := &doc.Document{ID: "d1", Date: "2024-05-02", Title: "Water accord", Text: text1,
		Sentences: []doc.Sentence{{Start: 0, End: 52}, {Start: 53, End: len(text1)}}}
	ken := doc.Actor{Name: "Kenya", Code: "KENGOV", Country: "KEN", Sector: "GOV"}
	eth := doc.Actor{Name: "Ethiopia", Code: "ETHGOV", Country: "ETH", Sector: "GOV"}
	d1.Events = []doc.Event{
		{ID: "d1-e0", Sentence: 0, Cameo: "057", CameoRoot: "05", QuadClass: 1, Goldstein: 8,
			Source: ken, Target: &eth, Action: d1.SpanOf(19, 25), Date: "2024-05-02", DateType: "exact",
			Modality: "asserted", Confidence: 0.9},
		{ID: "d1-e1", Sentence: 1, Cameo: "051", CameoRoot: "05", QuadClass: 1, Goldstein: 3.4,
			Source: eth, Target: &ken, Action: d1.SpanOf(68, 75), Date: "2024-05-03", DateType: "exact",
			Modality: "asserted", Confidence: 0.7},
	}
	text2 := "Police dispersed a march in Lima."
	d2 := &doc.Document{ID: "d2", Date: "2024-06-01", Title: "March", Text: text2,
		Sentences: []doc.Sentence{{Start: 0, End: len(text2)}}}
	d2.Events = []doc.Event{{ID: "d2-e0", Cameo: "175", CameoRoot: "17", QuadClass: 4, Goldstein: -9,
		Source: doc.Actor{Name: "Police", Code: "PERCOP", Country: "PER", Sector: "COP"},
		Action: d2.SpanOf(7, 16), Date: "2024-06-01", DateType: "unresolved", Modality: "asserted"}}
	return []*doc.Document{d1, d2}
}

// newTestServer stores testDocs in a new database, reopens it read-only as
// dyad serve does, and serves the API over it.
func newTestServer(t *testing.T, opts Options) (*httptest.Server, *store.Store) {
	t.Helper()
	return serveDocs(t, opts, testDocs())
}

// serveDocs is newTestServer over the given documents.
func serveDocs(t *testing.T, opts Options, docs []*doc.Document) (*httptest.Server, *store.Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dyad.db")
	w, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	w.Close()
	s, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	opts.Version = "1.2.3"
	srv := httptest.NewServer(New(s, opts))
	t.Cleanup(srv.Close)
	return srv, s
}

// get fetches path and decodes the JSON body into a map, checking the
// status and the content type.
func get(t *testing.T, srv *httptest.Server, method, path string, wantStatus int) map[string]any {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, nil)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != wantStatus {
		t.Fatalf("%s %s: status %d, want %d; body %s", method, path, resp.StatusCode, wantStatus, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, path, ct)
	}
	var m map[string]any
	if method != http.MethodHead {
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatalf("%s %s: body is not a JSON object: %s", method, path, body)
		}
	}
	return m
}

func TestHealth(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	m := get(t, srv, "GET", "/api/health", 200)
	want := map[string]any{"status": "ok", "version": "1.2.3", "documents": 2.0, "events": 3.0,
		"schema_version": float64(store.LatestSchemaVersion())}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("health %s = %v, want %v", k, m[k], v)
		}
	}
	get(t, srv, "HEAD", "/api/health", 200)
}

func eventIDs(m map[string]any) []string {
	out := []string{}
	for _, e := range m["events"].([]any) {
		out = append(out, e.(map[string]any)["id"].(string))
	}
	return out
}

func TestEvents(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	tests := []struct {
		query string
		want  string
		count int
	}{
		{"", "d1-e0 d1-e1 d2-e0", 3},
		{"?actor=ken", "d1-e0 d1-e1", 2},
		{"?actor=police", "d2-e0", 1},
		{"?country=PER", "d2-e0", 1},
		{"?dyad=KEN-ETH", "d1-e0 d1-e1", 2},
		{"?dyad=ETH-KEN", "d1-e0 d1-e1", 2},
		{"?code=05", "d1-e0 d1-e1", 2},
		{"?code=051", "d1-e1", 1},
		{"?quad=4", "d2-e0", 1},
		{"?from=2024-05-03&to=2024-05-31", "d1-e1", 1},
		{"?text=praised", "d1-e1", 1},
		{"?text=%22water+accord%22", "d1-e0", 1},
		{"?text=Nile", "", 0},
		{"?limit=1", "d1-e0", 3},
		{"?limit=1&offset=2", "d2-e0", 3},
		{"?actor=&country=", "d1-e0 d1-e1 d2-e0", 3}, // empty filters are no filters
	}
	for _, tt := range tests {
		m := get(t, srv, "GET", "/api/events"+tt.query, 200)
		if got := strings.Join(eventIDs(m), " "); got != tt.want {
			t.Errorf("%s: events %q, want %q", tt.query, got, tt.want)
		}
		if m["count"] != float64(tt.count) {
			t.Errorf("%s: count %v, want %d", tt.query, m["count"], tt.count)
		}
	}
	// The shape of one event: the contract's fields plus the context.
	m := get(t, srv, "GET", "/api/events?code=051", 200)
	e := m["events"].([]any)[0].(map[string]any)
	if e["doc_id"] != "d1" || e["sentence_text"] != "Ethiopia later praised Kenya." ||
		e["cameo"] != "051" || e["source"].(map[string]any)["code"] != "ETHGOV" {
		t.Errorf("event = %v", e)
	}
	if m["limit"] != 100.0 || m["offset"] != 0.0 {
		t.Errorf("default limit/offset = %v/%v", m["limit"], m["offset"])
	}
	m = get(t, srv, "GET", "/api/events?country=BRA", 200)
	if ev, ok := m["events"].([]any); !ok || len(ev) != 0 {
		t.Errorf("no match gives events %v, want []", m["events"])
	}
}

func TestEventsLimitCap(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	m := get(t, srv, "GET", "/api/events?limit=5000", 200)
	if m["limit"] != 1000.0 {
		t.Errorf("limit=5000 answered with limit %v, want the cap 1000", m["limit"])
	}
	srv, _ = newTestServer(t, Options{MaxLimit: 2})
	m = get(t, srv, "GET", "/api/events?limit=3", 200)
	if m["limit"] != 2.0 || len(eventIDs(m)) != 2 || m["count"] != 3.0 {
		t.Errorf("MaxLimit 2, limit=3: limit %v, %d events, count %v", m["limit"], len(eventIDs(m)), m["count"])
	}
	m = get(t, srv, "GET", "/api/events", 200)
	if m["limit"] != 2.0 {
		t.Errorf("default limit above MaxLimit not capped: %v", m["limit"])
	}
}

func TestEventsBadParameters(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for query, param := range map[string]string{
		"quad=x":                        "quad",
		"quad=7":                        "quad",
		"from=2024-5-1":                 "from",
		"to=tomorrow":                   "to",
		"from=2024-06-01&to=2024-05-01": "to",
		"dyad=KEN":                      "dyad",
		"country=K%20N":                 "country",
		"code=abc":                      "code",
		"text=%22unbalanced":            "text",
		"limit=0":                       "limit",
		"limit=-3":                      "limit",
		"limit=ten":                     "limit",
		"offset=-1":                     "offset",
		"offset=x":                      "offset",
		"contry=KEN":                    "contry",
		"actor=a&actor=b":               "actor",
		"actor=%zz":                     "malformed",
	} {
		m := get(t, srv, "GET", "/api/events?"+query, 400)
		msg, _ := m["error"].(string)
		if !strings.Contains(msg, param) {
			t.Errorf("?%s: error %q does not name %s", query, msg, param)
		}
	}
}

func TestDocument(t *testing.T) {
	srv, s := newTestServer(t, Options{})
	resp, err := srv.Client().Get(srv.URL + "/api/documents/d1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	want, _ := s.Document(context.Background(), "d1")
	if resp.StatusCode != 200 || strings.TrimSpace(string(body)) != string(want) {
		t.Errorf("GET d1: %d %s\nwant %s", resp.StatusCode, body, want)
	}
	var d doc.Document
	if err := json.Unmarshal(body, &d); err != nil || d.ID != "d1" || len(d.Events) != 2 {
		t.Errorf("document does not read back: %v %+v", err, d)
	}

	m := get(t, srv, "GET", "/api/documents/nope", 404)
	if !strings.Contains(m["error"].(string), "nope") {
		t.Errorf("404 error = %v", m["error"])
	}
	get(t, srv, "GET", "/api/documents/", 400)
	get(t, srv, "GET", "/api/documents", 400)
	m = get(t, srv, "GET", "/api/documents/a%2Fb", 404) // ids may hold a slash
	if !strings.Contains(m["error"].(string), `"a/b"`) {
		t.Errorf("escaped slash in id: %v", m["error"])
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	get(t, srv, "GET", "/api/nothing", 404)
	get(t, srv, "GET", "/", 404)
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS"} {
		for _, path := range []string{"/api/events", "/api/documents/d1", "/api/health", "/elsewhere"} {
			req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(`{"x":1}`))
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" ||
				!strings.Contains(string(body), `"error"`) {
				t.Errorf("%s %s: %d Allow=%q %s", method, path, resp.StatusCode, resp.Header.Get("Allow"), body)
			}
		}
	}
}

func TestQueryLengthCap(t *testing.T) {
	srv, _ := newTestServer(t, Options{MaxQueryBytes: 100})
	get(t, srv, "GET", "/api/events?text="+strings.Repeat("a", 100), 414)
	get(t, srv, "GET", "/api/events?text="+strings.Repeat("a", 50), 200)
}

func TestBusy(t *testing.T) {
	_, s := newTestServer(t, Options{})
	h := New(s, Options{MaxConcurrent: 1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).(*handler)
	h.sem <- struct{}{} // one request in flight
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/health", nil))
	if rec.Code != 503 || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "busy") {
		t.Errorf("full server: %d %q %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	<-h.sem
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/health", nil))
	if rec.Code != 200 {
		t.Errorf("after the slot is freed: %d %s", rec.Code, rec.Body)
	}
}

func TestTimeout(t *testing.T) {
	srv, _ := newTestServer(t, Options{Timeout: time.Nanosecond})
	m := get(t, srv, "GET", "/api/events", 503)
	if !strings.Contains(m["error"].(string), "longer than") {
		t.Errorf("timeout error = %v", m["error"])
	}
}

// TestInternalError checks that a failure inside the store is a bare 500:
// the client learns nothing of the database or the file system.
func TestInternalError(t *testing.T) {
	srv, s := newTestServer(t, Options{})
	s.Close()
	for _, path := range []string{"/api/health", "/api/events", "/api/documents/d1"} {
		m := get(t, srv, "GET", path, 500)
		if m["error"] != "internal server error" {
			t.Errorf("%s: error %q leaks detail", path, m["error"])
		}
	}
}

func TestServer(t *testing.T) {
	srv := Server(":8080", http.NotFoundHandler(), Options{Timeout: 20 * time.Second})
	if srv.Addr != ":8080" || srv.ReadHeaderTimeout != 5*time.Second || srv.ReadTimeout != 10*time.Second ||
		srv.WriteTimeout != 25*time.Second || srv.IdleTimeout != 2*time.Minute || srv.MaxHeaderBytes != 32<<10 {
		t.Errorf("Server = %+v", srv)
	}
	srv = Server(":9", nil, Options{ReadTimeout: time.Second, MaxHeaderBytes: 4096})
	if srv.ReadTimeout != time.Second || srv.MaxHeaderBytes != 4096 || srv.WriteTimeout != 15*time.Second {
		t.Errorf("Server with options = %+v", srv)
	}
}

// TestPanic checks that a panic in a handler is a JSON 500, not a dropped
// connection, and that the server goes on.
func TestPanic(t *testing.T) {
	h := New(nil, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}) // a nil store panics
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/health", nil))
	if rec.Code != 500 || strings.TrimSpace(rec.Body.String()) != `{"error":"internal server error"}` {
		t.Errorf("panic: %d %s", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/nothing", nil))
	if rec.Code != 404 {
		t.Errorf("after a panic: %d", rec.Code)
	}
}
