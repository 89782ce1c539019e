package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// "address" with its audience as object is a speech given, not words
// reported: no quote whose content is the audience (AudienceAddress).
func TestAudienceAddress(t *testing.T) {
	checkAct(t, &quote.AudienceAddress, "Governor Amina Odhiambo addressed hundreds of students at Egerton University on Monday.", "addressed")
	checkAct(t, &quote.AudienceAddress, "Senator Wekesa is scheduled to address the party convention on Friday night.", "address")
	// An issue addressed stays a cue.
	text := "The minister addressed the controversy over the new fishing levy."
	d := annotate(t, text)
	quote.Attribute(d)
	if cueQuote(d, "addressed") == nil {
		t.Errorf("%q: the issue addressed is no longer quoted: %s", text, dump(d.Quotes))
	}
}
