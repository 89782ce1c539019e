package event

// Session 17 rules (the misses of the real-news development sets dev7-dev11).

// repairTimeClauseModifier mends a clause of time whose subject the parser
// took for the object of "after" and whose verb for a modifier of that
// phrase or a parataxis of the main verb ("came a week after the United
// States | imposed sanctions on Burma", "imposed" an acl of "week"; "made
// the comments ..., a week after the US | imposed an investment ban",
// "imposed" a parataxis of "made"), as repairTimeClauseSubject does for a
// conjunct: a finite verb (past or present tense) with no subject, mark or
// conjunction of its own, right after a noun phrase introduced by "after",
// "before", "since" or "until", takes that noun as its subject and the word
// as its mark, and becomes an adverbial clause of the verb the phrase
// hangs on. A participle ("a week after the talks held in Geneva") is left
// alone.
func (s *sent) repairTimeClauseModifier() {
	for v := 2; v < s.n; v++ {
		g := s.head[v]
		if g < 0 || g > v || s.upos[v] != "VERB" || (s.rel[v] != rAcl && s.rel[v] != rParataxis) {
			continue
		}
		if !finiteForms[s.d.Tokens[s.base+v].XPOS] || s.headHasRel(v, rNsubj, rNsubjPass, rCC, rMark) {
			continue
		}
		n := v - 1
		if s.rel[n] == rFlat && s.head[n] >= 0 && s.head[n] < n {
			n = s.head[n] // the head of a name that ends right before the verb
		}
		if !isNounTag(s.upos[n]) || s.inSubtree(n, v) || s.inSubtree(v, n) || s.head[n] < 0 || s.head[n] > n {
			continue
		}
		c := s.timeCase(n)
		if c < 0 {
			continue
		}
		if s.rel[v] == rAcl && g != n && g != s.head[n] {
			continue // a modifier of some other noun
		}
		// the verb the time phrase hangs on
		h := g
		for steps := 0; h >= 0 && !isVerbal(s.upos[h]) && steps < 4; steps++ {
			h = s.head[h]
		}
		if h < 0 || !isVerbal(s.upos[h]) {
			continue
		}
		s.head[n], s.rel[n] = v, rNsubj
		s.head[c], s.rel[c] = v, rMark
		s.head[v], s.rel[v] = h, rAdvcl
	}
}

// timeCase returns the last "after", "before", "since" or "until" taken
// for the preposition of noun n (repairTimeClauseModifier,
// repairClauseAfterPreposition), or -1. The tree's child lists are not
// built yet when the repairs run, so the children are read from the heads.
func (s *sent) timeCase(n int) int {
	c := -1
	for k := 0; k < n; k++ {
		if s.head[k] == n && s.rel[k] == rCase && timeConjunctions[s.lower[k]] {
			c = k
		}
	}
	return c
}
