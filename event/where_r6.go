package event

import (
	"regexp"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 6 (session 20, places-dev6; docs/EVENTS.md,
// "Places").

// capitalOfPossessor matches what follows a country named as the possessor
// of its capital or city when the city's own name comes next: "Uganda's
// capital Kampala", "Togo's capital city of Lomé", "Vietnam's capital,
// Hanoi".
var capitalOfPossessor = regexp.MustCompile(`^(?:'s|’s)\s+(?:(?:commercial|economic)\s+capital|capital city|capital|port city|city)(?:\s+of)?\s*,?\s*`)

// possessedCity reports whether place p is the possessor of a capital or
// city whose own name the story gives next ("in Sri Lanka's capital
// Colombo"): the named city is the finer place, the possessor none.
func possessedCity(d *doc.Document, p *doc.Place) bool { return possessedCityAt(d, p) >= 0 }

// possessedCityAt returns the offset where the name of the city that place
// p possesses starts ("Kampala" in "Uganda's capital Kampala"), or -1 when
// p possesses none (possessedCity).
func possessedCityAt(d *doc.Document, p *doc.Place) int {
	m := capitalOfPossessor.FindString(d.Text[p.End:])
	if m == "" || placeStartingAt(d, p.End+len(m)) == nil {
		return -1
	}
	return p.End + len(m)
}

// placeStartingAt returns the first place that starts at offset at, or nil.
func placeStartingAt(d *doc.Document, at int) *doc.Place {
	for i := range d.Places {
		if d.Places[i].Start == at {
			return &d.Places[i]
		}
	}
	return nil
}

// possessorBefore returns, for the token i of a possessive "'s" that
// follows a place ("Uganda's" in "in Uganda's capital Kampala"), the token
// before that place, so that the phrase's preposition is read past it; -1
// when token i is no such possessive.
func possessorBefore(d *doc.Document, s *sent, i int) int {
	a, b := s.tokenSpan(i)
	if w := d.Text[a:b]; w != "'s" && w != "’s" {
		return -1
	}
	for k := range d.Places {
		p := &d.Places[k]
		if p.End != a {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if ja, _ := s.tokenSpan(j); ja < p.Start {
				return j
			}
		}
	}
	return -1
}

// duringNouns are the nouns of a trip an act is done during.
var duringNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "stay": true}

// tripDestination matches what follows a trip noun up to the first place
// it goes to: "to the neighbouring", "to", "in".
var tripDestination = regexp.MustCompile(`^\s+(?:to|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}`)

// tripBy matches a trip told by its traveller, with no destination: "a
// visit by Russia's foreign minister".
var tripBy = regexp.MustCompile(`^\s+by\s`)

// tripByTo finds the destination after a trip's traveller: "by Pope Leo
// to".
var tripByTo = regexp.MustCompile(`\sto\s+(?:the\s+)?`)

// othersTrip reports an "on a trip" phrase that follows a group of people
// named inside another noun phrase ("condemned Uganda's arrest of Kenyan
// journalists on a trip to Gulu"): the trip is most likely theirs, not the
// act's (review3, session 20).
func othersTrip(s *sent, n int) bool {
	f := s.subtreeFirst(n)
	if f == 0 {
		return false
	}
	k := f - 1
	return s.upos[k] == "NOUN" && s.lower[k] != s.lemma[k] && s.rel[k] == rNmod // a plural
}

// objectsClause reports a trip phrase in the open clause of trigger v's
// object ("warned Togo's foreign minister to be discreet during his stay
// in Brussels"): the object's trip, told as what the object is to do, not
// the act's
// (review3, session 20).
func objectsClause(s *sent, n, v int) bool {
	g := s.head[n]
	return g >= 0 && g != v && s.rel[g] == rXcomp && s.head[g] == v && s.hasChild(v, rObj)
}

// duringTrip places an act done during a trip its own clause names (a
// "during" or "on" phrase on the event's clause whose noun is a visit,
// trip, tour or stay): where the trip goes ("voiced opposition during a
// visit to neighbouring Austria": AUT; "during a trip to Berlin
// and Rome" is in Berlin for an act towards Germany, in Rome for one
// towards Italy), and, for a trip told only by its traveller ("agreed
// during a visit by Russia's foreign minister"), the country of the
// event's side that is not the traveller's, when the story names it. A
// trip that is itself the trigger ("will seek support during a trip to
// Berlin and Rome", coded on "trip") goes to the same places.
func duringTrip(d *doc.Document, s *sent, e *doc.Event, v int, verbs []int) *doc.Place {
	for n := 0; n < s.n; n++ {
		if s.upos[n] != "NOUN" || !duringNouns[s.lemma[n]] {
			continue
		}
		if c := s.caseOf(n); n != v && (c != "during" && c != "on" || !locativeOf(s, n, verbs) || c == "on" && othersTrip(s, n) || objectsClause(s, n, v)) {
			continue
		}
		_, end := s.tokenSpan(n)
		rest := d.Text[end:]
		if m := tripDestination.FindString(rest); m != "" {
			if p := placesFrom(d, s, e, end+len(m)); p != nil {
				return p
			}
			continue
		}
		if tripBy.MatchString(rest) {
			// "a visit by Pope Leo to Nairobi": the destination after the
			// traveller, else the host's side
			_, last := s.tokenSpan(s.subtreeLast(n))
			if m := tripByTo.FindStringIndex(d.Text[end:last]); m != nil {
				if p := placesFrom(d, s, e, end+m[1]); p != nil {
					return p
				}
			}
			if p := hostSide(d, s, e, end); p != nil {
				return p
			}
		}
	}
	return nil
}

// placesFrom returns the place starting at offset at, or of the places
// listed from there ("Berlin and Rome", "France, Slovakia and Malaysia")
// the one in the event's target's country, else in its source's; nil when
// no place starts there.
func placesFrom(d *doc.Document, s *sent, e *doc.Event, at int) *doc.Place {
	var list []*doc.Place
	st := d.Sentences[s.idx]
	for at < st.End {
		p := placeStartingAt(d, at)
		if p == nil {
			break
		}
		if c := possessedCityAt(d, p); c >= 0 {
			at = c // "to Uganda's capital Kampala": the city
			continue
		}
		list = append(list, p)
		m := listJoin.FindString(d.Text[p.End:])
		if m == "" {
			break
		}
		at = p.End + len(m)
	}
	if len(list) == 0 {
		return nil
	}
	if len(list) > 1 && e.Target != nil && e.Target.Country != "" {
		for _, p := range list {
			if p.Country == e.Target.Country {
				return p
			}
		}
		// the mirror of an act in the target's country ("signed a deal
		// with Germany during a visit to Paris and Berlin": Berlin for
		// both halves; review3, session 20)
		for _, p := range list {
			if p.Country == e.Source.Country {
				return p
			}
		}
	}
	return list[0]
}

// listJoin joins the items of a list of places.
var listJoin = regexp.MustCompile(`^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?`)

// hostSide returns, for a trip by a traveller named after offset at, the
// country place of the event's side that is not the traveller's: the
// host.
func hostSide(d *doc.Document, s *sent, e *doc.Event, at int) *doc.Place {
	if e.Target == nil || e.Source.Country == "" || e.Target.Country == "" || e.Source.Country == e.Target.Country ||
		!countrySide(e.Source.Code) || !countrySide(e.Target.Code) {
		return nil
	}
	st := d.Sentences[s.idx]
	traveller := ""
	for i := range d.Entities {
		en := &d.Entities[i]
		if en.Start >= at && en.End <= st.End && en.Actor != nil && en.Actor.Country != "" {
			traveller = en.Actor.Country
			break
		}
	}
	switch traveller {
	case e.Source.Country:
		return countryPlace(d, e.Target.Country)
	case e.Target.Country:
		return countryPlace(d, e.Source.Country)
	}
	return nil
}
