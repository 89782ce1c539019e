package read

import "testing"

func TestDateline(t *testing.T) {
	tests := []struct {
		text string
		want string // the dateline's text, "" for none
	}{
		{"LIMA - Ministers met on Monday.", "LIMA"},
		{"LIMA (Reuters) - Ministers met on Monday.", "LIMA"},
		{"NEW YORK, May 3 (AP) — The council voted.", "NEW YORK"},
		{"KUALA LUMPUR, Malaysia (AP) -- Lawmakers argued.", "KUALA LUMPUR, Malaysia"},
		{"Jakarta — Flood waters receded.", "Jakarta"},
		{"BEIJING, Sept. 12 (Xinhua) -- Officials said.", "BEIJING"},
		{"GENEVA, 3 May (Reuters) - Talks resumed.", "GENEVA"},
		{"LIMA, Peru, May 3, 2024 (Reuters) - Talks resumed.", "LIMA, Peru"},
		{"WASHINGTON, D.C. - The Senate adjourned.", "WASHINGTON, D.C."},
		{"RIO DE JANEIRO (AFP) - Carnival opened.", "RIO DE JANEIRO"},
		{"Rio de Janeiro - Carnival opened.", "Rio de Janeiro"},
		{"Berlin (dpa) – Die Regierung tagte.", "Berlin"},
		{"WASHINGTON—The Senate adjourned.", "WASHINGTON"},
		{"THE HAGUE (Reuters) - Judges ruled.", "THE HAGUE"},

		// Not datelines.
		{"Officials - including two ministers - met on Monday.", ""},
		{"The minister said talks - which had stalled - would resume.", ""},
		{"He left - and did not return.", ""},
		{"Protesters — some carrying flags — marched to the square.", ""},
		{"Negotiators - tired but upbeat - emerged at dawn.", ""},
		{"The Hague - a city of courts - hosted the talks.", ""},
		{"Ministers met in LIMA - the capital - on Monday.", ""},
		{"LIMA-based analysts said prices rose.", ""},
		{"Prices rose 3 - 4 percent.", ""},
		{"LIMA -", ""},
		{"SAN JOSE DEL MONTE NORTE WEST - Residents voted.", ""},
		{"Ministers met on Monday.\nLIMA - Later they left.", ""},
		{"", ""},
	}
	for _, tc := range tests {
		end := datelineEnd(tc.text)
		if got := tc.text[:end]; got != tc.want {
			t.Errorf("datelineEnd(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
