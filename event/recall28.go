package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 28's recall round, chosen on the missed gold events of
// the real-news development sets (realnews-dev2 to dev21, the records whose
// gold has events) and checked on sentences written for the tests
// (event/recall28_test.go, pipeline/recall28_test.go). The patterns of the
// round are in data/event/recall28.pat (docs/EVENTS.md, "Session 28
// (recall round)"). News mode only.

// recall28Off switches off the coder rules of the round (tests only).
type recall28Off struct {
	// noSharedAgent switches off sharedAgent.
	noSharedAgent bool
	// noPastMeeting switches off pastMeetingBetween.
	noPastMeeting bool
	// noItBody switches off itBody.
	noItBody bool
}

// recall28TreeOff switches off the tree repairs of the round (embedded in
// repairsOff; tests only).
type recall28TreeOff struct {
	// noPlacedAgent switches off repairPlacedAgent.
	noPlacedAgent bool
	// noBeToNoun switches off repairBeToNoun.
	noBeToNoun bool
	// noHerPossessive switches off repairHerPossessive.
	noHerPossessive bool
}

// placedAgentPreps mark the phrases of place on a passive verb that the
// parser hangs the verb's "by" agent on.
var placedAgentPreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true,
	"inside": true, "across": true}

// compassNouns are the parts of a country named by a direction ("in the
// north by the army").
var compassNouns = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// placedHead reports whether noun p names a place an agent phrase can be
// stranded on: a proper noun, a kind of place ("town", "province"), a
// place noun of visits ("capital", "border") or a compass point.
func (s *sent) placedHead(p int) bool {
	if p < 0 {
		return false
	}
	if s.upos[p] == "PROPN" {
		return true
	}
	return s.upos[p] == "NOUN" && (placeKinds[s.lemma[p]] || placeNouns[s.lemma[p]] || compassNouns[s.lemma[p]])
}

// repairPlacedAgent mends the agent of a passive verb that the parser hung
// on the place phrase before it: "Nine rebels were arrested overnight in
// the north | by the army", "was killed on Sunday in the Gaza Strip | by
// militants": the "by" phrase became a modifier of the place, and the
// passive had no doer. A "by" phrase of a noun that is no place itself,
// on a place (a proper noun, a kind of place, a compass point; through a
// chain of such places, "in the town of X by Y") that is an "in", "at" or
// "near" phrase of a passive verb with no agent of its own, becomes that
// verb's agent. An attack noun keeps its "by" phrase ("killed in an attack
// by militants", the attacker's already), and a "by" gerund (means) stays.
func (s *sent) repairPlacedAgent() {
	for b := 0; b < s.n; b++ {
		n := s.head[b]
		if s.lower[b] != "by" || s.rel[b] != rCase || n < 0 || !isNounTag(s.upos[n]) ||
			b+1 < s.n && s.gerund(b+1) || s.placedHead(n) && s.upos[n] == "NOUN" || s.rel[n] != rNmod {
			continue
		}
		p := s.head[n]
		for steps := 0; p >= 0 && steps < 3 && s.placedHead(p) && s.rel[p] == rNmod && s.caseWord(p) == "of"; steps++ {
			p = s.head[p] // "in the town of X by Y"
		}
		if !s.placedHead(p) || s.rel[p] != rObl || !placedAgentPreps[s.caseWord(p)] {
			continue
		}
		v := s.head[p]
		if v < 0 || s.upos[v] != "VERB" || !s.passiveVerb(v) || s.hasByAgent(v) || p > b {
			continue
		}
		s.head[n], s.rel[n] = v, rOblAgent
	}
}

// sharedAgent returns, for a passive verb with no agent of its own, the
// agent of a later passive conjoined with it that shares its subject:
// "was kidnapped and killed on Sunday by militants" names the doer of the
// kidnapping too, where the parser hangs the "by" phrase on the last verb
// alone. The conjunct must have no subject, object or auxiliary of its own
// (it is the same passive clause), and -1 is returned otherwise.
func (st *state) sharedAgent(v int) int {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noSharedAgent || !s.headHasRel(v, rNsubjPass, rAuxPass) {
		return -1
	}
	for _, c := range s.kids[v] {
		if s.rel[c] != rConj || c < v || s.upos[c] != "VERB" || !strings.HasSuffix(s.lower[c], "ed") && !strings.HasSuffix(s.lower[c], "en") {
			continue
		}
		own := false
		for _, k := range s.kids[c] {
			switch s.rel[k] {
			case rNsubj, rNsubjPass, rObj, rAux, rAuxPass, rCop:
				own = true
			}
		}
		if own {
			continue
		}
		for _, k := range s.kids[c] {
			if s.rel[k] == rOblAgent || ((s.rel[k] == rObl || s.rel[k] == rNmod) && s.caseOf(k) == "by") {
				return k
			}
		}
	}
	return -1
}

