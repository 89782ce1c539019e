package event

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 10 (session 23; docs/EVENTS.md, "Places round 10").

// placeRound10 runs the round's steps, last in Place, on the events every
// other step left unplaced: a plan of the talks of a planned visit
// (plannedTalks) and an act told with "here" or "visiting" in a story of
// one visit (toldVisit).
func placeRound10(d *doc.Document, own []bool) {
	plannedTalks(d, own)
	toldVisit(d)
	airportCity(d)
}

// airportCity gives a meeting or visit (or its plan: visitOrMeeting) placed
// only in a country the city of that country whose airport the visit's own
// sentence or the next one tells it at ("was welcomed at the Mombasa
// International Airport"): a city named as the first word of an airport's
// name, the airport in an "at", "in" or "to" phrase of a verb. visitCity
// (where_r8.go) leaves a city inside a name alone, as it must for
// institutions ("Beijing Normal University"); an airport is in its city.
// Two different such cities leave the country.
func airportCity(d *doc.Document) {
	var s sent
	cur := -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place == nil || e.Place.Feature != "country" || !visitOrMeeting(e.Cameo) {
			continue
		}
		var p *doc.Place
		for _, k := range []int{e.Sentence, e.Sentence + 1} {
			if k < 0 || k >= len(d.Sentences) {
				continue
			}
			s.resetAt(d, k, &cur)
			if !parsed(&s) {
				continue
			}
			if q := airportOf(d, &s, e.Place.Country); q != nil {
				if p != nil && p.Name != q.Name {
					p = nil
					break
				}
				p = q
			}
		}
		if p != nil {
			c := *p
			e.Place = &c
		}
	}
}

// airportOf returns the one city of country cc that sentence s names as
// the start of an airport's name in a locative phrase of a verb, or nil.
func airportOf(d *doc.Document, s *sent, cc string) *doc.Place {
	st := d.Sentences[s.idx]
	var out *doc.Place
	for k := range d.Places {
		p := &d.Places[k]
		if p.Start < st.Start || p.End > st.End || p.Country != cc || p.Feature != "city" {
			continue
		}
		h := spanHead(s, p.Start, p.End)
		if h < 0 || s.rel[h] != rCompound && s.rel[h] != rFlat {
			continue
		}
		a := s.head[h]
		if a < 0 || s.lemma[a] != "airport" || s.rel[a] != rObl {
			continue
		}
		if c := s.caseOf(a); c != "at" && c != "in" && c != "to" {
			continue
		}
		if out != nil && out.Name != p.Name {
			return nil
		}
		out = p
	}
	return out
}

// plannedTalks gives a plan with no day of its own between the two sides of
// a planned visit that its own clause places ("Ruto will visit Ghana from
// March 12 ... Ruto and Mahama are to discuss a trade pact") the visit's
// place, when it is told within occasionGap sentences after the visit. The
// occasion rule (carryOccasions) dates such a plan by the publication day,
// which falls before a visit to come, so it left it unplaced. A visit
// planned for before publication (a plan of the past) carries nothing.
func plannedTalks(d *doc.Document, own []bool) {
	pub, err := time.Parse("2006-01-02", d.Date)
	if err != nil {
		return
	}
	for i := range d.Events {
		e := &d.Events[i]
		if own[i] || e.Place != nil || e.Modality != "intended" || e.DateType != DateUnresolved || !mayCarry(e) {
			continue
		}
		if e.Target == nil || e.Source.Code == "" || e.Target.Code == "" {
			continue
		}
		for k := range d.Events {
			o := &d.Events[k]
			if !own[k] || o.Place == nil || o.Negated || !plannedVisit(o) || o.Target == nil {
				continue
			}
			if o.Sentence >= e.Sentence || e.Sentence-o.Sentence > occasionGap {
				continue
			}
			if a, _, ok := eventDays(o); !ok || a.Before(pub) {
				continue
			}
			if !bothSides(e, o) {
				continue
			}
			c := *o.Place
			e.Place = &c
			break
		}
	}
}

// bothSides reports whether e and o are between the same two sides (by
// country or organisation, side), either way round.
func bothSides(e, o *doc.Event) bool {
	a, b := side(e.Source.Code), side(e.Target.Code)
	x, y := side(o.Source.Code), side(o.Target.Code)
	if a == "" || b == "" || a == b {
		return false
	}
	return a == x && b == y || a == y && b == x
}

// visitPhraseNouns are the nouns of a phrase that tells a trip's
// destination ("a two-day visit to Ghana", "during her stay in Togo", "a
// trade delegation to Kenya").
var visitPhraseNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "stay": true, "delegation": true}

// pastVisit are the modifiers of a visit noun that tell a trip over ("a
// recent visit to Ghana").
var pastVisit = map[string]bool{"recent": true, "last": true, "previous": true, "earlier": true, "past": true,
	"former": true, "first": true}

