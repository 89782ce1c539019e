package event

import "github.com/dyadproject/dyad/doc"

// Event places, round 7 (session 21, places-dev7): rules chosen on the
// seven place golds together. See docs/EVENTS.md, "Places", round 7.

// actorModifier reports whether the place headed by h, found in the
// object ph of a visit ("planned to visit US troops at two bases"), is only
// the nationality of the group visited: h modifies ph (compound or
// adjective, through names), ph is a common noun that is no kind of place,
// and ph lies in an actor's mention (the event's target, or an entity the
// actor stage coded). The visit is not in the United States. "visited the
// Kisumu region" (a kind of place) and "visited Nairobi" (the object
// itself) are left alone.
func actorModifier(d *doc.Document, s *sent, e *doc.Event, h, ph int) bool {
	if h == ph || ph < 0 || s.upos[ph] != "NOUN" || placeKinds[s.lemma[ph]] || placeNouns[s.lemma[ph]] {
		return false
	}
	x := h
	for steps := 0; x >= 0 && x != ph && steps < 4; steps++ {
		switch s.rel[x] {
		case rCompound, rAmod, rFlat:
			x = s.head[x]
			continue
		}
		return false
	}
	if x != ph {
		return false
	}
	a, b := s.tokenSpan(ph)
	if t := e.Target; t != nil && t.Mention != nil && t.Start < b && t.End > a {
		return true
	}
	for _, en := range d.Entities {
		if en.Actor != nil && en.Actor.Code != "" && en.Start < b && en.End > a {
			return true
		}
	}
	return false
}

// placeNouns are common nouns of places a visit's object may be headed by
// beside the kind nouns of "the Rift Valley town of Nakuru": "visited the
// Kenya border", "toured the Gaza coast".
var placeNouns = map[string]bool{"border": true, "capital": true, "area": true, "coast": true, "frontier": true,
	"camp": true, "base": true, "site": true, "zone": true, "territory": true, "valley": true, "highland": true,
	"countryside": true, "north": true, "south": true, "east": true, "west": true, "interior": true}

// visitedGroup reports whether the object of visit trigger v is a group of
// people that is the event's target ("visited UK troops", "will visit
// Kenyan peacekeepers"): a common noun, no kind of place, inside the
// target's mention. Such a visit is not a visit to the target's country,
// so the host-country rule leaves it alone.
func visitedGroup(s *sent, e *doc.Event, v int) bool {
	t := e.Target
	if t == nil || t.Mention == nil || !visitVerbs[s.lemma[v]] {
		return false
	}
	for _, k := range s.kids[v] {
		if s.rel[k] != rObj || s.upos[k] != "NOUN" || placeKinds[s.lemma[k]] || placeNouns[s.lemma[k]] {
			continue
		}
		if a, b := s.tokenSpan(k); t.Start < b && t.End > a {
			return true
		}
	}
	return false
}

// occasionOnAct returns the definite occasion noun an act is done at: the
// object of one of its verbs ("is to address the summit"), an "at" phrase
// on one ("will meet Hassan at the summit"), or the "of" phrase of "on
// the sidelines of" ("met Singh on the sidelines of the summit"); -1 when
// there is none. The noun must be definite ("the", "this", "its"): it
// names an occasion the story has told.
func occasionOnAct(s *sent, verbs []int) int {
	occ := func(k int) bool {
		if s.upos[k] != "NOUN" || !occasionNouns[s.lower[k]] && !occasionNouns[s.lemma[k]] {
			return false
		}
		if anotherOccasion(s, k, false) {
			return false // "at the next summit": another one (review21.go)
		}
		for _, c := range s.kids[k] {
			if (s.rel[c] == rDet || s.rel[c] == rPoss) && (s.lower[c] == "the" || s.lower[c] == "this" || s.lower[c] == "its") {
				return true
			}
		}
		return false
	}
	for _, v := range verbs {
		if v < 0 {
			continue
		}
		// the phrases on the verb, and those the parser hung on its
		// object ("will meet Hassan at the summit")
		cands := append([]int(nil), s.kids[v]...)
		objs := []int{}
		for _, o := range s.kids[v] {
			if s.rel[o] == rObj {
				objs = append(objs, o)
			}
		}
		for n := 0; n < len(objs) && n < 8; n++ {
			for _, c := range s.kids[objs[n]] {
				cands = append(cands, c)
				if r := s.rel[c]; r == rObj || r == rFlat || r == rAppos || r == rConj || r == rObl && s.upos[c] == "PROPN" {
					objs = append(objs, c) // "Tanzanian President Samia Hassan" parsed as a chain
				}
			}
		}
		for _, k := range cands {
			switch {
			case s.rel[k] == rObj && occ(k):
				return k
			case (s.rel[k] == rObl || s.rel[k] == rNmod) && s.caseOf(k) == "at" && occ(k):
				return k
			case (s.rel[k] == rObl || s.rel[k] == rNmod) && (s.lower[k] == "sidelines" || s.lower[k] == "sideline"):
				for _, c := range s.kids[k] {
					if s.rel[c] == rNmod && s.caseOf(c) == "of" && occ(c) {
						return c
					}
				}
			}
		}
	}
	return -1
}

