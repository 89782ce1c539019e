package event_test

// Dates, session 23 (event/when_r10.go), with the whole pipeline on
// sentences written for these tests.

import "testing"

// wantDate checks the date of every event on word in sentence si.
func wantDate(t *testing.T, date, text string, si int, word, want, typ string) {
	t.Helper()
	d := codeStory(t, date, text)
	for _, e := range storyEvents(t, d, si, word) {
		if e.Date != want || e.DateType != typ {
			t.Errorf("%s %q dated %s (%s), want %s (%s)", e.Cameo, e.Action.Text, e.Date, e.DateType, want, typ)
		}
	}
}

// TestLeadDayToldLater: a lead's killing dated only by the report takes
// the day two sentences on give it, told again with the same number of
// victims; not when the later killing is set apart by "also" (the first
// case fails without laterLeadDates, the second without its "also" guard).
func TestLeadDayToldLater(t *testing.T) {
	lead := "Kenyan troops killed five militants and seized weapons in raids in northern Kenya, the army said on Friday.\n\n"
	wantDate(t, "2026-11-27", lead+"The troops searched villages near Mandera for two days.\n\n"+
		"During a raid late on Wednesday five militants were killed, the army said.",
		0, "killed", "2026-11-25", "exact")
	wantDate(t, "2026-11-27", lead+"The troops searched villages near Mandera for two days.\n\n"+
		"The troops also killed two militants near Mandera on Wednesday.",
		0, "killed", "2026-11-27", "approximate")
}

// TestLeadRemarkDay: a lead's remark dated only by the report takes the
// day the next sentence says it was made: a quotation closed by "the
// minister said on Thursday", or "made the remarks on Wednesday".
func TestLeadRemarkDay(t *testing.T) {
	wantDate(t, "2026-11-27", "Ghana's foreign minister has criticised the sanctions imposed on Togo, the state radio said on Friday.\n\n"+
		"\"These measures punish ordinary people,\" the minister said on Thursday at a news conference in Accra.",
		0, "criticised", "2026-11-26", "exact")
	wantDate(t, "2026-11-27", "The Nigerian government has praised Ghana for its help in the talks, the official agency said Friday.\n\n"+
		"Foreign Minister Ada Okafor made the remarks on Wednesday in Abuja before a visiting Ghanaian delegation.",
		0, "praised", "2026-11-25", "exact")
}

// TestCountedDayNotMovedBack: "ten days later" counted by the tagger from
// the wrong time landed after publication in a past clause; it dated
// nothing rather than the same day a year before. Since session 34 the
// tagger counts it from the month named before (timex StepInCoarser,
// keeping the month's grain): October, approximate, still not a year back.
func TestCountedDayNotMovedBack(t *testing.T) {
	wantDate(t, "2026-11-10", "The officials of the sports council were accused of fraud last month, a week after the scandal broke.\n\n"+
		"Ugandan ministers disbanded the council ten days later and set up an interim board.",
		1, "disbanded", "2026-10", "approximate")
}

// TestPlanCarriedFromVisit: talks planned between the two countries' leaders,
// with no time of their own, take the day of the visit planned in the
// sentence before; not across a sentence that tells another happening on a
// day of its own.
func TestPlanCarriedFromVisit(t *testing.T) {
	lead := "Ghanaian President Kwame Mensah will visit Kenya from Dec. 3 and hold talks with Kenyan President William Ruto, the foreign ministry said on Tuesday.\n\n"
	talks := "Mensah and Ruto are to discuss trade and security along the coast."
	wantDate(t, "2026-11-24", lead+talks, 1, "discuss", "2026-12-03", "exact")
	wantDate(t, "2026-11-24", lead+"A Ghanaian trade fair opened in Nairobi on Monday.\n\n"+talks, 2, "discuss", "2026-11-24", "unresolved")
}
