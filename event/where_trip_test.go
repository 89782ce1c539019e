package event_test

// Places of trips (session 17, event/where_trip.go), with the whole
// pipeline on sentences written for these tests.

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func placeCountry(e doc.Event) string {
	if e.Place == nil {
		return ""
	}
	return e.Place.Country
}

// TestPlaceTripPurpose: what a trip is for happens where the trip goes,
// told by an infinitive of purpose or by a "for" phrase of any verb of
// going ("whisked to Kumasi ... for a meeting").
func TestPlaceTripPurpose(t *testing.T) {
	d := codeStory(t, "2026-03-02", "Kenyan Foreign Minister Musalia Mudavadi would visit Ghana for three days from March 14 "+
		"to meet with President John Mahama, a newspaper said.")
	for _, e := range storyEvents(t, d, 0, "meet") {
		if got := placeName(e); got != "Ghana" {
			t.Errorf("%s %q placed in %q, want Ghana", e.Cameo, e.Action.Text, got)
		}
	}
	d = codeStory(t, "2026-03-02", "The Kenyan leader was then whisked to Kumasi aboard a military helicopter for a meeting "+
		"with Ghanaian President John Mahama.")
	for _, e := range storyEvents(t, d, 0, "meeting") {
		if got := placeName(e); got != "Kumasi" {
			t.Errorf("%s %q placed in %q, want Kumasi", e.Cameo, e.Action.Text, got)
		}
	}
}

// TestPlaceDeparture: a departure's object is where the trip starts, its
// "for" phrase where it goes.
func TestPlaceDeparture(t *testing.T) {
	// The summit attended there codes nothing since session 23
	// (event/attend23.go): the departure alone is placed.
	d := codeStory(t, "2026-03-02", "Ruto left Nairobi early on Monday for Accra to attend the summit.")
	for _, w := range []string{"left"} {
		for _, e := range storyEvents(t, d, 0, w) {
			if got := placeName(e); got != "Accra" {
				t.Errorf("%s %q placed in %q, want Accra", e.Cameo, e.Action.Text, got)
			}
		}
	}
}

// TestPlaceTargetDestination: a trip to several countries places each
// visit in its own country, also when a light verb tells it ("pay
// official visits to").
func TestPlaceTargetDestination(t *testing.T) {
	for _, text := range []string{
		"Kenyan President William Ruto will visit Ghana, Togo and Benin next month, his office said on Monday.",
		"Kenyan President William Ruto will pay official visits to Ghana, Togo and Benin from March 4 to 15.",
	} {
		d := codeStory(t, "2026-03-02", text)
		n := 0
		for _, e := range d.Events {
			if e.Cameo != "036" || e.Target == nil {
				continue
			}
			n++
			if got := placeCountry(e); got != e.Target.Country {
				t.Errorf("%q: visit to %s placed in %q (%s)", text, e.Target.Code, placeName(e), got)
			}
		}
		if n != 3 {
			t.Errorf("%q: %d visits coded, want 3", text, n)
		}
	}
}

// TestPlaceLaterClause: the place of an act told as later ("hours before
// Mahama was to meet Abiy in Kumasi") does not place the event.
func TestPlaceLaterClause(t *testing.T) {
	d := codeStory(t, "2026-03-02", "Kenyan President William Ruto said he telephoned Ghanaian President John Mahama "+
		"hours before Mahama was to meet Abiy in Kumasi, Ghana, to seek support for the plan.")
	for _, e := range storyEvents(t, d, 0, "telephoned") {
		if e.Place != nil {
			t.Errorf("%s %q placed in %q", e.Cameo, e.Action.Text, placeName(e))
		}
	}
}

// TestPlaceHostCountry: talks with a "visiting" minister are in the host's
// country when the story places them no closer; without "visiting" they
// are placed nowhere.
func TestPlaceHostCountry(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Ethiopian Foreign Minister Taye Atske Selassie held talks on Monday with visiting Kenyan Foreign Minister " +
			"Musalia Mudavadi. Ethiopia and Kenya share a long border.", "ETH"},
		{"Ethiopian Foreign Minister Taye Atske Selassie held talks on Monday with Kenyan Foreign Minister " +
			"Musalia Mudavadi. Ethiopia and Kenya share a long border.", ""},
	} {
		d := codeStory(t, "2026-03-02", c.text)
		for _, e := range storyEvents(t, d, 0, "held talks") {
			if got := placeCountry(e); got != c.want {
				t.Errorf("%q: %s placed in %q (%s), want %q", c.text, e.Cameo, placeName(e), got, c.want)
			}
		}
	}
	// "arrived here for talks": the traveller's hosts' country, for the
	// arrival (since session 22 the one meeting with the hosts,
	// data/event/round22.pat's ARRIVE_FOR_TALKS, which the talks' own
	// event duplicated before).
	text := "Kenyan Foreign Minister Musalia Mudavadi arrived here on Tuesday for cooperation talks with Ethiopian " +
		"leaders, including a meeting with Prime Minister Abiy Ahmed. Kenya and Ethiopia share a long border."
	d := codeStory(t, "2026-03-03", text)
	for _, w := range []string{"arrived"} {
		for _, e := range storyEvents(t, d, 0, w) {
			if got := placeCountry(e); got != "ETH" {
				t.Errorf("%s %q placed in %q (%s), want ETH", e.Cameo, e.Action.Text, placeName(e), got)
			}
		}
	}
}

