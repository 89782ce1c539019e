package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Session 17, actor round 6: people's gender from the KB for pronouns, and
// the largest error groups of the fourth blind actor gold (news-dev4). Every
// sentence is written for the test.

// A he/she pronoun does not take a person the KB knows to be of the other
// gender, though she is the subject before it.
func TestKBGenderPronouns(t *testing.T) {
	for _, c := range []struct{ text, date, mention, notWant string }{
		{"Aung San Suu Kyi met the visiting envoy Ibrahim Gambari in Rangoon on Friday. He said the talks had been useful.",
			"2006-05-20", "He", "MMROPP"},
		{"Tony Blair received Angela Merkel in London on Friday. She said the two countries agreed on trade.",
			"2006-05-20", "She", "GBRGOV"},
	} {
		got := codeOf(t, c.text, c.date, c.mention, 0)
		if got == c.notWant {
			t.Errorf("%q in %q → %q, a person of the other gender", c.mention, c.text, got)
		}
	}
	// the same-gender reading is kept
	if got := codeOf(t, "Tony Blair received Angela Merkel in London on Friday. She said the two countries agreed on trade.",
		"2006-05-20", "She", 0); got != "DEUGOV" {
		t.Errorf("She → %q, want DEUGOV (Merkel)", got)
	}
	k := loadKB(t)
	for id, want := range map[string]byte{"Q36740": 'f', "Q567": 'f', "Q9545": 'm', "KEN": 0, "": 0} {
		if got := k.PersonGender(id); got != want {
			t.Errorf("PersonGender(%q) = %q, want %q", id, got, want)
		}
	}
}

// The KB source carries a person's gender in a column of a persons file or
// in a file of genders only; anything but m or f, or the gender of an
// unknown person, fails the build.
func TestCompileGenders(t *testing.T) {
	base := map[string]string{
		"countries.tsv": "iso3\tcameo\tiso2\tname\tnames\tadjectives\tcapitals\tseats\tsource\n" +
			"KEN\t\tKE\tKenya\t\tKenyan\tNairobi\t\tt\n",
		"persons.tsv":        "id\tname\tcountry\tnames\tgender\tsource\nQ1\tJane Doe\tKEN\tDoe\tf\tt\nQ2\tJohn Roe\tKEN\tRoe\t\tt\n",
		"persons-gender.tsv": "id\tgender\tsource\nQ2\tm\tt\n",
	}
	build := func(extra map[string]string) (*KB, error) {
		dir := t.TempDir()
		for name, text := range base {
			text += extra[name]
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return BuildKB(dir)
	}
	k, err := build(nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := EncodeKB(k)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := DecodeKB(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, kb := range []*KB{k, k2} {
		if g1, g2 := kb.PersonGender("Q1"), kb.PersonGender("Q2"); g1 != 'f' || g2 != 'm' {
			t.Errorf("genders %q %q, want f m", g1, g2)
		}
	}
	for _, c := range []struct{ file, extra, want string }{
		{"persons-gender.tsv", "Q7\tf\tt\n", "gender of an unknown person \"Q7\""},
		{"persons-gender.tsv", "Q1\tfemale\tt\n", "gender \"female\" (want m or f)"},
	} {
		if _, err := build(map[string]string{c.file: c.extra}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.extra, err, c.want)
		}
	}
}

// A titled person whose title names a sector but no country takes the
// country of the nearest state body of that sector named before him, in a
// story of several countries, when no other country is named between them;
// the surname and pronoun bound to him follow. Military ranks are titles.
func TestSectorCountryOfTitledPerson(t *testing.T) {
	// (one country's forces only: with Ivorian soldiers beside the French
	// troops the colonel may be either's, and is left uncoded; review2)
	const story = "French troops patrolled Abidjan on Monday, and Ghana sent observers. " +
		"French forces reported calm in the north. "
	for _, c := range []struct{ text, mention, want string }{
		{story + "Colonel Pierre Lemaire said the patrols would go on.", "Colonel Pierre Lemaire", "FRAMIL"},
		{story + "Colonel Pierre Lemaire said the patrols would go on. Lemaire added that he expected no clashes.", "he", "FRAMIL"},
		{"Iraqi officials said US Marines patrolled the town. " +
			"Staff Sergeant Tom Keller led the patrol.", "Staff Sergeant Tom Keller", "USAMIL"},
		// not across another country named between
		{"Chinese troops crossed the border on Monday, Vietnam said. " +
			"General Tran Van Minh ordered a response.", "General Tran Van Minh", ""},
		// no body of the sector named before: left alone
		{"Kenya and Uganda signed a trade deal. Judge Mary Atieno said the deal was lawful.", "Judge Mary Atieno", ""},
	} {
		got := codeOf(t, c.text, "2006-05-20", c.mention, 0)
		if got == "<missing>" {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}

// Codes composed from the ISO code of a country that CAMEO writes with its
// own letters use CAMEO's: Kosovo's people and bodies are KSV as "Kosovo"
// is, East Timor's TMP.
func TestCameoCountryCodes(t *testing.T) {
	const text = "Kosovo police arrested two men on Monday. East Timor soldiers guarded the port. " +
		"Kosovo Prime Minister Ramush Haradinaj resigned."
	for _, c := range []struct{ mention, want string }{
		{"Kosovo police", "KSVCOP"}, {"East Timor soldiers", "TMPMIL"}, {"Kosovo Prime Minister Ramush Haradinaj", "KSVGOV"},
	} {
		if got := codeOf(t, text, "2005-03-01", c.mention, 0); got != c.want {
			t.Errorf("%q → %q, want %q", c.mention, got, c.want)
		}
	}
}
