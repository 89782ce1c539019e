package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// rel is a dependency relation reduced to what the coder asks about. Both
// UD v2 labels and the v1 labels of older parsers (UDPipe 1: dobj, nsubjpass,
// neg, name) map here, so the coder reads either.
type rel uint8

const (
	rOther rel = iota
	rRoot
	rNsubj     // nsubj, csubj
	rNsubjPass // nsubj:pass, nsubjpass, csubj:pass
	rObj       // obj, dobj
	rIobj
	rObl      // obl, and nmod attached to a verb or adjective
	rOblAgent // obl:agent, nmod:agent
	rNmod     // nmod attached to a noun
	rPoss     // nmod:poss
	rTmod     // obl:tmod, nmod:tmod, obl:npmod, nmod:npmod
	rCase
	rMark
	rAux
	rAuxPass
	rCop
	rNeg // neg, or advmod "not"/"never"/"n't"
	rAdvmod
	rAmod
	rCompound
	rPrt // compound:prt
	rFlat
	rDet
	rNummod
	rConj
	rCC
	rXcomp
	rCcomp
	rAdvcl
	rAcl
	rRelcl
	rParataxis
	rAppos
	rPunct
)

// sent is one parsed sentence seen as a tree: index i is the sentence's
// i-th token (d.Tokens[base+i]).
type sent struct {
	d     *doc.Document
	idx   int // sentence index
	base  int // index in d.Tokens of the first token
	n     int
	head  []int // head within the sentence, -1 for the root
	rel   []rel
	lower []string // lower-cased surface form
	lemma []string // lower-cased lemma (the form when the parser gave none)
	upos  []string
	kids  [][]int
}

var negWords = map[string]bool{"not": true, "n't": true, "never": true, "no": false}

