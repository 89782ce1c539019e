package timex

// Word classes. A word may belong to several ("may" is a month and a
// modal, "second" an ordinal and a unit, "a" a numeral and a determiner).
const (
	cMonth   uint32 = 1 << iota // january jan jan. sept.
	cWeekday                    // monday mon. (plural: cPlural)
	cUnit                       // day week month year decade ... (plural: cPlural)
	cNum                        // one two ... twenty thirty hundred a an
	cOrd                        // first second ... last (as in "the last quarter": no)
	cPOD                        // morning afternoon evening night
	cSeason                     // spring summer autumn fall winter
	cDeictic                    // today yesterday tomorrow tonight
	cRef                        // now currently recently soon ...
	cMod                        // this last next past coming previous following ...
	cPos                        // early late mid middle beginning end start
	cApprox                     // about around nearly almost roughly ...
	cSetAdv                     // daily weekly monthly annually ...
	cZone                       // EST GMT UTC ...
	cMerid                      // a.m. p.m. am pm
	cDet                        // the a an
	cAfter                      // ago earlier later before after hence
	cVague                      // few several many some couple
	cPlural                     // the plural of a unit or weekday
	cEvery                      // every each per
	cClock                      // noon midnight midday
	cFiscal                     // fiscal financial
	cAmbig                      // needs context to be temporal (may march sun sat)
	cMisc                       // other words a rule may start with; special forms
)

// Units of time.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uNight
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// Parts of day, in TimeML's codes.
var podCode = [...]string{"", "MO", "MI", "AF", "EV", "NI", "DT"}

const (
	podNone = iota
	podMorning
	podMidday
	podAfternoon
	podEvening
	podNight
	podDaytime
)

// Seasons, in TimeML's codes.
var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// Modifiers of a unit or a named day/month.
const (
	mNone = iota
	mThis
	mLast     // last, past (as in "last year", "the past year")
	mNext     // next, coming, upcoming
	mPrevious // previous, preceding, prior (anchored)
	mFollowing
	mCurrent
	mSame
	mThat
	mLatest
	mRecent
)

// Positions inside a period.
const (
	pNone = iota
	pEarly
	pMid
	pLate
)

// Fuzzy references.
const (
	rNone = iota
	rPresent
	rPast
	rFuture
)

// entry is what the lexicon knows about a lower-case word.
type entry struct {
	w      string // the word itself
	c      uint32
	month  int8
	wday   int8 // 1 Monday ... 7 Sunday
	unit   int8
	val    int32 // the number a numeral or vague count stands for
	ord    int8
	pod    int8
	season int8
	mod    int8
	pos    int8
	ref    int8
	deict  int8 // days from today: -1 yesterday, 0 today, 1 tomorrow; 2 tonight
}

// lexicon maps lower-case words to their entries; built once at init.
var lexicon = map[string]entry{}

func add(w string, e entry) {
	old := lexicon[w]
	old.w = w
	old.c |= e.c
	if e.month != 0 {
		old.month = e.month
	}
	if e.wday != 0 {
		old.wday = e.wday
	}
	if e.unit != 0 {
		old.unit = e.unit
	}
	if e.val != 0 {
		old.val = e.val
	}
	if e.ord != 0 {
		old.ord = e.ord
	}
	if e.pod != 0 {
		old.pod = e.pod
	}
	if e.season != 0 {
		old.season = e.season
	}
	if e.mod != 0 {
		old.mod = e.mod
	}
	if e.pos != 0 {
		old.pos = e.pos
	}
	if e.ref != 0 {
		old.ref = e.ref
	}
	if e.c&cDeictic != 0 {
		old.deict = e.deict
	}
	lexicon[w] = old
}

