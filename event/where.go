package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Event placing.
//
// Place runs after Date, as its own pipeline stage, over the places the
// geo stage left in d.Places. See docs/EVENTS.md, "Places".

// locPreps are the prepositions of a locative phrase.
var locPreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "within": true,
	"across": true, "throughout": true, "around": true, "outside of": true, "near to": true,
	"in front of": true, "close to": true, "off": true,
}

// Place sets each event's Place:
//
//  1. the place in a locative phrase ("in Accra", "at the talks in
//     Accra") attached to the event's own clause through obliques and
//     modifiers, never through its subject or object ("Kenyan troops in
//     Somalia" does not place their attack); for a visit (CAMEO 042, or
//     a trigger visit, tour, travel, fly, arrive) also the place visited
//     ("visited Accra", "will visit Brasília", "travelled to Accra"), and
//     for an event noun that is a trip's purpose the trip's destination
//     ("flew to Buenos Aires for talks"), and a capital named by its
//     country's adjective ("at a hotel in the Qatari capital",
//     capitalPlace in where_mend18.go);
//  2. else the place of a locative phrase anywhere in the sentence, the
//     nearest to the trigger, except one in a clause of its own that
//     neither holds the trigger nor hangs from it ("clashed ..., days
//     before talks in Doha");
//  3. else the place of the occasion the event belongs to (occasion.go): a
//     meeting or visit placed by its own clause earlier in the story
//     carries its place to the later events between the same two sides,
//     and a visit also to the visitor's other acts of that trip ("arrived
//     in Addis Ababa ... the two leaders held talks ... Ruto praised");
//  4. else the place the story was filed from (the dateline), unless the
//     event is between two other countries (datelineFits) or is a third
//     party's statement in a story of an occasion there (thirdParty,
//     where_mend18.go);
//  5. else the host country of the visit the event belongs to, when the
//     story names that country (hostCountry: "held talks with visiting
//     Kenyan Foreign Minister Mudavadi");
//  6. else none.
//
// An actor's country never places an event: only locative phrases do, and
// a place followed by "-based" ("Accra-based") is no locative. A statement
// is not placed by what it is about (topicPlace: "praised the efforts to
// end the conflict in Tigray"), nor another act (actTopic: "expelled two
// diplomats over the bombing of a market in Garissa").
func Place(d *doc.Document) {
	if len(d.Events) == 0 {
		return
	}
	defer openTrees(d)()
	dateline := datelinePlace(d)
	var s sent
	cur := -1
	own := make([]bool, len(d.Events))
	host := make([]string, len(d.Events))
	for i := range d.Events {
		e := &d.Events[i]
		e.Place = nil
		var p *doc.Place
		if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
			if e.Sentence != cur {
				s.reset(d, e.Sentence)
				cur = e.Sentence
			}
			p, own[i] = placeInSentence(d, &s, e)
			host[i] = visitHost(&s, e)
		}
		if p != nil {
			c := *p
			e.Place = &c
		}
	}
	carryOccasions(d, own)
	carryOccasionNoun(d, own)
	restatePlaces(d, own)
	restateNounPlaces(d) // where_r4.go
	for i := range d.Events {
		partnerLeg(d, &d.Events[i]) // where_trip.go
	}
	visitAhead(d, own)    // where_r5.go
	carryOccasionOnAct(d) // where_r7.go
	speakerPlaces(d)      // where_r5.go

	items := itemHeadings(d) // where_r33.go
	if dateline != nil {
		sides := occasionSides(d, own, dateline.Country) // where_mend18.go
		for i := range d.Events {
			if e := &d.Events[i]; e.Place == nil && itemOf(d, items, e) == nil && (datelineFits(e, dateline.Country) && !thirdParty(e, sides, dateline.Country) && datelineRecent(d, e) && !visitElsewhere(e, dateline.Country) || sides != nil && atOccasion(d, e)) {
				c := *dateline
				e.Place = &c
			}
		}
	}
	itemDatelines(d, items) // where_r33.go
	// The host country of a visit the story places no closer.
	for i := range d.Events {
		if e := &d.Events[i]; e.Place == nil && host[i] != "" {
			if p := countryPlace(d, host[i]); p != nil {
				c := *p
				e.Place = &c
			}
		}
	}
	visitCity(d, dateline)       // where_r8.go
	visitFrame(d)                // where_r9.go
	hereFrame(d, host, dateline) // where_r34.go
	placeRound10(d, own)         // where_r10.go
	placeRound11(d)              // where_r11.go
	placeRound12(d)              // where_r12.go
	placeRound13(d)              // where_r13.go
	placeRound14(d)              // where_r14.go
	placeRound15(d, dateline)    // where_r15.go
	aidToPlace(d)                // everyday23b.go
	visitingFrame(d)             // where_r36.go
}

