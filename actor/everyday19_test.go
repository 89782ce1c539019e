package actor

import "testing"

// Session 19's everyday round (actor/everyday19.go): a leader placed by
// the city he rules from, and a deposed president who is not the one named
// last, on sentences of our own, each with its rule on and off.
func TestEveryday19PlacedLeader(t *testing.T) {
	text := "Senegal closed its border with Guinea after the coup. Senegalese Foreign Minister Cheikh Niang said " +
		"Dakar would review its ties with Senegal's neighbour. The military leader in Conakry, Colonel Amara Keita, " +
		"rejected the criticism. He expelled Senegal's ambassador."
	checkResolved(t, "2026-03-10", text, []want{{"Colonel Amara Keita", 0, "GINMIL", ""}, {"He", 0, "GINMIL", ""}})
	PlacedLeader = false
	defer func() { PlacedLeader = true }()
	d := resolveText(t, "2026-03-10", text)
	if e := entityAt(d, "Colonel Amara Keita", 0); e != nil && e.Actor != nil && e.Actor.Code == "GINMIL" {
		t.Errorf("with the rule off Keita is GINMIL already (test no longer exercises the rule)")
	}
}

func TestEveryday19DeposedTitle(t *testing.T) {
	text := "Nigerian President Bola Tinubu chaired the summit in Abuja on Monday. Guinean soldiers detained the " +
		"ousted president on Sunday."
	d := resolveText(t, "2026-03-10", text)
	if e := entityAt(d, "ousted president", 0); e != nil && e.Actor != nil && e.Actor.Code == "NGAGOV" {
		t.Errorf("the ousted president is Tinubu:%s", dumpEntities(d))
	}
	DeposedTitle = false
	defer func() { DeposedTitle = true }()
	d = resolveText(t, "2026-03-10", text)
	if e := entityAt(d, "ousted president", 0); e == nil || e.Actor == nil || e.Actor.Code != "NGAGOV" {
		t.Errorf("with the rule off the ousted president is not Tinubu (test no longer exercises the rule):%s", dumpEntities(d))
	}
}
