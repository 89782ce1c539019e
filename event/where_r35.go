package event

import (
	"github.com/dyadproject/dyad/doc"
)

// Event places, session 35 (places-dev1 to places-dev20; docs/GEO.md,
// "Session 35").

// Round35Places switches the session 35 place rules on.
var Round35Places = true

// seatNouns are the nouns of a government or a diplomatic post, whose
// place phrase says where the body sits: "the government in Port Sudan",
// "the Chinese embassy in Nairobi". Other nouns of an actor's phrase tell
// where it acts, and the act is there often enough: "government officials
// in the state of Bihar paid a surprise visit", "Russia's top negotiator in
// Chechnya opened new peace talks", "Judge Lee, in the federal court in
// Washington, ruled", "soldiers of an international force in Albania met up
// with an Italian unit" (all on the first 600 bench-news stories).
var seatNouns = map[string]bool{"government": true, "administration": true, "regime": true, "cabinet": true,
	"embassy": true, "consulate": true, "legation": true, "ambassador": true, "consul": true, "envoy": true}

// postNouns are the nouns of a diplomatic post: "the German ambassador in
// Beijing", "the Chinese embassy in Nairobi".
var postNouns = map[string]bool{"ambassador": true, "embassy": true, "consulate": true, "consul": true,
	"envoy": true, "legation": true}

// actorPhrase reports whether the place phrase headed by ph is part of the
// event's source phrase, hung on one of its nouns, and the event is one
// done in words or at a table (wordAct): "the government in Port Sudan
// accused the UAE", "the Gambian embassy in France failed to issue a
// visa", "Shakeri, Iran's envoy in Islamabad, praised Kenya"; the noun one
// of seatNouns. The README's rule 1 (an actor's seat never places an act):
// the phrase says where the actor sits or serves, not where the act
// happened, yet step 2 of Place took it as the sentence's nearest locative
// and placed every such event of the sentence there. Kept: a material act
// of a body somewhere ("Kenyan troops in Somalia attacked the militants",
// "authorities in Madagascar arrested an opposition leader": there); a
// diplomat's dealing with the country he is posted to ("instructed the
// German ambassador in Beijing to make representations to the Chinese
// foreign ministry": Beijing); and a phrase on the target ("met the US
// ambassador in Nairobi"), which the parser cannot tell from a place of
// the meeting.
func actorPhrase(s *sent, e *doc.Event, v, ph int, prep string, p *doc.Place) bool {
	if !Round35Places || ph < 0 || v < 0 || !locPreps[prep] || s.rel[ph] != rNmod || e.Source.Mention == nil || !wordAct(e.Cameo) {
		return false
	}
	g := s.head[ph]
	if g < 0 || g >= v || !seatNouns[s.lemma[g]] || s.inSubtree(v, g) {
		return false // after the act, no seat's noun, or the act inside the phrase
	}
	switch s.upos[g] {
	case "NOUN", "PROPN":
	default:
		return false
	}
	m := spanHead(s, e.Source.Start, e.Source.End)
	if m < 0 || m >= v || !s.inSubtree(g, m) {
		return false
	}
	if postNouns[s.lemma[g]] && e.Target != nil && e.Target.Country == p.Country {
		return false // the ambassador in Beijing dealing with China
	}
	return true
}

// wordAct reports whether an event of code c is done in words or at a
// table (statements, appeals, intents, meetings, cooperation, the CAMEO
// roots 01 to 06 and 10 to 13), not a material act in a place.
func wordAct(c string) bool {
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "01", "02", "03", "04", "05", "06", "10", "11", "12", "13":
		return true
	}
	return false
}

// deedPlaceNouns are, beside deedNouns (occasion.go), the nouns of a deed
// a statement is about whose place phrase the parser may hang on the
// statement's verb: the words of a military campaign ("raid" is in
// deedNouns).
var deedPlaceNouns = map[string]bool{"offensive": true, "incursion": true, "operation": true, "bombardment": true,
	"shelling": true, "fighting": true, "clash": true, "invasion": true, "occupation": true}

// deedPhrase reports whether the locative phrase headed by ph, hung on a
// statement's verb v, comes right after v's object, a deed: "reiterated
// Egypt's denunciation of a recent Israeli offensive in northern Gaza's
// Beit Hanoun town" (the parser hangs "in ... town" on "reiterated"; the
// town is the offensive's, and the README's rule 6 leaves the statement
// unplaced). The object's subtree must end right before the phrase and its
// last noun be a deed; "condemned the raid on Monday in a speech in Cairo"
// keeps Cairo (a time stands between).
func deedPhrase(s *sent, e *doc.Event, v, ph int) bool {
	if !Round35Places || v < 0 || ph < 0 || s.head[ph] != v || s.rel[ph] != rObl || !statementCode(e.Cameo) {
		return false
	}
	first := s.subtreeFirst(ph)
	if first <= v {
		return false
	}
	prev := first - 1
	for _, o := range s.kids[v] {
		if s.rel[o] != rObj || s.subtreeLast(o) != prev {
			continue
		}
		// the last noun of the object's subtree, before the phrase
		for x := prev; x >= o; x-- {
			if s.upos[x] == "NOUN" {
				return deedNouns[s.lemma[x]] || deedPlaceNouns[s.lemma[x]]
			}
		}
	}
	return false
}
