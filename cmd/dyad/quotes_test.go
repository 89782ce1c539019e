package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/store"
)

// quotesDB stores two invented stories with hand-made quotes and returns
// the database path.
func quotesDB(t *testing.T) string {
	t.Helper()
	mk := func(id, date, text string) *doc.Document {
		return &doc.Document{ID: id, Date: date, Title: "Story " + id, Text: text,
			Sentences: []doc.Sentence{{Start: 0, End: len(text)}}}
	}
	find := func(d *doc.Document, s string) doc.Span {
		i := strings.Index(d.Text, s)
		if i < 0 {
			t.Fatalf("no %q in %s", s, d.ID)
		}
		return d.SpanOf(i, i+len(s))
	}
	d1 := mk("k1", "2025-02-03", `"We want a lasting peace," President William Ruto told reporters in Nairobi.`)
	src := find(d1, "President William Ruto")
	d1.Quotes = []doc.Quote{{Content: find(d1, "We want a lasting peace,"), Source: &src, Kind: "direct",
		Speaker: &doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}}}
	d2 := mk("p1", "2025-03-10", "A union leader said the new tax, as drafted, would hurt farmers.")
	src2 := find(d2, "A union leader")
	d2.Quotes = []doc.Quote{{Content: find(d2, "the new tax, as drafted, would hurt farmers"),
		Source: &src2, Kind: "indirect"}}
	path := filepath.Join(t.TempDir(), "q.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(context.Background(), []*doc.Document{d1, d2}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	return path
}

func TestQuotesCommand(t *testing.T) {
	db := quotesDB(t)
	ctx := context.Background()

	code, out, errs := dyad(t, ctx, nil, "quotes", "--db", db)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "DATE") || lines[3] != "2 quotes" ||
		!strings.Contains(lines[1], "William Ruto") || !strings.Contains(lines[2], "A union leader") {
		t.Errorf("table:\n%s", out)
	}

	code, out, errs = dyad(t, ctx, nil, "quotes", "--db", db, "--speaker", "RUTO", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var row store.QuoteRow
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &row); err != nil ||
		row.DocID != "k1" || row.Content.Text != "We want a lasting peace," || row.Speaker.Country != "KEN" {
		t.Errorf("json: %v %q", err, out)
	}

	code, out, _ = dyad(t, ctx, nil, "quotes", "--db", db, "--format", "csv", "--from", "2025-03-01",
		"--kind", "indirect", "--text", "tax")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(recs) != 2 || recs[1][0] != "p1" ||
		!strings.Contains(recs[1][len(recs[1])-2], "as drafted") {
		t.Errorf("csv: exit %d, %v, %q", code, err, recs)
	}

	code, out, _ = dyad(t, ctx, nil, "quotes", "--db", db, "--country", "KEN", "--to", "2025-01-31")
	if code != exitOK || !strings.HasSuffix(strings.TrimSpace(out), "0 quotes") {
		t.Errorf("date bound: exit %d, %q", code, out)
	}

	for _, args := range [][]string{
		{"--kind", "rumour"},
		{"--format", "xml"},
		{"--from", "March"},
		{"--limit", "-1"},
	} {
		code, _, errs := dyad(t, ctx, nil, append([]string{"quotes", "--db", db}, args...)...)
		if code != exitUsage {
			t.Errorf("quotes %v: exit %d (%s), want %d", args, code, errs, exitUsage)
		}
	}
	code, _, errs = dyad(t, ctx, nil, "quotes", "--db", filepath.Join(t.TempDir(), "none.db"))
	if code == exitOK || !strings.Contains(errs, "none.db") {
		t.Errorf("missing database: exit %d, %q", code, errs)
	}
}
