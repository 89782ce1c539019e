package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 24, actor round 13 (docs/KB.md, "Actor round 13").

// stateModifiers are the lower-case words that may stand between a
// country's name or adjective and the noun of its government, legislature
// or opposition without making it another body: "Spain's national
// government", "a Palestinian national unity government", "Cuba's national
// legislature", "Spain's main political opposition".
var stateModifiers = map[string]bool{
	"national": true, "unity": true, "main": true, "political": true, "new": true, "interim": true,
	"transitional": true, "caretaker": true, "coalition": true, "federal": true, "central": true,
	"provisional": true, "elected": true, "current": true, "ruling": true,
}

// stateHeads are the nouns such a phrase may end in.
var stateHeads = map[string]bool{
	"government": true, "legislature": true, "parliament": true, "opposition": true,
	"cabinet": true, "administration": true, "authorities": true, "leadership": true,
}

// modifierGap reports whether spans a (a country or nationality, with or
// without a possessive after it) and b (a state body's noun) are one
// phrase with one to three stateModifiers between them. The KB's spans
// are joined only when they touch (joined, portfolioGap): with an
// adjective between them the noun stood alone, and was coded from the
// story's country only when the story names one, else not at all.
func (k *KB) modifierGap(date string, words []string, a, b Span) bool {
	i := a.End
	if i < len(words) && (words[i] == "'s" || words[i] == "’s") {
		i++
	}
	n := 0
	for i < b.Start && stateModifiers[words[i]] {
		i++
		n++
	}
	if i != b.Start || n == 0 || n > 3 || b.End != b.Start+1 || !stateHeads[strings.ToLower(words[b.Start])] {
		return false
	}
	for _, h := range b.Hits {
		if h.Kind != KindSector {
			return false
		}
	}
	ms := k.SpanMatches(a, date)
	return len(ms) > 0 && !ms[0].Ambiguous && (ms[0].Kind == KindCountry || ms[0].Kind == KindNationality)
}

// sideWords are the nouns that after "the" and a nationality name a
// country's side in talks: "the Chinese side", "the Japanese side" (its
// government, as a delegation is).
var sideWords = map[string]bool{"side": true}

// sidePlacePreps before "the <nationality> side" make it a place: "from
// the Palestinian side", "on the Zambian side".
var sidePlacePreps = map[string]bool{"from": true, "on": true, "across": true, "along": true, "at": true, "into": true, "over": true}

// nationalSides makes "the <nationality> side" one mention of the
// country's government: the recogniser reads the nationality alone (the
// country), and "side" is no KB noun (a bare "side" names nobody).
func nationalSides(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.typ != "NORP" || m.pronoun || m.actor == nil || m.actor.Code == "" || m.actor.Sector != "" ||
			m.actor.Code != m.actor.Country || m.e-m.s != 1 || m.s == 0 || m.e >= len(d.Tokens) {
			continue
		}
		if d.Tokens[m.s-1].Sentence != d.Tokens[m.s].Sentence || d.Tokens[m.e].Sentence != d.Tokens[m.s].Sentence {
			continue
		}
		if !strings.EqualFold(tokenText(d, m.s-1), "the") || !sideWords[tokenText(d, m.e)] {
			continue
		}
		if i+1 < len(ms) && ms[i+1].s <= m.e {
			continue // the next word is a mention of its own
		}
		if m.e+1 < len(d.Tokens) && strings.EqualFold(tokenText(d, m.e+1), "of") {
			continue // "on the Zambian side of the border": a place
		}
		if m.s >= 2 && d.Tokens[m.s-2].Sentence == d.Tokens[m.s].Sentence && sidePlacePreps[strings.ToLower(tokenText(d, m.s-2))] {
			continue // "rockets fired from the Palestinian side": where from
		}
		a := *m.actor
		a.Sector, a.Code = "GOV", a.Country+"GOV"
		a.Name = d.Text[d.Tokens[m.s-1].Start:d.Tokens[m.e].End]
		m.actor, m.typ = &a, "ORG"
		m.s, m.e = m.s-1, m.e+1
	}
}

// orgNamedSpokes gives a spokesman named after an organisation's name the
// organisation's code when the organisation is a mention with a code of
// its own ("ZEC spokesperson X" after "the Zimbabwe Electoral Commission
// (ZEC)", "Hamas spokesman X"): spokesFor leaves a name after an
// organisation alone, as the organisation may be one the KB does not know.
// It reports whether it coded m.
func orgNamedSpokes(d *doc.Document, ms []mention, i, k int) bool {
	m := &ms[i]
	if i == 0 || !onlyBefore(d, m, k, bareTitleish) {
		return false
	}
	o := &ms[i-1]
	if o.e != m.s || o.sent != m.sent || o.typ != "ORG" || o.pronoun || o.location || o.actor == nil || o.actor.Code == "" || o.actor.Country == "" {
		return false
	}
	a := m.actor
	m.actor = &doc.Actor{Name: a.Name, ID: a.ID, Country: o.actor.Country, Sector: o.actor.Sector, Code: o.actor.Code}
	return true
}

// andPossessive returns the cluster of the person named just before "and
// his" / "and her" ("blamed the prime minister Hun Sen and his party",
// "Mandela and his wife"): the possessive is his, not the sentence's
// subject's; -1 when no such person stands there.
func andPossessive(d *doc.Document, ms []mention, of []int, cl []cluster, i int, g byte) int {
	m := &ms[i]
	if m.head != "his" && m.head != "her" || m.s < 2 || !strings.EqualFold(tokenText(d, m.s-1), "and") {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		p := &ms[j]
		if p.e < m.s-1 {
			break
		}
		if p.e != m.s-1 || p.sent != m.sent || p.pronoun || p.typ != "PER" || of[j] < 0 || p.actor == nil || p.actor.Code == "" {
			continue
		}
		if c := of[j]; cl[c].gender == 0 || cl[c].gender == g {
			return c
		}
	}
	return -1
}
