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

// An intended event that takes its day from the verb governing it takes
// the day in that verb's tense: "agreed on Wednesday to reopen" was agreed
// the Wednesday before publication, "condemned ... on Sunday and offered
// to help" offered that Sunday; "was scheduled on Saturday to meet" still
// looks ahead.
func TestIntendedEventDatedByItsGoverningVerb(t *testing.T) {
	for _, c := range []struct{ text, action, want string }{
		{"Kenya and Uganda agreed on Wednesday to reopen the border post.", "reopen", "2026-03-11"},
		{"The US embassy condemned the killings on Sunday and offered to help Nigerian investigators.", "offered", "2026-03-08"},
		{"Malaysian Foreign Minister Mohamad Hasan was scheduled on Saturday to meet his Thai counterpart.", "meet", "2026-03-14"},
	} {
		d := runStandard(t, c.text, "2026-03-12") // a Thursday
		found := false
		for _, e := range d.Events {
			if strings.Contains(e.Action.Text, c.action) && e.Modality == "intended" {
				found = true
				if e.Date != c.want {
					t.Errorf("%q: %s %q dated %s, want %s", c.text, e.Cameo, e.Action.Text, e.Date, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no intended event on %q: %+v", c.text, c.action, d.Events)
		}
	}
}

// Talks that are a trip's purpose are held where the trip goes, not at
// the dateline. ("flew to Buenos Aires for talks" codes the visit alone.)
func TestTalksTakeTheTripsDestination(t *testing.T) {
	d := runStandard(t, "BEIJING (dyad) - Chinese Foreign Minister Wang Yi is due to visit Vietnam from Friday "+
		"for further negotiations on the border.", "2026-09-03")
	found := false
	for _, e := range d.Events {
		if e.Action.Text == "negotiations" {
			found = true
			if e.Place == nil || e.Place.Name != "Vietnam" {
				t.Errorf("negotiations placed at %+v, want Vietnam", e.Place)
			}
		}
	}
	if !found {
		t.Errorf("no negotiations event: %+v", d.Events)
	}
}

// A place in a clause of its own that neither holds the event nor hangs
// from it does not place the event: the fire was not exchanged in Doha.
func TestPlaceInAnotherClauseIsNotTheEvents(t *testing.T) {
	d := runStandard(t, "ISLAMABAD (dyad) - Pakistani and Afghan forces exchanged fire near the border over "+
		"the weekend, officials on both sides said, days before talks in Doha were due to resume.", "2027-02-15")
	found := false
	for _, e := range d.Events {
		if strings.Contains(e.Action.Text, "exchanged") {
			found = true
			if e.Place != nil && e.Place.Name == "Doha" {
				t.Errorf("%s %q placed in Doha", e.Cameo, e.Action.Text)
			}
		}
	}
	if !found {
		t.Errorf("no exchange of fire: %+v", d.Events)
	}
}

// The control repair mends only an order to leave: where the parser hung
// "to relocate" on the object, mending it would code the president's own
// visit. (Where the parser itself makes the infinitive a complement of
// "ordered", the coder still reads it with the orderer as source: left
// for the event coder.)
func TestOrderToRelocateIsNoVisit(t *testing.T) {
	d := runStandard(t, "Two days later, President Bola Tinubu ordered security chiefs to relocate to Kaduna "+
		"and vowed that those responsible would be brought to justice.", "2026-08-17")
	for _, e := range d.Events {
		if e.Cameo == "042" || e.Cameo == "043" {
			t.Errorf("%s %q: the president made no visit", e.Cameo, e.Action.Text)
		}
	}
}

// An arrival at a place's airport, or in a place for talks, is a visit to
// the place's country.
func TestArrivalAtAirportOrForTalksIsAVisit(t *testing.T) {
	for _, text := range []string{
		"The Saudi foreign minister arrived at Beirut airport late on Sunday.",
		"The Saudi foreign minister arrived in Beirut on Sunday for talks.",
	} {
		d := runStandard(t, text, "2026-10-21")
		var got []string
		for _, e := range d.Events {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, e.Cameo+" "+e.Source.Code+">"+tgt)
		}
		if strings.Join(got, ",") != "042 SAUGOV>LBN" {
			t.Errorf("%q: events %v, want 042 SAUGOV>LBN", text, got)
		}
	}
}
