package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 22's probe review (docs/EVENTS.md, "Probe review, session 22"):
// an embassy or consulate is a country's mission abroad, so its country
// says where the story is not. "Protesters set fire to the French embassy
// in Niamey" is a story in Niger; counting the embassy's France made the
// protesters French (storyCountry), and "the US embassy in Baghdad" beside
// Iraq made a story of two countries.

// noReview22 switches the rule off (tests only).
var noReview22 bool

// missionWords are the head words of a country's mission abroad.
var missionWords = map[string]bool{"embassy": true, "embassies": true, "consulate": true,
	"consulates": true, "consulate-general": true}

// foreignMission reports whether mention m names a country's mission
// abroad ("the French embassy in Niamey", "the US consulate"): one of its
// words is a missionWords noun.
func foreignMission(d *doc.Document, m *mention) bool {
	if noReview22 {
		return false
	}
	for t := m.s; t < m.e && t < len(d.Tokens); t++ {
		if missionWords[strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[t].End])] {
			return true
		}
	}
	return false
}

// missionHost returns the country of the place an embassy mention names
// after "in" ("the French embassy in Niamey": NER), when the KB knows the
// words after "in" as a capital or city of one country and nothing else;
// "" otherwise. The story happens there, so that country counts for
// storyCountry in the embassy's stead.
func (k *KB) missionHost(d *doc.Document, m *mention) string {
	if noReview22 {
		return ""
	}
	name := afterIn(d, m)
	if name == "" || !k.isPlaceName(name) {
		return ""
	}
	country := ""
	for _, ai := range k.lookupAliases(name) {
		c := k.entries[k.aliases[ai].entry].country
		if c == "" || country != "" && c != country {
			return ""
		}
		country = c
	}
	return country
}

// afterIn returns the words of mention m after its first "in" ("Niamey" of
// "the French embassy in Niamey"), "" when it has none.
func afterIn(d *doc.Document, m *mention) string {
	for t := m.s; t+1 < m.e && t < len(d.Tokens); t++ {
		if strings.EqualFold(d.Text[d.Tokens[t].Start:d.Tokens[t].End], "in") {
			return d.Text[d.Tokens[t+1].Start:d.Tokens[m.e-1].End]
		}
	}
	return ""
}
