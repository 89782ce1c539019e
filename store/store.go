// Package store keeps coded documents in an embedded SQLite database and
// answers the event and quote queries behind `dyad events`, `dyad quotes`
// and `dyad serve`.
//
// # Location
//
// The database is one file (plus SQLite's -wal and -shm files beside it while
// it is open). [DefaultPath] is "dyad.db" in the current directory, or the
// value of the environment variable DYAD_DB when that is set and not empty.
//
// # Connection settings
//
// [Open] uses write-ahead logging (readers never block the writer and a
// reader sees the last committed batch), synchronous=NORMAL (a power loss may
// lose the last commits but never corrupts the file; a process crash loses
// nothing committed), foreign keys on (child rows cascade when a document is
// deleted), a busy timeout so that concurrent processes wait for each other
// instead of failing, and IMMEDIATE transactions so that two writers queue on
// the write lock up front rather than deadlocking halfway. [OpenReadOnly]
// opens an existing file with mode=ro, for queries and the HTTP server.
//
// # Schema
//
// The schema is versioned: table schema_migrations records each migration
// applied (version, name, applied_at). The migrations are the numbered files
// in migrations/, embedded in the binary and applied in order, each in its
// own transaction, so an older database is upgraded in place by [Open] and a
// failed migration leaves the database at the previous version. A database
// whose version is newer than this binary knows is refused with
// [ErrSchemaTooNew] rather than written with an older idea of the schema.
//
// Tables (see migrations/*.sql for every column):
//
//   - documents: one row per document: id (primary key), date, title, url,
//     source, lang, dateline, text, json (the document's contract JSON, text
//     included, tokens left out, returned verbatim by [Store.Document]),
//     text_hash ([InputHash], for skipping unchanged input), ingested_at and
//     the tone figures (tone, tone_positive, tone_negative, tone_polarity,
//     tone_words; NULL when the document has no tone).
//   - sentences: doc_id, idx, start, end, paragraph, text; sentences_fts is
//     an FTS5 index over their text, kept in step by Store.Put.
//   - entities, timexes, places, quotes: one row per item of each layer, with
//     spans and flattened actor, speaker (with its mention) and gazetteer
//     fields.
//   - events: one row per event with every field of doc.Event flattened into
//     columns (source_* and target_* actors, action span, dates, place_*,
//     negated, modality, confidence, and the tone of its sentence), indexed
//     for the query filters.
//
// Every child row references documents(id) ON DELETE CASCADE. [Store.Put]
// replaces a document that is already stored: it removes its full-text
// entries and deletes the old row, which removes its layers, then inserts
// the new one, all inside the batch's single transaction. Tokens and
// paragraphs are not stored: they are bulky and no query needs them.
//
// # Queries
//
// [Query] holds the filters of `dyad events` and GET /api/events; all given
// filters must hold. Results are ordered by event date, document id and
// event index, so paging with Limit and Offset is deterministic.
// [QuoteFilter] is the same for `dyad quotes` and GET /api/quotes, ordered
// by document date, document id and quote index.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// busyTimeout is how long a connection waits for another process's lock
// before giving up with SQLITE_BUSY. Ingest batches are short, so a few
// seconds covers a concurrent writer finishing its batch.
const busyTimeout = 10 * time.Second

// ErrSchemaTooNew is returned (wrapped) by Open and OpenReadOnly for a
// database written by a newer dyad whose schema this binary does not know.
var ErrSchemaTooNew = errors.New("database schema is newer than this dyad supports")

// ErrNotFound is returned (wrapped) by Store.Document for an unknown id.
var ErrNotFound = errors.New("not found")

// ErrReadOnly is returned by Store.Put on a store from OpenReadOnly.
var ErrReadOnly = errors.New("store is open read-only")

// Store is an open dyad database. It is safe for concurrent use.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool

	// Coder names the program that coded the documents (dyad's version). It
	// is part of each stored document's hash, so a new version recodes
	// documents that an old one stored, while a rerun of the same version
	// skips them.
	Coder string
}

// DefaultPath returns the database path used when none is given: the
// environment variable DYAD_DB when set, otherwise "dyad.db" in the current
// directory.
func DefaultPath() string {
	if p := os.Getenv("DYAD_DB"); p != "" {
		return p
	}
	return "dyad.db"
}

// Open opens the database at path for reading and writing, creating it when
// it does not exist, and brings its schema up to date.
func Open(path string) (*Store, error) {
	return open(context.Background(), path, false, len(migrations))
}

// OpenReadOnly opens an existing database for queries only. It does not
// create the file and does not migrate: a database at an older schema
// version must first be opened once with Open (by `dyad ingest`, say).
func OpenReadOnly(path string) (*Store, error) {
	return open(context.Background(), path, true, len(migrations))
}

