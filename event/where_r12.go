package event

import (
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 12 (session 24, places-dev12; docs/EVENTS.md,
// "Places round 12").

// placeRound12 runs the round's steps, last in Place: the city a visitor
// is told to have arrived in, anywhere in the story, for a visit or meeting
// placed only in that city's country (arrivalCity).
func placeRound12(d *doc.Document) {
	arrivalCity(d)
}

// arriveVerbs are the verbs whose "in", "into" or "at" phrase is where
// their subject came to ("arrived in Kumasi", "flew into Kumasi", "landed at
// Kumasi"); leaveForVerbs those whose "for" phrase is ("left for Kumasi").
var (
	arriveVerbs   = map[string]bool{"arrive": true, "fly": true, "land": true}
	leaveForVerbs = map[string]bool{"leave": true, "depart": true}
)

// arrival is a city a story tells someone came to, and the side of who
// came ("" when no actor is named for him: a vessel, a person the actor
// dictionaries do not know).
type arrival struct {
	p    *doc.Place
	si   int
	side string
}

// arrivalCity refines a meeting or visit (CAMEO 04x, 036) placed only in a
// country to the one city of that country the story tells one of its sides
// arrived in, flew into, landed at or left for, in any sentence (the
// README's rule 2: the city visited when the story names it). visitCity
// (where_r8.go) reads only the event's sentence, the dateline and the two
// sentences beside it; a Xinhua story without a dateline often tells the
// visitor's arrival "here" in its lead and names the city it was only at
// its end ("... flew into Kumasi from Lagos"). The traveller must be
// named as an actor of one of the event's sides ("a cargo ship arrived in
// Tema" places no investment); a city of another country, an arrival
// dated away from the event's days, or two cities of the country leave
// the country.
func arrivalCity(d *doc.Document) {
	var arr []arrival
	done := false
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place == nil || e.Place.Feature != "country" || !visitOrMeeting(e.Cameo) || e.Negated {
			continue
		}
		if !done {
			arr, done = storyArrivals(d), true
		}
		if len(arr) == 0 {
			return
		}
		sides := map[string]bool{side(e.Source.Code): e.Source.Code != ""}
		if e.Target != nil && e.Target.Code != "" {
			sides[side(e.Target.Code)] = true
		}
		lo, hi, dated := eventDays(e)
		var city *doc.Place
		for _, a := range arr {
			if a.p.Country != e.Place.Country || a.side == "" || !sides[a.side] {
				continue
			}
			if dated && otherDays(d, a.si, lo.AddDate(0, 0, -1), hi.Add(24*time.Hour)) {
				continue
			}
			if city != nil && city.Name != a.p.Name {
				city = nil
				break
			}
			city = a.p
		}
		if city != nil {
			c := *city
			e.Place = &c
		}
	}
}

// storyArrivals returns the cities the story tells someone came to
// (arrivalCity), with the side of who came.
func storyArrivals(d *doc.Document) []arrival {
	var out []arrival
	placePhrases(d, func(p *doc.Place, s *sent, _ int, prep string, ph int) bool { // where_r14.go
		if p.Feature != "city" || ph < 0 || s.head[ph] < 0 {
			return true
		}
		if prep == "of" && s.upos[s.head[ph]] == "NOUN" {
			// "left for the coastal town of Elmina": the phrase of "town"
			ph = s.head[ph]
			prep = s.caseOf(ph)
			if s.head[ph] < 0 {
				return true
			}
		}
		g := s.head[ph]
		if s.upos[g] != "VERB" || s.child(g, rNeg) >= 0 {
			return true
		}
		came := arriveVerbs[s.lemma[g]] && (prep == "in" || prep == "into" || prep == "at") ||
			leaveForVerbs[s.lemma[g]] && prep == "for"
		if came {
			out = append(out, arrival{p: p, si: s.idx, side: travellerSide(d, s, g)})
		}
		return true
	})
	return out
}

// travellerSide returns the side of the actor who came by verb g: its
// subject's, or, for a clause without one ("Before leaving for Kumasi,
// the minister ..."), the subject of the verb it hangs from; "" when no actor is
// named there.
func travellerSide(d *doc.Document, s *sent, g int) string {
	k := s.child(g, rNsubj)
	if k < 0 && s.head[g] >= 0 && (s.rel[g] == rAdvcl || s.rel[g] == rConj || s.rel[g] == rXcomp) {
		k = s.child(s.head[g], rNsubj)
	}
	if k < 0 {
		return ""
	}
	a, _ := s.tokenSpan(s.subtreeFirst(k))
	_, b := s.tokenSpan(s.subtreeLast(k))
	for _, en := range d.Entities {
		if en.Start >= a && en.End <= b && en.Actor != nil && en.Actor.Code != "" {
			return side(en.Actor.Code)
		}
	}
	return ""
}

// staysFor reports a place that is the predicate of a clause telling
// someone is there for some purpose ("Gnassingbe, who is in Accra for a
// summit", "the minister is in Accra for talks"): a stay, which
// storyVisitPlace (where_r10.go) counts with the arrivals. The "for"
// phrase is required: "the headquarters is in Nairobi" tells no stay.
func staysFor(s *sent, prep string, ph int) bool {
	if prep != "in" || ph < 0 || s.child(ph, rCop) < 0 || s.child(ph, rNsubj) < 0 {
		return false
	}
	for _, k := range s.kids[ph] {
		if (s.rel[k] == rNmod || s.rel[k] == rObl) && s.caseOf(k) == "for" {
			return true
		}
	}
	return false
}

// datedBefore reports whether visit noun i carries a date of its own that
// ends more than three days before publication, on the noun or on the verb
// it is the object of ("Remembering his trip to Togo in April, Mahama
// said ..."): a trip over, not the one the sentence's acts are made on
// (visitCue, where_r10.go).
func datedBefore(d *doc.Document, s *sent, i int) bool {
	pub, err := time.Parse("2006-01-02", d.Date)
	if err != nil {
		return false
	}
	st := d.Sentences[s.idx]
	for _, t := range d.Timexes {
		if t.Start < st.Start || t.End > st.End || t.Type != "DATE" {
			continue
		}
		th := spanHead(s, t.Start, t.End)
		if th < 0 || !s.inSubtree(th, i) && !(s.rel[i] == rObj && s.head[th] == s.head[i]) {
			continue
		}
		if _, hi, ok := valueDays(t.Value); ok && hi.Before(pub.AddDate(0, 0, -3)) {
			return true
		}
	}
	return false
}

// claimAtNouns name what one is angry at, hits out at or protests at: a
// saying or a deed of someone, not a site.
var claimAtNouns = map[string]bool{"suggestion": true, "remark": true, "comment": true, "statement": true,
	"claim": true, "accusation": true, "allegation": true, "charge": true, "criticism": true, "call": true,
	"demand": true, "pressure": true, "proposal": true, "decision": true, "move": true, "policy": true,
	"threat": true, "warning": true, "interference": true, "stance": true, "refusal": true, "attempt": true,
	"attitude": true, "insistence": true, "report": true, "assertion": true}

// claimAt reports a place that only modifies the head of an "at" phrase
// naming a saying or deed ("lashed out at US suggestions of a crisis",
// "protested at Chinese pressure"): the phrase is what the act is aimed at, and the
// place the nationality of whose saying it is, no locative.
func claimAt(s *sent, prep string, h, ph int) bool {
	if prep != "at" || ph < 0 || h == ph || s.upos[ph] != "NOUN" || !claimAtNouns[s.lemma[ph]] {
		return false
	}
	return s.head[h] == ph && (s.rel[h] == rCompound || s.rel[h] == rAmod)
}
