package event

import (
	"strings"

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
	// noOwnPair switches off ownPairTarget.
	noOwnPair bool
	// noCoercedGroup switches off coercedGroup.
	noCoercedGroup bool
	// noReportRelative switches off reportRelative.
	noReportRelative bool
	// noSharedObject switches off sharedObject.
	noSharedObject bool
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

// pairCoopRoots are the roots of the cooperative codes a pair of actors
// named together does with each other (030 intend to cooperate, 04x
// consult, 05x diplomatic cooperation, 06x material cooperation).
var pairCoopRoots = map[string]bool{"03": true, "04": true, "05": true, "06": true}

// partnerPreps mark the phrases on a verb that name a partner ("agreed
// with", "signed a deal with", "sent aid to").
var partnerPreps = map[string]bool{"with": true, "to": true, "against": true, "on": true, "for": true, "between": true}

// ownPairTarget reports whether the targets found for a cooperative event
// of two or more sources of different countries are only one of the
// sources' own side, named somewhere other than as the verb's object or
// partner phrase: "Brazil and Russia agreed to develop cooperation during
// a visit by Russia's foreign minister" found the minister in the visit
// phrase, and "Palestinian and Egyptian officials will sign a deal to
// provide Gaza with Egyptian electricity" found Egypt in the infinitive;
// one of the pair was its own target (the other's event to it dropped)
// where the two act with each other. The caller drops the targets and
// makes the event reciprocal, as the news coder does for a pair that meets
// (noOwnTarget, 040 and 046). Not a target named as the object or in a
// partner phrase of the verb ("Kenya and Uganda signed a deal with Ugandan
// rebels"), not a target of another sector than the source of its country
// (a bare country on either side matches).
func (st *state) ownPairTarget(v int, m *match, sources, targets []doc.Actor) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noOwnPair || m.noun || len(targets) == 0 || len(m.yield.Main) < 2 ||
		!pairCoopRoots[m.yield.Main[:2]] {
		return false
	}
	countries := map[string]bool{}
	for _, x := range sources {
		if len(x.Country) != 3 || cameoRegions[x.Country] || strings.HasPrefix(x.Sector, "IGO") || strings.HasPrefix(x.Sector, "NGO") {
			return false // states only: no organisation, no region
		}
		countries[x.Country] = true
	}
	if len(countries) < 2 {
		return false
	}
	for _, t := range targets {
		own := false
		for _, x := range sources {
			own = own || t.Country == x.Country && (t.Sector == "" || x.Sector == "" || t.Sector == x.Sector)
		}
		if !own || t.Mention == nil {
			return false
		}
		k := s.mentionHead(t.Mention)
		if k < 0 || !modifierRels[s.rel[k]] && s.partnerOf(k, v) {
			// a nationality on a thing ("with Egyptian electricity")
			// names no partner
			return false
		}
	}
	return true
}

// partnerOf reports whether token k lies, through nominal words only, in
// the object, the indirect object or a partner phrase of verb v or of a
// verb v governs through open complements ("agreed to develop cooperation
// with X").
func (s *sent) partnerOf(k, v int) bool {
	anchor := func(h int) bool {
		for steps := 0; h >= 0 && steps < 6; steps++ {
			if h == v {
				return true
			}
			if s.rel[h] != rXcomp {
				return false
			}
			h = s.head[h]
		}
		return false
	}
	for x, steps := k, 0; x >= 0 && steps < s.n; steps++ {
		if x != k && isVerbal(s.upos[x]) {
			return false
		}
		if anchor(s.head[x]) {
			return s.rel[x] == rObj || s.rel[x] == rIobj ||
				(s.rel[x] == rObl || s.rel[x] == rNmod) && partnerPreps[s.caseOf(x)]
		}
		x = s.head[x]
	}
	return false
}

// modifierRels are the relations of a nationality that only modifies the
// noun it hangs on ("Egyptian electricity"); not a possessor ("their
// support" is the pair's own).
var modifierRels = map[rel]bool{rAmod: true, rCompound: true}

// coercedGroup reports whether code is one of coercion (17x: seizure,
// arrest, expulsion, repression), whose bare plural object is a group acted
// on, as for force (implicitTarget): "security forces detained and harassed
// journalists" detained some journalists, not journalists in general, so
// they take the home country of the police (NPLMED).
func (st *state) coercedGroup(code string) bool {
	return st.c.opt.News && !st.c.opt.noCoercedGroup && strings.HasPrefix(code, "17")
}

// reportRelative reports whether clause k, a relative clause on an object,
// is a report of the whole sentence misparsed ("Authorities have arrested
// an opposition leader suspected of fraud, | police said Thursday" with
// "said" a relative clause on "leader"): a verb of report after a comma,
// with no relative word and no object of its own. defaultTarget then takes
// no target from its subject (the police did not suffer the arrest).
func (st *state) reportRelative(k int) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noReportRelative || s.rel[k] != rRelcl || !reportVerbs[s.lemma[k]] ||
		s.child(k, rObj) >= 0 {
		return false
	}
	first := k
	for _, c := range s.kids[k] {
		if c < first {
			first = c
		}
		if s.upos[c] == "PRON" && relativeWords[s.lower[c]] {
			return false
		}
	}
	return first > 0 && s.lower[first-1] == ","
}

// sharedObject returns the object of the verb conjoined right after verb v
// when v has none of its own: in "Kenya condemned and denounced Uganda" and
// "police detained and harassed journalists" the parser hangs the shared
// object on the second verb only, and the first had no target. The second
// verb must follow v with only "and"/"or", a comma or adverbs between, and
// have no subject of its own; -1 when there is none.
func (st *state) sharedObject(v int) int {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noSharedObject || !isVerbal(s.upos[v]) || s.child(v, rObj) >= 0 {
		return -1
	}
	for _, c := range s.kids[v] {
		if c <= v || s.rel[c] != rConj || !isVerbal(s.upos[c]) || s.child(c, rNsubj) >= 0 || s.child(c, rNsubjPass) >= 0 {
			continue
		}
		o := s.child(c, rObj)
		if o < 0 {
			return -1
		}
		for t := v + 1; t < c; t++ {
			if w := s.lower[t]; w != "and" && w != "or" && w != "," && s.upos[t] != "ADV" {
				return -1
			}
		}
		return o
	}
	return -1
}
