package actor

import "testing"

// "the West Bank" is a Palestinian territory, not "the West" (WST) followed
// by a stray word: the country row carries the name with its article, so
// the KB's match from "the" covers the whole name (session 13).
func TestResolveWestBank(t *testing.T) {
	checkResolved(t, "2024-05-01",
		"Soldiers closed three roads near Hebron in the West Bank on Monday.",
		[]want{{"the West Bank", 0, "PSE", ""}})
	checkResolved(t, "2024-05-01",
		"Teachers in the West Bank went on strike over unpaid salaries.",
		[]want{{"the West Bank", 0, "PSE", ""}})
	// the bloc itself is still the West
	checkResolved(t, "2024-05-01",
		"Moscow accused the West of prolonging the war.",
		[]want{{"the West", 0, "WST", ""}})
}

// Weapons that only armed forces field stand for their country's military,
// as "warplanes" did (session 13): "Russian drones", "Turkish artillery".
func TestResolveMilitaryHardware(t *testing.T) {
	checkResolved(t, "2024-05-01",
		"Russian drones struck a power station near Odesa overnight.",
		[]want{{"Russian drones", 0, "RUSMIL", ""}})
	checkResolved(t, "2024-05-01",
		"Turkish artillery shelled villages across the border on Sunday.",
		[]want{{"Turkish artillery", 0, "TURMIL", ""}})
	checkResolved(t, "2024-05-01",
		"Two Israeli fighter jets flew over Beirut.",
		[]want{{"Israeli fighter jets", 0, "ISRMIL", ""}})
}
