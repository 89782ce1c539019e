package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 35's everyday round: rules found by reading wire stories end to
// end (docs/EVENTS.md, "Session 35 (everyday helper)").

// everyday35Off switches off the rules of this file (tests only).
type everyday35Off struct {
	// noUnableNeg switches off unableGov.
	noUnableNeg bool
	// noReducedAccusation switches off reducedAccusation.
	noReducedAccusation bool
	// noTravelTargetless switches off the first rule of everyday35Events.
	noTravelTargetless bool
	// noDiscussedOwner switches off the second rule of everyday35Events.
	noDiscussedOwner bool
}

// unableGov reports whether g, the head of an event's infinitive, is
// "unable": "had been unable to come to an agreement", "was unable to
// reach a deal" tell of an act that did not happen, as "failed to" does
// (negGov). "able to" is left as it is.
func (st *state) unableGov(g int) bool {
	return !st.c.opt.noUnableNeg && st.s.lemma[g] == "unable"
}

// reducedAccusation reports a verb of accusing (accuseVerbs, coder.go) read as active with the
// accused as its subject: "cannot hand over the soldiers accused of
// raping a woman" (a reduced relative the parser made a clause, the
// soldiers its subject), or a headline's "Kenya accused of rights abuses".
// Active "accuse" always has the accused as object; with no object, no
// auxiliary and an "of" phrase with no subject of its own, the subject
// is the accused and the accuser is unnamed, so there is no event.
func (st *state) reducedAccusation(v int) bool {
	s := &st.s
	if st.c.opt.noReducedAccusation || !accuseVerbs[s.lemma[v]] || s.upos[v] != "VERB" {
		return false
	}
	if s.hasChild(v, rObj) || s.hasChild(v, rIobj) || s.hasChild(v, rAux) || s.hasChild(v, rAuxPass) ||
		s.hasChild(v, rOblAgent) || s.hasChild(v, rCcomp) {
		return false
	}
	for _, k := range s.kids[v] {
		switch s.lower[k] {
		case "whom", "which", "who", "that":
			return false // "the rebels, whom the army accused of ...": the object fronted
		}
	}
	if x := s.xpos(v); x != "VBD" && x != "VBN" {
		return false
	}
	for _, k := range s.kids[v] {
		switch s.rel[k] {
		case rObl, rAdvcl:
			// "accused Germany of trying to ...", parsed with Germany
			// the subject of the "of" clause: the accused is there
			if (s.caseOf(k) == "of" || s.markOf(k) == "of") && !s.hasChild(k, rNsubj) {
				return true
			}
		}
	}
	return false
}

// SinceTailDates switches sinceTail (tests only).
var SinceTailDates = true

// sinceTail reports a time expression that closes a "since" phrase: "was
// the highest-level contact since a conference between the two in June"
// where the parser hung "in June" on a noun of the main clause. The time
// is the earlier happening's that the span is counted from, not the
// event's: from the expression back to "since" there is no verb, comma or
// the event's own word.
func sinceTail(s *sent, x tmx, v int) bool {
	if !SinceTailDates {
		return false
	}
	start := x.head
	for i := x.head; i >= 0; i-- {
		if a, _ := s.tokenSpan(i); a < x.x.Start {
			break
		}
		start = i
	}
	era := false
	for i, steps := start-1, 0; i >= 0 && steps < 12; i, steps = i-1, steps+1 {
		if i == v {
			return false
		}
		era = era || eraNouns[s.lemma[i]]
		switch {
		case s.lower[i] == "since":
			// "since June" itself is an anchor of its own; a day after an
			// era ("since the 2014 conflict on Tuesday") is the event's
			// (nestedHappening)
			return i != start-1 && (!era || yearValue(x.x.Value))
		case s.upos[i] == "VERB" || s.upos[i] == "AUX" || s.lower[i] == "," || s.lower[i] == ";":
			return false
		}
	}
	return false
}

// everyday35Events drops two kinds of the sentence's events (out[first:]):
//
//   - a consultation or visit (04x) on "travel" with no one as its target:
//     "pilgrims can travel through the pass in both directions", "residents
//     may travel between the two towns in convoys" tell of people moving,
//     not of a visit to a host (noTravelTargetless);
//   - a consultation on a verb of deliberating (discussVerbs, where_r15.go) whose target
//     is named in an "of" phrase of the object: "the committee discussed
//     the joint report of the president and his deputy" deliberates on the
//     report; its authors are not the committee's partners
//     (noDiscussedOwner). "discussed the crisis with Uganda" keeps its
//     partner.
func (st *state) everyday35Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	s := &st.s
	n := first
	for i := first; i < len(out); i++ {
		e := &out[i]
		v := s.tokenStarting(e.Action.Start)
		drop := false
		if v >= 0 && strings.HasPrefix(e.Cameo, "04") {
			switch {
			case !st.c.opt.noTravelTargetless && e.Target == nil && s.lemma[v] == "travel":
				drop = true
			case !st.c.opt.noDiscussedOwner && e.Target != nil && e.Target.Mention != nil && discussVerbs[s.lemma[v]]:
				drop = s.ownerOfObject(v, s.tokenStarting(e.Target.Start))
			}
		}
		if !drop {
			out[n] = out[i]
			n++
		}
	}
	return out[:n]
}

// ownerOfObject reports whether token t lies in an "of" phrase of verb
// v's object, a common noun other than a meeting ("the report of the
// president"; not "talks with the president", nor "discussed relations
// with his counterpart" where the parser hung the "with" phrase on the
// object): the first noun modifier on the way up from t to the object,
// passing over conjuncts, is marked "of" (or t is a conjunct of the
// object after its "of" phrase).
func (s *sent) ownerOfObject(v, t int) bool {
	o := s.child(v, rObj)
	if o < 0 || t <= o || s.upos[o] != "NOUN" || meetingWords[s.lemma[o]] {
		return false
	}
	for x, steps := t, 0; x >= 0 && x != o && steps < 8; x, steps = s.head[x], steps+1 {
		if s.rel[x] == rNmod {
			return s.caseOf(x) == "of"
		}
		if s.rel[x] == rConj && s.head[x] == o {
			// "the report of the president and deputy president" with
			// the second parsed a conjunct of "report"
			of := s.ofPhrase(o)
			return of >= 0 && of < x
		}
	}
	return false
}