func init() {
	months := [][]string{
		{"january", "jan", "jan."},
		{"february", "feb", "feb."},
		{"march", "mar", "mar."},
		{"april", "apr", "apr."},
		{"may"},
		{"june", "jun", "jun."},
		{"july", "jul", "jul."},
		{"august", "aug", "aug."},
		{"september", "sep", "sep.", "sept", "sept."},
		{"october", "oct", "oct."},
		{"november", "nov", "nov."},
		{"december", "dec", "dec."},
	}
	for i, ws := range months {
		for _, w := range ws {
			add(w, entry{c: cMonth, month: int8(i + 1)})
		}
	}
	for _, w := range []string{"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "dec", "oct", "nov", "feb", "apr"} {
		add(w, entry{c: cAmbig})
	}
	days := [][]string{
		{"monday", "mon", "mon."},
		{"tuesday", "tue", "tue.", "tues", "tues."},
		{"wednesday", "wed", "wed."},
		{"thursday", "thu", "thu.", "thur", "thur.", "thurs", "thurs."},
		{"friday", "fri", "fri."},
		{"saturday", "sat", "sat."},
		{"sunday", "sun", "sun."},
	}
	for i, ws := range days {
		for k, w := range ws {
			add(w, entry{c: cWeekday, wday: int8(i + 1)})
			if k > 0 {
				add(w, entry{c: cAmbig})
			}
		}
		add(ws[0]+"s", entry{c: cWeekday | cPlural, wday: int8(i + 1)})
	}
	units := []struct {
		u    int
		s, p []string
	}{
		{uSecond, []string{"second", "sec", "sec."}, []string{"seconds", "secs"}},
		{uMinute, []string{"minute", "min", "min."}, []string{"minutes", "mins"}},
		{uHour, []string{"hour", "hr", "hr."}, []string{"hours", "hrs"}},
		{uDay, []string{"day"}, []string{"days"}},
		{uNight, []string{"night"}, []string{"nights"}},
		{uWeek, []string{"week", "wk"}, []string{"weeks", "wks"}},
		{uWeekend, []string{"weekend"}, []string{"weekends"}},
		{uFortnight, []string{"fortnight"}, []string{"fortnights"}},
		{uMonth, []string{"month"}, []string{"months"}},
		{uQuarter, []string{"quarter", "qtr"}, []string{"quarters"}},
		{uHalf, []string{"half"}, []string{"halves"}},
		{uYear, []string{"year", "yr"}, []string{"years", "yrs"}},
		{uDecade, []string{"decade"}, []string{"decades"}},
		{uCentury, []string{"century"}, []string{"centuries"}},
		{uMillennium, []string{"millennium"}, []string{"millennia", "millenniums"}},
	}
	for _, u := range units {
		for _, w := range u.s {
			add(w, entry{c: cUnit, unit: int8(u.u)})
		}
		for _, w := range u.p {
			add(w, entry{c: cUnit | cPlural, unit: int8(u.u)})
		}
	}
	nums := map[string]int32{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
		"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
		"dozen": 12, "a": 1, "an": 1, "zero": 0,
	}
	for w, n := range nums {
		add(w, entry{c: cNum, val: n})
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
		"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		add(w, entry{c: cOrd, ord: int8(i + 1)})
	}
	for w, n := range map[string]int8{"thirtieth": 30, "twenty-first": 21, "twenty-second": 22,
		"twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
		"twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31} {
		add(w, entry{c: cOrd, ord: n})
	}
	pods := map[string]int8{
		"morning": podMorning, "mornings": podMorning, "afternoon": podAfternoon,
		"afternoons": podAfternoon, "evening": podEvening, "evenings": podEvening,
		"night": podNight, "nights": podNight, "midday": podMidday, "daytime": podDaytime,
		"overnight": podNight,
	}
	for w, p := range pods {
		add(w, entry{c: cPOD, pod: p})
	}
	add("noon", entry{c: cClock})
	add("midnight", entry{c: cClock})
	add("midday", entry{c: cClock})
	seasons := map[string]int8{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
	for w, s := range seasons {
		add(w, entry{c: cSeason, season: s})
	}
	add("today", entry{c: cDeictic, deict: 0})
	add("yesterday", entry{c: cDeictic, deict: -1})
	add("tomorrow", entry{c: cDeictic, deict: 1})
	add("tonight", entry{c: cDeictic, deict: 2})
	refs := map[string]int8{
		"now": rPresent, "currently": rPresent, "nowadays": rPresent, "current": rPresent,
		"recently": rPast, "recent": rPast, "previously": rPast, "formerly": rPast, "lately": rPast,
		"soon": rFuture,
	}
	for w, r := range refs {
		add(w, entry{c: cRef, ref: r})
	}
	mods := map[string]int8{
		"this": mThis, "last": mLast, "past": mLast, "next": mNext, "coming": mNext,
		"upcoming": mNext, "previous": mPrevious, "preceding": mPrevious, "prior": mPrevious,
		"following": mFollowing, "current": mCurrent, "same": mSame, "that": mThat,
		"latest": mLatest, "recent": mRecent,
	}
	for w, m := range mods {
		add(w, entry{c: cMod, mod: m})
	}
	poss := map[string]int8{
		"early": pEarly, "earlier": pEarly, "mid": pMid, "middle": pMid, "late": pLate,
		"later": pLate,
	}
	for w, p := range poss {
		add(w, entry{c: cPos, pos: p})
	}
	for _, w := range []string{"about", "around", "nearly", "almost", "roughly",
		"approximately", "some", "over", "under", "barely", "fully", "another", "additional",
		"further", "extra", "well", "only", "just", "little"} {
		add(w, entry{c: cApprox})
	}
	for _, w := range []string{"daily", "weekly", "monthly", "annually", "yearly",
		"hourly", "nightly", "quarterly", "biweekly", "biannually", "semiannually"} {
		add(w, entry{c: cSetAdv})
	}
	for _, w := range []string{"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
		"gmt", "utc", "bst", "cet", "cest", "ist", "jst", "et", "pt", "ct", "mt", "z"} {
		add(w, entry{c: cZone})
	}
	for _, w := range []string{"a.m.", "p.m.", "am", "pm", "a.m", "p.m"} {
		add(w, entry{c: cMerid})
	}
	for _, w := range []string{"the", "a", "an"} {
		add(w, entry{c: cDet})
	}
	for _, w := range []string{"ago", "earlier", "later", "before", "after", "hence",
		"since", "on", "from", "back"} {
		add(w, entry{c: cAfter})
	}
	for w, n := range map[string]int32{"few": -1, "several": -1, "many": -1, "some": -1,
		"couple": 2, "number": -1, "dozens": -1, "hundreds": -1, "thousands": -1} {
		add(w, entry{c: cVague, val: n})
	}
	for _, w := range []string{"every", "each", "per"} {
		add(w, entry{c: cEvery})
	}
	for _, w := range []string{"fiscal", "financial"} {
		add(w, entry{c: cFiscal})
	}
	for _, w := range []string{"right", "just", "these", "present", "more", "most", "as",
		"future", "'", "’", "’s", "’ll", "overnight", "at", "up", "no", "less", "fewer", "close",
		"upwards", "well", "each", "year", "sometime", "nineties", "eighties", "seventies",
		"sixties", "fifties", "forties", "thirties", "twenties", "later", "while"} {
		add(w, entry{c: cMisc})
	}
	// Words the rules name but that have no class of their own.
	for _, w := range []string{"of", "in", "and", "'s", ",", "end", "beginning", "start",
		"close", "dawn", "dusk", "o'clock", "future", "present", "term", "times", "twice",
		"once", "once-a-year", "day-to-day", "for",
		"by", "until", "till", "through", "during", "since", "than", "within", "between",
		"while", "time", "moment", "days", "these", "those", "ahead", "near", "long",
		"short", "medium", "run", "date", "period", "periods", "local", "then", "one",
		"other", "second", "half", "quarter",
		"will", "'ll", "shall", "would", "said", "says", "say", "told", "plans",
		"expected", "scheduled", "due", "set", "is", "are", "am", "was", "were", "had",
		"has", "have", "did", "does", "be", "been", "to", "not", "n't",
		"century", "centuries", "nineties", "eighties", "seventies", "sixties",
		"fifties", "forties", "thirties", "twenties", "hundreds", "rest", "remainder",
		"part", "course", "bulk", "mid-", "so-called", "both", "all", "whole", "entire",
		"full", "calendar", "comparable", "corresponding", "year-to-date", "to-date"} {
		if _, ok := lexicon[w]; !ok {
			lexicon[w] = entry{w: w}
		}
	}
}
