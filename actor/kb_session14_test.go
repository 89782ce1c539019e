package actor

import "testing"

// Session 14, round 2: KB gaps and name variants found in the event
// development sets and the actor gold. The sentences are the team's own.

// A person's name written with a middle initial the KB's name lacks finds
// the person when nothing else matches; an initial alone, or a name whose
// other words are not the person's, finds nothing.
func TestLookupMiddleInitial(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Richard A. Boucher", "2006-11-16", "USAGOV"},
		{"Richard A Boucher", "2006-11-16", "USAGOV"},
		{"George W. Bush", "2006-11-16", "USAGOV"}, // the KB's own spelling still wins
	})
	for _, name := range []string{"A. Boucher", "Richard A.", "Richard Q. Boucherson", "richard a. boucher"} {
		if ms := kb.Lookup(name, "2006-11-16"); len(ms) > 0 {
			t.Errorf("%q: want no KB entry, got %s", name, ms[0].Actor.Code)
		}
	}
}

// Spellings news uses for people the KB has under another transliteration,
// and offices of 2000-2006 no source dates.
func TestKBSession14Variants(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Ismail Haneya", "2006-11-01", "PSEGOV"},
		{"Haneya", "2006-11-01", "PSEGOV"},
		{"Ismail Haniyeh", "2006-11-01", "PSEGOV"},
		{"Mahmud Ahmadinejad", "2006-11-01", "IRNGOV"},
		{"Saeb Erakat", "2006-11-01", "PSEELI"},
		{"Pravin Gordhan", "2006-11-21", "ZAFGOV"},
		{"Philip Mangula", "2005-11-23", "TZAPTY"},
		{"Margaret Chan", "2006-11-08", "IGOUNOHLHWHO"},
		{"Margaret Chan", "2008-01-01", "IGOUNOHLHWHO"},
		{"German Gref", "2001-06-01", "RUSGOV"},
		{"German Gref", "2004-08-15", "RUSGOV"},
		{"Subash Chandra Nemwang", "2006-11-16", "NPLLEG"},
		{"Li Yizhong", "2006-11-14", "CHNGOV"},
		{"State Administration of Work Safety", "2006-11-14", "CHNGOV"},
		{"SAWS", "2006-11-14", "CHNGOV"},
		{"Acción Democrática", "2005-11-29", "VENPTY"},
		{"Venezuela's Democratic Action", "2005-11-29", "VENPTY"},
		{"Copei", "2005-11-29", "VENPTY"},
		{"Fifth Republic Movement", "2005-11-29", "VENPTY"},
		{"Westpac", "2005-11-18", "AUSBUS"},
		{"ANZ", "2005-11-18", "AUSBUS"},
		{"Telstra", "2005-11-18", "AUSBUS"},
		{"Commonwealth Bank", "2005-11-18", "AUSBUS"},
		{"Martin Lee", "1997-04-18", "HKGPTY"},
	})
}

// "presidential guard" is a sector noun (MIL) of the story's country, not a
// Comoran rebel group (a UCDP row of that name); a leader's name before it
// ("Saddam's presidential guard", "Putin's troops") gives his country's
// force, and the leader stays a mention of his own.
func TestResolvePresidentialGuard(t *testing.T) {
	checkResolved(t, "2006-12-17",
		"A member of the Palestinian presidential guard was killed in a clash in Gaza.",
		[]want{{"Palestinian presidential guard", 0, "PSECOP", ""}}) // the Authority's forces are police (session 23, pseForces)
	checkResolved(t, "2005-12-06",
		"The witness said Saddam Hussein's presidential guard shelled his village in 1982.",
		[]want{{"presidential guard", 0, "IRQMIL", ""}, {"Saddam Hussein", 0, "IRQELI", ""}})
	checkResolved(t, "2024-03-01",
		"Putin's troops entered the town on Monday.",
		[]want{{"troops", 0, "RUSMIL", ""}, {"Putin", 0, "RUSGOV", ""}})
	// a rebel leader's army is his movement's
	checkResolved(t, "1997-04-10",
		"Kabila's army took the town of Kenge on Thursday.",
		[]want{{"Kabila's army", 0, "CODREB", ""}})
	d := resolveText(t, "2006-12-17", "Hamas accused the presidential guard of firing on the convoy.")
	for _, e := range d.Entities {
		if e.Actor != nil && e.Actor.Code == "COMREB" {
			t.Errorf("%q coded COMREB", e.Text)
		}
	}
}

