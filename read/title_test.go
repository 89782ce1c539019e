package read

import "testing"

func TestCleanTitle(t *testing.T) {
	cases := []struct{ title, h1, site, want string }{
		{"Ruto visits Addis Ababa | Coast Herald", "", "Coast Herald", "Ruto visits Addis Ababa"},
		{"Ruto visits Addis Ababa - Coast Herald", "Ruto visits Addis Ababa", "", "Ruto visits Addis Ababa"},
		{"Coast Herald | Ruto visits Addis Ababa", "", "Coast Herald", "Ruto visits Addis Ababa"},
		{"Coast Herald — Ruto visits Addis Ababa", "Ruto visits Addis Ababa", "", "Ruto visits Addis Ababa"},
		// Nothing on the page says which part is the site: kept whole.
		{"Kenya - Ethiopia talks end", "", "", "Kenya - Ethiopia talks end"},
		{"Kenya - Ethiopia talks end | Coast Herald", "", "coast herald", "Kenya - Ethiopia talks end"},
		{"Talks end", "Talks end", "Coast Herald", "Talks end"},
	}
	for _, c := range cases {
		if got := cleanTitle(c.title, c.h1, c.site); got != c.want {
			t.Errorf("cleanTitle(%q, %q, %q) = %q, want %q", c.title, c.h1, c.site, got, c.want)
		}
	}
}
