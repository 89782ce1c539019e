package event

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/timex"
)

// wordFinder names actors by the word heading a phrase.
type wordFinder map[string]doc.Actor

func (f wordFinder) Actors(d *doc.Document, sentence, head int) []doc.Actor {
	t := d.Tokens[head]
	a, ok := f[d.Text[t.Start:t.End]]
	if !ok {
		return nil
	}
	a.Mention = &doc.Mention{Start: t.Start, End: t.End, Text: d.Text[t.Start:t.End]}
	return []doc.Actor{a}
}

var whenActors = wordFinder{
	"Ruto":     {Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"},
	"Abiy":     {Name: "Abiy Ahmed", Code: "ETHGOV", Country: "ETH", Sector: "GOV"},
	"Lula":     {Name: "Lula", Code: "BRAGOV", Country: "BRA", Sector: "GOV"},
	"Brasília": {Name: "Brazil", Code: "BRA", Country: "BRA"},
	"Somalia":  {Name: "Somalia", Code: "SOM", Country: "SOM"},
	"troops":   {Name: "Kenyan troops", Code: "KENMIL", Country: "KEN", Sector: "MIL"},
}

// dated builds a parsed sentence (mini's format) published on Thursday
// 2024-05-02, tags its time expressions, codes it and dates its events.
func dated(t *testing.T, src string) *doc.Document {
	t.Helper()
	d := mini(t, src)
	timex.Tag(d)
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	New(pats, Options{}).Code(d, whenActors)
	Date(d)
	Place(d)
	return d
}

// eventOn returns the event whose action span begins with word.
func eventOn(t *testing.T, d *doc.Document, word string) doc.Event {
	t.Helper()
	for _, e := range d.Events {
		if strings.HasPrefix(e.Action.Text, word) {
			return e
		}
	}
	t.Fatalf("no event on %q in %q: %+v", word, d.Text, d.Events)
	return doc.Event{}
}

func TestDateWeekdayPast(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
in = ADP 5 case
Accra = PROPN 2 obl
on = ADP 7 case
Friday = PROPN 2 obl
. = PUNCT 2 punct`)
	e := eventOn(t, d, "met")
	// The Friday before Thursday 2024-05-02.
	if e.Date != "2024-04-26" || e.DateEnd != "" || e.DateType != DateExact {
		t.Errorf("date %q end %q type %q", e.Date, e.DateEnd, e.DateType)
	}
}

func TestDateDeadline(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 3 nsubj
will = AUX 3 aux
visit = VERB 0 root
Brasília = PROPN 3 obj
before = ADP 7 case
April = PROPN 3 obl
30 = NUM 6 nummod
. = PUNCT 3 punct`)
	e := eventOn(t, d, "visit")
	if e.Modality != "intended" {
		t.Errorf("modality %q", e.Modality)
	}
	// The next April 30, a deadline: a range from publication.
	if e.Date != "2024-05-02" || e.DateEnd != "2025-04-30" || e.DateType != DateRange {
		t.Errorf("date %q end %q type %q", e.Date, e.DateEnd, e.DateType)
	}

	d = dated(t, `
Ruto = PROPN 3 nsubj
will = AUX 3 aux
visit = VERB 0 root
Brasília = PROPN 3 obj
by = ADP 7 case
the = DET 7 det
end = NOUN 3 obl
of = ADP 10 case
the = DET 10 det
year = NOUN 7 nmod
. = PUNCT 3 punct`)
	e = eventOn(t, d, "visit")
	if e.Date != "2024-05-02" || e.DateEnd != "2024" || e.DateType != DateRange {
		t.Errorf("end of year: date %q end %q type %q", e.Date, e.DateEnd, e.DateType)
	}
}

func TestDateMonthAndNone(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
last = ADJ 5 amod
month = NOUN 2 obl:tmod
. = PUNCT 2 punct`)
	e := eventOn(t, d, "met")
	if e.Date != "2024-04" || e.DateType != DateApprox {
		t.Errorf("last month: date %q type %q", e.Date, e.DateType)
	}

	d = dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
. = PUNCT 2 punct`)
	e = eventOn(t, d, "met")
	if e.Date != "2024-05-02" || e.DateType != DateUnresolved || e.DateEnd != "" {
		t.Errorf("no timex: date %q end %q type %q", e.Date, e.DateEnd, e.DateType)
	}
}

