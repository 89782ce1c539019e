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
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType != DateUnresolved || e.Negated || e.Modality != "asserted" || !twoSides(e) {
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
