package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 29's events round, chosen on the misses of the
// real-news development sets (realnews-dev23 read first, after its blind
// score, then dev2 to dev22) and checked on sentences written for the tests
// (event/round29_test.go). News mode only. docs/EVENTS.md "Session 29
// (events round)".

// round29Off switches off the rules of this file (tests only).
type round29Off struct {
	// noSaidAfterWould switches off saidAfter in modality.
	noSaidAfterWould bool
	// noAsideFuture switches off asideWhoFuture.
	noAsideFuture bool
	// noHazardWarning switches off withoutHazardWarnings.
	noHazardWarning bool
}

// round29Events runs the rules of this file on the sentence's events
// out[first:].
func (st *state) round29Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	return st.withoutHazardWarnings(out, first)
}

// saidAfter reports whether clause v is reported speech whose reporting
// verb the parser hung after it, as a parataxis of v: "X would hold talks
// with Y on ..., the agency said in a short dispatch" with "hold" the root
// and "said" its parataxis, where the usual parse makes "hold" the
// complement of "said" (underSay). The "would" of such a clause is the
// future seen from the report (a plan, 036 for a meeting), not a
// condition, as modality reads it under underSay. Not with an "if" or
// "unless" clause on v, nor a "by" gerund of means ("by voting for us"),
// which make the "would" a condition.
func (st *state) saidAfter(v int) bool {
	if !st.c.opt.News || st.c.opt.noSaidAfterWould {
		return false
	}
	s := &st.s
	for _, k := range s.kids[v] {
		if s.rel[k] == rAdvcl && (s.hasWord(k, "if") || s.hasWord(k, "unless")) {
			return false // "would hold talks if ..., X said": a condition
		}
	}
	for k := 0; k+1 < v; k++ {
		if s.lower[k] == "by" && strings.HasSuffix(s.lower[k+1], "ing") && s.inSubtree(k, v) {
			// "By voting for us, Britain would obey ..., said X": a
			// condition by its means, not a plan (the parser hangs the
			// gerund as a clause, a phrase or a compound).
			return false
		}
	}
	for _, k := range s.kids[v] {
		if k > v && s.rel[k] == rParataxis && sayVerbs[s.lemma[k]] && s.upos[k] == "VERB" && s.hasChild(k, rNsubj) {
			return true
		}
	}
	return false
}

// asideLightVerbs29 tell a visit or talks by their object: "will pay a
// visit to", "will start a week-long visit to", "is to hold talks with".
var asideLightVerbs29 = map[string]bool{"pay": true, "make": true, "start": true, "begin": true,
	"undertake": true, "hold": true}

// asideObjects29 are the objects of asideLightVerbs29 that make a visit or
// talks.
var asideObjects29 = map[string]bool{"visit": true, "trip": true, "tour": true, "talk": true}

// asideWhoFuture reports whether relative clause x is a planned meeting or
// visit told of a person between commas: "Mongolian President X, who will
// start a week-long visit to China on Sunday, said ...", "the minister,
// who will meet his counterpart on Friday, told ...". The frame of
// asideWhoPast (event/everyday20.go): "who" right after a comma its
// subject, a comma (or the sentence's end) closing the clause; here the
// verb has the future "will" (modality then reads the plan, 036) and is a
// verb of meeting or visiting (asideVerbs) or a light verb whose object is
// a visit or talks. Other relative clauses stay background.
func (s *sent) asideWhoFuture(x int) bool {
	w := s.child(x, rNsubj)
	if w < 1 || s.lower[w] != "who" || s.lower[w-1] != "," || s.upos[x] != "VERB" || s.hasChild(x, rNeg) {
		return false
	}
	future := false
	for _, k := range s.kids[x] {
		if s.rel[k] == rAux && futureAux[s.lower[k]] {
			future = true
		}
	}
	if !future {
		return false
	}
	switch {
	case asideVerbs[s.lemma[x]]:
	case asideLightVerbs29[s.lemma[x]]:
		o := s.child(x, rObj)
		if o < 0 || !asideObjects29[s.lemma[o]] {
			return false
		}
	default:
		return false
	}
	return s.asideClosed(x)
}

// hazardWords29 name natural hazards and weather: a "tsunami warning" or a
// "storm alert" is a notice to the public, no threat.
var hazardWords29 = map[string]bool{"tsunami": true, "storm": true, "typhoon": true, "hurricane": true,
	"cyclone": true, "flood": true, "weather": true, "gale": true, "rain": true, "rainstorm": true,
	"snow": true, "snowstorm": true, "blizzard": true, "heat": true, "heatwave": true, "avalanche": true,
	"fog": true, "frost": true, "wind": true, "drought": true, "earthquake": true, "quake": true,
	"volcano": true, "landslide": true, "tornado": true, "sandstorm": true, "smog": true, "tide": true}

// warningNouns29 are the notices withoutHazardWarnings reads.
var warningNouns29 = map[string]bool{"warning": true, "alert": true, "watch": true, "advisory": true}

// withoutHazardWarnings drops a threat (root 13) told by a warning of a
// natural hazard: "the center issued a tsunami warning for Japan and
// Russia", "the bureau sent out a typhoon alert to Taiwan" was the CAMEO
// dictionary's 130 (ISSUE, SEND ... "obj warning") from the agency to the
// places warned. The trigger, or its object, is a warning noun with a
// hazard word as its compound or adjective.
func (st *state) withoutHazardWarnings(out []doc.Event, first int) []doc.Event {
	if st.c.opt.noHazardWarning {
		return out
	}
	s := &st.s
	kept := out[:first]
	for i := first; i < len(out); i++ {
		e := out[i]
		if strings.HasPrefix(e.Cameo, "13") {
			if a := s.tokenStarting(e.Action.Start); a >= 0 && (s.hazardWarning(a) || s.hazardWarning(s.child(a, rObj))) {
				continue
			}
		}
		kept = append(kept, e)
	}
	return kept
}

// hazardWarning reports whether token w is a warning noun
// (warningNouns29) with a hazard word (hazardWords29) as its compound or
// adjective: "a tsunami warning", "storm alerts".
func (s *sent) hazardWarning(w int) bool {
	if w < 0 || !warningNouns29[s.lemma[w]] || !isNominal(s.upos[w]) {
		return false
	}
	for _, k := range s.kids[w] {
		if (s.rel[k] == rCompound || s.rel[k] == rAmod) && hazardWords29[s.lemma[k]] {
			return true
		}
	}
	return false
}
