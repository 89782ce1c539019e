package read

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func TestText(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		date   string // Options.Date
		want   doc.Document
		warn   string // substring of the only warning, if any
		noText bool   // no document at all
	}{
		{
			name: "plain text",
			in:   "The river council met on Tuesday.\n\nIt agreed on a budget.\n",
			want: doc.Document{Text: "The river council met on Tuesday.\n\nIt agreed on a budget."},
		},
		{
			name: "contract header example",
			in:   " date 2024-05-02\ntitle Ministers meet in Lima\n\nLIMA - Ministers of three countries met.",
			want: doc.Document{Date: "2024-05-02", Title: "Ministers meet in Lima",
				Text: "LIMA - Ministers of three countries met."},
		},
		{
			name: "colon header in any case, every key",
			in: "Date: 2024-05-02\nTITLE: Port strike ends\nUrl: https://news.example/a1\n" +
				"Source: Harbour Herald\nID: a1\n  lang: en\n\n\nDockworkers returned to work.",
			want: doc.Document{Date: "2024-05-02", Title: "Port strike ends", URL: "https://news.example/a1",
				Source: "Harbour Herald", ID: "a1", Lang: "en", Text: "Dockworkers returned to work."},
		},
		{
			name: "header date as RFC 3339 keeps the date as written",
			in:   "date: 2024-05-02T23:30:00-05:00\n\nThe vote was held late at night.",
			want: doc.Document{Date: "2024-05-02", Text: "The vote was held late at night."},
		},
		{
			name: "header date with a month name",
			in:   "date May 2, 2024\n\nThe vote was held.",
			want: doc.Document{Date: "2024-05-02", Text: "The vote was held."},
		},
		{
			name: "lower-case title alone is a header",
			in:   "title Ministers meet in Lima\n\nMinisters met.",
			want: doc.Document{Title: "Ministers meet in Lima", Text: "Ministers met."},
		},
		{
			name: "a first sentence starting with Source is text",
			in:   "Source close to the talks said the deal was near.\n\nNo one confirmed it.",
			want: doc.Document{Text: "Source close to the talks said the deal was near.\n\nNo one confirmed it."},
		},
		{
			name: "a headline starting with Title is text",
			in:   "Title IX ruling upheld by appeals court\n\nThe court ruled on Friday.",
			want: doc.Document{Text: "Title IX ruling upheld by appeals court\n\nThe court ruled on Friday."},
		},
		{
			name: "date key without a date is text",
			in:   "Date night at the embassy drew a crowd\n\nGuests arrived early.",
			want: doc.Document{Text: "Date night at the embassy drew a crowd\n\nGuests arrived early."},
		},
		{
			name: "header lines without a blank line are text",
			in:   "title Ministers meet\nsource Daily Planet\nMinisters met on Monday.",
			want: doc.Document{Text: "title Ministers meet\nsource Daily Planet\nMinisters met on Monday."},
		},
		{
			name: "a non-header line inside the block makes it text",
			in:   "title: Budget\nMinisters met on Monday.\n\nMore.",
			want: doc.Document{Text: "title: Budget\nMinisters met on Monday.\n\nMore."},
		},
		{
			name: "date prefix on the same line",
			in:   "  date 2024-05-02 LIMA (Reuters) - Ministers of three countries met.",
			want: doc.Document{Date: "2024-05-02", Text: "LIMA (Reuters) - Ministers of three countries met.",
				Dateline: &doc.Span{Start: 0, End: 4, Text: "LIMA"}},
		},
		{
			name: "date prefix alone on the first line",
			in:   "date 2024-05-02\nMinisters met on Monday.\nThey talked.",
			want: doc.Document{Date: "2024-05-02", Text: "Ministers met on Monday.\nThey talked."},
		},
		{
			name: "invalid date prefix warns and leaves the date empty",
			in:   "date 2024-02-30 Ministers met.",
			want: doc.Document{Text: "Ministers met."},
			warn: `t.txt:1: unparseable date "2024-02-30"`,
		},
		{
			name: "unparseable header date warns, names the line",
			in:   "title Budget\ndate 2024-13-45\n\nThe budget passed.",
			want: doc.Document{Title: "Budget", Text: "The budget passed."},
			warn: `t.txt:2: unparseable date "2024-13-45"`,
		},
		{
			name: "Options.Date fills a missing date",
			in:   "The budget passed.",
			date: "2023-11-20",
			want: doc.Document{Date: "2023-11-20", Text: "The budget passed."},
		},
		{
			name: "Options.Date does not override the document's date",
			in:   "date 2024-05-02 The budget passed.",
			date: "2023-11-20",
			want: doc.Document{Date: "2024-05-02", Text: "The budget passed."},
		},
		{
			name: "Options.Date replaces an unparseable date",
			in:   "date: 2024-99-99\n\nThe budget passed.",
			date: "2023-11-20",
			want: doc.Document{Date: "2023-11-20", Text: "The budget passed."},
			warn: "unparseable date",
		},
		{
			name: "CRLF and lone CR become LF, BOM dropped",
			in:   "\ufefftitle: Floods\r\n\r\nRain fell.\r\n\r\nRivers rose.\rRoads closed.\r\n",
			want: doc.Document{Title: "Floods", Text: "Rain fell.\n\nRivers rose.\nRoads closed."},
		},
		{
			name:   "header only: no text",
			in:     "title: Nothing here\ndate: 2024-05-02\n\n   \n",
			warn:   "no text, skipped",
			noText: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := read(t, "t.txt", []byte(tc.in), Options{Date: tc.date})
			switch {
			case tc.warn == "" && len(r.warns) > 0:
				t.Errorf("unexpected warnings %q", r.warnStrings())
			case tc.warn != "" && (len(r.warns) != 1 || !contains(r.warnStrings(), tc.warn)):
				t.Errorf("warnings %q, want one containing %q", r.warnStrings(), tc.warn)
			}
			if tc.noText {
				if len(r.docs)+len(r.errs) != 0 {
					t.Fatalf("want nothing, got %d docs, errors %q", len(r.docs), r.errStrings())
				}
				return
			}
			d := r.one(t)
			checkDoc(t, d, tc.want, "t.txt")
		})
	}
}

// checkDoc compares the fields read sets; an empty want.ID means the
// default id.
func checkDoc(t *testing.T, d *doc.Document, want doc.Document, origin string) {
	t.Helper()
	if d.Text != want.Text {
		t.Errorf("text %q, want %q", d.Text, want.Text)
	}
	if want.ID == "" {
		want.ID = doc.TextID(want.Text)
	}
	got := [...]string{d.ID, d.Date, d.Title, d.URL, d.Source, d.Lang, d.Origin}
	exp := [...]string{want.ID, want.Date, want.Title, want.URL, want.Source, want.Lang, origin}
	names := [...]string{"id", "date", "title", "url", "source", "lang", "origin"}
	for i := range got {
		if got[i] != exp[i] {
			t.Errorf("%s %q, want %q", names[i], got[i], exp[i])
		}
	}
	if want.Dateline != nil {
		if d.Dateline == nil || *d.Dateline != *want.Dateline {
			t.Errorf("dateline %+v, want %+v", d.Dateline, want.Dateline)
		}
	}
	if d.Dateline != nil && d.Text[d.Dateline.Start:d.Dateline.End] != d.Dateline.Text {
		t.Errorf("dateline %+v is not a span of the text", d.Dateline)
	}
}
