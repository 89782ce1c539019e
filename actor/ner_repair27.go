package actor

import "strings"

// Document consistency of types (session 27; NER.SpanFix), last of the
// document repairs (repairConsistency). A document names a thing the same
// way each time: in the training gold (TestNERRuleStat27, development
// material left out) a word sequence that is an entity two or more times
// in a document has one type in 1,207 of 1,252 cases, and of the entity
// occurrences of strings with a two-thirds majority 4,412 have the
// majority type and 22 another (most of those nationality words typed as
// languages, NORP against MISC). So an entity string that the document
// has two or more times, with one of PER, ORG, LOC and GPE for at least
// two thirds of them, gives that type to its occurrences typed as another
// of the four: "Miramar" PER once among places, "[West Bank]" ORG once.
// The document pass (ner_doc.go, Phrase) only leans the decoder to the
// first pass's majority; this settles it after every repair, which may
// have retyped some occurrences. NORP and MISC are neither given nor
// taken (their mixes are the gold's own); a place is not made the other
// kind of place (LOC and GPE score alike and follow the gazetteers), nor
// anything else right after "in", "near" or "at" ("at [Abu Ghraib]" among
// occurrences the decoder took for a person).

// docEntityTypes counts, for every entity string of the document of at most
// nerMemMaxPhrase words (its words joined), the entities of each type.
func (n *NER) docEntityTypes(sents [][]string, paths [][]int) map[string][]int {
	var out map[string][]int
	for si, words := range sents {
		for _, sp := range n.pathSpansTyped(paths[si]) {
			if sp.end-sp.start > nerMemMaxPhrase {
				continue
			}
			if out == nil {
				out = map[string][]int{}
			}
			k := strings.Join(words[sp.start:sp.end], "\x00")
			c := out[k]
			if c == nil {
				c = make([]int, len(n.types))
				out[k] = c
			}
			c[sp.typ]++
		}
	}
	return out
}

// majorityType returns the type with at least two thirds of the counts c
// (-1 when none has) and the total.
func majorityType(c []int) (int, int) {
	best, tot := 0, 0
	for t, v := range c {
		tot += v
		if v > c[best] {
			best = t
		}
	}
	if tot == 0 || 3*c[best] < 2*tot {
		return -1, tot
	}
	return best, tot
}

// repairConsistency gives the entities of a string that the document
// types one way at least two times in three that type (see above).
func (n *NER) repairConsistency(sents [][]string, paths [][]int) {
	types := n.docEntityTypes(sents, paths)
	if types == nil {
		return
	}
	for si, words := range sents {
		path := paths[si]
		for _, sp := range n.pathSpansTyped(path) {
			c := types[strings.Join(words[sp.start:sp.end], "\x00")]
			if c == nil {
				continue
			}
			t, tot := majorityType(c)
			if t < 0 || tot < 2 || t == sp.typ || !n.scoredType(t) || !n.scoredType(sp.typ) ||
				n.placeType(t) && n.placeType(sp.typ) || n.placeType(sp.typ) && afterLocative(words, sp.start) {
				continue
			}
			retype(path, sp, t)
		}
	}
}

// placeType reports whether type index t is LOC or GPE.
func (n *NER) placeType(t int) bool {
	return n.types[t] == "LOC" || n.types[t] == "GPE"
}

// afterLocative reports whether the word before words[i] is "in", "near"
// or "at", after which a one-word name is a place far more often than not
// (gold: 572 places to 11 persons after "in").
func afterLocative(words []string, i int) bool {
	if i == 0 {
		return false
	}
	switch words[i-1] {
	case "in", "near", "at":
		return true
	}
	return false
}

// scoredType reports whether type index t is PER, ORG, LOC or GPE.
func (n *NER) scoredType(t int) bool {
	switch n.types[t] {
	case "PER", "ORG", "LOC", "GPE":
		return true
	}
	return false
}
