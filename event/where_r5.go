package event

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 5 (session 19, places-dev5): the place a story gives
// an occasion in a neighbouring sentence. The blind scores of places-dev4
// and places-dev5 showed the same general cause: the rules of rounds 1-4
// place an act from its own sentence and carry places forward, but unseen
// stories mostly tell where a statement was made, or which city a visit is
// in, one or two sentences away ("Japan urged Russia on Friday ... Shiozaki
// told a news conference in Tokyo"; "... during a visit to the
// crisis-wracked nation ... The minister, who arrived in Beirut on
// Saturday"). See docs/EVENTS.md, "Places".

// speakVerbs are the verbs of speaking whose locative is where their
// subject spoke ("told a news conference in Tokyo", "said in Crawford").
var speakVerbs = map[string]bool{"say": true, "tell": true, "speak": true, "add": true, "announce": true,
	"state": true, "declare": true, "stress": true, "brief": true, "address": true}

// spokenAct reports whether e is made where its source speaks: a
// statement (statementCode) or a told intent (03x).
func spokenAct(e *doc.Event) bool {
	return statementCode(e.Cameo) || strings.HasPrefix(e.Cameo, "03")
}

// speakerPlaces gives a statement or intent that neither its sentence, its
// occasion nor a restatement places the place where a speaker of its
// source's side spoke, told by a verb of speaking with a locative in one of
// the two sentences after or before it, on the same day ("Kenya urged
// Uganda on Monday to reopen the border. ... Mudavadi told a news
// conference in Nairobi": Nairobi). The nearest sentence wins, the next one
// before the previous one. A speaker of another side ("Ugandan officials
// said in Kampala") or a speaking told on another day places nothing.
func speakerPlaces(d *doc.Document) {
	var s sent
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || e.Negated || e.Source.Code == "" || e.Sentence < 0 || !spokenAct(e) {
			continue
		}
		away := awayCountry(d, &s, e.Sentence)
		for _, j := range []int{e.Sentence + 1, e.Sentence - 1, e.Sentence + 2, e.Sentence - 2} {
			if j < 0 || j >= len(d.Sentences) {
				continue
			}
			if p := speakerPlace(d, &s, e, j); p != nil {
				if away != "" && p.Country != away {
					break // "praised Ethiopia during a state visit to Addis Ababa. His spokesman told reporters in Nairobi"
				}
				c := *p
				e.Place = &c
				break
			}
		}
	}
}

// speakerPlace returns the place where a speaker of e's source's side
// spoke in sentence j (speakerPlaces), or nil.
func speakerPlace(d *doc.Document, s *sent, e *doc.Event, j int) *doc.Place {
	s.reset(d, j)
	if !parsed(s) {
		return nil
	}
	st := d.Sentences[j]
	for g := 0; g < s.n; g++ {
		if s.upos[g] != "VERB" || !speakVerbs[s.lemma[g]] || s.child(g, rNeg) >= 0 || otherTime(s, g) {
			continue
		}
		k := s.child(g, rNsubj)
		if k < 0 || !sideSpeaker(d, s, k, e) {
			continue
		}
		for pi := range d.Places {
			p := &d.Places[pi]
			if p.Start < st.Start || p.End > st.End || strings.HasPrefix(d.Text[p.End:], "-based") {
				continue
			}
			h := spanHead(s, p.Start, p.End)
			if h < 0 || s.inSubtree(h, k) {
				continue // "Mwangi, the envoy in Mogadishu, said": who, not where
			}
			prep, ph := placePrep(s, d, h, p.Start, true)
			if !locPreps[prep] || !spokeAt(s, ph, g) {
				continue
			}
			if !sameDay(d, s, e, g) {
				return nil
			}
			return p
		}
	}
	return nil
}

// sideSpeaker reports whether the subject k of a verb of speaking names an
// actor of e's source's side (a country and its officials: JPN and
// JPNGOV) and none of another.
func sideSpeaker(d *doc.Document, s *sent, k int, e *doc.Event) bool {
	a, _ := s.tokenSpan(s.subtreeFirst(k))
	_, b := s.tokenSpan(s.subtreeLast(k))
	src := side(e.Source.Code)
	found := false
	for _, en := range d.Entities {
		if en.Start < a || en.End > b || en.Actor == nil || en.Actor.Code == "" {
			continue
		}
		if side(en.Actor.Code) != src {
			return false
		}
		found = true
	}
	return found
}

