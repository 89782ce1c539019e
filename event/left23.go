package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 23's left-alone misfires (the ones session 22 saw on real stories
// and left): the general class behind each, mended here (patterns in
// data/event/left23.pat); the tests are in event/left23_test.go and
// pipeline/left23_test.go. docs/EVENTS.md "Left-alone misfires, session 23".

// --- tree repairs -------------------------------------------------------------

// repairsLeft23 runs session 23's tree repairs (from parseSentence, after
// repairsLeft22).
func (s *sent) repairsLeft23() {
	if s.noEveryday20Tree || s.noLeft23Tree {
		return
	}
	s.repairAsideWarning()
}

// asideSpeechVerbs are verbs of saying that a writer sets between commas
// inside the clause they report ("If the talks fail, the minister warned,
// the army will act").
var asideSpeechVerbs = map[string]bool{"warn": true, "threaten": true, "caution": true, "say": true, "add": true}

// repairAsideWarning mends a verb of saying set between commas after a
// condition and before the clause it reports ("If the talks with Nairobi
// fail, the minister warned, the army will act"): the parser hangs the
// condition on the saying verb and the saying verb on the reported verb as
// an adverbial clause, so the warning is read as a conditional act of its
// own and the reported act as the main one. A past or present verb of
// saying with a subject of its own before it and a comma right after it,
// no mark, object or clausal complement, hung as an adverbial clause on a
// later verb, with an "if" or "unless" clause before its subject, becomes
// the main verb: the later verb its complement, the condition that
// complement's.
func (s *sent) repairAsideWarning() {
	for v := 1; v+2 < s.n; v++ {
		h := s.head[v]
		if !asideSpeechVerbs[s.lemma[v]] || s.upos[v] != "VERB" || s.rel[v] != rAdvcl || h <= v+1 ||
			s.upos[h] != "VERB" || s.lower[v+1] != "," {
			continue
		}
		if x := s.xpos(v); x != "VBD" && x != "VBZ" && x != "VBP" {
			continue
		}
		subj, cond, mark, clause := -1, -1, -1, -1
		for k := 0; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			switch s.rel[k] {
			case rNsubj:
				subj = k
			case rMark:
				if k > 0 || s.lower[k] != "if" && s.lower[k] != "unless" {
					return
				}
				mark = k // the condition's "if" hung on the saying verb
			case rObj, rCcomp, rXcomp, rIobj:
				return
			case rAdvcl:
				if k < v {
					clause = k
					if s.markedIf(k) {
						cond = k
					}
				}
			}
		}
		if cond < 0 && mark >= 0 && clause > mark {
			cond = clause
		} else {
			mark = -1
		}
		if subj < 0 || subj > v || cond < 0 || cond > subj {
			continue
		}
		s.head[v], s.rel[v] = s.head[h], s.rel[h]
		s.head[h], s.rel[h] = v, rCcomp
		s.head[cond] = h
		if mark >= 0 {
			s.head[mark] = cond
		}
		return
	}
}

// markedIf reports whether clause k has "if" or "unless" as its mark
// (read on the heads: the children lists are not built during repairs).
func (s *sent) markedIf(k int) bool {
	for j := 0; j < k; j++ {
		if s.head[j] == k && s.rel[j] == rMark && (s.lower[j] == "if" || s.lower[j] == "unless") {
			return true
		}
	}
	return false
}

// left23TreeOff switches off the tree repairs of this file (tests only).
type left23TreeOff struct {
	noLeft23Tree bool
}

// left23Off switches off the match rules of this file (tests only).
type left23Off struct {
	noOwnSideThreat, noDefaultMisread, noAnonymousRelcl, noComplainerPronoun bool
}

// nameAsSubject makes word i, a name the tagger read as an auxiliary or an
// adverb of verb v ("Beijing lodged a protest", "Beijing" AUX; "Moscow
// responded within hours", "Moscow" ADV), v's subject, a proper noun with
// its own form as its lemma, when v has no subject. It is the one step of
// repairNameAsAux (event/left22.go: any such name first or after a
// punctuation mark, hung as the auxiliary of the verb right after it) and
// repairPlaceAdverb (event/everyday22.go: a coded place opening the
// sentence, hung on a later verb), which choose the word each their own
// way.
func (s *sent) nameAsSubject(i, v int) {
	if s.headHasRel(v, rNsubj, rNsubjPass) {
		return
	}
	s.upos[i], s.rel[i], s.lemma[i] = "PROPN", rNsubj, s.lower[i]
}

