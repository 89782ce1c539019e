package event

// Rules of session 23's everyday round (stories of a border clash, a
// disputed election and a prisoner exchange), chosen on sentences the team
// wrote itself in wire style. The tree repairs run in every mode like the
// others (switch: noEveryday23Tree). Tests: pipeline/everyday23_test.go.

// repairs23 runs the tree repairs of session 23's everyday round.
func (s *sent) repairs23() {
	if s.noEveryday23Tree {
		return
	}
	s.repairModifierVerbConjunct()
	s.repairNamedGerund()
}

// repairModifierVerbConjunct mends a sentence-opening "N V-ed O and
// V2-ed ..." that the parser read as one noun phrase "N V-ed O", the
// subject of the second verb ("Police | fired tear gas and arrested 60
// people", "fired" an adjective of "gas" and "gas" the subject of
// "arrested"): a VERB tagged VBD or VBN, hung as amod on a noun a few
// words on, right after the sentence's first noun phrase (nouns only, no
// determiner), with no dependents of its own, where that noun is the
// subject of a later verb joined to it by "and", becomes the clause's
// verb: the words before it its subject, the noun its object, the later
// verb its conjunct, and the verb takes the later verb's place in the
// sentence (repairModifierVerb's frame, session 9, which leaves the case
// of a subject noun alone).
func (s *sent) repairModifierVerbConjunct() {
	for v := 1; v < s.n && v < 5; v++ {
		m := s.head[v]
		if s.rel[v] != rAmod || s.upos[v] != "VERB" || m <= v || m-v > 4 || !isNounTag(s.upos[m]) ||
			!isNounTag(s.upos[v-1]) || adjectivalParticiples[s.lemma[v]] {
			continue
		}
		if xp := s.d.Tokens[s.base+v].XPOS; xp != "VBD" && xp != "VBN" {
			continue
		}
		h := s.head[m]
		if s.rel[m] != rNsubj || h <= m || s.upos[h] != "VERB" {
			continue
		}
		ok, and := true, false
		for k := 0; k < s.n && ok; k++ {
			switch {
			case k < v:
				// the subject's words: nouns hung on the object noun
				ok = s.head[k] == m && isNounTag(s.upos[k]) && (s.rel[k] == rCompound || s.rel[k] == rNsubj)
			case s.head[k] == v:
				ok = false
			case k > v && k < m:
				ok = s.inSubtree(k, m)
			case k > m && k < h && s.head[k] == h && s.rel[k] == rCC && s.lower[k] == "and":
				and = true
			case k > m && k < h && s.head[k] == h && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass):
				ok = false
			}
		}
		if !ok || !and {
			continue
		}
		x := v - 1
		for k := 0; k < x; k++ {
			s.head[k] = x
		}
		s.head[x], s.rel[x] = v, rNsubj
		s.head[v], s.rel[v] = s.head[h], s.rel[h]
		s.head[h], s.rel[h] = v, rConj
		s.head[m], s.rel[m] = v, rObj
		return
	}
}

// firstPersonWords are the first-person plural pronouns a speaker uses for
// the body he speaks for.
var firstPersonWords = map[string]bool{"we": true, "us": true}

// weNotThird reports whether pronoun k, "we", the subject of verb v joined
// by a conjunction to a clause whose subject gs names someone else
// ("Pakistan has violated our territory, and we reserve the right to
// respond," the spokesman wrote), is not that subject: "we" is the
// speaker's side, which the clause the two conjuncts hang from gives
// (resolvePronoun goes on up from there). Only a named subject (not a
// pronoun) is set apart.
func (st *state) weNotThird(v, k, gs int) bool {
	s := &st.s
	if s.noEveryday23Tree || !firstPersonWords[s.lower[k]] || s.rel[v] != rConj {
		return false
	}
	if !s.noWeOwnedFirst && !st.otherSideSubject(v, k, gs) {
		return false
	}
	return s.upos[gs] == "PROPN" || s.upos[gs] == "NOUN"
}

// otherSideSubject reports whether subject gs of the clause before "we"
// (k, subject of conjunct v) names an actor of a country other than the
// speaker's. The review of session 23 (stories 1401 to 2100 of bench-news)
// found the rule wrong where the subject had no actor (a plain judgement
// of a third man followed by the speaker's side wishing for something: a
// one-sided appeal the guide never codes, where the clause had no event
// before) or was the speaker's own side (his troubled party, whose members
// "we" are: the rule gave the speaker's government code in place of the
// party's); the rule's case, a named neighbour that "violated our
// territory", stays.
func (st *state) otherSideSubject(v, k, gs int) bool {
	s := &st.s
	ga := st.actorsOf(gs)
	if len(ga) == 0 {
		return false
	}
	sp := st.resolvePronoun(s.head[v], k)
	if sp == k || sp == gs {
		return true
	}
	for _, a := range st.actorsOf(sp) {
		for _, b := range ga {
			if a.Country != "" && a.Country == b.Country {
				return false
			}
		}
	}
	return true
}

// repairNamedGerund mends an -ing noun after a name that the tagger took
// for a verb modifying the noun before ("opened fire on a border post near
// the Torkham | crossing late on Tuesday", "crossing" a participle on
// "post", with the time phrase hung on it): a VBG VERB hung as acl on a
// noun, right after a proper noun that a determiner opens ("the Torkham")
// and that hangs on the same noun or on a phrase of it, with no object of
// its own, becomes the noun of that phrase ("the Torkham crossing"), and
// its adverbs and obliques (the time phrase) go up to the nearest verb
// above, where the date stage looks for them.
func (s *sent) repairNamedGerund() {
	for v := 2; v < s.n; v++ {
		h, p := s.head[v], v-1
		if s.upos[v] != "VERB" || s.rel[v] != rAcl || h < 0 || h >= p || !isNounTag(s.upos[h]) || s.upos[p] != "PROPN" {
			continue
		}
		if xp := s.d.Tokens[s.base+v].XPOS; xp != "VBG" {
			continue
		}
		// the name's phrase opened by "the"
		det, ok := -1, true
		for k := h + 1; k < p; k++ {
			if s.head[k] == p && s.rel[k] == rDet && s.lower[k] == "the" {
				det = k
			}
		}
		for k := 0; k < s.n && ok; k++ {
			if s.head[k] == v && (s.rel[k] == rObj || s.rel[k] == rNsubj) {
				ok = false
			}
		}
		if det < 0 || !ok {
			continue
		}
		// the verb above the noun
		g := h
		for k := 0; k < 6 && g >= 0 && s.upos[g] != "VERB"; k++ {
			g = s.head[g]
		}
		if g < 0 {
			continue
		}
		s.head[v], s.rel[v] = s.head[p], s.rel[p]
		for k := 0; k < s.n; k++ {
			switch {
			case k == p:
			case s.head[k] == p && k < p && (s.rel[k] == rDet || s.rel[k] == rCase):
				s.head[k] = v
			case s.head[k] == v && k > v && (s.rel[k] == rObl || s.rel[k] == rAdvmod):
				s.head[k] = g
			}
		}
		s.head[p], s.rel[p] = v, rCompound
		return
	}
}
