package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// A country written before the role and the name of a sportsman, coach or
// artist belongs to that person's mention, which names no actor: "French
// coach X", "Argentina manager X", "China's defending champion X",
// "Canadian Olympic wrestling champion X" (the actor gold's guidelines: a
// country's name or adjective is the country unless it is part of a longer
// mention; athletes and private people are none). The country is kept when
// the person after the role is coded ("Kenyan Trade Minister X" is no such
// role anyway) or when no person follows ("French coaches said").

// privateRoles are roles of people with no political, official or economic
// standing in the news.
var privateRoles = map[string]bool{
	"coach": true, "manager": true, "striker": true, "forward": true, "midfielder": true,
	"mid-fielder": true, "defender": true, "goalkeeper": true, "keeper": true, "winger": true,
	"footballer": true, "cricketer": true, "batsman": true, "bowler": true, "paceman": true,
	"spinner": true, "shuttler": true, "paddler": true, "swimmer": true, "sprinter": true,
	"runner": true, "boxer": true, "wrestler": true, "golfer": true, "cyclist": true,
	"jockey": true, "athlete": true, "gymnast": true, "skater": true, "skier": true,
	"champion": true, "star": true, "player": true, "skipper": true, "captain": true,
	"international": true, "teammate": true, "actor": true, "actress": true, "singer": true,
	"novelist": true, "filmmaker": true, "film-maker": true, "pianist": true, "model": true,
	"actors": true, "players": true, "stars": true, "singers": true,
}

// privateRoleModifiers marks the country words before a private role and an
// uncoded person (after coreference, which may still code the person).
func privateRoleModifiers(d *doc.Document, ms []mention) {
	starts := personStarts(ms)
	for i := range ms {
		m := &ms[i]
		if m.actor == nil || m.actor.Code == "" || m.actor.Sector != "" || m.pronoun || m.typ == "PER" || m.location {
			continue
		}
		if p := privatePersonAfter(d, m.e, m.sent, starts); p != nil {
			m.privateModifier = true
		}
	}
}

// personStarts maps the first token of each PER mention that is no
// pronoun to that mention.
func personStarts(ms []mention) map[int]*mention {
	starts := map[int]*mention{}
	for i := range ms {
		if m := &ms[i]; m.typ == "PER" && !m.pronoun {
			starts[m.s] = m
		}
	}
	return starts
}

// privatePersonAfter is the uncoded person named after a private role that
// starts at token j (after a possessive and at most three lower-case or
// "Olympic" modifiers: "'s defending champion", "Olympic wrestling
// champion", "head coach"), in sentence si; nil if none.
func privatePersonAfter(d *doc.Document, j, si int, starts map[int]*mention) *mention {
	return personAfterRole(d, j, si, starts, privateRoles, olympicModifier)
}

// olympicModifier is the capitalised word privatePersonAfter lets stand
// between a country and a private role.
var olympicModifier = map[string]bool{"Olympic": true}

// personAfterRole is the uncoded person named right after one of roles
// (written in lower case) that starts at token j, after a possessive and at
// most three lower-case words or words of modifiers, in sentence si; nil if
// none, or if the person there is coded.
func personAfterRole(d *doc.Document, j, si int, starts map[int]*mention, roles, modifiers map[string]bool) *mention {
	end := d.Sentences[si].TokenEnd
	if j < end {
		if w := tokenText(d, j); w == "'s" || w == "’s" {
			j++
		}
	}
	for k := 0; k < 4 && j < end; k++ {
		w := tokenText(d, j)
		lw := strings.ToLower(w)
		if roles[lw] && w == lw {
			p := starts[j+1]
			if p == nil || p.sent != si || p.actor != nil && p.actor.Code != "" {
				return nil
			}
			return p
		}
		if !isLowerWord(w) && !modifiers[w] {
			return nil
		}
		j++
	}
	return nil
}

// A company or outlet the KB does not know, named after its country and a
// common noun saying what it is, is that country's business or media:
// "Japanese entertainment group Avex Group Holdings" (JPNBUS), "the Turkish
// daily Sabah" (TURMED), "Italian carmaker X". The guidelines code a
// company the KB lacks by its home country where the text makes it clear.

// companyNouns and outletNouns end the words between the country and the
// name.
var (
	companyNouns = map[string]bool{
		"group": true, "firm": true, "company": true, "carmaker": true, "automaker": true,
		"conglomerate": true, "giant": true, "maker": true, "manufacturer": true, "producer": true,
		"operator": true, "airline": true, "carrier": true, "insurer": true, "retailer": true,
		"bank": true, "lender": true, "developer": true, "supplier": true, "distributor": true,
	}
	outletNouns = map[string]bool{
		"daily": true, "newspaper": true, "weekly": true, "paper": true, "broadcaster": true,
		"magazine": true, "tabloid": true,
	}
)

// countryCompanies codes such organisations (before coreference, so that
// their later bare names follow).
func countryCompanies(d *doc.Document, ms []mention) {
	for i := 1; i < len(ms); i++ {
		m := &ms[i]
		if m.typ != "ORG" && m.typ != "LOC" && m.typ != "PER" || m.pronoun || m.titleOnly || m.actor != nil && (m.actor.Code != "" || m.actor.Country != "" || m.actor.Sector != "") {
			continue
		}
		p := &ms[i-1]
		if p.sent == m.sent && p.e == m.s && p.actor != nil && !p.pronoun && p.actor.Country != "" &&
			(p.actor.Code == p.actor.Country+"BUS" && companyNouns[tokenText(d, p.e-1)] ||
				p.actor.Code == p.actor.Country+"MED" && outletNouns[tokenText(d, p.e-1)]) {
			// "Italian carmaker Fiat": the KB composed the country and
			// the noun; the name after them is that company
			a := *p.actor
			a.Mention, a.ID = nil, ""
			if m.actor != nil {
				a.Name = m.actor.Name
			}
			m.actor, m.typ = &a, "ORG"
			continue
		}
		if p.sent != m.sent || p.actor == nil || p.actor.Code == "" || p.actor.Sector != "" || p.pronoun ||
			p.typ != "NORP" && p.typ != "GPE" || p.e >= m.s || m.s-p.e > 3 {
			continue
		}
		if len(p.actor.Code) != 3 || p.actor.Country != p.actor.Code {
			continue // a country's or a people's bare code ("JPN")
		}
		sector := ""
		for t := p.e; t < m.s; t++ {
			w := tokenText(d, t)
			if !isLowerWord(w) {
				sector = ""
				break
			}
			switch {
			case companyNouns[w]:
				sector = "BUS"
			case outletNouns[w]:
				sector = "MED"
			default:
				sector = ""
			}
		}
		if sector == "" {
			continue
		}
		a := doc.Actor{Country: p.actor.Country, Sector: sector, Code: p.actor.Country + sector}
		if m.actor != nil {
			a.Name = m.actor.Name
		} else {
			s, e := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
			a.Name = d.Text[s:e]
		}
		m.actor, m.typ = &a, "ORG" // (the recogniser may take a daily's name for a place)
	}
}