// filePath accepts a database given as a plain path or as a URL of the
// embedded kind ("sqlite:news.db", "sqlite:///data/news.db", "file:news.db"),
// and names the kinds that are not supported yet rather than creating a
// file called "postgres://…".
func filePath(db string) (string, error) {
	if db == "" {
		return "", errors.New("store: empty database path")
	}
	scheme, rest, ok := strings.Cut(db, ":")
	if !ok || len(scheme) < 2 || strings.ContainsAny(scheme, `/\.`) {
		return db, nil // a path (a one-letter "scheme" is a Windows drive)
	}
	switch strings.ToLower(scheme) {
	case "sqlite", "sqlite3", "file":
		rest = strings.TrimPrefix(rest, "//")
		if rest == "" {
			return "", fmt.Errorf("store: %q names no file", db)
		}
		return rest, nil
	case "postgres", "postgresql":
		return "", fmt.Errorf("store: %q: PostgreSQL is not supported yet; give a SQLite file path", db)
	}
	return "", fmt.Errorf("store: %q: unknown database kind %q; give a SQLite file path", db, scheme)
}

// open is Open and OpenReadOnly; target is the schema version to migrate to,
// less than the latest only in tests that build old databases.
func open(ctx context.Context, path string, readOnly bool, target int) (*Store, error) {
	path, err := filePath(path)
	if err != nil {
		return nil, err
	}
	if readOnly {
		// mode=ro would also refuse a missing file, but with SQLite's
		// "unable to open database file", which does not say why.
		if _, err := os.Stat(path); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("database %s does not exist (create it with dyad ingest, or set DYAD_DB)", path)
			}
			return nil, fmt.Errorf("database %s: %w", path, err)
		}
	}
	dsn, err := dataSourceName(path, readOnly)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	// WAL lets readers run beside the one writer; a handful of connections
	// per CPU is plenty since each query is CPU-bound inside SQLite.
	db.SetMaxOpenConns(max(4, 2*runtime.NumCPU()))
	db.SetMaxIdleConns(max(4, 2*runtime.NumCPU()))
	db.SetConnMaxIdleTime(5 * time.Minute)

	s := &Store{db: db, path: path, readOnly: readOnly}
	if readOnly {
		err = s.checkVersion(ctx)
	} else {
		err = migrate(ctx, db, target)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	return s, nil
}

// dataSourceName builds the driver's URI for path. The "file:" form makes
// SQLite itself honour mode=ro; the underscore parameters are the driver's,
// run on every new connection of the pool so that each one has the same
// settings (foreign_keys in particular is per connection).
func dataSourceName(path string, readOnly bool) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("database %s: %w", path, err)
	}
	abs = filepath.ToSlash(abs)
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // a Windows drive path, file:///C:/...
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	if readOnly {
		q.Set("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
	}
	u := url.URL{Scheme: "file", Path: abs, RawQuery: q.Encode()}
	return u.String(), nil
}

// checkVersion refuses a read-only database whose schema is not the one
// this binary queries.
func (s *Store) checkVersion(ctx context.Context) error {
	v, err := schemaVersion(ctx, s.db)
	if err != nil {
		return err
	}
	switch {
	case v == 0:
		return errors.New("not a dyad database (no schema_migrations table)")
	case v > len(migrations):
		return fmt.Errorf("%w: schema version %d, this dyad knows up to %d; use a newer dyad", ErrSchemaTooNew, v, len(migrations))
	case v < len(migrations):
		return fmt.Errorf("schema version %d is older than this dyad's %d; open it read-write once (dyad ingest) to upgrade it", v, len(migrations))
	}
	return nil
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close closes the database. With WAL, closing the last connection also
// checkpoints the log into the main file. A writable store first runs
// PRAGMA optimize, which refreshes the statistics the query planner uses
// to choose between the indexes once the tables have grown.
func (s *Store) Close() error {
	if !s.readOnly {
		s.db.Exec(`PRAGMA optimize`) // best effort: a failure loses nothing
	}
	return s.db.Close()
}

// SchemaVersion returns the schema version of the open database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	return schemaVersion(ctx, s.db)
}

// Stats are the totals reported by health checks.
type Stats struct {
	Documents     int64 `json:"documents"`
	Events        int64 `json:"events"`
	Sentences     int64 `json:"sentences"`
	SchemaVersion int   `json:"schema_version"`
}

// Stats counts the stored documents, events and sentences.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx,
		`SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM sentences)`).
		Scan(&st.Documents, &st.Events, &st.Sentences)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.SchemaVersion, err = schemaVersion(ctx, s.db)
	return st, err
}
