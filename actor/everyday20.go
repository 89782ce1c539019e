package actor

import "github.com/dyadproject/dyad/doc"

// Rules of session 20's everyday round (the lead's story of a crackdown on
// an opposition march), chosen on sentences the team wrote itself.

// OppositionTitle switches oppositionTitles off for the tests.
var OppositionTitle = true

// oppositionTitleWords are the titles of people who speak or sit for a
// party rather than hold office: "opposition" before one makes its holder
// the opposition's.
var oppositionTitleWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"lawmaker": true, "legislator": true, "mp": true, "senator": true, "politician": true, "figure": true,
	"official": true, "deputy": true, "member": true, "activist": true, "candidate": true}

// oppositionTitles gives a person named with a title that "opposition"
// (or "opposition party") stands right before the opposition of his
// country ("opposition spokesman Daniel Wekesa", "opposition lawmaker X",
// "the opposition party spokeswoman X"), where the title word alone gave
// him the government's or parliament's sector; the mentions bound to him
// (his pronouns, his later mentions) with him.
func oppositionTitles(d *doc.Document, ms []mention) {
	if !OppositionTitle {
		return
	}
	turned := map[string]string{} // person → country
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || m.pronoun || m.typ != "PER" || len(a.Country) != 3 || a.Sector != "GOV" && a.Sector != "LEG" {
			continue
		}
		if oppositionTitled(d, m) {
			turned[a.Name] = a.Country
		}
	}
	if len(turned) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		a := m.actor
		if a == nil || a.Name == "" || turned[a.Name] != a.Country || a.Sector != "GOV" && a.Sector != "LEG" {
			continue
		}
		b := *a
		b.Sector, b.Code = "OPP", a.Country+"OPP"
		m.actor = &b
	}
}

// oppositionTitled reports whether mention m has a title word of
// oppositionTitleWords with "opposition" or "opposition party" right
// before it, in the mention or just before it.
func oppositionTitled(d *doc.Document, m *mention) bool {
	sent := d.Tokens[m.s].Sentence
	for t := m.s; t < m.e; t++ {
		if !oppositionTitleWords[tokenWord(d, t)] {
			continue
		}
		p := t - 1
		if p >= 0 && tokenWord(d, p) == "party" {
			p--
		}
		if p >= 0 && d.Tokens[p].Sentence == sent && tokenWord(d, p) == "opposition" {
			return true
		}
	}
	return false
}
