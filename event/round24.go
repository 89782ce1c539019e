package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 24's events round (issue 5, real news), chosen on the
// development records of the real-news gold (dev2-dev20) and read on the
// coder's output for the first 600 bench-news stories. Each rule has an
// off-switch (tests only); the tests are in event/round24_test.go.

// presentAppeals are the present-tense appeal verbs the tagger reads as
// plural nouns after a name ("Kenya calls on Uganda to ...", "The
// commission appeals to the government to ..."), each with the
// preposition that names the one appealed to.
var presentAppeals = map[string]string{"calls": "on", "appeals": "to"}

// repairs24 runs session 24's tree repairs.
func (s *sent) repairs24() {
	if s.noRound24Tree {
		return
	}
	s.repairPresentAppeal()
}

// repairPresentAppeal mends a present-tense appeal the tagger read as a
// plural noun and the parser made the root of a verbless sentence ("The
// African Union | calls on both parties to ...", "calls" a noun with
// "Union" its compound, "parties" its nominal modifier):
// the sentence's only root, "calls" ("appeals"), with a noun right before
// it hung on it as a compound or subject, and its "on"/"upon" ("to")
// phrase right after it, is a verb: the noun before it its subject, the
// phrase its oblique and a "to" infinitive on it (or on the phrase's noun)
// its complement, as repairCallOnInfinitive makes it for "called on X to
// ...". A plural noun in a sentence with a verb of its own
// ("renewed calls on the Ugandan cabinet to quit went unheeded") is not a
// root and stays a noun.
func (s *sent) repairPresentAppeal() {
	x := -1
	for i := 0; i < s.n; i++ {
		if s.head[i] < 0 && s.rel[i] != rPunct {
			if x >= 0 {
				return // more than one root
			}
			x = i
		}
	}
	if x < 1 || x+2 >= s.n || s.upos[x] != "NOUN" {
		return
	}
	prep, ok := presentAppeals[s.lower[x]]
	if !ok {
		return
	}
	c := x - 1
	if s.head[c] != x || (s.rel[c] != rCompound && s.rel[c] != rNsubj) || !isNounTag(s.upos[c]) {
		return
	}
	p := x + 1
	if s.lower[p] != prep && !(prep == "on" && s.lower[p] == "upon") {
		return
	}
	o := s.head[p]
	if o <= p || s.head[o] != x || s.rel[o] != rNmod {
		return
	}
	s.upos[x] = "VERB"
	s.rel[c] = rNsubj
	for k := 0; k < c; k++ {
		// a determiner or modifier of the subject's phrase hung on the
		// verb ("The | European Commission calls")
		if s.head[k] == x && (s.rel[k] == rDet || s.rel[k] == rAmod || s.rel[k] == rCompound) {
			s.head[k] = c
		}
	}
	s.rel[o] = rObl
	for k := o + 1; k < s.n; k++ {
		if (s.head[k] != x && s.head[k] != o) || s.rel[k] != rAcl || s.upos[k] != "VERB" {
			continue
		}
		to, subj := false, false
		for m := 0; m < s.n; m++ {
			if s.head[m] == k && s.rel[m] == rMark && s.lower[m] == "to" && m < k {
				to = true
			}
			if s.head[m] == k && (s.rel[m] == rNsubj || s.rel[m] == rNsubjPass) {
				subj = true
			}
		}
		if to && !subj {
			s.head[k], s.rel[k] = x, rXcomp
		}
		break
	}
}

// round24Off switches off the coder rules of the round (tests only).
type round24Off struct {
	// noInPhraseObject switches off inPhraseObject.
	noInPhraseObject bool
}

// inPhraseObject: "visited Albania in the summer", "toured the ports of
// Durres in the west": a pattern whose target is the noun of an "in"
// phrase (VISIT's `pp:in +`, made for "arrived in Tirana") finds no actor
// there when the phrase is a time or a region named by its compass point,
// and the event lost the verb's object, the place or actor the act is on.
// When the "in" phrase t on verb v names no actor, the actors of v's
// direct object before it are the target. News mode only; a phrase that
// names an actor is untouched.
func (st *state) inPhraseObject(v, t int) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noInPhraseObject || t < 0 || t >= s.n || s.caseOf(t) != "in" {
		return nil
	}
	if s.head[t] != v || s.rel[t] != rObl {
		return nil
	}
	o := s.child(v, rObj)
	if o < 0 || o > t {
		return nil
	}
	return st.actorsOf(o)
}
