package event

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 23's second events round, chosen on the misses of the
// real-news development sets (dev2-dev18, dev18 made blind this round) and
// checked on sentences written for the tests (pipeline/round23b_test.go).
// News mode only.

// round23bOff switches off the rules of the round (tests only).
type round23bOff struct {
	// noMeetingBetween switches off meetingsBetween.
	noMeetingBetween bool
	// noRefusedPair switches off refusedPairs.
	noRefusedPair bool
}

// betweenOccasionPreps open a phrase that names a meeting that took place
// ("after talks between X and Y", "during a meeting between X and Y").
// "before" is not one (the meeting is still to come), nor "in" ("interest
// in talks between X and Y").
var betweenOccasionPreps = map[string]bool{"after": true, "following": true, "during": true}

// betweenMeetingNouns are the meetings of meetingsBetween.
var betweenMeetingNouns = map[string]bool{"meeting": true, "meetings": true, "talks": true,
	"consultations": true, "discussions": true}

// betweenParty is one party of a "between" phrase: its entities' actors and
// its last token.
type betweenParty struct {
	actors []doc.Actor
	last   int
}

// betweenParties returns the parties named after "between" at token b:
// the actor entities of the run of name words, commas and "and" that
// follows, split into parties at a comma or "and" between two entities
// ("between NATO Secretary General X and Russian Foreign Minister Y",
// "between the government, the UN and the rebels"); entities with only
// title words between them are one party. Each party keeps its most
// specific actor (the longest code, the later one on a tie): "Chinese
// President X" is X's code, not China's.
func (st *state) betweenParties(es []entSpan, b int) []betweenParty {
	s := &st.s
	end := b
	for t := b + 1; t < s.n && t <= b+30; t++ {
		if !s.nameWord(t) && s.lower[t] != "," {
			break
		}
		end = t
	}
	for end > b && s.lower[end] == "," {
		end--
	}
	if end <= b {
		return nil
	}
	var ins []entSpan
	for _, e := range es {
		if e.first > b && e.last <= end {
			ins = append(ins, e)
		}
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].first < ins[j].first })
	var out []betweenParty
	for i, e := range ins {
		split := i == 0
		if i > 0 {
			for t := ins[i-1].last + 1; t < e.first; t++ {
				if s.lower[t] == "," || s.lower[t] == "and" {
					split = true
				}
			}
		}
		if split {
			out = append(out, betweenParty{})
		}
		p := &out[len(out)-1]
		p.actors = append(p.actors, e.actors...)
		p.last = e.last
	}
	for i := range out {
		best := -1
		for j, a := range out[i].actors {
			if a.Code != "" && (best < 0 || len(a.Code) >= len(out[i].actors[best].Code)) {
				best = j
			}
		}
		if best < 0 {
			return nil
		}
		out[i].actors = []doc.Actor{out[i].actors[best]}
	}
	return out
}

// meetingsBetween codes a meeting told by a noun with a "between" phrase
// for every ordered pair of its parties (the meeting-direction rule of
// data/event/gold/README.md: a "between" phrase names the parties
// jointly):
//   - after, following or during such a meeting ("..., the ministry said
//     after talks between NATO's secretary-general and Russia's foreign
//     minister"), where the parser leaves the phrase out of every event;
//   - a meeting (04x) the coder already coded from the first party alone,
//     with no target ("A session between the cabinet, the AU and the
//     militia settled on ..."): that one-actor event gives way to the pairs,
//     with its code.
//
// Not a meeting called off, put off or that failed ("after talks between
// X and Y collapsed").
func (st *state) meetingsBetween(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noMeetingBetween {
		return out
	}
	s := &st.s
	var es []entSpan
	for k := 0; k < s.n; k++ {
		if !betweenMeetingNouns[s.lower[k]] {
			continue
		}
		b := k + 1
		for b < s.n && b <= k+4 && meetingGap[s.lower[b]] {
			b++
		}
		if b >= s.n || s.lower[b] != "between" {
			continue
		}
		// the one-actor event the coder made of the noun, if any
		lone := -1
		for j := first; j < len(out); j++ {
			e := &out[j]
			if e.Target == nil && !e.Negated && strings.HasPrefix(e.Cameo, "04") && s.tokenStarting(e.Action.Start) == k {
				lone = j
				break
			}
		}
		occasion := false
		for p := k - 1; p >= 0 && p >= k-4; p-- {
			if betweenOccasionPreps[s.lower[p]] {
				occasion = true
				break
			}
			if !occasionFiller[s.lower[p]] && !meetingGap[s.lower[p]] {
				break
			}
		}
		if lone < 0 && !occasion && !st.pastMeetingBetween(k) {
			continue
		}
		if es == nil {
			es = st.sentenceEntities()
		}
		parties := st.betweenParties(es, b)
		if len(parties) < 2 || s.meetingCalledOff(k, parties[len(parties)-1].last) {
			continue
		}
		code := "040"
		if lone >= 0 {
			code = out[lone].Cameo
			out = append(out[:lone], out[lone+1:]...)
		}
		for i := range parties {
			for j := range parties {
				if i != j {
					out = st.meetingEvents(code, k, parties[i].actors, parties[j].actors, out, first)
				}
			}
		}
	}
	return out
}

