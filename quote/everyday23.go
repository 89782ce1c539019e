package quote

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 23's everyday round (stories of a border clash, a
// disputed election and a prisoner exchange; docs/EVENTS.md "Everyday
// round 23"). EverydayQuotes23 switches them off.
var EverydayQuotes23 = true

// conjSubject mends the subject s the parse gives cue v when v is the
// second conjunct of an earlier verb and the subject is a misparse of the
// first conjunct's object or clause:
//
//   - "X thanked the Emirates' President Y for his help and said ...":
//     Y, parsed as the subject of "said" after a possessor hung on
//     "thanked" as its object, is the object; X says it;
//
// It returns the mended subject (the first conjunct's), or s.
func (a *analysis) conjSubject(v, s int) int {
	if !EverydayQuotes23 || v < 0 || s < 0 {
		return s
	}
	toks := a.d.Tokens
	if toks[v].Deprel != "conj" || !strings.HasPrefix(toks[s].Deprel, "nsubj") || toks[s].Head != v {
		return s
	}
	h := toks[v].Head
	if h < 0 || h > s || !a.isVerb(h) {
		return s
	}
	if lo := a.lo[s]; lo-1 > h && toks[lo-1].Lemma == "'s" || lo-1 > h && a.text(lo-1) == "'s" {
		if p := toks[lo-1].Head; p >= 0 && p < lo-1 && toks[p].Head == h && toks[p].Deprel == "obj" {
			if hs := a.subject(h); hs >= 0 && hs < h {
				return hs
			}
		}
		return s
	}
	return s
}

// whichConjunct gives cue v, which has no subject of its own (s is none or
// the shared "which"), a subject
// when the parse made it a conjunct of a relative clause whose subject is
// "which" (a thing, no speaker): "Y rejected the results of the vote,
// which gave Z a new term, and called on ..." -- the subject of the
// sentence's top verb says it, when a comma closes the clause before the
// conjunction ("a danger which strikes ... and threatens ..." is the
// clause's own). A clause on a noun of speakers ("the
// party, which holds ... and supports ...") is left alone. It returns that subject, or s.
func (a *analysis) whichConjunct(v, s int) int {
	if !EverydayQuotes23 || v < 0 {
		return s
	}
	toks := a.d.Tokens
	if s >= 0 && (toks[s].Head == v || strings.ToLower(a.text(s)) != "which") {
		return s // a subject of its own
	}
	h := toks[v].Head
	if toks[v].Deprel != "conj" || h < 0 || !strings.HasPrefix(toks[h].Deprel, "acl:relcl") {
		return s
	}
	if w := a.subject(h); w < 0 || strings.ToLower(a.text(w)) != "which" {
		return s
	}
	// the relative clause closed by a comma before the conjunction
	// (", which gave ..., and called"): "a danger which strikes ... and
	// threatens ..." is the clause's own
	closed := false
	for k := h + 1; k < v; k++ {
		if toks[k].Head == v && toks[k].Deprel == "cc" && k > 0 && a.text(k-1) == "," {
			closed = true
		}
	}
	if !closed {
		return s
	}
	n := toks[h].Head
	if n < 0 || toks[n].UPOS != "NOUN" || a.speakerNoun(n) {
		return s // "the party, which holds ... and supports ...": a relative of its own
	}
	// the sentence's top verb: "announced that ... the bombing, which
	// killed two, and declared that ..."
	for k := 0; k < 8 && toks[n].Head >= 0; k++ {
		n = toks[n].Head
	}
	if a.isVerb(n) && n < h {
		if ns := a.subject(n); ns >= 0 && ns < n {
			return ns
		}
	}
	return s
}

// surnameSpeaker gives a source that is one capitalised word the entity
// stage left untagged ("Wine told reporters", a surname that is also a
// common noun) the actor of the last person named before it whose name
// ends with that word and has a code ("opposition leader Bobi Wine"); nil
// when there is none.
func surnameSpeaker(d *doc.Document, src doc.Span) *doc.Actor {
	if !EverydayQuotes23 {
		return nil
	}
	t0, t1 := tokenRange(d.Tokens, src.Start, src.End)
	if t1 != t0+1 {
		return nil
	}
	w := d.Text[d.Tokens[t0].Start:d.Tokens[t0].End]
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return nil
	}
	var best *doc.Entity
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.End > src.Start {
			break
		}
		if e.Type != "PER" || e.Actor == nil || e.Actor.Code == "" {
			continue
		}
		if strings.HasSuffix(e.Text, " "+w) {
			best = e
		}
	}
	if best == nil {
		return nil
	}
	a := *best.Actor
	a.Start, a.End, a.Text = src.Start, src.End, w
	return &a
}

// everydayAct23 reports whether cue v is ruling or governing a place
// ("Museveni has ruled Uganda since 1986"): a verb of ruling whose object
// is a country or place the entity stage tagged, with no clause of its
// own, holds power, it says nothing ("the court ruled that ..." keeps its
// clause).
func (a *analysis) everydayAct23(v int) bool {
	if !EverydayQuotes23 {
		return false
	}
	toks := a.d.Tokens
	switch toks[v].Lemma {
	case "rule", "govern":
	default:
		return false
	}
	obj := -1
	for k := v + 1; k < len(toks) && toks[k].Sentence == toks[v].Sentence; k++ {
		if toks[k].Head != v {
			continue
		}
		switch toks[k].Deprel {
		case "ccomp", "xcomp":
			return false
		case "obj":
			obj = k
		}
	}
	if obj < 0 {
		return false
	}
	for i := range a.d.Entities {
		e := &a.d.Entities[i]
		if e.Start <= toks[obj].Start && toks[obj].End <= e.End && (e.Type == "GPE" || e.Type == "LOC") {
			return true
		}
	}
	return false
}
