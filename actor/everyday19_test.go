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

// A leader whose description names his own side ("the Russian commander in
// Syria") keeps it: the place he serves in is not his country (review2).
func TestEveryday19PlacedLeaderOwnSide(t *testing.T) {
	text := "The Russian commander in Syria, General Ivan Petrov, said his forces had struck rebel positions."
	d := resolveText(t, "2023-08-05", text)
	if e := entityAt(d, "General Ivan Petrov", 0); e != nil && e.Actor != nil && e.Actor.Country == "SYR" {
		t.Errorf("the Russian commander takes the place's country:%s", dumpEntities(d))
	}
}

// A short party name in a sentence about the KB party's own country keeps
// it, though the story named a foreign party of that name before (review2).
func TestReview2ShortPartyOwnCountry(t *testing.T) {
	text := "The Israeli Labour Party elected a new leader on Monday. In London, Prime Minister Keir Starmer said " +
		"Labour would win the next election."
	d := resolveText(t, "2025-01-01", text)
	if e := entityAt(d, "Labour", 0); e == nil || e.Actor == nil || e.Actor.Code != "GBRPTY" {
		t.Errorf("Labour beside Britain's prime minister is not Britain's:%s", dumpEntities(d))
	}
}

// The sitting president the story told was detained is "the detained
// president" after (review2).
func TestReview2DetainedSittingPresident(t *testing.T) {
	text := "President Mohamed Bazoum was detained by his own guards on Wednesday. The detained president spoke to " +
		"French President Emmanuel Macron by phone on Thursday."
	d := resolveText(t, "2023-08-05", text)
	if e := entityAt(d, "president", 0); e == nil || e.Actor == nil || e.Actor.Code != "NERGOV" {
		t.Errorf("the detained president is not Bazoum:%s", dumpEntities(d))
	}
}
