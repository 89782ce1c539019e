package actor

import "testing"

// Title and apposition composition found by the actor gold
// (data/actor/gold/news-dev1.tsv). The sentences are the team's own.

// An organisation's name and a capitalised title the KB composed with it
// ("British MI5 Director General") before an unknown person make him the
// organisation's officer, across a courtesy title ("Dame").
func TestResolveOrgTitleBeforeUnknownPerson(t *testing.T) {
	checkResolved(t, "2006-05-02",
		"British MI5 Director General Dame Alice Brennan-Holt said the plots were serious.",
		[]want{{"Dame Alice Brennan-Holt", 0, "GBRSPY", "Alice Brennan-Holt"}})
	checkResolved(t, "2006-05-02",
		"MI5 Director General Alice Brennan-Holt said the plots were serious.",
		[]want{{"Alice Brennan-Holt", 0, "GBRSPY", ""}})
}

// A country's group and a lower-case title word after it ("Hong Kong's
// Democratic Party leader") before an unknown person give him the group's
// code; a verb between them does not.
func TestResolveGroupTitleBeforeUnknownPerson(t *testing.T) {
	checkResolved(t, "1997-04-18",
		"Hong Kong's Democratic Party leader Martin Leeson met the president on Friday.",
		[]want{{"Martin Leeson", 0, "HKGPTY", ""}})
	checkResolved(t, "2006-05-02",
		"Kenya's Democratic Party secretary Peter Otieno denied the report.",
		[]want{{"Peter Otieno", 0, "KENPTY", ""}})
	checkResolved(t, "2006-05-02",
		"Kenyan police arrested Peter Otieno on Monday.",
		[]want{{"Peter Otieno", 0, "", ""}})
}

// "X, a spokeswoman for O (ACRONYM)," and "X, deputy director of O," make
// X O's officer, as "the head of O" does.
func TestResolveSpokesmanAndDeputyApposition(t *testing.T) {
	checkResolved(t, "2006-12-17",
		"Nadia Kourani, a spokeswoman for the International Committee of the Red Cross (ICRC), said 25 workers were taken.",
		[]want{{"Nadia Kourani", 0, "NGOHLHIRC", ""}})
	checkResolved(t, "1997-04-14",
		"The statement followed comments by Wang Dabao, deputy director of China's Hong Kong and Macau Affairs Office, during a visit.",
		[]want{{"Wang Dabao", 0, "CHNGOV", ""}})
	checkResolved(t, "2006-05-02",
		"Tomas Veljkovic, a senior official of the International Atomic Energy Agency, said inspections would resume.",
		[]want{{"Tomas Veljkovic", 0, "IGOUNOIAE", ""}})
}

// "X, Deputy Minister of Agriculture," with no country: the title's sector,
// and in a story about one country that country (as for "Agriculture
// Minister X"); a title whose "of" phrase names a body or place the KB
// cannot place gives nothing.
func TestResolveCountrylessTitleApposition(t *testing.T) {
	checkResolved(t, "2006-11-23",
		"The Chinese government plans to build new villages. Lin Daqing, Deputy Minister of Agriculture, said the plan would work. He said farmers would gain.",
		[]want{{"Lin Daqing", 0, "CHNGOV", ""}, {"He", 0, "CHNGOV", ""}})
	checkResolved(t, "1997-04-06",
		"Ruslan Dakhaev, the president of the breakaway Caucasian republic of Vostania, plans a trip. Russian television reported it.",
		[]want{{"Ruslan Dakhaev", 0, "", ""}})
}

// A title that names its seat ("White House spokesman") is that country's
// official in an apposition as before a name.
func TestResolveSeatTitleApposition(t *testing.T) {
	checkResolved(t, "2006-12-27",
		"A White House spokesman, Scott Brannigan, urged Iran to comply.",
		[]want{{"Scott Brannigan", 0, "USAGOV", ""}})
}

// A state body's noun followed by "in" and a country or its capital is that
// country's; one whose country came from a party ("Labour") takes the
// place's; troops or a body with its own nationality keep theirs.
func TestResolveSectorInPlace(t *testing.T) {
	checkResolved(t, "2005-11-12",
		"The Supreme Court in Liberia has rejected the appeal of the runner-up.",
		[]want{{"Supreme Court", 0, "LBRJUD", ""}})
	checkResolved(t, "1997-04-02",
		"The Labour government in Jerusalem denied the report.",
		[]want{{"Labour government", 0, "ISRGOV", ""}})
	checkResolved(t, "2006-05-02",
		"US troops in Iraq returned fire. The Kenyan police in Uganda said so.",
		[]want{{"US troops", 0, "USAMIL", ""}, {"Kenyan police", 0, "KENCOP", ""}})
}

// An organisation the KB does not know, named with a country and a head
// word that says its kind, is that country's body of that kind.
func TestResolveOrgNameWithCountry(t *testing.T) {
	checkResolved(t, "2005-11-18",
		"Among the banking stocks, the National Australia Bank fell 16 cents.",
		[]want{{"National Australia Bank", 0, "AUSBUS", ""}})
	checkResolved(t, "2005-11-18",
		"The Kenya News Agency reported the fire on Monday.",
		[]want{{"Kenya News Agency", 0, "KENMED", ""}})
	if got := orgNameSector([]string{"Nepali", "Department", "of", "Health"}); got != "GOV" {
		t.Errorf("Nepali Department of Health: %q, want GOV", got)
	}
	if got := orgNameSector([]string{"Central", "Bank", "of", "Kenya"}); got != "GOV" {
		t.Errorf("Central Bank of Kenya: %q, want GOV", got)
	}
	if got := orgNameSector([]string{"Kenya", "Red", "Cross", "Society"}); got != "" {
		t.Errorf("Kenya Red Cross Society: %q, want none", got)
	}
}
