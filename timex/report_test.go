package timex

import "testing"

// reportCases: a day that dates the telling ("police said Monday") after a
// day of its sentence is no anchor for "the same day" or "the day before"
// (session 22); alone in its sentence it still is.
var reportCases = []struct{ text, date, want string }{
	{"Two soldiers died in a mine blast on Sunday in western Kenya, police said Monday. " +
		"On the same day, troops and militants clashed near Mandera.", "2026-11-24",
		"Sunday|DATE|2026-11-22; Monday|DATE|2026-11-23; the same day|DATE|2026-11-22"},
	{"A ferry sank on Lake Victoria on Friday, officials said on Saturday. The day before, a storm hit the lake.", "2026-11-24",
		"Friday|DATE|2026-11-20; Saturday|DATE|2026-11-21; The day before|DATE|2026-11-19"},
	{"Police said Monday that the blast killed two soldiers. On the same day, troops clashed with militants.", "2026-11-24",
		"Monday|DATE|2026-11-23; the same day|DATE|2026-11-23"},
}

func TestTagReportDay(t *testing.T) {
	for _, c := range reportCases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
