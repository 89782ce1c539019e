package timex

import "testing"

// Session 27: sentences written for the session's rules, each with the
// publication date it is read against (1999-03-17 is a Wednesday). The
// first cases of each group fail on the rules before the session; the
// guards pass on both.
var session27Cases = []struct{ text, date, want string }{
	// a weekday in a past clause reported by a verb of telling dated by a
	// day lies on or before the day of the telling
	{"Officials said Monday that the convoy had been attacked Wednesday near the border.", "1999-03-17",
		"Monday|DATE|1999-03-15; Wednesday|DATE|1999-03-10"},
	{"Ms. Corwin told reporters on Tuesday that her son was taken from school Wednesday.", "1999-03-17",
		"Tuesday|DATE|1999-03-16; Wednesday|DATE|1999-03-10"},
	{"The rebels said in a statement Monday that they had shot down a helicopter on Thursday.", "1999-03-18",
		"Monday|DATE|1999-03-15; Thursday|DATE|1999-03-11"},
	{"Officials on Thursday said the fugitive had been spotted Wednesday in a border town.", "1999-03-17",
		"Thursday|DATE|1999-03-11; Wednesday|DATE|1999-03-10"},
	// guards: a future clause, a weekday already before the telling, a
	// verb of telling without a day of its own
	{"A court spokesman said Friday that the verdict would be read on Monday.", "1999-03-18",
		"Friday|DATE|1999-03-12; Monday|DATE|1999-03-22"},
	{"The company said Monday that it had signed the contract Friday.", "1999-03-17",
		"Monday|DATE|1999-03-15; Friday|DATE|1999-03-12"},
	{"Troops killed 12 rebels on Monday, and the army said the fighting went on Tuesday.", "1999-03-17",
		"Monday|DATE|1999-03-15; Tuesday|DATE|1999-03-16"},
	{"Police said yesterday that the gunman had fled the city Tuesday.", "1999-03-18",
		"yesterday|DATE|1999-03-17; Tuesday|DATE|1999-03-16"},
	// a month-day or month granted as a deadline ("has until", "gave ...
	// until") is read as one after "by", whatever the verb of telling
	{"The family has until Jan. 14 to respond, the agency said.", "1999-11-30",
		"Jan. 14|DATE|2000-01-14"},
	{"The agency gave the relatives until Jan. 14 to hand over the boy.", "1999-11-30",
		"Jan. 14|DATE|2000-01-14"},
	// guards: a present perfect grant (read so before), a deadline given
	// months back is over, "until" after a state
	{"Officials said the rebels have been given until March to disarm.", "1999-11-30",
		"March|DATE|2000-03"},
	{"An earlier resolution gave the regime until August 31 to comply.", "1999-11-30",
		"August 31|DATE|1999-08-31"},
	{"The embassy remained closed until Jan. 14.", "1999-11-30",
		"Jan. 14|DATE|1999-01-14"},
	// a step of decades or centuries after a decade or century named is
	// that decade or century moved, not publication's year moved
	{"The town was razed in the early 1990s and rebuilt a decade later.", "1999-03-17",
		"the early 1990s|DATE|199; a decade later|DATE|200"},
	{"The treaty was signed in the 1970s. Two decades later, it was torn up.", "1999-03-17",
		"the 1970s|DATE|197; Two decades later|DATE|199"},
	// guard: after a year, a decade later is a year
	{"The mine opened in 1991 and closed a decade later.", "1999-03-17",
		"1991|DATE|1991; a decade later|DATE|2001"},
}

func TestTagSession27(t *testing.T) {
	for _, c := range session27Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
