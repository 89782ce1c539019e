package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Places of trips (session 17, places-dev3): where a trip goes, which of
// several destinations an event is at, and the host country of a visit
// the story places no closer. See docs/EVENTS.md, "Places".

// tripVerbs are the verbs of going somewhere: the purpose of the trip
// ("flew to Accra for talks", "was whisked to Kumasi for a meeting",
// "would visit Ghana to meet Mahama") happens where the trip goes.
var tripVerbs = map[string]bool{"visit": true, "tour": true, "travel": true, "fly": true, "arrive": true,
	"go": true, "come": true, "head": true, "return": true, "whisk": true, "rush": true, "sail": true,
	"drive": true, "depart": true, "leave": true}

// departVerbs are the trip verbs whose object is where the trip starts
// ("departed Nairobi for Accra", "left Nairobi for Accra"): their
// destination is the "for" phrase.
var departVerbs = map[string]bool{"depart": true, "leave": true}

// tripNouns are the objects that make a light verb a visit ("pay official
// visits to Ghana", "make a trip to Togo").
var tripNouns = map[string]bool{"visit": true, "trip": true, "tour": true}

// tripOf returns the trip verb whose purpose trigger v tells, or -1: a
// "for" phrase of the trip ("flew to Accra on Tuesday for talks", through
// the nouns the parser may hang it from: "was whisked to Kumasi aboard a
// helicopter for a meeting") or an infinitive of purpose ("would visit
// Ghana for three days to meet Mahama", "departed Nairobi for Accra to
// attend the summit").
func tripOf(s *sent, v int) int {
	if (s.rel[v] == rObl || s.rel[v] == rNmod) && s.caseOf(v) == "for" {
		g := s.head[v]
		for k := 0; k < 3 && g >= 0 && !clauseHead(s, g) && isNounTag(s.upos[g]); k++ {
			g = s.head[g]
		}
		if g >= 0 && tripVerbs[s.lemma[g]] {
			return g
		}
		return -1
	}
	if (s.rel[v] == rAdvcl || s.rel[v] == rXcomp) && s.markOf(v) == "to" {
		if g := s.head[v]; g >= 0 && tripVerbs[s.lemma[g]] && isVerbal(s.upos[g]) {
			return g
		}
	}
	return -1
}

// destination reports whether the phrase headed by ph, with preposition
// prep, is where trip verb g goes: its "to" phrase or object ("visited
// Accra", "travelled to Accra"), but the "for" phrase of a departure, whose
// object is where it leaves from ("departed Nairobi for Accra").
func destination(s *sent, g int, prep string, ph int) bool {
	if g >= 0 && departVerbs[s.lemma[g]] {
		return prep == "for"
	}
	return prep == "to" || prep == "" && s.rel[ph] == rObj
}

// visitLightVerbs are the verbs that tell a visit by their object ("pay
// a visit", "began a three-day visit", "cut short his visit"), not
// "cancelled his planned visit to Tokyo".
var visitLightVerbs = map[string]bool{"pay": true, "make": true, "undertake": true, "start": true, "begin": true,
	"conduct": true, "continue": true, "end": true, "conclude": true, "wrap": true, "extend": true, "cut": true}

// visitObject reports whether trigger v is a light verb of a visit: "pay
// official visits to Ghana".
func visitObject(s *sent, v int) bool {
	if !visitLightVerbs[s.lemma[v]] {
		return false
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rObj && tripNouns[s.lemma[k]] {
			return true
		}
	}
	return false
}

// conjRoot is the first of the coordinated phrases x belongs to. A list
// written with commas often parses as appositions ("France, Slovakia,
// Portugal and Malaysia"), so an apposition counts as a conjunct.
func conjRoot(s *sent, x int) int {
	for steps := 0; x >= 0 && (s.rel[x] == rConj || s.rel[x] == rAppos) && steps <= s.n; steps++ {
		x = s.head[x]
	}
	return x
}

