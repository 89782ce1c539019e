package event_test

// Event places and dates, round 4 (session 18, places-dev4), with the
// whole pipeline on sentences written for these tests.

import "testing"

// TestPlaceTopicClause: what a statement warns or accuses someone of, told
// as a clause ("against interfering in Kosovo", "of robbing her in a bus
// in Kisumu"), is not where the statement was made; a clause of the
// statement's own circumstances still places it.
func TestPlaceTopicClause(t *testing.T) {
	checkPlaces(t, "2026-03-02", "Serbia warned Albania on Monday against interfering in Kosovo.",
		[]placeCase{{0, "warned", ""}})
	checkPlaces(t, "2026-03-02", "Kenyan police detained two Ugandan soldiers on Friday after a Kenyan woman accused them of robbing her in a bus in Kisumu.",
		[]placeCase{{0, "accused", ""}})
	checkPlaces(t, "2026-03-02", "Kenya criticised Uganda on Monday while hosting the talks in Nairobi.",
		[]placeCase{{0, "criticised", "Nairobi"}})
}

// TestPlaceForceToldAgain: force told again in the next sentence by a
// definite noun takes the place and day that sentence gives it (any place
// for an unplaced act, a finer one of its country for an act placed in a
// country); an act of other sides in the next sentence carries nothing.
func TestPlaceForceToldAgain(t *testing.T) {
	cases := []struct{ text, word, place, date string }{
		{"Four villagers were killed when Kenyan police fired on a crowd, a newspaper reported on Thursday. " +
			"Two policemen were also hurt in the clash on Tuesday in Kisumu.", "fired", "Kisumu", "2026-03-03"},
		{"Kenyan troops killed five al-Shabaab fighters in Somalia, the army said on Thursday. " +
			"The fighting took place near Kismayo on Wednesday.", "killed", "Kismayo", "2026-03-04"},
		{"The Kenyan army said on Thursday it had killed 30 al-Shabaab militants in a battle. " +
			"Ten soldiers were wounded during the fighting, which took place near Kismayo on Wednesday.", "killed", "Kismayo", "2026-03-04"},
		{"Kenyan troops killed five al-Shabaab fighters in Somalia, the army said on Thursday. " +
			"The fighting in Nairobi's Eastleigh district was heavy.", "killed", "Somalia", "2026-03-05"},
	}
	for _, c := range cases {
		d := codeStory(t, "2026-03-05", c.text)
		for _, e := range storyEvents(t, d, 0, c.word) {
			if got := placeName(e); got != c.place || e.Date != c.date {
				t.Errorf("%q: %s %q placed in %q on %s, want %q on %s", c.text, e.Cameo, e.Action.Text, got, e.Date, c.place, c.date)
			}
		}
	}
	d := codeStory(t, "2026-03-05", "Kenyan police clashed with Somali refugees in Nairobi, a newspaper reported on Thursday. "+
		"Ugandan troops attacked rebels after the clash on Tuesday in Gulu.")
	for _, e := range storyEvents(t, d, 0, "clashed") {
		if got := placeName(e); got != "Nairobi" || e.Date != "2026-03-05" {
			t.Errorf("%s %q placed in %q on %s, want Nairobi on 2026-03-05", e.Cameo, e.Action.Text, got, e.Date)
		}
	}
}

// TestPlaceCauseParticiple: what moved a participant, told in a participle
// on it, is not where its act happened; a participle of where it is still
// places the act by the sentence rule.
func TestPlaceCauseParticiple(t *testing.T) {
	checkPlaces(t, "2026-03-05", "Uganda, angered by the killing of two Ugandan traders in Juba, has closed its border with South Sudan.",
		[]placeCase{{0, "closed", ""}})
	checkPlaces(t, "2026-03-05", "Kenya, alarmed by the arrest of three Kenyan journalists in Kampala, has recalled its ambassador from Uganda.",
		[]placeCase{{0, "recalled", ""}})
	checkPlaces(t, "2026-03-05", "Kenyan troops, stationed in Somalia since 2011, attacked al-Shabaab militants on Monday.",
		[]placeCase{{0, "attacked", "Somalia"}})
}

// TestPlaceDistanceFrom: a place an act is told to be some distance from
// places it in that place's country, when no locative gives a place of its
// own (the story names the country); a locative still wins.
func TestPlaceDistanceFrom(t *testing.T) {
	checkPlaces(t, "2026-03-05", "Two policemen were killed in Nepal on Sunday. Nepalese police clashed with Maoist rebels at a village of Khotang district, "+
		"some 200 km east of Kathmandu, on the same day.", []placeCase{{1, "clashed", "Nepal"}})
	checkPlaces(t, "2026-03-05", "Kenyan police clashed with cattle raiders at a village 50 km north of Isiolo in Marsabit county on Sunday, "+
		"the Kenyan government said. Kenya sent more troops.", []placeCase{{0, "clashed", "Marsabit County"}})
}
