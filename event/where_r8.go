package event

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 8 (session 22, places-dev8; docs/EVENTS.md,
// "Places round 8").

// visitCity refines a meeting or visit placed only in a country to the
// city of that country the story names for it (the README's rule 2: the
// city visited when the story names it): "left Beijing on Friday, ending
// his official visit to China" is in Beijing, not China. The city is, in
// this order, the one city of that country the event's own sentence names
// in a locative phrase or as the object of a verb of going of the event's
// clause (ownCities: not in a clause apart from the trigger); else the story's dateline when it is a
// city of that country ("BAGHDAD, Nov. 12 (Xinhua) -- Annan paid a
// surprise visit to Iraq"); else the one city of that country the sentence
// before or after names in a locative phrase ("Air Force One landed at
// Beijing's airport", "the summit will open in Kenya's capital city of
// Nairobi"). Only meetings, visits and their plans (CAMEO 04x, 036), only
// a place that is a country (a region or province is left alone), and only
// when one city answers: two cities of the country in the sentence ("in
// Hanoi and Ho Chi Minh City") leave the country.
func visitCity(d *doc.Document, dateline *doc.Place) {
	countryCity(d, dateline, func(e *doc.Event) bool { return visitOrMeeting(e.Cameo) })
}

// countryCity refines the events that keep says to refine, placed only in a
// country, to the one city of that country their sentence, the dateline or
// the sentences on either side name (visitCity).
func countryCity(d *doc.Document, dateline *doc.Place, keep func(*doc.Event) bool) {
	var s sent
	cur := -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place == nil || e.Place.Feature != "country" || !keep(e) {
			continue
		}
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue
		}
		cc := e.Place.Country
		var p *doc.Place
		if s.resetAt(d, e.Sentence, &cur); parsed(&s) {
			if v, _ := eventTokens(&s, e.Action); v >= 0 {
				p = oneCity(ownCities(&s, cityPlaces(d, &s, cc, false), v))
			}
		}
		if p == nil && dateline != nil && dateline.Feature == "city" && dateline.Country == cc {
			p = dateline
		}
		if p == nil {
			p = nearCity(d, &s, &cur, e.Sentence, cc)
		}
		if p != nil {
			c := *p
			e.Place = &c
		}
	}
}

// nearCity returns the one city of country cc that the sentences before
// and after sentence si name in a locative phrase of a verb, or nil.
func nearCity(d *doc.Document, s *sent, cur *int, si int, cc string) *doc.Place {
	var p *doc.Place
	for _, k := range []int{si - 1, si + 1} {
		if k < 0 || k >= len(d.Sentences) {
			continue
		}
		s.resetAt(d, k, cur)
		if !parsed(s) {
			continue
		}
		q := oneCity(cityPlaces(d, s, cc, true))
		if q == nil {
			continue
		}
		if p != nil && p.Name != q.Name {
			return nil
		}
		p = q
	}
	return p
}

// visitOrMeeting reports whether a CAMEO code is a meeting or visit (04x)
// or a plan (036, which the coder gives plans to meet or visit).
func visitOrMeeting(code string) bool {
	return strings.HasPrefix(code, "04") || code == "036"
}

// cityPlaces returns the cities of country cc in the parsed sentence s
// that may be where a visit or meeting is: a city in a locative phrase (in,
// at, to, or the possessor of a noun in one: "at Beijing's airport"), the
// object of a verb of going ("left Beijing"), and a city a country of cc
// possesses ("in Kenya's capital city of Nairobi"). A city in a phrase on
// a noun ("a statement from the embassy in Nairobi") or naming an
// institution ("the Petra news agency", "Beijing Normal University") is
// none. With verbOnly (a neighbouring sentence), the locative must hang
// from a verb.
func cityPlaces(d *doc.Document, s *sent, cc string, verbOnly bool) []*doc.Place {
	st := d.Sentences[s.idx]
	var out []*doc.Place
	for k := range d.Places {
		p := &d.Places[k]
		if p.Start < st.Start || p.End > st.End || p.Country != cc || strings.HasPrefix(d.Text[p.End:], "-based") {
			continue
		}
		if p.Feature == "country" {
			if at := possessedCityAt(d, p); at >= 0 {
				if q := placeStartingAt(d, at); q != nil && q.Feature == "city" && q.Country == cc {
					out = append(out, q)
				}
			}
			continue
		}
		if p.Feature == "city" && cityLocative(s, p, verbOnly) {
			out = append(out, p)
		}
	}
	return out
}

