package actor

import (
	"slices"
	"testing"
)

// Review of actor rounds 3 and 4 (session 15): sentences written for the
// test, each failing on the tree before the mend.

// "general" before an adjective with no noun after it is the officer.
func TestGeneralBeforeAdjective(t *testing.T) {
	d := resolveText(t, "2006-05-10", "A Pakistani general close to the president said the army would not withdraw.")
	if got := codesOf(d, "A Pakistani general"); !slices.Contains(got, "PAKMIL") {
		if got2 := codesOf(d, "Pakistani general"); !slices.Contains(got2, "PAKMIL") {
			t.Errorf("no PAKMIL for the general: %v %v%s", got, got2, dumpEntities(d))
		}
	}
}

// A description after "a" does not override the KB's dated role of a
// person it knows: Ahmadinejad was Iran's president in 2006.
func TestApposDescriptionKnownPerson(t *testing.T) {
	d := resolveText(t, "2006-05-10", "Mahmoud Ahmadinejad, a former mayor of Tehran, addressed the assembly on Tuesday.")
	if got := codesOf(d, "Mahmoud Ahmadinejad"); !slices.Equal(got, []string{"IRNGOV"}) {
		t.Errorf("Ahmadinejad → %v, want [IRNGOV]%s", got, dumpEntities(d))
	}
}
