package eval

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

func TestReadPlaceGold(t *testing.T) {
	gold := "# comment\n# split: dev\n" +
		"S1\t0\t20\t042 KENGOV ETH\tAddis Ababa|ETH\t2024-04-29\n" +
		"S1\t21\t40\t051 KENGOV ETH\tNONE\tNONE\n" +
		"S2\t0\t10\t190 ISRMIL PSE\tPSE\t2024-W17\n"
	gs, err := ReadPlaceGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 3 || gs[0].Place != "Addis Ababa|ETH" || gs[1].Date != "NONE" || gs[2].Event.Code != "190" || gs[2].End != 10 {
		t.Fatalf("read %+v", gs)
	}
	for _, bad := range []string{
		"S1\t0\t20\t042 KENGOV ETH\tAddis Ababa\t2024-04-29\n", // no country
		"S1\t0\t20\t042 KENGOV\tNONE\t2024-04-29\n",            // no target
		"S1\t0\t20\t042 KENGOV ETH\tNONE\n",                    // no date
	} {
		if _, err := ReadPlaceGold(strings.NewReader(bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

// TestScoreEventPlaces: a gold event is matched to a coded event of its
// sentence with the same root and a side's country, and its place and date
// are compared exactly and at country (prefix) level.
func TestScoreEventPlaces(t *testing.T) {
	text := "Ruto arrived in Addis Ababa. Ruto praised Ethiopia."
	d := &doc.Document{ID: "S1", Date: "2024-05-02", Text: text,
		Sentences: []doc.Sentence{{Start: 0, End: 28}, {Start: 29, End: len(text)}}}
	addis := doc.Place{Name: "Addis Ababa", Country: "ETH", Feature: "city"}
	nairobi := doc.Place{Name: "Nairobi", Country: "KEN", Feature: "city"}
	eth := doc.Place{Name: "Ethiopia", Country: "ETH", Feature: "country"}
	d.Events = []doc.Event{
		{Sentence: 0, Cameo: "042", Source: doc.Actor{Code: "KENGOV"}, Target: &doc.Actor{Code: "ETH"},
			Place: &addis, Date: "2024-04-29", DateType: "exact"},
		{Sentence: 1, Cameo: "051", Source: doc.Actor{Code: "KENGOV"}, Target: &doc.Actor{Code: "ETH"},
			Place: &nairobi, Date: "2024-05-02", DateType: "unresolved"},
	}
	golds := []PlaceGold{
		{Story: "S1", Start: 0, End: 28, Event: SuiteEvent{"042", "KENGOV", "ETH"}, Place: "Addis Ababa|ETH", Date: "2024-04"},
		{Story: "S1", Start: 29, End: len(text), Event: SuiteEvent{"051", "KENGOV", "ETH"}, Place: "Addis Ababa|ETH", Date: "NONE"},
		{Story: "S1", Start: 29, End: len(text), Event: SuiteEvent{"111", "KENGOV", "ERI"}, Place: "NONE", Date: "NONE"},
	}
	var errs strings.Builder
	c, err := ScoreEventPlaces(golds, map[string]*doc.Document{"S1": d}, &errs)
	if err != nil {
		t.Fatal(err)
	}
	want := PlaceCounts{Gold: 3, Found: 2, PlaceExact: 1, PlaceCountry: 1, DateExact: 1, DateCompatible: 2,
		GoldNamed: 2, GoldNamedExact: 1, GoldDateNone: 1, GoldDateRight: 1}
	if c != want {
		t.Errorf("counts %+v\nwant   %+v", c, want)
	}
	if !strings.Contains(errs.String(), "Nairobi|KEN") || strings.Count(errs.String(), "S1 ") != 2 {
		t.Errorf("errors:\n%s", errs.String())
	}
	// A country-alone gold wants a country-level place.
	if ex, cc := PlaceRight("ETH", &addis); ex || !cc {
		t.Errorf("ETH vs Addis Ababa: exact %v country %v", ex, cc)
	}
	if ex, cc := PlaceRight("ETH", &eth); !ex || !cc {
		t.Errorf("ETH vs Ethiopia: exact %v country %v", ex, cc)
	}
}