// occasionHeldAt returns the place the sentence p gives the occasion noun
// of lemma lemma by a locative on the noun itself or on a clause on it ("a
// summit of South Asian leaders to be held in Dhaka", "the conference,
// which opens in Doha on Monday"), or nil.
func occasionHeldAt(d *doc.Document, p *sent, lemma string) (*doc.Place, bool) {
	st := d.Sentences[p.idx]
	found := false
	for k := 0; k < p.n; k++ {
		if p.upos[k] != "NOUN" || p.lemma[k] != lemma || anotherOccasion(p, k, true) {
			continue // "last year's summit in Arusha" is not the one to come (review21.go)
		}
		found = true
		for i := range d.Places {
			pl := &d.Places[i]
			if pl.Start < st.Start || pl.End > st.End {
				continue
			}
			h := spanHead(p, pl.Start, pl.End)
			if h < 0 || h == k {
				continue
			}
			prep, ph := placePrep(p, d, h, pl.Start, true)
			if !locPreps[prep] || !heldUnder(p, ph, k) {
				continue
			}
			return pl, true
		}
	}
	return nil, found
}

// heldUnder reports whether the locative phrase ph hangs from occasion
// noun k directly or through a clause on it (an infinitive or relative
// clause, "to be held in Dhaka"), and no other noun or clause between.
func heldUnder(s *sent, ph, k int) bool {
	x := ph
	if r := s.rel[x]; r != rObl && r != rNmod {
		return false
	}
	for steps := 0; x >= 0 && steps < 4; steps++ {
		g := s.head[x]
		if g == k {
			return true
		}
		if g > k && heldInfinitive(s, g) && s.head[g] >= 0 && s.head[g] == s.head[k] {
			return true // "to participate in the summit ... to be held in Dhaka", the clause hung on the verb
		}
		if g < 0 || s.upos[g] != "VERB" && s.upos[g] != "AUX" || s.head[g] != k || s.rel[g] != rAcl && s.rel[g] != rRelcl {
			return false
		}
		x = g
	}
	return false
}

// carryOccasionOnAct places an act still unplaced that is done at a
// definite occasion ("The King is to address the summit on Saturday")
// where the sentence before, or the one before that, holds the occasion:
// "... left Kathmandu on Friday to attend a summit of South Asian leaders
// to be held in Dhaka." Only acts that may carry an occasion's place
// (mayCarry: not force or coercion, not negated).
func carryOccasionOnAct(d *doc.Document) {
	var s, p sent
	cur, pcur := -1, -1 // the sentences s and p hold
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || !mayCarry(e) || e.Sentence < 1 || e.Sentence >= len(d.Sentences) {
			continue
		}
		s.resetAt(d, e.Sentence, &cur)
		if !parsed(&s) {
			continue
		}
		v, verbs := eventTokens(&s, e.Action)
		if v < 0 {
			continue
		}
		k := occasionOnAct(&s, append(ownVerbs(&s, e, verbs), v))
		if k < 0 {
			continue
		}
		for back := 1; back <= 2 && e.Sentence-back >= 0; back++ {
			p.resetAt(d, e.Sentence-back, &pcur)
			if !parsed(&p) {
				continue
			}
			pl, found := occasionHeldAt(d, &p, s.lemma[k])
			if pl != nil {
				c := *pl
				e.Place = &c
			}
			if found {
				break // the nearest sentence naming the occasion decides (review21.go)
			}
		}
	}
}

// heldInfinitive reports whether g is a passive of holding ("to be held",
// "to be convened"): what is held is the occasion noun before it, wherever
// the parser hung the clause.
func heldInfinitive(s *sent, g int) bool {
	return occasionVerbs[s.lemma[g]] && s.hasChild(g, rAuxPass)
}

// launchVerbs fire something at a target from a place: "fired rockets
// from the Gaza Strip at Israel".
var launchVerbs = map[string]bool{"fire": true, "launch": true, "lob": true, "shoot": true}

// launchPhrase tells how a place phrase (preposition prep, head ph) of an
// act of force stands to a launch verb of the act's clause: "from" is
// where the act happened (the README's rule 1: where it is fired from),
// "at" with the act's target's country is what it was fired at, no place.
// It returns from and at; both false when no launch verb governs ph.
func launchPhrase(d *doc.Document, s *sent, e *doc.Event, verbs []int, prep string, ph int, p *doc.Place) (from, at bool) {
	if !forceCode(e.Cameo) {
		return false, false
	}
	g := -1
	for _, v := range verbs {
		if v >= 0 && launchVerbs[s.lemma[v]] && locativeOf(s, ph, []int{v}) {
			g = v
		}
	}
	if g < 0 {
		return false, false
	}
	switch {
	case prep == "from":
		return true, false
	case prep == "at" && e.Target != nil && e.Target.Country != "" && e.Target.Country == p.Country:
		return false, true
	case prep == "at" && d != nil && launchFromPlace(d, s, g):
		return false, true // "at Tel Aviv from Gaza": the launch is where it is fired from (review21.go)
	}
	return false, false
}
