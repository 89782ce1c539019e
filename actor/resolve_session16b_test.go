package actor

import "testing"

// A place where a group is held, stranded or deployed does not name the
// group's country: foreign activists held in Baghdad are not Iraq's. The
// place of another actor of the sentence still does.
func TestSentencePlaceNotConfinement(t *testing.T) {
	const story = "Kenyan President Daniel Okoth flew to Addis Ababa on Monday for talks with Ethiopian officials. " +
		"Somalia's foreign minister said the talks were welcome. "
	for _, c := range []struct{ text, mention, want string }{
		{story + "Gunmen threatened to kill four peace activists held in Mogadishu.", "activists", ""},
		{story + "Four peace activists were detained in Mogadishu on Friday.", "activists", ""},
		{story + "Dozens of civilians stranded in Mogadishu waited for a flight.", "civilians", ""},
		// the place is the police's: the supporters are Kenya's
		{story + "Police in Nairobi arrested 12 opposition supporters on Wednesday.", "opposition supporters", "KENOPP"},
		{story + "Rebels attacked a convoy near Mogadishu, officials there said.", "Rebels", "SOMREB"},
	} {
		got := codeOf(t, c.text, "2026-05-14", c.mention, 0)
		if got == "<missing>" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text[len(story):], got, c.want)
		}
	}
}

// A lower-case title before a surname the story gave a person is that
// person, not the KB's namesake: "president Ford" after "Former President
// Gerald Ford" is not Ontario's premier Doug Ford.
func TestTitledSurnameJoinsStoryPerson(t *testing.T) {
	const text = "Former President Gerald Ford opened a library in Michigan on Monday. " +
		"Later president Ford said he would write a book."
	for _, c := range []struct {
		mention string
		n       int
	}{{"president Ford", 0}, {"he", 0}} {
		if got := codeOf(t, text, "1997-04-10", c.mention, c.n); got != "USAELI" {
			t.Errorf("%q → %q, want USAELI", c.mention, got)
		}
	}
}

// A former official whom the KB files under an international
// organisation ("UNO") is no elite of it: "UNOELI" is no code.
func TestFormerOrgOfficialNotCoded(t *testing.T) {
	for _, c := range []struct{ text, date, mention, want string }{
		{"Former UN envoy Razali Ismail met the generals in Yangon.", "2008-03-01", "Former UN envoy Razali Ismail", ""},
		{"Razali Ismail met the generals in Yangon.", "2008-03-01", "Razali Ismail", ""},
		// a former national official stays his country's elite
		{"Former President Gerald Ford met the generals in Yangon.", "1997-04-10", "Former President Gerald Ford", "USAELI"},
	} {
		got := codeOf(t, c.text, c.date, c.mention, 0)
		if got == "<missing>" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q → %q, want %q", c.mention, got, c.want)
		}
	}
}

// "King Charles" is Charles III, the United Kingdom's head of state from
// 2022-09-08, not Saint Lucia's governor-general Errol Charles.
func TestKingCharles(t *testing.T) {
	const text = "King Charles received the Kenyan president at Buckingham Palace on Tuesday."
	if got := codeOf(t, text, "2023-11-01", "King Charles", 0); got != "GBRGOV" {
		t.Errorf("King Charles → %q, want GBRGOV", got)
	}
}
