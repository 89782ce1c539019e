package actor

import "testing"

// Session 24, actor round 13. Every sentence is written for the test.

// A country's name or adjective and the noun of its government,
// legislature or opposition are one mention with adjectives between them,
// also in a story naming several countries.
func TestStateModifierGap(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Police in Portugal arrested two men.\n\nThey met envoys of Spain's national government in Madrid.", "national government", "ESPGOV"},
		{"Egypt and Jordan sent delegates.\n\nThe talks on a Palestinian national unity government resumed on Monday.", "national unity government", "PSEGOV"},
		{"Ties with Mexico were discussed.\n\nCuba's national legislature meets twice a year.", "national legislature", "CUBLEG"},
		{"Portugal and France sent observers.\n\nSpain's main political opposition rejected the budget.", "main political opposition", "ESPOPP"},
		// another word between them: no phrase
		{"Portugal and France sent observers.\n\nSpain's wine exports fell as the government raised taxes.", "government", "<missing>"},
	} {
		if got := codeCovering(t, c.text, "2006-07-03", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// "the <nationality> side" in talks is the country's government.
func TestNationalSide(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"The spokesman said the Chinese side hopes the talks will go well, and Japan agreed.", "Chinese side", "CHNGOV"},
		{"Russia and Norway met, and the Norwegian side asked for more time.", "Norwegian side", "NORGOV"},
		// a side of a border is a place
		{"Troops camped on the Zambian side of the border near the river.", "Zambian side", "<missing>"},
		{"Shells were fired at the town from the Ugandan side overnight.", "Ugandan side", "<missing>"},
	} {
		if got := codeCovering(t, c.text, "2006-07-03", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A spokesman named after an organisation's acronym that the story has
// coded is the organisation's.
func TestOrgNamedSpokes(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"The Zimbabwe Electoral Commission (ZEC) said the vote was ready. ZEC spokesperson Tendai Moyo said the rolls were printed.", "Tendai Moyo", "ZWEGOV"},
		{"The Zimbabwe Electoral Commission (ZEC) said the vote was ready. ZEC spokesperson Tendai Moyo said so. Later Moyo added that turnout would be high.", "Moyo", "ZWEGOV"},
	} {
		if got := codeCovering(t, c.text, "2005-11-12", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// "X and his …": the possessive is the person just named before "and".
func TestAndPossessive(t *testing.T) {
	for _, c := range []struct{ text, date, word, want string }{
		{"Kenyan opposition leader Raila Odinga blamed President Mwai Kibaki and his party for the violence.", "2006-03-01", "his", "KENGOV"},
		{"Opposition leader Benazir Bhutto criticised President Pervez Musharraf and his generals in a speech.", "2006-03-01", "his", "PAKGOV"},
		{"US envoy Bill Richardson praised President Nelson Mandela and his government for the talks.", "1997-04-30", "his", "ZAFGOV"},
	} {
		if got := codeCovering(t, c.text, c.date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}
