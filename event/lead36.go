package event

import "strings"

// Session 36's lead round: rules found by reading everyday stories end to
// end (docs/EVENTS.md, "Session 36 (lead)").

// lead36Off switches off the rules of this file (tests only).
type lead36Off struct {
	// noObjectPhraseTarget switches off objectPhraseTarget.
	noObjectPhraseTarget bool
	// noFightProblem switches off fightProblem.
	noFightProblem bool
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

// fightVerbs are verbs of fighting that news also uses of a problem a
// government takes on.
var fightVerbs = map[string]bool{"fight": true, "combat": true, "battle": true}

// fightProblems are what a country "fights" without force on anyone: a
// disease, a social ill, a crime as such, a measure it opposes.
var fightProblems = map[string]bool{"corruption": true, "graft": true, "bribery": true, "poverty": true,
	"hunger": true, "famine": true, "disease": true, "diseases": true, "flu": true, "influenza": true,
	"virus": true, "epidemic": true, "pandemic": true, "aids": true, "hiv": true, "hiv/aids": true,
	"malaria": true, "tuberculosis": true, "cancer": true, "polio": true, "cholera": true, "drug": true,
	"drugs": true, "narcotics": true, "trafficking": true, "smuggling": true, "crime": true, "crimes": true,
	"terrorism": true, "terror": true, "extremism": true, "radicalism": true, "inflation": true,
	"unemployment": true, "illiteracy": true, "desertification": true, "drought": true, "pollution": true,
	"fire": true, "fires": true, "piracy": true, "counterfeiting": true, "racism": true, "discrimination": true,
	"measure": true, "bill": true, "law": true, "proposal": true, "decision": true, "ban": true, "charges": true,
	"change": true, "warming": true, "erosion": true, "fraud": true, "evasion": true, "laundering": true}

// fightProblem reports whether candidate m of verb i is a 190 (DESTROY
// and its kin) of a fightVerbs verb whose object, or "against" phrase, is
// one of fightProblems: "China hastened to fight bird flu", "the two
// countries can work together in fighting avian flu", "the government
// cannot fight terrorism with one hand tied": no force on anyone, and no
// target. The candidate is dropped. "vowed to keep fighting Israel" and
// "fight the insurgency" stay.
func (st *state) fightProblem(i int, m *match) bool {
	s := &st.s
	if st.c.opt.noFightProblem || !fightVerbs[s.lemma[i]] || !strings.HasPrefix(m.yield.Main, "19") || s.upos[i] != "VERB" {
		return false
	}
	o := s.child(i, rObj)
	if o < 0 {
		for _, k := range s.kids[i] {
			if s.rel[k] == rObl && s.caseOf(k) == "against" {
				o = k
				break
			}
		}
	}
	return o >= 0 && (fightProblems[s.lemma[o]] || fightProblems[s.lower[o]]) && len(st.actorsOf(o)) == 0
}
