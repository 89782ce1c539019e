package event

import "testing"

// TestDateFrontedRootTime: a time the sentence opens with, made the root by
// the parser with the event's clause hung on it, dates the event.
func TestDateFrontedRootTime(t *testing.T) {
	d := dated(t, `
Late late ADJ 3 amod
last = ADJ 3 amod
month = NOUN 0 root
, = PUNCT 3 punct
troops = NOUN 6 nsubj
attacked attack VERB 3 parataxis
Somalia = PROPN 6 obj
. = PUNCT 3 punct`)
	e := eventOn(t, d, "attacked")
	if e.Date != "2024-04" {
		t.Errorf("date %q type %q, want 2024-04", e.Date, e.DateType)
	}
}
