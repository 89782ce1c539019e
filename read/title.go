package read

import "strings"

// titleSeparators split a page title into the headline and the site's name
// ("Ruto visits Addis Ababa | Example News").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

// cleanTitle takes the site's name off a page title, but only when the page
// itself confirms which part is the name: the part equals the page's
// og:site_name, or the other part equals its first <h1> heading. A title
// whose parts nothing confirms is kept whole ("Kenya - Ethiopia talks end"
// may be a headline).
func cleanTitle(title, h1, siteName string) string {
	title = strings.TrimSpace(title)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i > 0 {
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if head != "" && tail != "" && (sameText(tail, siteName) || sameText(head, h1)) {
				return head
			}
		}
		if j := strings.Index(title, sep); j > 0 {
			head, tail := strings.TrimSpace(title[:j]), strings.TrimSpace(title[j+len(sep):])
			if head != "" && tail != "" && (sameText(head, siteName) || sameText(tail, h1)) {
				return tail
			}
		}
	}
	return title
}

// sameText compares two short texts ignoring case and runs of spaces; an
// empty text matches nothing.
func sameText(a, b string) bool {
	a, b = strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " ")
	return a != "" && strings.EqualFold(a, b)
}
