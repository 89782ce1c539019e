package actor

import "testing"

// A country's word on a currency, or "US" closing an amount, names no
// actor; a country before other words keeps its code.
func TestCurrencyCountries(t *testing.T) {
	for _, c := range []struct{ text, word, want string }{
		{"Kenya will pay 40 million US dollars for the new bridge.", "US", ""},
		{"The court fined the trader 20,000 Singapore dollars (14,000 US) on Friday.", "Singapore", ""},
		{"The court fined the trader 20,000 Singapore dollars (14,000 US) on Friday.", "US", ""},
		// not a currency
		// a year before "US", and a number with its noun after "US"
		// (session 23, helper currency)
		{"Officials said the 1999 US and French plan for the island had failed.", "US", "USA"},
		{"Some 4,000 US soldiers left the base in Kandahar on Monday.", "US", "USAMIL"},
		{"The US will send a new envoy to Nairobi, officials said.", "US", "USA"},
		{"A runner from Kenya won the race in Osaka on Sunday.", "Kenya", "KEN"},
	} {
		if got := codeCovering(t, c.text, "2006-11-20", c.word, 0); got != c.want && !(c.want == "" && got == "<missing>") {
			t.Errorf("%q in %q → %q, want %q", c.word, c.text, got, c.want)
		}
	}
}
