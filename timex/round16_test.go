package timex

import "testing"

// Sixteenth round: sentences written for the round's rules, each with the
// publication date it is read against. Each rule has a case that fails on
// the fifteenth round's rules; the others guard what must not change.
var round16Cases = []struct{ text, date, want string }{
	// "last", "next" and "this" before a holiday, and "last year", "next
	// year" or "this year" after it, choose its year.
	{"The two envoys first met last Christmas.", "2006-11-15",
		"last Christmas|DATE|2005-12-25"},
	{"The two envoys met last Christmas.", "2006-12-28",
		"last Christmas|DATE|2006-12-25"},
	{"The embassy will reopen next Easter.", "2006-11-15",
		"next Easter|DATE|2007-04-08"},
	{"The bridge was closed on Thanksgiving Day last year.", "2006-11-15",
		"Thanksgiving Day last year|DATE|2005-11-24"},
	{"The rebels struck at Christmas last year.", "2006-03-02",
		"Christmas last year|DATE|2005-12-25"},
	{"The talks will resume after Christmas.", "2006-11-15",
		"Christmas|DATE|2006-12-25"},
	// Days named by a weekday are not that weekday of the story's week.
	{"The bishop led a procession on Good Friday.", "2006-11-15",
		"Good Friday|DATE|2006-04-14"},
	{"The markets were shut on Easter Monday.", "2006-11-15",
		"Easter Monday|DATE|2006-04-17"},
	{"Pilgrims gathered on Palm Sunday 2004.", "2006-11-15",
		"Palm Sunday 2004|DATE|2004-04-04"},
	{"The council will sit again on Friday.", "2006-11-15", "Friday|DATE|2006-11-17"},
	{"Voters in the province backed the Good Friday Agreement.", "1998-05-20", ""},
	{"Voters in the province backed the Good Friday agreement.", "1998-05-20", ""},
	{"Historians recalled the Easter Monday Rising.", "1998-05-20", ""},
	// Fixed and US holidays.
	{"The stores open early on Boxing Day.", "2006-11-15", "Boxing Day|DATE|2006-12-26"},
	{"He proposed to her on Valentine's Day.", "2006-11-15", "Valentine's Day|DATE|2006-02-14"},
	{"Children went from door to door on Halloween.", "2006-11-15", "Halloween|DATE|2006-10-31"},
	{"Unions marched through the capital on May Day.", "2006-11-15", "May Day|DATE|2006-05-01"},
	{"The strike will end by Labor Day.", "2006-11-15", "Labor Day|DATE|2007-09-03"},
	{"The statue was unveiled on Memorial Day 2004.", "2006-11-15", "Memorial Day 2004|DATE|2004-05-31"},
	{"Veterans laid wreaths on Veterans Day.", "2006-11-15", "Veterans Day|DATE|2006-11-11"},
	{"The Memorial Day Parade was cancelled.", "2006-11-15", ""},
	{"He sold Valentine's Day cards at the market.", "2006-11-15", ""},
	{"The shipment may arrive any day.", "2006-11-15", ""},
	// "the first two quarters" are the first half of the year.
	{"Profit fell in the first two quarters of 2006.", "2006-11-15",
		"the first two quarters of 2006|DATE|2006-H1"},
	{"Output grew in the last two quarters of 2005.", "2006-11-15",
		"the last two quarters of 2005|DATE|2005-H2"},
	{"Sales rose in the first two quarters.", "2006-11-15",
		"the first two quarters|DATE|2006-H1"},
	{"Sales rose in the last two quarters.", "2006-11-15",
		"the last two quarters|DURATION|P2Q"},
	// "the week before last": two weeks back, also months and years.
	{"The envoy was in Cairo the week before last.", "2006-11-15",
		"the week before last|DATE|2006-W44"},
	{"Prices rose the year before last.", "2006-11-15",
		"the year before last|DATE|2004"},
	// "the last week of October": a week of that month, one expression.
	{"The ban was imposed in the last week of October.", "2006-11-15",
		"the last week of October|DATE|2006-W43"},
	{"The army withdrew in the first week of November.", "2006-11-15",
		"the first week of November|DATE|2006-W44"},
	{"The summit will take place in the third week of January.", "2006-11-15",
		"the third week of January|DATE|2007-W03"},
	{"The ban was imposed in the first week of the war.", "2006-11-15", ""},
	// "in past years", "in previous years": when, as "in recent years".
	{"As in previous years, the motion was blocked.", "2006-11-15",
		"previous years|DATE|PAST_REF"},
	{"There were riots in past years too.", "2006-11-15", "past years|DATE|PAST_REF"},
	{"Prices have doubled over the past years.", "2006-11-15",
		"the past years|DURATION|PXY"},
	// "annually" is an adverb only, never an adjective of the noun after it.
	{"The games are held here annually for the patron saint.", "2006-11-15",
		"annually|SET|P1Y"},
	{"The firm pays a quarterly dividend.", "2006-11-15", ""},
	// A clock time right after "at" and a day is that day's, however far
	// the day lies from publication.
	{"The court will hear the appeal on May 11 at 9 a.m.", "2000-04-17",
		"May 11|DATE|2000-05-11; 9 a.m.|TIME|2000-05-11T09:00"},
	{"The judge was shot on Oct. 23, 1998, at 10 p.m.", "2000-04-17",
		"Oct. 23, 1998|DATE|1998-10-23; 10 p.m.|TIME|1998-10-23T22:00"},
	{"The judge was shot on Oct. 23, 1998. Police arrived at 10 p.m.", "2000-04-17",
		"Oct. 23, 1998|DATE|1998-10-23; 10 p.m.|TIME|2000-04-17T22:00"},
	// A capitalised season that begins a name is no season.
	{"The skater trained for the Winter Olympics.", "2005-11-11", ""},
	{"The mascot first appeared at the 1968 Winter Games.", "2005-11-11", "1968|DATE|1968"},
	{"Families gather for the Mid-Autumn Festival.", "2005-11-11", ""},
	{"The vote is due in the Spring, officials said.", "2005-11-11", "the Spring|DATE|2006-SP"},
	{"Summer Is Over For Investors", "2005-11-11", "Summer|DATE|2005-SU"},
	// "year-long" and "month-long" are lengths, as "week-long" is.
	{"The army ended its year-long siege of the port.", "2006-11-15", "year-long|DURATION|P1Y"},
	{"Rockets broke a month-long truce.", "2006-11-15", "month-long|DURATION|P1M"},
	{"The fighting ended a week-long truce.", "2006-11-15", "week-long|DURATION|P1W"},
	{"The year-end figures were weak.", "2006-11-15", "year-end|DATE|2006"},
}

func TestTagRound16(t *testing.T) {
	for _, c := range round16Cases {
		if got := show(tag(c.text, c.date)); got != c.want {
			t.Errorf("%q (%s)\n got  %s\n want %s", c.text, c.date, got, c.want)
		}
	}
}
