package actor

import "testing"

// Session 26, actor round 14. Every sentence is written for the test.

// KB rows for 1990s officeholders no source dates.
func TestKBSession26Rows(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	checkLookups(t, kb, []lookupCase{
		{"Romano Prodi", "1997-04-10", "ITAGOV"},
		{"Prodi", "1998-02-01", "ITAGOV"},
		{"Romano Prodi", "2001-03-01", "IGOEUREEC"}, // the Commission's president after
		{"Renato Ruggiero", "1997-04-10", "IGOBUSWTO"},
		{"Renato Ruggiero", "2001-09-01", "ITAGOV"}, // Italy's foreign minister after
	})
}

// A KB name written with a bracketed letter keeps its closing bracket, and
// the "party" after it joins it.
func TestNameCloseParen(t *testing.T) {
	checkCovering(t, "1997-04-03", []coverCase{
		{"Leaders of India's Congress (I) party met in Delhi on Monday to pick a candidate.", "party", "INDPTY"},
		{"The Congress (I) party said it would not back the budget.", "party", "INDPTY"},
	})
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"the", "Congress", "(", "I", ")", "party", "won"}
	for _, sp := range kb.MatchTokens(words) {
		if sp.Start == 1 && sp.End != 5 {
			t.Errorf("Congress (I) span %d-%d, want 1-5", sp.Start, sp.End)
		}
	}
	if closeParen([]string{"Nepal", ")", "x"}, 0, 1) != 1 {
		t.Error("a ')' with no '(' in the name was taken")
	}
}

// A health ministry is its country's HLH, also when named without the
// country in a story about one country.
func TestHealthMinistry(t *testing.T) {
	checkCovering(t, "2006-11-20", []coverCase{
		{"China's Ministry of Health said it had found two new cases.", "Ministry", "CHNHLH"},
		{"The South African health department opened three clinics.", "department", "ZAFHLH"},
		{"Kenya reported a cholera outbreak on Monday. The Ministry of Health said 40 people were ill.", "Ministry", "KENHLH"},
		{"Kenya reported a cholera outbreak on Monday. The Health Ministry said 40 people were ill.", "Ministry", "KENHLH"},
		// a hospital is a place, not the state's
		{"Kenya reported a cholera outbreak on Monday. The hospital said 40 people were ill.", "hospital", "<missing>"},
	})
}

// Vice, deputy and assistant ministers of a portfolio are their country's
// government, in apposition too, with the portfolio capitalised or not.
func TestViceMinister(t *testing.T) {
	checkCovering(t, "2006-11-20", []coverCase{
		{"China opened a new clinic. Zhang Wenbo, Vice Minister of Health, told a meeting in Shanghai that more were planned.", "Zhang Wenbo", "CHNGOV"},
		{"China opened a new clinic. Zhang Wenbo, Vice Minister of Health, told a meeting in Shanghai that more were planned.", "Vice Minister", "CHNGOV"},
		{"Vietnam signed the deal. Vice Minister of Industry Nguyen Thanh Binh said exports would rise.", "Nguyen Thanh Binh", "VNMGOV"},
		{"Vietnam signed the deal. Assistant Minister of Finance Tran Van Lam said exports would rise.", "Tran Van Lam", "VNMGOV"},
		{"Chile signed the deal. Pedro Rojas, vice minister of agriculture, said exports would rise.", "Pedro Rojas", "CHLGOV"},
		// no portfolio after the title: the apposition is left alone
		{"Chile signed the deal. Pedro Rojas, vice minister in the last cabinet of Spain, spoke.", "Pedro Rojas", ""},
	})
}