// refusedPairs gives the two parties of a joint refusal to meet their
// target in each other: "the government and the rebels refused to meet
// face-to-face" is each side's refusal of the other (125 both ways), where
// the coder finds no object and codes two one-actor refusals on the same
// verb.
func (st *state) refusedPairs(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noRefusedPair {
		return out
	}
	byVerb := map[int][]int{}
	var order []int
	for j := first; j < len(out); j++ {
		e := &out[j]
		if e.Cameo != "125" || e.Target != nil || e.Negated || e.Source.Code == "" {
			continue
		}
		if _, ok := byVerb[e.Action.Start]; !ok {
			order = append(order, e.Action.Start)
		}
		byVerb[e.Action.Start] = append(byVerb[e.Action.Start], j)
	}
	for _, a := range order {
		js := byVerb[a]
		if len(js) != 2 {
			continue
		}
		x, y := &out[js[0]], &out[js[1]]
		if sameActor(x.Source.Code, y.Source.Code) {
			continue
		}
		tx, ty := y.Source, x.Source
		x.Target, y.Target = &tx, &ty
	}
	return out
}

// callOnVerbs are the verbs of appeal "on" or "upon" an actor to do a thing.
var callOnVerbs = map[string]bool{"call": true}

// callOnComplements are the infinitives that the appeal's patterns code
// (CALL_ON in dyad.pat, CALL_RESTRAINT in round23b.pat): a release, a
// show of restraint, a measure lifted. Others stay as parsed: with "to
// respect human rights" as the complement, "call" would read as a phone
// call (041).
var callOnComplements = map[string]bool{"release": true, "free": true, "exercise": true, "show": true,
	"repeal": true, "rescind": true, "revoke": true, "annul": true, "lift": true, "scrap": true}

// repairs23b runs the round's tree repairs (event/tree.go's repair chain).
func (s *sent) repairs23b() {
	if s.noRound23bTree {
		return
	}
	s.repairCallOnInfinitive()
}

// repairCallOnInfinitive mends the infinitive of "called on X to free the
// prisoners" that the parser hung as a clausal modifier on X ("release"
// an acl of "government"): it is the appeal's complement (xcomp of
// "called"), so that the appeal's patterns see what it asks for (CALL_ON's
// "to release" is 0253, not the parent 020). Only an infinitive with its
// own "to", on the object of the verb's "on"/"upon" phrase, with no
// subject of its own, and one of callOnComplements.
func (s *sent) repairCallOnInfinitive() {
	for v := 0; v < s.n; v++ {
		o := s.head[v]
		if s.rel[v] != rAcl || o < 0 || o > v || s.upos[v] != "VERB" || !callOnComplements[s.lemma[v]] || s.rel[o] != rObl && s.rel[o] != rNmod {
			continue
		}
		g := s.head[o]
		if g < 0 || s.upos[g] != "VERB" || !callOnVerbs[s.lemma[g]] {
			continue
		}
		on, to, subj := false, false, false
		for k := 0; k < s.n; k++ {
			switch {
			case s.head[k] == o && s.rel[k] == rCase && (s.lower[k] == "on" || s.lower[k] == "upon"):
				on = true
			case s.head[k] == v && s.rel[k] == rMark && s.lower[k] == "to" && k < v:
				to = true
			case s.head[k] == v && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass):
				subj = true
			}
		}
		if on && to && !subj {
			s.head[v], s.rel[v] = g, rXcomp
		}
	}
}
