package event

import "github.com/dyadproject/dyad/doc"

// sameOccasionDates gives an act its sentence dates by nothing (unresolved:
// the publication day) the exact day of an act between the same two sides
// told in the sentence before it (the last told, when it tells several):
// the same occasion told on ("Ruto had a telephone conversation with Abiy
// on Friday ... They exchanged views on the coming summit": Friday). Only asserted acts, not negated, of two
// coded sides; a previous act of other sides, or of one side only, dates
// nothing (docs/EVENTS.md, "Dates"; places-dev5).
func sameOccasionDates(d *doc.Document) {
	var s sent
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType != DateUnresolved || e.Negated || e.Modality != "asserted" || !twoSides(e) {
			continue
		}
		if otherOccasion(d, &s, e) {
			continue
		}
		var last *doc.Event
		for k := range d.Events {
			o := &d.Events[k]
			if o.Sentence != e.Sentence-1 || o.DateType != DateExact || o.Negated || o.Modality != "asserted" || !twoSides(o) {
				continue
			}
			a, b := side(e.Source.Code), side(e.Target.Code)
			x, y := side(o.Source.Code), side(o.Target.Code)
			if a == y && b == x && hostile(o) {
				continue // an answer to a hostile act comes after it, on an untold day
			}
			if (a == x && b == y || a == y && b == x) && (last == nil || o.Action.Start >= last.Action.Start) {
				last = o
			}
		}
		if last != nil {
			e.Date, e.DateEnd, e.DateType = last.Date, last.DateEnd, last.DateType
		}
	}
}

// twoSides reports whether e has a coded source and target of two sides.
func twoSides(e *doc.Event) bool {
	return e.Source.Code != "" && e.Target != nil && e.Target.Code != "" && side(e.Source.Code) != side(e.Target.Code)
}

// otherOccasion reports whether e's clause tells an occasion apart from the
// one told before: a past perfect ("had accused"), a time
// word placing it before or after ("later accused", "has long
// accused"), or a "since" clause ("strained since Uganda accused Kenya").
func otherOccasion(d *doc.Document, s *sent, e *doc.Event) bool {
	if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
		return false
	}
	s.reset(d, e.Sentence)
	if !parsed(s) {
		return false
	}
	v, _ := eventTokens(s, e.Action)
	if v < 0 {
		return false
	}
	if perfectAux(s, v, true) {
		return true
	}
	for _, k := range s.kids[v] {
		switch {
		case s.rel[k] == rAdvmod && otherTimeWords[s.lower[k]]:
			return true
		case s.rel[k] == rMark && s.lower[k] == "since":
			return true
		}
	}
	return false
}

// otherTimeWords are adverbs that set an act before or after the occasion
// told before it.
var otherTimeWords = map[string]bool{"later": true, "earlier": true, "previously": true, "already": true,
	"long": true, "once": true, "before": true, "afterwards": true, "subsequently": true}

// hostile reports whether e is a hostile act (CAMEO roots 10-20).
func hostile(e *doc.Event) bool {
	return len(e.Cameo) >= 2 && e.Cameo[:2] >= "10"
}