// A country written before a currency does not make a second country of
// the story: its companies and bare nouns still take the story's one.
func TestCurrencyNotStoryCountry(t *testing.T) {
	checkCovering(t, "2006-11-14", []coverCase{
		{"A blast hit a mine in northern China on Monday. The Hualong Colliery is owned by the Taihe Coal Mine Group. Families were paid 100,000 yuan (12,500 U.S. dollars) each.", "Hualong Colliery", "CHNBUS"},
		{"A blast hit a mine in northern China on Monday. The Hualong Colliery is owned by the Taihe Coal Mine Group. Families were paid 100,000 yuan (12,500 U.S. dollars) each.", "Taihe Coal Mine Group", "CHNBUS"},
		{"A blast hit a mine in northern China on Monday. Families were paid 100,000 yuan (12,500 U.S. dollars) each. Police said the owner had fled.", "Police", "CHNCOP"},
		// "Group" without a trade's word is no company
		{"A blast hit a mine in northern China on Monday. The Lianhe Study Group said safety had improved.", "Lianhe Study Group", ""},
		// a second country named as a country still counts
		{"A blast hit a mine in northern China on Monday, and Japan sent help. Families were paid 100,000 yuan (12,500 U.S. dollars) each. Police said the owner had fled.", "Police", "<missing>"},
	})
}

// A Buddhist clergyman's title gives his sector.
func TestBuddhistTitles(t *testing.T) {
	checkCovering(t, "2006-11-14", []coverCase{
		{"Chinese monks met on Sunday to pray for rain. Abbot Wang Deming said the temple would reopen.", "Wang Deming", "CHNREL"},
		{"Chinese monks met on Sunday to pray for rain. Buddhist Master Wang Deming said the temple would reopen.", "Wang Deming", "CHNREL"},
	})
}

// A country's possessive before an international organisation's name is
// two actors; with a title after the organisation it stays one.
func TestCountryBeforeIGO(t *testing.T) {
	checkCovering(t, "2006-12-01", []coverCase{
		{"Ankara said Turkey's EU bid would go on despite the delay.", "Turkey", "TUR"},
		{"Ankara said Turkey's EU bid would go on despite the delay.", "EU", "IGOEUREEC"},
		{"Beijing hailed China's WTO entry as a turning point.", "China", "CHN"},
		// a title after the organisation: the country's official
		{"Japan's UN ambassador said the vote would be held on Friday.", "ambassador", "JPNGOV"},
	})
}

// A country's stock exchange or stock market is its business sector.
func TestStockExchange(t *testing.T) {
	checkCovering(t, "2006-12-01", []coverCase{
		{"Shares on the Australian stock exchange fell 2 percent on Monday.", "stock exchange", "AUSBUS"},
		{"The Malaysian bourse closed lower for a third day.", "bourse", "MYSBUS"},
	})
}

// An unknown organisation after a country's possessive is that country's
// body of the kind its head word says.
func TestPossessedOrgs(t *testing.T) {
	checkCovering(t, "2006-12-03", []coverCase{
		{"Paris and Berlin met on Monday. France's Socialist Party chose its candidate on Thursday.", "Socialist Party", "FRAPTY"},
		{"Officials met in Beijing and Tokyo. China's prestigious Tsinghua University opened a new campus.", "Tsinghua University", "CHNEDU"},
		// a name whose head says no kind is left alone
		{"Officials met in Bogota and Quito. Colombia's Andes Mountain Institute warned of a quake.", "Andes Mountain Institute", ""},
	})
}

// A country's possessive, a lower-case portfolio and a ministry's,
// minister's or administration's word are one mention.
func TestPossessivePortfolio(t *testing.T) {
	checkCovering(t, "2006-12-03", []coverCase{
		{"Moscow said on Monday that Russia's energy ministry would cut supplies.", "energy ministry", "RUSGOV"},
		{"Baghdad said on Monday that Iraq's oil minister would visit Tehran.", "oil minister", "IRQGOV"},
		{"Beijing said on Monday that China's forestry administration would plant trees.", "forestry administration", "CHNGOV"},
	})
}

// coverCase is a sentence, a word of it and the code of the mention that
// covers the word.
type coverCase struct{ text, word, want string }

// checkCovering checks the code of the mention covering each case's word,
// with the story dated date.
func checkCovering(t *testing.T, date string, cases []coverCase) {
	t.Helper()
	for _, c := range cases {
		if got := codeCovering(t, c.text, date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}
