package actor

// The story's country for bare sector nouns. "Police said", "the rebels",
// "the government" name a group without saying whose; a CAMEO coder
// reading a story about one country codes them as that country's police,
// rebels or government. storyCountry does the same, and only then: when
// every mention with a country in the document names one and the same
// country and no international organisation (regions do not count). A
// story that names two countries, or a country and an organisation whose
// troops or officials the noun may mean ("ISAF troops ... the troops"),
// leaves the noun unresolved, as before. "party" is left alone (a bare
// "party" is as often a rave or a wedding as a political party), and so are
// the sectors of things more than groups (storySectors).

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// storySectors are the sectors whose bare nouns take the story's country:
// state bodies, armed groups, the opposition and ordinary people ("40
// people", "civilians", "refugees"). A bare "school", "company" or
// "hospital" is a place or a thing more often than a group that acts.
var storySectors = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "REB": true, "OPP": true, "JUD": true,
	"LEG": true, "CVL": true, "REF": true, "UAF": true,
}

// orgSectors are the sectors an international organisation has too (its
// troops, police missions, officials, assemblies and courts): a story that
// names one leaves their bare nouns unresolved. An organisation has no
// opposition, rebels, civilians or refugees of its own.
var orgSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "UAF": true, "LEG": true, "JUD": true}

// congressIsParty are the countries whose news calls a party "the
// Congress" (the Indian National Congress, the Nepali Congress) and its
// parliament something else.
var congressIsParty = map[string]bool{"IND": true, "NPL": true}

// storyCountry gives the unresolved bare sector nouns of ms, and the people
// named with a title that says no country, the country of a one-country
// document.
func (r *Resolver) storyCountry(d *doc.Document, ms []mention) {
	country := ""
	orgNamed := false
	for i := range ms {
		a := ms[i].actor
		if a == nil || a.Country == "" || a.Country == country || a.Sector == "MED" {
			continue // the wire service ("(AFP)") or a paper quoted is not the story's country
		}
		if ci, ok := r.kb.codes[a.Country]; !ok || ci.kind != KindCountry {
			if ok && ci.kind == KindOrg && strings.HasPrefix(a.Code, "IGO") {
				// "ISAF troops ... troops": an international
				// organisation's men are no country's; its officials,
				// courts and assemblies neither (a private one, such as
				// Amnesty International, has none of these)
				orgNamed = true
			}
			continue
		}
		if country != "" {
			return // two countries: the noun could be either's
		}
		country = a.Country
	}
	if country == "" {
		return
	}
	fills := func(sector string) bool {
		return storySectors[sector] && (!orgNamed || !orgSectors[sector])
	}
	for i := range ms {
		m := &ms[i]
		if a := m.actor; a != nil {
			// "Foreign Ministry spokesman Liu Jianchao": a title without a
			// country before an unknown person, and the pronouns linked to him
			// (not a "captain": in news more often a team's than a ship's or an army's)
			if a.Code == "" && a.Country == "" && fills(a.Sector) && m.head != "captain" {
				b := *a
				b.Country, b.Code = country, country+a.Sector
				m.actor = &b
			}
			continue
		}
		if !m.titleOnly || !fills(m.sector) || m.typ != "ORG" {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if congressIsParty[country] && strings.EqualFold(d.Text[d.Tokens[m.e-1].Start:end], "congress") {
			continue // India's "the Congress" is the party, not parliament
		}
		m.actor = &doc.Actor{Name: d.Text[start:end], Country: country, Sector: m.sector,
			Code: country + m.sector}
	}
}