// TestDateOtherClause: a date in a relative clause dates that clause only.
func TestDateOtherClause(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
, = PUNCT 6 punct
who = PRON 6 nsubj
arrived arrive VERB 3 acl:relcl
on = ADP 8 case
Friday = PROPN 6 obl
. = PUNCT 2 punct`)
	e := eventOn(t, d, "met")
	if e.Date != "2024-05-02" || e.DateType != DateUnresolved {
		t.Errorf("date %q type %q, want the publication date unresolved", e.Date, e.DateType)
	}
}

// TestDateGoverning: a coordinated verb shares its first verb's date, and
// an event reported by a dated clause takes that date, approximate.
func TestDateGoverning(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
on = ADP 5 case
Monday = PROPN 2 obl
and = CCONJ 7 cc
praised praise VERB 2 conj
Lula = PROPN 7 obj
. = PUNCT 2 punct`)
	e := eventOn(t, d, "praised")
	if e.Date != "2024-04-29" || e.DateType != DateExact {
		t.Errorf("conjunct: date %q type %q", e.Date, e.DateType)
	}
}

func TestDateOf(t *testing.T) {
	d := &doc.Document{Date: "2024-05-02"}
	cases := []struct{ v, date, typ string }{
		{"2024-04-30", "2024-04-30", DateExact},
		{"2024-04-30TNI", "2024-04-30", DateExact},
		{"2024-04", "2024-04", DateApprox},
		{"2024-W18", "2024-W18", DateApprox},
		{"PAST_REF", "2024-05-02", DateApprox},
		{"XXXX-04-30", "", DateUnresolved},
		{"", "", DateUnresolved},
	}
	for _, c := range cases {
		if date, typ := dateOf(d, c.v); date != c.date || typ != c.typ {
			t.Errorf("dateOf(%q) = %q %q, want %q %q", c.v, date, typ, c.date, c.typ)
		}
	}
}

func TestFixWeekday(t *testing.T) {
	d := &doc.Document{Date: "2024-05-02"}
	x := &doc.Timex{Text: "Friday", Value: "2024-05-03"}
	if v := fixWeekday(d, x, false, true); v != "2024-04-26" {
		t.Errorf("past clause: %s", v)
	}
	if v := fixWeekday(d, x, true, false); v != "2024-05-03" {
		t.Errorf("future clause: %s", v)
	}
	x = &doc.Timex{Text: "next Friday", Value: "2024-05-10"}
	if v := fixWeekday(d, x, false, true); v != "2024-05-10" {
		t.Errorf("an explicit next is kept: %s", v)
	}
}

func TestAfter(t *testing.T) {
	if after("2024-05-02", "2024") || !after("2025-01", "2024-12-31") || after("2024-04-30", "2024-05") {
		t.Error("after")
	}
}

