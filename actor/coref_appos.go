package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// officialNamed gives an unknown person the code of the office set off
// after his name by a comma, when that office is a coded mention of its
// own ending in an officer's word: "Karim Haddad, a senior Hamas official
// in Gaza," (the KB composed "Hamas official", Hamas's code), "Maria
// Lind, a WHO official from Sweden," (session 21). spokesmanNamed does
// the same for spokesmen, with the apposition closed right after the
// title; here a place or body after a preposition may follow it ("in
// Gaza", "from Sweden").
func officialNamed(d *doc.Document, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		m := &ms[i]
		if m.typ != "PER" || m.pronoun || m.titleOnly || m.nameless || m.actor == nil || m.actor.Code != "" || m.actor.Country != "" {
			continue
		}
		t := &ms[i+1]
		if t.sent != m.sent || !appositiveGap(d, m.e, t.s) || t.pronoun || t.actor == nil || t.actor.Code == "" || t.actor.Country == "" {
			continue
		}
		if t.typ == "PER" && !t.titleOnly && !t.nameless {
			continue // another named person: "X, Y and Z"
		}
		if !officerWords[tokenWord(d, t.e-1)] {
			continue
		}
		if !closesAppositive(d, t.e) && !appositivePrep[strings.ToLower(tokenText(d, t.e))] {
			continue
		}
		b := *t.actor
		b.Name, b.ID, b.Mention = m.actor.Name, m.actor.ID, nil
		m.actor = &b
	}
}

// officerWords end an office held by one person in an apposition.
var officerWords = map[string]bool{
	"official": true, "officer": true, "representative": true, "envoy": true, "delegate": true,
	"adviser": true, "advisor": true, "director": true, "commander": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "negotiator": true,
}

// appositivePrep may follow the office inside the apposition.
var appositivePrep = map[string]bool{"in": true, "from": true, "at": true, "based": true}

// pluralTitleList gives the names listed after a plural title and its first
// name the title's code when the KB has no office of theirs in force (or no
// entry): "Vice Presidents A, B and C" are
// all vice presidents, though the title stands before the first only
// (session 21). A name the KB gives an office keeps it; a name of another
// country keeps its own.
func pluralTitleList(d *doc.Document, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		m := &ms[i]
		// the title's country may be the story's, filled in later: its
		// sector alone then, and a listed name's KB country
		if m.typ != "PER" || m.pronoun || m.titleOnly || m.nameless || m.actor == nil ||
			m.actor.Sector == "" || m.actor.Sector == "ELI" || !pluralTitled(d, m) {
			continue
		}
		end := m.e
		for j := i + 1; j < len(ms); j++ {
			n := &ms[j]
			if n.sent != m.sent || n.s <= end || n.typ != "PER" || n.pronoun || n.titleOnly || n.nameless || n.actor == nil {
				break
			}
			listed := true
			for t := end; t < n.s; t++ {
				if w := tokenText(d, t); w != "," && w != "and" {
					listed = false
				}
			}
			if !listed {
				break
			}
			end = n.e
			if n.actor.Code != "" && n.actor.Sector != "ELI" || n.actor.Country != "" && m.actor.Country != "" && n.actor.Country != m.actor.Country {
				continue
			}
			b := *m.actor
			b.Name, b.ID, b.Mention = n.actor.Name, n.actor.ID, nil
			if b.Country == "" && n.actor.Country != "" {
				b.Country, b.Code = n.actor.Country, n.actor.Country+b.Sector
			}
			n.actor = &b
		}
	}
}

// pluralTitles are titles in the plural that may head a list of names.
var pluralTitles = map[string]bool{
	"presidents": true, "ministers": true, "premiers": true, "generals": true, "senators": true,
	"governors": true, "commanders": true, "secretaries": true, "chairmen": true, "judges": true,
}

// pluralTitled reports a person's mention opening with a plural title
// ("Vice Presidents A") in its first three words.
func pluralTitled(d *doc.Document, m *mention) bool {
	for t := m.s; t < m.e && t < m.s+3; t++ {
		if pluralTitles[tokenWord(d, t)] {
			return true
		}
	}
	return false
}
