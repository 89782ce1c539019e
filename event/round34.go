package event

import (
	"github.com/dyadproject/dyad/doc"
)

// Rules of session 34's events round, chosen on the misses of the
// real-news development sets (realnews-dev27 read first, after its blind
// score, then dev2 to dev26) and checked on sentences written for the tests
// (event/round34_test.go). News mode only. docs/EVENTS.md "Session 34
// (events round)".

// round34Off switches off the rules of this file (tests only).
type round34Off struct {
	// noWhomAntecedent switches off whomAntecedent, asideWhomPast and
	// whomTargets.
	noWhomAntecedent bool
}

// round34Events runs the rules of this file on the sentence's events
// out[first:].
func (st *state) round34Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	st.whomTargets(out, first)
	return out
}

// whomTargets gives an event without a target the one a "whom" on its
// verb stands for (whomAntecedent).
func (st *state) whomTargets(out []doc.Event, first int) {
	if st.c.opt.noWhomAntecedent {
		return
	}
	s := &st.s
	st.eachTargetless(out, first, func(e *doc.Event, v int) {
		// "Ruto, whom Museveni met on Monday": a "whom" the parser made a
		// bare oblique of the verb (no pattern reads it as the object), or
		// an object or "with" phrase a pattern did not take.
		for _, w := range s.kids[v] {
			if s.lower[w] != "whom" || s.rel[w] != rObj && s.rel[w] != rObl {
				continue
			}
			if c := s.caseOf(w); c != "" && c != "with" {
				continue
			}
			if a := st.actorsOf(w); len(a) > 0 && a[0].Code != "" && !sameActor(a[0].Code, e.Source.Code) {
				t := a[0]
				e.Target = &t
			}
			return
		}
	})
}

// whomAntecedent is the actor a relative "whom" stands for: the noun its
// clause hangs on ("Kibaki, whom Museveni met on Monday", the clause a
// relative clause of "Kibaki"), or, when the parser made the clause a
// clause of its own (its verb the root or an adverbial clause, as it does
// with ", with whom Museveni met,"), the name right before the comma that
// opens it (a flat name's first word, where the name's actor sits), unless
// the parser hung a subject before the comma on the clause's verb.
// Without it the pronoun names no one and the meeting has no partner.
func (st *state) whomAntecedent(h int) []doc.Actor {
	s := &st.s
	if st.c.opt.noWhomAntecedent || s.lower[h] != "whom" || s.upos[h] != "PRON" {
		return nil
	}
	v := s.head[h]
	if v < 0 {
		return nil
	}
	if s.rel[v] == rRelcl {
		if a := s.head[v]; a >= 0 && a < h {
			return st.actorsOf(a)
		}
		return nil
	}
	j := h - 1
	if j >= 0 && s.rel[j] == rCase && s.head[j] == h {
		j--
	}
	if j < 1 || s.lower[j] != "," {
		return nil
	}
	for _, k := range s.kids[v] {
		if k < j && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass) {
			// "The spokesman of X, with whom Y met, said": the parser
			// made the spokesman a second subject of "met"; such a tree
			// is left as it is.
			return nil
		}
	}
	a := j - 1
	for a >= 0 && s.rel[a] == rFlat && s.head[a] >= 0 && s.head[a] < a {
		a = s.head[a]
	}
	if s.upos[a] != "PROPN" && s.upos[a] != "NOUN" {
		return nil
	}
	return st.actorsOf(a)
}

// asideWhomPast reports whether relative clause x is a past meeting told of
// the person before it by "whom" between commas ("Ruto, whom Museveni met
// on Monday, said", "Kibaki, with whom Museveni held talks, said"): the
// counterpart of session 20's "who" asides (asideWhoPast), coded as an
// event of its own; the target is the person (whomAntecedent).
func (s *sent) asideWhomPast(x int) bool {
	if !asideVerbs[s.lemma[x]] && !s.heldTalks34(x) || s.upos[x] != "VERB" ||
		s.xpos(x) != "VBD" || !s.hasChild(x, rNsubj) || s.hasChild(x, rAux) || s.hasChild(x, rAuxPass) || s.hasChild(x, rNeg) {
		return false
	}
	w := -1
	for _, k := range s.kids[x] {
		if s.lower[k] == "whom" && (s.rel[k] == rObj || s.rel[k] == rObl) {
			w = k
		}
	}
	if w < 1 {
		return false
	}
	c := w - 1
	if s.rel[c] == rCase && s.head[c] == w {
		c--
	}
	return c >= 1 && s.lower[c] == "," && s.asideClosed(x)
}

// heldTalks34 reports whether verb x is "hold" with a meeting noun
// (meetingWords, tree.go) as its object ("with whom he held talks").
func (s *sent) heldTalks34(x int) bool {
	o := s.child(x, rObj)
	return s.lemma[x] == "hold" && o >= 0 && (meetingWords[s.lemma[o]] || meetingWords[s.lower[o]])
}
