package actor

import "testing"

// Session 33, common names. Every sentence is written for the test.

// checkKBName33 checks each case with the rule on and that the first one
// comes out otherwise with the rule off.
func checkKBName33(t *testing.T, rule, date string, cases []coverCase) {
	t.Helper()
	for _, c := range cases {
		if got := codeCovering(t, c.text, date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
	kbname33Off[rule] = true
	defer delete(kbname33Off, rule)
	if c := cases[0]; codeCovering(t, c.text, date, c.word, 0) == c.want {
		t.Errorf("%s off: %q in %q still → %q", rule, c.word, c.text, c.want)
	}
}

const dialloStory = "Senegalese police arrested opposition leader Amadou Diallo at his home in Dakar on Monday, his lawyer said. " +
	"Diallo's party called the arrest an attack on democracy in Senegal. Diallo has led protests against the government since June."

// A KB person by a common full name (an alias, here a Guinean minister of
// 2021), titled by the text with a role his KB office does not name, in a
// story of years later about another country, is that country's: the
// sentence's nationality word, else the story's country. With two other
// countries in the sentence and none the KB's, he is left uncoded. The
// KB's office named by the title ("Minister") keeps the KB's person.
func TestKBName33StaleAlias(t *testing.T) {
	checkKBName33(t, "staleAlias", "2025-10-14", []coverCase{
		{dialloStory, "opposition leader Amadou Diallo", "SENOPP"},
		{"Malian and Senegalese officials said opposition leader Amadou Diallo had left the country.", "opposition leader Amadou Diallo", ""},
		// the KB's own office named: the KB's person
		{"Guinea's former minister Amadou Diallo said on Monday he would run for parliament.", "Amadou Diallo", "GINELI"},
	})
}

// A surname repeat ("Diallo's party", "Diallo") is the story's person of
// that surname named in full before it, not another KB person of the
// surname (Cellou Dalein Diallo).
func TestKBName33StorySurnames(t *testing.T) {
	for n := 1; n <= 2; n++ { // "Diallo's party", "Diallo has led"
		if got := codeCovering(t, dialloStory, "2025-10-14", "Diallo", n); got != "SENOPP" {
			t.Errorf("Diallo #%d → %q, want SENOPP", n, got)
		}
	}
	kbname33Off["storySurnames"] = true
	defer delete(kbname33Off, "storySurnames")
	if got := codeCovering(t, dialloStory, "2025-10-14", "Diallo", 1); got == "SENOPP" {
		t.Errorf("storySurnames off: Diallo's party still → SENOPP")
	}
}
