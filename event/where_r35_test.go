package event_test

// Event places, session 35 (places-dev20), with the whole pipeline on
// sentences written for these tests. Each case runs with the round on and off.

import (
	"testing"

	"github.com/dyadproject/dyad/event"
)

func round35(t *testing.T, on bool) {
	t.Helper()
	event.Round35Places = on
	t.Cleanup(func() { event.Round35Places = true })
}

// TestPlaceActorPhrase: a place hung on a government's or a diplomat's noun
// in the source's phrase ("the government in Port Sudan", "Iran's envoy in
// Islamabad") tells where the actor sits, not where its statement was made;
// a material act of a force posted there, and a diplomat dealing with the
// country he is posted to, keep it.
func TestPlaceActorPhrase(t *testing.T) {
	text := "The government in Port Sudan accused the United Arab Emirates on Monday of arming the rebels."
	envoyAbroad := "Ali Rezaei, Iran's envoy in Islamabad, praised Kenya on Wednesday."
	troops := "Kenyan troops in Somalia attacked the militants on Tuesday."
	envoy := "The German ambassador in Beijing protested to the Chinese foreign ministry on Friday."
	round35(t, true)
	checkPlaces(t, "2024-05-02", text, []placeCase{{0, "accused", ""}})
	checkPlaces(t, "2024-05-02", envoyAbroad, []placeCase{{0, "praised", ""}})
	checkPlaces(t, "2024-05-02", troops, []placeCase{{0, "attacked", "Somalia"}})
	checkPlaces(t, "2024-05-02", envoy, []placeCase{{0, "protested", "Beijing"}})
	round35(t, false)
	checkPlaces(t, "2024-05-02", text, []placeCase{{0, "accused", "Port Sudan"}})
	checkPlaces(t, "2024-05-02", envoyAbroad, []placeCase{{0, "praised", "Islamabad"}})
}

// TestPlaceDeedPhrase: a place phrase right after a statement's object that
// ends in a deed ("denunciation of a recent offensive in ... town"), which
// the parser hangs on the statement's verb, is the deed's place, not the
// statement's.
func TestPlaceDeedPhrase(t *testing.T) {
	text := "Kenyan Foreign Minister Raphael Tuju on Saturday welcomed the vote, the official news agency reported. " +
		"Meanwhile, Tuju reiterated Kenya's denunciation of a recent Israeli offensive in northern Gaza's Beit Hanoun town that killed some 19 civilians."
	round35(t, true)
	checkPlaces(t, "2006-11-18", text, []placeCase{{1, "reiterated", ""}})
	round35(t, false)
	checkPlaces(t, "2006-11-18", text, []placeCase{{1, "reiterated", "Bayt Ḩānūn"}})
}
