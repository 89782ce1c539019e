package actor

import "testing"

// Session 29, actor round 17. Every sentence is written for the test.

// checkRuleCovering checks each case with the round's rule on, and that
// the first case comes out otherwise with the rule off (the rule is what
// makes it pass).
func checkRuleCovering(t *testing.T, rule, date string, cases []coverCase) {
	t.Helper()
	checkCovering(t, date, cases)
	round17Off[rule] = true
	defer delete(round17Off, rule)
	if c := cases[0]; codeCovering(t, c.text, date, c.word, 0) == c.want {
		t.Errorf("%s off: %q in %q still → %q", rule, c.word, c.text, c.want)
	}
}

// A country word split from a titled person by a rank word or the title's
// own words joins the person: he takes its country, and the event that
// picks the country word codes the person.
func TestRankedTitles(t *testing.T) {
	checkRuleCovering(t, "rankedTitles", "2006-11-20", []coverCase{
		{"The U.S. Assistant Secretary of State Mark Dalton met Kenyan officials on Monday.", "Mark Dalton", "USAGOV"},
		{"The U.S. Assistant Secretary of State Mark Dalton met Kenyan officials on Monday.", "U.S.", "USAGOV"},
		// a lower-case word between is no rank of a title
		{"Relations between the United States and Germany under Merkel's leadership are expected to stay stable.", "Germany", "DEU"},
	})
}

// A country adjective before a state office's noun the recogniser left
// outside the mention takes the noun's sector; other nouns leave it the
// country's.
func TestRoleNounPeoples(t *testing.T) {
	checkRuleCovering(t, "roleNounPeoples", "2006-11-20", []coverCase{
		{"Kenyan and Ugandan health experts and officials met in Kampala on Monday to discuss malaria.", "Ugandan", "UGAGOV"},
		{"Kenyan and Ugandan health experts and officials met in Kampala on Monday to discuss malaria.", "Kenyan", "KENGOV"},
		{"Ugandan top legislator meets Kenyan president.", "Ugandan", "UGALEG"},
		{"Analysts said Italian manufacturing industry is suffering this year.", "Italian", "ITA"},
	})
}

// An apposition naming a person an officer of a body of an organisation
// gives him the organisation's code.
func TestChainedOrgAppositions(t *testing.T) {
	// round20's officerAppositions reads the same appositions when this
	// rule is off: off too, so that the switch shows this rule's part
	round20Off["officerAppositions"] = true
	defer delete(round20Off, "officerAppositions")
	checkRuleCovering(t, "chainedOrgAppositions", "2005-11-01", []coverCase{
		{"Zhou Ping, commander of the East Sea fleet of the Navy of the People's Liberation Army, met the visitors on Tuesday.", "Zhou Ping", "CHNMIL"},
		{"Li Wenhai, vice-chairman of the Standing Committee of China's National People's Congress, met Belgian officials on Tuesday.", "Li Wenhai", "CHNLEG"},
	})
}

// A bracketed acronym after a name with a possessive inside is spelled by
// the name: the story's party, not the KB's body with those letters.
func TestPossessiveInName(t *testing.T) {
	checkRuleCovering(t, "possessiveInName", "1997-04-01", []coverCase{
		{"Hun Sen's Cambodian People's Party (CPP) won the vote in Phnom Penh. The CPP said it was pleased.", "CPP", "KHMPTY"},
	})
}

// In a story about one country's envoy abroad, the host's official with a
// title that names no country is the host country's.
func TestHostCountry(t *testing.T) {
	const story = "U.S. envoy Mark Dalton arrived in Tokyo on Monday. Dalton said talks would resume soon. " +
		"Dalton met U.S. officials in Tokyo. Dalton came to the Chinese capital and met with vice foreign minister Wu Jiang."
	checkRuleCovering(t, "hostCountry", "2006-11-20", []coverCase{
		{story, "Wu Jiang", "CHNGOV"},
		{story, "Dalton", "USAGOV"},
	})
}

// A country's title set beside a person's name, read as a country word
// and words that are no mention, or after a modifier such as "visiting",
// gives the person its actor.
func TestApposedTitles(t *testing.T) {
	checkRuleCovering(t, "apposedCountryTitles", "2006-11-20", []coverCase{
		{"Mark Dalton, U.S. assistant secretary of state, said on Tuesday that talks would resume.", "Mark Dalton", "USAGOV"},
	})
	checkRuleCovering(t, "apposedModifiedTitles", "2006-11-20", []coverCase{
		{"Peter Grant, the visiting United States deputy secretary of state, met Nicaraguan officials on Tuesday.", "Peter Grant", "USAGOV"},
	})
}

// An organisation's name and an officer's title before an unknown person
// make him its officer.
func TestOrgTitledPeople(t *testing.T) {
	checkRuleCovering(t, "orgTitledPeople", "2005-11-07", []coverCase{
		{"Canada's opposition will vote against the budget. The New Democratic Party (NDP) said so on Monday. NDP Leader Tom Harks said his party would not support the government.", "Tom Harks", "CANPTY"},
	})
}

// The knowledge base's rows of the round.
func TestKBSession29Names(t *testing.T) {
	checkCovering(t, "2005-11-01", []coverCase{
		{"South Korean and DPR Korean officials met on Tuesday.", "DPR Korean", "PRKGOV"},
		{"The Sudan Liberation Movement rejected the plan on Monday.", "Sudan Liberation Movement", "SDNREB"},
		{"The Egyptian president met the visitors, MENA said.", "MENA", "EGYMED"},
		{"Jia Wen, chairman of the National Committee of the Chinese People's Political Consultative Conference, met the visitors.",
			"National Committee", "CHNLEG"},
	})
}
