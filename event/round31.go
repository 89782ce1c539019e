package event

// Rules of session 31's events round, chosen on the misses of the
// real-news development sets (realnews-dev24 read first, after its blind
// score, then dev2 to dev23) and checked on sentences written for the tests
// (event/round31_test.go). News mode only. docs/EVENTS.md "Session 31
// (events round)". The round's patterns are data/event/round31.pat.

// round31Off switches off the rules of this file (tests only).
type round31Off struct {
	// noAsideArrived switches off asideWhoArrived.
	noAsideArrived bool
}

// visitNouns31 name the visit an arrival is made for.
var visitNouns31 = map[string]bool{"visit": true, "trip": true, "tour": true}

// asideWhoArrived reports whether relative clause x is an arrival for a
// visit told of a person between commas: "the French foreign minister, who
// arrived in Khartoum on the same day on a two-day official visit",
// "Ciampi, who arrived in Ankara on Monday for a state visit, told ...". The
// frame of asideWhoPast (event/everyday20.go): "who" right after a comma its
// subject, the verb "arrive" in the simple past with no auxiliary nor
// negation, a comma (or the sentence's end) closing the clause; the clause
// must name the visit (visitNouns31), so that a life's background ("who
// arrived in Kampala in 1990 as a student") stays background. The arrival
// is then coded as the main clause's "arrived in" is (042 to the place's
// country).
func (st *state) asideWhoArrived(x int) bool {
	if !st.c.opt.News || st.c.opt.noAsideArrived {
		return false
	}
	s := &st.s
	if s.lemma[x] != "arrive" {
		return false
	}
	w := s.child(x, rNsubj)
	if w < 1 || s.lower[w] != "who" || s.lower[w-1] != "," || s.xpos(x) != "VBD" || s.upos[x] != "VERB" ||
		s.hasChild(x, rAux) || s.hasChild(x, rAuxPass) || s.hasChild(x, rNeg) {
		return false
	}
	visit := false
	for k := x + 1; k < s.n && !visit; k++ {
		visit = visitNouns31[s.lemma[k]] && isNominal(s.upos[k]) && s.inSubtree(k, x)
	}
	return visit && s.asideClosed(x)
}
