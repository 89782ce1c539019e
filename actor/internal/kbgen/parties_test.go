package main

import "testing"

func TestPartyName(t *testing.T) {
	for in, want := range map[string]string{
		"New Patriotic Party or NPP":                    "New Patriotic Party",
		"Yemeni Socialist Party or YSP [Abdulrahman]":   "Yemeni Socialist Party",
		"Convention People's Party (CPP)":               "Convention People's Party",
		"independents":                                  "",
		"Hope":                                          "",
		"Forward Together":                              "", // no party word
		"Party for the Liberation of the People or PLP": "Party for the Liberation of the People",
		"coalition of small parties":                    "",
	} {
		if got := partyName(in); got != want {
			t.Errorf("partyName(%q) = %q, want %q", in, got, want)
		}
	}
	if distinctive("Democracy Party") || !distinctive("New Patriotic Party") {
		t.Error("two-word names are left out, three-word ones kept")
	}
}
