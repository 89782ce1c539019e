package main

import "testing"

// The opposition's leader holds no government office: his role's sector is
// OPP, not the GOV every other office without a class gets.
func TestClassSectorOpposition(t *testing.T) {
	for _, c := range []struct{ class, pos, wantClass, wantSector string }{
		{"OTHER", "Leader of the Opposition", "OPPOSITION", "OPP"},
		{"OTHER", "Deputy Leader of the Opposition", "OPPOSITION", "OPP"},
		{"OTHER", "Opposition Leader in the Senate", "OPPOSITION", "OPP"},
		{"CABINET", "Minister of Finance", "CABINET", "GOV"},
		{"OTHER", "Leader of the House", "OTHER", "GOV"},
	} {
		class, sector := classSector(c.class, c.pos)
		if class != c.wantClass || sector != c.wantSector {
			t.Errorf("%s (%s): %s %s, want %s %s", c.pos, c.class, class, sector, c.wantClass, c.wantSector)
		}
	}
}

// Heads of courts are the judiciary, whatever class the source gave the
// office (session 23): a supreme court's president was HOS and so GOV.
func TestClassSectorCourtHeads(t *testing.T) {
	for _, c := range []struct{ class, pos, wantClass, wantSector string }{
		{"HOS", "President of the Supreme People's Court", "JUDICIARY", "JUD"},
		{"HOS", "President of the Supreme Administrative Court", "JUDICIARY", "JUD"},
		{"OTHER", "Chief Justice of the Ohio Supreme Court", "JUDICIARY", "JUD"},
		{"SUBNATIONAL", "Chief Justice (Queensland)", "JUDICIARY", "JUD"},
		{"SUBNATIONAL", "Chief Judge of the Court of Appeals (New York)", "JUDICIARY", "JUD"},
		{"CABINET", "Minister for Courts", "CABINET", "GOV"},
		{"CABINET", "Secretary of State for Court Relations", "CABINET", "GOV"},
		{"CABINET", "Minister of the Diwan of Royal Court", "CABINET", "GOV"},
		{"CABINET", "Minister of Justice", "CABINET", "GOV"},
		{"OTHER", "Chancellor of Justice", "OTHER", "GOV"},
		{"HOS", "President", "HOS", "GOV"},
	} {
		class, sector := classSector(c.class, c.pos)
		if class != c.wantClass || sector != c.wantSector {
			t.Errorf("%s (%s): %s %s, want %s %s", c.pos, c.class, class, sector, c.wantClass, c.wantSector)
		}
	}
}
