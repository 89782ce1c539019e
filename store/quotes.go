package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// QuoteFilter selects quotes for `dyad quotes` and GET /api/quotes; every
// filter given must hold. The zero QuoteFilter selects all quotes,
// DefaultLimit at a time. Field names are the flag and parameter names, and
// a *QueryError names the one that is wrong.
type QuoteFilter struct {
	// Speaker matches a quote whose speaker's name, or whose source
	// mention as written ("a police spokesman"), contains it;
	// case-insensitive (ASCII letters).
	Speaker string
	// Country matches a quote whose speaker's country is this code.
	Country string
	// From and To bound the date of the quote's document, inclusive,
	// as YYYY-MM-DD. A document without a date matches neither.
	From, To string
	// Text matches a quote whose content contains it, case-insensitive
	// (ASCII letters).
	Text string
	// Kind is direct, indirect or mixed; "" means any.
	Kind string
	// Limit is the most quotes returned (0 = DefaultLimit); Offset skips
	// that many first. The caller caps Limit.
	Limit, Offset int
}

// QuoteKinds are the values of doc.Quote.Kind.
var QuoteKinds = []string{"direct", "indirect", "mixed"}

// QuoteRow is one stored quote with the document it comes from. Its JSON
// form is the contract's Quote object plus doc_id, index (the quote's
// position in the document's "quotes"), date (the document's date, omitted
// when unknown) and doc_title.
type QuoteRow struct {
	doc.Quote
	DocID    string `json:"doc_id"`
	Index    int    `json:"index"`
	Date     string `json:"date,omitempty"`
	DocTitle string `json:"doc_title"`
}

// compile checks f and turns it into a WHERE clause over quotes q joined
// with documents d. User input only reaches the database as bound
// parameters, LIKE patterns with their wildcards escaped.
func (qf *QuoteFilter) compile() (*filter, error) {
	f := &filter{}
	if sp := strings.TrimSpace(qf.Speaker); sp != "" {
		pat := "%" + likeEscape(sp) + "%"
		f.add(`(q.speaker_name LIKE ? ESCAPE '\' OR q.source_text LIKE ? ESCAPE '\')`, pat, pat)
	}
	if c := strings.TrimSpace(qf.Country); c != "" {
		if !isCode(c) {
			return nil, badParam("country", "want a country code such as KEN, got %q", qf.Country)
		}
		f.add(`q.speaker_country = ?`, c)
	}
	if err := f.dateRange("d.date", qf.From, qf.To); err != nil {
		return nil, err
	}
	if t := strings.TrimSpace(qf.Text); t != "" {
		f.add(`q.content_text LIKE ? ESCAPE '\'`, "%"+likeEscape(t)+"%")
	}
	if k := strings.ToLower(strings.TrimSpace(qf.Kind)); k != "" {
		known := false
		for _, q := range QuoteKinds {
			known = known || k == q
		}
		if !known {
			return nil, badParam("kind", "want one of %s, got %q", strings.Join(QuoteKinds, ", "), qf.Kind)
		}
		f.add(`q.kind = ?`, k)
	}
	if err := checkPage(qf.Limit, qf.Offset); err != nil {
		return nil, err
	}
	return f, nil
}

// quoteColumns are read by scanQuote, in this order.
const quoteColumns = `q.doc_id, q.idx, coalesce(d.date, ''), d.title,
	q.content_start, q.content_end, q.content_text,
	q.cue_start, q.cue_end, q.cue_text, q.source_start, q.source_end, q.source_text,
	q.speaker_name, q.speaker_code, q.speaker_country, q.speaker_sector, q.speaker_id,
	q.speaker_start, q.speaker_end, q.speaker_text, q.kind`

// Quotes returns the quotes f selects, ordered by document date, document
// id and position in the document. A bad filter is a *QueryError.
func (s *Store) Quotes(ctx context.Context, qf QuoteFilter) ([]QuoteRow, error) {
	f, err := qf.compile()
	if err != nil {
		return nil, err
	}
	limit := qf.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	query := `SELECT ` + quoteColumns + ` FROM quotes q JOIN documents d ON d.id = q.doc_id` +
		f.sql() + ` ORDER BY d.date, q.doc_id, q.idx LIMIT ? OFFSET ?`
	rows, err := s.db.QueryContext(ctx, query, append(f.args, limit, qf.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("querying quotes: %w", err)
	}
	defer rows.Close()
	out := []QuoteRow{}
	for rows.Next() {
		r, err := scanQuote(rows)
		if err != nil {
			return nil, fmt.Errorf("querying quotes: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying quotes: %w", err)
	}
	return out, nil
}

// CountQuotes returns how many quotes f selects in all, ignoring Limit and
// Offset.
func (s *Store) CountQuotes(ctx context.Context, qf QuoteFilter) (int, error) {
	f, err := qf.compile()
	if err != nil {
		return 0, err
	}
	query := `SELECT count(*) FROM quotes q`
	if qf.From != "" || qf.To != "" {
		query += ` JOIN documents d ON d.id = q.doc_id` // only the dates need it
	}
	var n int
	if err := s.db.QueryRowContext(ctx, query+f.sql(), f.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting quotes: %w", err)
	}
	return n, nil
}

func scanQuote(rows *sql.Rows) (QuoteRow, error) {
	var (
		r                            QuoteRow
		cueStart, cueEnd             sql.NullInt64
		srcStart, srcEnd, spStart    sql.NullInt64
		spEnd                        sql.NullInt64
		cueText, srcText, spText     sql.NullString
		name, code, country, sec, id sql.NullString
	)
	err := rows.Scan(&r.DocID, &r.Index, &r.Date, &r.DocTitle,
		&r.Content.Start, &r.Content.End, &r.Content.Text,
		&cueStart, &cueEnd, &cueText, &srcStart, &srcEnd, &srcText,
		&name, &code, &country, &sec, &id, &spStart, &spEnd, &spText, &r.Kind)
	if err != nil {
		return r, err
	}
	r.Cue = nullSpan(cueStart, cueEnd, cueText)
	r.Source = nullSpan(srcStart, srcEnd, srcText)
	if name.Valid {
		r.Speaker = &doc.Actor{Name: name.String, Code: code.String, Country: country.String,
			Sector: sec.String, ID: id.String, Mention: mention(spStart, spEnd, spText)}
	}
	return r, nil
}

func nullSpan(start, end sql.NullInt64, text sql.NullString) *doc.Span {
	if !start.Valid {
		return nil
	}
	return &doc.Span{Start: int(start.Int64), End: int(end.Int64), Text: text.String}
}
