package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Event places and dates, round 4 (session 18, places-dev4). See
// docs/EVENTS.md, "Places" and "Dates".

// topicClause reports whether clause c under statement v says what the
// statement is about: a clause marked by a preposition of topic ("warned
// Russia against meddling in Georgia"), or a gerund after one the parser
// hung on a word between ("accused them of gang robbing her in Kisumu":
// "of" on "gang"). A clause of the statement's own circumstances ("while
// hosting the talks in Nairobi", "speaking in Nairobi") is not.
func topicClause(s *sent, v, c int) bool {
	if m := s.markOf(c); m != "" {
		return topicCases[m]
	}
	if c < v || !strings.HasSuffix(s.lower[c], "ing") {
		return false
	}
	for k := v + 1; k < c; k++ {
		if topicCases[s.lower[k]] && (s.upos[k] == "ADP" || s.upos[k] == "SCONJ") && !s.inSubtree(k, c) {
			return true
		}
		if s.upos[k] == "VERB" || s.upos[k] == "PUNCT" {
			return false
		}
	}
	return false
}

// forceNouns name an act of force or coercion a story's second sentence
// refers back to ("hurt in the clash on Tuesday", "the fighting took place
// near Kismayo").
var forceNouns = map[string]bool{"fighting": true, "clash": true, "shootout": true, "gunfight": true,
	"gunbattle": true, "firefight": true, "battle": true, "skirmish": true, "raid": true, "attack": true,
	"assault": true, "operation": true, "offensive": true, "ambush": true, "violence": true,
	"shelling": true, "bombardment": true}

// coercionNouns name an arrest or a raid told again ("the arrests were
// made in Nakuru").
var coercionNouns = map[string]bool{"arrest": true, "detention": true, "crackdown": true, "raid": true,
	"operation": true, "swoop": true}

// nounRestatement returns force or coercion e told again in the next
// sentence by a definite noun ("Four villagers were killed when police
// fired on a crowd ... Two policemen were also hurt in the clash on
// Tuesday in Kisumu"), as a copy of e on that noun, and the next sentence;
// ok is false when there is none. Not when the next sentence codes an act
// of other sides (a like act of others: "Ugandan troops clashed with
// rebels").
func nounRestatement(d *doc.Document, e *doc.Event, n *sent) (doc.Event, bool) {
	if e.Sentence < 0 || e.Sentence+1 >= len(d.Sentences) || e.Negated || e.Modality != "asserted" || !forceCode(e.Cameo) && !strings.HasPrefix(e.Cameo, "17") {
		return doc.Event{}, false
	}
	nouns := forceNouns
	if strings.HasPrefix(e.Cameo, "17") {
		nouns = coercionNouns // an arrest is not told again as "the attack"
	}
	for i := range d.Events {
		o := &d.Events[i]
		if o.Sentence == e.Sentence+1 && !sameSides(e, o) {
			return doc.Event{}, false
		}
	}
	n.reset(d, e.Sentence+1)
	if !parsed(n) {
		return doc.Event{}, false
	}
	for k := 0; k < n.n; k++ {
		if n.upos[k] != "NOUN" || !nouns[n.lemma[k]] || !definite(n, k) {
			continue
		}
		if otherAct(d, e, n, k) { // where_review3.go
			return doc.Event{}, false
		}
		k = occurVerb(n, k)
		a, b := n.tokenSpan(k)
		return toldAgain(d, e, a, b), true
	}
	return doc.Event{}, false
}

// occurVerbs tell that an act a noun names happened: the verb's time and
// place are the act's.
var occurVerbs = map[string]bool{"take": true, "occur": true, "happen": true, "erupt": true, "break": true}

// occurVerb returns the verb that tells when and where the act noun k
// names happened, when it has one ("the fighting took place near Kismayo
// on Wednesday"; "the fighting, which took place near Kismayo on
// Wednesday", however the parser hung the relative clause), else k.
func occurVerb(s *sent, k int) int {
	if g := s.head[k]; g >= 0 && s.rel[k] == rNsubj && occurVerbs[s.lemma[g]] {
		return g
	}
	w := k + 1
	if w < s.n && s.lower[w] == "," {
		w++
	}
	if w < s.n && (s.lower[w] == "which" || s.lower[w] == "that") && s.rel[w] == rNsubj {
		if g := s.head[w]; g > w && occurVerbs[s.lemma[g]] {
			return g
		}
	}
	return k
}

// definite reports whether noun k is determined by "the", a demonstrative
// or a possessive ("the clash", "Monday's violence").
func definite(s *sent, k int) bool {
	for _, c := range s.kids[k] {
		switch {
		case s.rel[c] == rPoss:
			return true
		case s.rel[c] == rDet && (s.lower[c] == "the" || s.lower[c] == "this" || s.lower[c] == "that"):
			return true
		}
	}
	return false
}

