package actor

import "testing"

// Central banks are their state's (session 12 curated rows,
// data/kb/institutions.tsv), and so are their acronyms.
func TestResolveCentralBanks(t *testing.T) {
	checkResolved(t, "1997-04-16",
		"The Reserve Bank of India cut its bank rate on Wednesday. The RBI said inflation had eased.",
		[]want{{"Reserve Bank of India", 0, "INDGOVBUS", ""}, {"RBI", 0, "INDGOVBUS", ""}})
	checkResolved(t, "2024-03-19",
		"The Bank of Japan ended negative interest rates on Tuesday.",
		[]want{{"Bank of Japan", 0, "JPNGOVBUS", ""}})
	// letters another body uses stay uncoded; a story's own spelling of
	// other words wins over a KB body with the same initials (sameWords)
	checkResolved(t, "2026-05-01",
		"British business lobby the CBI called on the chancellor to cut taxes.",
		[]want{{"CBI", 0, "-", ""}})
	checkResolved(t, "2026-05-01",
		"The Christian Broadcasting Network (CBN) interviewed the president. CBN said the interview would air on Sunday.",
		[]want{{"CBN", 1, "-", ""}})
	checkResolved(t, "2026-05-01",
		"The Organisation of Petroleum Exporting Countries agreed to cut output. OPEC said the cut would start in May.",
		[]want{{"OPEC", 0, "IGOBUSOPC", ""}})
}
