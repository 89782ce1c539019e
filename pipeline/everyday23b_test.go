package pipeline

import (
	"strings"
	"testing"
)

// Session 23's second everyday round (event/everyday23b.go,
// actor/everyday23b.go, quote/everyday23b.go, data/event/everyday23b.pat):
// sentences shortened from stories written for the round (a Security
// Council vote on a peacekeeping mandate, a tariff dispute, an earthquake
// abroad with foreign aid) and from the first everyday round's leftovers,
// each coded wrongly before: want must be among the sentence's events, not
// must not.
func TestEverydayTwentyThreeB(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// a country's envoy to the UN is his country's, not the UN's
		{"Norway's U.N. ambassador Ingrid Solberg accused Russia of blocking the resolution.", 0,
			"112 NORGOV>RUS", "IGOUNO>"},
		// a peacekeeping mandate extended is peacekeeping, not a demand
		{"The Security Council voted to extend the mandate of the peacekeeping mission in South Sudan.", 0,
			"074 IGOUNO>", "100"},
		// duties laid on a country's goods are a sanction, not coercion
		{"Ottawa imposed punitive duties on Brazilian beef on Monday.", 0, "163 CAN>BRA", "170"},
		// rescuers sent are humanitarian aid, not a visit; the place
		// written in the sentence gives the receiving country
		{"Chile sent a 40-member rescue team and a plane carrying tents, which landed in Izmir on Monday.", 0,
			"073 CHL>TUR", "036"},
		{"Japan said it would send a team of search-and-rescue specialists to Chile on Friday.", 0,
			"0333 JPN>", "036"},
		// condolences offered "to" someone: the pronoun on the noun is the
		// giver, not the target (the event was dropped as self-directed)
		{"The Greek prime minister offered his condolences to Turkey.", 0, "018 GRCGOV>TUR", ""},
		// "party spokesman X" speaks for the party named before, not the
		// government
		{"Kenya's opposition Orange Democratic Movement said it would go to court. \"We will go to court,\" party " +
			"spokesman Peter Ombasa said.", 1, "115 KENOPP>", "KENGOV"},
	})
}

// Session 23's second everyday round: speakers of quotes ("his office",
// "the mission" named again) and a name that is no quote.
func TestEverydayTwentyThreeBQuotes(t *testing.T) {
	for _, c := range []struct{ text, content, speaker string }{
		{"Prime Minister Shehbaz Sharif will chair a meeting of the security committee on Friday, his office said.",
			"Prime Minister Shehbaz Sharif will chair", "PAKGOV"},
		{"The European Union's election observer mission said the vote had been calm. The mission urged the " +
			"authorities to restore internet access.", "the authorities to restore", "IGOEUR"},
	} {
		d := runStandard(t, c.text, "2026-02-11")
		wantQuoteSpeaker(t, d, c.text, c.content, c.speaker)
	}
	d := runStandard(t, "The force, known as Unifil, has about 10,000 troops in southern Lebanon.", "2026-02-11")
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Content.Text, "as Unifil") {
			t.Errorf("quote %q", q.Content.Text)
		}
	}
}
