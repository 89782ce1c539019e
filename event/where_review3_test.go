package event_test

// Event places, review mends of session 18's places rules (helper
// review3), with the whole pipeline on sentences written for these tests.

import "testing"

// TestPlaceCapitalQualified: a "former" or "economic" capital is not the
// country's seat of government; a bare one still is.
func TestPlaceCapitalQualified(t *testing.T) {
	checkPlaces(t, "2026-11-24", "Police fired tear gas at protesters in the former Nigerian capital on Tuesday.",
		[]placeCase{{0, "fired", ""}})
	checkPlaces(t, "2026-11-24", "Ivorian soldiers clashed with protesters in the Ivorian economic capital on Monday.",
		[]placeCase{{0, "clashed", ""}})
	checkPlaces(t, "2026-11-24", "Police fired tear gas at protesters in the Nigerian capital on Tuesday.",
		[]placeCase{{0, "fired", "Abuja"}})
}

// TestPlaceCapitalDeed: a capital phrase right after a condemned deed is
// where the deed was done, however the parser hung it.
func TestPlaceCapitalDeed(t *testing.T) {
	checkPlaces(t, "2026-11-24", "Kenya condemned the bombing in the Somali capital.",
		[]placeCase{{0, "condemned", ""}})
	checkPlaces(t, "2026-11-24", "The Kenyan foreign minister met his Somali counterpart on Monday and criticised the bombing in the Somali capital.",
		[]placeCase{{0, "criticised", ""}})
}

// TestPlaceRestatedOtherAct: a definite noun of the next sentence that
// names another clash or arrest ("the last such clash", "another
// journalist", the other side's attack, a week earlier) gives no place;
// the same arrests told again still do.
func TestPlaceRestatedOtherAct(t *testing.T) {
	checkPlaces(t, "2026-11-24", "Ethiopian troops clashed with Fano militiamen in Ethiopia on Monday. The last such clash, in Gondar in March, killed twenty.",
		[]placeCase{{0, "clashed", "Ethiopia"}})
	checkPlaces(t, "2026-11-24", "Ugandan police arrested a journalist on Friday. The arrest of another journalist in Kampala last month drew protests.",
		[]placeCase{{0, "arrested", ""}})
	checkPlaces(t, "2026-11-24", "Israeli troops clashed with Palestinian gunmen on Monday. The fighting in Nablus a week earlier killed three.",
		[]placeCase{{0, "clashed", ""}})
	checkPlaces(t, "2026-11-24", "Somali troops attacked al-Shabaab militants on Monday. The militants' attack on a hotel in Mogadishu on Saturday killed nine.",
		[]placeCase{{0, "attacked", ""}, {1, "attack", "Mogadishu"}})
	checkPlaces(t, "2026-11-24", "Kenyan police arrested ten protesters on Thursday. The arrests in Kisumu came after the crackdown in Nairobi in July.",
		[]placeCase{{0, "arrested", "Kisumu"}})
}

// TestPlaceThirdPartyAttending: a third party's envoy who attended the
// talks, or is "at the talks", speaks from the dateline's place; the third
// country itself does not.
func TestPlaceThirdPartyAttending(t *testing.T) {
	const met = "NAIROBI - Sudanese and South Sudanese ministers met in Nairobi on Monday. "
	checkPlaces(t, "2026-11-24", met+"Egypt's envoy, who attended the talks in Nairobi, said Cairo welcomed the agreement.",
		[]placeCase{{1, "welcomed", "Nairobi"}})
	checkPlaces(t, "2026-11-24", met+"Egypt's envoy at the talks welcomed the agreement.",
		[]placeCase{{1, "welcomed", "Nairobi"}})
	checkPlaces(t, "2026-11-24", met+"Egypt welcomed the agreement.",
		[]placeCase{{1, "welcomed", ""}})
}
