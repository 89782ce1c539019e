package read

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/dyadproject/dyad/doc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// html extracts an article from an HTML page: the main text through
// go-readability, the metadata from the page's head (read before
// readability, which rewrites the tree).
func (o *options) html(s *src, data []byte) (*doc.Document, error) {
	root, err := html.Parse(strings.NewReader(s.htmlString(data)))
	if err != nil {
		return nil, fmt.Errorf("unreadable HTML: %w", err)
	}
	m := scanMeta(root)
	art, err := readable(root)
	if err != nil {
		return nil, err
	}

	d := &doc.Document{Origin: s.origin}
	if art.Node != nil {
		d.Text = cleanRendered(render.InnerText(art.Node))
	}
	if d.Text == "" {
		// Readability found no article (a page too short or too unusual for
		// its scoring): fall back to all the text of the body.
		if body := findElement(root, atom.Body); body != nil {
			d.Text = cleanRendered(render.InnerText(body))
		}
	}
	d.Source = firstOf(m.siteName, strings.TrimSpace(art.SiteName()))
	d.Title = cleanTitle(firstOf(strings.TrimSpace(art.Title()), m.ogTitle, m.title), m.h1, d.Source)
	d.URL = firstOf(m.canonical, m.ogURL)
	d.Lang = firstOf(m.lang, strings.TrimSpace(art.Language()))

	// The date: the first candidate that parses, in order of reliability;
	// readability's own reading of the metadata comes before a bare <time>
	// element, which may date anything on the page.
	dates := m.dates
	if t, err := art.PublishedTime(); err == nil {
		dates = append(dates, t.Format("2006-01-02"))
	}
	dates = append(dates, m.timeDates...)
	raw := ""
	for _, c := range dates {
		if _, ok := ParseDate(c); ok {
			raw = c
			break
		}
	}
	if raw == "" && len(dates) > 0 {
		raw = dates[0] // finish warns that it cannot be parsed
	}
	return s.finish(d, raw, 0), nil
}

// readable runs readability, turning a panic on a strange page into a
// rejection of that page rather than the end of the run.
func readable(root *html.Node) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	p := readability.NewParser()
	return p.ParseAndMutate(root, nil)
}

// htmlString decodes an HTML page. UTF-8 is taken as it is; otherwise a
// charset declared in the page (<meta charset>, http-equiv) is used, since
// older news sites often serve windows-1252 or a national encoding; failing
// that, the bytes are repaired as UTF-8 with a warning.
func (s *src) htmlString(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	if label := declaredCharset(data); label != "" {
		if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(data); err == nil {
				return string(out)
			}
		}
	}
	return s.utf8(data, 0)
}

// declaredCharset finds the charset declared by a <meta> element in the
// first 1024 bytes, as browsers' prescan does.
func declaredCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 1024)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var httpEquiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					return strings.TrimSpace(string(v))
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if httpEquiv == "content-type" {
				if m := contentCharset.FindStringSubmatch(content); m != nil {
					return m[1]
				}
			}
		}
	}
}

var contentCharset = regexp.MustCompile(`(?i)charset\s*=\s*["']?([\w.:-]+)`)

// meta is what the page says about itself.
type meta struct {
	title, ogTitle   string
	h1               string // the first <h1> heading's text
	canonical, ogURL string
	siteName, lang   string
	dates            []string // publication date candidates, best first
	timeDates        []string // <time datetime> values, a last resort
}

// dateKeys are <meta> names, properties and itemprops that carry the
// publication date, best first.
var dateKeys = []string{
	"article:published_time", "datepublished", "og:published_time", "published_time",
	"date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
	"dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created",
	"citation_publication_date", "citation_date", "parsely-pub-date", "sailthru.date",
	"article.published", "displaydate",
}

// scanMeta walks the page once for its metadata.
func scanMeta(root *html.Node) meta {
	var m meta
	found := map[string]string{}
	var jsonLD []string
	var pubTimes []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = strings.TrimSpace(attr(n, "lang"))
			case atom.Title:
				if m.title == "" {
					m.title = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.Link:
				if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, a := range []string{"property", "name", "itemprop"} {
					k := strings.ToLower(strings.TrimSpace(attr(n, a)))
					if k == "" {
						continue
					}
					if _, ok := found[k]; !ok {
						found[k] = content
					}
				}
			case atom.Time:
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt == "" {
					dt = strings.TrimSpace(textOf(n))
				}
				if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					pubTimes = append(pubTimes, dt)
				} else if attr(n, "datetime") != "" {
					m.timeDates = append(m.timeDates, dt)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					jsonLD = append(jsonLD, textOf(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)

	m.ogTitle = found["og:title"]
	if m.ogTitle == "" {
		m.ogTitle = found["twitter:title"]
	}
	m.ogURL = found["og:url"]
	m.siteName = found["og:site_name"]
	for _, js := range jsonLD {
		if d := jsonLDDate(js); d != "" {
			m.dates = append(m.dates, d)
			break
		}
	}
	for _, k := range dateKeys {
		if v := found[k]; v != "" {
			m.dates = append(m.dates, v)
		}
	}
	m.dates = append(m.dates, pubTimes...)
	return m
}

// jsonLDDate finds datePublished (else dateCreated) in a JSON-LD block,
// looking through arrays and @graph.
func jsonLDDate(js string) string {
	js = strings.TrimSpace(js)
	js = strings.TrimSuffix(strings.TrimPrefix(js, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(js), &v) != nil {
		return ""
	}
	for _, key := range []string{"datePublished", "dateCreated"} {
		if d := findKey(v, key, 0); d != "" {
			return d
		}
	}
	return ""
}

// findKey returns the first string value of key, depth first.
func findKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch t := v.(type) {
	case map[string]any:
		if s, ok := t[key].(string); ok && s != "" {
			return s
		}
		// Look at the likely containers first, in a fixed order.
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if d := findKey(t[k], key, depth+1); d != "" {
				return d
			}
		}
	case []any:
		for _, e := range t {
			if d := findKey(e, key, depth+1); d != "" {
				return d
			}
		}
	}
	return ""
}

// cleanRendered tidies rendered text: no trailing spaces on lines, at most
// one blank line between paragraphs, nothing around the whole.
func cleanRendered(s string) string {
	s = normalizeNewlines(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\u00a0")
	}
	s = strings.Join(lines, "\n")
	s = blankLines.ReplaceAllString(s, "\n\n")
	return trimText(s)
}

var blankLines = regexp.MustCompile(`\n{3,}`)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf is the concatenated text of a node's descendants.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
