package read

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" = refused
	}{
		{"2024-05-02", "2024-05-02"},
		{" 2024-5-2 ", "2024-05-02"},
		{"2024/05/02", "2024-05-02"},
		{"2024.05.02", "2024-05-02"},
		{"20240502", "2024-05-02"},
		{"2024-05-02T23:30:00-05:00", "2024-05-02"}, // the date as written, not UTC
		{"2024-05-02T10:00:00Z", "2024-05-02"},
		{"2024-05-02T10:00:00.123+0200", "2024-05-02"},
		{"2024-05-02 10:00:00 +0000 UTC", "2024-05-02"},
		{"2024-05-02 10:00", "2024-05-02"},
		{"May 2, 2024", "2024-05-02"},
		{"Sept. 12, 2023", "2023-09-12"},
		{"2 May 2024", "2024-05-02"},
		{"2nd of May 2024", "2024-05-02"},
		{"Thu, 02 May 2024 10:00:00 GMT", "2024-05-02"},
		{"Thursday, May 2, 2024", "2024-05-02"},
		{"2024-02-29", "2024-02-29"},

		{"2023-02-29", ""}, // not a leap year
		{"2024-13-01", ""},
		{"2024-05-02 LIMA said", ""},
		{"02/05/2024", ""}, // day-first or month-first?
		{"yesterday", ""},
		{"Mayday 2, 2024", ""},
		{"", ""},
	}
	for _, tc := range tests {
		got, ok := ParseDate(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestLooksLikeDate(t *testing.T) {
	for in, want := range map[string]bool{
		"2024-05-02":                    true,
		"2024-13-45":                    true,
		"02/05/2024":                    true,
		"May 2, 2024":                   true,
		"Thu, 02 May 2024 10:00:00 GMT": true,
		"night at the embassy":          false,
		"2024-05-02 LIMA - Ministers":   false,
		"tomorrow":                      false,
	} {
		if got := looksLikeDate(in); got != want {
			t.Errorf("looksLikeDate(%q) = %v, want %v", in, got, want)
		}
	}
}
