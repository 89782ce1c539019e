package actor

// Session 36, actor round 23 (docs/KB.md, "Session 36 (actor round 23)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// round23Off switches a rule of the round off by name (tests only: each
// test shows its rule changes the result).
var round23Off = map[string]bool{}

// givenNameMin is how many of the KB's people must bear a given name for
// GivenNameGender to give it a gender (KB.givenNames, built once per KB
// from its persons and their Wikidata genders).
const givenNameMin = 1

// GivenNameGender returns the gender the KB's people named w (their first
// word) nearly all share, or 0. It lets coreference know "Christine Loh", a
// legislator the KB does not hold, is no antecedent of "he".
func (k *KB) GivenNameGender(w string) byte {
	if k == nil || w == "" {
		return 0
	}
	k.givenOnce.Do(func() {
		type count struct{ m, f int }
		n := map[string]*count{}
		for i := range k.entries {
			e := &k.entries[i]
			if e.kind != KindPerson || e.gender == 0 {
				continue
			}
			sp := strings.IndexByte(e.name, ' ')
			if sp <= 1 {
				continue
			}
			g := strings.ToLower(e.name[:sp])
			c := n[g]
			if c == nil {
				c = &count{}
				n[g] = c
			}
			if e.gender == 'm' {
				c.m++
			} else {
				c.f++
			}
		}
		givenNames := map[string]byte{}
		for g, c := range n {
			// 95%: "Kim" (68 men, 16 women) and "Jean" stay open
			switch t := c.m + c.f; {
			case t < givenNameMin:
			case c.m*20 >= t*19:
				givenNames[g] = 'm'
			case c.f*20 >= t*19:
				givenNames[g] = 'f'
			}
		}
		k.givenNames = givenNames
	})
	return k.givenNames[strings.ToLower(w)]
}

// givenNameOf returns the given name of a named person mention: the word
// before its last when both are capitalised ("legislator Christine Loh" →
// "Christine"), else "".
func givenNameOf(d *doc.Document, m *mention) string {
	if m.e-m.s < 2 {
		return ""
	}
	g, last := tokenText(d, m.e-2), tokenText(d, m.e-1)
	if !startsUpper(g) || !startsUpper(last) {
		return ""
	}
	return g
}

// airlineWords before "carrier" make it an airline, not a warship: "the
// national carrier", "budget carriers", "a low-cost carrier".
var airlineWords = map[string]bool{
	"national": true, "flag": true, "low-cost": true, "budget": true, "air": true, "airline": true,
	"cargo": true, "domestic": true, "regional": true, "no-frills": true, "state-owned": true, "passenger": true,
	"long-haul": true, "discount": true, "charter": true, "private": true, "local": true, "foreign": true,
}

// airlineCarriers recodes the sector noun "carrier", which the Phoenix
// agents file reads as the military's (an aircraft carrier), as a
// business where a word before it makes it an airline ("the national
// carrier's report": ESPBUS, not ESPMIL). "aircraft carrier" keeps MIL.
func airlineCarriers(d *doc.Document, ms []mention) {
	if round23Off["airlineCarrier"] {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.actor == nil || m.actor.Sector != "MIL" || m.pronoun {
			continue
		}
		h := strings.ToLower(tokenText(d, m.e-1))
		if h != "carrier" && h != "carriers" || m.e-2 < 0 {
			continue
		}
		if d.Tokens[m.e-2].Sentence != d.Tokens[m.e-1].Sentence || !airlineWords[strings.ToLower(tokenText(d, m.e-2))] {
			continue
		}
		a := *m.actor
		a.Sector, a.Code = "BUS", a.Country+"BUS"
		m.actor = &a
	}
}
