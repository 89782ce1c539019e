package event

import (
	"slices"

	"github.com/dyadproject/dyad/doc"
)

// occasionVerbDate dates an event its own and governing clauses left
// unresolved by the verb that tells when its occasion began, ended or was
// held (session 20, places-dev6): an occasion noun that is the event's
// trigger, or the object of a verbal trigger, and is the subject of such a
// verb ("A fresh round of negotiations will start on Wednesday", "Border
// talks are due to open on Thursday"), or has a relative clause of one
// ("held border talks that ended in Nairobi on Monday", "Talks ..., which
// began on Monday, focused on trade"), takes that verb's time expressions.
// An intent's "said on Monday it will visit" stays with the saying: only
// the occasion's own verb counts (docs/EVENTS.md, "Dates").
func occasionVerbDate(d *doc.Document, s *sent, e *doc.Event) {
	v, _ := eventTokens(s, e.Action)
	if v < 0 || !parsed(s) {
		return
	}
	xs := sentenceTimexes(d, s)
	if len(xs) == 0 {
		return
	}
	nouns := []int{}
	if s.upos[v] == "NOUN" || s.upos[v] == "PROPN" {
		nouns = append(nouns, v)
	} else if partakeVerbs[s.lemma[v]] {
		for _, k := range s.kids[v] {
			if s.rel[k] == rObj && s.upos[k] == "NOUN" && occasionObjects[s.lemma[k]] {
				nouns = append(nouns, k)
			}
		}
	}
	for _, n := range nouns {
		verbs := occasionVerbsOf(s, n)
		if len(verbs) == 0 {
			continue
		}
		own := attached(s, xs, verbs)
		if len(own) == 0 {
			continue
		}
		if n != v && earlierOccasion(s, e, v, verbs) {
			continue
		}
		future := e.Modality == "intended"
		past := false
		for _, g := range verbs {
			// a "to" infinitive ("is to start", "due to open"): a time
			// still to come
			if clauseFuture(s, g) || s.hasMarkTo(g) {
				future = true
			}
		}
		if !future {
			for _, g := range verbs {
				if clausePast(s, g) {
					past = true
				}
			}
		}
		applyTimexes(d, s, e, own, xs, future, past, false)
		return
	}
}

// earlierOccasion reports an occasion verb that tells a time before the
// act of verbal trigger v on it: a past perfect ("resumed talks that had
// ended in 2018") or a past for an act still to come ("will hold talks
// that were first held in 2010") (review3, session 20).
func earlierOccasion(s *sent, e *doc.Event, v int, verbs []int) bool {
	later := e.Modality == "intended" || clauseFuture(s, v)
	for _, g := range verbs {
		if perfectAux(s, g, true) || later && clausePast(s, g) {
			return true
		}
	}
	return false
}

// occasionVerbsOf returns the clause of the verb of beginning, ending or
// holding whose subject is the occasion noun n (through "round of" and
// the like: a noun n modifies), with its open complements ("are due to
// open"), or the relative clause of such a verb on n; nil when there is
// none.
func occasionVerbsOf(s *sent, n int) []int {
	for _, k := range s.kids[n] {
		if s.rel[k] == rRelcl && occasionVerb(s, k) {
			return []int{k}
		}
	}
	x := n
	for steps := 0; steps < 2 && s.rel[x] == rNmod && s.head[x] >= 0 && s.upos[s.head[x]] == "NOUN"; steps++ {
		x = s.head[x]
	}
	if s.rel[x] != rNsubj && s.rel[x] != rNsubjPass {
		return nil
	}
	g := s.head[x]
	if g < 0 {
		return nil
	}
	verbs := []int{g}
	for k := 0; k < len(verbs) && k < 4; k++ {
		for _, c := range s.kids[verbs[k]] {
			if s.rel[c] == rXcomp {
				verbs = append(verbs, c)
			}
		}
	}
	if !slices.ContainsFunc(verbs, func(g int) bool { return occasionVerb(s, g) }) {
		return nil
	}
	return verbs
}

// occasionVerb reports a verb that tells an occasion's beginning, end or
// holding: start, open, end, resume ..., "was held", "took place".
func occasionVerb(s *sent, g int) bool {
	switch s.lemma[g] {
	case "start", "begin", "open", "resume", "reopen", "end", "conclude", "close", "finish",
		"continue", "convene", "adjourn":
		return true
	case "hold":
		return s.hasChild(g, rAuxPass) || s.hasChild(g, rNsubjPass)
	case "take":
		for _, k := range s.kids[g] {
			if s.rel[k] == rObj && s.lemma[k] == "place" {
				return true
			}
		}
	}
	return false
}

// partakeVerbs are the verbal triggers whose act is taking part in the
// occasion they have as object ("held talks that ended on Monday"): one
// that acts on it from outside ("postponed talks that were to start on
// Friday", "criticised talks that ended on Monday") is not done at the
// occasion's time (review3, session 20).
var partakeVerbs = map[string]bool{
	"hold": true, "have": true, "conduct": true, "attend": true, "join": true, "host": true,
	"open": true, "begin": true, "start": true, "resume": true, "convene": true, "chair": true,
	"end": true, "conclude": true, "complete": true, "wrap": true, "pay": true, "make": true,
	"lead": true, "stage": true, "undertake": true, "continue": true, "co-host": true,
	"launch": true, "participate": true,
}

// occasionObjects are the objects of a verbal trigger that name an
// occasion with a time of its own ("held talks that ended on Monday").
var occasionObjects = map[string]bool{
	"talk": true, "talks": true, "negotiation": true, "meeting": true, "summit": true,
	"conference": true, "round": true, "session": true, "consultation": true, "dialogue": true,
	"visit": true, "trip": true, "tour": true, "exercise": true, "drill": true,
}
