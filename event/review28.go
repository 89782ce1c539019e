package event

// Session 28's review: constructions found by coding whole invented wire
// stories (a war story with a charge and counter-charge, an accident), where
// the coder named the wrong side as the one who killed.
//
// Switch: noReview28 (tests only). Tests: event/review28_test.go.

// tollVerbs give the toll of an act in an -ing clause after it ("…, killing
// at least 30 civilians").
var tollVerbs = map[string]bool{"kill": true, "wound": true, "injure": true, "maim": true}

// chargeVerb reports a verb that lays an act on another, named in an "of"
// or "for" clause ("accused the army of bombing a market", "blamed the
// rebels for shelling"): the verbs of accusation (everyday20.go), "charge"
// and "denounce".
func chargeVerb(lemma string) bool {
	return accusationVerbs[lemma] || lemma == "charge" || lemma == "denounce"
}

// repairTollOnCharge mends "The rebels accused the army of bombing a market
// on Sunday, killing 30 civilians", parsed with ", killing" an adverbial
// clause of "accused" (so that the accusers killed): a toll verb after a
// comma, with no subject or marker of its own, hung on a verb of charging
// whose "of"/"for" clause (on the verb or on its object) has a verb before
// the toll, hangs on that verb: the toll is the charged act's, done by the
// one charged.
func (s *sent) repairTollOnCharge() {
	for v := 2; v < s.n; v++ {
		h := s.head[v]
		if !tollVerbs[s.lemma[v]] || s.xpos(v) != "VBG" || s.rel[v] != rAdvcl || s.lower[v-1] != "," ||
			h < 0 || h > v || !chargeVerb(s.lemma[h]) || s.headHasRel(v, rNsubj, rMark) {
			continue
		}
		if b := s.chargedAct(h, v); b >= 0 {
			s.head[v] = b
		}
	}
}

// chargedAct is the verb of charge verb h's "of"/"for" clause before token
// limit, hung on h or on h's object, or -1 (heads only: the repairs run
// before the kids are built).
func (s *sent) chargedAct(h, limit int) int {
	for b := h + 1; b < limit; b++ {
		if s.upos[b] != "VERB" || s.xpos(b) != "VBG" || s.rel[b] != rAcl && s.rel[b] != rAdvcl {
			continue
		}
		g := s.head[b]
		if g != h && !(g >= 0 && s.head[g] == h && s.rel[g] == rObj) {
			continue
		}
		for m := 0; m < b; m++ {
			if s.head[m] == b && s.rel[m] == rMark && (s.lower[m] == "of" || s.lower[m] == "for") {
				return b
			}
		}
	}
	return -1
}

// mishapVerbs happen to their subject; nobody does them ("the building
// collapsed", "the ferry capsized").
var mishapVerbs = map[string]bool{"collapse": true, "crash": true, "sink": true, "capsize": true,
	"derail": true, "overturn": true, "plunge": true, "topple": true, "cave": true}

// tollOfMishap reports whether v, an -ing toll clause hung on g ("a hotel
// collapsed, killing two workers"), counts a mishap's dead: g is a mishap
// verb without an object, so its subject (or a place the parser made its
// subject, "in the capital Accra collapsed") is no one who killed.
func (st *state) tollOfMishap(v, g int) bool {
	s := &st.s
	return !s.noReview28 && st.c.opt.News && tollVerbs[s.lemma[v]] && s.rel[v] == rAdvcl &&
		mishapVerbs[s.lemma[g]] && !s.hasChild(g, rObj)
}
