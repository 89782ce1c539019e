package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 21, chosen on the misfires the blind first scores of
// the real-news development sets share (dev13-dev15): constructions
// general in form that coded nothing.

// round21Off switches off the rules of session 21 (tests only).
type round21Off struct {
	// noBothSidesFell switches off bothSidesFell.
	noBothSidesFell bool
	// noMustDemand switches off mustDemand.
	noMustDemand bool
}

// mustDemand reports whether token k is the auxiliary "must" of a clause
// one actor says another must do ("the US envoy said New Delhi must reduce
// its farm tariffs", "France must inform the Commission, officials said"):
// a demand (100), where "should" is an appeal (020; shouldAppeals, which
// keeps its guards: no passive, no "be", no "must have", no self, no
// warning).
func (st *state) mustDemand(k int) bool {
	return !st.c.opt.noMustDemand && st.s.lower[k] == "must"
}

// fightNouns21 are the fights casualties of both sides fall in, besides
// clashNouns and fightNouns20 ("were killed in fresh fighting").
var fightNouns21 = map[string]bool{"fighting": true, "battle": true, "combat": true, "gunbattle": true}

// bothSidesFell adds the fight between two sides whose casualties one
// coordinated subject names ("An Israeli officer and three Palestinian
// militants were wounded in clashes", "Nine Taliban rebels and an Afghan
// soldier were killed in fresh fighting"): each side used force on the
// other (190 both ways), as a clash "between" them codes. The fight noun
// must have no partner of its own ("in clashes with X" and "clashes
// between X and Y" are the clash noun's patterns), and the casualty verb
// no agent, negation or modality. out[first:] are the sentence's events.
func (st *state) bothSidesFell(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noBothSidesFell {
		return out
	}
	s := &st.s
	for h := 0; h < s.n; h++ {
		if !casualtyVerbs[s.lemma[h]] || !isVerbal(s.upos[h]) {
			continue
		}
		if neg, mod := st.modality(h); neg || mod != "asserted" {
			continue
		}
		fight, agent := -1, false
		for _, k := range s.kids[h] {
			if s.rel[k] == rOblAgent || (s.rel[k] == rObl && s.caseOf(k) == "by") {
				agent = true
			}
			if s.rel[k] == rObl && (s.caseOf(k) == "in" || s.caseOf(k) == "during") &&
				(clashNouns[s.lemma[k]] || fightNouns21[s.lemma[k]] || fightNouns21[s.lower[k]] || st.fireExchange(k)) {
				fight = k
			}
		}
		if agent || fight < 0 {
			continue
		}
		partner := false
		for _, k := range s.kids[fight] {
			if s.rel[k] == rNmod && (s.caseOf(k) == "with" || s.caseOf(k) == "between") {
				partner = true
			}
		}
		if partner {
			continue
		}
		// The casualties: a coordinated subject, or two subjects where the
		// parser split one coordination ("rebels | and an Afghan soldier").
		var subjs []int
		for _, k := range s.kids[h] {
			if s.rel[k] == rNsubjPass || (s.rel[k] == rNsubj && s.lemma[h] == "die") {
				subjs = append(subjs, k)
			}
		}
		if len(subjs) == 0 || len(subjs) == 1 && !s.hasChild(subjs[0], rConj) {
			continue
		}
		var all []doc.Actor
		for _, k := range subjs {
			all = append(all, st.actorsOf(k)...)
		}
		sides := uniqueCodes(all)
		unarmed := st.roleOnlySides(subjs) // event/left22.go
		for i := range sides {
			for j := range sides {
				a, b := sides[i], sides[j]
				if i == j || a.Code == "" || b.Code == "" || !opposedSides(a.Code, b.Code) ||
					st.nonCombatant(a.Code) || st.nonCombatant(b.Code) || // event/review21.go
					unarmed[a.Code] && a.Code[:3] != b.Code[:3] || unarmed[b.Code] && a.Code[:3] != b.Code[:3] { // event/left22.go
					continue
				}
				out = st.extraEvent("190", fight, a, &b, out)
			}
		}
	}
	return out
}

// opposedSides reports whether actor codes a and b can be the two sides of
// a fight: of two countries, one of them named by its armed forces, police,
// government or rebels, or of one country's armed forces (or government)
// and its rebels.
func opposedSides(a, b string) bool {
	if sameActor(a, b) || len(a) < 3 || len(b) < 3 {
		return false
	}
	armed := func(c string) bool {
		sec := c[3:]
		return len(sec) >= 3 && (sec[:3] == "MIL" || sec[:3] == "COP" || sec[:3] == "GOV" || sec[:3] == "SPY")
	}
	rebel := func(c string) bool {
		sec := c[3:]
		return len(sec) >= 3 && (sec[:3] == "REB" || sec[:3] == "INS" || sec[:3] == "UAF")
	}
	if a[:3] != b[:3] {
		// civilians of two countries caught in a fight are no sides
		return armed(a) || rebel(a) || armed(b) || rebel(b)
	}
	return armed(a) && rebel(b) || rebel(a) && armed(b)
}
