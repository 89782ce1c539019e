package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// The test corpus is invented: three short stories with hand-made events.
//
//	d1 2024-05-02  KENGOV -> ETHGOV 042 (05-02), ETHGOV -> KENGOV 040 (05-01)
//	d2 2024-05-03  PERCOP -> PERCVL 173 (05-03), PERGOV -> nobody 012 (05-03)
//	d3 2024-06-10  ETHGOV -> KENREB 112 (06-10)
//	d4 no date     no events

// newDoc builds a document whose sentences are the text cut after each
// ". ", all in paragraph 0.
func newDoc(id, date, title, text string) *doc.Document {
	d := &doc.Document{ID: id, Date: date, Title: title, URL: "https://example.org/" + id,
		Source: "Example Wire", Lang: "en", Text: text, Origin: id + ".txt"}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end += start + 1
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: end})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return d
}

// actor is an actor mentioned by the first occurrence of mention in d.
func actor(d *doc.Document, name, code, sector, mention string) doc.Actor {
	a := doc.Actor{Name: name, Code: code, Country: code[:3], Sector: sector, ID: "kb:" + strings.ToLower(name)}
	if i := strings.Index(d.Text, mention); i >= 0 && mention != "" {
		a.Mention = &doc.Mention{Start: i, End: i + len(mention), Text: mention}
	}
	return a
}

func span(d *doc.Document, s string) doc.Span {
	i := strings.Index(d.Text, s)
	if i < 0 {
		panic("no " + s + " in " + d.ID)
	}
	return d.SpanOf(i, i+len(s))
}

func event(d *doc.Document, sentence int, cameo string, quad int, gold float64, src doc.Actor, tgt *doc.Actor, action, date string) doc.Event {
	return doc.Event{
		ID: d.ID + "-e" + string(rune('0'+len(d.Events))), Sentence: sentence,
		Cameo: cameo, CameoRoot: cameo[:2], QuadClass: quad, Goldstein: gold,
		Plover: "CONSULT", PloverMode: "visit", Source: src, Target: tgt,
		Action: span(d, action), Date: date, DateType: "exact",
		Modality: "asserted", Confidence: 0.8,
	}
}

func corpus() []*doc.Document {
	d1 := newDoc("d1", "2024-05-02", "Ruto and Abiy meet",
		"NAIROBI - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Thursday. "+
			"On Wednesday the two had discussed water sharing on the Nile.")
	d1.Dateline = &doc.Span{Start: 0, End: 7, Text: "NAIROBI"}
	ruto := actor(d1, "William Ruto", "KENGOV", "GOV", "William Ruto")
	abiy := actor(d1, "Abiy Ahmed", "ETHGOV", "GOV", "Abiy Ahmed")
	nairobi := doc.Place{Name: "Nairobi", GeonameID: 184745, Country: "KEN", Admin1: "30",
		Lat: -1.28333, Lon: 36.81667, Feature: "city"}
	sp := span(d1, "Nairobi on")
	nairobi.Start, nairobi.End, nairobi.Text = sp.Start, sp.Start+7, "Nairobi"
	d1.Entities = []doc.Entity{
		{Start: ruto.Start, End: ruto.End, Text: ruto.Text, Type: "PER", Actor: &ruto},
		{Start: abiy.Start, End: abiy.End, Text: abiy.Text, Type: "PER", Actor: &abiy},
		{Start: nairobi.Start, End: nairobi.End, Text: "Nairobi", Type: "GPE"},
	}
	thu := span(d1, "Thursday")
	d1.Timexes = []doc.Timex{{Start: thu.Start, End: thu.End, Text: thu.Text, Type: "DATE", Value: "2024-05-02"}}
	d1.Places = []doc.Place{nairobi}
	d1.Quotes = []doc.Quote{{Content: span(d1, "water sharing on the Nile"), Kind: "indirect",
		Source: &doc.Span{Start: ruto.Start, End: ruto.End, Text: ruto.Text}, Speaker: &ruto}}
	e := event(d1, 0, "042", 1, 1.9, ruto, &abiy, "met", "2024-05-02")
	e.Place = &nairobi
	d1.Events = append(d1.Events, e)
	abiyNoMention := abiy
	abiyNoMention.Mention = nil
	rutoNoMention := ruto
	rutoNoMention.Mention = nil
	e = event(d1, 1, "040", 1, 1.0, abiyNoMention, &rutoNoMention, "discussed", "2024-05-01")
	e.DateType, e.Plover, e.PloverMode = "approximate", "CONSULT", "discuss"
	d1.Events = append(d1.Events, e)
	d1.Tone = &doc.Tone{Tone: 1.5, Positive: 3, Negative: 1.5, Polarity: 4.5, Words: 30}

	d2 := newDoc("d2", "2024-05-03", "Tear gas in Lima",
		"Police in Lima fired tear gas at protesters, witnesses said. The government called the reports \"exaggerated\".")
	e = event(d2, 0, "173", 4, -5.0, actor(d2, "Peruvian police", "PERCOP", "COP", "Police"),
		ptr(actor(d2, "protesters", "PERCVL", "CVL", "protesters")), "fired", "2024-05-03")
	e.Plover, e.PloverMode, e.Negated = "ASSAULT", "", false
	d2.Events = append(d2.Events, e)
	e = event(d2, 1, "012", 1, -0.4, actor(d2, "Government of Peru", "PERGOV", "GOV", "The government"),
		nil, "called", "2024-05-03")
	e.Modality, e.Negated, e.Confidence = "asserted", true, 0.55
	d2.Events = append(d2.Events, e)

	d3 := newDoc("d3", "2024-06-10", "Accusations",
		"Ethiopia accused Kenya of harbouring rebels near the border.")
	e = event(d3, 0, "112", 3, -2.0, actor(d3, "Ethiopia", "ETHGOV", "GOV", "Ethiopia"),
		ptr(actor(d3, "Kenyan rebels", "KENREB", "REB", "")), "accused", "2024-06-10")
	e.DateEnd, e.DateType = "2024-06-12", "range"
	d3.Events = append(d3.Events, e)

	d4 := newDoc("d4", "", "", "Nothing much happened anywhere today.")
	return []*doc.Document{d1, d2, d3, d4}
}

