package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 23's everyday round (stories of our own: a border clash with a
// neighbour's mediation offer, a disputed election, a prisoner exchange
// brokered by a third country). Pair phrases ("both countries", "the two
// countries") after a third party's words:
//
//   - the last two actors count as named together (storyPairPicks keeps
//     them) only when joined by "and" alone (with commas or "the"), or the
//     second is a conjunct of the first in the parse: "talks between
//     Islamabad and Kabul and to help both sides ...," Iran's foreign
//     minister said" does not join Kabul and the minister, so the story's
//     pair stands (coordinated, which "they" uses too, only asks for an
//     "and" anywhere between);
//   - a go-between ("a swap between Moscow and Washington mediated by the
//     Emirates") is no side of a pair phrase in the sentences that follow
//     either, not only in its own sentence, when its sentence names the
//     two it mediates between.

// noEveryday23 switches the rules of this file off (tests).
var noEveryday23 bool

// joinedTokens reports whether mentions a and b (a before b, one
// sentence) are joined as conjuncts: only "and", "&", commas and "the"
// between them, or b's head a conjunct of a's.
func joinedTokens(d *doc.Document, a, b *mention) bool {
	if noEveryday23 {
		return true
	}
	ha, hb := spanHead(d, a.s, a.e), spanHead(d, b.s, b.e)
	if ha >= 0 && hb >= 0 && d.Tokens[hb].Deprel == "conj" && d.Tokens[hb].Head == ha {
		return true
	}
	for t := a.e; t < b.s; t++ {
		switch strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[t].End]) {
		case "and", "&", ",", "the":
		default:
			return false
		}
	}
	return true
}

// pairMediator reports whether mention m, in a sentence before pair phrase
// p's, is the agent of a verb of mediating between two others that its
// sentence names ("an exchange between Moscow and Washington mediated by
// the Emirates"): no side of the pair. Go-betweens with no sides named
// ("Egypt and Qatar have brokered talks. Officials in both countries")
// stay candidates.
func pairMediator(d *doc.Document, ms []mention, m, p *mention) bool {
	if noEveryday23 || m.sent >= p.sent || !mediator(d, m) {
		return false
	}
	sides := map[string]bool{}
	for j := range ms {
		x := &ms[j]
		if x.sent != m.sent || x.pronoun || x.actor == nil || x.actor.Code == "" || x.actor.Country == "" ||
			x.actor.Country == m.actor.Country || mediator(d, x) {
			continue
		}
		sides[x.actor.Country] = true
	}
	return len(sides) >= 2
}
