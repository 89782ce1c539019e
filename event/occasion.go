package event

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event places beyond the event's own clause: what a statement is about,
// the visit its subject is on, and the occasion of the story it belongs
// to. See docs/EVENTS.md, "Places".

// statementCode reports whether a CAMEO code is a statement's (public
// statements, appeals, praise and other verbal support, demands,
// disapproval, rejection, threats): its object or complement is what it is
// about, never where it was made. Signing (057) and diplomatic cooperation
// (050) are acts done somewhere, and intents (03x) are placed by the act
// they intend. Investigation (09) is done where what it investigates is
// ("Police are investigating the killing of a journalist in Kisumu"), and
// a refusal to de-escalate (1246) or a threat of force (138) is mostly a
// military operation the coder read as one: neither is a statement.
func statementCode(c string) bool {
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "01", "02", "10", "11", "12", "13":
		return c != "1246" && c != "138"
	case "05":
		return c != "057" && c != "050"
	}
	return false
}

// toldVerbs are the triggers that make an investigation (09x), a refusal
// to de-escalate (1246) or a threat of force (138) a statement after all:
// a finding or a refusal told ("the inquiry found that police had beaten
// protesters in Kisumu", "refused to pull its troops out of Somalia").
var toldVerbs = map[string]bool{"find": true, "conclude": true, "rule": true, "refuse": true, "reject": true,
	"vow": true, "threaten": true, "warn": true, "deny": true}

// toldAct reports whether an event of code c with trigger lemma is a
// statement by its trigger (toldVerbs).
func toldAct(c, lemma string) bool {
	return (strings.HasPrefix(c, "09") || c == "1246" || c == "138") && toldVerbs[lemma]
}

// topicCases are the prepositions of a phrase that says what a statement
// is about.
var topicCases = map[string]bool{"of": true, "about": true, "over": true, "for": true, "against": true, "regarding": true, "concerning": true}

// topicPlace reports whether the phrase headed by ph lies in what the
// statement e (trigger v) is about: its object, its clausal complement, or
// a phrase of topic ("about", "over", "for", ...) on it. "Ruto praised
// Ethiopia's efforts to end the conflict in the Tigray region" was not said
// in Tigray; "Ruto criticised Eritrea in Nairobi" was said in Nairobi. The
// same holds for what a meeting discusses ("to discuss the stationing of
// US troops in Darwin").
func topicPlace(s *sent, e *doc.Event, v, ph int) bool {
	if discussedPlace(s, v, ph) || protestTopic(s, e, v, ph) {
		return true // where_r15.go
	}
	if !statementCode(e.Cameo) && s.lemma[v] != "discuss" && !toldAct(e.Cameo, s.lemma[v]) {
		return actTopic(s, e, v, ph)
	}
	return statementTopic(s, v, ph) || strings.HasPrefix(e.Cameo, "112") && deedOf(s, v, ph)
}

// deedNouns are the nouns of a deed an accusation puts someone "in":
// "implicated two generals in an air strike on French forces in the
// north".
var deedNouns = map[string]bool{"attack": true, "strike": true, "raid": true, "bombing": true, "killing": true,
	"murder": true, "assassination": true, "massacre": true, "plot": true, "coup": true, "scandal": true,
	"abuse": true, "crime": true, "atrocity": true, "violence": true, "shooting": true, "kidnapping": true,
	"abduction": true, "ambush": true, "blast": true, "explosion": true, "fraud": true, "death": true}

// deedOf reports whether the phrase headed by ph lies in the deed an
// accusation v puts its target in: its "in" phrase headed by a deed noun.
func deedOf(s *sent, v, ph int) bool {
	for x, steps := ph, 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
		if s.head[x] == v {
			return (s.rel[x] == rObl || s.rel[x] == rNmod) && s.caseOf(x) == "in" && deedNouns[s.lemma[x]]
		}
	}
	return false
}

// statementTopic reports whether the phrase headed by ph lies in what the
// statement told by v is about: its object, its clausal complement, or a
// phrase of topic on it.
func statementTopic(s *sent, v, ph int) bool {
	x := ph
	for steps := 0; x >= 0 && steps <= s.n; steps++ {
		g := s.head[x]
		if g == v {
			switch s.rel[x] {
			case rObj, rIobj, rCcomp, rXcomp:
				return true
			case rObl, rNmod:
				return topicCases[s.caseOf(x)]
			case rAdvcl:
				return topicClause(s, v, x) // where_r4.go
			}
			return false
		}
		x = g
	}
	return false
}