func ptr[T any](v T) *T { return &v }

// openTemp opens a new database in the test's temporary directory.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func put(t testing.TB, s *Store, docs ...*doc.Document) {
	t.Helper()
	if err := s.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
}

// rowCounts counts the rows of every table (the FTS index through a
// search for every sentence it holds), for checking that nothing is
// duplicated or left behind.
func rowCounts(t testing.TB, s *Store) map[string]int {
	t.Helper()
	ctx := context.Background()
	out := map[string]int{}
	for _, table := range []string{"documents", "sentences", "entities", "timexes", "places", "quotes", "events"} {
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[table] = n
	}
	checkIntegrity(t, s)
	return out
}

// checkIntegrity runs SQLite's and FTS5's own consistency checks. FTS5's
// integrity-check with rank 1 also compares the index against the content
// table, so a stale or duplicated index entry fails it.
func checkIntegrity(t testing.TB, s *Store) {
	t.Helper()
	ctx := context.Background()
	var res string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q %v", res, err)
	}
	rows, err := s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Errorf("foreign_key_check reports orphan rows")
	}
	rows.Close()
	if !s.readOnly {
		if _, err := s.db.ExecContext(ctx,
			`INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
			t.Fatalf("fts integrity-check: %v", err)
		}
	}
}

var countries = []string{"KEN", "ETH", "SOM", "UGA", "TZA", "PER", "BRA", "IDN"}

// smallDoc is a synthetic short news item (two sentences, three entities,
// two events), the size of a wire brief, for the benchmark and crash test.
func smallDoc(id string, i int) *doc.Document {
	a, b := countries[i%len(countries)], countries[(i/len(countries)+1+i)%len(countries)]
	text := "Officials from " + a + " met their " + b + " counterparts on Monday in the capital. " +
		"They agreed to continue talks on trade and security, a spokesman said, number " + id + "."
	d := newDoc(id, "2024-03-04", "Talks "+id, text)
	src := actor(d, "Government of "+a, a+"GOV", "GOV", "Officials")
	tgt := actor(d, "Government of "+b, b+"GOV", "GOV", b)
	d.Entities = []doc.Entity{
		{Start: src.Start, End: src.End, Text: src.Text, Type: "ORG", Actor: &src},
		{Start: tgt.Start, End: tgt.End, Text: tgt.Text, Type: "GPE", Actor: &tgt},
		{Start: span(d, "spokesman").Start, End: span(d, "spokesman").End, Text: "spokesman", Type: "PER"},
	}
	mon := span(d, "Monday")
	d.Timexes = []doc.Timex{{Start: mon.Start, End: mon.End, Text: mon.Text, Type: "DATE", Value: "2024-03-04"}}
	d.Events = []doc.Event{
		event(d, 0, "040", 1, 1.0, src, &tgt, "met", "2024-03-04"),
		event(d, 1, "057", 1, 8.0, src, &tgt, "agreed", "2024-03-04"),
	}
	d.Events[1].ID = id + "-e1"
	return d
}