// visitHost returns the country of the host of the visit e belongs to
// (hostCountry), or "".
func visitHost(s *sent, e *doc.Event) string {
	if !parsed(s) {
		return ""
	}
	v, _ := eventTokens(s, e.Action)
	if v < 0 {
		return ""
	}
	if visitedGroup(s, e, v) {
		return "" // "visited UK troops": not a visit to the UK (where_r7.go)
	}
	return hostCountry(s, e, v, tripOf(s, v))
}

// datelineFits reports whether the dateline, a place in country cc, may
// place e: not when e is between two other countries ("NAIROBI - Somalia
// accused Ethiopia ...", "BEIJING - The United States urged North Korea
// ..."), where the place the story was filed from is not where the act
// happened. An act with one coded side ("NAIROBI - Abiy arrived ...") or
// with an organisation on a side ("BRUSSELS - The European Union condemned
// Russia", "BAGHDAD - US troops killed al-Qaeda fighters") keeps it: an
// international organisation or an armed group is of no country.
func datelineFits(e *doc.Event, cc string) bool {
	if cc == "" || e.Target == nil {
		return true
	}
	for _, a := range []*doc.Actor{&e.Source, e.Target} {
		if a.Code == "" || a.Country == "" || a.Country == cc || !countrySide(a.Code) {
			return true
		}
	}
	return false
}

// countrySide reports whether an actor code stands for a country's side,
// not an international or non-governmental organisation, a firm or an
// international armed group.
func countrySide(code string) bool {
	for _, p := range []string{"IGO", "NGO", "MNC", "IMG"} {
		if strings.HasPrefix(code, p) {
			return false
		}
	}
	return true
}

