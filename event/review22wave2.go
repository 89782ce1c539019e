package event

import "github.com/dyadproject/dyad/doc"

// Review of session 22's second wave on unseen stories (docs/EVENTS.md).

// withoutPlanIntents drops an intent to cooperate (030) with no target
// whose act is a plan ("the cabinet unveiled new plans for propping up
// the peso", "the ministry is planning a new tax", "the agency drew up a
// relief plan"): a plan with no partner named is a domestic
// step, not an intent towards another actor, and the gold guide codes no
// event without a target. A plan towards another actor keeps its event
// ("announced fresh plans to deepen cooperation with Peru": 030 with
// Peru), as
// does a planned visit (036). out[first:] are the sentence's events.
func (st *state) withoutPlanIntents(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noPlanIntents {
		return out
	}
	keep := out[:first]
	for _, e := range out[first:] {
		if e.Cameo == "030" && e.Target == nil && st.planAct(e.Action.Start, e.Action.End) {
			continue
		}
		keep = append(keep, e)
	}
	return keep
}

// planAct reports whether the act's span [start, end) holds the word plan
// (planning, planned, plans).
func (st *state) planAct(start, end int) bool {
	s := &st.s
	t := s.tokenStarting(start)
	if t < 0 {
		return false
	}
	for ; t < s.n; t++ {
		if ts, _ := s.tokenSpan(t); ts >= end {
			break
		}
		if s.lemma[t] == "plan" {
			return true
		}
	}
	return false
}
