package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// DefaultLimit is the number of events a query returns when Limit is 0.
const DefaultLimit = 100

// Query selects events; every filter given must hold. The zero Query
// selects all events, DefaultLimit at a time. The field names are the names
// of the `dyad events` flags and of the /api/events parameters, and a
// *QueryError names the one that is wrong.
type Query struct {
	// Actor matches an event whose source or target actor code starts with
	// it ("KEN" matches KEN and KENGOV), or whose actor name contains it;
	// case-insensitive (ASCII letters).
	Actor string
	// Country matches an event whose source or target country is it.
	Country string
	// Dyad "KEN-ETH" matches events between the two countries, in either
	// direction.
	Dyad string
	// Code matches CAMEO codes starting with it: "04" matches 040, 042, ...
	Code string
	// Quad is the quad class, 1 to 4; 0 means any.
	Quad int
	// From and To bound the event date, inclusive, as YYYY-MM-DD.
	From, To string
	// Text is a full-text search over the sentence the event was coded
	// from. Words must all occur, in any order; "double quotes" make a
	// phrase; a trailing * makes a prefix (negot*). Words are matched
	// literally: AND, OR, NOT, NEAR and other FTS5 syntax have no special
	// meaning.
	Text string
	// Limit is the most events returned (0 = DefaultLimit); Offset skips
	// that many first. The caller caps Limit.
	Limit, Offset int
}

// QueryError is a Query filter that does not parse. Param is the filter's
// flag or parameter name (actor, country, dyad, code, quad, from, to, text,
// limit, offset).
type QueryError struct {
	Param string
	Msg   string
}

func (e *QueryError) Error() string { return e.Param + ": " + e.Msg }

func badParam(param, format string, args ...any) error {
	return &QueryError{Param: param, Msg: fmt.Sprintf(format, args...)}
}

// EventRow is one stored event with the document and sentence it comes from.
// Its JSON form is the contract's Event object plus doc_id, doc_title and
// sentence_text.
type EventRow struct {
	doc.Event
	DocID        string `json:"doc_id"`
	DocTitle     string `json:"doc_title"`
	SentenceText string `json:"sentence_text"`
}

// filter is a Query compiled to a WHERE clause over events e and, for a
// text search, the full-text index.
type filter struct {
	where []string
	args  []any
	text  bool // the clause has a MATCH on sentences_fts
}

func (f *filter) add(clause string, args ...any) {
	f.where = append(f.where, clause)
	f.args = append(f.args, args...)
}

// from is the FROM clause: events e with the document d and the sentence s
// each event comes from. A text search starts from the full-text index so
// that SQLite looks up only the matching sentences' events, rather than
// scanning every event and probing the index for each.
func (f *filter) from() string {
	if f.text {
		return ` FROM sentences_fts
			JOIN sentences s ON s.id = sentences_fts.rowid
			JOIN events e ON e.doc_id = s.doc_id AND e.sentence = s.idx
			JOIN documents d ON d.id = e.doc_id`
	}
	return ` FROM events e
		JOIN documents d ON d.id = e.doc_id
		LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence`
}

