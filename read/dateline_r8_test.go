package read

import "testing"

// TestDatelineWire: agency datelines with the dash glued to the credit or
// to the story, the day glued to the month, and a dateline on a line after
// a headline or a byline (places round 8).
func TestDatelineWire(t *testing.T) {
	tests := []struct {
		text string
		want string // the dateline's text, "" for none
	}{
		{"ACCRA, Nov. 30 (Xinhua)-- Ministers met on Monday.", "ACCRA"},
		{"ACCRA, Nov. 30 (Xinhua) --Ministers met on Monday.", "ACCRA"},
		{"ACCRA, Nov. 4 (Xinhua)--- Ministers met on Monday.", "ACCRA"},
		{"ACCRA, Nov. 4(Xinhua)-- Ministers met on Monday.", "ACCRA"},
		{"ACCRA, Nov.3 (Xinhua) -- Ministers met on Monday.", "ACCRA"},
		{"Flash: Ghana and Togo sign pact\n\nLOME, Nov. 12 (Xinhua) -- The two ministers signed.", "LOME"},
		{"By Staff Writer Ama Owusu\n\nKUMASI, Ghana, Nov. 2 (Xinhua) -- Traders protested.", "KUMASI, Ghana"},
		{"Flash: Ghana and Togo sign pact\n\nLOME, Nov. 12 (Xinhua) -- The two ministers signed.\n", "LOME"},

		// Not datelines.
		{"Flash: Ghana and Togo sign pact\n\nLOME - The two ministers signed.", ""}, // no date nor credit on a later line
		{"Ghana and Togo signed a pact (update)-- officials said.", ""},             // no place before the credit
		{"Ministers met on Monday in the capital and agreed on a long list of points that the two sides had argued over for months before the talks, officials said after the session ended late at night and before the press was let in.\n\nLOME, Nov. 12 (Xinhua) -- The two ministers signed.", ""}, // a paragraph of the story before
	}
	for _, tc := range tests {
		start, end := datelineSpan(tc.text)
		got := tc.text[start:end]
		if got != tc.want {
			t.Errorf("datelineSpan(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
