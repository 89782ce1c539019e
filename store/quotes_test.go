package store

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// quoteCorpus is three invented stories with hand-made quotes and tone:
//
//	q1 2024-07-01  Ruto (KENGOV) direct; "a police spokesman" (no speaker) indirect
//	q2 2024-07-15  Boluarte (PERGOV) mixed
//	q3 no date     Abiy (ETHGOV) direct
func quoteCorpus() []*doc.Document {
	q1 := newDoc("q1", "2024-07-01", "Ruto on the ceasefire",
		`"We will honour the ceasefire," President William Ruto said on Monday. `+
			`A police spokesman said 40% of the roads were open again.`)
	ruto := actor(q1, "William Ruto", "KENGOV", "GOV", "William Ruto")
	q1.Quotes = []doc.Quote{
		{Content: span(q1, "We will honour the ceasefire,"), Cue: ptr(span(q1, "said on")),
			Source: ptr(span(q1, "President William Ruto")), Speaker: &ruto, Kind: "direct"},
		{Content: span(q1, "40% of the roads were open again"), Cue: ptr(span(q1, "said 40%")),
			Source: ptr(span(q1, "A police spokesman")), Kind: "indirect"},
	}
	q1.Quotes[0].Cue.End -= 3 // "said"
	q1.Quotes[0].Cue.Text = "said"
	q1.Quotes[1].Cue.End -= 4
	q1.Quotes[1].Cue.Text = "said"
	q1.Tone = &doc.Tone{Tone: 2.5, Positive: 5, Negative: 2.5, Polarity: 7.5, Words: 40}

	q2 := newDoc("q2", "2024-07-15", "Boluarte defends the budget",
		`Dina Boluarte said the budget was "fair to every region" and rejected the protests.`)
	bol := actor(q2, "Dina Boluarte", "PERGOV", "GOV", "Dina Boluarte")
	q2.Quotes = []doc.Quote{{Content: span(q2, `the budget was "fair to every region"`),
		Source: ptr(span(q2, "Dina Boluarte")), Speaker: &bol, Kind: "mixed"}}
	e := event(q2, 0, "111", 3, -2, bol, nil, "rejected", "2024-07-15")
	e.Tone = &doc.Tone{Tone: -7.6923076923076925, Positive: 0, Negative: 7.6923076923076925,
		Polarity: 7.6923076923076925, Words: 13}
	q2.Events = []doc.Event{e}

	q3 := newDoc("q3", "", "Undated",
		`"Talks must resume," Abiy Ahmed told reporters.`)
	abiy := actor(q3, "Abiy Ahmed", "ETHGOV", "GOV", "")
	q3.Quotes = []doc.Quote{{Content: span(q3, "Talks must resume,"), Speaker: &abiy, Kind: "direct"}}
	return []*doc.Document{q1, q2, q3}
}

func quoteKeys(rows []QuoteRow) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, r.DocID+"/"+string(rune('0'+r.Index)))
	}
	return out
}

func TestQuotesRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	docs := quoteCorpus()
	put(t, s, docs...)
	rows, err := s.Quotes(ctx, QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// Undated documents sort first (NULL dates), then by date.
	if got, want := quoteKeys(rows), []string{"q3/0", "q1/0", "q1/1", "q2/0"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("quotes = %v, want %v", got, want)
	}
	byKey := map[string]doc.Quote{}
	for _, d := range docs {
		for i, q := range d.Quotes {
			byKey[d.ID+"/"+string(rune('0'+i))] = q
		}
	}
	for _, r := range rows {
		key := r.DocID + "/" + string(rune('0'+r.Index))
		if !reflect.DeepEqual(r.Quote, byKey[key]) {
			t.Errorf("quote %s:\n got %+v\nwant %+v", key, r.Quote, byKey[key])
		}
	}
	if r := rows[1]; r.Date != "2024-07-01" || r.DocTitle != "Ruto on the ceasefire" {
		t.Errorf("q1/0 context = %q %q", r.Date, r.DocTitle)
	}
	if rows[0].Date != "" {
		t.Errorf("undated quote has date %q", rows[0].Date)
	}
	// The stored document JSON (GET /api/documents/{id}) carries quotes and tone.
	js, err := s.Document(ctx, "q1")
	if err != nil {
		t.Fatal(err)
	}
	var back doc.Document
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Quotes, docs[0].Quotes) || back.Tone == nil || *back.Tone != *docs[0].Tone {
		t.Errorf("document q1 read back with quotes %+v, tone %v", back.Quotes, back.Tone)
	}
}