// visitingVerbs are the verbs of a visit the subject of a clause is on.
var visitingVerbs = map[string]bool{"visit": true, "tour": true, "arrive": true}

// visitingPlace returns the place of a visit the event's subject is on, told
// in a participle or relative clause ("Kamikawa, currently visiting
// Canberra, is scheduled to meet Wong"; "Ruto, who arrived in Kigali on
// Monday, signed the accord during talks with Kagame"), or nil. A
// visit told as before or after the event ("after visiting Accra, he
// met ...") does not place it.
func visitingPlace(d *doc.Document, s *sent, e *doc.Event, v int) *doc.Place {
	// The clauses the event's subject belongs to: the trigger and the
	// clauses it is the open complement or conjunct of ("is scheduled to
	// meet").
	// A nominal trigger climbs to the verb it is a phrase of ("signed the
	// accord during talks with Kagame").
	chain := []int{v}
	for x := v; len(chain) < 4 && s.head[x] >= 0; {
		switch {
		case s.rel[x] == rXcomp || s.rel[x] == rConj:
		case isNounTag(s.upos[x]) && (s.rel[x] == rObl || s.rel[x] == rObj || s.rel[x] == rNmod):
		default:
			x = -1
		}
		if x < 0 {
			break
		}
		x = s.head[x]
		chain = append(chain, x)
	}
	onChain := func(g int) bool {
		for _, c := range chain {
			if g == c {
				return true
			}
			// the subject of a clause of the chain
			if s.head[g] == c && (s.rel[g] == rNsubj || s.rel[g] == rNsubjPass) {
				return true
			}
		}
		return false
	}
	for c := 0; c < s.n; c++ {
		if c == v || !visitingVerbs[s.lemma[c]] || s.head[c] < 0 || !onChain(s.head[c]) {
			continue
		}
		switch s.rel[c] {
		case rAdvcl, rAcl, rRelcl:
		default:
			continue
		}
		if before := s.markOf(c); before == "after" || before == "before" || before == "since" || before == "until" {
			continue
		}
		if !visitNow(d, s, e, c) {
			continue // "Museveni, who toured Goma in 2019, condemned ..."
		}
		st := d.Sentences[s.idx]
		for i := range d.Places {
			p := &d.Places[i]
			if p.Start < st.Start || p.End > st.End || strings.HasPrefix(d.Text[p.End:], "-based") {
				continue
			}
			h := spanHead(s, p.Start, p.End)
			if h < 0 {
				continue
			}
			prep, ph := placePrep(s, d, h, p.Start, true)
			if (prep == "to" || prep == "in" || prep == "" && s.rel[ph] == rObj) && locativeOf(s, ph, []int{c}) {
				return p
			}
		}
	}
	return nil
}

// visitNow reports whether the visit told by clause c is under way at
// event e: a visit with a time of its own is when that time, and the few
// days after it, meet e's date (the publication day when e has none:
// "Ruto, who arrived in Kigali on Monday, signed ..."), not at another
// time ("Museveni, who toured Goma in 2019, condemned ..."); a visit to
// come ("who will visit Goma") or a past tour with no time ("who toured
// Goma") is not under way, an arrival is.
func visitNow(d *doc.Document, s *sent, e *doc.Event, c int) bool {
	if clauseFuture(s, c) {
		return false
	}
	xs := attached(s, sentenceTimexes(d, s), []int{c})
	if len(xs) == 0 {
		return s.lemma[c] == "arrive" || !clausePast(s, c)
	}
	ea, eb, ok := eventOrPublicationDays(d, e)
	if !ok {
		return true
	}
	for _, x := range xs {
		v, _ := dateOf(d, x.x.Value)
		va, vb, ok := valueDays(v)
		if !ok {
			continue
		}
		if eb.Before(va) || ea.After(vb.AddDate(0, 0, 3)) {
			return false
		}
	}
	return true
}

// markOf returns the lower-cased subordinating word ("after", "when") of
// clause c, or "".
func (s *sent) markOf(c int) string {
	if k := s.child(c, rMark); k >= 0 {
		return s.lower[k]
	}
	return ""
}

// side is an actor code cut to the side it stands for in an occasion: its
// country (KENGOV → KEN), or an international or non-governmental
// organisation's first six letters.
func side(code string) string {
	switch {
	case strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MNC"):
		if len(code) > 6 {
			return code[:6]
		}
		return code
	case len(code) > 3:
		return code[:3]
	}
	return code
}