// pastTenseCopulas are the forms of "be" that tell a meeting held.
var pastTenseCopulas = map[string]bool{"was": true, "were": true}

// pastMeetingBetween reports whether meeting noun k (with a "between"
// phrase) tells a meeting held, in a place of the sentence that
// meetingsBetween's occasion phrases do not cover:
//   - the noun after "from" ("the agreement came from a meeting last week
//     between X and Y");
//   - the subject of a past copula or of a past verb with no auxiliary
//     ("said the meeting between X and Y was useful", "... ended late");
//   - the predicate of a past copula ("it was the first meeting between X
//     and Y since the war").
//
// Not under a modal or future auxiliary, nor a meeting called off
// (meetingsBetween checks that for every case).
func (st *state) pastMeetingBetween(k int) bool {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noPastMeeting {
		return false
	}
	pastCop := func(h int) bool {
		past := false
		for _, c := range s.kids[h] {
			switch {
			case s.rel[c] == rCop && pastTenseCopulas[s.lower[c]]:
				past = true
			case s.rel[c] == rAux || s.rel[c] == rAuxPass:
				return false
			}
		}
		return past
	}
	switch {
	case s.caseOf(k) == "from":
		return true
	case s.rel[k] == rNsubj:
		h := s.head[k]
		if h < 0 {
			return false
		}
		if pastCop(h) {
			return true
		}
		if s.upos[h] != "VERB" || !strings.HasSuffix(s.lower[h], "ed") {
			return false
		}
		for _, c := range s.kids[h] {
			if s.rel[c] == rAux || s.rel[c] == rAuxPass {
				return false
			}
		}
		return true
	}
	return pastCop(k)
}

// beToForms are the finite forms of "be" in the scheduled future "are to
// hold talks".
var beToForms = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// repairBeToNoun mends the scheduled future "Kenyan and Ugandan foreign
// ministers are to hold talks on Monday" parsed as a noun phrase: the
// subject noun the root (or a clause's head), the "be" an apposition or
// modifier of it and the infinitive a clause of the "be". The infinitive
// becomes the head, the noun its subject and the "be" its copula, the
// shape the parser gives "The president is to visit Uganda", which the
// coder reads as a plan (intent). Only when the "be" has no subject of
// its own and comes right after the noun (or the last of coordinated
// nouns, the first one then the subject), and the infinitive right after
// "be to"; not the idiom "are to blame" (are at fault).
func (s *sent) repairBeToNoun() {
	for a := 1; a+2 < s.n; a++ {
		n := s.head[a]
		if !beToForms[s.lower[a]] || s.upos[a] != "AUX" || n != a-1 || !isNounTag(s.upos[n]) ||
			s.lower[a+1] != "to" || s.upos[a+2] != "VERB" || s.head[a+2] != a || s.head[a+1] != a+2 {
			continue
		}
		if s.lemma[a+2] == "blame" || s.rel[a] == rCop || s.rel[a] == rAux || s.rel[a] == rAuxPass || s.headHasRel(a, rNsubj, rNsubjPass) {
			continue
		}
		for s.rel[n] == rConj && s.head[n] >= 0 && s.head[n] < n {
			n = s.head[n] // "Kenya and Uganda are to ...": the whole coordination
		}
		v := a + 2
		s.head[v], s.rel[v] = s.head[n], s.rel[n]
		s.head[n], s.rel[n] = v, rNsubj
		s.head[a], s.rel[a] = v, rCop
		for k := a + 1; k < s.n; k++ {
			if s.head[k] == n {
				s.head[k] = v // the full stop and phrases after the verb
			}
		}
		return
	}
}

// itBodyVerbs are the verbs "it" is the empty subject of ("it seems
// that ...", "it took three days"), never a body's act.
var itBodyVerbs = map[string]bool{"seem": true, "appear": true, "happen": true, "take": true,
	"remain": true, "rain": true, "turn": true, "mean": true, "follow": true, "matter": true,
	"become": true, "come": true, "go": true, "cost": true, "be": true}

