package event

// Guards from the review of session 21's event rules (docs/EVENTS.md,
// "review, session 21"): narrow limits on rules of event/round21.go,
// event/recall21.go and their pattern files where sentences written to
// probe them misfired. Each guard has an off-switch (tests only).

// review21Off switches off the guards of this file.
type review21Off struct {
	noTermsAstray, noDeniedSaying, noNonCombatants bool
}

// nearTermBlocks are the session-21 pattern blocks whose words must belong
// to the trigger's own phrase: "began a ceasefire" declares one, "began
// monitoring the ceasefire" or "began patrols to enforce the ceasefire"
// does not; "described X as a terrorist" is criticism, "described X as a
// victim of terrorists" or "as heroes, not terrorists" is not.
var nearTermBlocks = map[string]bool{"BEGIN_CEASEFIRE": true, "SPEED_TALKS": true, "DESCRIBE_AS": true}

// sufferNouns are those whose "of" phrase names who harms or is opposed
// by the one described ("a victim of terrorists", "an enemy of dictators").
var sufferNouns = map[string]bool{"victim": true, "target": true, "enemy": true, "foe": true,
	"opponent": true, "critic": true, "hostage": true, "survivor": true}

// termsAstray reports whether match m of trigger v, a nearTermBlocks
// pattern, found one of its words outside the trigger's own phrase: under
// another verb (a gerund or infinitive complement, a relative clause), in
// an "of" phrase of a sufferNouns noun ("victims of terrorists"; "the
// leader of terrorists" stays), or negated ("not terrorists"). Such a
// match is dropped; the complement's verb codes its own event.
func (st *state) termsAstray(v int, m match) bool {
	if st.c.opt.noTermsAstray || m.pat == nil || m.block == nil || !nearTermBlocks[m.block.Name] {
		return false
	}
	s := &st.s
	isTerm := func(x int) bool {
		for _, t := range m.terms {
			if t == x {
				return true
			}
		}
		return false
	}
	for _, t := range m.terms {
		for _, k := range s.kids[t] {
			if s.rel[k] == rNeg || s.lower[k] == "not" || s.lower[k] == "never" {
				return true
			}
		}
		x := t
		for steps := 0; x != v; steps++ {
			h := s.head[x]
			if h < 0 || steps > 8 {
				return true // not in the trigger's phrase at all
			}
			if h != v && !isTerm(h) {
				if isVerbal(s.upos[h]) {
					return true
				}
				if s.rel[x] == rNmod && s.caseOf(x) == "of" && sufferNouns[s.lemma[h]] {
					return true
				}
			}
			x = h
		}
	}
	return false
}

// deniedSaying reports whether the verb of saying g is itself denied ("The
// minister denied that he had said Israel must withdraw"): what was not
// said is no demand or appeal of its speaker (shouldAppeals).
func (st *state) deniedSaying(g int) bool {
	s := &st.s
	if st.c.opt.noDeniedSaying {
		return false
	}
	h := s.head[g]
	return h >= 0 && s.rel[g] == rCcomp && isVerbal(s.upos[h]) && denyClaimVerbs[s.lemma[h]]
}

// nonCombatantSectors are sectors whose casualties are no side of a fight
// (bothSidesFell): "An Israeli soldier and two Palestinian civilians were
// wounded in clashes" names one side's casualties and bystanders, not a
// fight of the civilians.
var nonCombatantSectors = map[string]bool{"CVL": true, "MED": true, "NGO": true, "EDU": true, "HLH": true,
	"REF": true, "BUS": true, "LAB": true, "REL": true}

// nonCombatant reports whether actor code c names civilians, journalists,
// aid workers or the like (bothSidesFell).
func (st *state) nonCombatant(c string) bool {
	if st.c.opt.noNonCombatants || len(c) < 6 {
		return false
	}
	return nonCombatantSectors[c[3:6]]
}

// marketWars are the modifiers of a "war" that is no fighting: "waged a
// price war against its rivals", "waging a trade war".
var marketWars = map[string]bool{"price": true, "trade": true, "tariff": true, "currency": true,
	"propaganda": true, "media": true, "word": true, "bidding": true, "advertising": true, "legal": true,
	"culture": true, "ratings": true, "turf": true}

// marketWar reports whether match m of trigger v is "wage war" (190) on a
// war that marketWars names: such a match is dropped.
func (st *state) marketWar(v int, m match) bool {
	s := &st.s
	if st.c.opt.noTermsAstray || s.lemma[v] != "wage" {
		return false
	}
	for _, w := range append(append([]int(nil), m.extra...), m.terms...) {
		if s.lemma[w] != "war" {
			continue
		}
		for _, k := range s.kids[w] {
			if (s.rel[k] == rCompound || s.rel[k] == rAmod) && marketWars[s.lemma[k]] {
				return true
			}
		}
	}
	return false
}
