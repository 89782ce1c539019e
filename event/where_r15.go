package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Event places and dates, round 15 (session 28, places-dev15; docs/EVENTS.md,
// "Places round 15").

// restateNames reports whether the doers of verb v of sentence s and of verb
// k of sentence n share a proper name in their phrases: "Troops of the
// Kenya Defence Forces (KDF) killed two militants ..." and "Soldiers of the
// KDF killed two fighters in Mandera" tell one act by one force, though the
// head nouns differ. sameParticipants (restate.go) asks it when no head
// lemma is shared.
func restateNames(s *sent, v int, n *sent, k int) bool {
	names := map[string]bool{}
	for _, w := range doerNames(s, v) {
		names[w] = true
	}
	for _, w := range doerNames(n, k) {
		if names[w] {
			return true
		}
	}
	return false
}

// doerNames returns the lower-cased proper nouns in the phrase of verb v's
// active subject.
func doerNames(s *sent, v int) []string {
	var out []string
	for _, c := range s.kids[v] {
		if s.rel[c] != rNsubj {
			continue
		}
		for x := 0; x < s.n; x++ {
			if s.upos[x] == "PROPN" && s.inSubtree(x, c) {
				out = append(out, s.lower[x])
			}
		}
	}
	return out
}

// participleHead adds to a verb's roles the noun a participle modifies: the
// undergoer of a past participle ("the agreement, signed in Nairobi by the
// two ministers"), the doer of a present one ("troops guarding the
// border"). roles (restate.go) asks it.
func participleHead(s *sent, v int, doers, undergoers map[string]bool) {
	x := s.head[v]
	if s.rel[v] != rAcl || x < 0 || !isNounTag(s.upos[x]) {
		return
	}
	switch s.d.Tokens[s.base+v].XPOS {
	case "VBN":
		undergoers[s.lemma[x]] = true
	case "VBG":
		doers[s.lemma[x]] = true
	}
}

// discussVerbs are the verbs of a meeting's purpose whose object is what the
// meeting is about.
var discussVerbs = map[string]bool{"discuss": true, "review": true, "examine": true, "explore": true,
	"debate": true, "consider": true, "assess": true}

// discussedPlace reports whether the phrase headed by ph lies in what a
// clause of discussing under trigger v is about: "held talks with the
// visiting president at Jubilee House to discuss trade and the situation in
// Mali" are not in Mali. The place must lie in the object of the
// discussing verb or in its phrase "on" or "about", and the discussing
// clause must hang from the trigger. topicPlace (occasion.go) asks it.
func discussedPlace(s *sent, v, ph int) bool {
	for x, c, steps := s.head[ph], ph, 0; x >= 0 && steps <= s.n; x, c, steps = s.head[x], x, steps+1 {
		if x == v {
			return false
		}
		if !discussVerbs[s.lemma[x]] || s.upos[x] != "VERB" {
			continue
		}
		if !(s.rel[c] == rObj || s.rel[c] == rObl && (s.caseOf(c) == "on" || s.caseOf(c) == "about")) {
			return false
		}
		for g, st := s.head[x], 0; g >= 0 && st <= s.n; g, st = s.head[g], st+1 {
			if g == v {
				return true
			}
		}
		return false
	}
	return false
}

// placeRound15 runs the round's steps, after round 14's.
func placeRound15(d *doc.Document, dateline *doc.Place) {
	countryCity(d, dateline, func(e *doc.Event) bool { return !visitOrMeeting(e.Cameo) && visitorAct(d, e) })
}

// visitorAct reports whether event e, placed in a country, is an act of the
// side of a visit or meeting the story places in that country: the
// visitor's other acts of the trip (the README's rule 2), which take the
// city visited as the visit does ("Ciampi said on Tuesday that Italy
// supported Turkey's entry", next to "Ciampi, who arrived in the Turkish
// capital Ankara on Monday for a state visit"). A country its own sentence
// names is left alone.
func visitorAct(d *doc.Document, e *doc.Event) bool {
	if st := d.Sentences[e.Sentence]; e.Place.Start >= st.Start && e.Place.End <= st.End {
		return false // "troops to the force in Albania": its own sentence's country
	}
	for i := range d.Events {
		o := &d.Events[i]
		if o != e && visitOrMeeting(o.Cameo) && o.Place != nil && o.Place.Country == e.Place.Country &&
			e.Source.Code != "" && side(o.Source.Code) == side(e.Source.Code) {
			return true
		}
	}
	return false
}

// protestVerbs tell a protest whose object is what is protested.
var protestVerbs = map[string]bool{"protest": true, "complain": true, "decry": true, "deplore": true}

// protestTopic reports whether the phrase headed by ph lies in what a
// protest (CAMEO 14) told by verb v is about ("protested the fact that the
// channel did not report the party's rally in Kisumu" was not made in
// Kisumu); a protest's own locative ("protested in Kisumu") is its place.
// topicPlace (occasion.go) asks it.
func protestTopic(s *sent, e *doc.Event, v, ph int) bool {
	return strings.HasPrefix(e.Cameo, "14") && protestVerbs[s.lemma[v]] && statementTopic(s, v, ph)
}

// placeNounHead returns the noun of place a name modifies ("in Uludere
// town"), or the noun of place it stands in apposition to when the parser
// left the name apart from it ("arrived in the Turkish
// capital Ankara on Monday", with Ankara read as the subject of the
// sentence's verb), else h: the name's phrase is that noun's.
func placeNounHead(s *sent, h int) int {
	if h >= 0 && s.rel[h] == rCompound && s.head[h] == h+1 && apposNouns[s.lower[h+1]] {
		return h + 1 // "infiltrate in Uludere town"
	}
	if h < 1 || s.head[h] == h-1 || !apposNouns[s.lower[h-1]] {
		return h
	}
	if r := s.rel[h-1]; r == rObl || r == rNmod {
		return h - 1
	}
	return h
}

// apposNouns are the nouns of place a name stands in apposition to ("the
// Turkish capital Ankara", "the port city Aden").
var apposNouns = map[string]bool{"capital": true, "city": true, "town": true, "port": true, "village": true}

// tripCapital reports whether "the <adjective> capital" at token k is where
// the trip the act of trigger v belongs to goes ("came to the Ghanaian
// capital and met with the foreign minister", "flew to the Kenyan capital
// for talks"), as placeInSentence reads a named destination of the trip.
// capitalPlace (where_mend18.go) asks it.
func tripCapital(s *sent, v int, prep string, k int) bool {
	trip := tripOf(s, v)
	switch {
	case trip >= 0:
	case tripVerbs[s.lemma[v]] && isVerbal(s.upos[v]):
		trip = v // "came to the Ghanaian capital"
	case s.rel[v] == rConj && s.head[v] >= 0 && tripVerbs[s.lemma[s.head[v]]] && isVerbal(s.upos[s.head[v]]):
		trip = s.head[v] // "came to the Ghanaian capital and met with"
	}
	return trip >= 0 && destination(s, trip, prep, k) && locativeOf(s, k, []int{trip})
}

// otherSides reports whether event o, coded on the verb that would restate
// event e, is between other sides: another source ("the Ghanaian army also
// killed"), or another target ("Dogbe also met the Ghanaian trade minister"
// after his meeting with the Beninese president). A source the coder left
// unread ("Personnel of ANA killed one rebel") is no other side.
// restatement (restate.go) asks it.
func otherSides(o, e *doc.Event) bool {
	if o.Source.Code != "" && side(o.Source.Code) != side(e.Source.Code) {
		return true
	}
	return o.Target != nil && e.Target != nil && o.Target.Code != "" && e.Target.Code != "" && side(o.Target.Code) != side(e.Target.Code)
}
