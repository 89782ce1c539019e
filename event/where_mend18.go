package event

import (
	"github.com/dyadproject/dyad/doc"
)

// Event places, mend of session 18 (the lead's stories s5 and s6). See
// docs/EVENTS.md, "Places".

// Capital returns the capital of a country (ISO alpha-3) as a place with
// no span, and whether it is known. The pipeline sets it from the
// gazetteer; nil leaves "the Qatari capital" unplaced.
var Capital func(iso3 string) (doc.Place, bool)

// capitalPlace returns the capital a locative phrase of the event's own
// clause names by its country's adjective ("met at a hotel in the Qatari
// capital", "arrived in the Kenyan capital"), spanning the adjective and
// "capital", or nil. The geo stage finds no place there: the phrase names
// none. Not what a statement is about ("condemned the bombing in the
// Somali capital").
func capitalPlace(d *doc.Document, s *sent, e *doc.Event, v int, verbs []int) *doc.Place {
	if Capital == nil {
		return nil
	}
	for k := 0; k < s.n; k++ {
		if s.lemma[k] != "capital" || s.upos[k] != "NOUN" {
			continue
		}
		cc, a := "", -1
		for _, c := range s.kids[k] {
			if c < k && (s.rel[c] == rCompound || s.rel[c] == rAmod) {
				if x := adjectiveCountry(d, s, c); x != "" {
					cc, a = x, c
				}
			}
		}
		if cc == "" || qualifiedCapital(s, k) { // where_review3.go
			continue
		}
		prep := s.caseOf(k)
		// A trip's capital ("came to the Chinese capital", where_r15.go)
		// places the act whatever its preposition and attachment.
		located := (locPreps[prep] || isVisit(s, e, v) && destination(s, v, prep, k)) && locativeOf(s, k, verbs)
		if !located && !tripCapital(s, v, prep, k) {
			continue
		}
		if topicPlace(s, e, v, k) || deedCapital(s, e, v, k) {
			continue
		}
		p, ok := Capital(cc)
		if !ok {
			return nil
		}
		p.Start, _ = s.tokenSpan(a)
		_, p.End = s.tokenSpan(k)
		p.Text = d.Text[p.Start:p.End]
		return &p
	}
	return nil
}

// adjectiveCountry returns the country of the nationality adjective at
// token c ("Qatari": an entity of type NORP the actor stage coded as a
// country), or "".
func adjectiveCountry(d *doc.Document, s *sent, c int) string {
	a, b := s.tokenSpan(c)
	for i := range d.Entities {
		en := &d.Entities[i]
		if en.Type == "NORP" && en.Start <= a && en.End >= b && en.Actor != nil && en.Actor.Country != "" && en.Actor.Code == en.Actor.Country {
			return en.Actor.Country
		}
	}
	return ""
}

// inConjunctClause reports whether the phrase headed by ph lies in the
// clausal complement of a verb conjoined to trigger v: what the second act
// offers, says or plans ("phoned both ministers and offered to host the
// ceremony in Washington"; "called for his release, and the opposition
// said the arrest was a blow to democracy in East Africa"), not where the
// first act was done. A phrase on the conjoined verb itself or its object
// ("met and signed a deal in Accra", "will hold talks, meet Chirac and
// deliver a speech in Paris", "arrived and attended a show for welcoming
// the delegation at the stadium") is left to the nearest rule.
func inConjunctClause(s *sent, ph, v int) bool {
	inner := false
	for x, steps := ph, 0; x >= 0 && x != v && steps <= s.n; x, steps = s.head[x], steps+1 {
		if s.rel[x] == rConj && s.head[x] == v && clauseHead(s, x) {
			return inner
		}
		if complementClause(s, x) {
			inner = true // what the conjoined verb says, offers or plans
		}
	}
	return false
}

// occasionSides returns the sides (side) of the meetings, visits and
// signings (CAMEO 04x, 057) the story places by their own clause in the
// dateline's country cc, or that have a side of that country (a hosting:
// "Qatar hosted the foreign ministers of Armenia and Azerbaijan"), or nil.
func occasionSides(d *doc.Document, own []bool, cc string) map[string]bool {
	var out map[string]bool
	for i := range d.Events {
		e := &d.Events[i]
		if e.Negated || e.Modality != "asserted" || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" {
			continue
		}
		if e.Cameo[:2] != "04" && e.Cameo != "057" {
			continue
		}
		placed := own[i] && e.Place != nil && e.Place.Country == cc
		if !placed && e.Source.Country != cc && e.Target.Country != cc {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[side(e.Source.Code)], out[side(e.Target.Code)] = true, true
	}
	return out
}

// thirdParty reports whether statement e is of a third country's side in a
// story filed from the place of an occasion (occasionSides sides): its
// source a country's side of neither the dateline's country cc nor the
// occasion, and no target of the occasion. The Kremlin warning about a
// deal reached in Doha speaks from Moscow, not from the Doha dateline.
func thirdParty(e *doc.Event, sides map[string]bool, cc string) bool {
	if sides == nil || !statementCode(e.Cameo) || e.Source.Code == "" || e.Source.Country == "" || e.Source.Country == cc || !countrySide(e.Source.Code) {
		return false
	}
	if sides[side(e.Source.Code)] {
		return false
	}
	return e.Target == nil || e.Target.Code == "" || !sides[side(e.Target.Code)]
}

// complementClause reports whether x heads a clausal complement told as
// one: an infinitive ("offered to host"), or a clause with a subject or a
// "that" of its own ("said the arrest was a blow"). A bare verb the parser
// hung as a complement is mostly the next item of a list ("will hold
// talks, meet Chirac, deliver a speech in Paris").
func complementClause(s *sent, x int) bool {
	return (s.rel[x] == rCcomp || s.rel[x] == rXcomp) && (s.hasChild(x, rMark) || s.hasChild(x, rNsubj))
}
