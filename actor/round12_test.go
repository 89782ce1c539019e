package actor

import "testing"

// Session 23, actor round 12. Every sentence is written for the test.

// A party's title before the name of a person the KB places in a state
// office keeps the office's code.
func TestPartyTitleKeepsOffice(t *testing.T) {
	for _, c := range []struct{ text, date, word, want string }{
		{"Communist Party chief Hu Jintao opened the new railway on Monday.", "2006-07-03", "Hu Jintao", "CHNGOV"},
		{"The visitors were received by party chief Hu Jintao in the evening.", "2006-07-03", "Hu Jintao", "CHNGOV"},
	} {
		if got := codeCovering(t, c.text, c.date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A title written "ex-…" makes a former official his country's elite.
func TestExTitle(t *testing.T) {
	for _, c := range []struct{ text, date, word, want string }{
		{"Malaysia's ex-finance minister Anwar Ibrahim addressed students in Penang.", "2006-10-02", "Anwar", "MYSELI"},
		{"Peru's ex-president Mario Quispe spoke to farmers in the valley.", "2006-10-02", "Quispe", "PERELI"},
		// a private ex-: no office
		{"Her ex-husband Mario Quispe sued the magazine in Lima.", "2006-10-02", "Quispe", ""},
	} {
		if got := codeCovering(t, c.text, c.date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// An organisation's officer named after its name and his title, or after
// "… of the <organisation>" read as one name with his, is its officer.
func TestOrgOfficerAfterName(t *testing.T) {
	for _, c := range []struct{ text, date, word, want string }{
		{"ECOWAS Executive Secretary Mohamed Ibn Chambas opened the meeting in Abuja.", "2006-01-10", "Chambas", "IGOWAFWAS"},
		{"ECOWAS Executive Secretary Kwame Boateng opened the meeting in Abuja.", "2006-01-10", "Boateng", "IGOWAFWAS"},
		{"The Secretary General of the Organisation of American States Maria Fuentes praised the vote.", "2006-01-10", "Fuentes", "IGOOAS"},
		{"Praise came from the Chief of the Organisation of American States Jose Miguel Insulza on Friday.", "2006-01-10", "Insulza", "IGOOAS"},
	} {
		if got := codeCovering(t, c.text, c.date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A town after a compass word, left by a force, seized, reached by an
// extradition or called a town in an apposition is a place.
func TestRound12Places(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Shells fell on north Kabul overnight, residents said.", "Kabul", ""},
		{"Rain flooded the streets across west Kabul on Friday.", "Kabul", ""},
		{"The militia withdrew from Kandahar on Sunday.", "Kandahar", ""},
		{"The gunmen seized Kandahar in June after a long siege.", "Kandahar", ""},
		{"The suspect was extradited to Nairobi last week.", "Nairobi", ""},
		{"Kandahar, a city in the south, was calm on Monday.", "Kandahar", ""},
		// the capital as its government
		{"Kabul warned the militia on Sunday.", "Kabul", "AFGGOV"},
		{"The militia demanded money from Kabul on Sunday.", "Kabul", "AFGGOV"},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A company the KB does not know, named with a company's word, is a
// business of the story's country when the story names one country; a
// group's acronym read as that word ("KK") is the company's.
func TestStoryCompanies(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Kenyan regulators fined Mwangaza Haulage Co on Monday for late filings.", "Haulage", "KENBUS"},
		{"Hokuriku Timber KK asked the Osaka court to wind it up, Japanese officials said.", "Timber", "JPNBUS"},
		{"The Japanese lender sold its stake in Hokuriku Timber KK last year.", "Timber", "JPNBUS"},
		// two countries: the home is not clear
		{"Kenyan and Ugandan officials met Mwangaza Haulage Co on Monday.", "Haulage", ""},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}
