package actor

import "testing"

// Review of session 14's composition rules: each case coded wrongly with
// the rules as first committed. Every sentence is written for the test.
func TestComposeReview14(t *testing.T) {
	// a victim after a country's group and an act is not its member
	checkResolved(t, "2006-05-10", "A Kenyan army officer beat student Peter Otieno in Kisumu.",
		[]want{{"student Peter Otieno", 0, "", ""}})
	// the group's title before the name still makes him its member
	checkResolved(t, "2006-05-10", "The Kenyan army spokesman Paul Njuguna denied the report.",
		[]want{{"Kenyan army spokesman Paul Njuguna", 0, "KENMIL", ""}})
	// a company's president is no minister
	checkResolved(t, "2006-05-10", "Kenji Sato, president of Tanaka Motors, said sales rose in Japan.",
		[]want{{"Kenji Sato", 0, "", ""}})
	// someone's deputy is no deputy of parliament
	checkResolved(t, "2006-05-10", "Kenya's transport minister will be replaced by his deputy, John Kamau.",
		[]want{{"John Kamau", 0, "", ""}})
	// a court in a town that seats international courts may be one of them
	checkResolved(t, "2006-05-10", "The court in Luxembourg struck down the French law.",
		[]want{{"court", 0, "-", ""}})
	// "Bank of X" may be a central bank or a lender
	if got := orgNameSector([]string{"Bank", "of", "Uganda"}); got != "" {
		t.Errorf("Bank of Uganda: %q, want none", got)
	}
	if got := orgNameSector([]string{"National", "Bank", "of", "Ethiopia"}); got != "" {
		t.Errorf("National Bank of Ethiopia: %q, want none", got)
	}
}
