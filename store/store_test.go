package store

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func TestDefaultPath(t *testing.T) {
	t.Setenv("DYAD_DB", "")
	if got := DefaultPath(); got != "dyad.db" {
		t.Errorf("DefaultPath() = %q, want dyad.db", got)
	}
	t.Setenv("DYAD_DB", "/data/events.db")
	if got := DefaultPath(); got != "/data/events.db" {
		t.Errorf("DefaultPath() with DYAD_DB = %q", got)
	}
}

func TestOpenSettings(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	// Ask every pragma on one connection: they are set per connection.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for pragma, want := range map[string]string{
		"journal_mode": "wal", "foreign_keys": "1", "synchronous": "1", "busy_timeout": "10000",
	} {
		var got string
		if err := conn.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
}

func TestMigrationsFresh(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != LatestSchemaVersion() || v < 2 {
		t.Fatalf("SchemaVersion = %d, %v; want %d (>= 2)", v, err, LatestSchemaVersion())
	}
	rows, err := s.db.QueryContext(ctx, `SELECT version, name FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var v int
		var name string
		rows.Scan(&v, &name)
		got = append(got, name)
	}
	want := []string{"documents_and_layers", "sentence_fulltext", "tone_and_quotes"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("schema_migrations names = %q, want %q", got, want)
	}
}

// TestMigrationsUpgrade stores documents in a version 1 database (which has
// no full-text index) and checks that opening it upgrades it in place and
// indexes the sentences already there.
func TestMigrationsUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := open(ctx, path, false, 1)
	if err != nil {
		t.Fatal(err)
	}
	// Put needs the full-text index of version 2; write the version 1
	// rows with its insert statements directly.
	tx, err := old.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := prepareInserts(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	var next int64 = 1
	for _, d := range corpus() {
		js, _ := d.AppendJSON(nil, doc.JSONOptions{})
		if err := st.put(ctx, d, js, InputHash(d, ""), "2024-01-01T00:00:00Z", &next); err != nil {
			t.Fatal(err)
		}
	}
	st.close()
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if v, _ := old.SchemaVersion(ctx); v != 1 {
		t.Fatalf("old database at version %d, want 1", v)
	}
	old.Close()

	// The server cannot upgrade: it says what to do.
	if _, err := OpenReadOnly(path); err == nil || !strings.Contains(err.Error(), "older") {
		t.Errorf("OpenReadOnly(v1) = %v, want an error about an older schema", err)
	}

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(ctx); v != LatestSchemaVersion() {
		t.Errorf("after upgrade version %d, want %d", v, LatestSchemaVersion())
	}
	rows, err := s.Events(ctx, Query{Text: "Nile"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].ID != "d1-e1" {
		t.Errorf("text search after upgrade = %v, want d1-e1", ids(rows))
	}
	// Quotes written at version 1 read back, their speaker without the
	// mention columns that version 3 added.
	qs, err := s.Quotes(ctx, QuoteFilter{Country: "KEN"})
	if err != nil || len(qs) != 1 || qs[0].Speaker == nil || qs[0].Speaker.Mention != nil ||
		qs[0].Speaker.Name != "William Ruto" {
		t.Errorf("quotes after upgrade = %+v, %v", qs, err)
	}
	rowCounts(t, s) // integrity of the rebuilt index
	// A second open is a no-op.
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
}

func TestMigrationsRefuseNewer(t *testing.T) {
	s, path := openTemp(t)
	_, err := s.db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00Z')`)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for name, openFn := range map[string]func(string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		_, err := openFn(path)
		if !errors.Is(err, ErrSchemaTooNew) || !strings.Contains(err.Error(), "99") {
			t.Errorf("%s(newer schema) = %v, want ErrSchemaTooNew naming version 99", name, err)
		}
	}
}

func TestOpenReadOnly(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	if _, err := OpenReadOnly(missing); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("OpenReadOnly(missing) = %v, want 'does not exist'", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenReadOnly created %s", missing)
	}

	other := filepath.Join(dir, "other.db")
	os.WriteFile(other, nil, 0o644) // an empty file is an empty SQLite database
	if _, err := OpenReadOnly(other); err == nil || !strings.Contains(err.Error(), "not a dyad database") {
		t.Errorf("OpenReadOnly(empty file) = %v, want 'not a dyad database'", err)
	}

	s, path := openTemp(t)
	put(t, s, corpus()...)
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	st, err := ro.Stats(context.Background())
	if err != nil || st.Documents != 4 || st.Events != 5 || st.SchemaVersion != LatestSchemaVersion() {
		t.Errorf("Stats = %+v, %v", st, err)
	}
	if err := ro.Put(context.Background(), corpus()); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Put on read-only store = %v, want ErrReadOnly", err)
	}
	if _, err := ro.db.Exec(`DELETE FROM documents`); err == nil {
		t.Errorf("read-only connection accepted a DELETE")
	}
}

