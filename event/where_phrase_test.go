package event_test

// Places named inside a longer locative phrase, and an occasion noun placed
// by the sentence before (docs/EVENTS.md, "Places").

import (
	"strings"
	"testing"
)

// TestPlacePossessive: a city named as the possessor in a locative phrase
// ("at Nairobi's State House") places the event.
func TestPlacePossessive(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Kenya and Ethiopia held talks on Monday at Nairobi's State House.")
	for _, e := range storyEvents(t, d, 0, "held") {
		if got := placeName(e); got != "Nairobi" {
			t.Errorf("%s %q placed in %q, want Nairobi", e.Cameo, e.Action.Text, got)
		}
	}
}

// TestPlaceKindOf: "the Rift Valley town of Nakuru", "the Kenyan district of
// Kisumu": the place named after "of" places the event, not the region the
// phrase starts with.
func TestPlaceKindOf(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Kenyan police arrested twelve students in the Rift Valley town of Nakuru on Tuesday. "+
		"Police in the Kenyan district of Kisumu said on Friday they had ordered the opposition to cancel the rally.")
	for _, c := range []struct {
		si         int
		word, want string
	}{{0, "arrested", "Nakuru"}, {1, "ordered", "Kisumu"}} {
		// the gazetteer may name the district by its county ("Kisumu County")
		for _, e := range storyEvents(t, d, c.si, c.word) {
			if got := placeName(e); !strings.HasPrefix(got, c.want) {
				t.Errorf("%s %q placed in %q, want %s", e.Cameo, e.Action.Text, got, c.want)
			}
		}
	}
}

// TestPlaceOccasionNoun: "The talks bring together ..." are the talks the
// sentence before opened in Addis Ababa; talks of another sentence's
// unplaced meeting take no place.
func TestPlaceOccasionNoun(t *testing.T) {
	d := codeStory(t, "2024-05-02", "A new round of talks on the border dispute opened on Monday at a hotel in Addis Ababa. "+
		"The talks bring together Kenya, Ethiopia and Somalia.")
	for _, e := range storyEvents(t, d, 1, "talks") {
		if got := placeName(e); got != "Addis Ababa" {
			t.Errorf("%s %q placed in %q, want Addis Ababa", e.Cameo, e.Action.Text, got)
		}
	}
	d = codeStory(t, "2024-05-02", "Farmers in Addis Ababa complained about the price of fertiliser. "+
		"The talks bring together Kenya, Ethiopia and Somalia.")
	for _, e := range storyEvents(t, d, 1, "talks") {
		if e.Place != nil {
			t.Errorf("%s %q placed in %q, want none", e.Cameo, e.Action.Text, placeName(e))
		}
	}
}

// TestPlacePossessorOfPlace: "visited western Kenya's Kisumu Province" is a
// visit to the county, not to the country that has it.
func TestPlacePossessorOfPlace(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Ugandan President Yoweri Museveni on Wednesday visited western Kenya's Kisumu Province.")
	for _, e := range storyEvents(t, d, 0, "visited") {
		if got := placeName(e); !strings.HasPrefix(got, "Kisumu") {
			t.Errorf("%s %q placed in %q, want Kisumu", e.Cameo, e.Action.Text, got)
		}
	}
}

// TestRestatedAct: a lead dated only by its report takes the day and the
// place of the next sentence that tells the same act again; a next
// sentence about another act gives it neither.
func TestRestatedAct(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Kenyan police have arrested 15 opposition supporters, a newspaper reported on Thursday. "+
		"The supporters were arrested in Nakuru during a rally on Tuesday.")
	for _, e := range storyEvents(t, d, 0, "arrested") {
		if e.Date != "2024-04-30" || !strings.HasPrefix(placeName(e), "Nakuru") {
			t.Errorf("%s %q dated %s placed in %q, want 2024-04-30 in Nakuru", e.Cameo, e.Action.Text, e.Date, placeName(e))
		}
	}
	d = codeStory(t, "2024-05-02", "Kenyan police have arrested 15 opposition supporters, a newspaper reported on Thursday. "+
		"Farmers marched in Nakuru on Tuesday.")
	for _, e := range storyEvents(t, d, 0, "arrested") {
		if e.Date == "2024-04-30" || e.Place != nil {
			t.Errorf("%s %q dated %s placed in %q by another act", e.Cameo, e.Action.Text, e.Date, placeName(e))
		}
	}
}

// TestPlacePossessorOfPerson: "near Kenya's William Kamau" names a person,
// not a place near which the meeting was.
func TestPlacePossessorOfPerson(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Ethiopian President Taye Atske Selassie met Somali ministers on Monday near Kenya's William Kamau.")
	for _, e := range storyEvents(t, d, 0, "met") {
		if e.Place != nil {
			t.Errorf("%s %q placed in %q, want none", e.Cameo, e.Action.Text, placeName(e))
		}
	}
}

// TestRestatedOtherAct: the same verb with other participants in their
// roles is another act ("killed six insurgents ... a soldier was killed on
// Saturday"): its day does not date the lead's killing.
func TestRestatedOtherAct(t *testing.T) {
	d := codeStory(t, "2024-05-02", "Kenyan soldiers killed six suspected militants, the army said on Thursday. "+
		"A Kenyan soldier was killed by a roadside bomb on Tuesday.")
	for _, e := range storyEvents(t, d, 0, "killed") {
		if e.Date == "2024-04-30" {
			t.Errorf("%s %q dated %s by another killing", e.Cameo, e.Action.Text, e.Date)
		}
	}
}
