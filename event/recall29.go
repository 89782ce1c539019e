package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 29's recall round, chosen on the records of the
// real-news development sets (realnews-dev2 to dev22) whose gold has events
// and where nothing at all was coded, and checked on sentences written for
// the tests (event/recall29_test.go, pipeline/recall29_test.go). News mode
// only for the coder rules (docs/EVENTS.md, "Session 29 (recall round)").

// recall29Off switches off the coder rules of the round (tests only).
type recall29Off struct {
	// noQuotedSpeaker switches off quotedSpeaker.
	noQuotedSpeaker bool
	// noSignedAside switches off signedAside.
	noSignedAside bool
}

// recall29Events adds the events of the round's coder rules to the
// sentence's events out[first:].
func (st *state) recall29Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	return st.signedAside(out, first)
}

// recall29TreeOff switches off the tree repairs of the round (embedded in
// repairsOff; tests only).
type recall29TreeOff struct {
	// noNameCase switches off repairNameCase.
	noNameCase bool
	// noAirRaidVerb switches off repairAirRaidVerb.
	noAirRaidVerb bool
}

// nameCaseRels are the relations by which the words of a name with its
// title hang on the name's head ("Ugandan President Yoweri Museveni").
var nameCaseRels = map[rel]bool{rCompound: true, rNmod: true, rAmod: true, rFlat: true}

// repairNameCase mends a preposition the parser hung on the first word of
// a title and name rather than on the name's head: "received a phone call
// from | Ugandan President Yoweri Museveni" parsed with "from" the case of
// "President", itself a compound of "Museveni", which is the nmod of
// "call"; the phrase then had no preposition, and "a call from X" coded
// nothing. When the case word stands right before one entity (a
// determiner between) and hangs on a word of it that hangs, through words
// of the name (compound, flat, title, adjective), on a later head in the
// same entity, every word from the entity's start to that head lies under
// the head, and the head has no case word of its own, the case word moves
// to the head. Not a phrase that begins before the preposition
// ("Confederation of Indian Industry president X": "of" is inside the
// name), not a head outside the entity ("in Baghdad Thursday").
func (s *sent) repairNameCase() {
	for c := 0; c+1 < s.n; c++ {
		h := s.head[c]
		if s.rel[c] != rCase || s.upos[c] != "ADP" || h <= c || !nameCaseRels[s.rel[h]] {
			continue
		}
		first := c + 1
		if s.upos[first] == "DET" {
			first++
		}
		top := h
		for steps := 0; steps < 5 && nameCaseRels[s.rel[top]] && s.head[top] > top; steps++ {
			top = s.head[top]
		}
		if top == h || first > h || !isNounTag(s.upos[top]) || !s.oneEntity(first, top) {
			continue
		}
		whole := true
		for k := first; k < top; k++ {
			if !s.inSubtree(k, top) {
				whole = false
			}
		}
		if !whole {
			continue
		}
		own, before := false, false
		for k := 0; k < s.n; k++ {
			if s.head[k] == top && s.rel[k] == rCase {
				own = true
			}
			if k < c && s.inSubtree(k, top) {
				before = true
			}
		}
		if own || before {
			continue
		}
		s.head[c] = top
	}
}

// quotedSpeaker returns, for a verb of speech v in the frame "X was quoted
// (by Y) as saying", the entity X that stands right before "quoted" (an
// auxiliary between), or nil: "Iran's leader was quoted as saying at a
// meeting with visiting Iraqi President X that ..." names the speaker
// before the passive "quoted", and session 23's occasionMeetings, which
// looks right before the verb of speech, found none and coded nothing.
// The "by" phrase is the medium that quotes, never the speaker.
func (st *state) quotedSpeaker(es []entSpan, v int) *entSpan {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noQuotedSpeaker || v < 2 || s.lower[v-1] != "as" {
		return nil
	}
	for q := v - 2; q >= 1 && q >= v-12; q-- {
		if s.lower[q] == "quoted" {
			if q+1 == v-1 || s.lower[q+1] == "by" {
				return s.speakerBefore(es, q)
			}
			// "State radio quoted X as saying": the object spoke
			if e := entityEndingAt(es, v-2); e != nil && (e.first == q+1 || e.first == q+2 && s.upos[q+1] == "DET") {
				return e
			}
			return nil
		}
	}
	return nil
}

// airAttackVerbs are the second words of "air raid" and "air strike" that
// the tagger reads as verbs.
var airAttackVerbs = map[string]bool{"raid": true, "strike": true}

// repairAirRaidVerb mends "air raid" and "air strike" with the second word
// tagged as a verb: "Five Palestinians were killed in a fresh Israeli air
// | raid against the Gaza Strip" parsed with "air" the oblique of "killed"
// and "raid" a clause on it (the target its oblique), so the attack coded
// nothing ("air strike on X" and "air raid on X" parse as nouns); or with
// "raid" an adverbial clause of "killed" beside "air". The verb right
// after the noun "air", hanging on it as a clause or as an adverbial
// clause on its head, with no subject, object, auxiliary or mark of its
// own, becomes the noun heading the
// phrase: it takes "air"'s head, relation and dependents (the
// determiner, the adjectives, the preposition), "air" is its compound and
// its obliques are its nominal modifiers.
func (s *sent) repairAirRaidVerb() {
	for v := 1; v < s.n; v++ {
		a := v - 1
		if s.lower[a] != "air" || s.upos[a] != "NOUN" || s.upos[v] != "VERB" || !airAttackVerbs[s.lemma[v]] ||
			s.hasClauseDependent(v) {
			continue
		}
		if !(s.head[v] == a && s.rel[v] == rAcl) && !(s.head[v] == s.head[a] && s.head[a] >= 0 && s.rel[v] == rAdvcl) {
			continue
		}
		s.upos[v] = "NOUN"
		s.head[v], s.rel[v] = s.head[a], s.rel[a]
		for k := 0; k < s.n; k++ {
			if s.head[k] == a && k != v {
				s.head[k] = v
			}
			if s.head[k] == v && s.rel[k] == rObl {
				s.rel[k] = rNmod
			}
		}
		s.head[a], s.rel[a] = v, rCompound
	}
}

