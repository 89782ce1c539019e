package pipeline

import "testing"

// Review of session 20's rules (review2): sentences written for the test,
// each coded wrongly before the review.
func TestSession20ReviewTwo(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// an envoy meeting "opposition figures" abroad met no opposition
		// of his own country
		{"The British foreign secretary met opposition leaders in Caracas on Monday.", 0, "040 GBRGOV>", "GBROPP"},
		// at home the opposition is still the subject's own
		{"Kenyan President William Ruto met opposition leaders in Nairobi on Monday.", 0, "040 KENGOV>KENOPP", ""},
		// a deed in a gerund: an accusation, not the bare 110
		{"Russia suspects Ukraine of sabotaging the pipeline.", 0, "112", "110"},
	})
}

// TestSession20ReviewTwoAsidePlace: the place of a past visit told in a
// ", who ...," aside is not the place of the main clause's undated act.
func TestSession20ReviewTwoAsidePlace(t *testing.T) {
	text := "Sudan's army chief, who visited Cairo in June, accused the Rapid Support Forces of killing civilians."
	d := runStandard(t, text, "2026-11-30")
	found := false
	for _, e := range d.Events {
		if e.Cameo != "112" {
			continue
		}
		found = true
		if e.Place != nil {
			t.Errorf("%q: the accusation placed at %q, the June visit's place", text, e.Place.Name)
		}
	}
	if !found {
		t.Errorf("%q: no accusation", text)
	}
}
