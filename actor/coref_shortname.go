package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// bindShortNames gives an organisation written short the actor of the
// document's full name it shortens: "the Front" after "the United Front",
// "the League" after "the Northern League", "the Commission" after "the
// European Commission". The longer name may go on in lower case ("the
// United Front coalition"). The short name must be the last words of exactly
// one longer organisation name in the document (any other organisation
// ending in those words, coded or not, makes it ambiguous and binds
// nothing), and only a short name the knowledge base leaves uncoded is
// bound: the document says which front it means. The longer name's actor
// must be named with those words too ("United Front" for "the United Front
// coalition"), so that a code the resolver read off part of the longer
// name ("the United Front Against the Provisional Legislature") does not
// spread to another part of it.
func bindShortNames(d *doc.Document, ms []mention) {
	word := func(t int) string { return d.Text[d.Tokens[t].Start:d.Tokens[t].End] }
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.actor == nil || m.actor.Code != "" || m.typ != "ORG" || m.titleOnly || m.e-m.s > 2 {
			continue
		}
		short := true
		for t := m.s; t < m.e; t++ {
			if w := word(t); !isCapitalised(w) || isAcronym(w) {
				short = false
			}
		}
		if !short {
			continue
		}
		var full *mention
		for j := range ms {
			n := &ms[j]
			if j == i || n.pronoun || n.actor == nil || n.typ != "ORG" {
				continue
			}
			e := n.e // the name's capitalised end: "the United Front coalition"
			governs := false
			for e > n.s && !isCapitalised(word(e-1)) {
				governs = governs || governsWord[strings.ToLower(word(e-1))]
				e--
			}
			if e-n.s <= m.e-m.s || governs {
				continue // ("the United Front government" is the state's, not the Front)
			}
			same := true
			for k := 1; k <= m.e-m.s; k++ {
				if word(e-k) != word(m.e-k) {
					same = false
					break
				}
			}
			if !same {
				continue
			}
			if full != nil && (full.actor.Code != n.actor.Code || full.actor.Name != n.actor.Name) {
				full = nil
				break
			}
			if full == nil {
				full = n
			}
		}
		if full == nil || full.actor.Code == "" || !endsWithWords(full.actor.Name, d, m.s, m.e) {
			continue // the code must be the whole name's, not a KB name inside it
		}
		m.actor = unanchored(full.actor)
	}
}

// partySector reports a party's code: PTY or OPP.
func partySector(a *doc.Actor) bool {
	return a != nil && (a.Sector == "PTY" || a.Sector == "OPP")
}

// bindForeignPartyNames gives a party's short name the KB reads as one
// country's party ("Labour", Britain's) the party of another country the
// story names in full with those words ("the Israeli Labour Party … Labour
// said"; round 8). Every such full name must be the same party, and the
// story must not name the KB's own party in more words than the short name
// ("the British Labour Party"): then the short name stays the KB's.
func bindForeignPartyNames(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.typ != "ORG" || m.titleOnly || m.e-m.s > 2 || !partySector(m.actor) {
			continue
		}
		words := make([]string, 0, 2)
		for t := m.s; t < m.e; t++ {
			words = append(words, strings.ToLower(tokenText(d, t)))
		}
		short := " " + strings.Join(words, " ") + " "
		var full *doc.Actor
		own := false
		for j := range ms {
			n := &ms[j]
			if j == i || n.pronoun || n.typ != "ORG" || n.e-n.s <= m.e-m.s || !partySector(n.actor) {
				continue
			}
			if n.actor.Code == m.actor.Code && n.actor.Name == m.actor.Name {
				own = true
				break
			}
			if n.actor.Country == m.actor.Country || !strings.Contains(" "+strings.ToLower(n.actor.Name)+" ", short) {
				continue
			}
			if full != nil && (full.Code != n.actor.Code || full.Name != n.actor.Name) {
				own = true // two foreign parties: undecided
				break
			}
			full = n.actor
		}
		if full != nil && !own && !ownCountryBeside(ms, i, full.Country) {
			m.actor = unanchored(full)
		}
	}
}

