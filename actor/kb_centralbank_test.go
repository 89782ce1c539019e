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
}
