package event_test

// Event places, mend of session 18 (the lead's stories s5 and s6), with
// the whole pipeline on sentences written for these tests.

import "testing"

// placeCase is one event's expected place in a story.
type placeCase struct {
	si         int
	word, want string
}

func checkPlaces(t *testing.T, date, text string, cases []placeCase) {
	t.Helper()
	d := codeStory(t, date, text)
	for _, c := range cases {
		for _, e := range storyEvents(t, d, c.si, c.word) {
			if got := placeName(e); got != c.want {
				t.Errorf("%q: sentence %d %s %q placed in %q, want %q", text, c.si, e.Cameo, e.Action.Text, got, c.want)
			}
		}
	}
}

// TestPlaceAdjectiveCapital: "the Ethiopian capital" in a locative phrase
// of the event's own clause, even nested under another ("at a hotel in the
// Ethiopian capital"), is the country's capital; what a statement is about
// is not where it was made.
func TestPlaceAdjectiveCapital(t *testing.T) {
	checkPlaces(t, "2026-03-03", "Kenyan Foreign Minister Musalia Mudavadi and his Ugandan counterpart Jeje Odongo met for three hours on Monday at a hotel in the Ethiopian capital.",
		[]placeCase{{0, "met", "Addis Ababa"}})
	checkPlaces(t, "2026-03-03", "Ghanaian President John Mahama met Togolese President Faure Gnassingbe on Monday in the Nigerian capital.",
		[]placeCase{{0, "met", "Abuja"}})
	checkPlaces(t, "2026-03-03", "Kenya condemned the bombing of a market in the Somali capital on Monday.",
		[]placeCase{{0, "condemned", ""}})
}

// TestPlaceConjunctClause: a place in a clause under a verb conjoined to
// the trigger (what the second act offers or says) does not place the
// first act; the act of that clause keeps it.
func TestPlaceConjunctClause(t *testing.T) {
	checkPlaces(t, "2026-03-03", "Kenyan President William Ruto phoned Ugandan President Yoweri Museveni on Monday and offered to host the talks in Nairobi.",
		[]placeCase{{0, "phoned", ""}, {0, "offered", "Nairobi"}})
	checkPlaces(t, "2026-03-03", "Ghana called for the release of the Togolese journalists, and Nigeria's opposition leader said the arrests were a blow to democracy in West Africa.",
		[]placeCase{{0, "called", ""}})
}

// TestPlaceThirdPartyDateline: in a story filed from where two sides met,
// the statement of a third country's side with no target of the meeting
// does not take the dateline; a party's own statement still does.
func TestPlaceThirdPartyDateline(t *testing.T) {
	checkPlaces(t, "2026-03-03", "NAIROBI - Ethiopian Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud on Monday in Nairobi. "+
		"Egyptian Foreign Minister Badr Abdelatty warned on Tuesday that any deal reached without Egypt would not last. "+
		"Mohamud warned on Tuesday that any deal reached without Somalia would not last.",
		[]placeCase{{0, "met", "Nairobi"}, {1, "warned", ""}, {2, "warned", "Nairobi"}})
}
