package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 21's everyday round (the lead's story of a border clash between
// two countries, told with the reactions of third countries): a pair
// phrase ("the two countries", "both leaders", "both sides") whose last
// two actors named are third parties named apart ("China urged ..., while
// the United States said ...") is the story's pair: the two the story set
// against each other, however far back.

// storyPairPicks returns the mentions pair phrase i stands for when the
// last two actors named (picks, as resolvePlural found them) are not the
// pair the story set against each other: the two actors of the latest
// clash told anywhere before (opposedBy), when they are of two countries,
// the picks are not named together ("A and B") and not both of those
// countries, and no actor of those countries acts on the phrase ("Thailand
// urged both sides"). For people ("both leaders") the last person of each
// country stands (the country's government when none is named), kind the
// kind of phrase to code them as. ok is false when nothing changes.
func storyPairPicks(d *doc.Document, ms []mention, i int, picks []int, kind byte) ([]int, byte, bool) {
	p := &ms[i]
	if noEveryday21 || p.head != "pair" {
		return nil, 0, false
	}
	if len(picks) == 2 && coordinated(d, ms, picks) && joinedTokens(d, &ms[picks[1]], &ms[picks[0]]) {
		return nil, 0, false
	}
	a, b := storyOpposed(d, ms, i)
	if a < 0 {
		return nil, 0, false
	}
	ca, cb := ms[a].actor.Country, ms[b].actor.Country
	if ca == "" || cb == "" || ca == cb {
		return nil, 0, false
	}
	if len(picks) == 2 {
		x, y := ms[picks[0]].actor.Country, ms[picks[1]].actor.Country
		if x == ca && y == cb || x == cb && y == ca {
			return nil, 0, false
		}
	}
	for j := 0; j < i; j++ {
		m := &ms[j]
		if m.sent != p.sent || m.actor == nil || (m.actor.Country != ca && m.actor.Country != cb) {
			continue
		}
		if subjectOver(d, m, p) || mediator(d, m) {
			return nil, 0, false
		}
	}
	if kind != 'p' {
		return []int{b, a}, kind, true
	}
	pa, pb := lastPerson(ms, i, ca), lastPerson(ms, i, cb)
	if pa < 0 || pb < 0 {
		// a country with no leader named: its government
		if pa < 0 {
			pa = a
		}
		if pb < 0 {
			pb = b
		}
		return []int{pb, pa}, 'g', true
	}
	return []int{pb, pa}, kind, true
}

// lastPerson is the last named person of country c before mention i, or -1.
func lastPerson(ms []mention, i int, c string) int {
	for j := i - 1; j >= 0; j-- {
		m := &ms[j]
		if m.typ == "PER" && !m.pronoun && m.actor != nil && m.actor.Code != "" && m.actor.Country == c {
			return j
		}
	}
	return -1
}

// storyOpposed is opposedPair with no window: the latest two actors set
// against each other in any sentence before or at pair phrase i's.
func storyOpposed(d *doc.Document, ms []mention, i int) (int, int) {
	p := &ms[i]
	for si := p.sent; si >= 0; si-- {
		var cand []int
		for j := 0; j < i; j++ {
			m := &ms[j]
			if m.sent != si || m.pronoun || m.actor == nil || m.actor.Code == "" || m.typ == "LOC" {
				continue
			}
			if m.actor.Sector == "CVL" || m.typ == "GPE" && m.actor.Code != m.actor.Country && locativePlace(d, m) {
				continue
			}
			cand = append(cand, j)
		}
		if a, b := opposedAmong(d, ms, cand, true); a >= 0 {
			return a, b
		}
	}
	return -1, -1
}

// fireNouns are what two sides exchange when they fight.
var fireNouns = map[string]bool{"fire": true, "gunfire": true, "shot": true, "artillery": true, "shell": true,
	"rocket": true, "blow": true, "salvo": true, "volley": true}

// exchangedFire reports whether mentions a and b, of two countries, are
// named together ("Thai and Cambodian troops", "A and B") as the doers of
// fighting: a word of fighting, or exchange with an object of fireNouns,
// governs b within three steps.
func exchangedFire(d *doc.Document, a, b *mention) bool {
	if a.sent != b.sent || b.s < a.e || b.s-a.e > 1 || a.actor.Country == b.actor.Country {
		return false
	}
	if b.s > a.e && !strings.EqualFold(d.Text[d.Tokens[a.e].Start:d.Tokens[a.e].End], "and") {
		return false
	}
	hb := spanHead(d, b.s, b.e)
	if hb < 0 {
		return false
	}
	var verbs []int
	for t, k := hb, 0; k < 3 && t >= 0; k++ {
		t = d.Tokens[t].Head
		if t >= 0 {
			verbs = append(verbs, t)
		}
	}
	if hb+1 < len(d.Tokens) && d.Tokens[hb+1].Head == hb && d.Tokens[hb+1].Deprel == "acl" {
		verbs = append(verbs, hb+1) // "Thai and Cambodian troops exchanged fire" parsed as a noun root
	}
	for _, t := range verbs {
		if d.Tokens[t].UPOS != "VERB" {
			continue
		}
		if conflictWord(d, t) {
			return true
		}
		if d.Tokens[t].Lemma != "exchange" && d.Tokens[t].Lemma != "trade" {
			continue
		}
		for o := t + 1; o < len(d.Tokens) && d.Tokens[o].Sentence == d.Tokens[t].Sentence; o++ {
			if d.Tokens[o].Head == t && d.Tokens[o].Deprel == "obj" && fireNouns[strings.ToLower(d.Tokens[o].Lemma)] {
				return true
			}
		}
	}
	return false
}

// noEveryday21 switches the rules of this file off (tests).
var noEveryday21 bool

// alikeSides reports whether the two sides picks of "both sides" (the pair
// the story set against each other) are of two countries and coded in two
// sectors ("Cambodia's defence ministry" and "Thai jets"): the sides are
// then the two countries, coded alike.
func alikeSides(ms []mention, picks []int) bool {
	if noEveryday21 || len(picks) != 2 {
		return false
	}
	a, b := ms[picks[0]].actor, ms[picks[1]].actor
	return a.Country != "" && b.Country != "" && a.Country != b.Country && a.Sector != b.Sector
}
