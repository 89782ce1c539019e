package actor

import "testing"

// A judge who stood in for a Governor General for a few months is known by
// the judge's office, not as a head of state: the bare surname names
// someone else in the news (session 13; kbgen standIn).
func TestStandInSurname(t *testing.T) {
	checkResolved(t, "2023-06-24",
		"Wagner said the mutiny was over and his men would go back to their camps.",
		[]want{{"Wagner", 0, "-", ""}})
	// the full name still finds the judge
	checkResolved(t, "2023-06-24",
		"Chief Justice Richard Wagner opened the hearing in Ottawa.",
		[]want{{"Chief Justice Richard Wagner", 0, "CANJUD", ""}})
}