// occasionGap is how many sentences an occasion's place carries past the
// latest event it placed: a story that has left the scene for three
// sentences or more ("Ruto had told Kagame during a visit to Kigali last
// year ...") has not come back to it.
const occasionGap = 3

// occasion is a meeting, visit or signing the story places by its own
// clause: the later events of the same two actors in its time, and for a
// visit the acts of the people on it during the trip, happen there too.
type occasion struct {
	sent     int
	last     int // the sentence of the latest event placed by it
	place    *doc.Place
	a, b     doc.Actor
	visit    bool
	planned  bool            // a visit to come: it places only acts to come
	people   map[string]bool // KB ids of the visitor and of the hosts met
	from, to time.Time       // the days of the occasion; zero when unknown
}

// plannedVisit reports whether e is a visit to come told by a word of
// visiting ("will visit Kabul this week"): an intent (036) to visit.
func plannedVisit(e *doc.Event) bool {
	return e.Cameo == "036" && e.Modality == "intended" && strings.Contains(strings.ToLower(e.Action.Text), "visit")
}

// newOccasion returns the occasion event e (placed by its own clause) sets
// up, or nil: an asserted, non-negated meeting, visit or hosting (CAMEO
// 04x) or signing (057) with two sides. An invitation coded 04x ("invited
// Abiy to a summit") is no meeting: it is made wherever the inviter is.
func newOccasion(d *doc.Document, e *doc.Event) *occasion {
	if e.Negated || e.Place == nil || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" {
		return nil
	}
	planned := plannedVisit(e)
	if e.Modality != "asserted" && !planned {
		return nil
	}
	if !strings.HasPrefix(e.Cameo, "04") && e.Cameo != "057" && !planned {
		return nil
	}
	if strings.Contains(strings.ToLower(e.Action.Text), "invit") {
		return nil
	}
	if side(e.Source.Code) == side(e.Target.Code) {
		return nil
	}
	o := &occasion{sent: e.Sentence, last: e.Sentence, place: e.Place, a: e.Source, b: *e.Target, planned: planned}
	var visitor *doc.Actor
	switch {
	case e.Cameo == "042" || planned:
		visitor = &e.Source
	case e.Cameo == "043":
		visitor = e.Target
	}
	if visitor != nil {
		o.visit = true
		o.people = map[string]bool{}
		if visitor.ID != "" {
			o.people[visitor.ID] = true
		}
	}
	o.from, o.to = occasionDays(d, e, o.visit)
	return o
}

// occasionDays returns the first and last day an event of occasion e may
// fall on: its own date, and for a visit the days before and after it the
// visit is told to last ("a three-day state visit"; untold, three days),
// since the day told may be its first ("arrived on Monday") or its last
// ("ended a visit to Accra on Friday"); for a meeting, the day before
// and after. For an occasion with no time of its own, the week before
// publication. Zero times when nothing is known.
func occasionDays(d *doc.Document, e *doc.Event, visit bool) (time.Time, time.Time) {
	if e.DateType == DateUnresolved || e.Date == "" {
		p, err := time.Parse("2006-01-02", d.Date)
		if err != nil {
			return time.Time{}, time.Time{}
		}
		return p.AddDate(0, 0, -7), p
	}
	a, b, ok := eventDays(e)
	if !ok {
		return time.Time{}, time.Time{}
	}
	days := 2
	if visit {
		days = 3
		if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
			st := d.Sentences[e.Sentence]
			if n := toldLength(d.Text[st.Start:st.End]); n > 0 {
				days = n
			}
		}
	}
	return a.AddDate(0, 0, 1-days), b.AddDate(0, 0, days-1)
}