// TestRoundTrip checks that what Put stores reads back exactly: the
// document's JSON and every field of its events.
func TestRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	docs := corpus()
	put(t, s, docs...)
	for _, d := range docs {
		got, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := d.AppendJSON(nil, doc.JSONOptions{})
		if string(got) != string(want) {
			t.Errorf("Document(%s) =\n%s\nwant\n%s", d.ID, got, want)
		}
		var back doc.Document
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("stored JSON of %s does not parse: %v", d.ID, err)
		}
	}
	rows, err := s.Events(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]doc.Event{}
	for _, d := range docs {
		for _, e := range d.Events {
			byID[e.ID] = e
		}
	}
	if len(rows) != len(byID) {
		t.Fatalf("%d events back, want %d", len(rows), len(byID))
	}
	for _, r := range rows {
		if !reflect.DeepEqual(r.Event, byID[r.ID]) {
			t.Errorf("event %s:\n got %+v\nwant %+v", r.ID, r.Event, byID[r.ID])
		}
	}
	r := rows[0] // d1-e1, the earliest
	if r.DocID != "d1" || r.DocTitle != "Ruto and Abiy meet" ||
		r.SentenceText != "On Wednesday the two had discussed water sharing on the Nile." {
		t.Errorf("first row context = %q %q %q", r.DocID, r.DocTitle, r.SentenceText)
	}

	if _, err := s.Document(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document(nope) = %v, want ErrNotFound", err)
	}
}

func TestReplaceOnReingest(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	put(t, s, corpus()...)
	first := rowCounts(t, s)

	// The same batch again changes nothing.
	put(t, s, corpus()...)
	if again := rowCounts(t, s); !reflect.DeepEqual(again, first) {
		t.Errorf("re-ingesting the same documents: %v, want %v", again, first)
	}

	// d1 again with new text, one sentence and one event.
	d1 := newDoc("d1", "2024-05-02", "Corrected", "Kenya recalled its ambassador to Ethiopia.")
	e := event(d1, 0, "161", 3, -4.0, actor(d1, "Kenya", "KENGOV", "GOV", "Kenya"),
		ptr(actor(d1, "Ethiopia", "ETHGOV", "GOV", "Ethiopia")), "recalled", "2024-05-02")
	d1.Events = []doc.Event{e}
	put(t, s, d1)
	got := rowCounts(t, s)
	want := map[string]int{"documents": 4, "sentences": first["sentences"] - 2 + 1,
		"entities": 0, "timexes": 0, "places": 0, "quotes": 0, "events": first["events"] - 2 + 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after replacing d1: %v, want %v", got, want)
	}
	for text, wantN := range map[string]int{"Nile": 0, "Nairobi": 0, "ambassador": 1} {
		n, err := s.Count(ctx, Query{Text: text})
		if err != nil || n != wantN {
			t.Errorf("Count(text %q) = %d, %v; want %d", text, n, err, wantN)
		}
	}
	js, _ := s.Document(ctx, "d1")
	if !strings.Contains(string(js), `"title":"Corrected"`) {
		t.Errorf("Document(d1) not replaced: %s", js)
	}

	// A batch holding the same id twice keeps the last.
	a, b := newDoc("dup", "", "first", "First version."), newDoc("dup", "", "second", "Second version.")
	put(t, s, a, b)
	js, _ = s.Document(ctx, "dup")
	if !strings.Contains(string(js), `"title":"second"`) {
		t.Errorf("duplicate id in one batch kept %s", js)
	}
	rowCounts(t, s)
}

func TestPutRejects(t *testing.T) {
	s, _ := openTemp(t)
	bad := newDoc("bad", "", "", "Short.")
	bad.Sentences = append(bad.Sentences, doc.Sentence{Start: 3, End: 99})
	noID := newDoc("", "", "", "No id.")
	for name, d := range map[string]*doc.Document{"span": bad, "id": noID, "nil": nil} {
		err := s.Put(context.Background(), []*doc.Document{corpus()[0], d})
		if err == nil {
			t.Errorf("%s: Put accepted a bad document", name)
		}
	}
	if st, _ := s.Stats(context.Background()); st.Documents != 0 {
		t.Errorf("a rejected batch stored %d documents", st.Documents)
	}
	if err := s.Put(context.Background(), nil); err != nil {
		t.Errorf("Put(nil) = %v", err)
	}
}

func TestUnchanged(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	docs := corpus()
	put(t, s, docs[:2]...)
	changed := newDoc("d2", "2024-05-04", "Tear gas in Lima", docs[1].Text) // date corrected
	got, err := s.Unchanged(ctx, []*doc.Document{docs[0], changed, docs[2]})
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{true, false, false}; !reflect.DeepEqual(got, want) {
		t.Errorf("Unchanged = %v, want %v", got, want)
	}
	if ok, err := s.Has(ctx, "d1", InputHash(docs[0], "")); !ok || err != nil {
		t.Errorf("Has(d1) = %v, %v", ok, err)
	}
	if ok, _ := s.Has(ctx, "d1", InputHash(changed, "")); ok {
		t.Errorf("Has(d1, other hash) = true")
	}
	// Many ids: more than one chunk of bound parameters.
	many := make([]*doc.Document, 1200)
	for i := range many {
		many[i] = docs[0]
	}
	got, err = s.Unchanged(ctx, many)
	if err != nil || len(got) != 1200 || !got[1199] {
		t.Errorf("Unchanged(1200) = %d results, %v", len(got), err)
	}
}

func ids(rows []EventRow) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

func TestFilePathAcceptsURLs(t *testing.T) {
	for in, want := range map[string]string{
		"news.db": "news.db", "/data/news.db": "/data/news.db", "sqlite:news.db": "news.db",
		"sqlite:///data/news.db": "/data/news.db", "file:news.db": "news.db", "C:news.db": "C:news.db",
	} {
		if got, err := filePath(in); err != nil || got != want {
			t.Errorf("filePath(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "postgres://db.local/dyad", "mysql://x", "sqlite:"} {
		if _, err := filePath(in); err == nil {
			t.Errorf("filePath(%q) accepted", in)
		}
	}
}
