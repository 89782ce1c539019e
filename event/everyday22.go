package event

// Rules of session 22's everyday round (stories of a regional summit with a
// walkout, an expulsion of diplomats answered in kind and a donor
// conference), chosen on sentences the team wrote itself in wire style. The
// tree repairs run in every mode like the others (switch:
// noEveryday22Tree). Tests: pipeline/everyday22_test.go.

// repairs22 runs the tree repairs of session 22's everyday round.
func (s *sent) repairs22() {
	if s.noEveryday22Tree {
		return
	}
	s.repairChargeDaffaires()
	s.repairPlaceAdverb()
	s.repairSummonPurpose()
	s.repairParticipleOnInfinitive()
	s.repairSecondRootAfter()
	s.repairWhoseRelative()
}

// repairPlaceAdverb mends a capital or country opening its sentence that
// the tagger took for an adverb or auxiliary of the verb after it
// ("Moscow | responded within hours, expelling ...", "Beijing |
// responded"): the sentence's first word, capitalised, an entity of the
// entity stage with an actor code (a place: persons and organisations
// are repairNamedAdverb's, session 15, anywhere in the sentence), hung
// as advmod or aux on a later verb that has no subject, is that verb's
// subject; a place only as the first word, where an adverb's capital is
// the sentence's and not the name's.
func (s *sent) repairPlaceAdverb() {
	if s.n < 3 {
		return
	}
	i := 0
	h := s.head[i]
	if h <= i || s.upos[h] != "VERB" || (s.rel[i] != rAdvmod && s.rel[i] != rAux) ||
		(s.upos[i] != "ADV" && s.upos[i] != "AUX") {
		return
	}
	t := s.d.Tokens[s.base+i]
	if !capitalised(s.d.Text[t.Start:t.End]) || !s.codedEntity(i, "GPE", "LOC") {
		return
	}
	s.nameAsSubject(i, h) // event/left23.go
}

// repairWhoseRelative mends a "whose" clause set between commas after a
// sentence's subject ("Ruto, whose government Khartoum has accused of
// sheltering rebel leaders, said the walkout was regrettable", parsed with
// "accused" the root, "Ruto" hung on it and "said" in parataxis): with "N
// , whose ... V ... , W", W a finite verb right after the second comma
// and V the clause's verb (the one whose head lies outside the commas), V
// becomes a relative clause on N and W the verb of N's clause, N its
// subject, when N is the root, hangs on V, or is W's subject already
// (the frame of repairAsideRelative, session 20, for "who" and "which").
func (s *sent) repairWhoseRelative() {
	for w := 2; w+2 < s.n; w++ {
		if s.lower[w] != "whose" || s.lower[w-1] != "," {
			continue
		}
		n, c, ok := s.commaAside(w)
		if !ok {
			continue
		}
		in := func(k int) bool { return k > w && k < c }
		rv := -1
		for k := w + 1; k < c; k++ {
			if s.upos[k] == "VERB" && !in(s.head[k]) {
				rv = k
				break
			}
		}
		if rv < 0 {
			continue
		}
		m := c + 1
		switch {
		case s.head[n] == m && s.rel[n] == rNsubj:
		case s.head[n] < 0 || s.head[n] == rv:
			if s.head[m] >= 0 && s.head[m] != rv && !in(s.head[m]) && s.head[m] != n {
				continue
			}
			root := s.head[rv] < 0 || s.head[n] < 0
			if !root {
				continue
			}
			s.head[m], s.rel[m] = -1, rRoot
			s.head[n], s.rel[n] = m, rNsubj
			for k := c; k < s.n; k++ {
				if k != m && (s.head[k] == n || s.head[k] == rv) {
					s.head[k] = m
				}
			}
		default:
			continue
		}
		s.head[rv], s.rel[rv] = n, rRelcl
		if g := s.head[w]; in(g) && g != rv && s.head[g] != rv && isNounTag(s.upos[g]) {
			// "whose government Khartoum has accused": the phrase of
			// "whose" is the clause's object when the clause has a
			// subject of its own, else its subject
			switch {
			case !s.headHasRel(rv, rNsubj, rNsubjPass):
				s.head[g], s.rel[g] = rv, rNsubj
			case !s.headHasRel(rv, rObj):
				s.head[g], s.rel[g] = rv, rObj
			}
		}
		for k := w + 1; k < c; k++ {
			if k != rv && !in(s.head[k]) && s.head[k] != rv {
				s.head[k] = rv
			}
		}
		// the closing comma and what hangs on the clause after it
		for k := c; k < s.n; k++ {
			if k != m && in(s.head[k]) && (s.rel[k] == rConj || k == c) {
				s.head[k] = m
			}
		}
	}
}

