package pipeline

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 22's everyday round (event/everyday22.go, data/event/everyday22.pat,
// quote/everyday22.go, actor/resolve_orghead.go): sentences shortened from
// stories written for the round (a regional summit with a walkout, an
// expulsion of diplomats answered in kind, a donor conference), each coded
// wrongly before the round: want must be among the sentence's events, not
// must not.
func TestEverydayTwentyTwo(t *testing.T) {
	checkSentenceEvents(t, []sentenceEvents{
		// "hours after the delegation walked out": a clause of its own
		// (the walkout's subject is the delegation, the appeal is coded),
		// and walking out of a meeting halts the talks (164, not 040)
		{"East African leaders called on Thursday for an immediate ceasefire in Sudan at a summit in Djibouti, " +
			"hours after the Sudanese delegation walked out of the meeting.", 0, "164 SDNGOV>", "040"},
		{"East African leaders called on Thursday for an immediate ceasefire in Sudan at a summit in Djibouti, " +
			"hours after the Sudanese delegation walked out of the meeting.", 0, "0256 EAFGOV>", ""},
		// ", whose government Khartoum has accused of ...": the accusation
		// of the noun's actor, told between commas
		{"Ruto, whose government Khartoum has accused of sheltering rebel leaders, said the walkout was regrettable.", 0,
			"112 SDN>KENGOV", ""},
		// a capital tagged as an adverb opening the sentence
		{"Moscow responded within hours, expelling three Lithuanian diplomats.", 0, "161 RUS>LTUGOV", ""},
		// ", accusing" hung on the infinitive of the object: the orderer
		// accuses
		{"Lithuania on Wednesday ordered three Russian diplomats to leave the country within five days, accusing them " +
			"of activities incompatible with their status.", 0, "112 LTU>RUSGOV", "112 RUSGOV"},
		// "summoned ... charge d'affaires to protest": a protest (114)
		{"Lithuania's foreign ministry summoned Russia's charge d'affaires to protest against the arrests.", 0,
			"114 LTUGOV>RUSGOV", "040"},
		{"Lithuania's foreign ministry summoned Russia's ambassador to protest against the arrests.", 0,
			"114 LTUGOV>RUSGOV", "040"},
		// a consular officer expelled is a diplomat expelled (161)
		{"Lithuania expelled a Russian consular officer in January.", 0, "161 LTU>RUS", "174"},
		// a hardship struggled with is no fight
		{"Australian families are struggling with the cost of living.", 0, "", "190"},
	})
}

// Session 22's everyday round: speakers and contents of quotes.
func TestEverydayTwentyTwoQuotes(t *testing.T) {
	for _, c := range []struct{ text, content, speaker string }{
		// a quoted paragraph with no cue after a paragraph ending with
		// its speaker's quote
		{"\"Recovery is a matter of regional security,\" Australian Foreign Minister Penny Wong told the conference.\n\n\"Australia will not look " +
			"away from the people of the region.\"", "\"Australia will not look", "AUSGOV"},
		// "Moscow" tagged as an adverb: the speaker of "saying"
		{"Moscow responded within hours, expelling three Lithuanian diplomats and saying it would summon " +
			"Lithuania's ambassador.", "it would summon", "RUS"},
		// ", whose ...," between the speaker and the cue
		{"Ruto, whose government Khartoum has accused of sheltering rebel leaders, said the walkout was regrettable.",
			"the walkout was regrettable", "KENGOV"},
		// a lone adjective parsed as a complement of "said" is no content
		{"Lithuanian President Gitanas Nauseda, speaking in Warsaw after talks with Polish President Karol " +
			"Nawrocki, said the expulsions were a necessary step.", "the expulsions were a necessary step", "LTUGOV"},
		// a bloc's executive secretary in an apposition is the bloc's
		{"Workneh Gebeyehu, the executive secretary of IGAD, said the bloc would send envoys to Port Sudan.",
			"the bloc would send envoys", "IGOEAFDEVIAD"},
	} {
		d := runStandard(t, c.text, "2026-05-20")
		wantQuoteSpeaker(t, d, c.text, c.content, c.speaker)
	}
}

// wantQuoteSpeaker checks that d (coded from text) has a quote whose content
// begins with content, and that every such quote's speaker code begins with
// speaker.
func wantQuoteSpeaker(t *testing.T, d *doc.Document, text, content, speaker string) {
	t.Helper()
	found := false
	for _, q := range d.Quotes {
		if !strings.HasPrefix(q.Content.Text, content) {
			continue
		}
		found = true
		if q.Speaker == nil || !strings.HasPrefix(q.Speaker.Code, speaker) {
			t.Errorf("%q: quote %q has speaker %+v, want %s", text, q.Content.Text, q.Speaker, speaker)
		}
	}
	if !found {
		t.Errorf("%q: no quote beginning %q", text, content)
	}
}