func (f *filter) sql() string {
	if len(f.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(f.where, " AND ")
}

// compile checks q and turns it into SQL. User input only ever reaches the
// database as bound parameters; LIKE patterns escape % and _, and the text
// search is rewritten into quoted FTS5 strings (ftsQuery).
func (q *Query) compile() (*filter, error) {
	f := &filter{}
	if a := strings.TrimSpace(q.Actor); a != "" {
		code := likeEscape(a) + "%"
		name := "%" + likeEscape(a) + "%"
		f.add(`(e.source_code LIKE ? ESCAPE '\' OR e.target_code LIKE ? ESCAPE '\'
			OR e.source_name LIKE ? ESCAPE '\' OR e.target_name LIKE ? ESCAPE '\')`,
			code, code, name, name)
	}
	if c := strings.TrimSpace(q.Country); c != "" {
		if !isCode(c) {
			return nil, badParam("country", "want a country code such as KEN, got %q", q.Country)
		}
		f.add(`(e.source_country = ? OR e.target_country = ?)`, c, c)
	}
	if d := strings.TrimSpace(q.Dyad); d != "" {
		a, b, ok := strings.Cut(d, "-")
		if !ok || !isCode(a) || !isCode(b) {
			return nil, badParam("dyad", "want two country codes joined by '-', such as KEN-ETH, got %q", q.Dyad)
		}
		f.add(`((e.source_country = ? AND e.target_country = ?)
			OR (e.source_country = ? AND e.target_country = ?))`, a, b, b, a)
	}
	if c := strings.TrimSpace(q.Code); c != "" {
		if len(c) > 4 || strings.Trim(c, "0123456789") != "" {
			return nil, badParam("code", "want a CAMEO code or prefix of 1 to 4 digits such as 04 or 042, got %q", q.Code)
		}
		// A range rather than LIKE: cameo is a BINARY column, and
		// "04" <= cameo < "05" uses its index.
		f.add(`e.cameo >= ? AND e.cameo < ?`, c, prefixEnd(c))
	}
	if q.Quad < 0 || q.Quad > 4 {
		return nil, badParam("quad", "want a quad class 1 to 4 (or 0 for any), got %d", q.Quad)
	}
	if q.Quad != 0 {
		f.add(`e.quad_class = ?`, q.Quad)
	}
	if err := f.dateRange("e.date", q.From, q.To); err != nil {
		return nil, err
	}
	if strings.TrimSpace(q.Text) != "" {
		m, err := ftsQuery(q.Text)
		if err != nil {
			return nil, err
		}
		f.text = true
		f.add(`sentences_fts MATCH ?`, m)
	}
	if err := checkPage(q.Limit, q.Offset); err != nil {
		return nil, err
	}
	return f, nil
}

// dateRange adds the filters from and to (the parameters of those names,
// inclusive YYYY-MM-DD dates, either may be empty) on a date column.
func (f *filter) dateRange(column, from, to string) error {
	from, err := parseDate("from", from)
	if err != nil {
		return err
	}
	to, err = parseDate("to", to)
	if err != nil {
		return err
	}
	if from != "" && to != "" && from > to {
		return badParam("to", "%s is before from %s", to, from)
	}
	if from != "" {
		f.add(column+` >= ?`, from)
	}
	if to != "" {
		// Dates are YYYY-MM-DD, so the whole last day is <= to; a longer
		// value (a time) on that day still sorts after it, hence the
		// bound on the next day instead.
		f.add(column+` < ?`, nextDay(to))
	}
	return nil
}

// checkPage checks the limit and offset parameters.
func checkPage(limit, offset int) error {
	if limit < 0 {
		return badParam("limit", "must not be negative, got %d", limit)
	}
	if offset < 0 {
		return badParam("offset", "must not be negative, got %d", offset)
	}
	return nil
}

// isCode accepts a country, region or IGO code: 1 to 8 ASCII letters or
// digits. The check is for clear errors ("KEN ETH" as a dyad), not safety.
func isCode(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	for _, r := range s {
		if !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// prefixEnd is the smallest string of digits greater than every string
// starting with the digit string p: "04" -> "05", "09" -> "0:" (':' follows
// '9' in ASCII), so [p, prefixEnd(p)) is exactly the strings with prefix p.
func prefixEnd(p string) string {
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}

func parseDate(param, s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", badParam(param, "want a date YYYY-MM-DD, got %q", s)
	}
	return s, nil
}

func nextDay(date string) string {
	t, _ := time.Parse(time.DateOnly, date) // checked by parseDate
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

// likeEscape escapes LIKE's wildcards so user input matches literally.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// ftsQuery turns the user's search text into an FTS5 query in which every
// word and phrase is a quoted string, so FTS5 operators and punctuation in
// the input are matched as text, never parsed as query syntax:
//
//	talks "prime minister" negot*  ->  "talks" "prime minister" "negot"*
//
// An unbalanced double quote is an error rather than a guess.
func ftsQuery(text string) (string, error) {
	var terms []string
	quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	rest := text
	for {
		rest = strings.TrimLeft(rest, " \t\r\n")
		if rest == "" {
			break
		}
		var term string
		if rest[0] == '"' {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				return "", badParam("text", "unbalanced double quote in %q", text)
			}
			term, rest = rest[1:1+end], rest[2+end:]
			if strings.TrimSpace(term) == "" {
				continue
			}
		} else {
			end := strings.IndexAny(rest, " \t\r\n\"")
			if end < 0 {
				end = len(rest)
			}
			term, rest = rest[:end], rest[end:]
		}
		prefix := false
		if strings.HasPrefix(rest, "*") {
			prefix, rest = true, rest[1:]
		} else if t := strings.TrimRight(term, "*"); t != term && t != "" {
			prefix, term = true, t
		}
		q := quote(term)
		if prefix {
			q += "*"
		}
		terms = append(terms, q)
	}
	if len(terms) == 0 {
		return "", badParam("text", "nothing to search for in %q", text)
	}
	return strings.Join(terms, " "), nil
}

// eventColumns are read by scanEvent, in this order.
const eventColumns = `e.doc_id, d.title, coalesce(s.text, ''),
	e.event_id, e.sentence, e.cameo, e.cameo_root, e.quad_class, e.goldstein,
	e.plover, e.plover_mode,
	e.source_name, e.source_code, e.source_country, e.source_sector, e.source_id,
	e.source_start, e.source_end, e.source_text,
	e.target_name, e.target_code, e.target_country, e.target_sector, e.target_id,
	e.target_start, e.target_end, e.target_text,
	e.action_start, e.action_end, e.action_text,
	coalesce(e.date, ''), coalesce(e.date_end, ''), e.date_type,
	e.place_name, e.place_geonameid, e.place_country, e.place_admin1,
	e.place_lat, e.place_lon, e.place_feature, e.place_start, e.place_end, e.place_text,
	e.negated, e.modality, e.confidence,
	e.tone, e.tone_positive, e.tone_negative, e.tone_polarity, e.tone_words`

// Events returns the events q selects, ordered by date, document id and
// event index. A bad filter is a *QueryError.
func (s *Store) Events(ctx context.Context, q Query) ([]EventRow, error) {
	f, err := q.compile()
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	query := `SELECT ` + eventColumns + f.from() + f.sql() + `
		ORDER BY e.date, e.doc_id, e.idx
		LIMIT ? OFFSET ?`
	rows, err := s.db.QueryContext(ctx, query, append(f.args, limit, q.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("querying events: %w", err)
	}
	defer rows.Close()
	out := []EventRow{}
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("querying events: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying events: %w", err)
	}
	return out, nil
}

// Count returns how many events q selects in all, ignoring Limit and Offset.
func (s *Store) Count(ctx context.Context, q Query) (int, error) {
	f, err := q.compile()
	if err != nil {
		return 0, err
	}
	// Counting without the text search needs no join: events alone.
	query := `SELECT count(*) FROM events e`
	if f.text {
		query = `SELECT count(*)` + f.from()
	}
	var n int
	if err := s.db.QueryRowContext(ctx, query+f.sql(), f.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting events: %w", err)
	}
	return n, nil
}

func scanEvent(rows *sql.Rows) (EventRow, error) {
	var (
		r                                  EventRow
		e                                  = &r.Event
		srcStart, srcEnd                   sql.NullInt64
		srcText                            sql.NullString
		tName, tCode, tCountry, tSec, tID  sql.NullString
		tStart, tEnd                       sql.NullInt64
		tText                              sql.NullString
		pName, pCountry, pAdmin1, pFeature sql.NullString
		pGeo, pStart, pEnd                 sql.NullInt64
		pLat, pLon                         sql.NullFloat64
		pText                              sql.NullString
		tone                               nullTone
	)
	err := rows.Scan(&r.DocID, &r.DocTitle, &r.SentenceText,
		&e.ID, &e.Sentence, &e.Cameo, &e.CameoRoot, &e.QuadClass, &e.Goldstein,
		&e.Plover, &e.PloverMode,
		&e.Source.Name, &e.Source.Code, &e.Source.Country, &e.Source.Sector, &e.Source.ID,
		&srcStart, &srcEnd, &srcText,
		&tName, &tCode, &tCountry, &tSec, &tID, &tStart, &tEnd, &tText,
		&e.Action.Start, &e.Action.End, &e.Action.Text,
		&e.Date, &e.DateEnd, &e.DateType,
		&pName, &pGeo, &pCountry, &pAdmin1, &pLat, &pLon, &pFeature, &pStart, &pEnd, &pText,
		&e.Negated, &e.Modality, &e.Confidence,
		&tone.tone, &tone.pos, &tone.neg, &tone.pol, &tone.words)
	if err != nil {
		return r, err
	}
	e.Tone = tone.value()
	e.Source.Mention = mention(srcStart, srcEnd, srcText)
	if tName.Valid {
		e.Target = &doc.Actor{Name: tName.String, Code: tCode.String, Country: tCountry.String,
			Sector: tSec.String, ID: tID.String, Mention: mention(tStart, tEnd, tText)}
	}
	if pName.Valid {
		e.Place = &doc.Place{Start: int(pStart.Int64), End: int(pEnd.Int64), Text: pText.String,
			Name: pName.String, GeonameID: int(pGeo.Int64), Country: pCountry.String,
			Admin1: pAdmin1.String, Lat: pLat.Float64, Lon: pLon.Float64, Feature: pFeature.String}
	}
	return r, nil
}

// nullTone scans the tone columns of migration 3, NULL for no tone.
type nullTone struct {
	tone, pos, neg, pol sql.NullFloat64
	words               sql.NullInt64
}

func (n *nullTone) value() *doc.Tone {
	if !n.tone.Valid {
		return nil
	}
	return &doc.Tone{Tone: n.tone.Float64, Positive: n.pos.Float64, Negative: n.neg.Float64,
		Polarity: n.pol.Float64, Words: int(n.words.Int64)}
}

func mention(start, end sql.NullInt64, text sql.NullString) *doc.Mention {
	if !start.Valid {
		return nil
	}
	return &doc.Mention{Start: int(start.Int64), End: int(end.Int64), Text: text.String}
}

// Document returns the stored contract JSON of the document with this id,
// exactly as stored; an unknown id is an error wrapping ErrNotFound.
func (s *Store) Document(ctx context.Context, id string) (json.RawMessage, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT json FROM documents WHERE id = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("reading document %q: %w", id, err)
	}
	return json.RawMessage(b), nil
}
