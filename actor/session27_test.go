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
