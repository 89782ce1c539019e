package pipeline

import "testing"

// A news sentence the tagger leaves without a finite verb gets its main
// verb back (syntax/verbless.go) and is coded; a market report does not
// become an event of the market's country or sector (event/lead32.go).
// Sentences written for the test.
func TestLead32VerblessAndMarkets(t *testing.T) {
	cases := []struct {
		text string
		want string
		not  string
	}{
		{"A senior Kenyan official congratulated on Monday the election of the new Ugandan president.",
			"051 KENGOV>UGAGOV", ""},
		{"Kenyan rights groups reacted angrily on Tuesday to the Ugandan decision.", "111 KENHRI>UGA", ""},
		{"Kenyan stock markets declined in early trading on Thursday.", "", "120"},
		{"The Kenyan government bought five ships worth ten million US dollars.", "", "USA"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2006-11-20")
		g := markedEvents(d, 0)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}
