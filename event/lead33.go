package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 33 (lead): fighting between two sides told as a gerund.
//
// "More than 1,000 people have been killed in fighting between his troops
// and the Islamist militia": the parser reads "in fighting" as a clause
// (fighting/VBG, advcl of "killed", "in" its mark), and the verb pattern of
// "fight" then took the subject of the clause above as the fighter: the
// minister who said it, or nobody. repairFightingGerund makes the gerund
// the noun it is (an obl of the verb, "in" its case, the "between" phrase
// its nmod), and data/event/lead33.pat codes "fighting" and "hostilities"
// between two sides as the clash nouns are coded: 190 both ways.

// fightGerundMarks introduce a fight in which casualties fell.
var fightGerundMarks = map[string]bool{"in": true, "during": true, "amid": true, "after": true}

// repairFightingGerund turns "in fighting between A and B", parsed as a
// clause, into a noun phrase. The gerund must have no subject or object of
// its own and a "between" phrase.
func (s *sent) repairFightingGerund() {
	for v := 1; v < s.n; v++ {
		if s.lower[v] != "fighting" || s.upos[v] != "VERB" || s.rel[v] != rAdvcl && s.rel[v] != rAcl || s.head[v] < 0 {
			continue
		}
		mark, between, own := -1, -1, false
		for k := 0; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			switch {
			case (s.rel[k] == rMark || s.rel[k] == rCase || s.rel[k] == rAdvmod) && k == v-1 && fightGerundMarks[s.lower[k]]:
				mark = k
			case s.rel[k] == rObl && k > v && s.hasCaseWord(k, "between"):
				between = k
			case s.rel[k] == rNsubj || s.rel[k] == rNsubjPass || s.rel[k] == rObj:
				own = true
			}
		}
		if mark < 0 || between < 0 || own {
			continue
		}
		s.upos[v], s.lemma[v], s.rel[v] = "NOUN", "fighting", rObl
		s.rel[mark] = rCase
		s.rel[between] = rNmod
	}
}

// hasCaseWord reports whether word k has a case word w among its
// dependents, read from the heads (the kids are not built yet).
func (s *sent) hasCaseWord(k int, w string) bool {
	for j := 0; j < k; j++ {
		if s.head[j] == k && s.rel[j] == rCase && s.lower[j] == w {
			return true
		}
	}
	return false
}

// lead33Off switches off the rules of this file (tests only).
type lead33Off struct {
	// noFightBetween switches off fightBetween.
	noFightBetween bool
	// noWithoutNegates switches off withoutNegates.
	noWithoutNegates bool
}

// withoutNegates reports whether verb v, marked by "without", is an act
// that did not happen ("decided without consulting the president", "left
// without meeting the minister"): the event is negated, as "did not
// consult" is.
func (st *state) withoutNegates(v int) bool {
	return !st.c.opt.noWithoutNegates && st.s.upos[v] == "VERB"
}

// fightBetweenNouns are fights named by their sides only in a "between"
// phrase.
var fightBetweenNouns = map[string]bool{"fighting": true, "hostilities": true}

// fightBetween reports whether noun n is fighting between two sides
// ("killed in fighting between the army and the rebels"): like a clash,
// the fight casualties fell in is an event of its own.
func (st *state) fightBetween(n int) bool {
	s := &st.s
	if st.c.opt.noFightBetween || !fightBetweenNouns[s.lower[n]] || s.upos[n] != "NOUN" {
		return false
	}
	for _, k := range s.kids[n] {
		if s.rel[k] == rNmod && s.caseOf(k) == "between" {
			return true
		}
	}
	return false
}

// Trailing participles of saying. "Tusk announced on Thursday that Poland
// would close the crossing from Friday, saying Minsk was waging a hybrid
// war": the parser hung "saying" on "close", the nearest verb, and the
// claim took the Friday of the closure as its date (read in its past
// tense, the Friday before). A closure that would happen says nothing; the
// one who says is the speaker of the clause above. repairFutureParticiple
// moves a participle of saying set off by a comma (", saying", ", adding",
// ", warning") from a future or conditional clause (will, would, shall)
// that reports what a verb of saying says to that verb.

