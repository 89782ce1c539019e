package event

import "github.com/dyadproject/dyad/doc"

// Session 35's lead round: rules found by reading everyday stories end to
// end (docs/EVENTS.md, "Session 35 (lead)").

// lead35Off switches off the rules of this file (tests only).
type lead35Off struct {
	// noOpinionConsider switches off withoutOpinions.
	noOpinionConsider bool
}

// consideringVerbs are verbs of considering that, with a predicate, state an
// opinion: "has always considered it important to", "is widely considered
// an authority", "consider that they have won", "considered themselves as
// part of it". The CAMEO dictionary's CONSIDER codes them all 040, as it
// codes considering a proposal ("are considering the offer").
var consideringVerbs = map[string]bool{"consider": true, "deem": true, "regard": true}

// withoutOpinions drops the events of a verb of considering that has a
// predicate (an open complement, a "that" clause, or an "as" phrase):
// an opinion is no consultation and no promise to meet. out[first:] are
// the sentence's events.
func (st *state) withoutOpinions(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noOpinionConsider || len(out) == first {
		return out
	}
	s := &st.s
	keep := out[:first]
	for i := first; i < len(out); i++ {
		e := out[i]
		v := s.tokenStarting(e.Action.Start)
		if v < 0 || !consideringVerbs[s.lemma[v]] || s.upos[v] != "VERB" || !s.opinionPredicate(v) {
			keep = append(keep, e)
		}
	}
	return keep
}

// opinionPredicate reports whether verb v has a predicate: an open
// complement ("considered it important", "considered a threat"), a finite
// complement clause ("consider that ..."), or an "as" phrase ("regarded
// him as a traitor").
func (s *sent) opinionPredicate(v int) bool {
	for _, k := range s.kids[v] {
		switch s.rel[k] {
		case rXcomp:
			// not an infinitive or a gerund: what one considers doing
			if !s.hasMarkTo(k) && s.xpos(k) != "VBG" {
				return true
			}
		case rCcomp:
			return true
		case rObl, rAdvcl:
			if k > v && s.caseOf(k) == "as" { // not "As part of an effort, X is considering"
				return true
			}
		}
	}
	return false
}
