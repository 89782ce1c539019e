package actor

import (
	"strings"
	"testing"
)

// Session 20, actor round 9: the largest error groups of the seventh blind
// actor gold (news-dev7) and of news-dev1..6. Every sentence is written for
// the test.

// codeCovering is the code of the entity that covers the n-th (0-based)
// occurrence of word in text ("" for an entity with no actor, "<missing>"
// for none).
func codeCovering(t *testing.T, text, date, word string, n int) string {
	t.Helper()
	d := resolveText(t, date, text)
	at := -1
	for i, from := 0, 0; i <= n; i++ {
		j := strings.Index(text[from:], word)
		if j < 0 {
			t.Fatalf("%q not %d times in %q", word, n+1, text)
		}
		at, from = from+j, from+j+len(word)
	}
	for _, e := range d.Entities {
		if e.Start <= at && at+len(word) <= e.End {
			if e.Actor == nil {
				return ""
			}
			return e.Actor.Code
		}
	}
	t.Logf("no entity over %q%s", word, dumpEntities(d))
	return "<missing>"
}

// A KB person alias made of a title and one name ("Foreign Minister
// Abdullah", Afghanistan's) does not swallow the title of another person
// whose name goes on after it; a weekday, a regnal number or a title with
// two names stays the alias.
func TestTitledOneNameAlias(t *testing.T) {
	for _, c := range []struct{ text, date, word, want string }{
		{"Foreign Minister Abdullah Gul said the proposal would make things worse.", "2006-12-05", "Gul", "TURGOV"},
		{"President Johnson Sirleaf opened the new bridge in Monrovia.", "2006-03-05", "Sirleaf", "LBRGOV"},
		// the alias stands
		{"Prime Minister Recep Tayyip Erdogan opened the new bridge in Ankara.", "2006-12-05", "Erdogan", "TURGOV"},
		{"President Bush Tuesday signed the farm bill.", "2006-03-05", "Bush", "USAGOV"},
		{"King Abdullah II opened the new bridge in Amman.", "2006-03-05", "Abdullah", "JORGOV"},
	} {
		if got := codeCovering(t, c.text, c.date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A lower-case "captain" (or "skipper") before a name, with no service
// word before it, leads a team: no military code for him, his surname or
// his pronouns; "army captain X" keeps the rank.
func TestTeamCaptainIsNoSoldier(t *testing.T) {
	const cricket = "New Zealand captain Daniel Vettori said his bowlers had done well. Vettori said they would win the next match."
	for _, c := range []struct{ text, word string }{
		{cricket, "Vettori"}, {cricket, "his"},
		{"Australian captain Ricky Dunn praised the fielding on Sunday.", "Dunn"},
	} {
		if got := codeCovering(t, c.text, "2006-12-18", c.word, 0); got != "" && got != "<missing>" {
			t.Errorf("%q in %q → %q, want no code", c.word, c.text, got)
		}
	}
	for _, text := range []string{cricket} {
		if got := codeCovering(t, text, "2006-12-18", "Vettori", 1); got != "" && got != "<missing>" {
			t.Errorf("second Vettori in %q → %q, want no code", text, got)
		}
	}
	if got := codeCovering(t, "Philippine army captain Jose Ramos was arrested on Monday.", "2006-12-18", "Ramos", 0); got != "PHLMIL" {
		t.Errorf("army captain → %q, want PHLMIL", got)
	}
}

// A country before a sportsman's or an artist's role and an uncoded name
// belongs to that person's mention: no code. Without a person after the
// role, or with a coded one, the country stays.
func TestCountryOfPrivatePerson(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"French coach Marc Dupont said his side was ready.", "French", ""},
		{"Argentina manager Pablo Ruiz will miss the draw on Friday.", "Argentina", ""},
		{"China's defending champion Wu Lan lost in the final on Sunday.", "China", ""},
		{"Canadian Olympic wrestling champion Tom Reid retired on Sunday.", "Canadian", ""},
		{"Hong Kong actors Leung Wai and Chan Ho will star in the film.", "Hong Kong", ""},
		// no person after the role; a coded person
		{"French coaches said the rules were unfair.", "French", "FRA"},
		{"The French coach of the team, Marc Dupont, resigned on Monday.", "French", "FRA"},
	} {
		if got := codeCovering(t, c.text, "2006-12-14", c.word, 0); got != c.want && !(c.want == "" && got == "<missing>") {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
	// "actor" is no elite (the Phoenix sector noun is left out of the KB)
	if got := codeCovering(t, "South Korean actor Kim Min-su will star in the film.", "2006-12-22", "Kim Min-su", 0); got != "" && got != "<missing>" {
		t.Errorf("an actor → %q, want no code", got)
	}
}

// A province or city named with its division's noun ("Helmand province",
// "Kandahar city") after a preposition, also across a determiner and
// adjectives ("in the southern Helmand province"), is a location; so is a
// country naming waters ("the sea of Oman"). Acting, they keep their code.
func TestDivisionNounLocations(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Two civilians were killed in the southern Helmand province on Monday.", "Helmand", ""},
		{"Troops opened fire in Kandahar city on Tuesday.", "Kandahar", ""},
		{"The village lies in a district of the southern Kandahar province.", "Kandahar", ""},
		{"The missiles can reach any ship in the sea of Oman, the navy said.", "Oman", ""},
		// acting, or a country outside such a phrase
		{"Oman protested against the missile tests on Friday.", "Oman", "OMN"},
	} {
		if got := codeCovering(t, c.text, "2006-11-23", c.word, 0); got != c.want && !(c.want == "" && got == "<missing>") {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A spokesman's title coded from its principal, written just before an
// unknown name or set off after it by commas, gives the name its code; a
// seat of government that stands for a body of its own (the Pentagon)
// keeps that body's sector before a government noun.
func TestSpokesmanTitleByName(t *testing.T) {
	for _, c := range []struct{ text, date, word, want string }{
		{"Olmert's spokeswoman Dana Levi told reporters that Rome would help.", "2006-12-13", "Dana Levi", "ISRGOV"},
		{"Olmert's spokeswoman, Dana Levi, told reporters that Rome would help.", "2006-12-13", "Dana Levi", "ISRGOV"},
		{"Robert Hale, the chief Pentagon spokesman, said the plan was ready.", "2005-12-14", "Robert Hale", "USAMIL"},
		{"Pentagon officials said the plan was ready.", "2005-12-14", "Pentagon officials", "USAMIL"},
		{"Bundestag officials said the vote would be held in May.", "2005-12-14", "Bundestag officials", "DEULEG"},
		{"The Kremlin spokesman said the vote would be held in May.", "2005-12-14", "Kremlin spokesman", "RUSGOV"},
	} {
		if got := codeCovering(t, c.text, c.date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A company or outlet the KB does not know, named after its country and a
// noun saying what it is, is that country's business or media.
func TestCountryCompanyByNoun(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Japanese entertainment group Hoshino Media Holdings said it would invest in the film.", "Holdings", "JPNBUS"},
		{"The mayor told the Turkish daily Yeni Haber that the mosque would reopen.", "Haber", "TURMED"},
		{"Italian carmaker Fiat said sales rose in May.", "Fiat", "ITABUS"},
		// no noun between: the adjective says nothing of the organisation
		// (a story of two countries, so that storyCompanies, which codes
		// it by a one-country story's country since session 23, stays out)
		{"Japanese officials met Hoshino Media Holdings and Chinese bankers on Monday.", "Holdings", ""},
	} {
		if got := codeCovering(t, c.text, "2006-12-22", c.word, 0); got != c.want && !(c.want == "" && got == "<missing>") {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// A minister "of" a portfolio is a person's title (the generated Phoenix
// sector nouns read "minister of health" as a group): the apposition names
// the minister, coded by his office's first sector.
func TestMinisterOfPortfolioApposition(t *testing.T) {
	text := "Samuel Okello, Uganda's minister of health, opened the course in Kampala."
	if got := codeCovering(t, text, "2006-11-27", "Samuel Okello", 0); got != "UGAGOV" {
		t.Errorf("Samuel Okello → %q, want UGAGOV", got)
	}
}

// A bare title that heads the office an organisation's officer holds keeps
// the organisation's code ("President" for the President of the European
// Commission); a national title she does not hold still leaves her to the
// story (no code of her own), and a national president keeps his state's.
func TestOrgOfficeTitle(t *testing.T) {
	const date = "2026-11-25"
	for _, c := range []struct{ text, word, want string }{
		{"President Ursula von der Leyen said the tariff talks would resume in March.", "Leyen", "IGOEUREEC"},
		{"Trade ministers met on Monday, and President Ursula von der Leyen joined them later.", "Leyen", "IGOEUREEC"},
		{"Foreign Minister Ursula von der Leyen said the tariff talks would resume in March.", "Leyen", ""},
		{"President Emmanuel Macron said the tariff talks would resume in March.", "Macron", "FRAGOV"},
	} {
		if got := codeCovering(t, c.text, date, c.word, 0); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.word, got, c.want)
		}
	}
}
