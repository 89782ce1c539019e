package event

import (
	"github.com/dyadproject/dyad/doc"
)

// Rules of session 24's recall round, chosen on the missed gold events of
// the real-news development sets with the lowest share found (dev7, dev13,
// dev14, dev15, dev18, dev19) and checked on sentences written for the
// tests (event/recall24_test.go). News mode only.

// recall24Off switches off the rules of the round (tests only).
type recall24Off struct {
	// noJointAgreement switches off jointAgreements.
	noJointAgreement bool
	// noCrimePeople switches off crimePeople.
	noCrimePeople bool
}

// crimeNouns are bare nouns of criminals, the knowledge base's sector
// nouns of CRM ("criminals", "smugglers", "pirates", "kidnappers").
var crimeNouns = map[string]bool{"criminal": true, "smuggler": true, "trafficker": true,
	"bandit": true, "kidnapper": true, "robber": true, "gangster": true,
	"extortionist": true, "racketeer": true, "poacher": true}

// drugNouns are the modifiers that make a seller or a gang a criminal one
// ("a drug dealer", "drug gangs", "an arms dealer").
var drugNouns = map[string]bool{"drug": true, "drugs": true, "narcotics": true, "heroin": true,
	"cocaine": true, "arms": true, "weapons": true}

// crimePeople gives a bare noun naming criminals the sector CRM for the
// implicit nationality of peopleSector: "the Vietnamese police arrested a
// drug dealer", "police raided a gang of smugglers" are acts on the
// country's criminals (VNMCRM), as the news guide codes them; the entity
// stage gives a bare noun with no country no actor. A seller, dealer, gang
// or ring counts only with a drug or arms word before it.
func (st *state) crimePeople(n int) (string, bool) {
	s := &st.s
	if crimeNouns[s.lemma[n]] {
		return "CRM", true
	}
	switch s.lemma[n] {
	case "dealer", "seller", "gang", "ring", "lord", "baron", "runner", "pusher":
		for _, k := range s.kids[n] {
			if k < n && (s.rel[k] == rCompound || s.rel[k] == rAmod) && drugNouns[s.lower[k]] {
				return "CRM", true
			}
		}
	}
	return "", false
}

// jointAgreements codes a joint agreement to do something that no pattern
// codes as an intent to cooperate (030; asserted: the agreement itself is
// reported as done, and a plan's modality would date it as a plan), each
// party towards each other:
// "Chile and Peru agreed to open a hotline between their ministries", "the
// two sides have agreed to jointly use the range". The infinitive
// ("open", "use") has no event of its own and "agree" codes nothing with
// it, so the sentence had none. Only when the subject names two or more
// parties with different codes (a coordination or a pair phrase the actor
// stage resolved); one party's agreement to an uncoded act names no
// partner. Left alone: a negated or hypothetical agreement, one under a
// verb of refusing or failing, an agreement in a relative or adjectival
// clause (background), and any agreement whose clause, or the infinitive's,
// already has an event. out[first:] are the sentence's events.
func (st *state) jointAgreements(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noJointAgreement {
		return out
	}
	s := &st.s
	for v := 0; v < s.n; v++ {
		if s.lemma[v] != "agree" || s.upos[v] != "VERB" {
			continue
		}
		k := -1
		for _, c := range s.kids[v] {
			if s.rel[c] == rXcomp && s.upos[c] == "VERB" && s.hasMarkTo(c) {
				k = c
				break
			}
		}
		if k < 0 || st.agreementBackground(v) {
			continue
		}
		if neg, mod := st.modality(v); neg || mod == "hypothetical" {
			continue
		}
		if negK, _ := st.modality(k); negK {
			continue
		}
		// an event on "agree", on the infinitive or anywhere under it
		// ("agreed to open talks with X" coded on "talks")
		coded := false
		for j := first; j < len(out) && !coded; j++ {
			x := s.tokenStarting(out[j].Action.Start)
			coded = x == v || x >= 0 && s.inSubtree(x, k)
		}
		if coded {
			continue
		}
		subj, passive, _ := st.subject(v)
		if subj < 0 || passive {
			continue
		}
		parties := uniqueCodes(st.listedSubjects(v, subj, st.actorsOf(subj)))
		var ok []doc.Actor
		for _, a := range parties {
			if a.Code != "" {
				ok = append(ok, a)
			}
		}
		if len(ok) < 2 {
			continue
		}
		for i := range ok {
			for j := range ok {
				if i == j || sameActor(ok[i].Code, ok[j].Code) {
					continue
				}
				t := ok[j]
				out = st.extraEvent("030", v, ok[i], &t, out)
			}
		}
	}
	return out
}

// agreementBackground reports whether verb v sits in a relative or
// adjectival clause, or under a verb of refusing or failing ("refused to
// agree to ..."), walking up through conjuncts, complements and
// infinitives.
func (st *state) agreementBackground(v int) bool {
	s := &st.s
	for x, steps := v, 0; x >= 0 && steps < 8; steps++ {
		switch s.rel[x] {
		case rRelcl, rAcl:
			return true
		}
		g := s.head[x]
		if g >= 0 && s.rel[x] == rXcomp && negGov[s.lemma[g]] {
			return true
		}
		x = g
	}
	return false
}

// recall24TreeOff switches off the tree repairs of this file (embedded in
// repairsOff; tests only).
type recall24TreeOff struct {
	noWhereConjunct bool
}

// repairWhereConjunct mends a relative "where" clause that the parser
// joined to the main verb as a conjunct or a parataxis: "The clash took
// place near Lakeside, where soldiers arrested two smugglers last week"
// with "arrested" a conjunct of "took". A verb so joined whose "where" comes
// right after a comma, itself right after a noun, and whose conjunction
// head comes before the "where", becomes a relative clause of that noun,
// as the parser gives the clause when it reads it right; the relative
// clause rules then decide whether it is background (a state, an earlier
// happening) or carries the story on (narrativeWhere). It reads the heads:
// the repairs run before the children lists are built.
func (s *sent) repairWhereConjunct() {
	for w := 2; w < s.n; w++ {
		if s.lower[w] != "where" || s.rel[w] != rAdvmod || s.lower[w-1] != "," {
			continue
		}
		x := s.head[w]
		if x <= w || s.upos[x] != "VERB" || s.rel[x] != rConj && s.rel[x] != rParataxis {
			continue
		}
		if h := s.head[x]; h < 0 || h >= w {
			continue
		}
		p := w - 2
		if s.upos[p] != "NOUN" && s.upos[p] != "PROPN" || s.inSubtree(p, x) {
			continue // a noun under the verb itself cannot take it as its clause
		}
		s.head[x], s.rel[x] = p, rRelcl
	}
}
