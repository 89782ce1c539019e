package read

import (
	"os"
	"strings"
	"testing"
)

func TestHTMLArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	r := walk(t, []string{"testdata/article.html"}, Options{})
	if len(r.warns) != 0 {
		t.Errorf("warnings %q", r.warnStrings())
	}
	d := r.one(t)
	if d.Title != "Andean ministers agree on river patrols" {
		t.Errorf("title %q", d.Title)
	}
	if d.Date != "2024-05-02" {
		t.Errorf("date %q, want the JSON-LD date as written", d.Date)
	}
	if d.URL != "https://planet.example/world/andes-patrols" {
		t.Errorf("url %q, want the canonical link", d.URL)
	}
	if d.Source != "The Daily Planet" || d.Lang != "en-GB" || d.Origin != "testdata/article.html" {
		t.Errorf("source %q, lang %q, origin %q", d.Source, d.Lang, d.Origin)
	}
	// Readability drops the headline (it duplicates the title) and the byline.
	if !strings.HasPrefix(d.Text, "LIMA (Reuters) - Foreign ministers") {
		t.Errorf("text does not start with the first paragraph:\n%s", d.Text)
	}
	if d.Dateline == nil || d.Dateline.Text != "LIMA" {
		t.Errorf("dateline %+v", d.Dateline)
	}
	for _, junk := range []string{"Home", "noodle bar", "Copyright", "do not read me", "font-family"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text has page furniture %q:\n%s", junk, d.Text)
		}
	}
	// Paragraphs are kept, one blank line apart, each on one line.
	paras := strings.Split(d.Text, "\n\n")
	last := paras[len(paras)-1]
	if last != "A second round of talks is planned for September in Quito." {
		t.Errorf("last paragraph %q\ntext:\n%s", last, d.Text)
	}
	if !strings.Contains(d.Text, "\n\n\u201cWe have talked about this for a decade,\u201d one delegate told reporters outside the meeting.") {
		t.Errorf("quote paragraph not intact:\n%s", d.Text)
	}
	if strings.Contains(d.Text, "\n\n\n") || strings.Contains(d.Text, " \n") {
		t.Errorf("untidy white space:\n%q", d.Text)
	}
	if r.bytes != int64(len(data)) {
		t.Errorf("bytes %d, want %d", r.bytes, len(data))
	}
}

func TestHTMLMetadata(t *testing.T) {
	body := `<body><article><p>Residents of the coastal town voted on Sunday to keep the harbour open to fishing boats.</p>
<p>The mayor said the result would be sent to the regional government next week.</p></article></body></html>`
	tests := []struct {
		name, head       string
		title, date, url string
		warn             string
		name2            string // file name, default page.html
	}{
		{name: "og tags", head: `<meta property="og:title" content="Town keeps harbour open"><meta property="og:url" content="https://x.example/h"><meta property="article:published_time" content="2024-03-10T08:00:00Z">`,
			title: "Town keeps harbour open", date: "2024-03-10", url: "https://x.example/h"},
		{name: "title element and meta name=date", head: `<title>Town keeps harbour open</title><meta name="date" content="2024-03-10">`,
			title: "Town keeps harbour open", date: "2024-03-10"},
		{name: "site name after the headline", head: `<title>Town keeps harbour open | Coast Herald</title><meta property="og:site_name" content="Coast Herald">`,
			title: "Town keeps harbour open"},
		{name: "pubdate", head: `<meta name="pubdate" content="March 10, 2024">`, date: "2024-03-10"},
		{name: "DC.date", head: `<meta name="DC.date" content="2024-03-10">`, date: "2024-03-10"},
		{name: "itemprop datePublished", head: `<meta itemprop="datePublished" content="2024-03-10">`, date: "2024-03-10"},
		{name: "time element", head: ``, date: "2024-03-10",
			name2: "time.htm"},
		{name: "JSON-LD array", head: `<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2024-03-10"}]</script>`, date: "2024-03-10"},
		{name: "unparseable date warns", head: `<meta name="date" content="sometime in spring">`, warn: `unparseable date "sometime in spring"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head>" + tc.head + "</head>" + body
			if tc.name2 != "" {
				page = strings.Replace(page, "<article>", `<article><time datetime="2024-03-10T09:30">Sunday</time>`, 1)
			}
			r := read(t, "page.html", []byte(page), Options{})
			d := r.one(t)
			if d.Title != tc.title || d.Date != tc.date || d.URL != tc.url {
				t.Errorf("title %q date %q url %q; want %q %q %q", d.Title, d.Date, d.URL, tc.title, tc.date, tc.url)
			}
			if tc.warn == "" && len(r.warns) > 0 || tc.warn != "" && !contains(r.warnStrings(), tc.warn) {
				t.Errorf("warnings %q, want %q", r.warnStrings(), tc.warn)
			}
			if !strings.Contains(d.Text, "Residents of the coastal town") || !strings.Contains(d.Text, "boats.\n\nThe mayor") {
				t.Errorf("text %q", d.Text)
			}
		})
	}
}

func TestHTMLSniffing(t *testing.T) {
	page := "<!-- saved page -->\n<HTML><body><p>Election officials began counting ballots late on Sunday night.</p></body></HTML>"
	for _, name := range []string{"page", "page.txt", "-", "page.htm"} {
		r := read(t, name, []byte(page), Options{})
		if d := r.one(t); d.Text != "Election officials began counting ballots late on Sunday night." {
			t.Errorf("%s: text %q", name, d.Text)
		}
	}
	// An .html file is HTML even when it does not start like one.
	r := read(t, "frag.html", []byte("<p>Officials <b>met</b>.</p>"), Options{})
	if d := r.one(t); d.Text != "Officials met." {
		t.Errorf("fragment text %q", d.Text)
	}
}

// A page in a declared legacy charset is decoded, not repaired.
func TestHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 talks</title></head>" +
		"<body><p>Ministers met in a caf\xe9 near the Pe\xf1a bridge and agreed on a plan.</p></body></html>"
	r := read(t, "legacy.html", []byte(page), Options{})
	d := r.one(t)
	if len(r.warns) != 0 {
		t.Errorf("warnings %q", r.warnStrings())
	}
	if d.Title != "Café talks" || d.Text != "Ministers met in a café near the Peña bridge and agreed on a plan." {
		t.Errorf("title %q text %q", d.Title, d.Text)
	}

	// Without a declaration the bytes are repaired as UTF-8, with a warning.
	page = strings.Replace(page, `<meta charset="windows-1252">`, "", 1)
	r = read(t, "legacy.html", []byte(page), Options{})
	d = r.one(t)
	if !strings.Contains(d.Text, "caf\ufffd") || !contains(r.warnStrings(), "invalid UTF-8: 3 bytes replaced") {
		t.Errorf("text %q warnings %q", d.Text, r.warnStrings())
	}
}
