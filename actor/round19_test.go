package actor

import "testing"

// Session 32, actor round 19. Every sentence is written for the test.

// checkRound19 checks each case with the rule on and that the first one
// comes out otherwise with the rule off.
func checkRound19(t *testing.T, rule, date string, cases []coverCase) {
	t.Helper()
	for _, c := range cases {
		if got := codeCovering(t, c.text, date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
	round19Off[rule] = true
	defer delete(round19Off, rule)
	if c := cases[0]; codeCovering(t, c.text, date, c.word, 0) == c.want {
		t.Errorf("%s off: %q in %q still → %q", rule, c.word, c.text, c.want)
	}
}

// A town's name that only says where a ground, a building or a market is
// names no actor; before a policy or a bid it is still the government.
func TestRound19Places(t *testing.T) {
	checkRound19(t, "round19Places", "2006-11-20", []coverCase{
		{"Three travellers were stopped at Tehran's main airport on Monday evening.", "Tehran", ""},
		{"Hundreds of lorries waited at the Rafah crossing for a second day.", "Rafah", ""},
		{"Dealers said the Tokyo market would hold firm for the week.", "Tokyo", ""},
		{"The singers performed in Hanoi's National Convention Center last week.", "Hanoi", ""},
		// a policy, a bid: the government
		{"The envoys said Tehran's nuclear programme worried their capitals.", "Tehran", "IRNGOV"},
		{"Diplomats discussed Ankara's bid to join the union.", "Ankara", "TURGOV"},
		// a person or body after the noun: not the place's ground
		{"Tokyo warned on Friday that it would retaliate.", "Tokyo", "JPNGOV"},
	})
}

// A person named as a cleric (an honorific before the name, the KB's
// religious title, an apposition) is his country's clergy: the country the
// apposition names, else the story's; his short name and pronouns follow.
func TestRound19Clergy(t *testing.T) {
	checkRound19(t, "clergy", "2005-11-14", []coverCase{
		{"Master Dezhen teaches the young monks of a temple in central China every morning. He says Dezhen never rests.", "Dezhen", "CHNREL"},
		{"Master Dezhen teaches the young monks of a temple in central China every morning. He says Dezhen never rests.", "He", "CHNREL"},
		{"\"We welcome the visitors,\" said Liu Baoshan, abbot of the mountain temple in China.", "Liu Baoshan", "CHNREL"},
		{"The pope's visit to Turkey was a gesture of peace, said Karim Haddad, a moderate Egyptian Muslim leader.", "Karim Haddad", "EGYREL"},
		{"The pope's visit to Turkey was welcome, said Karim Haddad, a Muslim leader from France.", "Karim Haddad", "FRAREL"},
		// no cleric's word: an unknown person stays unknown
		{"Li Wei said the temple in China was built six centuries ago.", "Li Wei", ""},
	})
}

// A person the KB knows only for an office he takes up many years after the
// story is no elite yet: uncoded. A former elite (Johnson-Sirleaf before
// her inauguration: the KB's elite of 1956-1999) stays the KB's elite.
func TestRound19NotYetElite(t *testing.T) {
	checkRound19(t, "notYetElite", "2005-12-10", []coverCase{
		{"Michelle Kwan said she would be ready for the Olympic trials next month, where the champion hopes to win a medal.", "Michelle Kwan", ""},
		{"Anwar Ibrahim said he would join the party again next year.", "Anwar Ibrahim", "MYSELI"},
		{"Ellen Johnson-Sirleaf said she would name her cabinet soon.", "Ellen Johnson-Sirleaf", "LBRELI"},
	})
}

// A company's first word named alone after the company is the company.
func TestRound19CompanyFirstNames(t *testing.T) {
	text := "Ford Motor Co. said on Tuesday that it would cut jobs. Ford also plans to close two plants, he said."
	if got := codeCovering(t, text, "2006-11-15", "Ford", 1); got != "MNCUSA" {
		t.Errorf("%q → %q, want MNCUSA", text, got)
	}
	// a place's word is not the company's ("Japan" after "Japan Airlines")
	text2 := "Japan Airlines said on Monday it would buy ten jets. Japan also bought ships."
	if got := codeCovering(t, text2, "2006-11-15", "Japan", 1); got != "JPN" {
		t.Errorf("%q → %q, want JPN", text2, got)
	}
	round19Off["companyFirstNames"] = true
	defer delete(round19Off, "companyFirstNames")
	if got := codeCovering(t, text, "2006-11-15", "Ford", 1); got == "MNCUSA" {
		t.Errorf("companyFirstNames off: %q still → MNCUSA", text)
	}
}