// toldVisit places an act the story tells during a visit (the README's rule
// 2) when the act's sentence gives no place but a word of the visit:
// "here" in a story with no dateline ("the two leaders told reporters here
// on Monday"), "visiting" ("the visiting Togolese minister said ..."),
// "arrival", or a visit noun ("during her visit"). The place is where the
// story's visit phrases go ("Gnassingbe, now on a state visit to Ghana",
// "she arrived in Kenya for a summit", "a trade delegation to Uganda"), anywhere in
// the story, when they all go to one country: the one city they name, else
// the country. The act must be between that country's side and another
// side (the visitor's), or of the host's side with no other side read
// (hostOrGuest, where_r14.go), not of force or coercion (mayCarry), and of the
// days around publication (a visit phrase is taken to be the story's
// visit under way then); a visit phrase with a modifier of the past ("a
// recent visit") or in a sentence dated away from publication places
// nothing.
func toldVisit(d *doc.Document) {
	lo, hi, ok := pubWindow(d)
	if !ok {
		return
	}
	var todo []int
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || !mayCarry(e) || e.Source.Code == "" && (e.Target == nil || e.Target.Code == "") {
			continue
		}
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) || strings.Contains(strings.ToLower(e.Action.Text), "invit") {
			continue // an invitation is made wherever the inviter is
		}
		if a, b, ok := eventDays(e); ok && e.Modality != "intended" && (b.Before(lo) || a.After(hi)) {
			continue
		}
		todo = append(todo, i)
	}
	if len(todo) == 0 {
		return
	}
	now := storyVisitPlace(d, lo, hi, false)
	later := storyVisitPlace(d, lo, hi, true)
	if now == nil && later == nil {
		return
	}
	var s sent
	cur := -1
	for _, i := range todo {
		e := &d.Events[i]
		s.resetAt(d, e.Sentence, &cur)
		if !parsed(&s) {
			continue
		}
		p := now
		if p == nil || !visitCue(d, &s) {
			// a visit to come places only a plan told as of it ("she will
			// sign a road pact during her visit"), not what the visitor
			// says at home before leaving ("told reporters here", "ahead
			// of her trip")
			p = later
			if p == nil || e.Modality != "intended" || !duringVisit(&s) {
				continue
			}
		}
		if !hostOrGuest(e, p.Country) {
			continue
		}
		c := *p
		e.Place = &c
	}
}

// visitCue reports whether sentence s tells its acts as of a visit:
// "here" (in a story with no dateline), "visiting", "arrival", or a visit
// noun of the acts' own trip (ownTrip).
func visitCue(d *doc.Document, s *sent) bool {
	for i := 0; i < s.n; i++ {
		switch {
		case s.lower[i] == "here" && d.Dateline == nil:
			return true
		case s.lower[i] == "visiting" || s.lemma[i] == "arrival":
			return true
		case s.upos[i] == "NOUN" && visitPhraseNouns[s.lemma[i]] && s.lemma[i] != "delegation" && ownTrip(s, i) && !datedBefore(d, s, i): // where_r12.go
			return true
		}
	}
	return false
}

// ownTrip reports whether visit noun i tells the trip the sentence's acts
// are made on: in a "during" phrase ("during his visit"), with a possessor
// ("Ruto's visit"), or in a relative clause on a person ("Odinga, who is
// on a visit to Ghana, urged ..."); not a trip that is what an act is
// about ("denounced the arrest of reporters on a trip to Gulu") or one to
// come ("is expected to pay a return visit").
func ownTrip(s *sent, i int) bool {
	if s.caseOf(i) == "during" {
		return true
	}
	for _, k := range s.kids[i] {
		if s.rel[k] == rPoss {
			return true
		}
	}
	for x, steps := i, 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
		if s.rel[x] == rRelcl {
			return true
		}
		if x != i && clauseHead(s, x) && s.rel[x] != rRelcl {
			return false
		}
	}
	return false
}

// storyVisitPlace returns the place the story's visit phrases go to, or
// nil: a place in a "to" phrase of a visit noun ("in" for a visit, trip or
// stay, "of" for a tour; only "to" for a delegation: "a delegation of
// Kenya" is where it comes from), or in an "in" phrase of the verb
// "arrive"; all of them in one country, the one city they name or else the
// country (a place of the story that is the country itself, or one of the
// phrases' own). With later, only the phrases of visits to come
// (futureTrip), else only the others.
func storyVisitPlace(d *doc.Document, lo, hi time.Time, later bool) *doc.Place {
	cc := ""
	var city, country *doc.Place
	cities := 0
	two := false
	placePhrases(d, func(p *doc.Place, s *sent, _ int, prep string, ph int) bool { // where_r14.go
		if ph < 0 || s.head[ph] < 0 {
			return true
		}
		g := s.head[ph]
		visit := s.upos[g] == "NOUN" && visitPhraseNouns[s.lemma[g]] && tripPrep(s.lemma[g], prep)
		arrive := s.lemma[g] == "arrive" && prep == "in" || staysFor(s, prep, ph) // where_r12.go
		if !visit && !arrive {
			return true
		}
		if visit && pastTrip(s, g) || otherDays(d, s.idx, lo, hi) || futureTrip(s, g) != later {
			return true
		}
		if cc != "" && cc != p.Country {
			two = true // a tour of two countries: which one is untold
			return false
		}
		cc = p.Country
		switch p.Feature {
		case "country":
			country = p
		case "city":
			if city == nil || city.Name != p.Name {
				cities++
			}
			city = p
		default:
			if country == nil {
				country = countryPlace(d, cc)
			}
		}
		return true
	})
	if cc == "" || two {
		return nil
	}
	if cities == 1 {
		return city
	}
	if country == nil {
		country = countryPlace(d, cc)
	}
	return country
}

