package event

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Event places beyond the event's own clause: what a statement is about,
// the visit its subject is on, and the occasion of the story it belongs
// to. See docs/EVENTS.md, "Places".

// statementCode reports whether a CAMEO code is a statement's (public
// statements, appeals, praise and other verbal support, investigation,
// demands, disapproval, rejection, threats): its object or complement is
// what it is about, never where it was made. Signing (057) and diplomatic
// cooperation (050) are acts done somewhere, and intents (03x) are placed
// by the act they intend.
func statementCode(c string) bool {
	if len(c) < 2 {
		return false
	}
	switch c[:2] {
	case "01", "02", "09", "10", "11", "12", "13":
		return true
	case "05":
		return c != "057" && c != "050"
	}
	return false
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
	if !statementCode(e.Cameo) && s.lemma[v] != "discuss" {
		return false
	}
	x := ph
	for steps := 0; x >= 0 && steps <= s.n; steps++ {
		g := s.head[x]
		if g == v {
			switch s.rel[x] {
			case rObj, rIobj, rCcomp, rXcomp:
				return true
			case rObl, rNmod:
				return topicCases[s.caseOf(x)]
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

// markOf returns the lower-cased subordinating word ("after", "when") of
// clause c, or "".
func (s *sent) markOf(c int) string {
	for _, k := range s.kids[c] {
		if s.rel[k] == rMark {
			return s.lower[k]
		}
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
// clause: the later events between the same two sides, and for a visit
// the acts of the people on it, happen there too.
type occasion struct {
	sent   int
	last   int // the sentence of the latest event placed by it
	place  *doc.Place
	a, b   string
	visit  bool
	people map[string]bool // KB ids of the visitor and of the hosts met
}

// newOccasion returns the occasion event e (placed by its own clause) sets
// up, or nil: an asserted, non-negated meeting, visit or hosting (CAMEO
// 04x) or signing (057) with two sides.
func newOccasion(e *doc.Event) *occasion {
	if e.Negated || e.Modality != "asserted" || e.Place == nil || e.Target == nil || e.Source.Code == "" || e.Target.Code == "" {
		return nil
	}
	if !strings.HasPrefix(e.Cameo, "04") && e.Cameo != "057" {
		return nil
	}
	o := &occasion{sent: e.Sentence, last: e.Sentence, place: e.Place, a: side(e.Source.Code), b: side(e.Target.Code)}
	if o.a == o.b {
		return nil
	}
	var visitor *doc.Actor
	switch e.Cameo {
	case "042":
		visitor = &e.Source
	case "043":
		visitor = e.Target
	}
	if visitor != nil {
		o.visit = true
		o.people = map[string]bool{}
		if visitor.ID != "" {
			o.people[visitor.ID] = true
		}
	}
	return o
}

// between reports whether e's two sides are the occasion's.
func (o *occasion) between(e *doc.Event) bool {
	if e.Target == nil || e.Source.Code == "" || e.Target.Code == "" {
		return false
	}
	a, b := side(e.Source.Code), side(e.Target.Code)
	return a == o.a && b == o.b || a == o.b && b == o.a
}

// carryOccasions gives the events that neither their clause nor their
// sentence places (own false, Place nil) the place of the latest occasion
// of the story before them that they belong to: an event between the
// occasion's two sides, or, for a visit, an act of the visitor or of a
// host met ("Ruto arrived in Addis Ababa ... Abiy welcomed Ruto at the
// airport and the two leaders held talks ... Ruto praised ...": all in Addis
// Ababa). A later visit of the same visitor starts a new trip. An event
// still unplaced then takes the place of a meeting or signing (not a
// visit: Kenya's plan to send troops to Somalia is not made where Somali
// refugees "have arrived in Kenya") between its two sides in the very next
// sentence: a lead the next sentence details.
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
			if o := newOccasion(e); o != nil {
				occ = append(occ, o)
			}
			continue
		}
		if e.Place != nil {
			continue
		}
		for k := len(occ) - 1; k >= 0; k-- {
			o := occ[k]
			if e.Sentence-o.last > occasionGap {
				continue
			}
			pair := o.between(e)
			// the visitor's or a host's other acts: done, and no visit
			// of their own
			onTrip := o.visit && e.Source.ID != "" && o.people[e.Source.ID] &&
				e.Modality == "asserted" && e.Cameo != "042" && e.Cameo != "043"
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
	// ministers signed the accord in Lomé".
	for _, i := range order {
		e := &d.Events[i]
		if own[i] || e.Place != nil {
			continue
		}
		for _, o := range occ {
			if o.sent == e.Sentence+1 && !o.visit && o.between(e) {
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
// for it where he is ("Kamau, the Kenyan ambassador in Geneva, said that
// Kenya would back the proposal": Geneva).
func reporterPlace(d *doc.Document, s *sent, e *doc.Event, v, ph int) bool {
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
			a, _ := s.tokenSpan(s.subtreeFirst(x))
			_, b := s.tokenSpan(s.subtreeLast(x))
			src := side(e.Source.Code)
			for _, en := range d.Entities {
				if en.Start >= a && en.End <= b && en.Actor != nil && en.Actor.Code != "" && side(en.Actor.Code) == src {
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
