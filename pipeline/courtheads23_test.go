package pipeline

import (
	"strings"
	"testing"
)

// Court heads (session 23, actor/internal/kbgen classSector): the president
// of a supreme court is the judiciary (JUD), not the government (the office
// had a head of state's class, so GOV).
func TestCourtHeadsJudiciary(t *testing.T) {
	for _, c := range []struct{ text, date string }{
		{"Zhou Qiang met the Russian ambassador in Beijing on Monday.", "2016-03-01"},
		{"Xiao Yang told visiting Kenyan judges on Tuesday that China would train more court staff.", "2005-06-01"},
	} {
		got := eventsOf(t, c.text, c.date, 0)
		if !strings.Contains(got, "CHNJUD>") || strings.Contains(got, "CHNGOV>") {
			t.Errorf("%q: events %q, want the court's president as CHNJUD", c.text, got)
		}
	}
}
