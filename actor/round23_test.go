package actor

import "testing"

// Session 36, actor round 23. Every sentence is written for the test.

// A person the KB does not hold takes the gender the KB's bearers of her
// given name share: "Christine" is no antecedent of "he".
func TestRound23GivenNameGender(t *testing.T) {
	const text = "Governor Peter Smallwood defended the plan on Monday. " +
		"\"It is a poor plan,\" said legislator Christine Vandermeer. " +
		"\"Why did he sign it?\""
	checkResolved(t, "2001-05-02", text, []want{{"he", 0, "", "Peter Smallwood"}})
	k, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	if g := k.GivenNameGender("Christine"); g != 'f' {
		t.Errorf("Christine: gender %q, want f", g)
	}
	if g := k.GivenNameGender("Kim"); g != 0 {
		t.Errorf("Kim: gender %q, want none (a name of both)", g)
	}
	round23Off["givenNameGender"] = true
	defer delete(round23Off, "givenNameGender")
	checkResolved(t, "2001-05-02", text, []want{{"he", 0, "", "Christine Vandermeer"}})
}

// "carrier" after an airline word is an airline (BUS), not a warship.
func TestRound23AirlineCarrier(t *testing.T) {
	const text = "Spain's economy grew fast last year. The national carrier reported record profits on Tuesday."
	checkResolved(t, "2005-11-15", text, []want{{"carrier", 0, "ESPBUS", ""}})
	round23Off["airlineCarrier"] = true
	defer delete(round23Off, "airlineCarrier")
	checkResolved(t, "2005-11-15", text, []want{{"carrier", 0, "ESPMIL", ""}})
}

// Prachanda led the Maoist party after the 2006 peace accord: its code,
// PTY, until he became prime minister (data/kb/roles-dyad.tsv).
func TestRound23PrachandaParty(t *testing.T) {
	checkResolved(t, "2007-03-01", "Prachanda told reporters in Kathmandu that the polls must go ahead.",
		[]want{{"Prachanda", 0, "NPLPTY", ""}})
	checkResolved(t, "2005-03-01", "Prachanda told reporters that the fighting would go on.",
		[]want{{"Prachanda", 0, "NPLREB", ""}})
}

// The given-name table is each KB's own (session 36 review): a KB without
// persons gives no gender, also after the shipped KB built its table.
func TestRound23GivenNameGenderPerKB(t *testing.T) {
	k, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	if g := k.GivenNameGender("Christine"); g != 'f' {
		t.Fatalf("shipped KB: Christine %q, want f", g)
	}
	if g := NewKB().GivenNameGender("Christine"); g != 0 {
		t.Errorf("empty KB: Christine %q, want none", g)
	}
}
