package event

import "github.com/dyadproject/dyad/doc"

// Session 18 rules (the misses of the real-news development sets dev7-dev12).

// repairConjunctOnNamePart mends a coordination of two titled names that
// the parser hung on the last word of the first name instead of its head
// ("Kenyan President Mwai Kibaki and Ugandan President Yoweri Museveni
// met": "Museveni"'s head "Yoweri" a conjunct of "Kibaki", a flat part of
// "Mwai"), so that the subject named one actor and a meeting, signing or
// clash of the two became two one-actor events. A conjunct (and its
// conjunction) on a flat name part moves to the name's head. When the
// parser also made the second name's first word a conjunct of its own
// ("and Ugandan | President Yoweri Museveni", "Ugandan" and "Yoweri" both
// conjuncts), the earlier one, whose following words all belong to the
// later one, becomes a modifier of the later one.
func (s *sent) repairConjunctOnNamePart() {
	moved := false
	for i := 1; i < s.n; i++ {
		if s.rel[i] != rConj && s.rel[i] != rCC {
			continue
		}
		h := s.head[i]
		if h < 0 || h > i || s.rel[h] != rFlat {
			continue
		}
		g := s.head[h]
		if g < 0 || g > h || s.upos[g] != "PROPN" {
			continue
		}
		s.head[i] = g
		moved = true
	}
	if !moved {
		return
	}
	for i := 1; i < s.n; i++ {
		if s.rel[i] != rConj || (s.upos[i] != "PROPN" && s.upos[i] != "ADJ") {
			continue
		}
		g := s.head[i]
		if g < 0 || g > i {
			continue
		}
		j := -1
		for k := i + 1; k < s.n && k <= i+3; k++ {
			if s.head[k] == g && s.rel[k] == rConj {
				j = k
				break
			}
		}
		if j < 0 {
			continue
		}
		between := true
		for k := i + 1; k < j; k++ {
			if !s.inSubtree(k, j) {
				between = false
				break
			}
		}
		if !between || s.hasHeadChild(i) {
			continue
		}
		for k := 0; k < s.n; k++ {
			if s.head[k] == i && s.rel[k] == rCC {
				s.head[k] = j
			}
		}
		s.head[i], s.rel[i] = j, s.nameModifier(i)
	}
}

// hasHeadChild reports whether token i heads any token other than a
// conjunction (the tree's child lists are not built while the repairs run).
func (s *sent) hasHeadChild(i int) bool {
	for k := 0; k < s.n; k++ {
		if s.head[k] == i && s.rel[k] != rCC {
			return true
		}
	}
	return false
}

// nameModifier is the relation of word k moved onto the name after it: an
// adjective modifies it ("Ugandan"), any other word is part of it.
func (s *sent) nameModifier(k int) rel {
	if s.upos[k] == "ADJ" {
		return rAmod
	}
	return rCompound
}

// repairDoubleSubject mends the other parse of the same coordination: both
// names hung on the verb as subjects, with the conjunction (and any
// demonym before the second name) hung on the verb too ("Chinese President
// Hu Jintao and Russian President Vladimir Putin met": "Hu" and "Vladimir"
// both subjects of "met", "Russian" an adverbial clause), which also coded
// each leader's meeting alone. Two nominal subjects of one verb with "and"
// between them become conjuncts: the second hangs on the first, the
// conjunction and the loose words before the second name on the second.
func (s *sent) repairDoubleSubject() {
	for a := 0; a < s.n; a++ {
		if s.rel[a] != rNsubj || !isNounTag(s.upos[a]) {
			continue
		}
		v := s.head[a]
		if v < 0 || v < a {
			continue
		}
		b := -1
		for k := a + 1; k < v; k++ {
			if s.head[k] == v && s.rel[k] == rNsubj {
				b = k
				break
			}
		}
		if b < 0 || !isNounTag(s.upos[b]) {
			continue
		}
		// the conjunction joins the two subjects themselves: it hangs on
		// the verb or the second subject, not inside a phrase of either
		// ("representatives of the WHO and the EU health commissioners")
		c := -1
		for k := a + 1; k < b; k++ {
			if s.lower[k] == "and" && s.upos[k] == "CCONJ" {
				c = k
			}
		}
		if c < 0 {
			continue
		}
		// the words between the conjunction and the second name hang on
		// the second name or loose on the verb; any other attachment
		// (a clause between the two) leaves the sentence alone
		ok := true
		for k := c + 1; k < b; k++ {
			if !s.inSubtree(k, b) && s.head[k] != v {
				ok = false
				break
			}
		}
		if !ok || s.head[c] != v && s.head[c] != b {
			continue
		}
		for k := c + 1; k < b; k++ {
			if s.head[k] == v {
				s.head[k], s.rel[k] = b, s.nameModifier(k)
			}
		}
		s.head[c], s.rel[c] = b, rCC
		s.head[b], s.rel[b] = a, rConj
	}
}

// withoutHopeAppeals drops from the sentence's events (out[first:]) the
// appeal (020) the CAMEO dictionary's HOPE gives a hope about another's act
// ("China hopes the visit will advance relations", "..., hoping that the
// Gulf states would expand their capacity"): the real-news golds code no
// appeal for a hope (dev12 twice, realnews.tsv's "we hope that the United
// States will keep its agreements"), only for a call, an urging or a
// demand. Hopes "for" peace or talks (013, 026) are other codes and stay,
// and so does a hope with no one named to act (one actor, never scored).
func (st *state) withoutHopeAppeals(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noHopeAppeal {
		return out
	}
	s := &st.s
	n := first
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Cameo == "020" && e.Target != nil {
			if v := s.tokenStarting(e.Action.Start); v >= 0 && s.lemma[v] == "hope" && isVerbal(s.upos[v]) {
				continue
			}
		}
		out[n] = out[i]
		n++
	}
	return out[:n]
}
