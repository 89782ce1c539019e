package actor

import "testing"

// A titled person the story never names ("the US envoy") is someone a
// later pronoun may mean; plural titles and bodies named by a title word
// ("the Chinese leadership") are not (onePersonTitle).
func TestResolvePronounToNamelessTitle(t *testing.T) {
	checkResolved(t, "2005-12-12",
		"The US envoy said violence had dropped before the vote. He gave no figures but praised the Iraqi police.",
		[]want{{"He", 0, "USAGOV", ""}})
	checkResolved(t, "1997-04-18",
		"White House spokesman Mike McCurry defended the approach. "+
			"\"It matters to the Chinese leadership,\" he said.",
		[]want{{"he", 0, "USAGOV", ""}})
	checkResolved(t, "1997-04-30",
		"Foreign ministry spokesman Jacques Rummelhardt said European ambassadors would return to Tehran. "+
			"\"They should go back to their posts,\" he added.",
		[]want{{"he", 0, "FRAGOV", ""}})
}

// A named person of the same salience wins a pronoun over a titled person
// the story never names (corefNamelessPenalty; session 12 review).
func TestResolvePronounNamedOverNameless(t *testing.T) {
	checkResolved(t, "2026-05-01",
		"Russian President Vladimir Putin met the US envoy in Moscow on Thursday. He told reporters the meeting had been useful.",
		[]want{{"He", 0, "RUSGOV", ""}})
	checkResolved(t, "2026-05-01",
		"The US envoy met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad. He urged the envoy to press Washington for more aid.",
		[]want{{"He", 0, "IRQGOV", ""}})
}
