package pipeline

import (
	"strings"
	"testing"
)

// Session 20's everyday round (event/everyday20.go, actor/everyday20.go,
// quote/everyday20.go): each story, written for the test, was coded
// wrongly before the round: want must be among the sentence's events, not
// must not. (A dateline without a date, "WASHINGTON - ", is a sentence of
// its own here.)
func TestEverydayTwenty(t *testing.T) {
	trade := "WASHINGTON - The United States on Tuesday imposed tariffs of 25 percent on solar panels imported from " +
		"Vietnam, accusing Hanoi of dumping cheap goods, and Vietnam said it would contest the decision at the World " +
		"Trade Organization.\n\nVietnamese Trade Minister Nguyen Hong Dien said Hanoi would retaliate and warned that " +
		"Vietnam could retaliate against American cotton.\n\nJapanese Prime Minister Sanae Takaichi, who visited Hanoi " +
		"in October, said she would raise the issue with U.S. President Donald Trump.\n\nThailand, which exports " +
		"similar panels, criticised the tariffs as \"a blow to free trade\"."
	march := "KAMPALA - Ugandan police fired rubber bullets at hundreds of opposition supporters in Kampala on Friday.\n\n" +
		"President Yoweri Museveni defended the security forces, saying officers had acted lawfully, and accused " +
		"foreign diplomats of meddling in Uganda's politics. He said he was ready to meet opposition leaders.\n\n" +
		"The East African Community secretary general, Veronica Nduva, appealed for restraint and offered to send a " +
		"mediator."
	lusaka := "LUSAKA - Zambian police fired tear gas at hundreds of opposition supporters in Lusaka on Monday and " +
		"arrested opposition leader Makebi Zulu.\n\nA court in Lusaka ordered on Friday that Zulu be released on bail."
	aside := "Austrian Chancellor Christian Stocker, who met Indian Prime Minister Narendra Modi in New Delhi last " +
		"month, said he would raise the matter on Thursday."
	union := "The African Union Commission chairman, Mahmoud Ali Youssouf, appealed for dialogue and offered to send " +
		"an envoy."
	checkSentenceEvents(t, []sentenceEvents{
		// the goods' country is the target of a trade measure
		{trade, 1, "163 USA>VNM", ""},
		// a decision taken to the WTO is a complaint against its author
		{trade, 1, "115 VNM>USA", ""},
		// a warning that one's own side could retaliate is a threat
		{trade, 2, "130 VNM>USA", "190"},
		// a past act in a relative clause between commas
		{trade, 3, "042 JPNGOV>VNM", ""},
		// "the tariffs": the act of the one who imposed them
		{trade, 4, "111 THA>USA", ""},
		// an accusation conjoined to a reported clause is the speaker's
		{march, 2, "112 UGAGOV>", ""},
		// "opposition leaders" with no name: the opposition
		{"Kenyan police detained an opposition leader in Nairobi on Thursday. Kenyan President William Ruto said he " +
			"was ready to meet opposition leaders but would not negotiate with rioters.", 1, "036 KENGOV>KENOPP", ""},
		// a past act in a relative clause between commas (the parser
		// took Modi for a second subject of "said")
		{aside, 0, "040 AUTGOV>INDGOV", ""},
		// an offer to send a mediator is one to mediate (039)
		{march, 4, "039 IGOEAFEAC>", ""},
		// "police fired tear gas at ... and arrested" with "fired" read
		// as an adjective
		{lusaka, 1, "175 ZMBCOP>ZMBOPP", ""},
		// a court's order to release someone is the release, no demand
		{lusaka, 2, "0841 ZMBJUD>ZMBOPP", "100"},
		// the title as a verbless root, the verb in parataxis on it
		{union, 0, "026 IGOAFRAFU>", ""},
	})
}

// Session 20's everyday round: the speakers of quotes.
func TestEverydayTwentySpeakers(t *testing.T) {
	for _, c := range []struct{ text, cue, want string }{
		// "opposition" before the title: the opposition, not parliament
		{"KAMPALA - Ugandan police detained an opposition leader on Friday.\n\n\"We will not be silenced,\" " +
			"opposition lawmaker Joel Ssenyonyi told reporters.", "told", "UGAOPP"},
		// the object of a relative clause between commas is no speaker
		{"Austrian Chancellor Christian Stocker, who met Indian Prime Minister Narendra Modi in New Delhi last " +
			"month, said he would raise the matter on Thursday.", "said", "AUTGOV"},
		// reports heard of are nobody's the sentence names
		{"The Canadian embassy said it was \"deeply troubled\" by reports that police had beaten students.",
			"reports", ""},
	} {
		d := runStandard(t, c.text, "2026-03-10")
		found := false
		for _, q := range d.Quotes {
			if q.Cue == nil || q.Cue.Text != c.cue {
				continue
			}
			found = true
			got := ""
			if q.Speaker != nil {
				got = q.Speaker.Code
			}
			if got != c.want {
				t.Errorf("%q: quote of %q spoken by %q, want %q", c.text, c.cue, got, c.want)
			}
		}
		if !found && c.want != "" {
			t.Errorf("%q: no quote of %q", c.text, c.cue)
		}
	}
	// acts are no quotes
	for _, c := range []struct{ text, cue string }{
		{"LUSAKA - A court in Lusaka ordered on Friday that Zulu be released on bail.", "ordered"},
	} {
		d := runStandard(t, c.text, "2026-03-10")
		for _, q := range d.Quotes {
			if q.Cue != nil && strings.EqualFold(q.Cue.Text, c.cue) {
				t.Errorf("%q: an act is quoted: %q", c.text, q.Content.Text)
			}
		}
	}
	// "accused X of" with the gerund outside X's phrase: the quote was
	// "him" (session 20 dropped it); since session 27 (AccusedOfContent,
	// docs/QUOTES.md) the charge is the content
	text := "The opposition party accused him of rigging the vote in the north."
	for _, q := range runStandard(t, text, "2026-03-10").Quotes {
		if q.Cue != nil && strings.EqualFold(q.Cue.Text, "accused") && q.Content.Text != "rigging the vote in the north" {
			t.Errorf("%q: accusation quoted as %q, want the charge", text, q.Content.Text)
		}
	}
}
