package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// InputHash is the hash stored as documents.text_hash: a SHA-256 over the
// coder (the dyad version that coded it), the
// document's text and the header fields that change how it is coded (date,
// title, url, source, lang). A rerun compares it to decide whether a stored
// document is unchanged; a corrected publication date, which moves every
// relative date in the text, therefore counts as a change.
func InputHash(d *doc.Document, coder string) string {
	h := sha256.New()
	var n [8]byte
	// Each field is length-prefixed so that no two different documents
	// hash the same bytes ("ab"+"c" versus "a"+"bc").
	for _, f := range []string{coder, d.Text, d.Date, d.Title, d.URL, d.Source, d.Lang} {
		binary.BigEndian.PutUint64(n[:], uint64(len(f)))
		h.Write(n[:])
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Has reports whether a document with this id and InputHash is stored.
func (s *Store) Has(ctx context.Context, id, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx,
		`SELECT count(*) FROM documents WHERE id = ? AND text_hash = ?`, id, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("looking up document %s: %w", id, err)
	}
	return n > 0, nil
}

// Unchanged reports, for each document, whether the store already holds a
// document with its id and the same InputHash, so that a rerun of ingest can
// skip the pipeline for it. It looks the batch up in a few queries rather
// than one per document. The documents need only their id and input fields:
// call it before coding them.
func (s *Store) Unchanged(ctx context.Context, docs []*doc.Document) ([]bool, error) {
	stored := make(map[string]string, len(docs))
	const chunk = 500 // well under SQLite's limit on bound parameters
	for lo := 0; lo < len(docs); lo += chunk {
		hi := min(lo+chunk, len(docs))
		args := make([]any, 0, hi-lo)
		for _, d := range docs[lo:hi] {
			args = append(args, d.ID)
		}
		q := `SELECT id, text_hash FROM documents WHERE id IN (?` +
			strings.Repeat(",?", len(args)-1) + `)`
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("looking up documents: %w", err)
		}
		for rows.Next() {
			var id, hash string
			if err := rows.Scan(&id, &hash); err != nil {
				rows.Close()
				return nil, fmt.Errorf("looking up documents: %w", err)
			}
			stored[id] = hash
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("looking up documents: %w", err)
		}
	}
	out := make([]bool, len(docs))
	for i, d := range docs {
		h, ok := stored[d.ID]
		out[i] = ok && h == InputHash(d, s.Coder)
	}
	return out, nil
}

// putHook, when set by a test, runs after each document of a batch is
// written, inside the transaction.
var putHook func(i int)

