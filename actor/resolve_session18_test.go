package actor

import "testing"

// Session 18, actor round 7: the largest error groups of the fifth blind
// actor gold (news-dev5) and of news-dev1..4. Every sentence is written for
// the test.

// A capital, city or region written as where something happens names no
// actor; the same names acting, dealt with or owning keep their code, and a
// country is always itself.
func TestPlacesAsLocations(t *testing.T) {
	for _, c := range []struct{ text, mention, want string }{
		// a location: no code
		{"The two ministers held talks in Nairobi on Tuesday.", "Nairobi", ""},
		{"A roadside bomb exploded near Kandahar on Friday, police said.", "Kandahar", ""},
		{"The minister spoke to reporters outside Damascus.", "Damascus", ""},
		{"The ship sailed from the Gabonese capital of Libreville.", "Libreville", ""},
		{"A helicopter landed north of Kabul after engine trouble.", "Kabul", ""},
		{"The cricket match was played at Lahore on Sunday.", "Lahore", ""},
		{"Farmers in Okinawa protested against the new runway.", "Okinawa", ""},
		// acting, dealt with, owning: coded; a name before a noun it
		// modifies is left to the event stage ("at Beirut airport" is a
		// visit to Lebanon)
		{"The minister arrived at Nairobi airport late on Sunday.", "Nairobi", "KENGOV"},
		{"Nairobi rejected the report on Tuesday.", "Nairobi", "KENGOV"},
		{"The envoy held talks with Beijing on trade.", "Beijing", "CHNGOV"},
		{"The plan was welcomed in Washington's view of the region.", "Washington", "USAGOV"},
		{"Kandahar residents marched on Friday.", "Kandahar residents", "AFGCVL"},
		// a country in a location is the country
		{"The two ministers held talks in Kenya on Tuesday.", "Kenya", "KEN"},
		{"A bomb exploded in Afghanistan on Friday.", "Afghanistan", "AFG"},
	} {
		got := codeOf(t, c.text, "2006-05-14", c.mention, 0)
		if got == "<missing>" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}

// Outlets, a junta and a rating agency the KB lacked (data/kb/media.tsv,
// institutions.tsv, orgs.tsv): each named in a sentence written for the test.
func TestSession18KBRows(t *testing.T) {
	for _, c := range []struct{ text, date, mention, want string }{
		{"Moody's lowered the ratings of two regional lenders on Monday.", "2006-05-14", "Moody", "MNC"},
		{"The poll was published by Le Figaro on Sunday.", "2006-05-14", "Le Figaro", "FRAMED"},
		{"The daily De Volkskrant said the mission cost more than planned.", "2006-05-14", "daily De Volkskrant", "NLDMED"},
		{"The SLORC ordered the arrest of two students.", "1996-05-14", "SLORC", "MMRGOV"},
		{"The channel TVN24 showed the crowd outside the court.", "2006-05-14", "TVN24", "POLMED"},
		{"Yedioth Ahronoth said the cabinet would meet again.", "2006-05-14", "Yedioth Ahronoth", "ISRMED"},
	} {
		if got := codeOf(t, c.text, c.date, c.mention, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}

// A person the KB knows only as an elite, named after an organisation and
// its head word, is that organisation's officer, as an unknown person is;
// "former" keeps him an elite, and a party's head word leaves him alone.
func TestOrgHeadBeforeElite(t *testing.T) {
	for _, c := range []struct{ text, mention, want string }{
		{"IAEA chief Mohamed ElBaradei told reporters the inspections would go on.", "Mohamed ElBaradei", "IGOUNOIAE"},
		{"Former IAEA chief Mohamed ElBaradei told reporters the inspections would go on.", "Mohamed ElBaradei", "EGYELI"},
		{"The IAEA said Mohamed ElBaradei would travel to Vienna.", "Mohamed ElBaradei", "EGYELI"},
	} {
		if got := codeOf(t, c.text, "2006-12-20", c.mention, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}
