package actor

import "testing"

// Session 17, mends to actor round 6 after review: a titled officer's
// country from the bodies before him is not taken when forces of two
// countries stand in the window or when his own apposition says whose he
// is; a he/she pronoun does not jump back over an unnamed person to a
// known one. Every sentence is written for the test.

// forces of two countries before a titled officer: either may be his
func TestSectorCountryTwoCountriesForces(t *testing.T) {
	for _, c := range []struct{ text, mention, want string }{
		{"Canadian soldiers passed the airfield to Malian troops on Friday. " +
			"Brigadier General Paul Dubois said the move was orderly.", "Brigadier General Paul Dubois", ""},
		// soldiers and police count alike
		{"Dutch police searched the camp before Afghan troops arrived. " +
			"Colonel Hamid Nazari said nothing was found.", "Colonel Hamid Nazari", ""},
		// one country's forces only: the rule still gives his country
		{"Canadian soldiers secured the airfield on Friday. " +
			"Brigadier General Paul Dubois said the move was orderly.", "Brigadier General Paul Dubois", "CANMIL"},
	} {
		got := codeOf(t, c.text, "2026-05-14", c.mention, 0)
		if got == "<missing>" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}

// the officer's own apposition wins over the body before him
func TestSectorCountryOwnApposition(t *testing.T) {
	text := "Spanish marines secured the harbour on Tuesday. " +
		"\"We expect no trouble,\" said Lieutenant Colonel Tomas Ruiz, the Bolivian police commander of the district."
	if got := codeOf(t, text, "2026-05-14", "Lieutenant Colonel Tomas Ruiz", 0); got != "BOLCOP" {
		t.Errorf("Lieutenant Colonel Tomas Ruiz → %q, want BOLCOP (his apposition)", got)
	}
}

// "X, of a Spanish marine unit": his own phrase names the country only
func TestSectorCountryOwnCountryPhrase(t *testing.T) {
	text := "French troops secured the harbour on Tuesday. " +
		"\"We expect no trouble,\" said Lieutenant Colonel Pablo Ortega, of a Spanish marine unit."
	if got := codeOf(t, text, "2026-05-14", "Lieutenant Colonel Pablo Ortega", 0); got != "ESPMIL" {
		t.Errorf("Lieutenant Colonel Pablo Ortega → %q, want ESPMIL", got)
	}
}

// an unnamed person between a pronoun and a known person of its gender
// blocks the jump back to the known one
func TestPronounNotOverUnnamedPerson(t *testing.T) {
	for _, c := range []struct{ text, known, mention string }{
		{"Vladimir Putin was not at the hearing. A man pushed the reporter aside, the witness said, and he left.",
			"Vladimir Putin", "he"},
		{"Angela Merkel spoke in Berlin on Monday. Later an activist told reporters that she was disappointed.",
			"Angela Merkel", "she"},
		{"Angela Merkel spoke in Berlin on Monday. The woman at the gate said she had waited an hour.",
			"Angela Merkel", "she"},
	} {
		known := codeOf(t, c.text, "2026-05-14", c.known, 0)
		if known == "" || known == "<missing>" {
			t.Fatalf("%q uncoded in %q", c.known, c.text)
		}
		if got := codeOf(t, c.text, "2026-05-14", c.mention, 0); got == known {
			t.Errorf("%q in %q → %q (%s), past the unnamed person", c.mention, c.text, got, c.known)
		}
	}
	// a named person after the unnamed one still takes the pronoun, and
	// an unnamed person of the other gender does not block
	for _, c := range []struct{ text, mention, want string }{
		{"Vladimir Putin was in Moscow. A woman handed him a letter, and he read it aloud.", "he", "RUSGOV"},
		{"Vladimir Putin, a man of habit, read the letter before he left.", "he", "RUSGOV"},
		// a person in the known one's own sentence, or one that says
		// what he is, does not block
		{"Vladimir Putin was met by a driver at the airport and went on his way.", "his", "RUSGOV"},
		{"Vladimir Putin spoke for an hour. \"I was a poor boy once,\" he said.", "he", "RUSGOV"},
	} {
		if got := codeOf(t, c.text, "2026-05-14", c.mention, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}