func TestDateRangeAndSince(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
from = ADP 5 case
May = PROPN 2 obl
6 = NUM 5 nummod
to = ADP 8 case
May = PROPN 5 nmod
9 = NUM 8 nummod
. = PUNCT 2 punct`)
	e := eventOn(t, d, "met")
	if e.Date != "2024-05-06" || e.DateEnd != "2024-05-09" || e.DateType != DateRange {
		t.Errorf("from-to: date %q end %q type %q (timexes %+v)", e.Date, e.DateEnd, e.DateType, d.Timexes)
	}
	d = dated(t, `
Ruto = PROPN 2 nsubj
attacked attack VERB 0 root
Abiy = PROPN 2 obj
since = ADP 5 case
March = PROPN 2 obl
. = PUNCT 2 punct`)
	e = eventOn(t, d, "attacked")
	if e.Date != "2024-03" || e.DateEnd != "2024-05-02" || e.DateType != DateRange {
		t.Errorf("since: date %q end %q type %q", e.Date, e.DateEnd, e.DateType)
	}
}

// TestDateReported: a reported event takes the reporting clause's date as
// approximate; an intended one does not take it by rule 2, only as the day of
// its voicing (session 33; with Round33Places off, not at all).
func TestDateReported(t *testing.T) {
	d := dated(t, `
Officials official NOUN 2 nsubj
said say VERB 0 root
on = ADP 4 case
Monday = PROPN 2 obl
Ruto = PROPN 6 nsubj
attacked attack VERB 2 ccomp
Abiy = PROPN 6 obj
. = PUNCT 2 punct`)
	e := eventOn(t, d, "attacked")
	if e.Date != "2024-04-29" || e.DateType != DateApprox {
		t.Errorf("reported: date %q type %q", e.Date, e.DateType)
	}
	d = dated(t, `
Officials official NOUN 2 nsubj
said say VERB 0 root
on = ADP 4 case
Monday = PROPN 2 obl
Ruto = PROPN 7 nsubj
will = AUX 7 aux
visit = VERB 2 ccomp
Abiy = PROPN 7 obj
. = PUNCT 2 punct`)
	e = eventOn(t, d, "visit")
	// Rule 2 refuses the intent the reporting clause's day as the visit's;
	// session 33 (voicedDates, when_r33.go) then dates it as the intent's
	// voicing, approximate (the places gold's rule 7).
	if e.Date != "2024-04-29" || e.DateType != DateApprox {
		t.Errorf("reported intention: date %q type %q", e.Date, e.DateType)
	}
	Round33Places = false
	defer func() { Round33Places = true }()
	Date(d)
	e = eventOn(t, d, "visit")
	if e.Date != "2024-05-02" || e.DateType != DateUnresolved {
		t.Errorf("reported intention, round 33 off: date %q type %q", e.Date, e.DateType)
	}
}

// TestDateHistorical: the news coder drops an event dated two calendar
// years or more before publication (historical background); one a year
// back, a range reaching publication, or any event when Date alone is
// asked, stays.
func TestDateHistorical(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	news := New(pats, NewsOptions())
	code := func(src string) *doc.Document {
		d := mini(t, src)
		timex.Tag(d)
		news.Code(d, whenActors)
		Date(d)
		return d
	}
	for _, tc := range []struct {
		year string
		keep bool
	}{{"2021", false}, {"2022", false}, {"2023", true}} {
		src := `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
in = ADP 5 case
` + tc.year + ` = NUM 2 obl
. = PUNCT 2 punct`
		if got := len(code(src).Events) > 0; got != tc.keep {
			t.Errorf("met in %s: kept %v, want %v", tc.year, got, tc.keep)
		}
		if d := dated(t, src); len(d.Events) == 0 {
			t.Errorf("met in %s: Date alone dropped the event", tc.year)
		}
	}
	d := code(`
Kenyan = ADJ 2 amod
troops troop NOUN 5 nsubj
have have AUX 5 aux
been be AUX 5 aux
fighting fight VERB 0 root
Somalia = PROPN 5 obj
since = ADP 8 case
2019 = NUM 5 obl
. = PUNCT 5 punct`)
	if len(d.Events) == 0 {
		t.Errorf("fighting since 2019: dropped, want kept as a range")
	}
}

func TestLastYear(t *testing.T) {
	for _, c := range []struct {
		v    string
		want int
		ok   bool
	}{{"2005-11-27", 2005, true}, {"2005", 2005, true}, {"19", 1999, true}, {"192", 1929, true}, {"02", 299, true}, {"X", 0, false}, {"PAST_REF", 0, false}, {"", 0, false}} {
		if y, ok := lastYear(c.v); y != c.want || ok != c.ok {
			t.Errorf("lastYear(%q) = %d, %v; want %d, %v", c.v, y, ok, c.want, c.ok)
		}
	}
}

// An appeal's time and place are not those of the act it asks for: "urged
// Abiy to investigate the shooting in Accra on Friday" was urged on the day
// of publication, wherever the story says, not on Friday in Accra.
func TestAppealNotDatedOrPlacedByActAskedFor(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
urged urge VERB 0 root
Abiy = PROPN 2 obj
to = PART 5 mark
investigate = VERB 2 xcomp
the = DET 7 det
shooting = NOUN 5 obj
in = ADP 9 case
Accra = PROPN 7 nmod
on = ADP 11 case
Friday = PROPN 5 obl
. = PUNCT 2 punct`)
	d.Places = []doc.Place{placeAt(t, d, "Accra", "GHA", "city")}
	Place(d)
	e := eventOn(t, d, "urged")
	if !strings.HasPrefix(e.Cameo, "02") {
		t.Fatalf("want an appeal, got %+v", e)
	}
	if e.DateType != DateUnresolved {
		t.Errorf("dated %q (%s) by the act asked for", e.Date, e.DateType)
	}
	if e.Place != nil {
		t.Errorf("placed at %+v by the act asked for", e.Place)
	}
}

// A conjunct with its own subject and a present perfect keeps no time of
// the clause before it.
func TestDateConjunctPerfectOwnTime(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
last = ADJ 5 amod
year = NOUN 2 obl:tmod
and = CCONJ 9 cc
Lula = PROPN 9 nsubj
has have AUX 9 aux
visited visit VERB 2 conj
Somalia = PROPN 9 obj
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "met"); e.Date != "2023" {
		t.Errorf("met dated %q, want 2023", e.Date)
	}
	if e := eventOn(t, d, "visited"); e.DateType != DateUnresolved {
		t.Errorf("visited dated %q (%s) by the other clause's time", e.Date, e.DateType)
	}
}

