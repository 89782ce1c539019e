package pipeline

import (
	"strings"
	"testing"
)

// An origin phrase "from the <region> nation" under a buying or importing
// verb names one country of the region, not the region as a party
// (event/currency23.go), on sentences written for the test. The first three
// were coded with a South American party before the rule.
func TestCurrencyRegionOrigin(t *testing.T) {
	cases := []struct {
		text string
		want string
		not  string
	}{
		// the importer's deal partner stays; no cooperation with the region
		{"Peru on Tuesday signed a deal worth 40 million U.S. dollars with Chile to import 50,000 tons of copper from the South American nation, the ministry said.",
			"057 PER>CHL", "061 CHL>SAM"},
		// no co-signatory read from the seller's description
		{"Peru on Tuesday signed a deal worth 40 million dollars to import 50,000 tons of copper from the South American nation, the ministry said.",
			"", "057 PER>SAM"},
		// no aid from the region
		{"Peru will import 50,000 tons of copper from the South American nation, the ministry said.",
			"", "0311 PER>SAM"},
		// stays: a seller named by its own name
		{"Peru will import 50,000 tons of copper from Chile, the ministry said.",
			"0311 PER>CHL", ""},
		{"Peru on Tuesday signed a deal worth 40 million dollars to import 50,000 tons of copper from Chile, the ministry said.",
			"057 PER>CHL", ""},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2006-11-20")
		g := markedEvents(d, 0)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}

// A country's word on a currency, left without an actor, does not count as
// a place for the story's own country: "the regional government" of a story
// about a Chinese village stays China's (event/currency23.go,
// currencyPlace).
func TestCurrencyPlaceNotHome(t *testing.T) {
	text := "Ducks fell ill last month at a farm in a village of south China's Guangxi region.\n\n" +
		"The farm's owner, Li Wenbo, 51, earned about 90,000 yuan (11,000 US dollars) a year.\n\n" +
		"Li reported the deaths to the regional government. The regional government then ordered the farm closed."
	d := runStandard(t, text, "2005-11-04")
	var got []string
	for si := range d.Sentences {
		if g := markedEvents(d, si); g != "" {
			got = append(got, g)
		}
	}
	all := strings.Join(got, ",")
	if !strings.Contains(all, "100 CHNGOV>") || strings.Contains(all, "USAGOV") {
		t.Errorf("events %q, want 100 CHNGOV> and no USAGOV", all)
	}
}