// ownCountryBeside reports whether the sentence of short party name ms[i]
// names an actor of the KB party's country and none of the foreign
// party's country fc: "The Israeli Labour Party elected a leader. In London,
// Prime Minister Keir Starmer said Labour would win" is Britain's (review2).
func ownCountryBeside(ms []mention, i int, fc string) bool {
	m := &ms[i]
	own := false
	for j := range ms {
		n := &ms[j]
		if j == i || n.sent != m.sent || n.actor == nil || n.actor.Country == "" {
			continue
		}
		if n.actor.Country == fc {
			return false
		}
		own = own || n.actor.Country == m.actor.Country
	}
	return own
}

// endsWithWords reports whether name's last words are the tokens [s, e)
// of d, compared without regard to case.
func endsWithWords(name string, d *doc.Document, s, e int) bool {
	f := strings.Fields(name)
	if len(f) < e-s {
		return false
	}
	f = f[len(f)-(e-s):]
	for k, t := 0, s; t < e; k, t = k+1, t+1 {
		if !strings.EqualFold(f[k], d.Text[d.Tokens[t].Start:d.Tokens[t].End]) {
			return false
		}
	}
	return true
}

// congressStates are countries whose legislature is called Congress.
var congressStates = map[string]bool{"USA": true, "PHL": true, "COL": true, "PER": true, "ARG": true,
	"BRA": true, "MEX": true, "CHL": true, "GTM": true, "HND": true, "PRY": true, "BOL": true,
	"ECU": true, "SLV": true, "NIC": true, "DOM": true, "VEN": true, "URY": true, "CRI": true, "PAN": true}

// congressStory reports whether the story names a country other than own
// whose legislature is a Congress: there a bare "Congress" may be that one.
func congressStory(ms []mention, own string) bool {
	for i := range ms {
		if a := ms[i].actor; a != nil && a.Country != own && congressStates[a.Country] {
			return true
		}
	}
	return false
}

// bindPartyNouns reads a capitalised sector noun that ends the name of a
// party the story names as that party: "the Congress" in a story that
// names the Indian National Congress ("the Congress party") is the party,
// not a legislature of the story's country. Exactly one party's name must
// end in the word, no mention may name a legislature with it ("the US
// Congress"), and a bare noun ("Congress workers celebrated") binds only
// when the story names no other country whose legislature is a Congress
// ("President Joe Biden asked Congress to approve …").
func bindPartyNouns(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.actor != nil || !m.titleOnly || m.sector == "" || m.e != m.s+1 {
			continue
		}
		w := d.Text[d.Tokens[m.s].Start:d.Tokens[m.s].End]
		if !isCapitalised(w) || isAcronym(w) {
			continue
		}
		the := m.s > 0 && strings.EqualFold(d.Text[d.Tokens[m.s-1].Start:d.Tokens[m.s-1].End], "the")
		var party *doc.Actor
		for j := range ms {
			n := &ms[j]
			if n.actor != nil && n.actor.Sector != "PTY" && n.actor.Code != "" && n.e-n.s > 1 &&
				strings.EqualFold(d.Text[d.Tokens[n.e-1].Start:d.Tokens[n.e-1].End], w) {
				party = nil // "the US Congress" names the legislature the word stands for here
				break
			}
			if n.pronoun || n.actor == nil || n.actor.Sector != "PTY" || n.actor.Code == "" {
				continue
			}
			f := strings.Fields(n.actor.Name)
			if len(f) < 2 || f[len(f)-1] != w {
				continue
			}
			if party != nil && (party.Code != n.actor.Code || party.Name != n.actor.Name) {
				party = nil
				break
			}
			party = n.actor
		}
		if party == nil || !the && congressStory(ms, party.Country) {
			continue // bare "Congress" beside Washington: "asked Congress to approve"
		}
		m.actor, m.typ = unanchored(party), "ORG"
	}
}