// The speaker of a house of representatives is a legislator, with or
// without the full title before the name; a revenue secretary is a
// government official of the country the text gives.
func TestResolveSpeakerAndRevenueTitles(t *testing.T) {
	checkResolved(t, "2006-11-16",
		"Nepal's government met the rebels on Monday. The Speaker of the House of Representatives, Dorje Lama Tamang, said parliament would meet.",
		[]want{{"Dorje Lama Tamang", 0, "NPLLEG", ""}})
	checkResolved(t, "2006-11-21",
		"India's revenue secretary and Brazil's federal revenue secretary signed the declaration.",
		[]want{{"India's revenue secretary", 0, "INDGOV", ""}, {"Brazil's federal revenue secretary", 0, "BRAGOV", ""}})
	// a transport minister is GOV (Phoenix's agents list had GOVMED)
	checkResolved(t, "2006-11-20",
		"South African Transport Minister Thabo Ndlovu opened the new rail line.",
		[]want{{"South African Transport Minister Thabo Ndlovu", 0, "ZAFGOV", ""}})
}

// A weekday after a name is the date, not part of the name, whether the
// KB's phrase matcher ("Lee" is a surname alias, "Friday" a date word) or
// the recogniser ran them together: the surname then binds to the person the
// story named.
func TestResolveWeekdayAfterName(t *testing.T) {
	checkResolved(t, "1997-04-18",
		"Hong Kong's Democratic Party leader Martin Lee flew to Washington. The future chief executive warned Lee Friday to be careful. Lee said he would speak freely.",
		[]want{{"Lee", 0, "HKGPTY", "Martin Lee"}})
	checkResolved(t, "2006-05-02",
		"Kenya's Democratic Party secretary Peter Otieno denied the report. Police questioned Otieno Tuesday about the payments.",
		[]want{{"Otieno", 0, "KENPTY", "Peter Otieno"}})
	// "late" before the weekday is the time, not "the late" (former) prime minister
	checkResolved(t, "1997-04-18",
		"Indian Prime Minister H.D. Deve Gowda late Friday lost a vote of confidence.",
		[]want{{"Indian Prime Minister H.D. Deve Gowda", 0, "INDGOV", ""}})
}

// The recogniser's person span "Lee Friday" (seen in a 1997 wire story)
// loses its weekday; other spans and a lone weekday are left alone.
func TestTrimWeekdays(t *testing.T) {
	// (since review3 two words must stay: "John Sunday" is a name)
	words := []string{"Tung", "warned", "Martin", "Lee", "Friday", "and", "Friday", "Mensah", "of", "Ghana", "Tuesday", "John", "Sunday"}
	in := []NERSpan{{2, 5, "PER"}, {6, 8, "PER"}, {9, 11, "ORG"}, {11, 13, "PER"}}
	out := trimWeekdays(words, in)
	// (since round 21 a body's span loses its weekday too: "Ghana Tuesday";
	// with that rule off it is left alone)
	want := []NERSpan{{2, 4, "PER"}, {6, 8, "PER"}, {9, 10, "ORG"}, {11, 13, "PER"}}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("span %d: got %v, want %v", i, out[i], want[i])
		}
	}
	round21Off["weekdaySpans"] = true
	defer delete(round21Off, "weekdaySpans")
	if out := trimWeekdays(words, in); out[2] != in[2] {
		t.Errorf("weekdaySpans off: span 2: got %v, want %v", out[2], in[2])
	}
	if in[0].End != 5 {
		t.Errorf("the recogniser's spans were changed in place")
	}
}

// Review3: a head of state named by a surname he shares on purpose with
// another country's minister; Haniyeh leading Hamas after 2007; the
// English "Democratic Action" and "MVR" left to other contexts.
func TestKBSession14Review(t *testing.T) {
	checkResolved(t, "2012-06-01", "Obama met Putin in Moscow on Friday.",
		[]want{{"Obama", 0, "USAGOV", ""}})
	checkResolved(t, "2023-05-10", "Hamas leader Ismail Haniyeh rejected the demands.",
		[]want{{"Ismail Haniyeh", 0, "PSEREBHMS", ""}})
	checkResolved(t, "2010-05-10", "Americans for Democratic Action criticized the president.",
		[]want{{"Democratic Action", 0, "-", ""}})
	checkResolved(t, "2010-05-10", "The Maldives fined the resort MVR 5 million.",
		[]want{{"MVR", 0, "-", ""}})
}