func TestDateForDayIsTheObjectsPlannedTime(t *testing.T) {
	// published Thursday 2024-05-02: "a strike for Friday" is the coming
	// Friday though "called" is past, and the conjoined demand does not
	// take the strike's day
	d := dated(t, `
Ruto = PROPN 2 nsubj
called call VERB 0 root
a = DET 5 det
nationwide = ADJ 5 amod
strike = NOUN 2 obj
for = ADP 7 case
Friday = PROPN 2 obl
and = CCONJ 9 cc
demanded demand VERB 2 conj
the = DET 11 det
release = NOUN 9 obj
of = ADP 13 case
Abiy = PROPN 11 nmod
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "called"); e.Date != "2024-05-03" {
		t.Errorf("called a strike dated %q, want the coming Friday 2024-05-03", e.Date)
	}
	if e := eventOn(t, d, "demanded"); e.DateType != DateUnresolved {
		t.Errorf("demanded dated %q (%s) by the strike's day", e.Date, e.DateType)
	}
}

func TestDateForDayPrayersIsNoPlannedTime(t *testing.T) {
	// "for Friday prayers": the day modifies a noun; the past meeting
	// keeps the past Friday (a reviewer's case)
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
for = ADP 6 case
Friday = PROPN 6 compound
prayers prayer NOUN 2 obl
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "met"); e.Date != "2024-04-26" {
		t.Errorf("met dated %q, want the past Friday 2024-04-26", e.Date)
	}
}

func TestDateNestedHappeningKeepsItsOwnTime(t *testing.T) {
	// "praised the army for its help in a raid last month": last month is
	// the raid's; the praise is the story's (published 2024-05-02)
	d := dated(t, `
Ruto = PROPN 2 nsubj
praised praise VERB 0 root
the = DET 4 det
army = NOUN 2 obj
for = ADP 7 case
its = PRON 7 nmod:poss
help = NOUN 4 nmod
in = ADP 10 case
a = DET 10 det
raid = NOUN 7 nmod
last = ADJ 12 amod
month = NOUN 10 obl:unmarked
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "praised"); e.DateType != DateUnresolved {
		t.Errorf("praised dated %q (%s) by the raid's month", e.Date, e.DateType)
	}
	// a war is a happening too: its years are not the praise's
	d = dated(t, `
Ruto = PROPN 2 nsubj
praised praise VERB 0 root
the = DET 4 det
army = NOUN 2 obj
for = ADP 7 case
its = PRON 7 nmod:poss
help = NOUN 4 nmod
in = ADP 11 case
the = DET 11 det
1990 = NUM 11 compound
war = NOUN 7 nmod
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "praised"); e.DateType != DateUnresolved {
		t.Errorf("praised dated %q (%s) by the war's year", e.Date, e.DateType)
	}
	// ... also after "since", which anchors an ordinary happening
	d = dated(t, `
Ruto = PROPN 2 nsubj
praised praise VERB 0 root
the = DET 4 det
army = NOUN 2 obj
for = ADP 7 case
its = PRON 7 nmod:poss
help = NOUN 4 nmod
since = ADP 11 case
the = DET 11 det
2006 = NUM 11 compound
war = NOUN 7 nmod
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "praised"); e.DateType != DateUnresolved {
		t.Errorf("praised dated %q (%s) by the year after since", e.Date, e.DateType)
	}
	// but a day the parser hung on the era is the event's
	d = dated(t, `
troops troop NOUN 2 nsubj
attacked attack VERB 0 root
Somalia = PROPN 2 obj
for = ADP 7 case
the = DET 7 det
first = ADJ 7 amod
time = NOUN 2 obl
since = ADP 11 case
the = DET 11 det
2014 = NUM 11 compound
conflict = NOUN 7 nmod
on = ADP 13 case
Tuesday = PROPN 11 nmod
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "attacked"); e.Date != "2024-04-30" {
		t.Errorf("attacked dated %q (%s), want Tuesday 2024-04-30", e.Date, e.DateType)
	}
	// a happening the event is timed from stays its anchor, and a
	// happening on the verb itself is the event's own
	d = dated(t, `
troops troop NOUN 2 nsubj
attacked attack VERB 0 root
the = DET 4 det
Somalia = PROPN 2 obj
in = ADP 7 case
a = DET 7 det
raid = NOUN 2 obl
last = ADJ 9 amod
month = NOUN 7 obl:unmarked
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "attacked"); e.Date != "2024-04" {
		t.Errorf("attacked in a raid last month dated %q, want 2024-04", e.Date)
	}
	// the day of a happening the event is timed from is its anchor
	d = dated(t, `
troops troop NOUN 2 nsubj
attacked attack VERB 0 root
Somalia = PROPN 2 obj
since = ADP 8 case
last = ADJ 6 amod
April = PROPN 8 nmod:poss
's = PART 6 case
offensive = NOUN 3 nmod
. = PUNCT 2 punct`)
	if e := eventOn(t, d, "attacked"); e.DateType == DateUnresolved {
		t.Errorf("attacked … since last April's offensive lost its anchor (%q, %s)", e.Date, e.DateType)
	}
}
