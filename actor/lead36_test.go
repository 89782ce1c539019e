package actor

import "testing"

// "the latter" and "the former" standing alone are the second and the
// first of the last two actors named before them.
func TestLatterFormer(t *testing.T) {
	latter := "Kibaki met Museveni on Friday, strongly protesting the latter's repeated visits to the disputed area."
	former := "Kibaki met Museveni in Nairobi on Friday. The former said the talks went well."
	checkResolved(t, "2005-11-29", latter, []want{{"the latter", 0, "UGAGOV", ""}})
	checkResolved(t, "2005-11-29", former, []want{{"The former", 0, "KENGOV", ""}})
	// "the former president" is a title, no anaphor of this kind.
	checkResolved(t, "2005-11-29", "Kibaki met Museveni on Friday. The former president of Tanzania was there too.", []want{{"former president of Tanzania", 0, "TZAELI", ""}})
	noLatterFormer = true
	defer func() { noLatterFormer = false }()
	checkResolved(t, "2005-11-29", latter, []want{{"the latter", 0, "-", ""}})
	checkResolved(t, "2005-11-29", former, []want{{"The former", 0, "-", ""}})
}

// A surname the KB gives the person the story named fully stays his after
// a relative of the same name is named ("Bush's wife Laura Bush").
func TestIDBeforeSurname(t *testing.T) {
	text := "US President George W. Bush arrived in Beijing on Saturday. Also arriving were Bush's wife Laura Bush and aides. " +
		"Bush will meet Chinese leaders on Sunday."
	checkResolved(t, "2005-11-19", text, []want{{"Bush", 1, "USAGOV", "George W. Bush"}})
	noIDBeforeSurname = true
	defer func() { noIDBeforeSurname = false }()
	checkResolved(t, "2005-11-19", text, []want{{"Bush", 1, "USAELI", "Laura Bush"}})
}

// A media outlet the KB files under one country, placed by the story in
// another ("Seoul-based MBC"), is the story's country's media.
func TestBasedKnownOutlet(t *testing.T) {
	text := "Seoul-based MBC issued a statement on Sunday admitting its errors."
	checkResolved(t, "2005-12-05", text, []want{{"MBC", 0, "KORMED", ""}})
	checkResolved(t, "2005-12-05", "The Saudi-owned MBC said on Sunday it had erred.", []want{{"MBC", 0, "SAUMED", ""}})
	noBasedKnownOutlet = true
	defer func() { noBasedKnownOutlet = false }()
	checkResolved(t, "2005-12-05", text, []want{{"MBC", 0, "SAUMED", ""}})
}
