package pipeline

import (
	"strings"
	"testing"
)

// Session 18's everyday round (event/everyday18.go, actor/coref_orgnoun.go,
// data/event/everyday.pat): each story, written for the test, was coded
// wrongly before the round: want must be among the sentence's events, not
// must not.
func TestEverydayEighteen(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// a meeting held at a place is a meeting of the coordinated
		// subject; "according to" a ministry names no party
		{"Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni met for two hours at a lodge near the " +
			"Ethiopian capital, according to a statement from the Ethiopian foreign ministry.", 0, "040 KENGOV>UGAGOV,040 UGAGOV>KENGOV", "ETHGOV"},
		// a relative clause whose verb was read as a noun names no subject
		{"Serbia and Kosovo signed a trade deal on Monday. The United States welcomed the deal, and Secretary of State " +
			"Marco Rubio called it historic. Albania, which borders both countries, urged Belgrade not to close the road " +
			"and threatened to shut its own crossings if it did.", 2, "130 ALB>", "USA"},
		// the main clause parsed as a relative on its subject: the
		// after-clause is its own subject's only
		{"Ugandan police detained opposition figure Kizza Besigye on Friday, hours after he accused the government of vote fraud.",
			0, "112 UGAOPP>UGAGOV", "112 UGACOP"},
		// "he" is not the police
		{"Kenyan police detained an opposition politician on Friday after he criticised President Ruto.", 0, "173 KENCOP>", "111 KENCOP"},
		// the talks and both presidents: the two who met
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. China welcomed the talks.",
			1, "051 CHN>KENGOV,051 CHN>UGAGOV", ""},
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. Britain's foreign " +
			"secretary later telephoned both presidents.", 1, "041 GBRGOV>KENGOV,041 GBRGOV>UGAGOV", ""},
		// a loan approved is economic aid given
		{"The African Development Bank approved a loan of $120 million to Zambia on Tuesday.", 0, "071 IGOAFRDEVAFB>ZMB", ""},
		// a call for a release is a demand on whoever holds the person
		{"Ethiopian police arrested a prominent blogger on Monday. Amnesty International called for his release.",
			1, "1053 NGOHRIAMN>ETHCOP", ""},
		{"Ethiopian police arrested a prominent blogger on Monday. The European Union called for his immediate release.",
			1, "1053 IGOEUREEC>ETHCOP", ""},
		// "the fund" is the fund named before
		{"The International Monetary Fund approved a loan of $300 million to Ghana on Friday. The fund praised the " +
			"government's reforms.", 1, "051 IGOBUSIMF>GHAGOV", ""},
	})
}

// sentenceEvents is a story (read as of 2026-03-10), one of its sentences,
// a code that must be among that sentence's events and one that must not
// ("" for none).
type sentenceEvents struct {
	text      string
	si        int
	want, not string
}

func checkSentenceEvents(t *testing.T, cases []sentenceEvents) {
	t.Helper()
	for _, c := range cases {
		got := eventsOf(t, c.text, "2026-03-10", c.si)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q sentence %d: events %q (want %q, not %q)", c.text, c.si, got, c.want, c.not)
		}
	}
}
