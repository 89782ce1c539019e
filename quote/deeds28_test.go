package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// Session 28 (deeds): deeds of news taken for speech, on sentences of our
// own, each with its rule on and off.

// A penalty handed down and a result given as a score are deeds.
func TestDeeds28(t *testing.T) {
	for _, c := range []struct{ text, cue string }{
		{"A regional court on Monday sentenced two Latvian activists to six years in prison for espionage.", "sentenced"},
		{"A military tribunal condemned the colonel to death last week.", "condemned"},
	} {
		checkAct(t, &quote.Deeds28, c.text, c.cue)
	}
	// A condemnation with no penalty and a posted message (ActObjects'
	// "post", TestActObjects) stay quotes.
	for _, c := range []struct{ text, cue, alt string }{
		{"The bishop condemned the attack on the pilgrims in strong terms.", "condemned", "condemned"},
		{"The senator posted a message on her website criticising the new tariffs.", "posted", "criticising"},
	} {
		d := annotate(t, c.text)
		quote.Attribute(d)
		if cueQuote(d, c.cue) == nil && cueQuote(d, c.alt) == nil {
			t.Errorf("%q lost its quote: %s", c.text, dump(d.Quotes))
		}
	}
}