// sayingParticiples are the lemmas of participles that continue a
// speaker's words.
var sayingParticiples = map[string]bool{"say": true, "add": true, "warn": true, "accuse": true, "call": true,
	"cite": true, "note": true, "stress": true, "insist": true, "argue": true, "claim": true, "describe": true}

func (s *sent) repairFutureParticiple() {
	for p := 2; p < s.n; p++ {
		h := s.head[p]
		if h < 0 || s.rel[p] != rAdvcl || !strings.HasSuffix(s.lower[p], "ing") || !sayingParticiples[s.lemma[p]] ||
			s.lower[p-1] != "," || s.rel[h] != rCcomp {
			continue
		}
		g := s.head[h]
		if g < 0 || g > h || !complementVerbs[s.lemma[g]] {
			continue
		}
		future := false
		for k := 0; k < s.n; k++ {
			if s.head[k] == h && s.rel[k] == rAux && (futureAux[s.lower[k]] || s.lower[k] == "would") {
				future = true
			}
		}
		if future && !s.headHasRel(p, rNsubj, rNsubjPass) {
			s.head[p] = g
		}
	}
}

// Contact relatives. "freezing the assets of 14 officials it blames for
// pushing migrants toward the Polish border": a relative clause without
// "that" or "who", its subject a pronoun right after the noun it
// describes, which the parser made a ccomp of the verb above ("freezing
// … | it blames"). As a complement it was the event's content, and the
// target came from it (the Polish border). repairContactRelative hangs
// such a clause on the noun as a relative clause (background) when the
// verb above takes no clause (not a verb of saying or thinking), the
// clause's verb has no object of its own (the noun is its object) and no
// "that" or other mark, and the noun lies in the verb's object phrase.

// contactSubjects are the pronoun subjects of contact relatives.
var contactSubjects = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true}

// clauseTakers take a clausal complement: a ccomp of theirs stays one.
var clauseTakers = map[string]bool{"think": true, "believe": true, "hope": true, "expect": true, "fear": true,
	"know": true, "feel": true, "suggest": true, "show": true, "mean": true, "find": true, "see": true,
	"understand": true, "learn": true, "realize": true, "doubt": true, "suspect": true, "assume": true,
	"ensure": true, "agree": true, "decide": true, "demand": true, "ask": true, "urge": true, "promise": true,
	"predict": true, "indicate": true, "allege": true, "recall": true, "reveal": true, "signal": true}

func (s *sent) repairContactRelative() {
	for v := 2; v < s.n; v++ {
		g, p, n := s.head[v], v-1, v-2
		if g < 0 || s.rel[v] != rCcomp || s.upos[v] != "VERB" || complementVerbs[s.lemma[g]] || clauseTakers[s.lemma[g]] || g > n {
			continue
		}
		if s.head[p] != v || s.rel[p] != rNsubj || !contactSubjects[s.lower[p]] || s.upos[n] != "NOUN" && s.upos[n] != "PROPN" {
			continue
		}
		ok := false
		for x, steps := n, 0; x >= 0 && steps < 6; x, steps = s.head[x], steps+1 {
			if s.head[x] == g && s.rel[x] == rObj {
				ok = true
				break
			}
		}
		if ok && !s.headHasRel(v, rObj, rMark, rCcomp) {
			s.head[v], s.rel[v] = n, rRelcl
		}
	}
}

// Appositions name one actor twice: "the commander of the British forces,
// Major-General Bryan Dutton", "Diallo's party, the Patriotic Union". When
// the knowledge base codes one of the names and not the other, the event
// got a second source or target with no code, the same actor again.
// appositionCoded keeps, of the actors naming the phrase's own referent
// (its head and its appositions, not its conjuncts), the coded ones when
// there are any. AppositionCoded switches it off (tests).
var AppositionCoded = true

func appositionCoded(out []doc.Actor, same []bool) []doc.Actor {
	if !AppositionCoded || len(out) < 2 {
		return out
	}
	coded := false
	for i, a := range out {
		if same[i] && a.Code != "" {
			coded = true
		}
	}
	if !coded {
		return out
	}
	kept := out[:0]
	for i, a := range out {
		if same[i] && a.Code == "" {
			continue
		}
		kept = append(kept, a)
	}
	return kept
}