// targetDestination returns, for a trip to several places ("will visit
// Ghana, Togo and Benin"), the coordinated place in the country of the
// event's target when the place found (p, headed by h) is in another one:
// the visit to Togo is in Togo. Else p.
func targetDestination(d *doc.Document, s *sent, e *doc.Event, p *doc.Place, h int) *doc.Place {
	if e.Target == nil || e.Target.Country == "" || e.Target.Country == p.Country || !countrySide(e.Target.Code) {
		return p
	}
	root := conjRoot(s, h)
	st := d.Sentences[s.idx]
	for i := range d.Places {
		q := &d.Places[i]
		if q.Start < st.Start || q.End > st.End || q.Country != e.Target.Country {
			continue
		}
		if k := spanHead(s, q.Start, q.End); k >= 0 && k != h && conjRoot(s, k) == root {
			return q
		}
	}
	return p
}

// laterClause reports whether the phrase headed by h lies in a clause of
// the trigger v told as later than the event ("telephoned Mahama hours
// before Mahama was to meet Abiy in Kumasi") or as earlier ("struck Gaza a
// day after Hamas fired rockets at Ashkelon"): the other act's place is
// not the event's.
func laterClause(s *sent, h, v int) bool {
	for x, steps := h, 0; x >= 0 && x != v && steps <= s.n; x, steps = s.head[x], steps+1 {
		if (s.rel[x] == rAdvcl || s.rel[x] == rAcl) && s.head[x] >= 0 {
			if m := s.markOf(x); m == "before" || m == "until" || m == "after" || m == "since" {
				return s.inSubtree(x, v)
			}
		}
	}
	return false
}

// earlierClause returns the head of the "after" or "since" clause trigger
// v lies in ("spoke in Nairobi on Monday, two days after Uganda closed its
// border"), or -1: an act told as earlier than the main clause's, which
// does not take its place, nor its day when told days before
// (earlierDays).
func earlierClause(s *sent, v int) int {
	for x, steps := v, 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
		if s.head[x] >= 0 && (s.rel[x] == rAdvcl || s.rel[x] == rConj || s.rel[x] == rAcl) {
			if m := s.markOf(x); m == "after" || m == "since" {
				return x
			}
		}
	}
	return -1
}

// dayUnits are the units of a distance in days or more before "after"
// ("two days after", "a week after", "months after").
var dayUnits = map[string]bool{"day": true, "week": true, "month": true, "year": true, "decade": true,
	"fortnight": true}

// earlierDays reports whether the earlier clause x (earlierClause) is told
// days or more before the main clause ("a week after Iran rejected the
// offer") or as the start of a span ("since Cairo threatened"): its act is
// not on the main clause's day. A bare "after" ("flew to Riyadh on Sunday
// after meeting Netanyahu") may be the same day.
func earlierDays(s *sent, x int) bool {
	m := s.child(x, rMark)
	if m < 0 {
		return false
	}
	if s.lower[m] == "since" {
		return true
	}
	return m > 0 && dayUnits[s.lemma[m-1]]
}

// tripLegs returns the places of the sentence coordinated with the place
// at [start, end) when that list is where a trip goes ("visited Ghana,
// Togo and Benin", "will pay visits to Paris and Berlin") and names more
// than one country; else nil.
func tripLegs(d *doc.Document, start, end int) []*doc.Place {
	si := -1
	for i, st := range d.Sentences {
		if start >= st.Start && end <= st.End {
			si = i
			break
		}
	}
	if si < 0 {
		return nil
	}
	var s sent
	s.reset(d, si)
	if !parsed(&s) {
		return nil
	}
	h := spanHead(&s, start, end)
	if h < 0 {
		return nil
	}
	prep, ph := placePrep(&s, d, h, start, true)
	g := s.head[ph]
	for k := 0; k < 2 && g >= 0 && isNounTag(s.upos[g]) && tripNouns[s.lemma[g]]; k++ {
		g = s.head[g] // "pay official visits to Ghana and Togo"
	}
	if g < 0 || !(tripVerbs[s.lemma[g]] && destination(&s, g, prep, ph) || visitObject(&s, g)) {
		return nil
	}
	root := conjRoot(&s, h)
	st := d.Sentences[si]
	var legs []*doc.Place
	several := false
	for i := range d.Places {
		q := &d.Places[i]
		if q.Start < st.Start || q.End > st.End {
			continue
		}
		if k := spanHead(&s, q.Start, q.End); k >= 0 && conjRoot(&s, k) == root {
			legs = append(legs, q)
			several = several || q.Country != legs[0].Country
		}
	}
	if !several {
		return nil
	}
	return legs
}

