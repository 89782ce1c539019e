package actor

import "testing"

// Session 28, actor round 16. Every sentence is written for the test.

// A person named with an "-elect" title keeps the KB's standing at the
// story's date (ELI before he takes office), and so do his pronouns; an
// unknown one is his country's ELI. A sitting officeholder is untouched.
func TestElectTitles(t *testing.T) {
	const story = "Chile's president-elect Michelle Bachelet named four ministers on Monday. She will take office in March."
	checkCovering(t, "2006-01-30", []coverCase{
		{story, "Michelle Bachelet", "CHLELI"},
		{"Peru's president-elect Juan Morales met bankers in Lima on Monday.", "Juan Morales", "PERELI"},
		{"Chilean President Ricardo Lagos met bankers in Santiago on Monday.", "Ricardo Lagos", "CHLGOV"},
		// the title set apart by commas: the name takes the title's standing,
		// not the office the apposition lent it (session 28 review)
		{"Peru's president-elect, Juan Morales, met bankers in Lima on Monday.", "Juan Morales", "PERELI"},
		{"Juan Morales, Peru's president-elect, met bankers in Lima on Monday.", "Juan Morales", "PERELI"},
		// session 29: a "designated" or "incoming" title whose person's
		// country is not known at that point keeps the office
		{"Peru's incoming president Juan Morales met bankers in Lima on Monday.", "Juan Morales", "PERGOV"},
	})
	if got := codeCovering(t, "Hu Jintao met designated chancellor Angela Merkel in Berlin on Friday.", "2005-11-11", "Angela Merkel", 0); got != "DEUELI" {
		t.Errorf("designated chancellor Angela Merkel → %q, want DEUELI (not yet in office on 2005-11-11)", got)
	}
	if got := codeCovering(t, story, "2006-01-30", "She", 0); got != "CHLELI" {
		t.Errorf("her pronoun → %q, want CHLELI", got)
	}
}

// A newspaper's name the recogniser reads as a person's is an
// organisation: a later "his" does not take the paper for a man.
func TestOutletPeople(t *testing.T) {
	const story = "After the Brazilian newspaper Gazeta Mineira published a photo of a prisoner holding his cap in his hands, the ministry admitted it had lied."
	if got := codeCovering(t, story, "2005-11-20", "his", 0); got != "" && got != "<missing>" {
		t.Errorf("his → %q, want no code", got)
	}
	if got := codeCovering(t, story, "2005-11-20", "Gazeta Mineira", 0); got != "BRAMED" {
		t.Errorf("the paper → %q, want BRAMED", got)
	}
}

// A company the KB does not know takes the code of the company an
// apposition calls it a part of; both names written without their company
// words follow.
func TestSubsidiariesAndShortNames(t *testing.T) {
	const story = "Kawabe Asia Ltd., the leasing arm of Japanese trading giant Kawabe Corp., said on Tuesday it would sell bonds. " +
		"Kawabe set up Kawabe Asia in 1995 to lend to firms in Asia."
	for _, c := range []struct {
		word string
		n    int
	}{{"Kawabe Asia Ltd.", 0}, {"Kawabe", 2}, {"Kawabe Asia", 1}} {
		if got := codeCovering(t, story, "1997-04-16", c.word, c.n); got != "JPNBUS" {
			t.Errorf("%q (%d) → %q, want JPNBUS", c.word, c.n, got)
		}
	}
	// no part-of apposition: an unknown company stays uncoded
	const other = "Kawabe Asia Ltd., a firm based in Singapore, said on Tuesday it would sell bonds, as did Japanese trading giant Kawabe Corp."
	if got := codeCovering(t, other, "1997-04-16", "Kawabe Asia Ltd.", 0); got == "JPNBUS" {
		t.Errorf("Kawabe Asia Ltd. without an apposition → %q", got)
	}
}

// A natural feature named after a country is a place, not the country.
func TestNaturalFeatureNames(t *testing.T) {
	checkCovering(t, "2006-11-22", []coverCase{
		{"Gunmen seized six workers from a barge in the Niger Delta on Wednesday.", "Niger", ""},
		{"Farmers in the Jordan Valley asked for more water on Wednesday.", "Jordan", ""},
		{"Niger and Mali signed a border treaty on Wednesday.", "Niger", "NER"},
	})
}

// The Federal Reserve's short names, and a president's "State House".
func TestKBSession28Names(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Fed", "2005-11-01", "USAGOVBUS"},
		{"Federal Open Market Committee", "2005-11-01", "USAGOVBUS"},
		{"State House", "2005-11-01", "GOV"},
		{"National Archives", "2005-11-01", "GOV"},
	})
}

// A later one-word name that is the second-to-last word of a person's
// full name (a Spanish father's surname) is that person; the last word of
// another person's name wins.
func TestSecondSurnames(t *testing.T) {
	const story = "Francisco Javier Ramirez Acuna will head the interior ministry, aides said on Friday. Critics say Ramirez ignored complaints about the police."
	if got := codeCovering(t, story, "2006-11-30", "Ramirez", 1); got != "MEXELI" {
		t.Errorf("Ramirez → %q, want MEXELI", got)
	}
	const two = "Francisco Javier Ramirez Acuna and Pedro Ramirez met on Friday. Critics say Ramirez ignored complaints about the police."
	if got := codeCovering(t, two, "2006-11-30", "Ramirez", 2); got == "MEXELI" {
		t.Errorf("Ramirez after Pedro Ramirez → %q, want not Ramirez Acuna's", got)
	}
}
