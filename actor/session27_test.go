package actor

import "testing"

// Session 27, actor round 15. Every sentence is written for the test.

// KB rows for officeholders the generated rows leave out.
func TestKBSession27Rows(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Navin Ramgoolam", "1997-04-15", "MUSGOV"},
		{"Navin Ramgoolam", "2002-01-10", "MUSELI"}, // between his terms
		{"Tang Jiaxuan", "2006-11-11", "CHNGOV"},
		{"Tang Jiaxuan", "2009-05-01", "CHNELI"},
		{"Mihai Razvan Ungureanu", "2005-11-28", "ROUGOV"},
		{"Alpha Oumar Konare", "2006-11-03", "IGOAFRAFU"},
		{"Alpha Oumar Konare", "1997-04-03", "MLIGOV"}, // Mali's president then
	})
}

// A legislature the KB has from Phoenix's institutions is coded LEG, as its
// members' titles are.
func TestLegislatureInstitutions(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"US Congress", "2006-12-09", "USALEG"},
		{"US House of Representatives", "2006-12-09", "USALEG"},
		{"National People's Congress", "2006-03-05", "CHNLEG"},
		{"Lok Sabha", "2006-03-05", "INDLEG"},
	})
	for in, want := range map[string]string{"USAGOVLEG": "USALEG", "DEUGOVBUS": "DEUGOVBUS", "USALEG": "USALEG", "IGOUNO": "IGOUNO"} {
		if got := legislatureCode(in); got != want {
			t.Errorf("legislatureCode(%s) = %s, want %s", in, got, want)
		}
	}
}

// The acronym of a hyphenated company name spells each capitalised part.
func TestHyphenatedAcronym(t *testing.T) {
	checkCovering(t, "2006-12-13", []coverCase{
		{"Dell and Hewlett-Packard said on Wednesday they would share a sales team. The deal helps HP sell more servers.", "HP", "MNCUSA"},
	})
	if a, _ := initialsOf([]string{"Hewlett-Packard"}); a != "HP" {
		t.Errorf("initials of Hewlett-Packard = %q, want HP", a)
	}
	if a, _ := initialsOf([]string{"Coca-cola", "Amatil"}); a != "CA" {
		t.Errorf("initials of Coca-cola Amatil = %q, want CA", a)
	}
}

// A person named after a company and a lower-case officer's title is the
// company's, with his later surname; a state's title with no company
// before it is not touched.
func TestCompanyOfficers(t *testing.T) {
	const story = "Toyota executive vice president Jim Barlow said on Tuesday that sales rose in Asia. "
	checkCovering(t, "2006-12-13", []coverCase{
		{story + "Barlow said prices would hold.", "Jim Barlow", "MNCJPN"},
		{"Dell and Hewlett-Packard agreed a deal, said HP senior vice president Carol Dunmore.", "Dunmore", "MNCUSA"},
		{"US Vice President Dick Cheney flew to Kabul on Monday.", "Cheney", "USAGOV"},
	})
	if got := codeCovering(t, story+"Barlow said prices would hold.", "2006-12-13", "Barlow", 1); got != "MNCJPN" {
		t.Errorf("the later surname → %q, want MNCJPN", got)
	}
}

// An outlet the KB does not know takes the country its name begins with,
// or the country of a story about one country.
func TestUnknownOutlets(t *testing.T) {
	checkCovering(t, "2006-11-27", []coverCase{
		{"The runner said he would race again, newspaper Malawi Courier Times reported on Monday.", "Courier Times", "MWIMED"},
		{"The Zambian government will buy 40 new buses for Lusaka, the official The Evening Herald reported on Monday.", "Herald", "ZMBMED"},
		{"Zambia's finance minister said inflation fell, according to national newspaper Lusaka Mirror.", "Lusaka Mirror", "ZMBMED"},
		// a body that is not an outlet keeps no code
		{"The Zambian government will buy 40 new buses, the Lusaka Transport Forum said on Monday.", "Forum", ""},
	})
}

// A town between "a" and a building's noun is where something happened,
// no actor; a town with a body's or a person's noun is left alone.
func TestIndefinitePlaces(t *testing.T) {
	checkCovering(t, "2006-12-10", []coverCase{
		{"The former spy died in a central London hospital on Thursday, his lawyer said.", "London", ""},
		{"Gunmen seized two workers from a Baghdad office of a charity on Monday.", "Baghdad", ""},
		{"The singer lived for years with her family in a Riyadh palace.", "Riyadh", ""},
		// the same towns acting, or beside a body's noun
		{"Beijing authorities said on Monday they would close the market.", "Beijing", "CHNGOV"},
		{"London said on Monday it would expel two diplomats.", "London", "GBRGOV"},
	})
}
