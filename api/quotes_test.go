package api

import (
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// quoteDocs are two invented stories with hand-made quotes and tone.
func quoteDocs() []*doc.Document {
	text1 := `"The accord protects our rivers," Kenyan President William Ruto said. ` +
		`An Ethiopian official said talks would continue.`
	d1 := &doc.Document{ID: "q1", Date: "2024-05-02", Title: "Accord quotes", Text: text1}
	d1.Sentences = []doc.Sentence{{Start: 0, End: find(d1, "said.").End},
		{Start: find(d1, "An Ethiopian").Start, End: len(text1)}}
	ruto := doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}
	m := find(d1, "William Ruto")
	ruto.Mention = &doc.Mention{Start: m.Start, End: m.End, Text: m.Text}
	eth := doc.Actor{Name: "Government of Ethiopia", Code: "ETHGOV", Country: "ETH", Sector: "GOV"}
	d1.Quotes = []doc.Quote{
		{Content: find(d1, "The accord protects our rivers,"), Cue: ptrSpan(find(d1, "said.")),
			Source: ptrSpan(find(d1, "Kenyan President William Ruto")), Speaker: &ruto, Kind: "direct"},
		{Content: find(d1, "talks would continue"), Source: ptrSpan(find(d1, "An Ethiopian official")),
			Speaker: &eth, Kind: "indirect"},
	}
	d1.Quotes[0].Cue.End--
	d1.Quotes[0].Cue.Text = "said"
	d1.Tone = &doc.Tone{Tone: 5, Positive: 10, Negative: 5, Polarity: 15, Words: 20}
	text2 := "A protest leader said the police had attacked the march."
	d2 := &doc.Document{ID: "q2", Date: "2024-06-01", Title: "March", Text: text2,
		Sentences: []doc.Sentence{{Start: 0, End: len(text2)}}}
	d2.Quotes = []doc.Quote{{Content: find(d2, "the police had attacked the march"),
		Source: ptrSpan(find(d2, "A protest leader")), Kind: "indirect"}}
	return []*doc.Document{d1, d2}
}

func ptrSpan(s doc.Span) *doc.Span { return &s }

// find is the span of the first occurrence of s in d's text.
func find(d *doc.Document, s string) doc.Span {
	i := strings.Index(d.Text, s)
	if i < 0 {
		panic("no " + s + " in " + d.ID)
	}
	return d.SpanOf(i, i+len(s))
}

type quoteResp struct {
	Quotes []struct {
		doc.Quote
		DocID    string `json:"doc_id"`
		Index    int    `json:"index"`
		Date     string `json:"date"`
		DocTitle string `json:"doc_title"`
	} `json:"quotes"`
	Count, Limit, Offset int
}

func getQuotes(t *testing.T, url string) quoteResp {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, body)
	}
	var r quoteResp
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("GET %s: %v: %s", url, err, body)
	}
	return r
}

func TestQuotes(t *testing.T) {
	srv, _ := serveDocs(t, Options{MaxLimit: 2}, quoteDocs())
	docs := quoteDocs()

	all := getQuotes(t, srv.URL+"/api/quotes")
	if all.Count != 3 || len(all.Quotes) != 2 || all.Limit != 2 || all.Offset != 0 {
		t.Fatalf("all quotes: count %d, %d back, limit %d (MaxLimit 2 is the default page)",
			all.Count, len(all.Quotes), all.Limit)
	}
	first := all.Quotes[0]
	if first.DocID != "q1" || first.Index != 0 || first.Date != "2024-05-02" || first.DocTitle != "Accord quotes" ||
		!reflect.DeepEqual(first.Quote, docs[0].Quotes[0]) {
		t.Errorf("first quote = %+v, want %+v", first, docs[0].Quotes[0])
	}

	for _, tc := range []struct {
		query string
		want  []string // doc_id/index
	}{
		{"speaker=ruto", []string{"q1/0"}},
		{"speaker=protest+leader", []string{"q2/0"}},
		{"country=eth", []string{"q1/1"}},
		{"from=2024-05-03", []string{"q2/0"}},
		{"to=2024-05-02&kind=indirect", []string{"q1/1"}},
		{"text=RIVERS", []string{"q1/0"}},
		{"kind=direct", []string{"q1/0"}},
		{"offset=1&limit=5", []string{"q1/1", "q2/0"}}, // limit capped at 2
		{"speaker=nobody", []string{}},
	} {
		r := getQuotes(t, srv.URL+"/api/quotes?"+tc.query)
		got := []string{}
		for _, q := range r.Quotes {
			got = append(got, q.DocID+"/"+string(rune('0'+q.Index)))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("?%s: got %v, want %v", tc.query, got, tc.want)
		}
	}

	for query, param := range map[string]string{
		"kind=rumour":                   "kind",
		"country=K+E":                   "country",
		"from=yesterday":                "from",
		"from=2024-06-02&to=2024-06-01": "to",
		"limit=0":                       "limit",
		"offset=-1":                     "offset",
		"actor=KEN":                     "actor", // an events filter, unknown here
		"speaker=a&speaker=b":           "speaker",
	} {
		m := get(t, srv, "GET", "/api/quotes?"+query, 400)
		if msg, _ := m["error"].(string); !strings.Contains(msg, param) {
			t.Errorf("?%s: error %q does not name %s", query, msg, param)
		}
	}
	get(t, srv, "POST", "/api/quotes", 405)
}

func TestDocumentCarriesQuotesAndTone(t *testing.T) {
	srv, _ := serveDocs(t, Options{}, quoteDocs())
	resp, err := http.Get(srv.URL + "/api/documents/q1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var d doc.Document
	if err := json.NewDecoder(resp.Body).Decode(&d); err != nil {
		t.Fatal(err)
	}
	want := quoteDocs()[0]
	if !reflect.DeepEqual(d.Quotes, want.Quotes) || d.Tone == nil || *d.Tone != *want.Tone {
		t.Errorf("document q1: quotes %+v tone %v, want %+v %+v", d.Quotes, d.Tone, want.Quotes, *want.Tone)
	}
}