// itBody returns, for "it" opening a sentence as the subject of its main
// verb, the organisation the sentence before has for the subject of its
// own main verb: "The Security Council adopted a resolution on Monday. It
// welcomed the talks ... and urged the rebels to ...", "The Arab League
// issued a statement. It called on ...". A sentence between whose
// subject names no one ("The statement called for ...", "The 15-member
// council emphasized ...") is passed over, up to anaphorWindow sentences
// back; the first subject naming someone decides. The coreference stage links
// people's pronouns, not "it", and such sentences coded nothing. Only an
// organisation's name (an ORG entity with an actor) as that subject, and
// a main verb of "it" in the active that is no verb of an empty "it"
// (itBodyVerbs); "it" after a conjunction or adverb ("But it also
// urged") is still the opening.
func (st *state) itBody(h int) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noItBody || s.lower[h] != "it" || s.upos[h] != "PRON" || s.rel[h] != rNsubj || s.idx == 0 {
		return nil
	}
	v := s.head[h]
	if v < 0 || s.head[v] >= 0 || s.upos[v] != "VERB" || itBodyVerbs[s.lemma[v]] {
		return nil
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rCop || s.rel[k] == rAuxPass {
			return nil
		}
	}
	for t := 0; t < h; t++ {
		if s.upos[t] != "CCONJ" && s.upos[t] != "ADV" && s.upos[t] != "PUNCT" {
			return nil
		}
	}
	d := s.d
	for back := 1; back <= anaphorWindow && s.idx-back >= 0; back++ {
		a, named := st.openingBody(s.idx - back)
		if named {
			if a == nil {
				return nil
			}
			ms, me := s.tokenSpan(h)
			b := *a
			b.Mention = &doc.Mention{Start: ms, End: me, Text: d.Text[ms:me]}
			return []doc.Actor{b}
		}
	}
	return nil
}

// repairHerPossessive mends "after meeting her Ugandan counterpart" parsed
// with "her" as the verb's object pronoun and the noun phrase after it a
// bare oblique of the verb (no preposition): "her" is the possessive of
// that noun, which is the object. Only when the noun phrase starts right
// after "her" and its head has no case marker and is no time word ("told
// her Monday"); a second object ("gave her flowers", the parser's obj and
// iobj) stays.
func (s *sent) repairHerPossessive() {
	for i := 0; i+1 < s.n; i++ {
		v := s.head[i]
		if s.lower[i] != "her" || s.rel[i] != rObj || v < 0 || s.upos[v] != "VERB" {
			continue
		}
		h := i + 1
		for steps := 0; h >= 0 && s.head[h] != v && steps < 6; steps++ {
			h = s.head[h]
		}
		if h < 0 || s.head[h] != v || s.rel[h] != rObl || s.upos[h] != "NOUN" || meetingGap[s.lower[h]] {
			continue
		}
		if s.headHasRel(h, rCase) {
			continue
		}
		ok := true
		for t := i + 1; t < h; t++ {
			if !s.inSubtree(t, h) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		s.head[i], s.rel[i] = h, rPoss
		s.rel[h] = rObj
	}
}

// openingBody returns the actor of the subject of sentence si's main verb
// when it names an organisation (an ORG entity with an actor), and
// whether that subject names anyone at all (any entity): a sentence whose
// subject is a common noun ("The statement called for ...") or "it" (an
// earlier "It welcomed ...") names no one.
func (st *state) openingBody(si int) (*doc.Actor, bool) {
	d := st.s.d
	sen := d.Sentences[si]
	subj := -1
	for t := sen.TokenStart; t < sen.TokenEnd; t++ {
		r := d.Tokens[t].Head
		if d.Tokens[t].Deprel == "nsubj" && r >= 0 && d.Tokens[r].Head < 0 {
			subj = t
			break
		}
	}
	if subj < 0 {
		return nil, true // no plain subject: stop looking
	}
	at := d.Tokens[subj].Start
	if strings.EqualFold(d.Text[at:d.Tokens[subj].End], "it") {
		return nil, false // "It welcomed ... . It again called on ...": the same body
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start <= at && at < e.End && e.Start >= sen.Start {
			if e.Type != "ORG" || e.Actor == nil || e.Actor.Code == "" {
				return nil, true
			}
			return e.Actor, true
		}
	}
	if d.Tokens[subj].UPOS != "NOUN" {
		return nil, true // a pronoun or a name with no entity
	}
	return nil, false
}