// asideSignWords sign an agreement in a participle or relative clause set
// off by commas on the agreement noun.
var asideSignWords = map[string]bool{"sign": true, "ink": true, "conclude": true}

// signedAside adds the signing (057) of an agreement told in an aside on
// the agreement noun, its signatories each with each other: "The deal,
// signed between the Spanish minister and the UNDP chief, sets up a fund",
// "the agreement, signed in Washington by the US trade deputy and the
// Colombian minister, will require approval", "the accord, which was
// signed by Kenya and Uganda on Monday, ...". The clause's verb is
// something else, and session 19's agreementsBetween and the dictionary
// leave a participle or relative clause on a noun as background, so the
// sentence coded nothing; the gold codes the signing. Only a participle
// or a relative clause ("which") set off by a comma, on a noun of
// agreementNouns, of sign, ink or conclude in the past (no modal, no
// future), with its "between" phrase or its "by" agent (also one the
// parser hung on a place of the verb, "in Washington by X and Y") naming
// two or more parties with different codes (of one party's codes, the
// narrowest: "Kemal Dervis, the UN Development Program (UNDP)
// Administrator" is UNDP's, not the UN's too); a restrictive modifier ("the
// deal signed by X last year is ...") stays background, and so does an
// aside that restates a signing the story has already coded between the
// two ("Kenya and Ethiopia signed a border agreement. The agreement,
// signed at a hotel in Nairobi by the two foreign ministers, ...": the
// same signing, which the earlier event places). out[first:] are the
// sentence's events.
func (st *state) signedAside(out []doc.Event, first int) []doc.Event {
	s := &st.s
	if st.c.opt.noSignedAside {
		return out
	}
	for v := 1; v < s.n; v++ {
		k := s.head[v]
		if s.upos[v] != "VERB" || !asideSignWords[s.lemma[v]] || k < 0 || k > v || !agreementNouns[s.lemma[k]] {
			continue
		}
		switch s.rel[v] {
		case rAcl:
			if s.lower[v-1] != "," || !strings.HasSuffix(s.lower[v], "ed") {
				continue
			}
		case rRelcl:
			w := s.child(v, rNsubjPass)
			if w < 1 || s.lower[w] != "which" || s.lower[w-1] != "," {
				continue
			}
		default:
			continue
		}
		if negated, mod := st.modality(v); negated || mod != "asserted" {
			continue
		}
		var sides []doc.Actor
		for _, c := range s.kids[v] {
			if s.rel[c] != rObl && s.rel[c] != rOblAgent && s.rel[c] != rNmod {
				continue
			}
			p := s.caseOf(c)
			var heads []int
			switch {
			case p == "between" || p == "by":
				heads = s.conjuncts(c, nil)
			case placedAgentPreps[p]:
				for _, b := range s.kids[c] {
					if s.rel[b] == rNmod && s.caseOf(b) == "by" {
						heads = s.conjuncts(b, nil)
					}
				}
			}
			for _, h := range heads {
				sides = append(sides, narrowest(st.actorsOf(h))...)
			}
		}
		sides = uniqueCodes(sides)
		for i := range sides {
			for j := range sides {
				if i == j || sides[i].Code == "" || sides[j].Code == "" || sameActor(sides[i].Code, sides[j].Code) ||
					signedBefore(out[:first], sides[i].Code, sides[j].Code) {
					continue
				}
				t := sides[j]
				out = st.extraEvent("057", v, sides[i], &t, out)
			}
		}
	}
	return out
}

// narrowest returns the actors of a whose code no other actor of a
// narrows (IGOUNODEV drops IGOUNO: one party named by the body and its
// agency).
func narrowest(a []doc.Actor) []doc.Actor {
	var out []doc.Actor
	for i := range a {
		wider := false
		for j := range a {
			if len(a[j].Code) > len(a[i].Code) && strings.HasPrefix(a[j].Code, a[i].Code) && a[i].Code != "" {
				wider = true
			}
		}
		if !wider {
			out = append(out, a[i])
		}
	}
	return out
}

// signedBefore reports whether evs (the story's events before the
// sentence) hold a signing (057) from src to tgt, or between their
// countries and them (sameActor: "Kenya" and the Kenyan minister).
func signedBefore(evs []doc.Event, src, tgt string) bool {
	for i := range evs {
		e := &evs[i]
		if e.Cameo == "057" && e.Target != nil && sameActor(e.Source.Code, src) && sameActor(e.Target.Code, tgt) {
			return true
		}
	}
	return false
}
