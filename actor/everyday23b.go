package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 23's second everyday round (stories of our own: a Security
// Council vote on a peacekeeping mandate, a tariff dispute, an earthquake
// abroad with foreign aid). A country's envoy to an organisation:
//
//   - "Norway's U.N. ambassador X", "Chile's EU envoy": the KB composes the
//     possessive, the organisation and the title into one run coded as the
//     organisation (IGOUNO), and the name after it takes that code; the
//     envoy is his country's diplomat (its GOV), as "Norwegian U.N.
//     ambassador X" already is.

// noEveryday23b switches the rules of this file off (tests).
var noEveryday23b bool

// envoyTitles are the titles of a country's representative to an
// organisation.
var envoyTitles = map[string]bool{
	"ambassador": true, "envoy": true, "representative": true, "delegate": true,
}

// orgEnvoys recodes a mention "<country>'s <organisation> <envoy title>"
// coded as the organisation, and a name right after it (or after a comma)
// with the same code, as the country's government.
func (r *Resolver) orgEnvoys(d *doc.Document, ms []mention) {
	if noEveryday23b {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.actor == nil || m.e-m.s < 4 {
			continue
		}
		if info, ok := r.kb.codes[m.actor.Country]; !ok || info.kind != KindOrg {
			continue
		}
		if !envoyTitles[strings.ToLower(tokenText(d, m.e-1))] {
			continue
		}
		p := -1
		for t := m.s + 1; t < m.e-2; t++ {
			if w := tokenText(d, t); w == "'s" || w == "’s" {
				p = t
				break
			}
		}
		if p < 0 {
			continue
		}
		var name []string
		for t := m.s; t < p; t++ {
			name = append(name, tokenText(d, t))
		}
		country := ""
		for _, c := range r.kb.Lookup(strings.Join(name, " "), d.Date) {
			if c.Kind == KindCountry && c.Actor.Country != "" && !c.Ambiguous {
				country = c.Actor.Country
				break
			}
		}
		if country == "" {
			continue
		}
		org := m.actor.Code
		a := *m.actor
		a.Country, a.Sector, a.Code, a.ID, a.Name = country, "GOV", country+"GOV", "", strings.Join(name, " ")
		m.actor = &a
		for j := i + 1; j < len(ms) && j <= i+1; j++ {
			n := &ms[j]
			gap := n.s - m.e
			if n.actor == nil || n.actor.Code != org || n.typ != "PER" || gap > 1 || gap == 1 && tokenText(d, m.e) != "," {
				break
			}
			b := *n.actor
			b.Country, b.Sector, b.Code = country, "GOV", country+"GOV"
			n.actor = &b
		}
	}
}

// partyTitles are the titles a party's officer bears ("party spokesman X").
var partyTitles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "secretary": true,
}

// partySpokesmen recodes a person titled "party spokesman" (the word
// "party" right before the title, lower-case) whom the title made his
// country's government: he speaks for the party the story named last, in
// his sentence or the three before it (an opposition or party actor of
// his country), not for the government. A "ruling party spokesman" keeps
// his code, and so does one with no party named before.
func partySpokesmen(d *doc.Document, ms []mention) {
	if noEveryday23b {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.actor == nil || m.typ != "PER" || m.actor.Sector != "GOV" {
			continue
		}
		t := -1
		for k := m.s; k+1 < m.e; k++ {
			if tokenText(d, k) == "party" && partyTitles[strings.ToLower(tokenText(d, k+1))] {
				t = k
				break
			}
		}
		if t < 0 || t > 0 && strings.EqualFold(tokenText(d, t-1), "ruling") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &ms[j]
			if m.sent-p.sent > 3 {
				break
			}
			if p.actor == nil || p.actor.Country != m.actor.Country || p.actor.Sector != "PTY" && p.actor.Sector != "OPP" {
				continue
			}
			a := *m.actor
			a.Sector, a.Code = p.actor.Sector, p.actor.Code
			m.actor = &a
			break
		}
	}
}
