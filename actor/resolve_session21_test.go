package actor

import "testing"

// Session 21, actor round 10: the largest error groups of the eighth blind
// actor gold (news-dev8) and of news-dev1..7. Every sentence is written for
// the test.

// A country's adjective or name before "leaders" is that country's
// government, as "Chinese officials" is; "business leaders" keep their own
// sector, and the pronoun after takes the code.
func TestCountryLeaders(t *testing.T) {
	const text = "Kenyan leaders said they wanted calm. Mexican business leaders disagreed. US leaders stayed silent."
	for _, c := range []struct {
		word string
		n    int
		want string
	}{
		{"leaders", 0, "KENGOV"}, {"they", 0, "KENGOV"}, {"leaders", 2, "USAGOV"}, {"leaders", 1, "MEXBUS"},
	} {
		if got := codeCovering(t, text, "2006-11-20", c.word, c.n); got != c.want {
			t.Errorf("%q #%d → %q, want %q", c.word, c.n, got, c.want)
		}
	}
}

// An unknown person set off by a comma before a coded office ending in an
// officer's word takes that office's code, with a place after it; a
// supporter holds no office.
func TestOfficialInApposition(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Samir Khalil, a senior Hamas official in Gaza, said the talks had failed. Khalil said he would stay.", "Samir Khalil", "PSEREBHMS"},
		{"Samir Khalil, a senior Hamas official in Gaza, said the talks had failed. He would stay.", "He", "PSEREBHMS"},
		{"Maria Sundqvist, a senior WHO official from Sweden, said the virus had spread.", "Maria Sundqvist", "IGOUNOHLHWHO"},
		{"Samir Khalil, a Hamas supporter in Gaza, said the talks had failed.", "Samir Khalil", ""},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A plural title before a list of names gives the later names, whom the KB
// gives no office in force, the title's code; a singular title does not
// reach them, and a person with an office of his own keeps it.
func TestPluralTitleList(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Vice Presidents Ri Chol-Man, Pak Song-Chol and Kim Yong-Ju attended the rally.", "Kim Yong-Ju", "PRKGOV"},
		{"Vice Presidents Ri Chol-Man, Pak Song-Chol and Kim Yong-Ju attended the rally.", "Pak Song-Chol", "PRKGOV"},
		{"Vice President Ri Chol-Man, Pak Song-Chol and Kim Yong-Ju attended the rally.", "Kim Yong-Ju", "PRKELI"},
	} {
		if got := codeCovering(t, c.text, "1997-04-25", c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
	// a title the story's country fills, before a name the KB has as an elite
	if got := codeCovering(t, "North Korea held a parade. Vice Presidents Ri Jong-Ok and Kim Yong-Ju stood on the platform.", "1997-04-25", "Kim Yong-Ju", 0); got != "PRKGOV" {
		t.Errorf("Kim Yong-Ju after an unknown vice president → %q, want PRKGOV", got)
	}
	if got := codeCovering(t, "Ministers Pak Song-Chol, Tony Blair and Kim Yong-Ju met.", "2006-11-20", "Tony Blair", 0); got != "GBRGOV" {
		t.Errorf("Tony Blair in a list → %q, want GBRGOV", got)
	}
}

// A capital named as the capital ("from capital Dhaka", "the capital Hanoi
// with", "the capital city Dhaka", "the capital -- Vientiane") is the city,
// no actor; the capital acting keeps its government's code.
func TestCapitalAsCapital(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"A truck from capital Dhaka hit a bus on Monday.", "Dhaka", ""},
		{"The new road links the capital Hanoi with the south.", "Hanoi", ""},
		{"The whole capital city Dhaka was flooded on Monday.", "Dhaka", ""},
		{"The bus stopped 50 km north of the nation's capital -- Vientiane.", "Vientiane", ""},
		{"Dhaka said on Monday it would send troops.", "Dhaka", "BGDGOV"},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, 0); got != c.want && !(c.want == "" && got == "<missing>") {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// British papers named with "the" and their masthead, a Japanese and a
// South African wire, and South Africa's revenue service: the KB knows
// them; a bare "Times" of another city's paper is not London's.
func TestSession21Media(t *testing.T) {
	const text = "The Times said the plan had failed. The Sunday Times and the Mail on Sunday agreed, Jiji Press said. " +
		"The Hindustan Times disagreed. Tom Reid, a spokesman for the South African Revenue Service, spoke to the SAPA news agency."
	for _, c := range []struct {
		word string
		n    int
		want string
	}{
		{"The Times", 0, "GBRMED"}, {"Sunday Times", 0, "GBRMED"}, {"Mail on Sunday", 0, "GBRMED"}, {"Jiji Press", 0, "JPNMED"},
		{"South African Revenue Service", 0, "ZAFGOV"}, {"Tom Reid", 0, "ZAFGOV"}, {"SAPA", 0, "ZAFMED"},
	} {
		if got := codeCovering(t, text, "2006-11-20", c.word, c.n); got != c.want {
			t.Errorf("%q #%d → %q, want %q", c.word, c.n, got, c.want)
		}
	}
	if got := codeCovering(t, text, "2006-11-20", "Hindustan Times", 0); got == "GBRMED" {
		t.Errorf("Hindustan Times → GBRMED")
	}
}