func TestToneStored(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	docs := quoteCorpus()
	put(t, s, docs...)
	// Document tone columns: set for q1, NULL for q2 (no tone).
	var tone, pos, neg, pol *float64
	var words *int
	for id, want := range map[string]*doc.Tone{"q1": docs[0].Tone, "q2": nil} {
		err := s.db.QueryRowContext(ctx, `SELECT tone, tone_positive, tone_negative, tone_polarity, tone_words
			FROM documents WHERE id = ?`, id).Scan(&tone, &pos, &neg, &pol, &words)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			if tone != nil || words != nil {
				t.Errorf("%s: tone columns %v %v, want NULL", id, tone, words)
			}
			continue
		}
		got := doc.Tone{Tone: *tone, Positive: *pos, Negative: *neg, Polarity: *pol, Words: *words}
		if got != *want {
			t.Errorf("%s: tone columns %+v, want %+v", id, got, *want)
		}
	}
	// Event tone reads back exactly; an event without tone reads back nil.
	put(t, s, corpus()...)
	rows, err := s.Events(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		switch {
		case r.ID == "q2-e0":
			found = true
			if r.Tone == nil || *r.Tone != *docs[1].Events[0].Tone {
				t.Errorf("event tone = %v, want %+v", r.Tone, *docs[1].Events[0].Tone)
			}
		case r.Tone != nil:
			t.Errorf("event %s without tone read back with %+v", r.ID, *r.Tone)
		}
	}
	if !found {
		t.Error("event q2-e0 not found")
	}
	var b bytes.Buffer
	if err := WriteEvents(&b, rows, "csv"); err != nil {
		t.Fatal(err)
	}
	recs, _ := csv.NewReader(&b).ReadAll()
	last := len(recs[0]) - 1
	if recs[0][last] != "tone" {
		t.Fatalf("last csv column %q, want tone", recs[0][last])
	}
	for i, r := range rows {
		if (r.Tone == nil) != (recs[i+1][last] == "") {
			t.Errorf("csv tone of %s = %q", r.ID, recs[i+1][last])
		}
	}
}

