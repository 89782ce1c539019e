package event

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 14 (session 27, places-dev14; docs/EVENTS.md,
// "Places round 14").

// placeRound14 runs the round's steps, last in Place: the acts of a person
// the story says "is in" a place "for" something take that place when
// nothing else placed them (presencePlace).
func placeRound14(d *doc.Document) {
	presencePlace(d)
}

// presence is a person the story says is now in a place ("Hu is in Hanoi
// for a state visit"): the words of the person's name, lower-cased, and
// the place.
type presence struct {
	name []string
	p    *doc.Place
}

// presencePlace places the unplaced acts of a person the story says is in a
// place for a purpose, in the present tense ("President Hu is in Hanoi for
// a state visit to Vietnam, where he will attend the APEC meeting";
// "Kibaki, who is in Beijing for a summit, said ..."): a talk of his with a
// leader of a third country, which toldVisit leaves alone since neither
// side is the visited country's, is held where he is. The person is the
// event's source or target (every word of the subject's name in the
// actor's name); the act is asserted, not of force (mayCarry), and of the
// days around publication (a stay told in the present is the one under
// way); a person the story puts in two places places nothing. A past stay
// ("was in Geneva to lobby") is left alone. A plan no step placed is
// placed where it was voiced (the README's rule 7): "pledged there to
// deepen ties". places-dev13: one event, places-dev14: one (Hanoi for
// the Chinese president's talks with the Japanese premier told "here").
func presencePlace(d *doc.Document) {
	lo, hi, ok := pubWindow(d) // where_r10.go
	if !ok {
		return
	}
	stays := storyPresences(d)
	if len(stays) == 0 {
		return
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || !mayCarry(e) {
			continue
		}
		if a, b, ok := eventDays(e); ok && (b.Before(lo) || a.After(hi)) {
			continue
		}
		var p *doc.Place
		for _, st := range stays {
			if !namedBy(&e.Source, st.name) && (e.Target == nil || !namedBy(e.Target, st.name)) {
				continue
			}
			if p != nil && p.Name != st.p.Name {
				p = nil
				break
			}
			p = st.p
		}
		if p != nil {
			c := *p
			e.Place = &c
		}
	}
}

// storyPresences returns the story's present-tense stays of a named person
// in a place (staysFor with "is" or "are": "X is in Hanoi for ...").
func storyPresences(d *doc.Document) []presence {
	var out []presence
	placePhrases(d, func(p *doc.Place, s *sent, h int, prep string, ph int) bool {
		if ph != h || !staysFor(s, prep, ph) { // where_r12.go
			return true
		}
		if c := s.child(ph, rCop); c < 0 || s.lower[c] != "is" && s.lower[c] != "are" {
			return true
		}
		if name := personName(s, s.child(ph, rNsubj)); name != nil {
			out = append(out, presence{name, p})
		}
		return true
	})
	return out
}

// placePhrases calls f, in text order, for each place of the story with a
// country whose sentence is parsed and whose span has a head h, with the
// preposition and head of the phrase it is in (placePrep; ph -1 when
// none); f returns false to stop. The walk the story-wide steps share
// (storyVisitPlace, storyArrivals, storyPresences).
func placePhrases(d *doc.Document, f func(p *doc.Place, s *sent, h int, prep string, ph int) bool) {
	var s sent
	cur := -1
	for i := range d.Places {
		p := &d.Places[i]
		si := sentenceOf(d, p.Start)
		if si < 0 || p.Country == "" {
			continue
		}
		s.resetAt(d, si, &cur)
		if !parsed(&s) {
			continue
		}
		h := spanHead(&s, p.Start, p.End)
		if h < 0 {
			continue
		}
		prep, ph := placePrep(&s, d, h, p.Start, true)
		if !f(p, &s, h, prep, ph) {
			return
		}
	}
}

// personName returns the lower-cased proper nouns of the name phrase
// headed by x and its flat parts ("President Hu Jintao": jintao, hu), or nil when x is no
// proper noun.
func personName(s *sent, x int) []string {
	if x < 0 || s.upos[x] != "PROPN" {
		return nil
	}
	var name []string
	for _, k := range s.kids[x] {
		if s.rel[k] == rFlat && s.upos[k] == "PROPN" {
			name = append(name, s.lower[k]) // a title ("President") is a compound, left out
		}
	}
	return append(name, s.lower[x])
}

// namedBy reports whether every word of name is a word of a's name.
func namedBy(a *doc.Actor, name []string) bool {
	words := strings.Fields(strings.ToLower(a.Name))
	for _, w := range name {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return len(name) > 0
}

// hostOrGuest reports whether event e of a visit to country cc is between
// the host's side and another's (one of its sides of cc), or, with one side
// only ("the Vietnamese premier witnessed the signing", the other side
// unread), an act of the host's side.
func hostOrGuest(e *doc.Event, cc string) bool {
	a := side(e.Source.Code)
	b := ""
	if e.Target != nil {
		b = side(e.Target.Code)
	}
	if a == "" || b == "" {
		return strings.HasPrefix(a+b, cc)
	}
	return strings.HasPrefix(a, cc) != strings.HasPrefix(b, cc)
}
