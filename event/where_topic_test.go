package event_test

// Topic places of acts and carries from a neighbouring sentence (session
// 17, places2), with the whole pipeline on sentences written for these
// tests.

import "testing"

// TestPlaceActTopic: a place inside what an act is about ("over", "for",
// a clause of accusing) does not place the act; force keeps the place of
// what it was fought over, and a locative before the topic still places.
func TestPlaceActTopic(t *testing.T) {
	cases := []struct{ text, word, want string }{
		{"KHARTOUM - The United States imposed sanctions on two Sudanese commanders over atrocities in Darfur.", "imposed", "Khartoum"},
		{"The United States imposed sanctions on two Sudanese commanders on Monday, accusing them of atrocities in Darfur.", "imposed", ""},
		{"Kenya expelled two Somali diplomats over the bombing of a market in Garissa.", "expelled", ""},
		{"A former Kenyan commander implicated two Somali generals in an air strike on Kenyan forces in Somalia last year.", "implicated", ""},
		{"Kenya accused Somalia in a statement in Nairobi on Monday of arming rebels.", "accused", "Nairobi"},
		{"Somali troops clashed with al-Shabaab militants over a checkpoint in Kismayo on Monday.", "clashed", "Kismayo"},
		{"Kenyan police arrested ten Somali men in Mombasa over the attack in Garissa.", "arrested", "Mombasa"},
		{"Kenyan police arrested ten Somali men over the weekend in Mombasa.", "arrested", "Mombasa"},
	}
	for _, c := range cases {
		d := codeStory(t, "2026-03-02", c.text)
		for _, e := range storyEvents(t, d, 0, c.word) {
			if got := placeName(e); got != c.want {
				t.Errorf("%q: %s %q placed in %q, want %q", c.text, e.Cameo, e.Action.Text, got, c.want)
			}
		}
	}
}

// TestPlaceRestatedBefore: an act told again in the next sentence with the
// same verb and participant takes the place the first telling gave it.
func TestPlaceRestatedBefore(t *testing.T) {
	d := codeStory(t, "2026-03-02", "Kenya and Ethiopia signed a trade agreement on Sunday in Addis Ababa. "+
		"The agreement was signed by the Kenyan trade minister and his Ethiopian counterpart.")
	for _, e := range storyEvents(t, d, 1, "signed") {
		if got := placeName(e); got != "Addis Ababa" {
			t.Errorf("%s %q placed in %q, want Addis Ababa", e.Cameo, e.Action.Text, got)
		}
	}
	// another signing, by others: no carry
	d = codeStory(t, "2026-03-02", "Kenya and Ethiopia signed a trade agreement on Sunday in Addis Ababa. "+
		"Uganda signed a loan deal with Tanzania.")
	for _, e := range storyEvents(t, d, 1, "signed") {
		if got := placeName(e); got != "" {
			t.Errorf("%s %q placed in %q, want none", e.Cameo, e.Action.Text, got)
		}
	}
}

// TestPlacePlannedVisit: a visit to come places the visitor's other plans
// with the host, not his acts done.
func TestPlacePlannedVisit(t *testing.T) {
	d := codeStory(t, "2026-03-02", "Kenyan Foreign Minister Musalia Mudavadi will visit Ethiopia this week, the ministry said on Monday. "+
		"Mudavadi would hold talks with Ethiopian Prime Minister Abiy Ahmed on the border dispute, a spokeswoman said.")
	for _, e := range storyEvents(t, d, 1, "hold") {
		if got := placeName(e); got != "Ethiopia" {
			t.Errorf("%s %q placed in %q, want Ethiopia", e.Cameo, e.Action.Text, got)
		}
	}
	d = codeStory(t, "2026-03-02", "Kenyan Foreign Minister Musalia Mudavadi will visit Ethiopia this week, the ministry said on Monday. "+
		"Mudavadi held talks with Ethiopian Prime Minister Abiy Ahmed by telephone on Sunday, a spokeswoman said.")
	for _, e := range storyEvents(t, d, 1, "held") {
		if got := placeName(e); got != "" {
			t.Errorf("%s %q placed in %q, want none", e.Cameo, e.Action.Text, got)
		}
	}
}