// TestPlaceTripLegPartner: an act that takes its place from a trip to
// several countries (a conjunct of the visit, or the next sentence) is
// placed in the leg of its partner's country, and nowhere when no leg is
// its partner's.
func TestPlaceTripLegPartner(t *testing.T) {
	for _, c := range []struct {
		text, word, want string
	}{
		{"Ethiopian Prime Minister Abiy Ahmed toured Rwanda, Zambia and Malawi and held talks with Zambian President " +
			"Hakainde Hichilema.", "held talks", "ZMB"},
		{"Indian Prime Minister Narendra Modi visited Paris and Berlin this week, and met French President Emmanuel " +
			"Macron on Monday.", "met", "FRA"},
		{"Ethiopian Prime Minister Abiy Ahmed toured Rwanda, Zambia and Malawi and signed a trade deal.", "signed", ""},
	} {
		d := codeStory(t, "2026-03-10", c.text)
		es := storyEvents(t, d, 0, c.word)
		if len(es) == 0 {
			t.Errorf("%q: no event for %q", c.text, c.word)
		}
		for _, e := range es {
			if got := placeCountry(e); got != c.want {
				t.Errorf("%q: %s %q placed in %q (%s), want %q", c.text, e.Cameo, e.Action.Text, placeName(e), got, c.want)
			}
		}
	}
	d := codeStory(t, "2026-03-10", "Indian Prime Minister Narendra Modi visited Paris and Berlin this week. "+
		"He met French President Emmanuel Macron on Monday.")
	es := storyEvents(t, d, 1, "met")
	if len(es) == 0 {
		t.Errorf("no event for met")
	}
	for _, e := range es {
		if got := placeCountry(e); got != "FRA" {
			t.Errorf("%s %q placed in %q (%s), want FRA", e.Cameo, e.Action.Text, placeName(e), got)
		}
	}
}

// TestPlaceEarlierClause: an act told in an "after" or "since" clause
// ("two days after Uganda closed its border") takes neither the place nor
// the day of the main clause; a counted distance dates it that far before
// the main clause's day (session 23, round 11: countedBeforeDay).
func TestPlaceEarlierClause(t *testing.T) {
	for _, c := range []struct{ text, word, date, typ string }{
		{"Ruto addressed lawmakers on Monday in Nairobi, two days after Tanzania closed its border with Kenya.", "closed", "2026-03-07", "exact"},
		{"The envoy arrived in Kabul on Friday a week after the Taliban rejected the peace offer.", "rejected", "2026-W09", "approximate"},
		{"Mahama spoke in Accra on Thursday, a month after Britain recalled its ambassador from Ghana.", "recalled", "2026-02", "approximate"},
	} {
		d := codeStory(t, "2026-03-10", c.text)
		es := storyEvents(t, d, 0, c.word)
		if len(es) == 0 {
			t.Errorf("%q: no event for %q", c.text, c.word)
		}
		for _, e := range es {
			if e.Place != nil {
				t.Errorf("%q: %s %q placed in %q", c.text, e.Cameo, e.Action.Text, placeName(e))
			}
			if e.Date != c.date || e.DateType != c.typ {
				t.Errorf("%q: %s %q dated %s (%s), want %s (%s)", c.text, e.Cameo, e.Action.Text, e.Date, e.DateType, c.date, c.typ)
			}
		}
	}
}

// TestPlaceEarlierClausePlace: the place of an act told in an "after"
// clause does not place the main clause's event, as for "before".
func TestPlaceEarlierClausePlace(t *testing.T) {
	d := codeStory(t, "2026-03-10", "Israel struck Gaza on Sunday, a day after Hamas fired rockets at Ashkelon.")
	es := storyEvents(t, d, 0, "struck")
	if len(es) == 0 {
		t.Errorf("no event for struck")
	}
	for _, e := range es {
		if got := placeName(e); got == "Ashkelon" {
			t.Errorf("%s %q placed in %q", e.Cameo, e.Action.Text, got)
		}
	}
}
