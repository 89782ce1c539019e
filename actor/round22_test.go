package actor

import "testing"

// Session 35, actor round 22. Every sentence is written for the test.

// A capital where a journey ends or starts is a place, no actor; the same
// capital dealt with as its state keeps its code.
func TestRound22TravelPlace(t *testing.T) {
	const date = "2006-12-12"
	cases := []struct {
		text string
		w    want
	}{
		{"The envoy met the prime minister before flying back to Washington on a military jet.", want{"Washington", 0, "-", ""}},
		{"The delegation arrived in Lima on Tuesday directly from Moscow.", want{"Moscow", 0, "-", ""}},
		{"The two engineers were put on a flight bound for Paris, officials said.", want{"Paris", 0, "-", ""}},
		{"Night trains between Paris and Madrid were cancelled on Monday.", want{"Paris", 0, "-", ""}},
		{"Bush departed Washington early Thursday for the summit.", want{"Washington", 0, "-", ""}},
		// no travel word: the capital acts or is dealt with as its state
		{"The mayor sent a letter to Washington on Friday asking for funds.", want{"Washington", 0, "USAGOV", ""}},
		{"Moscow warned on Tuesday that it would answer the sanctions.", want{"Moscow", 0, "RUSGOV", ""}},
	}
	for _, c := range cases {
		checkResolved(t, date, c.text, []want{c.w})
	}
	round22Off["travelPlace"] = true
	defer delete(round22Off, "travelPlace")
	checkResolved(t, date, cases[0].text, []want{{"Washington", 0, "USAGOV", ""}})
}

// A state-media outlet's one-word name that is a common English word
// ("Gold", a Singaporean radio channel) left out of the KB by kbgen
// (wordNetCommon): the word opens no outlet's mention.
func TestRound22StateMediaCommonWord(t *testing.T) {
	checkResolved(t, "2005-11-15",
		"The eight pairs were split into the Blue and Gold Groups before the semifinals.",
		[]want{{"Gold", 0, "-", ""}})
	checkResolved(t, "2005-11-15",
		"Channel NewsAsia reported on Tuesday that the port would close for two days.",
		[]want{{"Channel NewsAsia", 0, "SGPMED", ""}})
}

// "Warsaw Pact" is the Warsaw Treaty Organization (a KB row, IGOEEU), not
// the city; "former" before it and a noun for its member states belongs
// to the states (formerBloc), not an elite of the bloc.
func TestRound22WarsawPact(t *testing.T) {
	const text = "Slovakia is one of the former Warsaw Pact states that hope to join NATO soon."
	checkResolved(t, "1997-04-10", text, []want{{"Warsaw Pact", 0, "IGOEEU", ""}})
	checkResolved(t, "1997-04-10", "The Warsaw Pact was dissolved in 1991, two years after the wall fell.",
		[]want{{"Warsaw Pact", 0, "IGOEEU", ""}})
	round22Off["formerBloc"] = true
	defer delete(round22Off, "formerBloc")
	checkResolved(t, "1997-04-10", text, []want{{"former Warsaw Pact", 0, "EEUELI", ""}})
}

// A list of places that holds a city or province names places, the capital
// in it too; a list of capitals alone, or cities that act, keep their codes.
func TestRound22PlaceLists(t *testing.T) {
	const text = "Health officials from Hebei, Beijing and Tianjin said they would visit the fair next month."
	checkResolved(t, "2006-11-14", text, []want{{"Beijing", 0, "-", ""}})
	checkResolved(t, "2006-11-14", "Talks between Washington and Kabul resumed on Monday.",
		[]want{{"Washington", 0, "USAGOV", ""}, {"Kabul", 0, "AFGGOV", ""}})
	round22Off["placeLists"] = true
	defer delete(round22Off, "placeLists")
	checkResolved(t, "2006-11-14", text, []want{{"Beijing", 0, "CHNGOV", ""}})
}