// sameDay reports whether the speaking told by verb g of sentence s may be
// on e's day: when both have days of their own, they meet.
func sameDay(d *doc.Document, s *sent, e *doc.Event, g int) bool {
	ea, eb, ok := eventDays(e)
	if !ok {
		// undated ("has urged"): the days before publication
		p, err := time.Parse("2006-01-02", d.Date)
		if err != nil {
			return true
		}
		ea, eb = p.AddDate(0, 0, -speakerSlack), p
	}
	a, b := s.tokenSpan(g)
	r := *e
	r.Sentence = s.idx
	r.Action = d.SpanOf(a, b)
	r.Modality = "asserted"
	r.Place = nil
	dateEvent(d, s, &r)
	if r.DateType != DateExact && r.DateType != DateRange && (r.DateType != DateApprox || isDay(r.Date)) {
		return true // an approximate week, month or year still tells ("Last week, ... told reporters in Geneva")
	}
	ra, rb, ok := eventDays(&r)
	if !ok {
		return true
	}
	return !rb.Before(ea) && !ra.After(eb)
}

// speakerSlack is how many days before publication an undated statement
// may have been made at a speaking told with a day of its own.
const speakerSlack = 3

// otherTime reports whether verb g is told in a past perfect or a future
// ("had said in Geneva", "will address parliament in Nairobi"): a speaking
// of another occasion than the story's.
func otherTime(s *sent, g int) bool {
	for _, k := range s.kids[g] {
		if s.rel[k] == rAux {
			switch s.lower[k] {
			case "had", "'d", "will", "'ll", "would", "shall", "to":
				return true
			}
		}
		if s.rel[k] == rMark && s.lower[k] == "to" {
			return true
		}
	}
	return false
}

// spokeAt reports whether the place phrase headed by ph is a locative of
// the verb of speaking g, directly or on what g is told to ("told a news
// conference in Tokyo", "told reporters in the capital"), not through a
// phrase of what was said ("On the problem in Iraq, Badawi said").
func spokeAt(s *sent, ph, g int) bool {
	x := ph
	for steps := 0; x >= 0 && steps < 4; steps++ {
		switch s.rel[x] {
		case rObl, rNmod, rObj, rIobj, rAppos, rConj, rFlat, rCompound:
		default:
			return false
		}
		if c := s.caseOf(x); x != ph && (topicCases[c] || c == "on") {
			return false // "On the problem in Iraq, Badawi said": what, not where
		}
		h := s.head[x]
		if h == g {
			return true
		}
		if h < 0 || clauseHead(s, h) {
			return false
		}
		x = h
	}
	return false
}

// visitAhead gives an act between a visitor and the host country that
// nothing places yet the city the story puts the visitor in, in one of the
// next four sentences (visitAheadGap), by a visit placed by its own clause (a visit
// triggered by a word of visiting, or an act of the visitor whose subject
// "arrived in" or is "visiting" the city): "Ablakwa praised Togo's support
// during a visit to the neighbouring country. ... The minister, who
// arrived in Lomé on Monday, was also to meet Gnassingbé": the praise is
// in Lomé. The occasion rule (carryOccasions) carries a visit's place
// forward; a lead often names the visit and leaves its city to a later
// sentence. Only acts that may carry an occasion's place (mayCarry), with
// the visitor on one side and the visited country on the other, of the
// visit's days.
func visitAhead(d *doc.Document, own []bool) {
	var s sent
	for i := range d.Events {
		e := &d.Events[i]
		if own[i] || e.Place != nil || !mayCarry(e) || e.Source.Code == "" {
			continue
		}
		if (e.Target == nil || e.Target.Code == "") && e.Cameo != "042" {
			continue // a visit with no host coded may still be the visitor's
		}
		best := -1
		for k := range d.Events {
			o := &d.Events[k]
			if !own[k] || o.Place == nil || o.Sentence <= e.Sentence || o.Sentence > e.Sentence+visitAheadGap || o.Negated {
				continue
			}
			if best >= 0 && d.Events[best].Sentence <= o.Sentence {
				continue
			}
			if !visitPair(e, o) || !visitDays(d, e, o) || !visitBy(d, &s, o) || beforeArrival(d, &s, e, o) {
				continue
			}
			best = k
		}
		if best >= 0 {
			c := *d.Events[best].Place
			e.Place = &c
		}
	}
}

// visitAheadGap is how many sentences ahead a lead's visit may be told
// its city: a lead, its quote, a second statement and a background
// sentence often come first.
const visitAheadGap = 4

// visitPair reports whether e is an act of o's visitor (its source's side)
// towards the country o is placed in, or a visit of that visitor with no
// host coded. The host's acts are left alone: a visit told ahead may be
// the host's own trip elsewhere ("has not responded to an invitation to
// visit Israel", in a story of the Israeli minister's visit to Turkey).
func visitPair(e, o *doc.Event) bool {
	cc := o.Place.Country
	vis := side(o.Source.Code)
	if cc == "" || vis == "" || strings.HasPrefix(vis, cc) {
		return false
	}
	a := side(e.Source.Code)
	if e.Target == nil || e.Target.Code == "" {
		return e.Cameo == "042" && a == vis // "during a visit to the nation"
	}
	return a == vis && strings.HasPrefix(side(e.Target.Code), cc)
}

