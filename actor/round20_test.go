package actor

import "testing"

// Session 33, actor round 20. Every sentence is written for the test.

// checkRound20 checks each case with the rule on and that the first one
// comes out otherwise with the rule off.
func checkRound20(t *testing.T, rule, date string, cases []coverCase) {
	t.Helper()
	for _, c := range cases {
		if got := codeCovering(t, c.text, date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
	round20Off[rule] = true
	defer delete(round20Off, rule)
	if c := cases[0]; codeCovering(t, c.text, date, c.word, 0) == c.want {
		t.Errorf("%s off: %q in %q still → %q", rule, c.word, c.text, c.want)
	}
}

// An unknown person titled as a party's officer ("party leader X", "deputy
// leader Y") speaks for the party the story named last; his short name and
// pronouns follow. Without a party named before he stays unknown.
func TestRound20PartyOfficers(t *testing.T) {
	const story = "France's Socialist Party published its programme on Friday. " +
		"\"We will build more schools,\" said party leader Marcel Dufrenne. " +
		"His deputy will tour the north next week."
	checkRound20(t, "partyOfficers", "2006-12-03", []coverCase{
		{"France's Socialist Party published its programme on Friday. \"We are ready,\" said deputy leader Anne Morvan.", "Anne Morvan", "FRAPTY"},
		{story, "Marcel Dufrenne", "FRAPTY"},
		{story, "His", "FRAPTY"},
		// no party before: unknown
		{"\"We will build more schools,\" said party leader Marcel Dufrenne on Friday.", "Marcel Dufrenne", ""},
	})
}

// An unknown person titled "former" and an office is an elite of the
// country the title or the story names; one the sentence gives an office
// again is not.
func TestRound20FormerOfficials(t *testing.T) {
	const story = "China dismissed two managers of a state bank on Monday. " +
		"China's central bank also removed the country's former statistics chief Zhou Jianmin from a policy panel. " +
		"Beijing said his deputy had broken the rules, and China's cabinet approved the move."
	checkRound20(t, "formerOfficials", "2006-11-02", []coverCase{
		{story, "Zhou Jianmin", "CHNELI"},
		{story, "his", "CHNELI"},
		// in office again: not an elite
		{"Former finance minister Harjono Wibisana was installed as coordinating minister for the economy of Indonesia on Monday.", "Harjono Wibisana", "IDNGOV"},
	})
}

// An unknown person whom an apposition calls an officer of one named body
// takes the body's code; not when the apposition names his country too,
// nor a clause ("reversing ..."), nor a former office.
func TestRound20OfficerAppositions(t *testing.T) {
	checkRound20(t, "officerAppositions", "2005-11-25", []coverCase{
		{"The virus spreads slowly, said Mary Colton, coordinator of the alert team in the World Health Organization office, on Friday.", "Mary Colton", "IGOUNOHLHWHO"},
		{"The virus spreads slowly, said Mary Colton, coordinator of the alert team in the World Health Organization office, on Friday. She said the tests were clear.", "She", "IGOUNOHLHWHO"},
		{"The talks will go on, said Pak Chol-Min, head of the North Korean UN mission, on Monday.", "Pak Chol-Min", ""},
		{"The talks will go on, said Hans Berger, a former officer in the World Health Organization, on Monday.", "Hans Berger", ""},
	})
}

// Names coded only after coreference (a party by the country's possessive,
// a ministry by the story's country) give their code to the acronyms and
// repeats that copied them uncoded.
func TestRound20LateNames(t *testing.T) {
	const story = "Britain's Calm Waters Party (CWP) issued its manifesto on Friday. " +
		"By voting CWP candidates, voters would choose peace, it said."
	checkRound20(t, "lateNames", "1997-04-11", []coverCase{
		{story, "CWP", "GBRPTY"},
		{story, "Calm Waters Party", "GBRPTY"},
		// a ministry the story's country codes, then its letters
		{"China's health authorities met on Monday. The Ministry of Health (MOH) said China had found a new case. MOH experts flew to Anhui.", "MOH", "CHNHLH"},
	})
}

// A party the text calls the opposition in words the recogniser left
// outside its name is the opposition; its officer named with its acronym
// too. The ruling party of the same sentence stays a party.
func TestRound20OppositionBefore(t *testing.T) {
	const zagreb = "In Zagreb, the ruling HDZ won 24 seats and the opposition Croatian Social and Liberal Party took 12."
	checkRound20(t, "oppositionBefore", "1997-04-14", []coverCase{
		{zagreb, "Liberal Party", "HRVOPP"},
		{"Spain's main political opposition, the right-wing Popular Party, rejected the plan on Monday.", "Popular Party", "ESPOPP"},
		{zagreb, "HDZ", "HRVPTY"},
		{"If the opposition of the Italian Communist Refoundation Party continues, the vote will fail.", "Communist Refoundation Party", "ITAPTY"},
	})
	checkRound20(t, "oppositionOfficers", "2005-11-07", []coverCase{
		{"The budget was passed despite protests by the main opposition United National Party (UNP). The UNP spokesman Kamal Perera said the vote was unfair.", "Kamal Perera", "LKAOPP"},
	})
}

// Spellings of Syria's foreign minister of 1984-2006 that wire news uses
// (data/kb/persons.tsv, names only; the roles are Wikidata's).
func TestRound20SharaaSpellings(t *testing.T) {
	for _, text := range []string{
		"The Chinese minister spoke by telephone with his Syrian counterpart Faruk al-Shareh on Tuesday.",
		"Farouk al-Shareh met the envoy in Damascus on Tuesday.",
	} {
		if got := codeCovering(t, text, "2005-11-22", "al-Shareh", 0); got != "SYRGOV" {
			t.Errorf("al-Shareh in %q → %q, want SYRGOV", text, got)
		}
	}
}
