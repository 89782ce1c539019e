package event

import "github.com/dyadproject/dyad/doc"

// Conditional retaliation warned of (session 22, docs/EVENTS.md "Warned
// conditional retaliation, session 22"): "Quito warned that Ecuador would
// respond if Lima moved troops to the border" is a threat by the warner
// aimed at the one whose deed the condition names. The target the coder
// reads from the warned clause is its subject, the warner's own side, so
// the threat was dropped as aimed at oneself; and a condition told by
// inversion ("should Lima move troops") was not read as a condition.

// warnIfOff switches off the rule of this file (tests only).
type warnIfOff struct {
	noWarnIf bool
}

// warnIfTarget returns the actors of the condition of the warning v, a
// verb of warning or threatening coded 13x, when the targets found so far
// are none or all of the warner's own country: its clausal complement has
// "would", "could", "will", "may" or "might", and an "if" or "unless"
// clause, or one opened by "should" before its subject, hangs on that
// complement (after it) or on v. It returns nil when the rule does not apply or the
// condition names only the warner's side. v may also be the warned act
// itself, a verb of reply or one coded 13x, the complement of a verb of
// warning.
func (st *state) warnIfTarget(v int, code string, targets, sources []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noWarnIf {
		return nil
	}
	if len(targets) > 0 && !ownCountries(targets, sources) {
		return nil
	}
	threat := len(code) >= 2 && code[:2] == "13"
	w, cs := v, []int{}
	if g := s.head[v]; g >= 0 && s.rel[v] == rCcomp && warnVerbs[s.lemma[g]] && (threat || retaliationVerbs[s.lemma[v]]) {
		// the warned act itself ("would retaliate"), coded as the
		// threat by warnedThreat
		w, cs = g, []int{v}
	} else if threat && warnVerbs[s.lemma[v]] {
		for _, c := range s.kids[v] {
			if s.rel[c] == rCcomp {
				cs = append(cs, c)
			}
		}
	}
	if s.hasChild(w, rNeg) {
		return nil
	}
	for _, c := range cs {
		if !st.modalClause(c) {
			continue
		}
		for _, x := range []int{c, w} {
			for _, k := range s.kids[x] {
				if s.rel[k] != rAdvcl && s.rel[k] != rCcomp || k < c || !st.conditionClause(k, s.rel[k] == rAdvcl) {
					continue
				}
				if a := othersThan(st.subjectActors(k), sources); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// modalClause reports whether clause c has "would", "could", "will",
// "may" or "might" as an auxiliary.
func (st *state) modalClause(c int) bool {
	s := &st.s
	for _, k := range s.kids[c] {
		if s.rel[k] == rAux {
			switch s.lower[k] {
			case "would", "could", "will", "may", "might":
				return true
			}
		}
	}
	return false
}

// conditionClause reports whether adverbial clause k is a condition: it
// has "if" or "unless" as its mark, or "should" as an auxiliary before its
// subject ("should Lima move troops"; inversion is read only when
// inverted is true, for an adverbial clause; the parser hangs an "if"
// clause on a verb of reply as its complement at times).
func (st *state) conditionClause(k int, inverted bool) bool {
	s := &st.s
	for _, j := range s.kids[k] {
		if s.rel[j] == rMark && (s.lower[j] == "if" || s.lower[j] == "unless") {
			return true
		}
	}
	if !inverted {
		return false
	}
	subj := s.child(k, rNsubj)
	if subj < 0 {
		subj = s.child(k, rNsubjPass)
	}
	for _, j := range s.kids[k] {
		if s.rel[j] == rAux && s.lower[j] == "should" && subj > j && !s.hasChild(k, rMark) {
			return true
		}
	}
	return false
}