// --- match rules ----------------------------------------------------------------

// defaultMisreads are verbs whose default code in the CAMEO dictionary
// (the code of the verb with no pattern matched) names an act the verb
// alone does not tell: "convene" 042 (an assembly that convened, or a
// meeting convened by one of its members, has no visitor and no host),
// "expect" 030 ("police were expecting incidents", "expects Uganda to
// withdraw": an expectation, no intent to cooperate). Their patterns
// (an expected visit 036, expected ties 030, talks convened) stay.
var defaultMisreads = map[string]string{"convene": "042", "reconvene": "042", "expect": "030"}

// left23Drop reports whether verb match m at i is no event.
func (st *state) left23Drop(i int, m *match) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noDefaultMisread {
		return false
	}
	if m.pat == nil && defaultMisreads[s.lemma[i]] != "" && defaultMisreads[s.lemma[i]] == m.yield.Main {
		return true
	}
	// the act expected of another ("expects the bank to raise its rates",
	// "expect it to be verified"), which the expecting verb's 030 took in
	// before, is no intent of its doer either
	g := s.head[i]
	return g >= 0 && s.lemma[g] == "expect" && s.upos[g] == "VERB" && (s.rel[i] == rXcomp || s.rel[i] == rCcomp) &&
		s.hasChild(g, rObj) && !s.hasChild(g, rAuxPass) && !s.hasChild(g, rNsubjPass)
}

// latestActPair returns the two actors of the story's latest act done
// both ways in one sentence within pairWindow sentences before this one,
// the two each the source of one of the events; nil when there is none.
// With cooperation, the act is one of cooperation or meeting (roots
// 01-08; the way back of any code), or a meeting, talks by telephone or
// negotiation done and coded one way (pairMeetings, asserted: both are its
// parties): latestPair (event/everyday18.go). Without, the act is of any
// code, the same both ways (a clash, an exchange of fire or of
// accusations): latestOpposedPair (event/left22.go).
func (st *state) latestActPair(cooperation bool) []doc.Actor {
	s := &st.s
	for i := len(st.done) - 1; i >= 0; i-- {
		e := &st.done[i]
		if e.Sentence < s.idx-pairWindow {
			break
		}
		if e.Negated || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" ||
			cooperation && !cooperative(e.Cameo) || sameActor(e.Source.Code, e.Target.Code) {
			continue
		}
		for j := i - 1; j >= 0 && st.done[j].Sentence == e.Sentence; j-- {
			f := &st.done[j]
			if f.Target != nil && f.Source.Code == e.Target.Code && f.Target.Code == e.Source.Code && !f.Negated &&
				(cooperation || f.Cameo == e.Cameo) {
				return []doc.Actor{f.Source, e.Source}
			}
		}
		if cooperation && pairMeetings[e.Cameo] && e.Modality == "asserted" {
			// "Ruto met Museveni in Nairobi": one event, both meet
			return []doc.Actor{e.Source, *e.Target}
		}
	}
	return nil
}

// --- event rules ----------------------------------------------------------------

// left23Events runs session 23's rules on the events of a sentence.
func (st *state) left23Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	out = st.ownSideThreats(out, first)
	out = st.anonymousMainRelcl(out, first)
	out = st.complainerPronoun(out, first)
	return out
}

// complainerPronoun drops the target of a disapproval (11x: "complained",
// "criticised") read from "they" or "we", the subject of the verb's
// clausal complement, when the verb has no object of its own: "The
// veterans' council, whose members are mostly farmers, complain that they
// have been ignored" took the last countries named before as the ones
// complained about, where the pronoun stands first for the complainers
// themselves. With no other target the event goes (a complaint with no
// one complained about).
func (st *state) complainerPronoun(out []doc.Event, first int) []doc.Event {
	s := &st.s
	if st.c.opt.noComplainerPronoun {
		return out
	}
	n := first
	for i := first; i < len(out); i++ {
		e := out[i]
		if strings.HasPrefix(e.Cameo, "11") && e.Target != nil {
			t := s.tokenStarting(e.Target.Start)
			v := s.tokenStarting(e.Action.Start)
			if t >= 0 && v >= 0 && (s.lower[t] == "they" || s.lower[t] == "we") && s.upos[t] == "PRON" &&
				(s.rel[t] == rNsubj || s.rel[t] == rNsubjPass) && s.head[t] >= 0 && s.rel[s.head[t]] == rCcomp &&
				s.head[s.head[t]] == v && !s.hasChild(v, rObj) && !s.hasChild(v, rIobj) {
				continue
			}
		}
		out[n] = e
		n++
	}
	return out[:n]
}

