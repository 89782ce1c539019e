package event

// Session 22's second recall round (docs/EVENTS.md, "Recall round 2,
// session 22"): guards on the clause rules that skipped a trigger the guide
// codes. Each guard has an off-switch (tests only).

// recall22bOff switches off the guards of this file (embedded in Options).
type recall22bOff struct {
	noMainRelcl bool
}

// relclDays are the day words a misparsed main verb follows.
var relclDays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "today": true, "yesterday": true}

// relWords open a relative clause.
var relWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"where": true, "when": true, "why": true}

// mainRelcl reports whether relative clause x is the sentence's main
// predicate that the parser hung on a noun after a day word: "The Arnor trade commissioner
// on Thursday called on Gondor ...", parsed with a title word as the
// verbless root and "called" a relative clause on it. It holds when x's
// head is the root and a noun before x, no verb or copula stands on that
// root besides x (the sentence has no main verb of its own), and no
// relative word opens x. "The envoy who met the king", a noun phrase with
// a verb of its own, is a headline, and "a court the minister named" with
// a main verb elsewhere is background as before.
func (s *sent) mainRelcl(x int) bool {
	h := s.head[x]
	if h < 0 || h >= x || s.head[h] >= 0 || s.upos[x] != "VERB" {
		return false
	}
	if s.upos[h] != "NOUN" && s.upos[h] != "PROPN" {
		return false
	}
	// The verb has a subject of its own, the name the title heads ("...
	// Commissioner Amos Wekesa on Tuesday called"): a reduced relative
	// ("a woman evacuated with the others told ...") or a verb whose
	// subject is the root itself has none.
	if !s.hasChild(x, rNsubj) {
		return false
	}
	// The parser's slip comes from the day standing right before the verb
	// ("Wekesa on Tuesday called", "the court Monday ordered"); without
	// it the shape is a true reduced or bare relative more often than not.
	if x == 0 || !relclDays[s.lower[x-1]] {
		return false
	}
	for _, k := range s.kids[h] {
		if k == x {
			continue
		}
		switch s.rel[k] {
		case rCop, rAux, rAuxPass, rNsubj, rNsubjPass, rConj, rParataxis, rCcomp, rAcl, rRelcl, rAdvcl:
			return false
		}
		if s.upos[k] == "VERB" || s.upos[k] == "AUX" {
			return false
		}
	}
	// The clause must not open with a relative word, on itself or on
	// one of its arguments ("whose ...").
	for _, k := range s.kids[x] {
		if k > x {
			continue
		}
		if relWords[s.lower[k]] {
			return false
		}
		for _, kk := range s.kids[k] {
			if relWords[s.lower[kk]] {
				return false
			}
		}
	}
	return true
}
