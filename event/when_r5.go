package event

import "github.com/dyadproject/dyad/doc"

// sameOccasionDates gives an act its sentence dates by nothing (unresolved:
// the publication day) the exact day of an act between the same two sides
// told in the sentence before it: the same occasion told on ("Ruto had a
// telephone conversation with Abiy on Friday ... They exchanged views on
// the coming summit": Friday). Only asserted acts, not negated, of two
// coded sides; a previous act of other sides, or of one side only, dates
// nothing (docs/EVENTS.md, "Dates"; places-dev5).
func sameOccasionDates(d *doc.Document) {
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType != DateUnresolved || e.Negated || e.Modality != "asserted" || !twoSides(e) {
			continue
		}
		for k := range d.Events {
			o := &d.Events[k]
			if o.Sentence != e.Sentence-1 || o.DateType != DateExact || o.Negated || o.Modality != "asserted" || !twoSides(o) {
				continue
			}
			a, b := side(e.Source.Code), side(e.Target.Code)
			x, y := side(o.Source.Code), side(o.Target.Code)
			if a == x && b == y || a == y && b == x {
				e.Date, e.DateEnd, e.DateType = o.Date, o.DateEnd, o.DateType
				break
			}
		}
	}
}

// twoSides reports whether e has a coded source and target of two sides.
func twoSides(e *doc.Event) bool {
	return e.Source.Code != "" && e.Target != nil && e.Target.Code != "" && side(e.Source.Code) != side(e.Target.Code)
}
