package actor

import "testing"

// Review of session 23 on unseen stories (round12.go, orgTitleOfficer): an
// organisation's envoy "for" a country, the title after the head's
// possessive ("the UN Secretary-General's Special Representative for
// Somalia X"), is the organisation's officer, though the KB knows him as a
// former minister of his own country.
func TestOrgEnvoyForCountry(t *testing.T) {
	for _, c := range []struct{ text, date, word, want string }{
		{"Arriving in Mogadishu, the UN Secretary-General's Special Representative for Somalia Francois L. Fall " +
			"met elders on Tuesday.", "2006-11-21", "Fall", "IGOUNO"},
		{"UN Special Representative for Somalia Francois Lonseny Fall toured the camps near Kismayo.", "2006-11-21",
			"Fall", "IGOUNO"},
		// no organisation before the title: the KB's code stands
		{"Francois Lonseny Fall toured the camps near Kismayo.", "2006-11-21", "Fall", "GINELI"},
	} {
		if got := codeCovering(t, c.text, c.date, c.word, 0); got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}
