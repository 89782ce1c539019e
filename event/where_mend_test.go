package event_test

// Event places: the occasion, dateline, topic, visit and reporter rules
// kept to what they are for (docs/EVENTS.md, "Places").

import "testing"

// wantPlace checks the place of every event on word in sentence si.
func wantPlace(t *testing.T, text string, si int, word, want string) {
	t.Helper()
	d := codeStory(t, "2026-03-12", text)
	for _, e := range storyEvents(t, d, si, word) {
		if got := placeName(e); got != want {
			t.Errorf("%s %s %q placed in %q, want %q", e.Cameo, e.Source.Code, e.Action.Text, got, want)
		}
	}
}

// TestPlaceOccasionOwnActors: a meeting's or visit's place carries only to
// the later, done, non-violent acts of its own actors in its time: not to
// a killing told before it, not to arrests, not to other sectors of the
// same countries, not to a clash months before, nor a pact planned for
// next year.
func TestPlaceOccasionOwnActors(t *testing.T) {
	wantPlace(t, "Ethiopian troops killed 12 Kenyan herders near the border on Sunday. "+
		"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.", 0, "killed", "")
	meet := "Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday. The two leaders discussed border security. " +
		"Somali forces arrested two Kenyan nationals last week."
	wantPlace(t, meet, 1, "discussed", "Nairobi")
	wantPlace(t, meet, 2, "arrested", "")
	visit := "KAMPALA - Kenyan President William Ruto arrived in Kigali on Monday for a three-day state visit. " +
		"Rwandan President Paul Kagame received Ruto at the airport and the two presidents held talks on Tuesday. " +
		"Back home, Kenyan police arrested 30 Rwandan nationals on Tuesday over a smuggling ring. " +
		"Rwandan troops clashed with Kenyan smugglers on the border in January. " +
		"Kagame is expected to pay a return visit next year and sign a defence pact with Kenya."
	wantPlace(t, visit, 1, "held talks", "Kigali")
	wantPlace(t, visit, 2, "arrested", "")
	wantPlace(t, visit, 3, "clashed", "")
	wantPlace(t, visit, 4, "sign", "")
}

// TestPlaceTripDays: the visitor's other acts take the visit's place only
// within the days the visit is told to last.
func TestPlaceTripDays(t *testing.T) {
	story := "Kenyan President William Ruto arrived in Kigali on Monday for a two-day state visit. " +
		"Rwandan President Paul Kagame received Ruto at State House. " +
		"On Wednesday Ruto held talks with Ugandan President Yoweri Museveni on the oil pipeline."
	wantPlace(t, story, 1, "received", "Kigali")
	wantPlace(t, story, 2, "held talks", "")
}

// TestPlaceInvitationNoOccasion: an invitation coded as a meeting does not
// carry its place to the invitee's later acts.
func TestPlaceInvitationNoOccasion(t *testing.T) {
	wantPlace(t, "On Monday in Nairobi, Ruto invited Ethiopian officials to join the peace talks. "+
		"The Ethiopian government thanked Ruto.", 1, "thanked", "")
}

// TestPlaceDatelineOneSide: the dateline still places an act with a single
// coded side or an organisation on a side.
func TestPlaceDatelineOneSide(t *testing.T) {
	wantPlace(t, "NAIROBI - Ethiopian Prime Minister Abiy Ahmed arrived on Tuesday for a two-day state visit.", 0, "arrived", "Nairobi")
	wantPlace(t, "BRUSSELS - The European Union condemned Russia on Tuesday for the attack.", 0, "condemned", "Brussels")
	wantPlace(t, "BAGHDAD - US troops killed five al-Qaeda fighters in a raid on Tuesday.", 0, "killed", "Baghdad")
	wantPlace(t, "NAIROBI - Somalia accused Ethiopia of violating its sovereignty.", 0, "accused", "")
}

// TestPlaceInvestigationNotTopic: an investigation is done where what it
// investigates is.
func TestPlaceInvestigationNotTopic(t *testing.T) {
	wantPlace(t, "Kenyan police are investigating the killing of a journalist in Kisumu.", 0, "investigating", "Kisumu")
}

// TestPlaceVisitOtherTime: a visit told in a relative clause with a time
// of its own far from the event places nothing; an arrival of the same
// days still does.
func TestPlaceVisitOtherTime(t *testing.T) {
	wantPlace(t, "Ugandan President Yoweri Museveni, who toured Goma in 2019, condemned the Rwandan army.", 0, "condemned", "")
	wantPlace(t, "Kenyan President William Ruto, who arrived in Kigali on Monday, signed the accord during talks with Kagame.", 0, "signed", "Kigali")
}

// TestPlaceReporterDeed: a deed is not placed where its reporters are, even
// of its own country, and the reporters' city (coded as its government)
// makes no reporter of the event's side.
func TestPlaceReporterDeed(t *testing.T) {
	wantPlace(t, "Officials in Nairobi said Kenyan troops killed 20 al-Shabaab fighters.", 0, "killed", "")
	wantPlace(t, "Diplomats in Addis Ababa said Ethiopia and Eritrea had agreed to reopen the border.", 0, "reopen", "")
}
