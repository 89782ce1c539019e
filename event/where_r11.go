package event

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 11 (session 23, places-dev10; docs/EVENTS.md,
// "Places round 11").

// placeRound11 runs the round's steps, last in Place, on the events every
// other step left unplaced: a meeting between a visitor and the host of the
// story's one visit under way (stayMeeting), and an act told in a clause
// of purpose whose governing verb's locative is "the <adjective> capital"
// (purposeCapital).
func placeRound11(d *doc.Document) {
	stayMeeting(d)
	purposeCapital(d)
}

// purposeCapital gives an act told in an infinitive clause of purpose
// ("broke through a police cordon in the Kenyan capital to protest ...") the
// capital the governing verb's locative names by its country's adjective
// (capitalPlace, where_mend18.go), as the sentence stage already gives it
// a place named outright there ("... in Nairobi to protest ..."): the
// purpose is pursued where the act that serves it is done.
func purposeCapital(d *doc.Document) {
	var s sent
	cur := -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || e.Modality != "asserted" || e.Negated || e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue // an intent's own act is not done where it is voiced
		}
		s.resetAt(d, e.Sentence, &cur)
		if !parsed(&s) {
			continue
		}
		v, verbs := eventTokens(&s, e.Action)
		if v < 0 || !purposeClause(&s, v) {
			continue
		}
		g := s.head[v]
		if p := capitalPlace(d, &s, e, v, append(verbs[:len(verbs):len(verbs)], g)); p != nil {
			c := *p
			e.Place = &c
		}
	}
}

// purposeClause reports whether verb v heads an infinitive clause of
// purpose hanging from a verb ("marched ... to protest"): an adverbial
// clause or open complement marked by "to" (the parser gives either; the
// event stage's modality tells a purpose from an intent, "vowed to
// fight", which purposeCapital leaves alone).
func purposeClause(s *sent, v int) bool {
	if s.rel[v] != rAdvcl && s.rel[v] != rXcomp || s.head[v] < 0 || !isVerbal(s.upos[s.head[v]]) {
		return false
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rMark && s.lower[k] == "to" {
			return true
		}
	}
	return false
}

// stayMeeting places a meeting (CAMEO 040-043: meetCode) between the visited country's
// side and another side where the story's visit phrases under way go
// (storyVisitPlace: "opening three days in Accra", "is now
// visiting Ghana"), though its own sentence has no word of the visit
// (toldVisit needs one): a visitor meets the hosts on the visit the story
// tells (the README's rule 2). The visitor's other acts told in the same
// sentence ("after meeting the host he urged Togo to ...": same source,
// mayCarry) take the place with it. The meeting must be of the days
// around publication (or undated), as the visit phrases are, and within
// stayReach sentences of a sentence that tells the visit (visitNear); a
// trip of the past or one to come places nothing here.
func stayMeeting(d *doc.Document) {
	lo, hi, ok := pubWindow(d) // where_r10.go
	if !ok {
		return
	}
	var p *doc.Place
	placed := map[int]string{} // sentence -> source code of a meeting placed here
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || !meetCode(e.Cameo) || !aroundVisit(e, lo, hi) {
			continue
		}
		if p == nil {
			if p = storyVisitPlace(d, lo, hi, false); p == nil {
				return
			}
		}
		a, b := side(e.Source.Code), side(e.Target.Code)
		if a == "" || b == "" || a == b || strings.HasPrefix(a, p.Country) == strings.HasPrefix(b, p.Country) {
			continue // neither side, or both, of the visited country
		}
		if !visitNear(d, e.Sentence, p.Country) {
			continue // the story has moved on from the visit
		}
		c := *p
		e.Place = &c
		placed[e.Sentence] = e.Source.Code
	}
	if len(placed) == 0 {
		return
	}
	for i := range d.Events {
		e := &d.Events[i]
		src, ok := placed[e.Sentence]
		if !ok || e.Place != nil || e.Source.Code != src || !aroundVisit(e, lo, hi) {
			continue
		}
		c := *p
		e.Place = &c
	}
}

// stayReach is how many sentences a meeting may lie from a sentence that
// tells the visit to be taken as one of its acts.
const stayReach = 4

// visitNear reports whether a sentence within stayReach of sentence si
// names a place of country cc together with a visit noun or "arrive"
// (the sentences storyVisitPlace reads its phrases from).
func visitNear(d *doc.Document, si int, cc string) bool {
	var s sent
	cur := -1
	for i := range d.Places {
		p := &d.Places[i]
		if p.Country != cc {
			continue
		}
		j := sentenceOf(d, p.Start)
		if j < 0 || j < si-stayReach || j > si+stayReach {
			continue
		}
		s.resetAt(d, j, &cur)
		for k := 0; k < s.n; k++ {
			if visitPhraseNouns[s.lemma[k]] || s.lemma[k] == "arrive" {
				return true
			}
		}
	}
	return false
}

// meetCode reports whether code is one of a meeting held: consulting,
// discussing, visiting or hosting (040-043), not a negotiation or
// mediation (044-046), which a statement may tell as a wish ("the two
// countries can work together on advancing the trade round").
func meetCode(code string) bool {
	return len(code) >= 3 && code[:2] == "04" && code[2] >= '0' && code[2] <= '3'
}

// aroundVisit reports whether e may be an act of a visit under way at
// publication: may be carried (mayCarry), has both actors, and is dated
// within lo..hi or not dated.
func aroundVisit(e *doc.Event, lo, hi time.Time) bool {
	if !mayCarry(e) || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" || e.Sentence < 0 {
		return false
	}
	if a, b, ok := eventDays(e); ok && (b.Before(lo) || a.After(hi)) {
		return false
	}
	return true
}
