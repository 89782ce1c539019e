package event

// Session 22's recall round (docs/EVENTS.md, "Recall, session 22"): role
// finding that lost a gold event although a pattern matched its verb. Each
// rule has an off-switch (tests only).

// recall22TreeOff switches off the tree repairs of this file (embedded in
// repairsOff).
type recall22TreeOff struct {
	noDayPhrase bool
}

// repairsRecall22 runs the tree repairs of session 22's recall round.
func (s *sent) repairsRecall22() {
	if !s.noDayPhrase {
		s.repairDayPhrase()
	}
}

// repairDayPhrase mends a prepositional phrase that the parser hung on the
// day or date of its verb: "The Kenyan president met here Monday with his
// Ugandan counterpart" ("with ... counterpart" an apposition or modifier of
// "Monday"), "left Friday for Hanoi", "announced Monday in Geneva". A named day or date (a proper noun
// inside a time expression) on a verb takes no such phrase of its own: a
// cased nominal modifier after it goes to the verb as an oblique, where the
// patterns and the role finder look for it ("met X with Y" has Y its
// target); a case word hung on a word inside the phrase ("with his |
// Ugandan counterpart | Museveni", "with" on "counterpart") goes to its
// head. "of" ("Friday of last week") and the clause words of time
// ("Monday after the vote", which may time the day itself) stay.
func (s *sent) repairDayPhrase() {
	for k := 1; k < s.n; k++ {
		x := s.head[k]
		if s.rel[k] != rNmod && s.rel[k] != rAppos || x < 0 || x >= k || s.upos[x] != "PROPN" {
			continue
		}
		g := s.head[x]
		if g < 0 || s.upos[g] != "VERB" || s.rel[x] != rObl && s.rel[x] != rTmod {
			continue
		}
		if st, en := s.tokenSpan(x); !s.inTimex(st, en) {
			continue
		}
		c := s.caseWord(k)
		if c == "" || c == "of" || timeConjunctions[c] {
			continue
		}
		s.head[k], s.rel[k] = g, rObl
		for j := 0; j < k; j++ {
			if s.inSubtree(j, k) {
				s.head[j] = k // the case word on the phrase's head
				break
			}
		}
	}
}

// caseWord returns the lower-cased case word opening nominal k's phrase
// ("" when none): the first word of its subtree, when a case marker ("with
// his | Ugandan counterpart | Museveni", the case on "counterpart"). It
// reads the heads: the repairs run before the children lists are built.
func (s *sent) caseWord(k int) string {
	for j := 0; j < k; j++ {
		if s.inSubtree(j, k) {
			if s.rel[j] == rCase {
				return s.lower[j]
			}
			return ""
		}
	}
	return ""
}