// tripPrep reports whether prep marks the destination of visit noun n.
func tripPrep(n, prep string) bool {
	switch prep {
	case "to":
		return true
	case "in":
		return n == "visit" || n == "trip" || n == "stay"
	case "of":
		return n == "tour"
	}
	return false
}

// laterTrip are the modifiers of a visit noun that tell a trip to come.
var laterTrip = map[string]bool{"possible": true, "planned": true, "upcoming": true, "forthcoming": true,
	"proposed": true, "future": true, "next": true, "scheduled": true, "expected": true}

// planVerbs are the verbs over a visit noun that make it a trip to come,
// or one that will not be made ("called off a trip to Kenya").
var planVerbs = map[string]bool{"postpone": true, "cancel": true, "delay": true, "schedule": true, "plan": true,
	"invite": true, "prepare": true, "arrange": true, "propose": true, "discuss": true, "expect": true}

// futureTrip reports whether visit noun g (or arrival verb g) is told as a
// trip to come: a modifier of plan ("a proposed visit"), "before" ("before
// she flies out on a trip to Ghana"), or a verb over it in the future
// ("will begin a two-day tour"), with "to" ("is due to arrive") or of
// planning or calling off ("called off a trip").
func futureTrip(s *sent, g int) bool {
	for _, k := range s.kids[g] {
		if s.rel[k] == rAmod && laterTrip[s.lemma[k]] {
			return true
		}
	}
	if c := s.caseOf(g); c == "before" || c == "ahead" {
		return true
	}
	x := g
	for steps := 0; x >= 0 && steps <= s.n; steps++ {
		if planVerbs[s.lemma[x]] {
			return true
		}
		if isVerbal(s.upos[x]) {
			for _, k := range s.kids[x] {
				if s.rel[k] == rAux && (s.lemma[k] == "will" || s.lemma[k] == "would" || s.lemma[k] == "shall" || s.lower[k] == "'ll" || s.lower[k] == "to") {
					return true
				}
				if s.rel[k] == rMark && s.lower[k] == "to" {
					return true
				}
			}
			if s.rel[x] != rXcomp {
				return false
			}
		}
		x = s.head[x]
	}
	return false
}

// duringVisit reports whether s tells its acts as of a visit by a visit
// noun in a "during" phrase ("during his visit").
func duringVisit(s *sent) bool {
	for i := 0; i < s.n; i++ {
		if s.upos[i] == "NOUN" && visitPhraseNouns[s.lemma[i]] && s.caseOf(i) == "during" {
			return true
		}
	}
	return false
}

// pastTrip reports whether visit noun g is told as a trip over ("a recent
// visit", "his last trip").
func pastTrip(s *sent, g int) bool {
	for _, k := range s.kids[g] {
		if s.rel[k] == rAmod && pastVisit[s.lemma[k]] {
			return true
		}
	}
	return false
}

// otherDays reports whether sentence si holds a date that ends before lo
// or begins after hi: its visit is not the one under way at publication.
func otherDays(d *doc.Document, si int, lo, hi time.Time) bool {
	st := d.Sentences[si]
	for _, t := range d.Timexes {
		if t.Start < st.Start || t.End > st.End || t.Type != "DATE" {
			continue
		}
		a, b, ok := valueDays(t.Value)
		if ok && (b.Before(lo) || a.After(hi)) {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence holding byte offset at, or
// -1 (a dateline lies in no sentence).
func sentenceOf(d *doc.Document, at int) int {
	for i, st := range d.Sentences {
		if at >= st.Start && at < st.End {
			return i
		}
	}
	return -1
}

// pubWindow is the days around the story's publication, three either side,
// that the story-wide place steps take for "now" (toldVisit, stayMeeting,
// presencePlace); ok is false when the story has no date.
func pubWindow(d *doc.Document) (lo, hi time.Time, ok bool) {
	pub, err := time.Parse("2006-01-02", d.Date)
	if err != nil {
		return lo, hi, false
	}
	return pub.AddDate(0, 0, -3), pub.AddDate(0, 0, 3), true
}
