package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 13, chosen on the development records of the real-news
// gold (dev2-dev7 and realnews.tsv's development half) and checked on
// sentences written for the tests (event/round13_test.go).

// visitorWords are participles that describe a visitor before its name
// ("with visiting Ugandan Defence Minister X").
var visitorWords = map[string]bool{"visiting": true}

// visitorName reports whether token o lies in a person's or an
// organisation's name: a visitor, not a place or thing visited ("began his
// trip by visiting the headquarters of ...", "barred from visiting Iraq").
func (s *sent) visitorName(o int) bool {
	ts, te := s.tokenSpan(o)
	for i := range s.d.Entities {
		e := &s.d.Entities[i]
		if e.Start <= ts && e.End >= te {
			return e.Type == "PER" || e.Type == "ORG"
		}
	}
	return false
}

// repairVisitorParticiple mends a visitor's participle that the parser
// hung as an adverbial clause of the verb, with the preposition before it
// as the clause's mark and the visitor as its object ("held talks on
// Monday | with visiting Ugandan Defence Minister X", "met with visiting
// Y"): the Xinhua way of naming a guest, which made the host visit the
// guest's country and left the talks without a partner. The visitor, a
// person or organisation, becomes the preposition's noun, an oblique of
// the verb; the participle its adjective.
func (s *sent) repairVisitorParticiple() {
	for v := 1; v < s.n; v++ {
		p, h := v-1, s.head[v]
		if !visitorWords[s.lower[v]] || s.upos[v] != "VERB" || h < 0 || s.head[p] != v ||
			(s.rel[p] != rMark && s.rel[p] != rCase) || s.rel[v] != rAdvcl && s.rel[v] != rAcl && s.rel[v] != rXcomp {
			continue
		}
		o := -1
		for k := v + 1; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			switch s.rel[k] {
			case rObj:
				if o < 0 && isNounTag(s.upos[k]) {
					o = k
				}
			case rNsubj, rNsubjPass, rAux, rAuxPass, rCop:
				o = -2
			}
		}
		if o < 0 || !s.visitorName(o) {
			continue
		}
		s.head[o] = h
		if isVerbal(s.upos[h]) {
			s.rel[o] = rObl
		} else {
			s.rel[o] = rNmod
		}
		s.head[p], s.rel[p] = o, rCase
		s.head[v], s.rel[v], s.upos[v] = o, rAmod, "ADJ"
	}
}

// deedDoer returns the actors of the "by" phrase on object o of a verb of
// comment (verbalCode): the one who did the deed the comment is about, as
// in "condemned the killing of Palestinian civilians by Israeli troops"
// or "criticised the training of Iraqi police recruits by German experts"
// (dev7): the deed's victims or pupils are no target. The phrase may hang
// on the object's "of" phrase, as parsers often hang it. A named object
// ("condemned Iran by name") has none.
func (st *state) deedDoer(o int) []doc.Actor {
	s := &st.s
	if s.upos[o] != "NOUN" {
		return nil
	}
	for _, k := range s.kids[o] {
		if s.rel[k] != rNmod {
			continue
		}
		switch s.caseOf(k) {
		case "by":
			return st.listedAfter(o, k, st.actorsOf(k))
		case "of":
			if kk := st.nestedDoer(k); kk >= 0 { // event/round28.go
				return st.actorsOf(kk)
			}
		}
	}
	return nil
}

// listedAfter adds to a, the actors of phrase k on noun o, those of the
// appositions and conjuncts of o after k: the rest of a list the parser
// hung on o ("demands by the United States, | Australia and some other
// APEC members").
func (st *state) listedAfter(o, k int, a []doc.Actor) []doc.Actor {
	s := &st.s
	for _, x := range s.kids[o] {
		if x > k && (s.rel[x] == rAppos || s.rel[x] == rConj) {
			a = append(a, st.actorsOf(x)...)
		}
	}
	return uniqueCodes(a)
}

// copulaSubject returns the subject of event noun n of code c, a meeting
// or a visit (consultCode), when n is the predicate of "be" with "in" or
// "on" ("The United States is also in talks with Romania", "Kibaki is on a
// visit to China"), or -1: the subject is in the talks, so holds them.
// Being "on the offensive" is no attack.
func (s *sent) copulaSubject(n int, c string) int {
	if !consultCode(c) || !s.hasChild(n, rCop) {
		return -1
	}
	switch s.caseOf(n) {
	case "in", "on":
		return s.child(n, rNsubj)
	}
	return -1
}

// topicWords are nouns of talks and agreements whose "on"/"about" gerund
// says what they are about ("talks on curbing the insurgency", "an
// agreement on setting up a commission"), besides meetingWords and
// planNouns.
var topicWords = map[string]bool{"accord": true, "deal": true, "treaty": true, "memorandum": true,
	"conference": true, "forum": true, "seminar": true, "workshop": true}

