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
