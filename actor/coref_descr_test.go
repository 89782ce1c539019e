package actor

import (
	"slices"
	"testing"
)

// Session 17, actors2: a descriptor noun for a country named before ("the
// Himalayan kingdom", "the Caucasus nation") takes that country, and "the
// regional grouping" the body named before. Every sentence is written for
// the test.
func TestCountryDescriptorNouns(t *testing.T) {
	for _, c := range []struct{ text, mention, want string }{
		{"Nepal signed a power deal with India on Monday. The Himalayan kingdom will sell electricity from 2026.",
			"The Himalayan kingdom", "NPL"},
		// a region the recogniser takes ("the Caucasus") is part of the phrase
		{"Georgia held talks with Armenia on Monday. The Caucasus nation said a new road would open next year.",
			"The Caucasus nation", "GEO"},
		{"Moscow, angered by the arrest of two of its officers in Georgia, cut postal links with the Caucasus nation on Monday.",
			"the Caucasus nation", "GEO"},
		{"Indonesia asked ASEAN to hold an emergency meeting on Myanmar. The regional grouping agreed to meet in Jakarta.",
			"grouping", "IGOSEAASN"},
	} {
		if got := codeOf(t, c.text, "2024-03-10", c.mention, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
	for _, c := range []struct{ text, mention, notWant string }{
		// the subject acting on the nation is not it
		{"Russia cut postal links with the Caucasus nation on Monday.", "the Caucasus nation", "RUS"},
		// a state of a country, and a neighbour, are not the country
		{"India held local elections on Saturday. Voting was calm in the northern state, officials said.",
			"the northern state", "IND"},
		{"Nigeria closed its border on Monday. The neighbouring nation said trade would suffer.",
			"The neighbouring nation", "NGA"},
	} {
		if got := codeOf(t, c.text, "2024-03-10", c.mention, 0); got == c.notWant {
			t.Errorf("%q in %q → %q", c.mention, c.text, got)
		}
	}
	// "The Caucasus" no longer stands alone as the region
	d := resolveText(t, "2024-03-10", "Georgia held talks with Armenia on Monday. The Caucasus nation said a new road would open next year.")
	if e := entityAt(d, "The Caucasus", 0); e != nil && e.Actor != nil && e.Actor.Code == "CAU" {
		t.Errorf("The Caucasus → CAU%s", dumpEntities(d))
	}
}

// "both sides" and "the warring parties" are the two actors the story sets
// against each other, not the last two named.
func TestOpposedPairForSides(t *testing.T) {
	const story = "Ethiopian troops clashed with Eritrean soldiers near the border town of Zalambessa on Sunday. " +
		"Kenya said it was alarmed by the fighting, and the African Union urged both sides to stop. " +
		"The United States imposed sanctions on two commanders. " +
		"Egypt called on the warring parties to return to talks."
	d := resolveText(t, "2024-03-10", story)
	for _, mention := range []string{"both sides", "the warring parties"} {
		var codes []string
		for _, e := range d.Entities {
			if e.Text == mention && e.Actor != nil {
				codes = append(codes, e.Actor.Code)
			}
		}
		slices.Sort(codes)
		if !slices.Equal(codes, []string{"ERIMIL", "ETHMIL"}) {
			t.Errorf("%s → %v, want ERIMIL,ETHMIL%s", mention, codes, dumpEntities(d))
		}
	}
}

// A title with a demonym binds only to a person of that country: "the
// Georgian foreign minister" is not Sergei Lavrov, the only foreign
// minister named before (a guard: this already held on the tree before).
func TestDemonymTitleKeepsCountry(t *testing.T) {
	for _, text := range []string{
		"Sergei Lavrov spoke on Monday. The Georgian foreign minister rejected the remarks.",
		"Russian Foreign Minister Sergei Lavrov met his counterpart on Monday. The Georgian foreign minister said the talks were useful.",
	} {
		if got := codeOf(t, text, "2024-03-10", "Georgian foreign minister", 0); got != "GEOGOV" {
			t.Errorf("Georgian foreign minister in %q → %q, want GEOGOV", text, got)
		}
	}
}
