package actor

import "testing"

// A title that names the office the KB dates for a person, a head of
// government's rank, or a legislature's office keeps the KB's code
// (kbOfficeTitle); a minister's title and a former one still win.
func TestSession23KBOfficeTitle(t *testing.T) {
	checkResolved(t, "2007-03-14",
		"On Monday Chief Executive Donald Tsang opened a trade fair in Shenzhen.",
		[]want{{"Chief Executive Donald Tsang", 0, "HKGGOV", ""}})
	checkResolved(t, "2006-10-20",
		"Europe Minister Geoff Hoon told reporters in Brussels that talks on the budget would resume.",
		[]want{{"Europe Minister Geoff Hoon", 0, "GBRGOV", ""}})
	checkResolved(t, "1996-05-20",
		"Party chief Do Muoi opened a new bridge near Hue on Monday.",
		[]want{{"Party chief Do Muoi", 0, "VNMGOV", ""}})
	checkResolved(t, "1996-09-10",
		"Senate vice president Mal Colston chaired a committee on rural roads.",
		[]want{{"Senate vice president Mal Colston", 0, "AUSLEG", ""}})
	checkResolved(t, "2007-01-15",
		"Gen. Surayud Chulanont visited farmers in Chiang Mai on Monday.",
		[]want{{"Gen. Surayud Chulanont", 0, "THAGOV", ""}})
	// a former office is the elite's, as before
	checkResolved(t, "2014-03-14",
		"On Monday former Chief Executive Donald Tsang opened a trade fair in Shenzhen.",
		[]want{{"former Chief Executive Donald Tsang", 0, "HKGELI", ""}})
	// the same office in an apposition
	checkResolved(t, "2007-03-14",
		"Donald Tsang, Hong Kong's chief executive, flew to Tianjin on Monday.",
		[]want{{"Donald Tsang", 0, "HKGGOV", ""}})
	// a rank of another time is not the office of the story's date
	checkResolved(t, "2005-06-01",
		"An old mural in Sirte shows then Colonel Moamer Kadhafi beside a tank.",
		[]want{{"Colonel Moamer Kadhafi", 0, "LBYMIL", ""}})
}

// The Palestinian Authority's presidential guard and national security
// service are police (pseForces); its intelligence service stays SPY.
func TestSession23PSEForces(t *testing.T) {
	checkResolved(t, "2006-11-20",
		"Two members of the Palestinian presidential guard were wounded near Rafah on Monday.",
		[]want{{"Palestinian presidential guard", 0, "PSECOP", ""}})
	checkResolved(t, "2006-11-20",
		"An officer of the Palestinian national security service was abducted in Khan Younis.",
		[]want{{"Palestinian national security service", 0, "PSECOP", ""}})
	checkResolved(t, "2006-11-20",
		"Jordanian troops and the Egyptian presidential guard held a joint drill.",
		[]want{{"Egyptian presidential guard", 0, "EGYMIL", ""}})
}
