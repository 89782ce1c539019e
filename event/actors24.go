package event

// Session 24 (actor round 13, docs/KB.md): an event noun in what a speaker
// declined to confirm did not come to be reported as having happened:
// "declined to confirm there had been a meeting between A and B", "refused
// to confirm that talks took place". The clause is the complement of a
// verb of confirming, itself the infinitive (or a conjunct of it) of a
// verb of refusing (negGov) that is not negated itself.

// confirmVerbs are the verbs whose complement the refusal leaves open.
var confirmVerbs = map[string]bool{"confirm": true, "disclose": true, "reveal": true, "verify": true}

// unconfirmedAbove reports whether trigger v lies in the complement of a
// verb of confirming that a verb of refusing governs.
func (st *state) unconfirmedAbove(v int) bool {
	s := &st.s
	y := v
	if isNominal(s.upos[y]) && (s.rel[y] == rNsubj || s.rel[y] == rObj) && s.head[y] >= 0 {
		y = s.head[y] // "there had been a meeting": the clause's verb
	}
	for steps := 0; s.rel[y] == rCcomp && s.head[y] >= 0 && steps < 2; steps++ {
		g := s.head[y]
		if !confirmVerbs[s.lemma[g]] {
			y = g
			continue
		}
		x := g
		for k := 0; (s.rel[x] == rXcomp || s.rel[x] == rConj) && s.head[x] >= 0 && k < 4; k++ {
			x = s.head[x]
			if negGov[s.lemma[x]] && !s.hasChild(x, rNeg) {
				return true
			}
		}
		return false
	}
	return false
}
