package event

// Session 34's everyday round: rules found by reading invented everyday
// wire stories end to end (docs/EVENTS.md, "Session 34 (everyday
// helper)").

// everyday34Off switches off the rules of this file (tests only).
type everyday34Off struct {
	// noGerundNextAct switches off gerundNextAct.
	noGerundNextAct bool
}

// gerundNextAct reports whether conjunct x of a gerund is the subject's
// own next act rather than a second gerund under the same governing verb:
// "Eritrea denied starting the fighting and blamed Ethiopian troops" —
// "blamed", a past form with no subject or auxiliary of its own, cannot
// share the "-ing" of "starting" (a second denied act reads "denied
// starting the fighting and shelling the town"), so it is joined to the
// main verb and the denial does not reach it. The parser often tags such
// a past tense VBN; both past tags count.
func (st *state) gerundNextAct(x int) bool {
	s := &st.s
	if st.c.opt.noGerundNextAct || s.rel[x] != rConj {
		return false
	}
	h := s.head[x]
	if h < 0 || s.upos[x] != "VERB" || s.upos[h] != "VERB" ||
		s.hasChild(x, rNsubj) || s.hasChild(x, rNsubjPass) || s.hasChild(x, rAux) || s.hasChild(h, rAux) {
		return false
	}
	return s.xpos(h) == "VBG" && (s.xpos(x) == "VBD" || s.xpos(x) == "VBN")
}

// NominalPlanDates switches plannedNominal (tests only).
var NominalPlanDates = true

// plannedNominal reports whether noun x, an intended act's trigger, is a
// phrase of the clause of verb g, a future ("will visit Beijing on Friday
// for talks with Wang"): reached from g through objects, obliques and
// noun modifiers only, no clause between, so that the talks are held on
// the visit's day. Rule 2 of dateEvent refuses an intent the governing
// clause's time ("said on Monday it will visit": Monday is the saying's);
// a noun phrase of a planned act's own clause is no such case. Only with
// "will" or "shall" on g: "announced on Monday a visit to China" keeps
// Monday the announcement's.
func plannedNominal(s *sent, x, g int) bool {
	if !NominalPlanDates || !isNounTag(s.upos[x]) || !clauseFuture(s, g) {
		return false
	}
	for k, steps := x, 0; k != g; k, steps = s.head[k], steps+1 {
		if k < 0 || steps > 6 {
			return false
		}
		switch s.rel[k] {
		case rObj, rObl, rNmod:
		default:
			return false
		}
	}
	return true
}
