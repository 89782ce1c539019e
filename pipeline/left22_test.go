package pipeline

import (
	"strings"
	"testing"
)

// Session 22's left-alone misfires (event/left22.go, actor/left22.go,
// quote/left22.go), on sentences and short stories written for the test.
// Each case lists every event of one sentence (markedEvents): the misfire
// cases were coded otherwise on the tree before the round (389bd23), the
// "stays" cases are nearby right readings the rules must leave alone.
func TestLeftAloneTwentyTwo(t *testing.T) {
	cases := []markedCase{
		// a "must" said of the speaker's own continent: no demand
		{"Europe must spend more on its own defence, the French president said on Tuesday.", 0, ""},
		{"Africa must solve its own conflicts, the Kenyan president said.", 0, ""},
		// stays: a demand of another continent's country
		{"Russia must withdraw its troops, the French president said on Tuesday.", 0, "100 FRAGOV>RUS"},
		// casualties of two countries, one named by no armed sector:
		// no fight between them
		{"Two US soldiers and an Afghan interpreter were killed in a battle in Helmand.", 0, ""},
		// stays: casualties of two armed sides
		{"An Israeli soldier and two Palestinian militants were killed in clashes in Jenin.", 0,
			"190 ISRMIL>PSEREB,190 PSEREB>ISRMIL"},
		// representations made for something are a request
		{"Kenya made representations to the WTO for a waiver on sugar tariffs.", 0, "020 KEN>IGOBUSWTO"},
		// stays: representations over something are a protest
		{"China made strong representations to Japan over the visit.", 0, "114 CHN>JPN"},
		// the one described is the target, not the "as" phrase
		{"The Israeli army described the dead men as terrorists.", 0, "111 ISRMIL>"},
		{"The Ugandan army described the slain gunmen as terrorists.", 0, "111 UGAMIL>UGAUAF"},
		// what would have happened did not
		{"Hamas fighters would have attacked the town, the minister said.", 0, ""},
		{"Russian troops could have seized the bridge, a Ukrainian commander said.", 0, ""},
		// stays: what will happen is a threat
		{"Hamas fighters will attack the town, the minister said.", 0, "138 PSEREBHMS>"},
		// the verb read as a participle on a verbless subject
		{"The Kenyan foreign minister described Museveni as a dictator.", 0, "111 KENGOV>UGAGOV"},
		// a name read as an auxiliary
		{"Beijing lodged a protest with Tokyo over the visit.", 0, "114 CHN>JPN"},
		// a rejection of what another put forward
		{"The European Union unveiled a spending plan on Monday. The Polish government rejected the plan submitted by " +
			"the bloc.", 1, "120 POLGOV>IGOEUREEC"},
		{"The European Union unveiled a spending plan on Monday. Poland rejected the budget submitted by the bloc's " +
			"rotating presidency.", 1, "120 POL>IGOEUREEC"},
		{"Hungary rejected the plan proposed by the European Commission.", 0, "120 HUN>IGOEUREEC"},
		// stays: a budget rejected with no one who put it forward
		{"Kenya rejected the budget.", 0, ""},
		// "each side ... the other" after a fight: both ways
		{"Thai and Cambodian troops clashed again on Monday. Each side accused the other of opening fire first.", 1,
			"112 KHMMIL>THAMIL,112 THAMIL>KHMMIL"},
		// an offer to host talks with no partner named: the story's pair
		{"Thailand and Cambodia clashed on the border. Malaysia offered to host talks.", 1,
			"036 MYS>KHM,036 MYS>THA"},
		// stays: with no pair before, no target
		{"Malaysia offered to host talks.", 0, "036 MYS>"},
		// a namesake of the story's country
		{"Maduro met Cuban officials in Caracas on Monday.", 0, "040 VENELI>CUBGOV"},
		{"Venezuelan officials met in Caracas. Maduro accused Colombia of plotting a coup.", 1, "112 VENELI>COL"},
	}
	checkMarkedEvents(t, cases)
}

// A telephone call and traded blame are no quotes; a name given is.
func TestLeftAloneTwentyTwoQuotes(t *testing.T) {
	for _, text := range []string{
		"Ruto called Museveni on Tuesday to discuss the border.",
		"Ruto called his Ugandan counterpart on Tuesday.",
		"India and Pakistan traded accusations over the shelling.",
	} {
		d := runStandard(t, text, "2026-03-10")
		for _, q := range d.Quotes {
			if q.Cue != nil && (strings.HasPrefix(q.Cue.Text, "call") || strings.HasPrefix(q.Cue.Text, "trad")) {
				t.Errorf("%q: quote %q cued by %q", text, q.Content.Text, q.Cue.Text)
			}
		}
	}
	// stays: a name given is quoted
	d := runStandard(t, "Ruto called the vote a farce.", "2026-03-10")
	if len(d.Quotes) == 0 {
		t.Errorf("the name given is no longer quoted")
	}
}
