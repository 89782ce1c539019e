package actor

import "testing"

// Session 15, actor round 3: errors the second actor gold (news-dev2)
// and the first showed. Every sentence is written for the test.

// An apposition naming an organisation's office gives the person the
// organisation's code whole, not its country and sector glued together.
func TestAppositionOrgOfficeCodeWhole(t *testing.T) {
	checkResolved(t, "2005-11-20", "Rashid Khan, vice president of World Bank, met the minister.",
		[]want{{"Rashid Khan", 0, "IGODEVWBK", ""}})
	checkResolved(t, "2005-11-20", "Anna Berg, a vice president of the World Bank, visited Dhaka.",
		[]want{{"Anna Berg", 0, "IGODEVWBK", ""}})
	// a state's title still composes as before
	checkResolved(t, "2005-11-20", "Peter Otieno, Kenya's foreign minister, met Rashid Khan.",
		[]want{{"Peter Otieno", 0, "KENGOV", ""}})
}

// A quoted nickname inside a person's name keeps the name one: the surname
// alone is not a KB person of that surname (Daniel Williams, Grenada's
// governor-general in 2005), and the later surname is the same unknown man.
func TestNicknameInsideName(t *testing.T) {
	checkResolved(t, "2005-12-11",
		`Former gang leader Stanley "Tookie" Williams lost his appeal. Williams, 51, says he has changed.`,
		[]want{{`Stanley "Tookie" Williams`, 0, "", ""}, {"Williams", 0, "", ""}})
	checkResolved(t, "2005-12-11",
		"The court heard Jose “Pepe” Fernandez on Monday.",
		[]want{{"Jose “Pepe” Fernandez", 0, "", ""}})
	// quotes around a word that is no nickname leave the names apart
	d := resolveText(t, "2005-12-11", `Williams called Smith "Brutal" in a speech.`)
	if entityAt(d, "Smith", 0) == nil {
		t.Errorf("Smith should stay a name of its own%s", dumpEntities(d))
	}
}

// "general" before a noun and "former" before a nationality and a noun for
// a place are adjectives of that noun, not a military title or an elite.
func TestAdjectivalGeneralAndFormer(t *testing.T) {
	checkResolved(t, "1997-04-21", "The scandal overshadowed the British general election campaign.",
		[]want{{"British", 0, "GBR", ""}})
	checkResolved(t, "2005-12-04", "A former French colony, Gabon has been stable for decades.",
		[]want{{"French", 0, "FRA", ""}})
	// a general and a former official stay what they were
	checkResolved(t, "1997-04-21", "A British general said the troops would stay.",
		[]want{{"British general", 0, "GBRMIL", ""}})
	checkResolved(t, "2005-12-04", "Iraq's former strongman appeared in court.",
		[]want{{"Iraq's former", 0, "IRQELI", ""}})
}

// A place that starts the name of an event, a game, an agreement or a
// document is part of that name, not the state.
func TestPlaceInEventName(t *testing.T) {
	checkResolved(t, "2006-11-18", "The leaders endorsed the Hanoi Action Plan on Saturday.",
		[]want{{"Hanoi", 0, "-", ""}, {"Hanoi Action Plan", 0, "-", ""}})
	checkResolved(t, "2006-11-18", "Kenya lost to Qatar at the Doha Asian Games.",
		[]want{{"Doha Asian", 0, "-", ""}, {"Doha", 0, "-", ""}, {"Kenya", 0, "KEN", ""}})
	checkResolved(t, "2005-11-05", "She won the Hong Kong Open last year.",
		[]want{{"Hong Kong", 0, "-", ""}})
	checkResolved(t, "2006-11-28", "The Korea Composite Stock Price Index fell 13 points.",
		[]want{{"Korea Composite Stock Price Index", 0, "-", ""}})
	checkResolved(t, "2006-11-28", "Veterans of the Korean War met in Seoul.",
		[]want{{"Korean", 0, "-", ""}})
	// a capital that acts keeps its code
	checkResolved(t, "2006-11-18", "Hanoi rejected the plan on Saturday.",
		[]want{{"Hanoi", 0, "VNMGOV", ""}})
}

// A natural feature or a facility named after a place is no state, and
// neither is a place in it; a seat of government the KB knows whole stays.
func TestPlaceInFeatureOrFacility(t *testing.T) {
	checkResolved(t, "2006-11-28", "The ship sank in the Indian Ocean on Monday.",
		[]want{{"Indian", 0, "-", ""}})
	checkResolved(t, "2006-11-28", "Security was tightened at Nairobi International Airport on Monday.",
		[]want{{"Nairobi", 0, "-", ""}})
	checkResolved(t, "2006-11-28", "The Elysee Palace said the visit was postponed.",
		[]want{{"Elysee Palace", 0, "FRAGOV", ""}})
}

