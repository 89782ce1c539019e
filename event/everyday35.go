package event

// Session 35's everyday round: rules found by reading wire stories end to
// end (docs/EVENTS.md, "Session 35 (everyday helper)").

// everyday35Off switches off the rules of this file (tests only).
type everyday35Off struct {
	// noUnableNeg switches off unableGov.
	noUnableNeg bool
	// noReducedAccusation switches off reducedAccusation.
	noReducedAccusation bool
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
	for i, steps := start-1, 0; i >= 0 && steps < 12; i, steps = i-1, steps+1 {
		if i == v {
			return false
		}
		switch {
		case s.lower[i] == "since":
			return i != start-1 // "since June" itself is an anchor of its own
		case s.upos[i] == "VERB" || s.upos[i] == "AUX" || s.lower[i] == "," || s.lower[i] == ";":
			return false
		}
	}
	return false
}