// Put stores a batch of documents with all their layers in one transaction:
// either the whole batch is stored or, on any error, a cancelled context or
// a crash, none of it is. A document whose id is already stored replaces
// the old one and its layers (and full-text entries) entirely; when the
// batch holds the same id more than once, the last one is stored.
//
// Documents are checked before anything is written; one that would not
// store (no id, a sentence span outside its text) fails the batch with an
// error naming it.
func (s *Store) Put(ctx context.Context, docs []*doc.Document) error {
	if s.readOnly {
		return ErrReadOnly
	}
	for _, d := range docs {
		if err := check(d); err != nil {
			return err
		}
	}
	docs = lastOfEachID(docs)
	if len(docs) == 0 {
		return nil
	}
	// Encode before taking the write lock, so the lock is held only for
	// the inserts.
	encoded := make([][]byte, len(docs))
	ids := make([]string, len(docs))
	for i, d := range docs {
		b, err := d.AppendJSON(nil, doc.JSONOptions{})
		if err != nil {
			return err
		}
		encoded[i], ids[i] = b, d.ID
	}
	idList, err := json.Marshal(ids)
	if err != nil {
		return err
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storing documents: %w", err)
	}
	defer tx.Rollback() // no-op after Commit

	// Sentence ids are assigned here, above every id already stored, so
	// that the batch's sentences are exactly those with id > base when
	// they are indexed at the end.
	var base int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM sentences`).Scan(&base); err != nil {
		return fmt.Errorf("storing documents: %w", err)
	}
	// Remove the documents being replaced: first their full-text entries
	// (an external-content index is told what to forget, from the rows
	// still there), then the rows, which cascade to every layer.
	if _, err := tx.ExecContext(ctx, `INSERT INTO sentences_fts(sentences_fts, rowid, text)
		SELECT 'delete', id, text FROM sentences WHERE doc_id IN (SELECT value FROM json_each(?))`,
		idList); err != nil {
		return fmt.Errorf("storing documents: removing replaced full-text entries: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id IN (SELECT value FROM json_each(?))`,
		idList); err != nil {
		return fmt.Errorf("storing documents: removing replaced documents: %w", err)
	}

	st, err := prepareInserts(ctx, tx)
	if err != nil {
		return fmt.Errorf("storing documents: %w", err)
	}
	defer st.close()
	now := time.Now().UTC().Format(time.RFC3339)
	next := base + 1
	for i, d := range docs {
		if err := st.put(ctx, d, encoded[i], InputHash(d, s.Coder), now, &next); err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return fmt.Errorf("storing documents: %w", ctxErr)
			}
			return fmt.Errorf("storing document %s: %w", d.ID, err)
		}
		if putHook != nil {
			putHook(i)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sentences_fts(rowid, text)
		SELECT id, text FROM sentences WHERE id > ?`, base); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return fmt.Errorf("storing documents: %w", ctxErr)
		}
		return fmt.Errorf("storing documents: indexing sentences: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storing documents: %w", err)
	}
	return nil
}

// lastOfEachID drops every document that a later one in the batch
// replaces, so that each id is written once.
func lastOfEachID(docs []*doc.Document) []*doc.Document {
	last := make(map[string]int, len(docs))
	for i, d := range docs {
		last[d.ID] = i
	}
	if len(last) == len(docs) {
		return docs
	}
	out := make([]*doc.Document, 0, len(last))
	for i, d := range docs {
		if last[d.ID] == i {
			out = append(out, d)
		}
	}
	return out
}

// check rejects a document Put cannot store faithfully.
func check(d *doc.Document) error {
	if d == nil {
		return errors.New("storing documents: nil document")
	}
	name := d.ID
	if d.Origin != "" {
		name += " (" + d.Origin + ")"
	}
	if d.ID == "" {
		return fmt.Errorf("storing document from %q: empty id", d.Origin)
	}
	for i, sn := range d.Sentences {
		if sn.Start < 0 || sn.Start > sn.End || sn.End > len(d.Text) {
			return fmt.Errorf("storing document %s: sentence %d span [%d,%d) outside the text (%d bytes)",
				name, i, sn.Start, sn.End, len(d.Text))
		}
	}
	return nil
}

// inserts are the statements Put prepares once per batch and runs for every
// document: preparing is a noticeable share of the cost of a small insert.
type inserts struct {
	document, sentence, entity, timex, place, quote, event *sql.Stmt
	// v3 is set when the schema has the columns migration 3 added, so
	// that a test can still write a version 1 or 2 database.
	v3 bool
}

// insertTables are the table and columns each statement of inserts fills,
// in the order of its arguments.
var insertTables = map[string]struct {
	table   string
	columns []string
}{
	"document": {"documents", []string{"id", "date", "title", "url", "source", "lang",
		"dateline", "text", "json", "text_hash", "ingested_at"}},
	"sentence": {"sentences", []string{"id", "doc_id", "idx", "start", `"end"`, "paragraph", "text"}},
	"entity": {"entities", []string{"doc_id", "idx", "start", `"end"`, "text", "type",
		"actor_name", "actor_code", "actor_country", "actor_sector", "actor_id"}},
	"timex": {"timexes", []string{"doc_id", "idx", "start", `"end"`, "text", "type", "value"}},
	"place": {"places", []string{"doc_id", "idx", "start", `"end"`, "text", "name", "geonameid",
		"country", "admin1", "lat", "lon", "feature"}},
	"quote": {"quotes", []string{"doc_id", "idx", "content_start", "content_end", "content_text",
		"cue_start", "cue_end", "cue_text", "source_start", "source_end", "source_text",
		"speaker_name", "speaker_code", "speaker_country", "speaker_sector", "speaker_id", "kind"}},
	"event": {"events", []string{"doc_id", "idx", "event_id", "sentence", "cameo", "cameo_root",
		"quad_class", "goldstein", "plover", "plover_mode",
		"source_name", "source_code", "source_country", "source_sector", "source_id",
		"source_start", "source_end", "source_text",
		"target_name", "target_code", "target_country", "target_sector", "target_id",
		"target_start", "target_end", "target_text",
		"action_start", "action_end", "action_text", "date", "date_end", "date_type",
		"place_name", "place_geonameid", "place_country", "place_admin1", "place_lat", "place_lon",
		"place_feature", "place_start", "place_end", "place_text",
		"negated", "modality", "confidence"}},
}

// toneColumns are the figures of doc.Tone, added to documents and events by
// migration 3.
var toneColumns = []string{"tone", "tone_positive", "tone_negative", "tone_polarity", "tone_words"}

// v3Columns are the columns migration 3 added, which follow a statement's
// insertTables columns when the schema has them.
var v3Columns = map[string][]string{
	"document": toneColumns,
	"event":    toneColumns,
	"quote":    {"speaker_start", "speaker_end", "speaker_text"},
}

// insertSQL is the INSERT statement of one of insertTables, with the
// columns of migration 3 at the end when v3 is set.
func insertSQL(name string, v3 bool) string {
	t := insertTables[name]
	cols := t.columns
	if v3 {
		cols = append(cols[:len(cols):len(cols)], v3Columns[name]...)
	}
	return "INSERT INTO " + t.table + " (" + strings.Join(cols, ", ") + ") VALUES (?" +
		strings.Repeat(", ?", len(cols)-1) + ")"
}

func prepareInserts(ctx context.Context, tx *sql.Tx) (*inserts, error) {
	v, err := schemaVersion(ctx, tx)
	if err != nil {
		return nil, err
	}
	st := &inserts{v3: v >= 3}
	for name, dst := range map[string]**sql.Stmt{
		"document": &st.document, "sentence": &st.sentence,
		"entity": &st.entity, "timex": &st.timex, "place": &st.place,
		"quote": &st.quote, "event": &st.event,
	} {
		p, err := tx.PrepareContext(ctx, insertSQL(name, st.v3))
		if err != nil {
			st.close()
			return nil, fmt.Errorf("preparing %s insert: %w", name, err)
		}
		*dst = p
	}
	return st, nil
}

func (st *inserts) close() {
	for _, p := range []*sql.Stmt{st.document, st.sentence, st.entity,
		st.timex, st.place, st.quote, st.event} {
		if p != nil {
			p.Close()
		}
	}
}

// put inserts one document and its layers, numbering its sentences from
// *nextID on.
func (st *inserts) put(ctx context.Context, d *doc.Document, js []byte, hash, now string, nextID *int64) error {
	var dateline any
	if d.Dateline != nil {
		dateline = d.Dateline.Text
	}
	args := []any{d.ID, nullString(d.Date), d.Title, d.URL,
		d.Source, d.Lang, dateline, d.Text, js, hash, now}
	if st.v3 {
		args = append(args, toneArgs(d.Tone)...)
	}
	if _, err := st.document.ExecContext(ctx, args...); err != nil {
		return err
	}
	for i, sn := range d.Sentences {
		if _, err := st.sentence.ExecContext(ctx, *nextID, d.ID, i, sn.Start, sn.End, sn.Paragraph,
			d.Text[sn.Start:sn.End]); err != nil {
			return err
		}
		*nextID++
	}
	for i, e := range d.Entities {
		a := actorColumns(e.Actor)
		if _, err := st.entity.ExecContext(ctx, d.ID, i, e.Start, e.End, e.Text, e.Type,
			a[0], a[1], a[2], a[3], a[4]); err != nil {
			return err
		}
	}
	for i, t := range d.Timexes {
		if _, err := st.timex.ExecContext(ctx, d.ID, i, t.Start, t.End, t.Text, t.Type,
			t.Value); err != nil {
			return err
		}
	}
	for i, p := range d.Places {
		if _, err := st.place.ExecContext(ctx, d.ID, i, p.Start, p.End, p.Text, p.Name,
			p.GeonameID, p.Country, p.Admin1, p.Lat, p.Lon, p.Feature); err != nil {
			return err
		}
	}
	for i, q := range d.Quotes {
		cue, src := spanColumns(q.Cue), spanColumns(q.Source)
		a := actorColumns(q.Speaker)
		args := []any{d.ID, i, q.Content.Start, q.Content.End, q.Content.Text,
			cue[0], cue[1], cue[2], src[0], src[1], src[2],
			a[0], a[1], a[2], a[3], a[4], q.Kind}
		if st.v3 {
			var m [3]any
			if q.Speaker != nil {
				m = mentionColumns(q.Speaker.Mention)
			}
			args = append(args, m[:]...)
		}
		if _, err := st.quote.ExecContext(ctx, args...); err != nil {
			return err
		}
	}
	for i := range d.Events {
		args := eventArgs(d.ID, i, &d.Events[i])
		if st.v3 {
			args = append(args, toneArgs(d.Events[i].Tone)...)
		}
		if _, err := st.event.ExecContext(ctx, args...); err != nil {
			return err
		}
	}
	return nil
}

// eventArgs are the values of one events row, in insertTables["event"]
// order (the tone columns are added by put).
func eventArgs(docID string, idx int, e *doc.Event) []any {
	src := actorColumns(&e.Source)
	srcM := mentionColumns(e.Source.Mention)
	tgt := actorColumns(e.Target)
	var tgtM [3]any
	if e.Target != nil {
		tgtM = mentionColumns(e.Target.Mention)
	}
	var pl [10]any
	if p := e.Place; p != nil {
		pl = [10]any{p.Name, p.GeonameID, p.Country, p.Admin1, p.Lat, p.Lon, p.Feature,
			p.Start, p.End, p.Text}
	}
	args := []any{docID, idx, e.ID, e.Sentence, e.Cameo, e.CameoRoot,
		e.QuadClass, e.Goldstein, e.Plover, e.PloverMode}
	args = append(args, src[:]...)
	args = append(args, srcM[:]...)
	args = append(args, tgt[:]...)
	args = append(args, tgtM[:]...)
	args = append(args, e.Action.Start, e.Action.End, e.Action.Text,
		nullString(e.Date), nullString(e.DateEnd), e.DateType)
	args = append(args, pl[:]...)
	return append(args, e.Negated, e.Modality, e.Confidence)
}

// toneArgs are the values of toneColumns; all NULL for no tone.
func toneArgs(t *doc.Tone) []any {
	if t == nil {
		return []any{nil, nil, nil, nil, nil}
	}
	return []any{t.Tone, t.Positive, t.Negative, t.Polarity, t.Words}
}

// actorColumns are name, code, country, sector, id; all NULL for no actor.
func actorColumns(a *doc.Actor) [5]any {
	if a == nil {
		return [5]any{}
	}
	return [5]any{a.Name, a.Code, a.Country, a.Sector, a.ID}
}

// mentionColumns are start, end, text; all NULL for no mention.
func mentionColumns(m *doc.Mention) [3]any {
	if m == nil {
		return [3]any{}
	}
	return [3]any{m.Start, m.End, m.Text}
}

// spanColumns are start, end, text; all NULL for no span.
func spanColumns(s *doc.Span) [3]any {
	if s == nil {
		return [3]any{}
	}
	return [3]any{s.Start, s.End, s.Text}
}

// nullString stores "" as NULL, for the columns where empty means unknown.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
