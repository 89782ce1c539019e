package actor

import "github.com/dyadproject/dyad/doc"

// Session 33 (lead): bare bodies in a datelined story about one country
// that also names others. "DAKAR (Reuters) - Senegalese police arrested
// an opposition leader … Thousands of demonstrators clashed with riot
// police in the capital … France and the United States expressed
// concern": storyCountry fills bare bodies ("riot police",
// "demonstrators", "the interior ministry") with the story's country only
// when the story names one country; with the foreign reactions named it
// gave persons alone their country, and the clash lost both sides. When
// the dominant country (dominantOf: named at least three times and twice
// as often as any other) is also the dateline's, the bare bodies take it
// as in a one-country story, except in a sentence that names another
// country ("French police").

// DatelineHome switches the rule on (the default).
var DatelineHome = true

// datelineHome reports whether country, the dominant one of a story that
// names several, is the dateline's.
func (r *Resolver) datelineHome(d *doc.Document, country string) bool {
	return DatelineHome && country != "" && r.datelineCountry(d) == country
}