// asideWhoseAccused reports whether relative clause x is an accusation of
// the one a "whose" phrase after a comma belongs to ("Ruto, whose
// government Khartoum has accused of sheltering rebel leaders, said ..."):
// an accusing verb (whomAccuseVerbs) with a subject of its own, an object
// whose determiner is "whose" right after a comma, and an "of" or "for"
// phrase. Told as an event (112 SDN -> KENGOV, the noun's actor the
// target) as asideWhomAccused tells "whom" clauses.
func (s *sent) asideWhoseAccused(x int) bool {
	if s.noEveryday22Tree || !whomAccuseVerbs[s.lemma[x]] || s.upos[x] != "VERB" || !s.hasChild(x, rNsubj) || s.hasChild(x, rNeg) {
		return false
	}
	o := s.child(x, rObj)
	if o < 0 {
		return false
	}
	whose := false
	for _, k := range s.kids[o] {
		if k >= 1 && s.lower[k] == "whose" && s.lower[k-1] == "," {
			whose = true
		}
	}
	if !whose {
		return false
	}
	for _, k := range s.kids[x] {
		if c := s.caseOf(k); (s.rel[k] == rObl || s.rel[k] == rAdvcl) && (c == "of" || c == "for") {
			return true
		}
	}
	return false
}

// repairChargeDaffaires mends "summoned Russia's charge d'affaires in
// Vilnius", parsed with "charge" a complement of the verb and
// "d'affaires" its object: the title is one noun phrase headed by
// "d'affaires" (so that the phrase "charge d'affaires" names a diplomat
// in the patterns), which takes the place of "charge" in the clause and
// what hung on either.
func (s *sent) repairChargeDaffaires() {
	for c := 0; c+1 < s.n; c++ {
		if s.lower[c] != "charge" && s.lower[c] != "chargé" && s.lower[c] != "charges" && s.lower[c] != "chargés" {
			continue
		}
		d := c + 1
		if s.lower[d] != "d'affaires" {
			continue
		}
		if s.head[d] == c {
			s.head[d], s.rel[d] = s.head[c], s.rel[c]
		}
		// (or "charge" the subject of a verb "d'affaires")
		if h := s.head[d]; h >= 0 && s.upos[h] == "VERB" && (s.rel[d] == rXcomp || s.rel[d] == rCcomp) {
			s.rel[d] = rObj
		}
		for k := 0; k < s.n; k++ {
			if k != d && s.head[k] == c {
				s.head[k] = d
			}
		}
		s.head[c], s.rel[c], s.upos[c] = d, rCompound, "NOUN"
		s.upos[d] = "NOUN"
	}
}

// repairSummonPurpose mends "summoned Russia's ambassador to protest
// against the arrests", parsed with the infinitive a modifier (acl) of
// the envoy: a to-infinitive on the object of summon is the summons'
// purpose (an adverbial clause of the verb), so that the protest patterns
// of SUMMON_ENVOY see it (114, as "summoned the ambassador in protest").
func (s *sent) repairSummonPurpose() {
	for v := 0; v < s.n; v++ {
		if s.lemma[v] != "summon" || s.upos[v] != "VERB" {
			continue
		}
		for o := v + 1; o < s.n; o++ {
			if s.head[o] != v || s.rel[o] != rObj {
				continue
			}
			// (the repairs run before the kids are built: heads only)
			for k := o + 1; k < s.n; k++ {
				if s.head[k] != o || (s.rel[k] != rAcl && s.rel[k] != rAdvcl) || s.upos[k] != "VERB" {
					continue
				}
				for m := o + 1; m < k; m++ {
					if s.head[m] == k && s.rel[m] == rMark && s.lower[m] == "to" {
						s.head[k], s.rel[k] = v, rAdvcl
						break
					}
				}
			}
		}
	}
}

// communicativeActs are the verbs of speech whose -ing clause after an
// order names the orderer's own act (repairParticipleOnInfinitive).
var communicativeActs = map[string]bool{"accuse": true, "blame": true, "charge": true, "say": true, "cite": true,
	"claim": true, "call": true, "describe": true, "insist": true, "warn": true, "argue": true, "note": true,
	"add": true, "urge": true, "demand": true, "allege": true, "condemn": true, "criticise": true, "criticize": true, "lament": true}

