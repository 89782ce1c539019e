package event

import (
	"github.com/dyadproject/dyad/doc"
)

// Rules of session 31's recall round, chosen on the missed gold events of
// the real-news development sets (realnews-dev2 to dev23) and checked on
// sentences written for the tests (event/recall30_test.go). The patterns
// of the round are in data/event/recall30.pat (docs/EVENTS.md, "Session 31
// (recall round)"). News mode only.

// recall30Off switches off the coder rules of the round (tests only).
type recall30Off struct {
	// noOwnPossessor switches off ownPossessorObject.
	noOwnPossessor bool
}

// stanceNouns name a stance taken towards someone, named by the noun's
// "for", "to", "with" or "behind" phrase ("support for Lebanon",
// "commitment to the accord", "solidarity with Cuba").
var stanceNouns = map[string]bool{"support": true, "backing": true, "commitment": true, "opposition": true,
	"solidarity": true, "endorsement": true, "objection": true, "rejection": true, "sympathy": true,
	"friendship": true, "loyalty": true, "hostility": true}

// stancePreps mark the phrase of a stance noun that names whom it is
// towards.
var stancePreps = map[string]bool{"for": true, "to": true, "with": true, "behind": true, "against": true}

// ownPossessorObject returns, for an object o that is a stance noun owned
// by the subject's own country ("The Egyptian foreign minister reiterated
// Egypt's support for the Palestinian Authority", "reaffirm France's
// support for the government of Lebanon" said by a French minister), the
// actors of the noun's "for"/"to" phrase: the possessor is the speaker's
// side, not whom the stance is towards, and as the object's actors the
// event was an actor against its own country, dropped. nil when the
// possessor is another country ("welcomed Japan's support for the plan"
// targets Japan), when the subject names no actor, or when the noun has no
// such phrase with an actor.
func (st *state) ownPossessorObject(o, subj int) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noOwnPossessor || o < 0 || subj < 0 || s.upos[o] != "NOUN" || !stanceNouns[s.lemma[o]] {
		return nil
	}
	p := s.child(o, rPoss)
	if p < 0 {
		return nil
	}
	pa, sa := st.actorsOf(p), st.actorsOf(subj)
	if len(pa) == 0 || len(sa) == 0 || !ownCountries(pa, sa) {
		return nil
	}
	for _, k := range s.kids[o] {
		if k < o || s.rel[k] != rNmod || !stancePreps[s.caseOf(k)] {
			continue
		}
		if a := st.actorsOf(k); len(a) > 0 && !ownCountries(a, sa) {
			return a
		}
	}
	return nil
}