// visitDays reports whether e's days (the publication day when it has
// none) meet the visit o's, give or take the three days a visit is taken
// to last when untold; an undated visit meets any.
func visitDays(d *doc.Document, e, o *doc.Event) bool {
	ea, eb, ok := eventOrPublicationDays(d, e)
	if !ok {
		return true
	}
	oa, ob, ok := eventDays(o)
	if !ok {
		return true
	}
	if !isDay(o.Date) {
		// a visit dated by a week, month or year is told its days: "Last
		// month, ... arrived in Lome" is not this week's visit
		return !eb.Before(oa) && !ea.After(ob)
	}
	return !eb.Before(oa.AddDate(0, 0, -3)) && !ea.After(ob.AddDate(0, 0, 3))
}

// beforeArrival reports whether e's days all come before the day o, an
// arrival, tells ("criticised Togo on Friday. He arrived in Lome on
// Monday": not in Lomé).
func beforeArrival(d *doc.Document, s *sent, e, o *doc.Event) bool {
	_, eb, ok1 := eventDays(e)
	oa, _, ok2 := eventDays(o)
	if !ok1 || !ok2 || !isDay(o.Date) {
		return false
	}
	s.reset(d, o.Sentence)
	if !parsed(s) {
		return false
	}
	v, _ := eventTokens(s, o.Action)
	return v >= 0 && s.lemma[v] == "arrive" && eb.Before(oa)
}

// visitBy reports whether o, placed by its own clause, is a visit under
// way: a visit told by a word of visiting, not a plan ("will pay an
// official visit to Malaysia in mid-December"), or an act its subject's
// visit places (visitingPlace: "who arrived in Lomé on Monday").
func visitBy(d *doc.Document, s *sent, o *doc.Event) bool {
	if o.Sentence < 0 || o.Sentence >= len(d.Sentences) {
		return false
	}
	s.reset(d, o.Sentence)
	if !parsed(s) {
		return false
	}
	v, _ := eventTokens(s, o.Action)
	if v < 0 {
		return false
	}
	if perfectAux(s, v, false) && s.lemma[v] != "arrive" {
		return false // "has visited Lome twice since taking office": not a visit under way ("has arrived" is)
	}
	return isVisit(s, o, v) && o.Modality != "intended" || visitingPlace(d, s, o, v) != nil
}

// perfectAux reports whether verb v is told in a perfect ("has visited",
// "had accused"), a past perfect only when past is set.
func perfectAux(s *sent, v int, past bool) bool {
	for _, k := range s.kids[v] {
		if s.rel[k] == rAux && s.lemma[k] == "have" && (!past || s.lower[k] == "had" || s.lower[k] == "'d") {
			return true
		}
	}
	return false
}

// plannedTrip returns the trip verb that places a planned meeting or visit
// (CAMEO 036, 04x) with trigger v by where it goes, or -1: the trigger
// itself when it is a verb of going ("before he leaves for Australia on
// April 24 for talks": Australia, a departure's "for" phrase), or a visit
// told as the trigger's purpose ("will lead a delegation to visit western
// Ethiopia": Ethiopia), for an intent (036) only and never an invitation
// ("invited Abiy to visit Nairobi" is made where the inviter is).
func plannedTrip(s *sent, e *doc.Event, v int) int {
	if !strings.HasPrefix(e.Cameo, "036") && !strings.HasPrefix(e.Cameo, "04") {
		return -1
	}
	if tripVerbs[s.lemma[v]] && isVerbal(s.upos[v]) {
		return v
	}
	if e.Cameo != "036" || s.lemma[v] == "invite" {
		return -1 // "invited Abiy to visit Nairobi": made where the inviter is
	}
	for _, c := range s.kids[v] {
		if visitVerbs[s.lemma[c]] && isVerbal(s.upos[c]) && (s.rel[c] == rXcomp || s.rel[c] == rAdvcl) && s.markOf(c) == "to" {
			return c
		}
	}
	return -1
}

// awayNouns are the nouns of an occasion away from home: a place hung on
// one tells where a statement made on it was made.
var awayNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "summit": true}

// awayCountry returns the country of a place sentence si hangs on a noun of
// an occasion away ("during a state visit to Addis Ababa", "at a summit in
// Ethiopia"), or "".
func awayCountry(d *doc.Document, s *sent, si int) string {
	s.reset(d, si)
	if !parsed(s) {
		return ""
	}
	st := d.Sentences[si]
	for pi := range d.Places {
		p := &d.Places[pi]
		if p.Start < st.Start || p.End > st.End || p.Country == "" {
			continue
		}
		h := spanHead(s, p.Start, p.End)
		if h < 0 || s.rel[h] != rNmod {
			continue
		}
		if n := s.head[h]; n >= 0 && awayNouns[s.lemma[n]] && s.upos[n] == "NOUN" {
			return p.Country
		}
	}
	return ""
}
