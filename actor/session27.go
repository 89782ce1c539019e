package actor

// Session 27, actor round 15 (docs/KB.md, "Actor round 15").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/facility"
)

// companyTitleWords are the lower-case words of a company officer's title
// written between the company's name and his ("Toyota executive vice
// president X", "HP senior vice president X").
var companyTitleWords = map[string]bool{
	"president": true, "vice": true, "vice-president": true, "senior": true, "executive": true,
	"chairman": true, "chairwoman": true, "chief": true, "operating": true, "financial": true,
	"technology": true, "officer": true, "managing": true, "director": true, "general": true,
	"manager": true, "head": true, "founder": true, "co-founder": true, "corporate": true,
}

// companyOfficers gives a person named after a company's name and a
// lower-case officer's title ("HP senior vice president X") the company's
// code: the title alone read as a state's ("vice president" of the story's
// country, USAGOV) or the KB's namesake of the person (a senator) is not
// who he is in the story. The company is an ORG mention the KB codes as a
// business or multinational, ending right before the title; the person's
// later names and pronouns follow him through coreference.
func companyOfficers(d *doc.Document, ms []mention) {
	for i := range ms {
		p := &ms[i]
		if p.typ != "PER" || p.actor == nil || p.pronoun || p.sent < 0 {
			continue
		}
		sent0 := d.Sentences[p.sent].TokenStart
		k, titled := p.s, false
		for k-1 >= sent0 && companyTitleWords[tokenText(d, k-1)] {
			k, titled = k-1, true
		}
		for t := p.s; t < p.e && companyTitleWords[tokenText(d, t)]; t++ {
			titled = true
		}
		if !titled {
			continue
		}
		for j := range ms {
			o := &ms[j]
			if o.e != k || o.sent != p.sent || o.typ != "ORG" || o.pronoun || o.actor == nil || !businessCode(o.actor) {
				continue
			}
			if p.actor.Code == o.actor.Code {
				break
			}
			a := *p.actor
			a.Country, a.Sector, a.Code = o.actor.Country, o.actor.Sector, o.actor.Code
			if strings.HasPrefix(a.Code, a.Country) {
				a.Sector = a.Code[len(a.Country):]
			}
			a.ID = "" // not the KB's person of that name
			p.actor, p.officer = &a, true
			break
		}
	}
}

// businessCode reports a company's code: a country's BUS or an MNC.
func businessCode(a *doc.Actor) bool {
	return strings.HasPrefix(a.Code, "MNC") || a.Country != "" && a.Code == a.Country+"BUS"
}

// An outlet the KB does not know is that of the country its name begins
// with ("Kenya Times", "Vietnam News": namedOutlets) or, in a story of one
// country, that country's ("The Herald reported", "national newspaper
// Business Day": storyCountry). An outlet is an organisation whose name
// ends in a newspaper's word or that "newspaper", "daily" and the like
// introduce.

// outletName reports an organisation mention naming a newspaper, magazine
// or broadcaster.
func outletName(d *doc.Document, m *mention) bool {
	if m.typ != "ORG" || m.pronoun || m.titleOnly {
		return false
	}
	if w := tokenText(d, m.e-1); nerOutletWord(w) && w != "Agency" && w != "Press" || w == "Daily" {
		return true // "The Herald", "Shanghai Youth Daily" (not an "Agency": a state's)
	}
	sent0 := d.Sentences[m.sent].TokenStart
	if m.s-1 >= sent0 && outletNouns[tokenText(d, m.s-1)] {
		return true // "newspaper Kenya Times", "the official daily X"
	}
	if !round18Off["introducedOutlet"] && m.s-2 >= sent0 && tokenText(d, m.s-1) == "The" && outletNouns[tokenText(d, m.s-2)] {
		return true // "the local daily The Bangladesh Observer" (round18.go)
	}
	return m.e < len(d.Tokens) && d.Tokens[m.e].Sentence == d.Tokens[m.s].Sentence && outletNouns[tokenText(d, m.e)]
}

// unknownActor reports a mention the KB gave no code, country or sector.
func unknownActor(m *mention) bool {
	return m.actor != nil && m.actor.Code == "" && m.actor.Country == "" && m.actor.Sector == ""
}

// namedOutlets codes an unknown outlet whose name begins with a country's
// name as that country's media, before coreference, so that its later
// names follow. An adjective is not taken: "Lao Dong" is a Vietnamese
// paper.
func (r *Resolver) namedOutlets(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if !unknownActor(m) || !outletName(d, m) {
			continue
		}
		s := m.s
		if articleWord(tokenText(d, s)) {
			s++
		}
		if s >= m.e-1 {
			continue // the country's name alone is no outlet's
		}
		country := ""
		for _, mt := range r.kb.Lookup(tokenText(d, s), d.Date) {
			if mt.Kind == KindCountry && mt.Actor.Country != "" && r.isCountry(mt.Actor.Country) {
				country = mt.Actor.Country
				break
			}
		}
		if country == "" {
			continue
		}
		a := *m.actor
		a.Country, a.Sector, a.Code = country, "MED", country+"MED"
		m.actor = &a
	}
}

// indefinitePlaces marks as a location a town named between "a" or "an"
// (and at most two adjectives) and a building's or quarter's noun: "died in
// a central London hospital", "at a Baghdad office of the Red Crescent", "an
// Istanbul cathedral". No reader takes "a Riyadh palace" for Saudi
// Arabia's government; "Beijing authorities", "an Istanbul academic" (a
// person) and "the Riyadh talks" are left as they were. A mention the KB
// composed with the noun ("London hospital" GBRHLH) is the place too.
func (r *Resolver) indefinitePlaces(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.location || m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		sent0 := d.Sentences[m.sent].TokenStart
		nameEnd := m.e
		if facility.Building(tokenText(d, m.e-1)) && m.e-1 > m.s {
			nameEnd = m.e - 1 // "London hospital"
		} else if m.e >= len(d.Tokens) || d.Tokens[m.e].Sentence != d.Tokens[m.s].Sentence || !facility.Building(tokenText(d, m.e)) {
			continue
		}
		j := m.s - 1
		for k := 0; k < 2 && j >= sent0 && d.Tokens[j].UPOS == "ADJ" && isLowerWord(tokenText(d, j)); k++ {
			j--
		}
		if j < sent0 {
			continue
		}
		if w := strings.ToLower(tokenText(d, j)); w != "a" && w != "an" {
			continue
		}
		if r.kb.isPlaceName(d.Text[d.Tokens[m.s].Start:d.Tokens[nameEnd-1].End]) {
			m.location = true
		}
	}
}