// partnerLeg places an act that took its place from a trip to several
// countries (a conjunct of the visit or a later act of the trip: "visited
// Ghana, Togo and Benin and held talks with Togolese President Faure
// Gnassingbe") in the leg of its target's country, else of its source's;
// when no leg is either side's, the act is left unplaced rather than put
// in whichever leg came first or last. A place that is not a leg of such a
// trip is kept.
func partnerLeg(d *doc.Document, e *doc.Event) {
	if e.Place == nil {
		return
	}
	legs := tripLegs(d, e.Place.Start, e.Place.End)
	if legs == nil {
		return
	}
	for _, a := range []*doc.Actor{e.Target, &e.Source} {
		if a == nil || a.Country == "" || !countrySide(a.Code) {
			continue
		}
		if a.Country == e.Place.Country {
			return
		}
		for _, q := range legs {
			if q.Country == a.Country {
				c := *q
				e.Place = &c
				return
			}
		}
	}
	e.Place = nil
}

// hostCountry returns the country of the host of the visit event e
// belongs to, or "": the target of a visit (042) or of the purpose of a
// trip ("arrived here on Tuesday for talks with Turkish leaders"), the
// source of a hosting (043), both told by a word of visiting or hosting
// (not an 042 the coder read in "conduct cooperation"), and the other side of an act of cooperation
// (CAMEO 03-06) by or with a "visiting" actor ("held talks with visiting
// Kenyan Foreign Minister Mudavadi", "Visiting Kenyan President Ruto said
// Kenya and Ghana would expand their trade"). Only a country side of
// another country than the visitor's.
func hostCountry(s *sent, e *doc.Event, v, trip int) string {
	if e.Target == nil {
		return ""
	}
	src, tgt := &e.Source, e.Target
	var host, guest *doc.Actor
	told := tripVerbs[s.lemma[v]] || tripNouns[s.lemma[v]] || hostingVerbs[s.lemma[v]] || visitObject(s, v)
	switch {
	case e.Cameo == "042" && told:
		host, guest = tgt, src
	case e.Cameo == "043" && told:
		host, guest = src, tgt
	case trip >= 0 || strings.HasPrefix(e.Cameo, "04") && tripVerbs[s.lemma[v]]:
		// "Levy arrived here on Tuesday for talks with Turkish leaders":
		// the traveller is the trip verb's subject, of either side
		g := trip
		if g < 0 {
			g = v
		}
		switch {
		case subjectOf(s, src, g):
			host, guest = tgt, src
		case subjectOf(s, tgt, g):
			host, guest = src, tgt
		}
	case len(e.Cameo) >= 2 && e.Cameo[:2] >= "03" && e.Cameo[:2] <= "06":
		switch {
		case visitingActor(s, src):
			host, guest = tgt, src
		case visitingActor(s, tgt):
			host, guest = src, tgt
		}
	}
	if host == nil || host.Country == "" || guest.Country == "" || host.Country == guest.Country ||
		!countrySide(host.Code) || !countrySide(guest.Code) {
		return ""
	}
	return host.Country
}

// subjectOf reports whether actor a is named by the subject of verb g.
func subjectOf(s *sent, a *doc.Actor, g int) bool {
	if a.Mention == nil {
		return false
	}
	k := s.child(g, rNsubj)
	if k < 0 {
		k = s.child(g, rNsubjPass)
	}
	if k < 0 {
		return false
	}
	ka, kb := s.tokenSpan(k)
	if ka >= a.Start && kb <= a.End {
		return true
	}
	mh := spanHead(s, a.Start, a.End)
	return mh >= 0 && s.inSubtree(mh, k)
}

// hostingVerbs tell a hosting ("welcomed Li to Tanzania", "received the
// visiting minister").
var hostingVerbs = map[string]bool{"welcome": true, "host": true, "receive": true}