// visitLength matches the length a visit is told to last: "a two-day
// state visit", "a 3-day trip", "a week-long tour".
var visitLength = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?|week)[- ](day|long)\b`)

// lengthDays are the numbers of visitLength.
var lengthDays = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10}

// toldLength returns the days of the visit length told in text, or 0.
func toldLength(text string) int {
	m := visitLength.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	w, unit := strings.ToLower(m[1]), strings.ToLower(m[2])
	if w == "week" {
		if unit == "long" {
			return 7
		}
		return 0
	}
	if unit != "day" {
		return 0
	}
	if n, ok := lengthDays[w]; ok {
		return n
	}
	n, _ := strconv.Atoi(w)
	return n
}

// eventOrPublicationDays is eventDays, else the publication day for an
// undated event; false when neither gives a day.
func eventOrPublicationDays(d *doc.Document, e *doc.Event) (time.Time, time.Time, bool) {
	if a, b, ok := eventDays(e); ok {
		return a, b, true
	}
	p, err := time.Parse("2006-01-02", d.Date)
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	return p, p, true
}

// eventDays returns the first and last day of e's own date ("2026-03-09",
// "2026-03", "2026-W10", "2026", a range), or ok false when it has none.
func eventDays(e *doc.Event) (time.Time, time.Time, bool) {
	if e.DateType == DateUnresolved {
		return time.Time{}, time.Time{}, false
	}
	a, b, ok := valueDays(e.Date)
	if !ok {
		return a, b, false
	}
	if e.DateEnd != "" {
		if _, b2, ok := valueDays(e.DateEnd); ok && b2.After(b) {
			b = b2
		}
	}
	return a, b, true
}

// valueDays returns the first and last day of a date value.
func valueDays(v string) (time.Time, time.Time, bool) {
	switch {
	case isDay(v):
		t, err := time.Parse("2006-01-02", v)
		return t, t, err == nil
	case len(v) == 7 && v[4] == '-':
		t, err := time.Parse("2006-01", v)
		return t, t.AddDate(0, 1, -1), err == nil
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		y, err1 := strconv.Atoi(v[:4])
		w, err2 := strconv.Atoi(v[6:])
		if err1 != nil || err2 != nil {
			return time.Time{}, time.Time{}, false
		}
		// ISO week 1 holds January 4th
		j4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := j4.AddDate(0, 0, -((int(j4.Weekday())+6)%7)+7*(w-1))
		return mon, mon.AddDate(0, 0, 6), true
	case len(v) == 4:
		y, err := strconv.Atoi(v)
		if err != nil {
			return time.Time{}, time.Time{}, false
		}
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(1, 0, -1), true
	}
	return time.Time{}, time.Time{}, false
}

// inTime reports whether e may belong to the occasion by its time: it has
// no date of its own, or its days meet the occasion's ("clashed on the
// border in January" is not of a March visit, nor "held talks with
// Museveni on Wednesday" of a two-day visit that began on Monday). A plan
// is for publication day or later: it is of an occasion still under way
// then ("Abiy is to meet Ruto" during Ruto's visit), not of one over
// ("Abiy will hold a summit with Ruto" after a trip of last week).
func (o *occasion) inTime(d *doc.Document, e *doc.Event) bool {
	if o.from.IsZero() {
		return true
	}
	a, b, ok := eventDays(e)
	if !ok && e.Modality != "intended" && e.Sentence == o.sent {
		// "X, who visited Cairo in June, accused Y": an undated act beside
		// a past occasion of its own sentence is of the news day, not of
		// an occasion over for more than a week then (review2)
		if p, err := time.Parse("2006-01-02", d.Date); err == nil && o.to.AddDate(0, 0, 7).Before(p) {
			return false
		}
	}
	if !ok {
		if e.Modality != "intended" {
			return true
		}
		p, err := time.Parse("2006-01-02", d.Date)
		if err != nil {
			return true
		}
		a, b = p, p
	}
	return !b.Before(o.from) && !a.After(o.to)
}

// sameOccasionActor reports whether x and y are the same actor of an occasion: the
// same knowledge-base person, or the same code, a country standing for its
// government ("Kenya" is KENGOV's side; KENMIL and KENCOP are not).
func sameOccasionActor(x, y *doc.Actor) bool {
	if x.ID != "" && x.ID == y.ID {
		return true
	}
	a, b := x.Code, y.Code
	if a == "" || b == "" {
		return false
	}
	return a == b || len(a) == 3 && b == a+"GOV" || len(b) == 3 && a == b+"GOV"
}

// between reports whether e's two actors are the occasion's.
func (o *occasion) between(e *doc.Event) bool {
	if e.Target == nil || e.Source.Code == "" || e.Target.Code == "" {
		return false
	}
	return sameOccasionActor(&e.Source, &o.a) && sameOccasionActor(e.Target, &o.b) || sameOccasionActor(&e.Source, &o.b) && sameOccasionActor(e.Target, &o.a)
}

// coerciveCode reports a CAMEO code of force or coercion: military
// posture (15x), arrests and other coercion (17x) and violence (forceCode:
// 18x-20x), acts done where the force is, never at a meeting of the two
// sides.
func coerciveCode(c string) bool {
	return strings.HasPrefix(c, "15") || strings.HasPrefix(c, "17") || forceCode(c)
}

// mayCarry reports whether e may take an occasion's place at all: a done
// or planned act (its time decides: inTime), not negated, no use of force
// or coercion.
func mayCarry(e *doc.Event) bool {
	return !e.Negated && (e.Modality == "asserted" || e.Modality == "intended") && !coerciveCode(e.Cameo)
}

// leadOf reports whether e may be the lead of the occasion the next
// sentence places: an act of cooperation (CAMEO 03-08), done, or agreed to
// (an intent, 03x), not negated.
func leadOf(e *doc.Event) bool {
	if e.Negated || len(e.Cameo) < 2 || e.Cameo[:2] < "03" || e.Cameo[:2] > "08" {
		return false
	}
	return e.Modality == "asserted" || e.Modality == "intended" && strings.HasPrefix(e.Cameo, "03")
}

// carryOccasions gives the events that neither their clause nor their
// sentence places (own false, Place nil) the place of the latest occasion
// of the story before them that they belong to: an asserted event, no use
// of force, of the occasion's time, between the occasion's two actors, or,
// for a visit, an act of the visitor or of a host met ("Ruto arrived in
// Addis Ababa ... Abiy welcomed Ruto at the airport and the two leaders
// held talks ... Ruto praised ...": all in Addis Ababa). A later visit of
// the same visitor starts a new trip. An event still unplaced then takes
// the place of a meeting or signing (not a visit: Kenya's plan to send
// troops to Somalia is not made where Somali refugees "have arrived in
// Kenya") between the same two actors in the very next sentence: a lead the
// next sentence details.
func carryOccasions(d *doc.Document, own []bool) {
	order := make([]int, len(d.Events))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return d.Events[order[x]].Sentence < d.Events[order[y]].Sentence })
	var occ []*occasion
	for _, i := range order {
		e := &d.Events[i]
		if own[i] {
			if o := newOccasion(d, e); o != nil {
				occ = append(occ, o)
			}
			continue
		}
		if e.Place != nil || !mayCarry(e) {
			continue
		}
		for k := len(occ) - 1; k >= 0; k-- {
			o := occ[k]
			if e.Sentence-o.last > occasionGap || !o.inTime(d, e) || o.planned && e.Modality != "intended" {
				continue
			}
			pair := o.between(e)
			// the visitor's or a host's other acts: no visit of their own
			onTrip := o.visit && e.Source.ID != "" && o.people[e.Source.ID] && e.Cameo != "042" && e.Cameo != "043"
			if !pair && !onTrip {
				continue
			}
			c := *o.place
			e.Place = &c
			o.last = e.Sentence
			if o.visit && pair {
				for _, a := range []*doc.Actor{&e.Source, e.Target} {
					if a.ID != "" {
						o.people[a.ID] = true
					}
				}
			}
			break
		}
	}
	// A lead's event the next sentence places: "Ghana and Togo agreed on
	// Tuesday to expand their cooperation ... Ghanaian and Togolese
	// ministers signed the accord in Lomé". The lead tells the occasion
	// itself, so only cooperation (CAMEO 03-08) is, done or agreed to.
	for _, i := range order {
		e := &d.Events[i]
		if own[i] || e.Place != nil || !leadOf(e) {
			continue
		}
		for _, o := range occ {
			if o.sent == e.Sentence+1 && !o.visit && o.between(e) && o.inTime(d, e) {
				c := *o.place
				e.Place = &c
				break
			}
		}
	}
}

// reporterVerbs are the verbs of a clause that reports the event.
var reporterVerbs = map[string]bool{"say": true, "tell": true, "quote": true, "announce": true, "report": true,
	"add": true, "state": true, "declare": true, "note": true, "stress": true, "confirm": true, "explain": true}

// reporterPlace reports whether the place phrase headed by ph describes who
// reports the event rather than where it happened: it lies in the subject,
// before it, of a reporting verb that governs the event's clause after it,
// and no actor named in that subject is of the event's source's side ("Mwangi,
// the UN envoy in Mogadishu, said that Kenya and Ethiopia would sign a border
// agreement": not in Mogadishu). A reporter of the source's own side speaks
// for it where he is, for a statement or an intent ("Kamau, the Kenyan
// ambassador in Geneva, said that Kenya would back the proposal": Geneva);
// a deed is placed where its reporter is only when he is its doer ("Police
// in Kisumu said they arrested ...", not "Officials in Nairobi said Kenyan
// troops killed ..."). The place itself, coded as its government, is no
// reporter.
func reporterPlace(d *doc.Document, s *sent, e *doc.Event, v, ph int, place *doc.Place) bool {
	if e.Source.Code == "" {
		return false // whose side the reporter is on cannot be told
	}
	x := ph
	for steps := 0; x >= 0 && steps <= s.n; steps++ {
		g := s.head[x]
		if g < 0 {
			return false
		}
		if g == v {
			return false
		}
		if reporterVerbs[s.lemma[g]] && s.inSubtree(v, g) {
			// the reporter named first, then what he reports: a
			// trailing attribution ("..., officials said") is left
			// alone, where the parser often hangs the event's own
			// place on the reporter
			if s.rel[x] != rNsubj || x > g || g > v {
				return false
			}
			// a statement or intent is its side's; a deed its doer's
			said := statementCode(e.Cameo) || strings.HasPrefix(e.Cameo, "03")
			a, _ := s.tokenSpan(s.subtreeFirst(x))
			_, b := s.tokenSpan(s.subtreeLast(x))
			src := side(e.Source.Code)
			for _, en := range d.Entities {
				if en.Start < a || en.End > b || en.Actor == nil || en.Actor.Code == "" || en.Start < place.End && en.End > place.Start {
					continue
				}
				if said && side(en.Actor.Code) == src || !said && sameOccasionActor(en.Actor, &e.Source) {
					return false
				}
			}
			return true
		}
		x = g
	}
	return false
}

// subtreeFirst and subtreeLast are the first and last tokens of h's
// subtree.
func (s *sent) subtreeFirst(h int) int {
	f := h
	for i := 0; i < s.n; i++ {
		if i < f && s.inSubtree(i, h) {
			f = i
		}
	}
	return f
}

func (s *sent) subtreeLast(h int) int {
	l := h
	for i := s.n - 1; i > l; i-- {
		if s.inSubtree(i, h) {
			return i
		}
	}
	return l
}

// occasionNouns are the nouns of an occasion a later sentence may take up
// with "the": "talks opened in Addis Ababa ... The talks bring together".
var occasionNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "summit": true,
	"conference": true, "negotiation": true, "negotiations": true}

// occasionVerbs are what an occasion noun does where it is held: "talks
// opened in Accra".
var occasionVerbs = map[string]bool{"open": true, "begin": true, "start": true, "resume": true, "end": true,
	"close": true, "continue": true, "conclude": true, "convene": true, "hold": true}

// carryOccasionNoun gives the unplaced events whose trigger is a definite
// occasion noun ("The talks bring together Kenya, Ethiopia and Somalia")
// the place the sentence before gives the same noun by its own clause
// ("talks on the border dispute opened on Monday at a hotel in Addis
// Ababa"): the same occasion taken up again.
func carryOccasionNoun(d *doc.Document, own []bool) {
	var s, p sent
	for i := range d.Events {
		e := &d.Events[i]
		if own[i] || e.Place != nil || e.Sentence < 1 || e.Sentence >= len(d.Sentences) {
			continue
		}
		s.reset(d, e.Sentence)
		if !parsed(&s) {
			continue
		}
		v, _ := eventTokens(&s, e.Action)
		if v < 0 || s.upos[v] != "NOUN" || !occasionNouns[s.lower[v]] && !occasionNouns[s.lemma[v]] {
			continue
		}
		def := false
		for _, k := range s.kids[v] {
			if s.rel[k] == rDet && (s.lower[k] == "the" || s.lower[k] == "these" || s.lower[k] == "this") {
				def = true
			}
		}
		if !def {
			continue
		}
		p.reset(d, e.Sentence-1)
		if !parsed(&p) {
			continue
		}
		for k := 0; k < p.n; k++ {
			if p.upos[k] != "NOUN" || p.lemma[k] != s.lemma[v] {
				continue
			}
			// the noun's own place ("talks in Accra"), else that of the
			// verb it is the subject of ("talks opened ... in Accra")
			// ("a new round of talks opened in Accra")
			at, x := k, k
			if g := p.head[x]; g >= 0 && p.rel[x] == rNmod && p.upos[g] == "NOUN" {
				x = g
			}
			if g := p.head[x]; g >= 0 && p.rel[x] == rNsubj && p.upos[g] == "VERB" && occasionVerbs[p.lemma[g]] {
				at = g
			}
			a, b := p.tokenSpan(at)
			prev := doc.Event{Sentence: e.Sentence - 1, Action: d.SpanOf(a, b), Cameo: "040", Modality: "asserted"}
			if pl, ok := placeInSentence(d, &p, &prev); pl != nil && ok {
				c := *pl
				e.Place = &c
				break
			}
		}
	}
}
