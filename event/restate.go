package event

import "github.com/dyadproject/dyad/doc"

// A story's lead often tells an act with only the day it was reported on
// ("police have arrested 24 students, a report said Thursday") and the next
// sentence tells the same act again with its own day and place ("the
// students were arrested in Nakuru on Tuesday"). See docs/EVENTS.md,
// "Dates" and "Places".

// restatement returns the event e told again in the next sentence, with
// the same trigger verb, as a copy placed on that verb, and the next
// sentence; ok is false when the next sentence does not restate it. The
// verb must be the lead's own, not a reporting or light verb, and the
// restating clause neither negated nor of another event already coded on
// that verb with other sides.
func restatement(d *doc.Document, e *doc.Event, s, n *sent) (doc.Event, bool) {
	if e.Sentence < 0 || e.Sentence+1 >= len(d.Sentences) || e.Negated || e.Modality != "asserted" {
		return doc.Event{}, false
	}
	s.reset(d, e.Sentence)
	if !parsed(s) {
		return doc.Event{}, false
	}
	v, _ := eventTokens(s, e.Action)
	if v < 0 || s.upos[v] != "VERB" || reporterVerbs[s.lemma[v]] || lightVerbs[s.lemma[v]] {
		return doc.Event{}, false
	}
	n.reset(d, e.Sentence+1)
	if !parsed(n) {
		return doc.Event{}, false
	}
	for k := 0; k < n.n; k++ {
		if n.upos[k] != "VERB" || n.lemma[k] != s.lemma[v] || n.child(k, rNeg) >= 0 {
			continue
		}
		a, b := n.tokenSpan(k)
		for i := range d.Events {
			o := &d.Events[i]
			if o.Sentence == e.Sentence+1 && o.Action.Start <= a && o.Action.End >= b && otherSides(o, e) {
				return doc.Event{}, false
			}
		}
		if !sameParticipants(s, v, n, k) {
			continue // "soldiers killed six insurgents ... A soldier was killed"
		}
		return toldAgain(d, e, a, b), true
	}
	return doc.Event{}, false
}

// toldAgain returns a copy of event e on the next sentence's bytes a..b
// that tell it again, without e's place (the restating clause's own place
// and day are looked up for it).
func toldAgain(d *doc.Document, e *doc.Event, a, b int) doc.Event {
	r := *e
	r.Sentence = e.Sentence + 1
	r.Action = d.SpanOf(a, b)
	r.Place = nil
	return r
}

// lightVerbs say too little to tell the same act twice.
var lightVerbs = map[string]bool{"be": true, "have": true, "do": true, "make": true, "take": true,
	"give": true, "get": true, "go": true, "come": true, "hold": true}

// restateDates gives an event its lead gives no day of its own (a date
// only approximate, from the report, or unresolved) the exact day of the
// next sentence's restatement of it.
func restateDates(d *doc.Document) {
	var s, n sent
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType == DateExact || e.DateType == DateRange {
			continue
		}
		r, ok := restatement(d, e, &s, &n)
		if !ok {
			continue
		}
		dateEvent(d, &n, &r)
		if r.DateType == DateExact {
			e.Date, e.DateEnd, e.DateType = r.Date, r.DateEnd, r.DateType
		}
	}
}

// restatePlaces gives an event its own sentence does not place the place
// of the previous sentence's event it tells again (restatedPlace), else the
// place the next sentence's restatement of it has ("Judges at the court in
// Surabaya sentenced him on Tuesday").
func restatePlaces(d *doc.Document, own []bool) {
	var s, n sent
	for i := range d.Events {
		e := &d.Events[i]
		if own[i] || e.Place != nil {
			continue
		}
		if p := restatedPlace(d, e, &s, &n); p != nil {
			c := *p
			e.Place = &c
			continue
		}
		r, ok := restatement(d, e, &s, &n)
		if !ok {
			continue
		}
		if p, _ := placeInSentence(d, &n, &r); p != nil {
			c := *p
			e.Place = &c
		}
	}
}

// roles returns the lemmas of the doers and of the undergoers of verb v:
// its active subject and "by" phrase, its object and passive subject.
func roles(s *sent, v int) (doers, undergoers map[string]bool) {
	doers, undergoers = map[string]bool{}, map[string]bool{}
	for _, k := range s.kids[v] {
		switch {
		case s.rel[k] == rNsubj:
			doers[s.lemma[k]] = true
		case s.rel[k] == rObl && s.caseOf(k) == "by":
			doers[s.lemma[k]] = true
		case s.rel[k] == rObj || s.rel[k] == rNsubjPass:
			undergoers[s.lemma[k]] = true
		}
	}
	participleHead(s, v, doers, undergoers) // where_r15.go
	return doers, undergoers
}

// sameParticipants reports whether verb k of sentence n tells the act of
// verb v of sentence s with one of the same participants in the same role
// ("police have arrested 15 supporters ... the supporters were arrested"),
// not a like act of others ("soldiers killed six insurgents ... a soldier
// was killed").
func sameParticipants(s *sent, v int, n *sent, k int) bool {
	d1, u1 := roles(s, v)
	d2, u2 := roles(n, k)
	for w := range d1 {
		if d2[w] {
			return true
		}
	}
	for w := range u1 {
		if u2[w] {
			return true
		}
	}
	return restateNames(s, v, n, k) // where_r15.go
}

// restatedPlace returns the place of the event of the sentence before e's
// that e tells again: the same trigger verb with one of the same
// participants in the same role, of the same source's side ("Kenya and
// Ethiopia signed a trade agreement on Sunday in Addis Ababa. The agreement
// was signed by the Kenyan trade minister ..."). Else nil.
func restatedPlace(d *doc.Document, e *doc.Event, s, p *sent) *doc.Place {
	if e.Sentence < 1 || e.Sentence >= len(d.Sentences) || e.Negated || e.Modality != "asserted" {
		return nil
	}
	s.reset(d, e.Sentence)
	if !parsed(s) {
		return nil
	}
	v, _ := eventTokens(s, e.Action)
	if v < 0 || s.upos[v] != "VERB" || reporterVerbs[s.lemma[v]] || lightVerbs[s.lemma[v]] {
		return nil
	}
	p.reset(d, e.Sentence-1)
	if !parsed(p) {
		return nil
	}
	for i := range d.Events {
		o := &d.Events[i]
		if o.Sentence != e.Sentence-1 || o.Place == nil || o.Negated || o.Modality != "asserted" || side(o.Source.Code) != side(e.Source.Code) {
			continue
		}
		k, _ := eventTokens(p, o.Action)
		if k < 0 || p.upos[k] != "VERB" || p.lemma[k] != s.lemma[v] || !sameParticipants(p, k, s, v) {
			continue
		}
		return o.Place
	}
	return nil
}
