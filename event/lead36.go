package event

// Session 36's lead round: rules found by reading everyday stories end to
// end (docs/EVENTS.md, "Session 36 (lead)").

// lead36Off switches off the rules of this file (tests only).
type lead36Off struct {
	// noObjectPhraseTarget switches off objectPhraseTarget.
	noObjectPhraseTarget bool
}

// objectPhraseTarget reports whether pp node p must not fill a bare target
// slot of verb v: it names no actor while the verb's object has a
// possessor that names one. Not a pronoun: "extended his condolences to
// the families" is the subject's own (the slot stays). Not an adjective: "will lead the US delegation
// to the talks" leads no US delegation. "protested Japan's
// repeated visits to the shrine" matched PROTEST_TO's "protest to X" with
// "to the shrine", a place (on the object or, misattached, on the verb),
// and lost Japan; without the slot the verb's plain pattern takes the
// target from the object.
func (st *state) objectPhraseTarget(p, v int) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noObjectPhraseTarget || len(st.actorsOf(p)) > 0 {
		return false
	}
	o := s.child(v, rObj)
	if o < 0 || o == p {
		return false
	}
	p = s.child(o, rPoss)
	return p >= 0 && s.upos[p] != "PRON" && len(st.actorsOf(p)) > 0
}