// A state body the KB does not know, named without its country, is the
// story country's, and so is its acronym; a state's supreme court is the
// story country's even when an international organisation is named.
func TestStoryCountryStateBodies(t *testing.T) {
	checkResolved(t, "2005-11-12",
		"Liberia will vote again. The National Elections Commission (NEC) said the run-off would go ahead. Police guarded the NEC office.",
		[]want{{"National Elections Commission", 0, "LBRGOV", ""}, {"NEC", 1, "LBRGOV", ""}})
	checkResolved(t, "2006-12-26", "China's economy will grow 9 percent, the State Information Center said.",
		[]want{{"State Information Center", 0, "CHNGOV", ""}})
	checkResolved(t, "2005-11-12", "The United Nations urged calm in Liberia. The Supreme Court rejected the appeal.",
		[]want{{"Supreme Court", 0, "LBRJUD", ""}})
	// an international body stays without a country; a company is no
	// state body: since session 23 (round 12b, companyNameNouns) it is a
	// business of the story's one country, as the news golds code such
	// companies
	checkResolved(t, "2005-11-12", "Liberia will vote again. The International Crisis Commission said the vote was fair.",
		[]want{{"International Crisis Commission", 0, "", ""}})
	checkResolved(t, "2005-11-12", "Liberia will vote again. Monrovia Rubber Company said its workers would vote.",
		[]want{{"Monrovia Rubber Company", 0, "LBRBUS", ""}})
}

// A portfolio between a title and a name is part of the title: the
// person is the title's, and the portfolio's last word is not his name.
func TestTitleWithPortfolio(t *testing.T) {
	checkResolved(t, "2006-11-01",
		"A Singaporean senior official spoke first. Minister of State for Trade and Industry Tan Bo Kiat said exports grew. Tan added that imports fell.",
		[]want{{"Minister of State for Trade and Industry Tan Bo Kiat", 0, "SGPGOV", "Tan Bo Kiat"}, {"Tan", 0, "SGPGOV", ""}})
	checkResolved(t, "2006-11-01", "Kenya's Minister for Foreign Affairs Raphael Tuju left for Addis Ababa.",
		[]want{{"Kenya's Minister for Foreign Affairs Raphael Tuju", 0, "KENGOV", ""}})
}

// A party's name with "party" in lower case is the party, and Iraq's and
// Syria's Baath parties are told apart by the story's country.
func TestPartyLowerCase(t *testing.T) {
	checkResolved(t, "1997-04-21", "The sleaze scandal dogged the Conservative party for months.",
		[]want{{"Conservative party", 0, "GBRPTY", ""}})
	checkResolved(t, "2006-12-17", "Iraq's Baath party was banned after the invasion.",
		[]want{{"Iraq's Baath party", 0, "IRQPTY", ""}})
	checkResolved(t, "2006-12-17", "Iraqi police said former Baathists had joined the insurgents in Tikrit.",
		[]want{{"former Baathists", 0, "IRQELI", ""}})
	// a name that is no party's keeps its capitals: "conservative party
	// members" is no party name
	checkResolved(t, "1997-04-21", "Some conservative party members left early.",
		[]want{{"conservative party", 0, "-", ""}})
}

// A portfolio word the KB has no title for, between a nationality and a
// ministry or minister, still makes one mention of that country's.
func TestPortfolioGap(t *testing.T) {
	checkResolved(t, "2006-12-14", "The Russian energy ministry approved the budget on Thursday.",
		[]want{{"Russian energy ministry", 0, "RUSGOV", ""}})
	checkResolved(t, "2006-12-14", "The Iraqi oil minister left for Vienna.",
		[]want{{"Iraqi oil minister", 0, "IRQGOV", ""}})
	// a word that is no portfolio leaves the two apart
	checkResolved(t, "2006-12-14", "Russian gas ministry officials were not consulted.",
		[]want{{"Russian", 0, "RUS", ""}})
}

// A title before "for" and a person is no portfolio: the spokesman's
// principal is not made an official by it.
func TestTitleForPersonNoPortfolio(t *testing.T) {
	checkResolved(t, "2005-12-04",
		"Kazakhstan voted on Sunday. Aidos Sarimov, the spokesman for Tuyakbai, said the vote was rigged.",
		[]want{{"Tuyakbai", 0, "", ""}})
}

// A person's name and a possessive before a party's or an organisation's
// name are two mentions.
func TestPersonBeforePartyName(t *testing.T) {
	checkResolved(t, "2005-12-04", "The trial is held in a palace once used by Saddam's Baath party.",
		[]want{{"Saddam", 0, "IRQELI", ""}, {"Baath party", 0, "IRQPTY", ""}})
	checkResolved(t, "2007-12-04", "Putin's United Russia party won the election.",
		[]want{{"United Russia party", 0, "RUSPTY", ""}})
}

// A body of another country's name after a person's possessive stays the
// person's mention: the KB's name is then likely another body's.
func TestPersonBeforeForeignName(t *testing.T) {
	checkResolved(t, "2007-12-04", "Putin's World Bank loan was repaid.",
		[]want{{"World Bank", 0, "-", ""}})
}