// anonymousMainRelcl drops an event of a relative clause that mainRelcl
// (event/recall22b.go) reads as the sentence's main verb hung on a
// verbless root ("The trade commissioner on Thursday called on ..."),
// when the event has neither a coded source nor a target: "The national
// flag carrier Kenya Airways on Thursday agreed to a takeover bid", a firm
// the knowledge base does not know, was a one-actor 050 with no code, no
// political event; such a clause stays background as before session 22.
// One with a target ("... Amos Wekesa on Tuesday called on Uganda to lift
// its tariffs", 025 to Uganda) stays.
func (st *state) anonymousMainRelcl(out []doc.Event, first int) []doc.Event {
	s := &st.s
	if st.c.opt.noAnonymousRelcl || st.c.opt.noMainRelcl {
		return out
	}
	n := first
	for i := first; i < len(out); i++ {
		e := out[i]
		if e.Source.Code == "" && e.Target == nil {
			if x := s.tokenStarting(e.Action.Start); x >= 0 && s.rel[x] == rRelcl && s.mainRelcl(x) {
				continue
			}
		}
		out[n] = e
		n++
	}
	return out[:n]
}

// ownSideThreats mends a threat (13x) aimed at the threatener's own side
// ("Kenya's defence minister warned its own troops against looting", 130
// KENGOV -> KENMIL; "If the talks fail, the president warned, the army
// will act", the target read from the warned clause's subject, the
// warner's own army): a threat needs a target outside the warner's side
// (the same code, or the same country's forces: ownForces). The target is taken instead from the warned
// clause (the warning verb's clausal complement): the actors of its object
// or of its phrase marked against, on or at that are not of the warner's
// side ("the army will act against the rebels": the rebels); with none, the
// threat is dropped.
func (st *state) ownSideThreats(out []doc.Event, first int) []doc.Event {
	if st.c.opt.noOwnSideThreat {
		return out
	}
	s := &st.s
	n := first
	for i := first; i < len(out); i++ {
		e := out[i]
		if !strings.HasPrefix(e.Cameo, "13") || e.Target == nil || !ownForces(*e.Target, e.Source) {
			out[n] = e
			n++
			continue
		}
		if t := st.warnedOutsider(s.tokenStarting(e.Action.Start), e.Source); t != nil {
			e.Target = t
			out[n] = e
			n++
		}
	}
	return out[:n]
}

// ownForces reports whether target is the source itself or forces under
// the source state's command (its army, police or intelligence): a
// government's threat to its own legislature or courts ("the prime minister
// warned that the senator would be voted out") is a domestic conflict and
// stays.
func ownForces(target, source doc.Actor) bool {
	if target.Code != "" && target.Code == source.Code {
		return true
	}
	switch target.Sector {
	case "MIL", "COP", "SPY":
		return target.Country != "" && target.Country == source.Country && stateSide[source.Sector]
	}
	return false
}

// warnedOutsider returns the first actor not of source's side named as the
// object, or in an against, on or at phrase, of the clausal complement of
// warning verb v (nil when none).
func (st *state) warnedOutsider(v int, source doc.Actor) *doc.Actor {
	s := &st.s
	if v < 0 {
		return nil
	}
	for _, c := range s.kids[v] {
		if s.rel[c] != rCcomp {
			continue
		}
		for _, k := range s.kids[c] {
			if s.rel[k] != rObj && !(s.rel[k] == rObl && (s.caseOf(k) == "against" || s.caseOf(k) == "on" || s.caseOf(k) == "at")) {
				continue
			}
			if a := othersThan(st.actorsOf(k), []doc.Actor{source}); len(a) > 0 {
				t := a[0]
				return &t
			}
		}
	}
	return nil
}