// placeInSentence returns the event's place within its sentence, or nil,
// and whether its own clause gives it (rule 1) rather than the sentence.
func placeInSentence(d *doc.Document, s *sent, e *doc.Event) (*doc.Place, bool) {
	st := d.Sentences[s.idx]
	v, verbs := eventTokens(s, e.Action)
	isParsed := parsed(s)
	if isParsed {
		verbs = ownVerbs(s, e, verbs)
	}
	// "flew to Buenos Aires for talks", "would visit Ghana to meet Mahama":
	// the trip's purpose happens where the trip goes (where_trip.go).
	trip, earlier := -1, -1
	if isParsed && v >= 0 {
		trip, earlier = tripOf(s, v), earlierClause(s, v)
	}
	var launch []int // the act's verbs and v, for launchPhrase
	if isParsed && v >= 0 {
		launch = append(verbs[:len(verbs):len(verbs)], v)
	}
	var near, far *doc.Place
	nearD := 1 << 30
	for i := range d.Places {
		p := &d.Places[i]
		if p.Start < st.Start || p.End > st.End {
			continue
		}
		if strings.HasPrefix(d.Text[p.End:], "-based") {
			continue
		}
		h := spanHead(s, p.Start, p.End)
		if h < 0 {
			continue
		}
		if isParsed && kindDescriptor(s, h) && !finerDescriptor(d, s, h, p) {
			continue // "Rift Valley" in "the Rift Valley town of Nakuru"
		}
		if isParsed && s.rel[h] == rPoss && possessesPlace(d, s, h) {
			continue // "China" in "visited east China's Shandong province"
		}
		if possessedCity(d, p) {
			continue // "Uganda" in "signed in Uganda's capital Kampala" (where_r6.go)
		}
		prep, ph := placePrep(s, d, h, p.Start, isParsed)
		if isParsed && prep == "of" && bareDirection(s, ph) {
			prep = "near" // "east of Jabalia refugee camp" (where_r34.go)
		}
		if isParsed && v >= 0 && prep == "" && actorModifier(d, s, e, h, ph) {
			continue // "planned to visit US troops": their nationality (where_r7.go)
		}
		if isParsed && actorPhrase(s, e, v, ph, prep, p) {
			continue // "the Iranian ambassador in Pakistan met ...": the actor's post (where_r35.go)
		}
		if isParsed && v >= 0 {
			from, at := launchPhrase(d, s, e, launch, prep, ph, p)
			if from {
				return p, true // "fired rockets from the Gaza Strip" (where_r7.go)
			}
			if at {
				continue // "... at Israel": the target
			}
		}
		if isParsed && claimAt(s, prep, h, ph) {
			continue // "lashed out at US suggestions": what it aims at (where_r12.go)
		}
		if isParsed && deedPhrase(s, e, v, ph) {
			continue // "reiterated its denunciation of an offensive in Beit Hanoun" (where_r35.go)
		}
		if isParsed && v >= 0 && topicPlace(s, e, v, ph) {
			continue // "praised the efforts to end the conflict in Tigray"
		}
		if isParsed && v >= 0 {
			if locPreps[prep] && locativeOf(s, ph, verbs) {
				return p, true
			}
			if isVisit(s, e, v) && destination(s, v, prep, ph) && locativeOf(s, ph, verbs) {
				return targetDestination(d, s, e, p, h), true
			}
			if trip >= 0 && (destination(s, trip, prep, ph) || locPreps[prep]) && locativeOf(s, ph, []int{trip}) {
				return targetDestination(d, s, e, p, h), true
			}
			if g := plannedTrip(s, e, v); g >= 0 && destination(s, g, prep, ph) && locativeOf(s, ph, []int{g}) {
				return targetDestination(d, s, e, p, h), true // where_r5.go
			}
		}
		// "some 200 km east of Kathmandu": the country, when no locative
		// places the act (where_r4.go)
		written := p // the place as written, before distance swaps in its country
		distance := false
		if !locPreps[prep] {
			if !isParsed || !distanceFrom(s, ph) {
				continue
			}
			if p = countryPlace(d, p.Country); p == nil {
				continue
			}
			distance = true
		}
		if isParsed && v >= 0 && inOtherClause(s, ph, v) {
			continue // "clashed near the border, days before talks in Doha"
		}
		if isParsed && v >= 0 && (speechContent(s, ph, v) || quotedPlace(d, s, e, v, written)) {
			continue // "criticized Uganda, saying its army was weak in Somalia" (everyday36.go)
		}
		if isParsed && v >= 0 && inCause(s, ph, v) {
			continue // "Uganda, angered by the killing of two traders in Juba, closed ..." (where_r4.go)
		}
		if isParsed && v >= 0 && inConjunctClause(s, ph, v) {
			continue // "phoned Kagame and offered to host the talks in Nairobi" (where_mend18.go)
		}
		if isParsed && v >= 0 && laterClause(s, ph, v) {
			continue // "telephoned Mahama hours before Mahama was to meet Abiy in Kumasi"
		}
		if isParsed && v >= 0 && earlier >= 0 && !s.inSubtree(ph, earlier) {
			continue // "spoke in Nairobi, two days after Uganda closed its border"
		}
		if isParsed && v >= 0 && inAskedAct(s, e, v, ph) {
			continue // "urged the police to investigate the shooting in Kisumu"
		}
		if isParsed && v >= 0 && reporterPlace(d, s, e, v, ph, p) {
			continue // "Mwangi, the UN envoy in Mogadishu, said that ..."
		}
		dist := h - v
		if dist < 0 {
			dist = -dist
		}
		if distance {
			if far == nil {
				far = p
			}
			continue
		}
		if dist < nearD {
			near, nearD = p, dist
		}
	}
	if near == nil {
		near = far
	}
	if isParsed && v >= 0 {
		if p := duringTrip(d, s, e, v, verbs); p != nil {
			return p, true // "voiced opposition during a visit to the Czech Republic" (where_r6.go)
		}
		if p := subjectTrip(d, s, e, v, verbs); p != nil {
			return p, true // "The minister, on a visit to Chile, said" (where_r8.go)
		}
		if p := capitalPlace(d, s, e, v, verbs); p != nil {
			return p, true // "met at a hotel in the Qatari capital" (where_mend18.go)
		}
		if p := townCountry(d, s, e, v, verbs); p != nil {
			return p, true // "met in the Croatian border town of Miljana" (where_r36.go)
		}
		if p := seatPlace(d, s, e, v, verbs); p != nil {
			return p, true // "met Netanyahu at the White House" (where_r13.go)
		}
		if p := visitingPlace(d, s, e, v); p != nil {
			return p, true
		}
	}
	return near, false
}

