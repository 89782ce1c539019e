package geo_test

import (
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// Session 35. Sentences written for the test: a place name followed by
// "Pact", "Protocol" or "Conventions" is a treaty's name, no place, with the
// round on; the city named apart in the same sentence stays.
func TestRound35PactName(t *testing.T) {
	text := "Former Warsaw Pact states seeking NATO membership risk their ties with Russia, the Russian premier said in Bratislava."
	defer func() { geo.Round35 = true }()
	geo.Round35 = true
	ps := places(t, text)
	if p := find(ps, "Warsaw"); p != nil {
		t.Errorf("on: Warsaw = %+v, want none (the Warsaw Pact)", p)
	}
	if p := find(ps, "Bratislava"); p == nil || p.Country != "SVK" {
		t.Errorf("on: Bratislava = %+v, want the city in SVK", p)
	}
	if p := find(places(t, "Japan signed the Kyoto Protocol in New York."), "Kyoto"); p != nil {
		t.Errorf("on: Kyoto = %+v, want none (the Kyoto Protocol)", p)
	}
	// (off, "Warsaw Pact" is still no place since the KB's row for the
	// pact, actor round 22; the Kyoto Protocol has no row)
	geo.Round35 = false
	if p := find(places(t, "Japan signed the Kyoto Protocol in New York."), "Kyoto"); p == nil || p.Country != "JPN" {
		t.Errorf("off: Kyoto = %+v, want the city in JPN", p)
	}
}

// Session 35. Sentences written for the test: "Rome" in a story that names
// New York is Italy's capital, not Rome, New York, with the round on; "Rome,
// New York" tied to its state stays the town.
func TestRound35CapitalOverNamesake(t *testing.T) {
	text := "Israeli Prime Minister Olmert will travel to Rome next week after his talks in Berlin, his office said. He met US envoys in New York last month."
	defer func() { geo.Round35 = true }()
	geo.Round35 = true
	if p := find(places(t, text), "Rome"); p == nil || p.Country != "ITA" {
		t.Errorf("on: Rome = %+v, want the capital in ITA", p)
	}
	if p := find(places(t, "The senator grew up in Rome, New York, and later moved to Albany."), "Rome"); p == nil || p.Country != "USA" {
		t.Errorf("on: Rome, New York = %+v, want the town in USA", p)
	}
	geo.Round35 = false
	if p := find(places(t, text), "Rome"); p == nil || p.Country != "USA" {
		t.Errorf("off: Rome = %+v, want Rome, New York (the document's country vote)", p)
	}
}
