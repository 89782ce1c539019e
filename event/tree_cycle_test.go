package event

import "testing"

// A "where" clause whose noun before the comma lies under the clause's own
// verb ("but in truth, where else can we go") is no relative clause of
// that noun: hanging the verb on it made a cycle, and the tree walks ran
// until the stack gave out (a sports story of bench-news, session 26).
// The repaired tree must stay a tree.
func TestWhereConjunctKeepsTree(t *testing.T) {
	d := mini(t, `
We = PRON 2 nsubj
like = VERB 0 root
the = DET 4 det
plan = NOUN 2 obj
, = PUNCT 11 punct
but = CCONJ 11 cc
in = ADP 8 case
truth = NOUN 11 obl
, = PUNCT 8 punct
where = ADV 11 advmod
go = VERB 2 conj
? = PUNCT 2 punct`)
	var s sent
	s.reset(d, 0)
	for i := 0; i < s.n; i++ {
		if s.cyclicFrom(i) {
			t.Fatalf("token %d (%s) is on a cycle: heads %v", i, s.lower[i], s.head)
		}
	}
	if s.head[10] != 1 {
		t.Errorf("go: head %d, want 1 (like), the parser's", s.head[10])
	}
}