// inOtherClause reports whether the phrase headed by h lies in a clause of
// its own that neither holds trigger v nor hangs from it: "talks in Doha"
// in "exchanged fire ..., officials said, days before talks in Doha were
// due to resume" places the talks, not the fire, also when the parser hangs
// the reporting frame ("officials said") on the event's verb as parataxis;
// "speaking in Nairobi" under "said" still places what was said.
func inOtherClause(s *sent, h, v int) bool {
	for x, steps := s.head[h], 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
		if x == v {
			return false
		}
		if s.head[x] == v && s.rel[x] == rParataxis && reportVerbs[s.lemma[x]] {
			return true // the reporting frame hung on the event: "..., officials said, days before talks in Doha"
		}
		if clauseHead(s, x) && s.rel[x] != rRoot && !s.inSubtree(v, x) && !s.inSubtree(x, v) {
			return true
		}
	}
	return false
}

// visitVerbs are the triggers whose object or "to" phrase is where the
// event happens.
var visitVerbs = map[string]bool{"visit": true, "tour": true, "travel": true, "fly": true, "arrive": true}

// isVisit reports whether e is a visit: CAMEO 042, or a visit verb coded
// otherwise ("will visit Brasília", an intention coded 036, "will pay
// official visits to Ghana").
func isVisit(s *sent, e *doc.Event, v int) bool {
	return e.Cameo == "042" || v >= 0 && (visitVerbs[s.lemma[v]] || visitObject(s, v))
}

// placePrep returns the preposition of the phrase holding the place headed
// by h, and the head of that phrase: through appositions, names and
// coordination ("in the capital, Accra", "in Accra and Kumasi"), the
// phrase whose case marker it is.
func placePrep(s *sent, d *doc.Document, h, start int, isParsed bool) (string, int) {
	x := h
	for steps := 0; x >= 0 && steps < 5; steps++ {
		p := s.caseOf(x)
		if p == "of" && kindOf(s, x) {
			// "in the Rift Valley town of Nakuru": the phrase of "town"
			x = s.head[x]
			continue
		}
		if p != "" && !(s.rel[x] == rPoss && (p == "'s" || p == "'")) {
			return p, x
		}
		if s.rel[x] == rPoss && personAt(d, s, s.head[x]) {
			return "", x // "near Kenya's William Kamau": a person, no locative
		}
		switch s.rel[x] {
		case rAppos, rConj, rFlat, rCompound, rPoss:
			// "at Nairobi's State House": the phrase of what Nairobi has
			x = s.head[x]
			continue
		}
		break
	}
	if !isParsed || x < 0 {
		x = h
	}
	// The word before the place, when the parser left the preposition
	// elsewhere (or there is no parse): "in Accra", "in the capital Accra".
	for i := s.n - 1; i >= 0; i-- {
		a, b := s.tokenSpan(i)
		if b > start {
			continue
		}
		w := lowerASCII(d.Text[a:b])
		if j := possessorBefore(d, s, i); j >= 0 && (w == "'s" || w == "’s") {
			// "in Uganda's capital Kampala": past the possessor, in the
			// phrase of what it possesses (where_r6.go)
			if isParsed && s.head[j+1] >= 0 {
				x = s.head[j+1]
			}
			i = j + 1
			continue
		}
		if w == "the" || w == "capital" || w == "city" || w == "town" || w == "of" && i > 0 && s.lower[i-1] == "city" {
			continue
		}
		if w == "," && i > 0 && (s.lower[i-1] == "capital" || s.lower[i-1] == "city") {
			continue // "in Togo's capital, Lome," (review3, where_r6.go)
		}
		if locPreps[w] || w == "to" {
			return w, x
		}
		break
	}
	return "", x
}

