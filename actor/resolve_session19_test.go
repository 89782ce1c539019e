package actor

import "testing"

// Session 19, actor round 8: the largest error groups of the sixth blind
// actor gold (news-dev6) and of news-dev1..5. Every sentence is written for
// the test.

// A party's title before a person the KB knows but places in no office at
// the story's date (its ELI) makes him the party's man: a party leader with
// no office has his party's code. A person in office keeps it, a former
// title leaves him an elite, and a later bare surname of the same person
// keeps the party's code the story gave him.
func TestPartyTitleOfOfficelessPerson(t *testing.T) {
	for _, c := range []struct {
		text, date, mention string
		n                   int
		want                string
	}{
		{"ANC secretary-general Kgalema Motlanthe met union leaders in Pretoria on Friday.", "2005-06-03",
			"ANC secretary-general Kgalema Motlanthe", 0, "ZAFPTY"},
		{"Union leaders cheered when the party deputy Jacob Zuma arrived in Durban on Saturday.", "2005-10-08",
			"party deputy Jacob Zuma", 0, "ZAFPTY"},
		// the surname again, in a later sentence
		{"ANC secretary-general Kgalema Motlanthe met union leaders in Pretoria on Friday. " +
			"Motlanthe later told reporters that the talks had gone well.", "2005-06-03", "Motlanthe", 0, "ZAFPTY"},
		// in office: the KB's office stands
		{"ANC president Thabo Mbeki opened the party conference in Durban on Friday.", "2005-06-03",
			"ANC president Thabo Mbeki", 0, "ZAFGOV"},
		// a former title: an elite
		{"Former ANC secretary-general Kgalema Motlanthe met union leaders in Pretoria on Friday.", "2005-06-03",
			"Former ANC secretary-general Kgalema Motlanthe", 0, "ZAFELI"},
	} {
		if got := codeOf(t, c.text, c.date, c.mention, c.n); got != c.want {
			t.Errorf("%q (%d) in %q → %q, want %q", c.mention, c.n, c.text, got, c.want)
		}
	}
}

// An unknown person set off by a comma before an organisation's officer
// phrase is its officer when the phrase ends the clause with a place or time
// ("at a news briefing", "on Monday") as well as with a comma, and with the
// deputy and assistant heads of Chinese and company usage.
func TestOrgAppositionMoreHeads(t *testing.T) {
	for _, c := range []struct{ text, mention, want string }{
		{"The new rules will take effect in March, said Liu Ping, deputy director of the Legislative Affairs Office of the State Council at a news briefing in Beijing.",
			"Liu Ping", "CHNGOV"},
		{"The loans were approved by Gao Wen, assistant chairman of the State Council, on Monday.",
			"Gao Wen", "CHNGOV"},
		{"The merger was announced by Li Hua, deputy general manager of the State Council, in Beijing.",
			"Li Hua", "CHNGOV"},
		// no officer phrase: nothing
		{"The plan was drafted by Zhou Lan at the State Council on Monday.", "Zhou Lan", ""},
	} {
		got := codeOf(t, c.text, "2006-11-16", c.mention, 0)
		if got == "<missing>" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}

// A party's short name the KB gives one country's party is the party of
// another country when the story has named that party in full: "Labour"
// after "the Israeli Labour Party" is Israel's. Without the full name, or
// when the story names the KB's own party in full too, it stays the KB's.
func TestShortPartyNameOfStory(t *testing.T) {
	const israel = "The Israeli Labour Party chose a new leader on Wednesday. "
	for _, c := range []struct {
		text, mention string
		n             int
		want          string
	}{
		{israel + "Labour said it would quit the coalition government in March.", "Labour", 0, "ISRPTY"},
		{"Labour said it would quit the coalition government in March.", "Labour", 0, "GBRPTY"},
		{israel + "The British Labour Party sent its congratulations. Labour said it hoped to work with him.", "Labour", 0, "GBRPTY"},
	} {
		if got := codeOf(t, c.text, "2005-11-28", c.mention, c.n); got != c.want {
			t.Errorf("%q (%d) in %q → %q, want %q", c.mention, c.n, c.text, got, c.want)
		}
	}
}

// A name two countries' people share on purpose ("King Abdullah", Jordan's
// and Saudi Arabia's king in 2005–2015) is the one of the country written
// before it; without a country it stays the KB's first.
func TestNamesakeByCountryBeside(t *testing.T) {
	for _, c := range []struct{ text, mention, want string }{
		{"Saudi Arabia's King Abdullah received the envoy in Riyadh on Monday.", "Saudi Arabia's King Abdullah", "SAUGOV"},
		{"Saudi King Abdullah received the envoy in Riyadh on Monday.", "Saudi King Abdullah", "SAUGOV"},
		{"Jordan's King Abdullah received the envoy in Amman on Monday.", "Jordan's King Abdullah", "JORGOV"},
		{"King Abdullah received the envoy on Monday.", "King Abdullah", "JORGOV"},
	} {
		if got := codeOf(t, c.text, "2008-03-10", c.mention, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}
