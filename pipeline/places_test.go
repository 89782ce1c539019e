package pipeline

import (
	"strings"
	"testing"
)

// A name with a division cue keeps the division when the story also names
// the city of that name and the city wins the name's other mentions: "in
// Kaduna state" is the state, "Kaduna-based" and "to Kaduna" the city.
func TestCuedDivisionBesideItsCity(t *testing.T) {
	d := runStandard(t, "ABUJA (dyad) - Gunmen killed nine farmers in Kaduna state on Saturday, police said.\n\n"+
		"The attackers fled into the forest, a Kaduna-based community leader said.\n\n"+
		"Two days later the president ordered security chiefs to relocate to Kaduna.\n", "2026-08-17")
	var kinds []string
	for _, p := range d.Places {
		if p.Text == "Kaduna" {
			kinds = append(kinds, p.Feature)
		}
	}
	if got := strings.Join(kinds, " "); got != "admin1 city city" {
		t.Errorf("Kaduna senses %q, want \"admin1 city city\"; places %+v", got, d.Places)
	}
}