// visitingActor reports whether the mention of a is modified by "visiting"
// ("visiting Kenyan Foreign Minister Mudavadi", "the visiting delegation").
func visitingActor(s *sent, a *doc.Actor) bool {
	if a.Mention == nil {
		return false
	}
	for k := 0; k < s.n; k++ {
		if s.lower[k] != "visiting" {
			continue
		}
		kb, ke := s.tokenSpan(k)
		if kb >= a.Start && ke <= a.End {
			return true
		}
		if g := s.head[k]; g >= 0 && s.rel[k] == rAmod {
			ga, gb := s.tokenSpan(g)
			if ga >= a.Start && gb <= a.End {
				return true
			}
			// "Visiting Prime Minister of Korea Lee": the actor named
			// inside the phrase "visiting" describes
			if mh := spanHead(s, a.Start, a.End); mh >= 0 && s.inSubtree(mh, g) {
				return true
			}
		}
		// "visiting" right before the mention
		if ke <= a.Start && strings.TrimSpace(s.d.Text[ke:a.Start]) == "" {
			return true
		}
	}
	return false
}

// countryPlace returns a place of the document that is country cc itself
// ("Ghana" named anywhere in the story), or nil.
func countryPlace(d *doc.Document, cc string) *doc.Place {
	for i := range d.Places {
		if p := &d.Places[i]; p.Feature == "country" && p.Country == cc {
			return p
		}
	}
	return nil
}

// actTopicCases are the prepositions of a phrase that says what an act
// is about or for: "imposed sanctions on two commanders over atrocities
// in Darfur".
var actTopicCases = map[string]bool{"over": true, "about": true, "regarding": true, "concerning": true, "for": true}

// topicVerbs are the verbs of a clause on an act that says what the act is
// for: "imposed sanctions on two commanders, accusing them of atrocities in
// Darfur".
var topicVerbs = map[string]bool{"accuse": true, "charge": true, "blame": true, "allege": true, "cite": true,
	"say": true, "claim": true, "condemn": true, "criticize": true, "criticise": true, "denounce": true}

// occasionHeads are the nouns of a "for" phrase that tell where the act
// is done rather than what it is about ("gathered for a rally in
// Nairobi", "were held for questioning in Mombasa"), and the time nouns
// of "over the weekend in Nairobi".
var occasionHeads = map[string]bool{"talk": true, "talks": true, "meeting": true, "summit": true, "conference": true,
	"rally": true, "ceremony": true, "visit": true, "trip": true, "tour": true, "protest": true, "demonstration": true,
	"funeral": true, "celebration": true, "festival": true, "session": true, "hearing": true, "trial": true,
	"questioning": true, "interrogation": true, "negotiation": true, "negotiations": true, "election": true,
	"weekend": true, "week": true, "month": true, "year": true, "day": true, "night": true, "period": true,
	"past": true, "years": true, "months": true, "days": true, "decade": true}

// actTopic reports whether the phrase headed by ph lies in what the act e
// (trigger v, not a statement) is about rather than where it was done: a
// phrase of topic ("over", "about", "regarding", "concerning", "for" but
// not with a noun of occasion or time) on the way from the place up to the
// trigger ("expelled two diplomats over the bombing of a market in
// Garissa"), or what a clause of accusing or saying on the act is about
// ("..., accusing them of atrocities in Darfur"). Not for force or
// military posture (CAMEO 15, 18-20: "clashed over a checkpoint in
// Kismayo" happened there), meetings and visits (04x), nor aid (07: "aid
// for refugees in Dadaab" is delivered there).
func actTopic(s *sent, e *doc.Event, v, ph int) bool {
	c := e.Cameo
	if forceCode(c) || strings.HasPrefix(c, "15") || strings.HasPrefix(c, "04") || strings.HasPrefix(c, "07") {
		return false
	}
	if tripVerbs[s.lemma[v]] || isVisit(s, e, v) || tripOf(s, v) >= 0 {
		return false // "will travel to Accra for talks": a trip goes there
	}
	x := ph
	for steps := 0; x >= 0 && x != v && steps <= s.n; steps++ {
		if clauseHead(s, x) && x != ph {
			// a clause of accusing or saying on the act: what it
			// says is the act's topic, where it was said is not
			return topicVerbs[s.lemma[x]] && s.head[x] == v && statementTopic(s, x, ph)
		}
		if s.rel[x] == rObl || s.rel[x] == rNmod {
			// "for Accra" itself is where a trip goes, not a topic
			if cs := s.caseOf(x); actTopicCases[cs] && !(cs == "for" && x == ph) && !occasionHeads[s.lemma[x]] && !occasionHeads[s.lower[x]] {
				return true
			}
		}
		x = s.head[x]
	}
	return false
}
