package actor

import "github.com/dyadproject/dyad/doc"

// Session 34's lead round (docs/KB.md, "Session 34 (lead)").

// noBetweenPair switches off betweenPair (tests only).
var noBetweenPair bool

// betweenTalks are the nouns of meeting whose "between A and B" names the
// two sides a later "both sides" stands for.
var betweenTalks = map[string]bool{"talks": true, "talk": true, "negotiations": true, "negotiation": true,
	"meeting": true, "meetings": true, "dialogue": true, "discussions": true, "contacts": true}

// betweenPair finds the two sides of the latest "talks between A and B"
// in the sentences before pair phrase i ("Qatar hosted the first direct
// talks between the Sudanese army and the Rapid Support Forces. The Qatari
// prime minister said both sides had agreed to a truce"): the host and the
// one reporting are no side. It returns the two mentions in text order, or
// -1, -1.
func betweenPair(d *doc.Document, ms []mention, i int) (int, int) {
	if noBetweenPair {
		return -1, -1
	}
	p := &ms[i]
	for j := i - 1; j >= 0 && ms[j].sent >= p.sent-opposedPairWindow; j-- {
		a := &ms[j]
		if a.sent == p.sent || a.pronoun || a.actor == nil || a.actor.Code == "" {
			continue
		}
		ha := spanHead(d, a.s, a.e)
		if ha < 0 || caseWord(d, ha, 4) != "between" {
			continue
		}
		// the noun of talks the phrase hangs on, maybe through another
		// modifier ("talks in two years between A and B")
		g := d.Tokens[ha].Head
		for step := 0; g >= 0 && step < 2 && !betweenTalks[tokenWord(d, g)]; step++ {
			if d.Tokens[g].UPOS != "NOUN" || d.Tokens[g].Deprel != "nmod" && d.Tokens[g].Deprel != "obl" {
				g = -1
				break
			}
			g = d.Tokens[g].Head
		}
		if g < 0 || !betweenTalks[tokenWord(d, g)] {
			continue
		}
		for k := j + 1; k < len(ms) && ms[k].sent == a.sent; k++ {
			b := &ms[k]
			if b.pronoun || b.actor == nil || b.actor.Code == "" || sameActor(a.actor, b.actor, 'a') {
				continue
			}
			if hb := spanHead(d, b.s, b.e); hb >= 0 && d.Tokens[hb].Head == ha && d.Tokens[hb].Deprel == "conj" {
				return j, k
			}
		}
	}
	return -1, -1
}

// noTitleAcronym switches off titleAcronymBefore (tests only).
var noTitleAcronym bool

// titleAcronymBefore reports whether mention o, right before person
// mention m with nothing between, is an organisation's title that opens
// with an acronym ("RSF commander" before "Abdelrahim Dagalo"): the
// entity stage split the officer's title from the name, and the person
// took the knowledge base's reading of the letters (Reporters Without
// Borders) where the story spells them as another body (the Rapid Support
// Forces, bindAcronyms).
func titleAcronymBefore(d *doc.Document, o, m *mention) bool {
	if noTitleAcronym || o.pronoun || o.typ != "ORG" || o.e != m.s || o.e-o.s < 2 {
		return false
	}
	return isAcronym(d.Text[d.Tokens[o.s].Start:d.Tokens[o.s].End])
}
