package actor

import "testing"

// A repeat that drops the Arabic article of a family name ("Khalifa" after
// "Majzoub al-Khalifa") is the story's person, not the KB's other person of
// that name (here the UAE's Khalifa bin Zayed, in office at the date), and
// joins an unknown person's cluster too.
func TestArticleSurname(t *testing.T) {
	kb := "Sudanese negotiator Majzoub al-Khalifa said on Tuesday the talks would resume. " +
		"Khalifa told reporters in Khartoum that the government was ready."
	unknown := "Egyptian Trade Minister Ahmed al-Rashidi arrived in Nairobi on Monday. " +
		"Rashidi told reporters that the two countries would sign a trade deal."
	checkResolved(t, "2005-11-29", kb, []want{{"Khalifa", 0, "SDNGOV", "Majzoub al-Khalifa"}})
	checkResolved(t, "2005-11-29", unknown, []want{{"Rashidi", 0, "EGYGOV", ""}})
	noArticleSurname = true
	defer func() { noArticleSurname = false }()
	checkResolved(t, "2005-11-29", kb, []want{{"Khalifa", 0, "AREGOV", ""}})
	checkResolved(t, "2005-11-29", unknown, []want{{"Rashidi", 0, "-", ""}})
}

func TestArticleSurnameWord(t *testing.T) {
	for w, want := range map[string]string{"al-khalifa": "khalifa", "el-sisi": "sisi", "ash-shara": "shara", "al-ab": "", "alkhalifa": "", "khalifa": ""} {
		if got := articleSurname(w); got != want {
			t.Errorf("articleSurname(%q) = %q, want %q", w, got, want)
		}
	}
}

// A body the KB lists among people (PETRARCH's country dictionaries list
// movements beside leaders) is an organisation: its letters in brackets
// name it again.
func TestBodyNamedPerson(t *testing.T) {
	text := "Leaders of the Sudan People's Liberation Movement (SPLM) met in Juba on Monday. " +
		"The SPLM said it would send a delegation to the talks."
	checkResolved(t, "2005-11-29", text, []want{{"SPLM", 0, "SDNGOV", ""}, {"SPLM", 1, "SDNGOV", ""}})
	noBodyNamedPerson = true
	defer func() { noBodyNamedPerson = false }()
	checkResolved(t, "2005-11-29", text, []want{{"SPLM", 1, "-", ""}})
}

// An embassy is never the government of the country it sits in: beside
// another country's ministry it is that country's; alone it stays uncoded.
func TestHostedMission(t *testing.T) {
	joint := "The Kenyan Foreign Ministry and Embassy in Uganda protested on Monday."
	alone := "The embassy in Uganda said the detained men were traders."
	checkResolved(t, "2005-11-29", joint, []want{{"Embassy in Uganda", 0, "KENGOV", ""}})
	checkResolved(t, "2005-11-29", alone, []want{{"embassy in Uganda", 0, "-", ""}})
	// a nationality before the mission says whose it is
	checkResolved(t, "2005-11-29", "The Kenyan embassy in Uganda protested on Monday.",
		[]want{{"Kenyan embassy in Uganda", 0, "KENGOV", ""}})
	noHostedMission = true
	defer func() { noHostedMission = false }()
	checkResolved(t, "2005-11-29", joint, []want{{"Embassy in Uganda", 0, "UGAGOV", ""}})
	checkResolved(t, "2005-11-29", alone, []want{{"embassy in Uganda", 0, "UGAGOV", ""}})
}

// The head of a name is its last word or the word before its first "of"
// or "for", never its first word.
func TestBodyNamedPersonWord(t *testing.T) {
	for name, want := range map[string]bool{"Kenya People's Liberation Movement": true, "Supreme Council of the Lakes": true,
		"National Front for Renewal": true, "Movement for Renewal": false, "Movement": false, "": false,
		"Amina Party": true, "Amina Wanjiru": false, "Council of Elders Party": false} {
		if got := bodyNamedPerson(name); got != want {
			t.Errorf("bodyNamedPerson(%q) = %v, want %v", name, got, want)
		}
	}
}