func TestQuotesFilters(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	put(t, s, quoteCorpus()...)
	for _, tc := range []struct {
		name string
		f    QuoteFilter
		want []string
	}{
		{"speaker name, any case", QuoteFilter{Speaker: "RUTO"}, []string{"q1/0"}},
		{"source text without speaker", QuoteFilter{Speaker: "police spokes"}, []string{"q1/1"}},
		{"country", QuoteFilter{Country: "PER"}, []string{"q2/0"}},
		{"country lower case", QuoteFilter{Country: "eth"}, []string{"q3/0"}},
		{"from", QuoteFilter{From: "2024-07-02"}, []string{"q2/0"}},
		{"to, inclusive", QuoteFilter{To: "2024-07-01"}, []string{"q1/0", "q1/1"}},
		{"text, any case", QuoteFilter{Text: "CEASEFIRE"}, []string{"q1/0"}},
		{"text with wildcard chars is literal", QuoteFilter{Text: "40%"}, []string{"q1/1"}},
		{"percent alone matches only a percent", QuoteFilter{Text: "%"}, []string{"q1/1"}},
		{"kind", QuoteFilter{Kind: "direct"}, []string{"q3/0", "q1/0"}},
		{"kind and country", QuoteFilter{Kind: "direct", Country: "KEN"}, []string{"q1/0"}},
		{"no match", QuoteFilter{Speaker: "nobody at all"}, []string{}},
		{"limit and offset", QuoteFilter{Limit: 2, Offset: 1}, []string{"q1/0", "q1/1"}},
	} {
		rows, err := s.Quotes(ctx, tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := quoteKeys(rows); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
		n, err := s.CountQuotes(ctx, tc.f)
		c := tc.f
		c.Limit, c.Offset = 0, 0
		all, _ := s.Quotes(ctx, c)
		if err != nil || n != len(all) {
			t.Errorf("%s: CountQuotes = %d, %v; want %d", tc.name, n, err, len(all))
		}
	}
}

func TestQuotesErrors(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	for _, tc := range []struct {
		f     QuoteFilter
		param string
	}{
		{QuoteFilter{Kind: "rumour"}, "kind"},
		{QuoteFilter{Country: "KEN ETH"}, "country"},
		{QuoteFilter{From: "July 2024"}, "from"},
		{QuoteFilter{From: "2024-07-02", To: "2024-07-01"}, "to"},
		{QuoteFilter{Limit: -1}, "limit"},
		{QuoteFilter{Offset: -3}, "offset"},
	} {
		_, err := s.Quotes(ctx, tc.f)
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Param != tc.param {
			t.Errorf("%+v: error %v, want a QueryError on %s", tc.f, err, tc.param)
		}
		if _, err := s.CountQuotes(ctx, tc.f); !errors.As(err, &qe) {
			t.Errorf("CountQuotes(%+v): error %v, want a QueryError", tc.f, err)
		}
	}
}

func TestQuotesReplacedOnReingest(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	docs := quoteCorpus()
	put(t, s, docs...)
	d := quoteCorpus()[0]
	d.Quotes = d.Quotes[1:]
	put(t, s, d)
	rows, err := s.Quotes(ctx, QuoteFilter{From: "2024-07-01", To: "2024-07-01"})
	if err != nil {
		t.Fatal(err)
	}
	if got := quoteKeys(rows); !reflect.DeepEqual(got, []string{"q1/0"}) || rows[0].Kind != "indirect" {
		t.Errorf("after re-ingest: %v (%+v)", got, rows)
	}
	if n := rowCounts(t, s)["quotes"]; n != 3 {
		t.Errorf("%d quote rows, want 3", n)
	}
}

func TestWriteQuotes(t *testing.T) {
	s, _ := openTemp(t)
	put(t, s, quoteCorpus()...)
	rows, err := s.Quotes(context.Background(), QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteQuotes(&b, rows, "table"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(rows)+2 || !strings.HasPrefix(lines[0], "DATE") || lines[len(lines)-1] != "4 quotes" {
		t.Fatalf("table:\n%s", b.String())
	}
	want := "-           Abiy Ahmed          ETH      direct    Talks must resume,"
	if lines[1] != want {
		t.Errorf("undated row\n got %q\nwant %q", lines[1], want)
	}
	if !strings.Contains(lines[3], "A police spokesman  -        indirect") {
		t.Errorf("row without speaker = %q", lines[3])
	}

	b.Reset()
	if err := WriteQuotes(&b, rows, "json"); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&b)
	for i := range rows {
		var got QuoteRow
		if err := dec.Decode(&got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, rows[i]) {
			t.Errorf("json line %d = %+v, want %+v", i, got, rows[i])
		}
	}

	b.Reset()
	if err := WriteQuotes(&b, rows, "csv"); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != len(rows)+1 {
		t.Fatalf("csv: %d records, %v", len(recs), err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	if r := recs[4]; r[col["content_text"]] != `the budget was "fair to every region"` ||
		r[col["speaker_country"]] != "PER" || r[col["kind"]] != "mixed" {
		t.Errorf("csv record = %q", r)
	}
	if err := WriteQuotes(&b, rows, "xml"); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("unknown format: %v", err)
	}
}
