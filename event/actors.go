package event

import (
	"sort"

	"github.com/dyadproject/dyad/doc"
)

// ActorFinder names the actors of a noun phrase. The coder calls it with the
// head token of each subject, object or prepositional object it considers;
// the finder returns the actors the phrase names, one per actor, including
// those of phrases coordinated with it ("Kenya and Ethiopia" gives two,
// "Danish media and government" two), or nil when the phrase names none.
//
// head is an index into d.Tokens; sentence into d.Sentences. PhraseTokens
// gives the tokens of the phrase without its coordinated parts. A finder
// must be safe for concurrent use if the coder is used concurrently.
type ActorFinder interface {
	Actors(d *doc.Document, sentence, head int) []doc.Actor
}

// ActorFinderFunc adapts a function to ActorFinder.
type ActorFinderFunc func(d *doc.Document, sentence, head int) []doc.Actor

// Actors calls f.
func (f ActorFinderFunc) Actors(d *doc.Document, sentence, head int) []doc.Actor {
	return f(d, sentence, head)
}

// phraseSkip are the relations that end a noun phrase: coordination, clauses
// and punctuation attached to its head.
func phraseSkip(r rel) bool {
	switch r {
	case rConj, rCC, rPunct, rAppos, rAcl, rRelcl, rAdvcl, rParataxis, rCcomp, rXcomp:
		return true
	}
	return false
}

// PhraseTokens returns the tokens (indices into d.Tokens, in text order) of
// the noun phrase headed by head: its subtree without coordinated phrases,
// clauses, appositions and punctuation hanging from it. Prepositional
// modifiers stay ("soldiers from Gondor").
func PhraseTokens(d *doc.Document, head int) []int {
	if head < 0 || head >= len(d.Tokens) {
		return nil
	}
	var s sent
	si := d.Tokens[head].Sentence
	if si < 0 || si >= len(d.Sentences) {
		return []int{head}
	}
	s.reset(d, si)
	out := s.phrase(head-s.base, nil)
	for i := range out {
		out[i] += s.base
	}
	return out
}

// phrase collects the sentence-relative tokens of the phrase of h.
func (s *sent) phrase(h int, out []int) []int {
	out = append(out, h)
	var walk func(int)
	walk = func(x int) {
		for _, k := range s.kids[x] {
			if x == h && phraseSkip(s.rel[k]) {
				continue
			}
			if x != h && (s.rel[k] == rPunct || s.rel[k] == rRelcl || s.rel[k] == rAcl || s.rel[k] == rAppos) {
				continue
			}
			out = append(out, k)
			walk(k)
		}
	}
	walk(h)
	sort.Ints(out)
	return out
}

// Entities is the production ActorFinder: the actors that the entity stage
// attached to d.Entities. A phrase gives the entity covering its head, else
// the entities inside it (each one when they are coordinated, the first
// otherwise); coordinated phrases add theirs.
var Entities ActorFinder = entityFinder{}

type entityFinder struct{}

func (entityFinder) Actors(d *doc.Document, si, head int) []doc.Actor {
	if len(d.Entities) == 0 {
		return nil
	}
	var s sent
	s.reset(d, si)
	h := head - s.base
	if h < 0 || h >= s.n {
		return nil
	}
	var out []doc.Actor
	for _, c := range s.conjuncts(h, nil) {
		out = append(out, entityActors(d, &s, c)...)
	}
	return out
}

func entityActors(d *doc.Document, s *sent, h int) []doc.Actor {
	toks := s.phrase(h, nil)
	// A place modifier inside the phrase ("an agreement in Accra") locates
	// the thing; it does not name an actor of the phrase.
	toks = s.withoutPlaces(h, toks)
	hs, he := s.tokenSpan(h)
	var inside []*doc.Entity
	lo, _ := s.tokenSpan(toks[0])
	_, hi := s.tokenSpan(toks[len(toks)-1])
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Actor == nil || e.End <= lo || e.Start >= hi {
			continue
		}
		if e.Start <= hs && e.End >= he {
			return sameSpan(d, i)
		}
		inside = append(inside, e)
	}
	if len(inside) == 0 {
		return nil
	}
	for i := range d.Entities {
		if &d.Entities[i] == inside[0] {
			return sameSpan(d, i)
		}
	}
	return nil
}

// sameSpan returns the actor of entity i and of the entities after it over
// the same span: coreference gives a pair phrase ("the two leaders", "both
// governments") one entity per actor, and the phrase names them all.
func sameSpan(d *doc.Document, i int) []doc.Actor {
	e := &d.Entities[i]
	out := []doc.Actor{withMention(*e.Actor, e)}
	for j := i + 1; j < len(d.Entities); j++ {
		f := &d.Entities[j]
		if f.Start != e.Start || f.End != e.End {
			break
		}
		if f.Actor != nil {
			out = append(out, withMention(*f.Actor, f))
		}
	}
	return out
}

func withMention(a doc.Actor, e *doc.Entity) doc.Actor {
	if a.Mention == nil {
		a.Mention = &doc.Mention{Start: e.Start, End: e.End, Text: e.Text}
	}
	return a
}

// withoutPlaces drops from a phrase's tokens the subtrees of modifiers that
// a place preposition introduces, except when the phrase's head is itself
// such a modifier's noun.
func (s *sent) withoutPlaces(h int, toks []int) []int {
	var drop []int
	for _, k := range toks {
		if k != h && s.rel[k] == rNmod && placePreps[s.caseOf(k)] {
			drop = append(drop, k)
		}
	}
	if len(drop) == 0 {
		return toks
	}
	under := func(t int) bool {
		for x := t; x >= 0 && x != h; x = s.head[x] {
			for _, k := range drop {
				if x == k {
					return true
				}
			}
		}
		return false
	}
	out := toks[:0]
	for _, t := range toks {
		if !under(t) {
			out = append(out, t)
		}
	}
	return out
}
