package event

import "github.com/dyadproject/dyad/doc"

// removalVerbs remove someone from office when passive ("be dumped", "be
// sacked"); quitVerbs are leaving it ("resign", "step down").
var removalVerbs = map[string]bool{
	"dump": true, "sack": true, "remove": true, "oust": true, "fire": true, "dismiss": true,
	"replace": true, "depose": true, "topple": true, "unseat": true, "impeach": true, "drop": true,
}

var quitVerbs = map[string]bool{"resign": true, "quit": true, "abdicate": true}

// removalNouns name someone's going ("demanded the resignation of X").
var removalNouns = map[string]bool{
	"resignation": true, "ouster": true, "removal": true, "dismissal": true, "sacking": true,
	"impeachment": true, "overthrow": true,
}

// leaderChange reports whether demand or appeal verb v (its code y of root
// 10 or 02) asks for someone's removal from office: a clause of v that is
// a passive removal ("demanded that Singh be dumped from his role") or a
// resignation ("urged the minister to resign", "called for him to step
// down"), or whose object is such a going ("demanded the resignation of
// X"). It returns the code of a demanded (1041) or appealed-for (0241)
// change of leadership and the actors of the one to go: the clause's
// subject, else v's object (object control); "" when v asks for no such
// thing.
func (st *state) leaderChange(v int, y Yield) (string, []doc.Actor) {
	s := &st.s
	var c string
	switch {
	case !demandWords[s.lemma[v]]:
		return "", nil
	case len(y.Main) >= 2 && y.Main[:2] == "10":
		c = "1041"
	case len(y.Main) >= 2 && y.Main[:2] == "02":
		c = "0241"
	default:
		return "", nil
	}
	if o := s.child(v, rObj); o >= 0 && removalNouns[s.lemma[o]] {
		// "demanded the resignation of President X".
		return c, st.actorsOf(o)
	}
	if o := st.leaderGoing29(v); o >= 0 {
		// "his departure has been demanded by the party" (codes29.go).
		return c, st.actorsOf(o)
	}
	clauses := []int{}
	for _, k := range s.kids[v] {
		if k > v && (s.rel[k] == rCcomp || s.rel[k] == rAdvcl || s.rel[k] == rXcomp) {
			clauses = append(clauses, k)
		}
		// "called for him to step down": the clause inside the phrase.
		if k > v && s.rel[k] == rObl && s.caseOf(k) == "for" {
			for _, kk := range s.kids[k] {
				if s.rel[kk] == rAcl || s.rel[kk] == rXcomp {
					clauses = append(clauses, kk)
				}
			}
		}
	}
	for _, k := range clauses {
		passive := s.hasChild(k, rNsubjPass) || s.hasChild(k, rAuxPass)
		quit := quitVerbs[s.lemma[k]] || st.quitPhrase29(k) // "make way", "step aside" (codes29.go)
		for _, kk := range s.kids[k] {
			if s.lemma[k] == "step" && kk > k && s.lower[kk] == "down" {
				quit = true // "step down"
			}
		}
		if !(passive && removalVerbs[s.lemma[k]]) && !quit {
			continue
		}
		for _, r := range []rel{rNsubjPass, rNsubj} {
			if sj := s.child(k, r); sj >= 0 {
				if a := st.actorsOf(sj); len(a) > 0 {
					return c, a
				}
			}
		}
		if o := s.child(v, rObj); o >= 0 {
			if a := st.actorsOf(o); len(a) > 0 {
				return c, a
			}
		}
		if s.rel[s.head[k]] == rObl {
			if a := st.actorsOf(s.head[k]); len(a) > 0 {
				return c, a
			}
		}
		return c, nil
	}
	return "", nil
}