// cityLocative reports whether place p is in a locative phrase of s (its
// head, or the noun it is the possessor of, has a preposition of place or
// of going) or is the object of a verb of going; with verbOnly, the
// phrase must hang from a verb.
func cityLocative(s *sent, p *doc.Place, verbOnly bool) bool {
	h := placeNounHead(s, spanHead(s, p.Start, p.End)) // where_r15.go
	if h < 0 {
		return false
	}
	if s.rel[h] == rObj && !verbOnly && s.head[h] >= 0 && goingVerbs[s.lemma[s.head[h]]] {
		return true // "left Beijing on Friday"
	}
	if s.rel[h] == rPoss {
		if s.head[h] < 0 {
			return false
		}
		h = s.head[h]
	}
	if verbOnly && s.rel[h] != rObl {
		return false
	}
	if !verbOnly && s.rel[h] != rObl && s.rel[h] != rNmod {
		return false
	}
	c := s.caseOf(h)
	return locPreps[c] || c == "to" || c == "into"
}

// ownCities keeps the cities of the event's own sentence that are not in
// a clause of their own apart from the event's trigger v ("Nzambo arrived
// on Thursday while the rebel delegation was reported to have left Goma":
// the rebels' departure, not the envoy's arrival), nor the object of
// another clause's verb of going.
func ownCities(s *sent, ps []*doc.Place, v int) []*doc.Place {
	var out []*doc.Place
	for _, p := range ps {
		h := spanHead(s, p.Start, p.End)
		if h < 0 || inOtherClause(s, h, v) {
			continue
		}
		if g := s.head[h]; s.rel[h] == rObj && g >= 0 && g != v && s.head[v] != g && s.head[g] != v {
			continue
		}
		out = append(out, p)
	}
	return out
}

// goingVerbs take the place a trip leaves or reaches as their object.
var goingVerbs = map[string]bool{"leave": true, "depart": true, "reach": true, "visit": true, "tour": true}

// oneCity returns the city when the places name one city (however often),
// else nil.
func oneCity(ps []*doc.Place) *doc.Place {
	var p *doc.Place
	for _, q := range ps {
		if p != nil && p.Name != q.Name {
			return nil
		}
		if p == nil {
			p = q
		}
	}
	return p
}

// datelineRecent reports whether the dateline may place e by its time: not
// an act whose own date ends more than three days before publication ("the
// agreement signed last week" in a story filed from the border crossing it
// opened is not placed at the crossing). The dateline is where the
// reporter is on publication day; an undated act keeps it.
func datelineRecent(d *doc.Document, e *doc.Event) bool {
	_, b, ok := eventDays(e)
	if !ok {
		return true
	}
	pub, err := time.Parse("2006-01-02", d.Date)
	if err != nil {
		return true
	}
	return !b.Before(pub.AddDate(0, 0, -3))
}

// subjectTrip places an act whose subject is told to be on a trip: an "on"
// or "during" phrase of a visit, trip, tour or stay on the subject of the
// act's verb ("The Swedish trade minister, on a three-day visit to Chile, said
// Santiago must cut its wine tariffs": Chile) is where that trip goes, as a
// trip phrase on the verb is (duringTrip). The README's rule 2: the
// visitor's acts of the trip take the visit's place.
func subjectTrip(d *doc.Document, s *sent, e *doc.Event, v int, verbs []int) *doc.Place {
	own := append(verbs[:len(verbs):len(verbs)], v)
	for n := 0; n < s.n; n++ {
		if s.upos[n] != "NOUN" || !duringNouns[s.lemma[n]] {
			continue
		}
		if c := s.caseOf(n); c != "on" && c != "during" {
			continue
		}
		g := s.head[n]
		if g < 0 || s.rel[g] != rNsubj && s.rel[g] != rNsubjPass || !inList(own, s.head[g]) {
			continue
		}
		_, end := s.tokenSpan(n)
		if m := tripDestination.FindString(d.Text[end:]); m != "" {
			if p := placesFrom(d, s, e, end+len(m)); p != nil {
				return p
			}
		}
	}
	return nil
}
