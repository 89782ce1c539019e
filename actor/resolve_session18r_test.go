package actor

import (
	"strings"
	"testing"
)

// Session 18, review of actor round 7 (helper review4): the new KB rows
// must not take names they do not mean. Every sentence is written for the
// test.
func TestSession18KBRowsReview(t *testing.T) {
	for _, c := range []struct{ text, date, mention, want string }{
		// a bare "Figaro" is the opera's barber, not the Paris daily
		{"The opera The Marriage of Figaro opened in Vienna on Friday.", "2012-06-10", "Figaro", ""},
		{"The Le Figaro newspaper said the minister would resign.", "2012-06-10", "Le Figaro", "FRAMED"},
		// Sky News's Australian channel is Australian
		{"Sky News Australia reported that the talks had failed.", "2012-06-10", "Sky News Australia", "AUSMED"},
		{"Sky News reported that the minister would resign.", "2012-06-10", "Sky News", "GBRMED"},
		// a person named Moody, then "Moody's": the person's, not the
		// rating agency
		{"Florida Attorney General Ashley Moody sued the company. Moody's office said the suit was filed on Monday.", "2021-06-10", "Moody", "USAJUD"},
		{"Moody's downgraded the bonds of two regional lenders on Monday.", "2012-06-10", "Moody", "MNC"},
	} {
		// the entity holding the name (the recogniser's span may be
		// longer: "Marriage of Figaro", "Le Figaro newspaper")
		d := resolveText(t, c.date, c.text)
		got := "<missing>"
		for _, e := range d.Entities {
			if strings.Contains(e.Text, c.mention) && !strings.Contains(e.Text, "Ashley") {
				got = ""
				if e.Actor != nil {
					got = e.Actor.Code
				}
				break
			}
		}
		if got != c.want {
			t.Errorf("%q in %q → %q, want %q", c.mention, c.text, got, c.want)
		}
	}
}
