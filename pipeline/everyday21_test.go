package pipeline

import (
	"strings"
	"testing"
)

// Session 21's everyday round (event/everyday21.go, actor/everyday21.go,
// quote/everyday21.go): stories written for the test, each case coded
// wrongly before the round: want must be among the sentence's events, not
// must not.
func TestEverydayTwentyOne(t *testing.T) {
	border := "Vietnamese and Laotian border guards exchanged gunfire along their frontier on Tuesday, wounding three " +
		"guards.\n\nVietnam's army said Laotian troops had shelled a border post first and that its soldiers had " +
		"returned fire.\n\nLaos's foreign ministry denied the report, saying Vietnamese jets had bombed its " +
		"positions.\n\nVietnamese Prime Minister Pham Minh Chinh ordered the border crossings closed and recalled " +
		"the ambassador from Vientiane. \"We will not allow one metre of our land to be seized,\" he said.\n\n" +
		"Indonesian President Prabowo Subianto said he had spoken to both leaders by phone. Japan urged both sides " +
		"to show restraint, while Australia said it was monitoring the situation.\n\nThe two countries signed a " +
		"border pact in March, but each has since accused the other of breaching it."
	veto := "China vetoed a Security Council resolution on Monday that would have demanded a halt to fighting in " +
		"Myanmar.\n\nThirteen members voted in favour of the French-drafted text, while India abstained. France's " +
		"ambassador called the veto \"disgraceful\" and said Beijing had chosen to defend its economic interests.\n\n" +
		"Myanmar's military-backed government welcomed the veto."
	failed := "Moscow vetoed a UN Security Council resolution on Tuesday that would have demanded an immediate truce " +
		"in Libya and imposed an arms embargo on the rival forces."
	checkSentenceEvents(t, []sentenceEvents{
		// "the two countries": the pair the story set against each
		// other, not the last two countries named apart
		{border, 7, "057 LAO>VNM", "JPN"},
		// "each ... accused the other": both ways
		{border, 7, "112 LAO>VNM,112 VNM>LAO", ""},
		// "both sides" coded alike (an appeal for restraint: 0256 since
		// session 23b, data/event/round23b.pat)
		{border, 6, "0256 JPN>LAO,0256 JPN>VNM,", "COP"},
		// a call by phone to both leaders: one way to each
		{border, 5, "041 IDNGOV>LAOGOV,041 IDNGOV>VNMGOV", ""},
		// "its soldiers" after "forces ... and that": the speaker's; fire
		// returned on the ones who fired
		{border, 1, "190 VNMMIL>LAO", ""},
		// ", saying" on the object; "its positions"
		{border, 2, "195 VNM>LAOMIL", ""},
		// a border closure, and a recall conjoined to its participle
		{border, 3, "191 VNMGOV>LAO", "100"},
		{border, 3, "161 VNMGOV>LAO", ""},
		// "will not allow ... to be seized": no refusal
		{border, 4, "", "035"},
		// a failed text's content is nobody's act
		{failed, 0, "129 RUS>IGOUNO", "163"},
		{failed, 0, "129", "1056"},
		// a vote, no yielding
		{veto, 1, "", "080"},
		// "called the veto "disgraceful"": criticism of the vetoer
		{veto, 2, "111 FRAGOV>CHN", "041"},
		// protecting one's interests is no peacekeeping
		{veto, 2, "", "074"},
		// the veto's author is the target of its welcome
		{veto, 3, "051 MMRGOV>CHN", ""},
		// "Mali's army-backed government": the government
		{"Mali's army-backed government thanked Moscow for its support.", 0, "051 MLIGOV>RUS", ""},
	})
}

// Session 21's everyday round: cues that quote nobody.
func TestEverydayTwentyOneQuotes(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"Twenty members voted against the Dutch-drafted bill, while two abstained.", "voted"},
		{"Mali's army-backed government thanked Moscow for its support. The Tuareg rebels, who have been fighting " +
			"the army since 2012, did not respond to a request for comment.", "respond"},
		{"Moscow vetoed a UN Security Council resolution on Tuesday that would have demanded an immediate truce " +
			"in Libya and imposed an arms embargo on the rival forces.", "demanded"},
	} {
		d := runStandard(t, c.text, "2026-03-10")
		for _, q := range d.Quotes {
			if q.Cue != nil && strings.EqualFold(q.Cue.Text, c.cue) {
				t.Errorf("%q: a quote of %q (%q)", c.text, c.cue, q.Content.Text)
			}
		}
	}
}
