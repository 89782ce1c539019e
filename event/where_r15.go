package event

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