// placeKinds are the nouns of "the <region> town of <name>".
var placeKinds = map[string]bool{"town": true, "city": true, "district": true, "province": true,
	"village": true, "region": true, "county": true, "port": true, "island": true, "state": true}

// kindOf reports whether x is the name after "of" in "the Rift Valley town
// of Nakuru", "the Kenyan district of Kisumu": a proper noun under a place
// kind noun.
func kindOf(s *sent, x int) bool {
	g := s.head[x]
	return g >= 0 && s.upos[x] == "PROPN" && (s.rel[x] == rNmod || s.rel[x] == rObl) && s.upos[g] == "NOUN" && placeKinds[s.lemma[g]]
}

// kindDescriptor reports whether the place headed by h only describes a
// place kind noun that names its place after "of" ("Rift Valley" in "the
// Rift Valley town of Nakuru"): the named place is the finer one.
func kindDescriptor(s *sent, h int) bool {
	g := s.head[h]
	if g < 0 || s.upos[g] != "NOUN" || !placeKinds[s.lemma[g]] || s.rel[h] != rCompound && s.rel[h] != rAmod {
		return false
	}
	for _, k := range s.kids[g] {
		if kindOf(s, k) && s.caseOf(k) == "of" {
			return true
		}
	}
	return false
}

// personAt reports whether token g lies in a person's name.
func personAt(d *doc.Document, s *sent, g int) bool {
	if g < 0 {
		return false
	}
	a, b := s.tokenSpan(g)
	for _, en := range d.Entities {
		if en.Type == "PER" && en.Start < b && en.End > a {
			return true
		}
	}
	return false
}

// possessesPlace reports whether the possessor h owns a place named itself
// ("China's Shandong province"): the possessed place is the finer one.
func possessesPlace(d *doc.Document, s *sent, h int) bool {
	g := s.head[h]
	if g < 0 {
		return false
	}
	for i := range d.Places {
		p := &d.Places[i]
		k := spanHead(s, p.Start, p.End)
		if k >= 0 && k != h && (k == g || s.head[k] == g && (s.rel[k] == rCompound || s.rel[k] == rFlat)) {
			return true // "Kisumu County", "Shandong Province"
		}
	}
	return false
}

// locativeOf reports whether the phrase headed by h modifies one of the
// clause's tokens through obliques and noun modifiers only: "met in
// Accra", "met at the embassy in Accra", but not "troops in Somalia
// attacked" (through the subject).
func locativeOf(s *sent, h int, clause []int) bool {
	x := h
	for steps := 0; x >= 0 && steps <= s.n; steps++ {
		switch s.rel[x] {
		case rObl, rNmod, rTmod, rAdvmod, rAppos, rConj, rFlat, rCompound, rObj:
		default:
			return false
		}
		g := s.head[x]
		for _, c := range clause {
			if g == c {
				return true
			}
		}
		if g < 0 || clauseHead(s, g) {
			return false
		}
		if s.rel[x] == rObj {
			return false // an object of a noun is no locative chain
		}
		x = g
	}
	return false
}

// datelinePlace is the place of d's dateline (the toponym overlapping it),
// or nil when d has no dateline or the geoparser placed none there.
func datelinePlace(d *doc.Document) *doc.Place {
	dl := d.Dateline
	if dl == nil {
		return nil
	}
	for i := range d.Places {
		if p := &d.Places[i]; p.Start < dl.End && p.End > dl.Start {
			return p
		}
	}
	return nil
}