func (s *sent) reset(d *doc.Document, si int) {
	st := d.Sentences[si]
	s.d, s.idx, s.base, s.n = d, si, st.TokenStart, st.TokenEnd-st.TokenStart
	n := s.n
	s.head = grow(s.head, n)
	s.rel = growRel(s.rel, n)
	s.lower = growStr(s.lower, n)
	s.lemma = growStr(s.lemma, n)
	s.upos = growStr(s.upos, n)
	if cap(s.kids) < n {
		s.kids = make([][]int, n)
	}
	s.kids = s.kids[:n]
	for i := range s.kids {
		s.kids[i] = s.kids[i][:0]
	}
	for i := 0; i < n; i++ {
		t := &d.Tokens[s.base+i]
		h := -1
		if t.Head >= s.base && t.Head < s.base+n && t.Head != s.base+i {
			h = t.Head - s.base
		}
		s.head[i] = h
		s.lower[i] = lowerASCII(d.Text[t.Start:t.End])
		l := t.Lemma
		if l == "" || l == "_" {
			s.lemma[i] = s.lower[i]
		} else {
			s.lemma[i] = lowerASCII(l)
		}
		s.upos[i] = t.UPOS
	}
	// A parse with a cycle would send the tree walks round for ever: cut
	// each cycle at the token where it is found.
	for i := 0; i < n; i++ {
		x, steps := i, 0
		for x >= 0 && steps <= n {
			x = s.head[x]
			steps++
		}
		if steps > n {
			s.head[i] = -1
		}
	}
	for i := 0; i < n; i++ {
		s.rel[i] = s.mapRel(i, d.Tokens[s.base+i].Deprel)
		if h := s.head[i]; h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
	// An infinitive without a subject of its own, attached as an adverbial
	// clause ("vowed to wage war" in UD v1 parses), is the verb's complement.
	for i := 0; i < n; i++ {
		if s.rel[i] != rAdvcl || s.hasChild(i, rNsubj) || s.hasChild(i, rNsubjPass) {
			continue
		}
		for _, k := range s.kids[i] {
			if s.rel[k] == rMark && s.lower[k] == "to" {
				s.rel[i] = rXcomp
				break
			}
		}
	}
}

func (s *sent) mapRel(i int, dep string) rel {
	base, sub, _ := strings.Cut(dep, ":")
	switch base {
	case "root":
		return rRoot
	case "nsubj", "csubj":
		if sub == "pass" {
			return rNsubjPass
		}
		return rNsubj
	case "nsubjpass", "csubjpass":
		return rNsubjPass
	case "obj", "dobj":
		return rObj
	case "iobj":
		return rIobj
	case "obl", "nmod":
		switch sub {
		case "agent":
			return rOblAgent
		case "poss":
			return rPoss
		case "tmod", "npmod":
			return rTmod
		}
		if base == "obl" {
			return rObl
		}
		if h := s.head[i]; h >= 0 && (isVerbal(s.upos[h])) {
			return rObl
		}
		return rNmod
	case "case":
		return rCase
	case "mark":
		return rMark
	case "aux":
		if sub == "pass" {
			return rAuxPass
		}
		return rAux
	case "auxpass":
		return rAuxPass
	case "cop":
		return rCop
	case "neg":
		return rNeg
	case "advmod":
		if negWords[s.lower[i]] {
			return rNeg
		}
		return rAdvmod
	case "amod":
		return rAmod
	case "compound":
		if sub == "prt" {
			return rPrt
		}
		return rCompound
	case "flat", "name", "fixed", "mwe", "goeswith":
		return rFlat
	case "det":
		return rDet
	case "nummod":
		return rNummod
	case "conj":
		return rConj
	case "cc":
		return rCC
	case "xcomp":
		return rXcomp
	case "ccomp":
		return rCcomp
	case "advcl":
		return rAdvcl
	case "acl":
		if sub == "relcl" {
			return rRelcl
		}
		return rAcl
	case "parataxis":
		return rParataxis
	case "appos":
		return rAppos
	case "punct":
		return rPunct
	}
	return rOther
}

func isVerbal(upos string) bool {
	return upos == "VERB" || upos == "AUX" || upos == "ADJ"
}

// tokenSpan is the byte span of sentence token i.
func (s *sent) tokenSpan(i int) (int, int) {
	t := &s.d.Tokens[s.base+i]
	return t.Start, t.End
}

// childrenOf returns the children of i with relation r.
func (s *sent) child(i int, r rel) int {
	for _, k := range s.kids[i] {
		if s.rel[k] == r {
			return k
		}
	}
	return -1
}

func (s *sent) hasChild(i int, r rel) bool { return s.child(i, r) >= 0 }

// caseOf returns the lower-cased preposition marking nominal i ("" when none):
// its case (or mark) children joined by a space ("out of").
func (s *sent) caseOf(i int) string {
	out := ""
	for _, k := range s.kids[i] {
		if s.rel[k] == rCase || (s.rel[k] == rMark && s.upos[i] != "NOUN" && s.upos[i] != "PROPN") {
			if out != "" {
				out += " "
			}
			out += s.lower[k]
		}
	}
	return out
}

// conjuncts returns i followed by the heads coordinated with it. A list
// written with commas often parses as appositions ("Mordor, the Shire,
// Arnor and Bree"), so appositions count as conjuncts too: when they name
// the same actor, the finder's duplicates go.
func (s *sent) conjuncts(i int, out []int) []int {
	out = append(out, i)
	for _, k := range s.kids[i] {
		if s.rel[k] == rConj || s.rel[k] == rAppos {
			out = s.conjuncts(k, out)
		}
	}
	return out
}

// inSubtree reports whether t is in the subtree of r.
func (s *sent) inSubtree(t, r int) bool {
	for steps := 0; t >= 0 && steps <= s.n; steps++ {
		if t == r {
			return true
		}
		t = s.head[t]
	}
	return false
}

func grow(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n)
	}
	return b[:n]
}

func growRel(b []rel, n int) []rel {
	if cap(b) < n {
		return make([]rel, n)
	}
	return b[:n]
}

func growStr(b []string, n int) []string {
	if cap(b) < n {
		return make([]string, n)
	}
	return b[:n]
}

// lowerASCII lower-cases s, allocating only when s has an upper-case ASCII letter.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
		if c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
