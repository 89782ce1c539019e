package pipeline

import (
	"strings"
	"testing"
)

// Session 23's everyday round (event/everyday23.go, actor/everyday23.go,
// quote/everyday23.go): sentences shortened from stories written for the
// round (a border clash with a neighbour's mediation offer, a disputed
// election, a prisoner exchange brokered by a third country), each coded
// wrongly before the round: want must be among the sentence's events, not
// must not.
func TestEverydayTwentyThree(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// "both countries" after a third party's offer: "between Islamabad
		// and Kabul and to help ..., its foreign minister said" does not
		// name Kabul and the minister together; the story's pair stands
		{"Pakistani and Afghan forces exchanged fire across the border. Iran offered to host talks between Islamabad " +
			"and Kabul and to help both sides return to dialogue, its foreign minister Abbas Araghchi said. The UN " +
			"chief urged both countries to resolve their differences.", 2, "020 IGOUNO>PAK", "IGOUNO>IRN"},
		// the go-between of the sentence before is no side of "both
		// countries" (officials of each: their governments since session
		// 32's delegatesOf, event/round32.go)
		{"Russia and the United States swapped prisoners on Thursday. It was the third exchange between Moscow and " +
			"Washington mediated by the Emirates. Officials from both countries will meet again next month.", 2,
			"036 RUSGOV>USAGOV", ">ARE"},
		// "Police fired tear gas and arrested ...": "fired" tagged an
		// adjective of "gas", the subject of "arrested"; the verb of the
		// police (the story's paragraphs before give the tagger its
		// context)
		{"KAMPALA, Jan 17 (AFP) - Uganda's main opposition leader Bobi Wine on Saturday rejected the results of " +
			"Thursday's presidential election, which gave President Yoweri Museveni a seventh term, and called on his " +
			"supporters to protest peacefully.\n\nThe Electoral Commission declared Museveni the winner on Saturday " +
			"with 71.6 percent of the vote, against 24.3 percent for Wine, whose real name is Robert Kyagulanyi.\n\n" +
			"\"This was not an election but a military operation, and we do not accept the figures announced today,\" " +
			"Wine told reporters at his home in Magere, north of Kampala.\n\nHundreds of opposition supporters took to " +
			"the streets in the Kampala suburbs of Kawempe and Nansana, burning tyres and blocking roads.\n\nPolice " +
			"fired tear gas and arrested at least 60 people, police spokesman Kituuma Rusoke said.", 5,
			"175 UGACOP>", ""},
		// going to court is a lawsuit, going to the streets a protest
		// (not 036, an intended meeting)
		{"\"We will go to court, and we will go to the streets,\" Ugandan opposition leader Bobi Wine said.", 0,
			"115 UGAOPP>", "036"},
		{"\"We will go to court, and we will go to the streets,\" Ugandan opposition leader Bobi Wine said.", 0,
			"141 UGAOPP>", "036"},
		// a petition filed at a court is a lawsuit
		{"Uganda's opposition National Unity Platform said it would file a petition at the Supreme Court.", 0,
			"115 UGA", ""},
		// serving a sentence is no cooperation
		{"In return, Washington freed Pavel Sokolov, who was serving a nine-year sentence in a federal prison.", 0,
			"", "060"},
		// "we" in a conjunct after a named subject is the speaker's side,
		// not that subject
		{"\"Kenya has once again violated our territory, and we reserve the right to defend our soil,\" Somali " +
			"President Hassan Sheikh Mohamud wrote on X.", 0, "130 SOMGOV>", "130 KEN"},
	})
}

// Session 23's everyday round: speakers of quotes.
func TestEverydayTwentyThreeQuotes(t *testing.T) {
	for _, c := range []struct{ text, content, speaker string }{
		// "..., which gave ..., and called on": the relative clause's
		// "which" says nothing; the main clause's subject does
		{"Uganda's opposition leader Bobi Wine rejected the results of the vote, which gave President Yoweri " +
			"Museveni another term, and called on his supporters to stay calm.", "on his supporters", "UGAOPP"},
		// "thanked the UAE's President X ... and said": X parsed as the
		// subject of "said" is the object of "thanked"
		{"Secretary of State Marco Rubio thanked the UAE's President Mohamed bin Zayed Al Nahyan for his " +
			"\"tireless mediation\" and said the exchange showed that quiet diplomacy could bring Americans home.",
			"the exchange showed", "USAGOV"},
		// a surname the entity stage left untagged ("Wine", a common
		// noun too): the person named before with that surname
		{"Ugandan opposition leader Bobi Wine rejected the results. \"This was a military operation,\" Wine told " +
			"reporters.", "\"This was a military", "UGAOPP"},
	} {
		d := runStandard(t, c.text, "2026-04-09")
		wantQuoteSpeaker(t, d, c.text, c.content, c.speaker)
	}
}

// Session 23's everyday round: "near the Torkham crossing late on
// Tuesday", the -ing noun tagged a participle that took the time phrase;
// the shooting is Tuesday's (was the publication date, unresolved).
func TestEverydayTwentyThreeDates(t *testing.T) {
	d := runStandard(t, "ISLAMABAD, Feb 18 (Reuters) - Pakistan's military said Afghan Taliban fighters opened fire on a "+
		"border post near the Torkham crossing late on Tuesday, and that its troops responded with force.", "2026-02-18")
	found := false
	for _, e := range d.Events {
		if e.Action.Text != "opened fire" {
			continue
		}
		found = true
		if e.Date != "2026-02-17" {
			t.Errorf("opened fire: date %q, want 2026-02-17", e.Date)
		}
	}
	if !found {
		t.Errorf("no event on \"opened fire\"")
	}
}

// Session 23's everyday round: ruling a country is no quote ("has ruled
// Uganda since 1986" was a quote with the country as its content).
func TestEverydayTwentyThreeNoQuote(t *testing.T) {
	d := runStandard(t, "President Yoweri Museveni, 81, has ruled Uganda since 1986.", "2026-01-17")
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Content.Text, "Uganda") {
			t.Errorf("quote %q", q.Content.Text)
		}
	}
}
