package pipeline

import (
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 20's left-alone misfires (event/left20.go, event/left20b.go,
// data/event/left20.pat), on stories written for the test. Each case lists
// every event of one sentence, negated ones marked "!": the misfire cases
// were coded otherwise on the tree before the round, the "stays" cases are
// nearby right readings the rules must leave alone.
func TestLeftAloneTwenty(t *testing.T) {
	three := "Leaders of Kenya, Uganda and Tanzania met in Arusha on Monday for a regional summit on trade. " +
		"The two countries signed a deal on a new railway line."
	members := "Kenya, Uganda and Tanzania are members of the East African Community. " +
		"The two countries signed a deal on a new railway line."
	summit := "Foreign ministers from Egypt, Jordan and Iraq held a summit in Baghdad on Sunday. " +
		"Both sides pledged to expand cooperation on water."
	thenTwo := "Leaders of Kenya, Uganda and Tanzania met in Arusha on Monday. Kenya and Uganda then signed a deal " +
		"on a new railway line. The two countries will hold talks on its financing next month."
	nairobi := "Turkish President Recep Tayyip Erdogan sent a letter to Baghdad last week. Chinese Foreign Minister " +
		"Wang Yi held talks in Nairobi on Monday. The two countries agreed to expand trade."
	ankara := "Saudi Arabia criticised Israel on Sunday. Qatar's emir held talks in Ankara on Monday with senior " +
		"officials. Both sides agreed to boost investment."
	moscow := "Russia and Belarus held military drills in August. Vietnamese President Luong Cuong arrived in Moscow " +
		"on Tuesday for talks. The two countries signed a nuclear energy agreement."
	protest := "Ethiopia and Eritrea signed a border agreement on Monday. Egypt protested against the deal on Tuesday. " +
		"The two countries said they would open their border crossings next month."
	criticised := "Armenia and Azerbaijan agreed on the text of a peace treaty in Washington. Russia criticised the " +
		"agreement. Both sides are expected to sign it later this year."
	welcomed := "India and Pakistan agreed to a ceasefire along the Line of Control on Saturday. China said it " +
		"welcomed the truce. The two countries will hold further talks next week."
	tv := "Italian Prime Minister Giorgia Meloni met Libyan commander Khalifa Haftar in Rome on Monday. After " +
		"meeting Haftar, Libyan television said the two sides would sign a deal on migration."
	said := "Italian Prime Minister Giorgia Meloni met Libyan commander Khalifa Haftar in Rome on Monday. After " +
		"the meeting, Meloni said the two sides would sign a deal on migration."
	cases := []markedCase{
		// 1a: which two of three? the text does not say
		{three, 1, ""},
		{members, 1, ""},
		{summit, 1, ""},
		// stays: a later act of two of the three decides
		{thenTwo, 2, "036 KEN>UGA,036 UGA>KEN"},
		// 1b: a capital stands for its country
		{nairobi, 2, "031 CHN>KEN,031 KEN>CHN"},
		{ankara, 2, "031 QAT>TUR,031 TUR>QAT"},
		{moscow, 2, "057 RUS>VNM,057 VNM>RUS"},
		// stays: the host city's country already one of the pair
		{"Kenya and Somalia held talks last month. Talks in Nairobi on Tuesday between Ethiopian and Kenyan " +
			"officials ended without a deal. The two countries will meet again next month.", 2, "036 ETH>KEN,036 KEN>ETH"},
		// 1c: a third country's reaction does not make it a side;
		// "they" and "their" follow the pair
		{protest, 2, "030 ERI>ETH,030 ETH>ERI"},
		{criticised, 2, "030 ARM>,030 AZE>"},
		{welcomed, 2, "036 IND>PAK,036 PAK>IND"},
		// 6: the medium that tells is no side
		{tv, 1, "030 ITAGOV>LBYMIL,030 LBYMIL>ITAGOV"},
		// stays: the teller who is a side
		{said, 1, "030 ITAGOV>LBYMIL,030 LBYMIL>ITAGOV"},
		// 2: a loan's term is no ultimatum; real ultimatums stay
		{"China gave Zambia two years to repay the loan.", 0, "060 CHN>ZMB"},
		{"Japan gave Sri Lanka ten more years to pay back the loans.", 0, "060 JPN>LKA"},
		{"The United States gave Iran two weeks to respond to the offer.", 0, "139 USA>IRN"},
		{"Israel gave Hamas until Saturday to release the hostages.", 0, "139 ISR>PSEREBHMS"},
		// 3: talks with an organisation at its seat
		{"Iranian Foreign Minister Abbas Araghchi is due in Vienna on Monday for talks with the IAEA.", 0,
			"036 IRNGOV>IGOUNOIAE"},
		{"The Iraqi delegation arrived in Brussels for talks with NATO.", 0, "040 IRQGOV>IGOWSTNAT,042 IRQGOV>IGOWSTNAT"},
		{"Kenya's foreign minister will visit Geneva next week for talks with the UN Human Rights Council.", 0,
			"036 KENGOV>IGOUNOHRI"},
		// stays: talks with the host
		{"Iranian Foreign Minister Abbas Araghchi is due in Vienna on Monday for talks with Austrian officials.", 0,
			"036 IRNGOV>AUT"},
		// 4: breaking up others' clashes is no attack; attacks stay
		{"Malian soldiers intervened to break up clashes between government supporters and protesters in Bamako.", 0, ""},
		{"Togolese soldiers fired on protesters in Lome on Monday.", 0, "193 TGOMIL>TGOCVL"},
		{"Sudanese troops fought rebels near El Fasher on Monday.", 0, "190 SDNMIL>SDNREB"},
		// 5: co-chairs meet each other
		{"Nigerian President Bola Tinubu and Ghanaian President John Mahama co-chaired the meeting of the joint " +
			"commission.", 0, "040 GHAGOV>NGAGOV,040 NGAGOV>GHAGOV"},
		{"Ruto and Museveni co-chaired the joint commission in Kampala on Friday.", 0, "040 KENGOV>UGAGOV,040 UGAGOV>KENGOV"},
		// 7: warning shots inside a denial are denied
		{"The Vietnamese navy denied having fired warning shots at Chinese trawlers.", 0, "!193 VNMMIL>CHN,016 VNMMIL>CHN"},
		{"Manila denied Chinese accusations that Philippine sailors fired warning shots at the coast guard.", 0,
			"!193 PHL>,016 PHL>CHN"},
		// stays: shots fired
		{"The Chinese coast guard fired warning shots at a Vietnamese fishing boat on Monday.", 0, "193 CHNMIL>VNM"},
	}
	checkMarkedEvents(t, cases)
}

// markedCase is a case of checkMarkedEvents: a story, the index si of one
// of its sentences, and every event of that sentence (markedEvents).
type markedCase struct {
	text string
	si   int
	want string
}

// checkMarkedEvents runs the standard pipeline on each case's story (dated
// 2026-03-10) and checks that sentence si has exactly the events want.
func checkMarkedEvents(t *testing.T, cases []markedCase) {
	t.Helper()
	for _, c := range cases {
		d := runStandard(t, c.text, "2026-03-10")
		if g := markedEvents(d, c.si); g != c.want {
			t.Errorf("%q sentence %d: events %q, want %q", c.text, c.si, g, c.want)
		}
	}
}

// markedEvents lists the events of sentence si of d as "CAMEO
// SOURCE>TARGET", a negated one marked "!", sorted (eventsOf without the
// negation mark).
func markedEvents(d *doc.Document, si int) string {
	var got []string
	for _, e := range d.Events {
		if e.Sentence != si {
			continue
		}
		s := e.Cameo + " " + e.Source.Code + ">"
		if e.Target != nil {
			s += e.Target.Code
		}
		if e.Negated {
			s = "!" + s
		}
		got = append(got, s)
	}
	sort.Strings(got)
	return strings.Join(got, ",")
}
