package pipeline

import "testing"

// The rules of session 23's third events round (data/event/round23c.pat),
// on sentences written for the test. Each case names an event the sentence
// must have (want, "" for none) and one it must not (not). The rule cases
// were coded otherwise on the tree before the round (cac0aff); the "stays"
// cases are nearby readings the rules must leave alone.
func TestRoundTwentyThreeC(t *testing.T) {
	cases := []struct {
		text string
		want string
		not  string
	}{
		// PROTEST_TO: a protest addressed to someone is an official
		// complaint (114), not a demonstration (140)
		{"Norway has protested to the Danish authorities after a Danish trawler entered its waters.",
			"114 NOR>DNKGOV", "140 NOR>DNKGOV"},
		{"Finland protested to Sweden over the fishing quotas.", "114 FIN>SWE", "140 FIN>SWE"},
		// stays: the noun, lodged with or filed to someone (FILE_CASE)
		{"Oslo will file a diplomatic protest to Copenhagen, a spokesman said.", "114 NOR>DNK", ""},
		{"Finland lodged a protest with Sweden.", "114 FIN>SWE", ""},
		// stays: a protest against someone, and a protest with a direct
		// object, are no complaint to them
		{"Farmers protested against the Danish government in Aarhus.", "", "114 DNKCVL>DNKGOV"},
		{"Finland protested the Swedish decision.", "", "114 FIN>SWE"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2007-05-10")
		g := markedEvents(d, 0)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}

// regionPair (event/round23c.go): "the two <region adjective> nations" is
// the pair the sentence before names, not the region. Cases are two
// sentences; the events checked are the second sentence's.
func TestRoundTwentyThreeCRegionPair(t *testing.T) {
	cases := []struct {
		text string
		want string
		not  string
	}{
		{"Peru and Ecuador face a deadline on fishing quotas. Officials said the two South American nations had negotiated with Japan for weeks.",
			"046 PER>JPN", "046 SAM>JPN"},
		// more countries named before: the pair joined by "and"
		{"A vote in Japan's parliament pushes Peru and Ecuador to give ground. The two South American nations had negotiated with Japan for weeks.",
			"046 ECU>JPN", "046 SAM>JPN"},
		// stays: a region with no pair phrase
		{"Peru and Ecuador face a deadline on fishing quotas. South American nations had negotiated with Japan for weeks.",
			"046 SAM>JPN", "046 PER>JPN"},
	}
	for _, c := range cases {
		d := runStandard(t, c.text, "2007-05-10")
		g := markedEvents(d, 1)
		wantNotEvents(t, c.text, g, c.want, c.not)
	}
}
