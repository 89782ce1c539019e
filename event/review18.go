package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Guards on session 18's everyday rules, from the review of that round
// (sentences the team wrote to probe where the rules misfire).

// loanWords are the objects of "approve" that the APPROVE_LOAN pattern
// (data/event/everyday.pat) reads as aid given.
var loanWords = map[string]bool{"loan": true, "credit": true, "bailout": true, "financing": true,
	"disbursement": true, "tranche": true}

// borrowerApproval reports whether "approve" at v, coded 071 (economic
// aid given), approves no loan of its own giving: its object is headed by
// another noun ("approved a loan agreement with China": the pattern
// matched "loan", a modifier) or names where the loan comes from
// ("approved a loan from the World Bank": the borrower approves it). The
// dictionary's intent to cooperate economically (0311) stands then.
func (s *sent) borrowerApproval(v int, code string) bool {
	if code != "071" || s.lemma[v] != "approve" {
		return false
	}
	o := s.child(v, rObj)
	if o < 0 {
		return false
	}
	if !loanWords[s.lemma[o]] && !loanWords[s.lower[o]] {
		return true
	}
	for k := 0; k < s.n; k++ {
		if s.head[k] == o && s.rel[k] == rNmod && s.caseOf(k) == "from" {
			return true
		}
	}
	return false
}

// rivalDetainer reports whether an arrest or detention (173) in events,
// from sentence first on, was made by another author than arrest e's
// ("Venezuelan police arrested an activist ... Colombian police arrested
// two smugglers ... Amnesty called for the activist's release": the call
// is not on the latest arrester, and detainerTarget cannot tell whom it
// is on).
func rivalDetainer(events []doc.Event, e *doc.Event, first int) bool {
	for i := range events {
		f := &events[i]
		if f.Sentence < first || !arrestBy(f) {
			continue
		}
		if !sameActor(f.Source.Code, e.Source.Code) {
			return true
		}
	}
	return false
}

// arrestBy reports whether e is an arrest or detention (173) with a coded
// author, not negated.
func arrestBy(e *doc.Event) bool {
	return !e.Negated && e.Source.Code != "" && strings.HasPrefix(e.Cameo, "173")
}

// meetAtPhrase reports whether phrase p, the bare prepositional slot of
// "meet" at v, is an "at" phrase (the MEET_AT pattern,
// data/event/everyday.pat): it tells where, when or why the meeting was
// held ("met at the Vatican", "met at the request of the African
// Union"), not whom one met, and the meeting's parties are the subject's
// (a coordinated subject meets each way).
func (s *sent) meetAtPhrase(v, p int) bool {
	return s.lemma[v] == "meet" && s.caseOf(p) == "at"
}

// insideMeetAt reports whether phrase x lies inside an "at" phrase of
// "meet" at v (meetAtPhrase).
func (s *sent) insideMeetAt(x, v int) bool {
	if s.lemma[v] != "meet" {
		return false
	}
	for steps := 0; x >= 0 && x != v && steps < s.n; steps++ {
		if s.head[x] == v {
			return s.meetAtPhrase(v, x)
		}
		x = s.head[x]
	}
	return false
}
