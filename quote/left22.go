package quote

import "strings"

// Session 22's left-alone misfires on the quote side (docs/EVENTS.md
// "left-alone misfires, session 22"). LeftActs22 switches them off.
var LeftActs22 = true

// tradedWords are the words of blame two sides trade.
var tradedWords = map[string]bool{"accusation": true, "accusations": true, "blame": true, "barb": true,
	"barbs": true, "insult": true, "insults": true, "charge": true, "charges": true, "recrimination": true,
	"recriminations": true, "threat": true, "threats": true, "warning": true, "warnings": true}

// leftAct22 reports whether cue v says nothing anyone said:
//
//   - a call made to someone ("Ruto called Museveni on Tuesday to discuss
//     the border", "called his Ugandan counterpart"): "call" with a subject
//     (active: "a group called X" is a name) and an object
//     that names someone (a name, or a phrase with a named actor in it, with
//     no comma) and no predicate of the object, clause or complement of its own is a
//     telephone call (or a summons), not words; "called the move
//     premature" and "called the vote a farce" stay;
//   - blame traded ("India and Pakistan traded accusations over the
//     shelling"): trade or exchange with an object of blame, with no
//     clause, tells that words passed, not what they were.
func (a *analysis) leftAct22(v int) bool {
	toks := a.d.Tokens
	if !LeftActs22 || toks[v].UPOS != "VERB" {
		return false
	}
	switch toks[v].Lemma {
	case "call":
		o := a.child(v, "obj")
		if o < 0 || a.child(v, "ccomp", "xcomp", "parataxis", "obl:unmarked", "iobj") >= 0 {
			return false
		}
		sj := a.child(v, "nsubj")
		if sj < 0 || toks[sj].Deprel != "nsubj" {
			return false // a caller of its own: "a group called X", "had been called X" are names
		}
		if _, hi := a.subtree(sj); hi < v {
			for k := hi + 1; k < v; k++ {
				if toks[k].UPOS == "PUNCT" {
					return false // "The charity, called X, plans ...": a name set off by commas
				}
			}
		}
		for _, k := range a.kids(v) {
			if k > o && (toks[k].Deprel == "obj" || toks[k].UPOS == "ADJ") {
				return false // "called the plan a mistake"
			}
		}
		for _, k := range a.kids(o) {
			if d := toks[k].Deprel; d == "acl" || d == "amod" && k > o || d == "nmod:npmod" {
				return false // a predicate hung on the object
			}
		}
		lo, hi := a.subtree(o)
		for k := lo; k <= hi; k++ {
			if toks[k].UPOS == "PUNCT" {
				return false // a phrase set off by commas may hide the name given
			}
		}
		if toks[o].UPOS == "PROPN" {
			return true
		}
		for i := range a.d.Entities {
			e := &a.d.Entities[i]
			if e.Actor != nil && e.Actor.Code != "" && e.Start >= toks[lo].Start && e.End <= toks[hi].End {
				return true
			}
		}
		return false
	case "trade", "exchange":
		o := a.child(v, "obj")
		if o < 0 || a.child(v, "ccomp") >= 0 || !tradedWords[strings.ToLower(a.text(o))] {
			return false
		}
		for _, k := range a.kids(o) {
			if d := toks[k].Deprel; d == "acl" || d == "acl:relcl" || d == "ccomp" {
				return false // "traded accusations that the other had fired first"
			}
		}
		return true
	}
	return false
}
