package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 19 rules (the misses of the real-news development sets
// dev7-dev13 that come back on every new blind set: talks held by a
// coordinated subject, a visit announced with "due"/"expected", an
// agreement reached or signed "between" named sides).

// talksTogether reports whether verb v, coded with a consultation code c
// (04x, not the asymmetric visit and hosting), holds talks as its object
// ("resumed peace talks", "started the seventh round of peace talks",
// "will co-chair the meeting"): a coordinated subject holding them with no
// one else named holds them with each other. Only the CAMEO dictionary's
// "hold talks" gave that (040:040); "resume", "start" or "open" talks
// gave each side a talk with no one, and "start ... peace talks" a
// mediation (045) by each.
func (st *state) talksTogether(v int, c string) bool {
	if !strings.HasPrefix(c, "04") || c == "042" || c == "043" {
		return false
	}
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 {
		return false
	}
	if roundNouns[s.lemma[o]] {
		// "the seventh round of peace talks"
		n := s.ofPhrase(o)
		if n < 0 {
			return false
		}
		o = n
	}
	return meetingNouns[s.lemma[o]] || meetingNouns[s.lower[o]]
}

// dueWords announce an arrival without a verb of motion ("is due in
// Tokyo on Friday for a two-day visit", "is expected in Nairobi").
var dueWords = map[string]bool{"due": true, "expected": true, "expect": true}

// dueVisits adds a planned visit (036) for "X is due in Y ... for a visit"
// and "X is expected in Y for talks": the subject's visit to the place's
// country, where no verb names the journey (only "due to arrive in" and
// "due to visit" were coded). The place phrase must name an actor, the
// sentence must name the visit or talks in a "for" or "on" phrase of the
// same word, and the word must not govern a verb of its own (those are
// coded as that verb's plan).
func (st *state) dueVisits(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noDueVisit {
		return out
	}
	s := &st.s
	for k := 0; k < s.n; k++ {
		place := s.dueArrivalPlace(k)
		if place < 0 {
			continue
		}
		if s.rel[k] == rRelcl || s.rel[k] == rAcl || s.rel[k] == rAmod || s.underRelcl(k) {
			continue
		}
		subj := -1
		for _, c := range s.kids[k] {
			if s.rel[c] == rNsubj || s.rel[c] == rNsubjPass {
				subj = c
				break
			}
		}
		if subj < 0 {
			continue
		}
		negated, mod := st.modality(k)
		if negated || mod == "hypothetical" {
			continue
		}
		hosts := st.actorsOf(place)
		out = st.meetingEvents("036", k, st.actorsOf(subj), hosts, out, first)
	}
	return out
}

// dueArrival reports whether k is a word of announced arrival with a place
// and a visit or talks as its purpose (dueArrivalPlace).
func (s *sent) dueArrival(k int) bool { return s.dueArrivalPlace(k) >= 0 }

// dueArrivalPlace returns the place phrase of "due"/"expected" k when k
// has one ("in Tokyo") and a visit or talks in a "for" or "on" phrase,
// and governs no verb or object of its own; -1 otherwise. Such a place
// names the host (as the place of "arrived in" does).
func (s *sent) dueArrivalPlace(k int) int {
	if !dueWords[s.lower[k]] || (s.upos[k] != "ADJ" && s.upos[k] != "VERB") {
		return -1
	}
	if s.child(k, rXcomp) >= 0 || s.child(k, rCcomp) >= 0 || s.child(k, rObj) >= 0 {
		return -1
	}
	place, purpose := -1, false
	for _, c := range s.kids[k] {
		if s.rel[c] != rObl {
			continue
		}
		switch p := s.caseOf(c); {
		case p == "in" || p == "at":
			if place < 0 {
				place = c
			}
		case (p == "for" || p == "on") && (visitNouns[s.lemma[c]] || meetingNouns[s.lemma[c]] || meetingNouns[s.lower[c]]):
			purpose = true
		}
	}
	if !purpose {
		return -1
	}
	return place
}

// agreementVerbs conclude an agreement in the passive ("an agreement was
// reached between X and Y", "a memorandum was signed between ...").
var agreementVerbs = map[string]bool{"reach": true, "sign": true, "conclude": true, "ink": true, "strike": true}

// agreementsBetween adds the signing (057) of an agreement whose verb is a
// passive with the sides in a "between" phrase, each side with each other
// ("An agreement had been reached between Israel, Egypt and the
// Palestinians"): the CAMEO dictionary codes the signatories of "was
// signed by X and Y" but nothing when the sides are named by "between".
// The phrase is the verb's or the agreement noun's; an agreement in a
// relative clause or a modifier is background, as elsewhere.
func (st *state) agreementsBetween(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noAgreementBetween {
		return out
	}
	s := &st.s
	for v := 0; v < s.n; v++ {
		if s.upos[v] != "VERB" || !agreementVerbs[s.lemma[v]] {
			continue
		}
		subj, passive, _ := st.subject(v)
		if !passive || subj < 0 || !agreementNouns[s.lemma[subj]] {
			continue
		}
		if s.rel[v] == rRelcl || s.rel[v] == rAcl || s.underRelcl(v) {
			continue
		}
		between := -1
		for _, h := range []int{v, subj} {
			for _, c := range s.kids[h] {
				if (s.rel[c] == rObl || s.rel[c] == rNmod) && s.caseOf(c) == "between" {
					between = c
				}
			}
		}
		if between < 0 {
			continue
		}
		negated, mod := st.modality(v)
		if negated || mod == "hypothetical" || s.noDeterminer(subj) || st.deniedBy(v) >= 0 || st.deniedAbove(v) {
			// "No agreement was reached between ...", "denied that a
			// deal had been signed between ..." (session 19 review)
			continue
		}
		var sides []doc.Actor
		for _, h := range s.conjuncts(between, nil) {
			sides = append(sides, st.actorsOf(h)...)
		}
		sides = uniqueCodes(sides)
		code := "057"
		if mod == "intended" {
			code = "030"
		}
		for i := range sides {
			for j := range sides {
				if i == j || sides[i].Code == "" || sides[j].Code == "" || sameActor(sides[i].Code, sides[j].Code) {
					continue
				}
				t := sides[j]
				if code == "030" {
					out = st.intendedEvent(code, v, sides[i], &t, out)
				} else {
					out = st.extraEvent(code, v, sides[i], &t, out)
				}
			}
		}
	}
	return out
}

// carryOutVerbs carry out an attack in a reduced relative on the attack
// noun ("an air strike carried out by Israeli aircraft", "a raid launched
// by the army").
var carryOutVerbs = map[string]bool{"carry": true, "launch": true, "conduct": true, "stage": true,
	"mount": true, "mete": true}

// carriedOutBy returns the actors of the agent of a reduced relative on
// attack noun k ("airstrikes carried out by Israeli army aircraft": the
// aircraft, ISRMIL), for the attacker of a passive killing in that attack
// (attackAgent), and whether the agent is an aircraft (an air strike,
// 195). Only the participle's own "by" phrase counts.
func (st *state) carriedOutBy(k int) ([]doc.Actor, bool) {
	s := &st.s
	for _, c := range s.kids[k] {
		if s.rel[c] != rAcl || !carryOutVerbs[s.lemma[c]] || s.upos[c] != "VERB" {
			continue
		}
		if a, air := st.byAgent(c); len(a) > 0 {
			return a, air
		}
	}
	return nil, false
}

// byAgent returns the actors of verb c's "by" phrase and whether it names
// an aircraft.
func (st *state) byAgent(c int) ([]doc.Actor, bool) {
	s := &st.s
	for _, b := range s.kids[c] {
		if (s.rel[b] != rObl && s.rel[b] != rOblAgent) || s.caseOf(b) != "by" {
			continue
		}
		if a := st.actorsOf(b); len(a) > 0 {
			return a, airNouns[s.lemma[b]] || airNouns[s.lower[b]]
		}
	}
	return nil, false
}

// carriedOutClause mends the parse of the same phrase with the participle
// hung on the killing verb v as a clause of its own ("were killed ... in an
// air strike | carried out by Israeli aircraft", "carried" tagged a past
// tense): the participle, with its particle "out", follows an attack noun
// of v's phrases and names the attacker in its "by" phrase. The attack
// noun must lie between v and the participle. It returns the attacker and
// the code (195 for an air strike or aircraft), as attackAgent does.
func (st *state) carriedOutClause(v int) ([]doc.Actor, string) {
	s := &st.s
	for _, c := range s.kids[v] {
		if s.rel[c] != rAdvcl || !carryOutVerbs[s.lemma[c]] || c < v || s.child(c, rNsubj) >= 0 || s.child(c, rObj) >= 0 {
			continue
		}
		if s.lemma[c] == "carry" && !s.kidWord(c, "out") {
			continue
		}
		attack := -1
		for k := c - 1; k > v; k-- {
			if attackNouns[s.lemma[k]] && isNominal(s.upos[k]) && s.inSubtree(k, v) {
				attack = k
				break
			}
		}
		if attack < 0 {
			continue
		}
		a, air := st.byAgent(c)
		if len(a) == 0 {
			continue
		}
		code := ""
		if air || s.lemma[attack] == "airstrike" || s.kidWord(attack, "air") {
			code = "195"
		}
		return a, code
	}
	return nil, ""
}

// kidWord reports whether a word w hangs on x.
func (s *sent) kidWord(x int, w string) bool {
	for _, k := range s.kids[x] {
		if s.lower[k] == w {
			return true
		}
	}
	return false
}

// woundedConjunct returns the participle of casualty on conjunct c of a
// killing verb ("were killed and five others | wounded in airstrikes":
// "others" a nominal conjunct of "killed", "wounded" its acl), whose
// phrases name the attack both share; -1 when c is no such conjunct.
func (s *sent) woundedConjunct(c int) int {
	if s.rel[c] != rConj || !isNominal(s.upos[c]) {
		return -1
	}
	for _, w := range s.kids[c] {
		if s.rel[w] == rAcl && s.upos[w] == "VERB" && casualtyVerbs[s.lemma[w]] {
			return w
		}
	}
	return -1
}

// leadingGerund reports whether the meeting gerund v opens the sentence
// ("After meeting Lebanese Defence Minister Elias Murr, the French minister
// told reporters ...": every word before v is in v's clause), so that the
// subject of the verb of saying after it is the one who met, not a
// trailing attribution's teller ("..., after holding talks with X, Libyan
// television said"), which consultGerund leaves alone.
func (st *state) leadingGerund(v int) bool {
	if !st.c.opt.News || st.c.opt.noLeadingGerund {
		return false
	}
	s := &st.s
	for k := 0; k < v; k++ {
		if !s.inSubtree(k, v) {
			return false
		}
	}
	if g := s.head[v]; g >= 0 {
		if sb := s.child(g, rNsubj); sb >= 0 && mediaSource(st.actorsOf(sb)) {
			return false // "After meeting X, Libyan television said"
		}
	}
	return true
}

// noDeterminer reports whether noun h has the determiner "no" ("no
// agreement was reached").
func (s *sent) noDeterminer(h int) bool {
	for _, k := range s.kids[h] {
		if s.rel[k] == rDet && s.lower[k] == "no" {
			return true
		}
	}
	return false
}
