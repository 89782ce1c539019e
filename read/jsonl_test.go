package read

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func TestJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"text": "NEW YORK, May 3 (AP) — The council voted to close the park.", "id": "n1", "date": "2024-05-03T21:15:00-04:00", "title": "Park closes", "url": "https://news.example/n1", "source": "Metro Desk", "lang": "en"}`,
		`{"text": "A ferry service resumed after repairs.", "id": 42, "date": "2024-05-04"}`,
		``,
		`   `,
		`{"text": "Farmers blocked a highway.", "date": "last week"}`,
		`{"text": 12}`,
		`{"title": "no text at all"}`,
		`{"text": "   "}`,
		`{"text": "broken", `,
		`["text", "an array"]`,
		`{"text": "Two objects"} {"text": "on one line"}`,
		`{"Text": "Mayors signed a water accord.\r\nIt takes effect in June.", "TITLE": 7, "source": null}`,
		`{"text": "The strike ended."}`,
	}, "\n")
	r := read(t, "news.jsonl", []byte(in), Options{})

	wantErrs := []string{
		`news.jsonl:6: "text" is not a string`,
		`news.jsonl:7: no "text" field`,
		`news.jsonl:8: empty "text"`,
		`news.jsonl:9: malformed JSON: unexpected end of JSON input`,
		`news.jsonl:10: not a JSON object`,
		`news.jsonl:11: malformed JSON: invalid character '{' after top-level value`,
	}
	if got := r.errStrings(); !slices.Equal(got, wantErrs) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantErrs, "\n"))
	}
	wantWarns := []string{
		`news.jsonl:5: unparseable date "last week", ignored`,
		`news.jsonl:12: field "title" is not a string, ignored`,
	}
	if got := r.warnStrings(); !slices.Equal(got, wantWarns) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantWarns, "\n"))
	}

	want := []struct {
		origin string
		doc    doc.Document
	}{
		{"news.jsonl:1", doc.Document{ID: "n1", Date: "2024-05-03", Title: "Park closes", URL: "https://news.example/n1",
			Source: "Metro Desk", Lang: "en", Text: "NEW YORK, May 3 (AP) — The council voted to close the park.",
			Dateline: &doc.Span{Start: 0, End: 8, Text: "NEW YORK"}}},
		{"news.jsonl:2", doc.Document{ID: "42", Date: "2024-05-04", Text: "A ferry service resumed after repairs."}},
		{"news.jsonl:5", doc.Document{Text: "Farmers blocked a highway."}},
		{"news.jsonl:12", doc.Document{Text: "Mayors signed a water accord.\nIt takes effect in June."}},
		{"news.jsonl:13", doc.Document{Text: "The strike ended."}},
	}
	if len(r.docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(r.docs), len(want))
	}
	for i, w := range want {
		checkDoc(t, r.docs[i], w.doc, w.origin)
	}
	if r.bytes != int64(len(in)) {
		t.Errorf("items account for %d bytes, want %d", r.bytes, len(in))
	}
}

func TestJSONLLimits(t *testing.T) {
	long := `{"text": "` + strings.Repeat("word ", 300) + `"}`
	in := "\ufeff" + `{"text": "Before the long line."}` + "\r\n" + long + "\r\n" +
		`{"text": "After the long line."}` + "\r\n" +
		`{"text": "Bad bytes: ` + "\xff\xfe" + `"}` + "\n"
	r := read(t, "feed.ndjson", []byte(in), Options{MaxBytes: 1000, Date: "2024-01-15"})
	if got := r.errStrings(); len(got) != 1 || got[0] != "feed.ndjson:2: line is 1.5 KiB, over the --max-bytes limit of 1000 bytes" {
		t.Errorf("errors %q", got)
	}
	if got := r.warnStrings(); len(got) != 1 || got[0] != "feed.ndjson:4: invalid UTF-8: 2 bytes replaced with U+FFFD" {
		t.Errorf("warnings %q", got)
	}
	var texts []string
	for _, d := range r.docs {
		texts = append(texts, d.Text)
		if d.Date != "2024-01-15" {
			t.Errorf("%s: date %q, want the --date default", d.Origin, d.Date)
		}
	}
	want := []string{"Before the long line.", "After the long line.", "Bad bytes: \ufffd\ufffd"}
	if !slices.Equal(texts, want) {
		t.Errorf("texts %q, want %q", texts, want)
	}
}

// A .txt file that starts with a brace is text unless its first line is
// JSON; without an extension, a brace means JSON Lines.
func TestJSONLSniffing(t *testing.T) {
	obj := `{"text": "Talks resumed."}` + "\n"
	for _, tc := range []struct {
		name, in string
		jsonl    bool
	}{
		{"feed", obj, true},
		{"-", "\n  " + obj, true},
		{"notes.txt", obj, true},
		{"notes.txt", "{draft} Talks resumed.\n", false},
		{"feed.jsonl", "not json at all\n" + obj, true},
	} {
		r := read(t, tc.name, []byte(tc.in), Options{})
		isJSONL := len(r.docs) > 0 && r.docs[len(r.docs)-1].Text == "Talks resumed." && strings.Contains(r.docs[len(r.docs)-1].Origin, ":")
		if isJSONL != tc.jsonl {
			t.Errorf("%s %q: read as JSON Lines = %v, want %v (docs %d, errors %q)", tc.name, tc.in, isJSONL, tc.jsonl, len(r.docs), r.errStrings())
		}
	}
}
