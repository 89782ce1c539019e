package actor

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// Session 31, actor round 18. Every sentence is written for the test.

// resolveDateline resolves text as resolveText does, with the dateline the
// reader would find: the upper-case place before the text's first comma.
func resolveDateline(t *testing.T, date, text string) *doc.Document {
	t.Helper()
	resolveText(t, date, "Warm-up.") // loads the stages once
	d := &doc.Document{Text: text, Date: date}
	if i := strings.Index(text, ","); i > 0 && strings.ToUpper(text[:i]) == text[:i] {
		d.Dateline = &doc.Span{Start: 0, End: i, Text: text[:i]}
	}
	segment.Segment(d)
	testSyntax.Annotate(d)
	testResolver.Resolve(d)
	return d
}

// entityCode18 is the code of the entity covering word's first occurrence in d,
// "<missing>" if none.
func entityCode18(d *doc.Document, word string) string {
	at := strings.Index(d.Text, word)
	for _, e := range d.Entities {
		if at >= 0 && e.Start <= at && at+len(word) <= e.End {
			if e.Actor == nil {
				return ""
			}
			return e.Actor.Code
		}
	}
	return "<missing>"
}

// checkRound18 checks each case with the rule on and that the first one
// comes out otherwise with the rule off; dateline cases resolve with the
// text's dateline.
func checkRound18(t *testing.T, rule, date string, dateline bool, cases []coverCase) {
	t.Helper()
	code := func(c coverCase) string {
		if dateline {
			return entityCode18(resolveDateline(t, date, c.text), c.word)
		}
		return codeCovering(t, c.text, date, c.word, 0)
	}
	for _, c := range cases {
		if got := code(c); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
	round18Off[rule] = true
	defer delete(round18Off, rule)
	if c := cases[0]; code(c) == c.want {
		t.Errorf("%s off: %q in %q still → %q", rule, c.word, c.text, c.want)
	}
}

// A country word the recogniser split from the company named after it
// joins the company, which is the country's business.
func TestSplitPlaceName(t *testing.T) {
	checkRound18(t, "splitPlaceName", "1997-04-23", false, []coverCase{
		{"The grade showed the role of the fund in the network of the Beijing-based China International Trust and Investment Corp, French and Dutch traders said.", "Investment Corp", "CHNBUS"},
		// the country alone stays the country
		{"China said on Monday that talks with Japan would resume.", "China", "CHN"},
	})
}

// A company named after a place is the place's country's business, not
// the country, nor the sector the KB composed.
func TestPlaceNamedCompanies(t *testing.T) {
	checkRound18(t, "placeNamedCompanies", "1997-04-25", false, []coverCase{
		{"The China Nuclear Industry Group set up a research base in Shanghai on Sunday.", "China Nuclear Industry Group", "CHNBUS"},
		{"Officials of Thai Military Bank said profits fell in the first quarter.", "Thai Military Bank", "THABUS"},
		{"Air India said on Monday it would buy ten new planes.", "Air India", "INDBUS"},
		{"The State Bank of India cut its lending rates on Friday.", "State Bank of India", "INDBUS"},
		{"The central Bank of Thailand held its rates on Friday.", "Bank of Thailand", "THAGOVBUS"},
		// "Bank of <country>" may be a central bank or a lender: left
		{"The Bank of Uganda held its rates on Friday.", "Bank of Uganda", ""},
		// a central bank the KB lacks stays the state's
		{"The Central Bank of Sudan held its rates on Friday.", "Central Bank of Sudan", "SDNGOV"},
	})
}

// An outlet introduced by words saying whose it is is that country's
// media: a country word, a "-based" place, or "local", "official" and a
// bare outlet noun in a story filed from the country's capital.
func TestIntroducedOutlets(t *testing.T) {
	checkRound18(t, "introducedOutlet", "2005-11-30", true, []coverCase{
		{"DHAKA, Nov. 30 (Xinhua) -- Bangladesh has signed trade deals with Norway and Indonesia, the local daily The Bangladesh Observer reported on Wednesday.", "Bangladesh Observer", "BGDMED"},
		{"ISLAMABAD, Nov. 12 (Xinhua) -- Airports were put on alert after threats from abroad, Indian officials and the local newspaper Dawn reported on Monday.", "Dawn", "PAKMED"},
		{"HANOI, Nov. 18 (Xinhua) -- Police in Vietnam and Laos arrested three men, newspaper Young People said.", "Young People", "VNMMED"},
		{"A union leader told Thai news group The Nation that thousands would march, while Cambodia and Laos watched.", "Nation", "THAMED"},
		{"HARARE, Nov. 27 (Xinhua) -- Britain and South Africa sent ambulances, the official The Herald reported on Monday.", "Herald", "ZWEMED"},
		{"No lifter has done it since, according to the Bangkok-based English daily The Nation, as China and Japan dominated.", "Nation", "THAMED"},
	})
}

// The agency credited in the dateline is the KB's outlet.
func TestWireCredit(t *testing.T) {
	checkRound18(t, "wireCredit", "2005-11-17", true, []coverCase{
		{"HANOI, Nov. 17 (Xinhua) -- Vietnamese police have arrested three men for drug trafficking.", "Xinhua", "CHNMED"},
		{"HANOI, Nov. 17 (Xinhua) -- Vietnamese police have arrested three men for drug trafficking.", "Vietnamese police", "VNMCOP"},
	})
}

// "former" before a party's or armed group's name belongs to the noun
// after it: the group keeps its code.
func TestFormerOfGroup(t *testing.T) {
	checkRound18(t, "formerGroup", "1997-04-21", false, []coverCase{
		{"Ozawa, a former LDP strongman, left the party in 1993 to lead the Japanese opposition.", "LDP", "JPNPTY"},
		{"Envoys of the former rebel UNITA movement opened a new office in Luanda on Friday.", "UNITA", "AGOREB"},
		// a person's "former" title is his country's elite still
		{"Former Prime Minister Tomiichi Murayama met the envoy on Tuesday.", "Tomiichi Murayama", "JPNELI"},
	})
}

// A country's word, a trade's word and a company's noun with no name after
// them are that country's business.
func TestCountryCompanyDescriptors(t *testing.T) {
	checkRound18(t, "companyDescriptors", "2006-12-31", false, []coverCase{
		{"The Russian gas giant said on Sunday it would cut supplies to its neighbour.", "Russian gas giant", "RUSBUS"},
		{"A Japanese insurance firm bought shares on Monday.", "Japanese insurance firm", "JPNBUS"},
		// a country alone as "giant"; a name after the noun is countryCompanies'
		{"The Asian giant grew fast while the Chinese giant slowed.", "Chinese", "CHN"},
		{"Italian carmaker Fiat said sales rose in March.", "Fiat", "ITABUS"},
	})
}

// An unknown company after "<place>-based" and a company's noun is the
// place's country's business.
func TestBasedCompanies(t *testing.T) {
	checkRound18(t, "basedCompanies", "2006-12-31", false, []coverCase{
		{"Shares of the Beijing-based company Huachen Auctions rose on Monday, and the Nairobi-based firm Kamau Holdings fell.", "Kamau Holdings", "KENBUS"},
		{"Shares of the Beijing-based company Huachen Auctions rose on Monday, and the Nairobi-based firm Kamau Holdings fell.", "Huachen Auctions", "CHNBUS"},
	})
}

// Without a dateline, a "local" or "official" outlet in a story of several
// countries is the country of the story's first sentence, and its name
// repeated is the same outlet.
func TestIntroducedOutletLead(t *testing.T) {
	const thai = "Thai Prime Minister Somchai Ratanakul and his Lao counterpart Bounmy Sayavong laid a foundation stone on Sunday, according to local media The Nation. " +
		"The dam will sell power to Vietnam, The Nation said."
	checkRound18(t, "introducedOutlet", "2006-11-27", false, []coverCase{
		{"The Zimbabwean government will buy more ambulances from South Africa and Britain, the official The Herald reported on Monday.", "Herald", "ZWEMED"},
		{thai, "Nation", "THAMED"},
	})
	if got := codeCovering(t, thai, "2006-11-27", "Nation", 1); got != "THAMED" {
		t.Errorf("the outlet named again → %q, want THAMED", got)
	}
}

// A group read with "former" whose country the story names nowhere else
// stays the country's elite: the KB's reading of the name is doubtful.
func TestForeignFormerGroups(t *testing.T) {
	checkCovering(t, "2005-12-07", []coverCase{
		{"Israeli Prime Minister Ariel Sharon praised the former Labour leader Shimon Peres on Monday.", "Labour", "GBRELI"},
		{"British voters cheered Michael Foot, the former Labour leader, on Tuesday.", "Labour", "GBRPTY"},
	})
}