// topicGerund reports whether verb x is a gerund right after "on",
// "about" or "over" that follows a noun of talks or agreements: the
// subject of the talks, not a deed ("will visit Afghanistan this week
// for talks on curbing the Taliban insurgency" curbs nothing; dev7),
// however the parser hung it.
func (s *sent) topicGerund(x int) bool {
	if x < 2 || s.upos[x] != "VERB" || !strings.HasSuffix(s.lower[x], "ing") {
		return false
	}
	switch s.lower[x-1] {
	case "on", "about", "over":
	default:
		return false
	}
	if s.head[x-1] != x {
		return false
	}
	l := s.lemma[x-2]
	return isNounTag(s.upos[x-2]) && (meetingWords[l] || meetingWords[s.lower[x-2]] || planNouns[l] || topicWords[l])
}

// meetingScene reports whether noun event v of code c, in a phrase marked
// by prep on a clause, is a meeting "in" or "at" which the clause's
// subject spoke or acted, with its partner named ("made the remarks in a
// meeting with Zhang Gaoli", "said at a meeting with the Kenyan
// president"; dev7): the subject's own meeting, as one "during" it is
// (meetingTimePhrase). A gathering with no partner ("at the WTO
// meeting") is no such meeting.
func (st *state) meetingScene(v int, prep, c string) bool {
	return strings.HasPrefix(c, "04") && (prep == "in" || prep == "at") && st.hasCaseChild(v, "with")
}

// sufferVerbs tell what befell the casualties of an attack.
var sufferVerbs = map[string]bool{"die": true, "perish": true}

// casualtyClause reports whether clause k, hung on a noun of violence,
// tells of the casualties ("in which five Israeli soldiers were killed",
// "in which three policemen died"): a passive or a verb of dying.
func (s *sent) casualtyClause(k int) bool {
	if s.rel[k] != rRelcl && s.rel[k] != rAcl {
		return false
	}
	return s.hasChild(k, rNsubjPass) || sufferVerbs[s.lemma[k]]
}

// repairStrandedAgent mends the agent of a passive verb that the parser
// hung on the gerund phrase after it ("The party was condemned
// for bringing ruin to Afghanistan | by the Taliban", "was criticised for
// detaining journalists | by the opposition"; dev7), where the passive
// then had no doer: a "by" phrase of a name or noun after the gerund of
// the passive's reason phrase (reasonGerund), in the passive's tree, with
// no subject or passive of its own on the way, is the passive's agent. A
// "by" gerund ("by bombing villages") tells the means and stays, and so
// does a "by" phrase after a gerund deeper down ("defeated as a result of
// intense lobbying by Beijing").
func (s *sent) repairStrandedAgent() {
	for b := 0; b < s.n; b++ {
		n := s.head[b]
		if s.lower[b] != "by" || s.rel[b] != rCase || n < 0 || !isNounTag(s.upos[n]) ||
			b+1 < s.n && s.gerund(b+1) {
			continue
		}
		v := -1
		for x, steps := s.head[n], 0; x >= 0 && steps < 4; x, steps = s.head[x], steps+1 {
			if s.upos[x] == "VERB" && s.passiveVerb(x) {
				v = x
				break
			}
			if s.upos[x] == "VERB" && s.headHasRel(x, rNsubj) {
				break
			}
		}
		if v < 0 || s.hasByAgent(v) {
			continue
		}
		for g := v + 1; g < b; g++ {
			if s.reasonGerund(g, v) {
				s.head[n], s.rel[n] = v, rOblAgent
				break
			}
		}
	}
}

// gerund reports whether token x is a verb in "-ing".
func (s *sent) gerund(x int) bool { return s.upos[x] == "VERB" && strings.HasSuffix(s.lower[x], "ing") }

// reasonGerund reports whether gerund g, right after "for" or "of",
// heads the reason phrase of verb v or modifies its noun ("criticised for
// detaining journalists", "accused of torturing prisoners"); not a
// gerund deeper down ("defeated as a result of intense lobbying").
func (s *sent) reasonGerund(g, v int) bool {
	if !s.gerund(g) || g == 0 || s.lower[g-1] != "for" && s.lower[g-1] != "of" {
		return false
	}
	h := s.head[g]
	switch {
	case h == v:
		return s.rel[g] == rAdvcl || s.rel[g] == rXcomp || s.rel[g] == rObl
	case h >= 0 && s.rel[g] == rAmod:
		return s.head[h] == v
	}
	return false
}

// passiveVerb reports whether verb x is passive, by its subject or
// auxiliary (before s.kids is built).
func (s *sent) passiveVerb(x int) bool {
	return s.headHasRel(x, rNsubjPass, rAuxPass)
}

// hasByAgent reports whether verb v has an agent or a "by" phrase of its
// own (before s.kids is built).
func (s *sent) hasByAgent(v int) bool {
	for k := 0; k < s.n; k++ {
		if s.head[k] != v {
			continue
		}
		if s.rel[k] == rOblAgent {
			return true
		}
		for c := 0; c < s.n; c++ {
			if s.head[c] == k && s.rel[c] == rCase && s.lower[c] == "by" {
				return true
			}
		}
	}
	return false
}
