package actor

import "testing"

// A nationality, a capitalised portfolio the KB has no title for and a
// capitalised "Minister" or "Ministry" are one mention of the nationality's
// government; with the rule off the minister has no country.
func TestCapitalPortfolio(t *testing.T) {
	cases := []coverCase{
		{"Thai Health Minister Somchai Dee met Kenyan officials in Nairobi on Monday.", "Minister", "THAGOV"},
		{"The French Health Minister flew to Dakar on Sunday.", "Minister", "FRAGOV"},
		{"Saudi Oil Minister Ali Hamad met Iraqi officials in Baghdad on Monday.", "Minister", "SAUGOV"},
		// a rank in the gap, alone or with the portfolio
		{"Pakistani Federal Minister Omar Khan met Afghan officials in Kabul on Monday.", "Minister", "PAKGOV"},
		{"Thai Health Minister Somchai Dee met Kenyan Vice Defense Minister John Okello in Nairobi.", "Okello", "KENGOV"},
	}
	checkCovering(t, "2006-12-03", cases)
	// the recogniser sometimes keeps the portfolio in the name; the rule
	// must not undo that
	checkCovering(t, "2006-12-03", []coverCase{
		{"Ugandan Education Minister Grace Akello visited Rwanda and Burundi on Friday.", "Minister", "UGAGOV"},
		{"The Peruvian Energy Ministry bought gas from Bolivia on Tuesday.", "Ministry", "PERGOV"},
	})
	noCapitalPortfolioGap = true
	defer func() { noCapitalPortfolioGap = false }()
	// round 17's rankedTitles also joins "Kenyan" to "Vice ... Minister X"
	round17Off["rankedTitles"] = true
	defer delete(round17Off, "rankedTitles")
	for _, c := range cases {
		if got := codeCovering(t, c.text, "2006-12-03", c.word, 0); got == c.want {
			t.Errorf("rule off: %q in %q → %q, want another code", c.word, c.text, got)
		}
	}
}

// A portfolio between words that are no minister's stays out: "Thai Health
// officials" are no mention of the Thai government by this rule.
func TestCapitalPortfolioNeedsMinister(t *testing.T) {
	checkCovering(t, "2006-12-03", []coverCase{
		{"Thai Health Minister Somchai Dee spoke on Monday.", "Health", "THAGOV"},
	})
	if got := codeCovering(t, "Thai Health officials met on Monday in Bangkok.", "2006-12-03", "Health", 0); got == "THAGOV" {
		t.Errorf("\"Health\" of \"Thai Health officials\" → THAGOV, want no minister's mention")
	}
}
