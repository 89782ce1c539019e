package event

// Rules of session 36's events round, chosen on the misses of the
// real-news development sets (realnews-dev29 read first, after its blind
// score, then dev2 to dev28) and checked on sentences written for the tests
// (event/round36_test.go). News mode only. docs/EVENTS.md "Session 36
// (events round)". The round's pattern file is data/event/round36.pat.

// round36Off switches off the rules of this file (tests only).
type round36Off struct {
	// noRuledOut switches off ruledOut in modality.
	noRuledOut bool
	// noWorkedWith switches off workedWith (round36.pat's "work with"
	// then codes 030 however told).
	noWorkedWith bool
}

// ruledOut reports whether verb v is the act "rule out" sets aside ("has
// ruled out working with Iran and Syria", "ruled out sending troops"):
// the act is one not done, so the event is negated, as "rather than" and
// "without" make it (ratherThanNegates, withoutNegates). A negated "rule
// out" ("did not rule out meeting X") leaves the act as it was coded
// before. Read from the tree (v a verb under
// "rule" with its particle "out") or, as the parser sometimes hangs the
// gerund elsewhere, from the words ("ruled out" right before v, adverbs
// between).
func (st *state) ruledOut(v int) bool {
	s := &st.s
	if st.c.opt.noRuledOut || s.upos[v] != "VERB" {
		return false
	}
	r := -1
	if h := s.head[v]; h >= 0 && s.lemma[h] == "rule" && h < v {
		switch s.rel[v] {
		case rAdvcl, rXcomp, rObj, rCcomp:
			if s.ruleOut(h) {
				r = h
			}
		}
	}
	if r < 0 {
		j := v - 1
		for j >= 0 && s.upos[j] == "ADV" && j > v-3 {
			j--
		}
		if j >= 1 && s.lower[j] == "out" && s.lemma[j-1] == "rule" && s.ruleOut(j-1) {
			r = j - 1
		}
	}
	return r >= 0 && !s.hasChild(r, rNeg)
}

// ruleOut reports whether "rule" at h is the phrasal "rule out" (its
// particle "out" a child or the next word).
func (s *sent) ruleOut(h int) bool {
	for _, k := range s.kids[h] {
		if s.lower[k] == "out" && k > h {
			return true
		}
	}
	return h+1 < s.n && s.lower[h+1] == "out"
}

// workedWith reports whether candidate m of verb i is round36.pat's "work
// with X" told as done or as a mere possibility (anything but an
// intention): the pattern codes only the announced wish to cooperate
// ("will work with", "is ready to work with", "pledged to work with"), as
// a reported "worked with X" is mostly a job or a past ("worked with the
// media watchdog", "preventing US businesses from working with him").
func (st *state) workedWith(i int, m *match) bool {
	if st.c.opt.noWorkedWith || m.block == nil || m.block.Name != "WORK_WITH36" {
		return false
	}
	neg, mod := st.modality(i)
	return neg || mod != "intended"
}