// sameSides reports whether o is between e's sides (by country or
// organisation), either way round; a side o leaves uncoded matches.
func sameSides(e, o *doc.Event) bool {
	of := func(code string) bool {
		x := side(code)
		return x == side(e.Source.Code) || e.Target != nil && x == side(e.Target.Code)
	}
	if o.Source.Code != "" && !of(o.Source.Code) {
		return false
	}
	return o.Target == nil || o.Target.Code == "" || of(o.Target.Code)
}

// restateNounDates gives force or coercion its own sentence dates only
// approximately (by the day of the report) or not at all the exact day the
// next sentence gives the act referred back to by a definite noun
// (nounRestatement).
func restateNounDates(d *doc.Document) {
	var n sent
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType == DateExact || e.DateType == DateRange {
			continue
		}
		r, ok := nounRestatement(d, e, &n)
		if !ok {
			continue
		}
		dateEvent(d, &n, &r)
		if r.DateType == DateExact {
			e.Date, e.DateEnd, e.DateType = r.Date, r.DateEnd, r.DateType
		}
	}
}

// restateNounPlaces gives force or coercion its own sentence does not
// place, or places only in a country, the place the next sentence gives
// the act referred back to by a definite noun (nounRestatement): any place
// for an unplaced act, a finer place of the same country for one placed
// in a country ("killed five fighters in Somalia ... The fighting took
// place near Kismayo").
func restateNounPlaces(d *doc.Document) {
	var n sent
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil && e.Place.Feature != "country" {
			continue
		}
		r, ok := nounRestatement(d, e, &n)
		if !ok {
			continue
		}
		if otherDay(d, e, &n, r) { // where_review3.go
			continue
		}
		p, _ := placeInSentence(d, &n, &r)
		if p == nil || e.Place != nil && (p.Country != e.Place.Country || p.Feature == "country") {
			continue
		}
		c := *p
		e.Place = &c
	}
}

// causeCases mark what a participle on a participant says moved it
// ("angered by", "worried over"); not "at", also a locative ("first
// introduced at a conference in Doha").
var causeCases = map[string]bool{"by": true, "over": true, "about": true}

// inCause reports whether the phrase headed by ph lies in the cause a
// participle on one of trigger v's participants gives ("Uganda, angered by
// the killing of two traders in Juba, closed its border": not in Juba).
// A participle of where the participant is ("Kenyan troops, stationed in
// Somalia, attacked ...") is no cause.
func inCause(s *sent, ph, v int) bool {
	for x, steps := ph, 0; x >= 0 && x != v && steps <= s.n; x, steps = s.head[x], steps+1 {
		g := s.head[x]
		if g >= 0 && s.rel[g] == rAcl && s.upos[g] == "VERB" && strings.HasSuffix(s.lower[g], "ed") && causeCases[s.caseOf(x)] {
			return true
		}
	}
	return false
}

// directionWords head a phrase of distance from a place ("200 km east of
// Kathmandu").
var directionWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true}

// distanceUnits measure a distance from a place.
var distanceUnits = map[string]bool{"km": true, "kilometres": true, "kilometers": true, "kilometre": true,
	"kilometer": true, "miles": true, "mile": true}

// distanceFrom reports whether the place phrase headed by ph is the
// reference point of a distance ("clashed in a village some 200 km east of
// Kathmandu", the village no gazetteer place): the act is in that place's
// country, not in the place.
func distanceFrom(s *sent, ph int) bool {
	g := s.head[ph]
	if g < 0 || s.caseOf(ph) != "of" || !directionWords[s.lower[g]] {
		return false
	}
	for k := g - 1; k >= 0 && k >= g-3; k-- {
		if distanceUnits[s.lower[k]] {
			return true
		}
	}
	return false
}

// frontedRootTime returns the time expression a sentence opens with when
// the parser made it the root and hung the clause of trigger v on it as
// parataxis or a clausal dependent ("Late last month, police arrested
// ...": the arrest's time), else nil.
func frontedRootTime(s *sent, xs []tmx, v int) []tmx {
	c := v
	for steps := 0; c >= 0 && s.head[c] >= 0 && s.rel[c] != rParataxis && steps <= s.n; steps++ {
		c = s.head[c] // up from v to the clause hung on the root
		if s.head[c] < 0 {
			return nil
		}
	}
	if c < 0 || s.head[c] < 0 || s.rel[c] != rParataxis {
		return nil
	}
	r := s.head[c]
	if s.head[r] >= 0 || c < r {
		return nil
	}
	for _, x := range xs {
		if x.head == r && x.x.Start == s.d.Sentences[s.idx].Start && x.prep == "" {
			return []tmx{x}
		}
	}
	return nil
}