// repairParticipleOnInfinitive mends "Lithuania ordered three Russian
// diplomats to leave the country within five days, accusing them of
// spying", parsed with ", accusing" an adverbial clause of "leave" (so
// that the diplomats accused themselves): an -ing verb after a comma, with
// no subject or marker of its own, hung on a to-infinitive that is the
// complement (xcomp or acl) of a verb or of that verb's object, hangs on
// that verb (repairParticipleOnReduced, session 20, does this for a
// reduced relative's participle).
func (s *sent) repairParticipleOnInfinitive() {
	// (only an act of speech, which the one who orders does: "caused the
	// plane to crash, killing 160" stays the crash's)
	for v := 1; v < s.n; v++ {
		h := s.head[v]
		if s.rel[v] != rAdvcl || s.xpos(v) != "VBG" || s.lower[v-1] != "," || h < 0 || h > v ||
			s.upos[h] != "VERB" || !communicativeActs[s.lemma[v]] || s.headHasRel(v, rNsubj, rMark) {
			continue
		}
		to := false
		for m := 0; m < h; m++ {
			if s.head[m] == h && s.rel[m] == rMark && s.lower[m] == "to" {
				to = true
			}
		}
		if !to {
			continue
		}
		g := s.head[h]
		switch {
		case g >= 0 && s.rel[h] == rXcomp && s.upos[g] == "VERB":
		case g >= 0 && s.rel[h] == rAcl && s.rel[g] == rObj && s.head[g] >= 0 && s.upos[s.head[g]] == "VERB":
			g = s.head[g]
		default:
			continue
		}
		s.head[v] = g
		if c := v - 1; s.head[c] == v || s.head[c] == h {
			s.head[c] = v
		}
	}
}

// subordinatorCases open a time clause the parser may take for a
// preposition on a noun.
var subordinatorCases = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// repairSecondRootAfter mends "... called for a ceasefire at a summit,
// hours after the Sudanese delegation walked out of the meeting", parsed
// with "after the Sudanese delegation" a phrase on "hours" and "walked" a
// second root with no subject: a past or present verb that is a root of
// its own though the sentence has one before it, with no subject, right
// after a noun whose phrase is marked by after, before, since or until
// and hangs in the first root's clause, takes that noun as its subject
// and becomes a clause of the time word (or of the first root), the
// preposition its marker.
func (s *sent) repairSecondRootAfter() {
	for v := 2; v < s.n; v++ {
		if s.upos[v] != "VERB" {
			continue
		}
		switch s.xpos(v) {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		n := v - 1
		if !isNounTag(s.upos[n]) && s.upos[n] != "PRON" || s.head[n] == v {
			continue
		}
		c := -1
		for k := 0; k < n; k++ {
			if s.head[k] == n && s.rel[k] == rCase && subordinatorCases[s.lower[k]] {
				c = k
			}
		}
		g := s.head[n]
		if c < 0 || g < 0 || g > n {
			continue
		}
		// the clause the time phrase belongs to: the root that n's
		// phrase hangs from (top), or a participle on v's own subject
		// ("leaders called ... hours after the delegation walked": the
		// parser's "leaders [called ...] walked")
		top := g
		for steps := 0; s.head[top] >= 0 && steps <= s.n; steps++ {
			top = s.head[top]
		}
		switch {
		case s.head[v] < 0 && top != v && !s.headHasRel(v, rNsubj, rNsubjPass):
			// a second root
			s.head[v] = g
		case s.head[v] < 0 && top == v:
			subj := -1
			for k := 0; k < n; k++ {
				if s.head[k] == v && s.rel[k] == rNsubj {
					subj = k
				}
			}
			if subj < 0 {
				continue
			}
			a := -1
			for x, steps := g, 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
				if s.head[x] == subj && s.rel[x] == rAcl && s.upos[x] == "VERB" && x > subj {
					a = x
					break
				}
			}
			if a < 0 {
				continue
			}
			// a participle right after the subject, not a reduced
			// relative set off by a comma ("The sites, updated a week
			// before the members killed themselves, ...")
			comma := false
			for k := subj + 1; k < a; k++ {
				comma = comma || s.upos[k] == "PUNCT"
			}
			if comma {
				continue
			}
			s.head[a], s.rel[a] = -1, rRoot
			s.head[subj], s.rel[subj] = a, rNsubj
			for k := v + 1; k < s.n; k++ {
				if s.head[k] == v && s.upos[k] == "PUNCT" {
					s.head[k] = a
				}
			}
			s.head[v] = g
		default:
			continue
		}
		s.rel[v] = rAdvcl
		s.head[n], s.rel[n] = v, rNsubj
		s.head[c], s.rel[c] = v, rMark
		return
	}
}
