package store

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func queryAll(t *testing.T) []EventRow {
	t.Helper()
	s, _ := openTemp(t)
	put(t, s, corpus()...)
	rows, err := s.Events(context.Background(), Query{})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestWriteEventsTable(t *testing.T) {
	rows := queryAll(t)
	var b bytes.Buffer
	if err := WriteEvents(&b, rows, "table"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(rows)+2 {
		t.Fatalf("table has %d lines, want header + %d + total:\n%s", len(lines), len(rows), b.String())
	}
	if !strings.HasPrefix(lines[0], "DATE") || !strings.Contains(lines[0], "GOLDSTEIN") {
		t.Errorf("header = %q", lines[0])
	}
	if lines[len(lines)-1] != "5 events" {
		t.Errorf("last line = %q, want \"5 events\"", lines[len(lines)-1])
	}
	// Columns line up: every row has its TEXT column where the header has it.
	col := strings.Index(lines[0], "TEXT")
	for _, l := range lines[1 : len(lines)-1] {
		if len(l) < col || l[col-2:col] != "  " || l[col] == ' ' {
			t.Errorf("row not aligned with TEXT at %d: %q", col, l)
		}
	}
	want := "2024-05-03  PERGOV  012    -       -            1     -0.4       The government called the reports \"exaggerated\"."
	if lines[4] != want {
		t.Errorf("row without target:\n got %q\nwant %q", lines[4], want)
	}
	if !strings.Contains(lines[2], "KENGOV  042    ETHGOV  Nairobi KEN") || !strings.HasSuffix(lines[2], "…") {
		t.Errorf("long sentence row = %q, want codes, the place and a shortened sentence", lines[2])
	}

	b.Reset()
	WriteEvents(&b, rows[:1], "table")
	if !strings.HasSuffix(b.String(), "\n1 event\n") {
		t.Errorf("one row ends %q", b.String())
	}
	b.Reset()
	WriteEvents(&b, nil, "table")
	if !strings.HasSuffix(b.String(), "\n0 events\n") {
		t.Errorf("no rows = %q", b.String())
	}
}

func TestWriteEventsJSON(t *testing.T) {
	rows := queryAll(t)
	var b bytes.Buffer
	if err := WriteEvents(&b, rows, "json"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("%d lines, want %d", len(lines), len(rows))
	}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		for _, k := range []string{"id", "sentence", "cameo", "cameo_root", "quad_class", "goldstein",
			"plover", "plover_mode", "source", "target", "action", "date", "date_type", "negated",
			"modality", "confidence", "doc_id", "sentence_text"} {
			if _, ok := m[k]; !ok {
				t.Errorf("line %d has no %q: %s", i, k, l)
			}
		}
		if m["id"] != rows[i].ID || m["doc_id"] != rows[i].DocID {
			t.Errorf("line %d is %v/%v, want %s/%s", i, m["doc_id"], m["id"], rows[i].DocID, rows[i].ID)
		}
	}
	// An event's fields read back into the same EventRow.
	var back EventRow
	json.Unmarshal([]byte(lines[1]), &back)
	if back.Event.Place == nil || back.Source.Mention == nil || back.SentenceText != rows[1].SentenceText {
		t.Errorf("JSON lost fields: %+v", back)
	}
	if !strings.Contains(lines[3], `"target":null`) {
		t.Errorf("no target is not null: %s", lines[3])
	}
}

func TestWriteEventsCSV(t *testing.T) {
	rows := queryAll(t)
	var b bytes.Buffer
	if err := WriteEvents(&b, rows, "csv"); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 {
		t.Fatalf("%d records, want header + %d", len(recs), len(rows))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for i, r := range rows {
		rec := recs[i+1]
		if len(rec) != len(recs[0]) {
			t.Fatalf("record %d has %d fields", i, len(rec))
		}
		if rec[col["id"]] != r.ID || rec[col["cameo"]] != r.Cameo || rec[col["sentence_text"]] != r.SentenceText {
			t.Errorf("record %d = %q", i, rec)
		}
	}
	// The comma and quotes of d2's sentences survive.
	if got := recs[4][col["sentence_text"]]; got != `The government called the reports "exaggerated".` {
		t.Errorf("quoted sentence = %q", got)
	}
	if recs[4][col["target_code"]] != "" || recs[2][col["place_lat"]] != "-1.28333" {
		t.Errorf("target/place columns wrong: %q / %q", recs[4][col["target_code"]], recs[2][col["place_lat"]])
	}
}

func TestWriteEventsUnknownFormat(t *testing.T) {
	err := WriteEvents(&bytes.Buffer{}, nil, "xml")
	if err == nil || !strings.Contains(err.Error(), "xml") || !strings.Contains(err.Error(), "table") {
		t.Errorf("unknown format error = %v", err)
	}
}

func TestShorten(t *testing.T) {
	for in, want := range map[string]string{
		"short":         "short",
		"two\nlines":    "two lines",
		"abcdefghijkl":  "abcdefghi…",
		"ééééééééééé":   "ééééééééé…",
		"abcd efghijkl": "abcd efgh…",
		"abcdefgh jkl":  "abcdefgh…",
	} {
		if got := shorten(in, 10); got != want {
			t.Errorf("shorten(%q) = %q, want %q", in, got, want)
		}
	}
}
