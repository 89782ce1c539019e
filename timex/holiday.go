package timex

import "strings"

// Named days: holidays whose date follows from the year.

// Holidays, by their first word.
const (
	hNone = iota
	hThanksgiving
	hChristmas
	hEaster
	hElection
)

var holidayWords = map[string]int{
	"thanksgiving": hThanksgiving, "christmas": hChristmas, "easter": hEaster, "election": hElection,
}

func init() {
	for w := range holidayWords {
		e := lexicon[w]
		e.w = w
		e.c |= cMisc
		lexicon[w] = e
	}
}

// holidayThings are nouns that a holiday before them classifies as
// things of the season rather than dates.
var holidayThings = map[string]bool{
	"tree": true, "trees": true, "carol": true, "carols": true, "card": true, "cards": true,
	"decoration": true, "decorations": true, "present": true, "presents": true, "gift": true,
	"gifts": true, "commodities": true, "goods": true, "products": true, "toys": true,
	"lights": true, "ornaments": true, "crib": true, "cribs": true, "creche": true, "creches": true,
	"shopping": true, "shoppers": true, "music": true, "song": true, "songs": true, "pudding": true,
	"cake": true, "cakes": true, "turkey": true, "turkeys": true, "egg": true, "eggs": true,
	"bunny": true, "stocking": true, "stockings": true, "jeer": true, "cheer": true, "spirit": true,
	"story": true, "stories": true, "film": true, "movie": true, "wreath": true, "wreaths": true,
	"hamper": true, "hampers": true, "bonus": true, "bonuses": true,
}

// holidayDate is the date of holiday h in year y.
func holidayDate(h, y int) date {
	switch h {
	case hThanksgiving: // the fourth Thursday of November (US)
		d := date{y, 11, 1}
		return d.addDays((4-d.weekday()+7)%7 + 21)
	case hChristmas:
		return date{y, 12, 25}
	case hEaster:
		return easter(y)
	case hElection: // the Tuesday after the first Monday of November (US)
		d := date{y, 11, 1}
		return d.addDays((1-d.weekday()+7)%7 + 1)
	}
	return date{}
}

// easter is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int) date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date{y, month, day}
}

// holidayRule: "Thanksgiving", "Thanksgiving Day", "Christmas Eve",
// "Easter Sunday", "Easter week", "Election Day", "Christmas 1998". The
// year is stated or, like a month-day's, follows from the tense.
func (t *tagger) holidayRule(start, i int) res {
	w := t.w(i)
	h := holidayWords[w.w]
	if h == hNone || !w.upper {
		return res{}
	}
	k := i + 1
	week, eve := false, false
	switch n := t.w(k); {
	case n.w == "day" && n.upper:
		k++
	case h == hChristmas && (n.raw == "Eve" || n.raw == "eve"):
		eve = true
		k++
	case n.w == "sunday" && h == hEaster:
		k++
	case n.w == "week" && h == hEaster:
		week = true
		k++
	}
	if h == hElection && k == i+1 {
		return res{} // "election" alone is no day
	}
	if (k == i+1 && holidayThings[t.w(k).w]) || t.greetingBefore(i) {
		// "Christmas trees", "exports of Christmas commodities", "Easter
		// eggs", "Merry Christmas": a kind of thing or a greeting, not
		// the day (as "the winter capital" is no season)
		return res{}
	}
	if t.w(k).upper && t.w(k).c&cMonth == 0 && t.w(k).nd != 4 && (k == i+1 || t.w(k).c&cWeekday == 0) {
		// a name: "Christmas Island", "Easter Rising"; not "Christmas
		// Eve Sunday" ("Easter Monday" is namedDayRule's)
		return res{}
	}
	f := func(y int) date {
		d := holidayDate(h, y)
		if eve {
			d = d.addDays(-1)
		}
		return d
	}
	r := t.namedDayYear(start, i, k, f)
	if r.ok && week {
		y, n := r.pt.date().isoWeek()
		return pointRes(r.start, r.end, point{g: gWeek, y: y, n: n})
	}
	return r
}

// namedDayYear resolves a named day whose date in year y is f(y), named
// by words i to k (start is i, or the modifier before it): the year stated
// after it ("Christmas 1998", "Easter of 2005"), or named after it
// ("Christmas last year", "Labor Day next year"), or by "last", "next" or
// "this" before it ("last Christmas" is the one before publication, "next
// Easter" the one after), else, like a month-day's, from the tense.
func (t *tagger) namedDayYear(start, i, k int, f func(y int) date) res {
	if r, ok := t.appositeDate(k); ok {
		r.start = start
		return r
	}
	if y, k2, ok := t.yearAfter(k); ok {
		return pointRes(start, k2, dayPoint(f(y)))
	}
	if start < i {
		if y, ok := t.yearBefore(start); ok {
			return pointRes(start, k, dayPoint(f(y)))
		}
	}
	if !t.has {
		return res{}
	}
	if start == i {
		if y, k2, ok := t.modYear(k); ok && !t.is(k, "of") {
			return pointRes(start, k2, dayPoint(f(y)))
		}
	}
	if start < i && t.w(start).mod != mThis {
		d := f(t.dct.y)
		switch t.w(start).mod {
		case mLast:
			if !d.before(t.dct) {
				d = f(t.dct.y - 1)
			}
		case mNext:
			if !t.dct.before(d) {
				d = f(t.dct.y + 1)
			}
		}
		return pointRes(start, k, dayPoint(d))
	}
	// "this Christmas" follows the clause's tense as the bare name does
	// (review mends of the sixteenth round)
	te := t.tenseOf(i, k)
	d := f(t.dct.y)
	p := t.monthDayPoint(d.m, d.d, te)
	if p.y != t.dct.y {
		d = f(p.y)
	}
	if te == tPast && t.dct.addDays(14).before(d) {
		// a feast in a past clause is the last one before publication
		// ("pilgrims gathered on Good Friday" in March), unless it is
		// at most two weeks ahead ("were on alert for Christmas" on
		// Dec. 20): not a month-day's four-month deadline window
		// (review mends of the sixteenth round)
		d = f(d.y - 1)
	}
	return pointRes(start, k, dayPoint(d))
}

// appositeDate reads a full date set off by a comma after a named day
// ending at k ("Good Friday, April 18, 2025"), which fixes the day (review
// mends of the sixteenth round; before, the name took this year's date and
// the date stood apart).
func (t *tagger) appositeDate(k int) (res, bool) {
	if !t.is(k, ",") || t.w(k+1).c&cMonth == 0 {
		return res{}, false
	}
	r := t.body(k + 1)
	if !r.ok || r.pt.g != gDay || r.pt.y < 0 || r.pt.d < 1 || t.w(r.end-1).nd != 4 {
		// with its year only ("Election Day, Nov. 5" stay apart)
		return res{}, false
	}
	return r, true
}

// yearBefore reads a year standing before a named day ("the 2004 Boxing
// Day tsunami", "the 1998 Good Friday"): the day of that year (review
// mends of the sixteenth round).
func (t *tagger) yearBefore(start int) (int, bool) {
	if y, e, ok := t.yearAt(start); ok && e > start && t.w(start).nd == 4 {
		return y, true
	}
	return 0, false
}

// holidayMod reports "last", "next" or "this" at i before a holiday at
// i+1 ("last Christmas", "next Easter", "this Thanksgiving").
func (t *tagger) holidayMod(i int) bool {
	switch t.w(i).w {
	case "last":
		if possessive(t.w(i - 1).w) {
			// "his last Christmas in office", "the last Christmas
			// before the war": the final one, not the previous (review
			// mends of the sixteenth round)
			return false
		}
		fallthrough
	case "next", "this":
		return t.w(i+1).upper && (holidayWords[t.w(i+1).w] != hNone || namedDays[t.w(i+1).raw] != nil)
	}
	return false
}

// possessive reports a determiner before "last" that makes it "final".
func possessive(w string) bool {
	switch w {
	case "the", "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// yearHoliday reports a year at i before a holiday or named day at i+1
// ("the 2004 Boxing Day tsunami").
func (t *tagger) yearHoliday(i int) bool {
	n := t.w(i + 1)
	return t.w(i).nd == 4 && n.upper && (holidayWords[n.w] != hNone || namedFirst(n))
}

// namedDay is a day named by its first word and the words after it (the
// last one, "Day", capitalised), whose date follows from the year: fixed
// (month m, day d), or a number of days from Easter Sunday, or the nth
// weekday wd of month m (n < 0 counts from the month's end).
type namedDay struct {
	next   []string // lower-case words after the first
	m, d   int
	easter int  // days from Easter Sunday, when fromEaster
	nth    int  // the nth weekday wd of month m, when nth != 0
	wd     int  // weekday, Sunday 0
	fromEa bool // counted from Easter
}

// namedDays, by their first word as written (every word of the name is
// capitalised in the text). US holidays by their US names ("Labor Day",
// not "Labour Day", which is May 1 in most countries and so left out).
var namedDays = map[string][]namedDay{
	"Good":        {{next: []string{"friday"}, easter: -2, fromEa: true}},
	"Palm":        {{next: []string{"sunday"}, easter: -7, fromEa: true}},
	"Maundy":      {{next: []string{"thursday"}, easter: -3, fromEa: true}},
	"Ash":         {{next: []string{"wednesday"}, easter: -46, fromEa: true}},
	"Easter":      {{next: []string{"monday"}, easter: 1, fromEa: true}},
	"Whit":        {{next: []string{"sunday"}, easter: 49, fromEa: true}, {next: []string{"monday"}, easter: 50, fromEa: true}},
	"Boxing":      {{next: []string{"day"}, m: 12, d: 26}},
	"Valentine":   {{next: []string{"'s", "day"}, m: 2, d: 14}, {next: []string{"’s", "day"}, m: 2, d: 14}},
	"Halloween":   {{m: 10, d: 31}},
	"May":         {{next: []string{"day"}, m: 5, d: 1}},
	"Bastille":    {{next: []string{"day"}, m: 7, d: 14}},
	"Armistice":   {{next: []string{"day"}, m: 11, d: 11}},
	"Veterans":    {{next: []string{"day"}, m: 11, d: 11}, {next: []string{"'", "day"}, m: 11, d: 11}, {next: []string{"’", "day"}, m: 11, d: 11}},
	"Labor":       {{next: []string{"day"}, m: 9, nth: 1, wd: 1}},
	"Memorial":    {{next: []string{"day"}, m: 5, nth: -1, wd: 1}},
	"Remembrance": {{next: []string{"day"}, m: 11, d: 11}},
}

// namedThings are nouns that a named day before them names ("the Good
// Friday agreement", "the Easter Monday accord").
var namedThings = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true,
	"pact": true, "deal": true, "peace": true, "settlement": true, "treaty": true}

// namedWeekday reports a weekday at i that ends the name of a day ("Good
// Friday", "Palm Sunday", "Easter Monday"), which is no day of the story's
// week even where the name itself is not tagged ("the Good Friday
// Agreement").
func (t *tagger) namedWeekday(i int) bool {
	p := t.w(i - 1)
	if !p.upper {
		return false
	}
	for _, n := range namedDays[p.raw] {
		if len(n.next) == 1 && strings.EqualFold(n.next[0], t.w(i).raw) {
			return true
		}
	}
	return false
}

// namedFirst reports whether w may begin a named day ("Good Friday").
func namedFirst(w *word) bool {
	return w.upper && len(w.raw) >= 3 && namedDays[w.raw] != nil
}

// date is the named day's date in year y.
func (n namedDay) date(y int) date {
	switch {
	case n.fromEa:
		return easter(y).addDays(n.easter)
	case n.nth > 0:
		d := date{y, n.m, 1}
		return d.addDays((n.wd-d.weekday()+7)%7 + 7*(n.nth-1))
	case n.nth < 0:
		d := date{y, n.m, 1}.addMonths(1).addDays(-1)
		return d.addDays(-((d.weekday() - n.wd + 7) % 7))
	}
	return date{y, n.m, n.d}
}

// namedDayRule: "Good Friday", "Easter Monday", "Boxing Day",
// "Valentine's Day", "Halloween", "May Day", "Labor Day", "Memorial Day",
// "Veterans Day", "Armistice Day"; start is i or the "last", "next" or
// "this" before it (sixteenth round). Before, a weekday in the name was
// read as the nearest such weekday ("Good Friday" in November was the
// Friday before publication) and the others were not tagged.
func (t *tagger) namedDayRule(start, i int) res {
	w := t.w(i)
	if !w.upper {
		return res{}
	}
	for _, n := range namedDays[w.raw] {
		k := i + 1
		ok := true
		for _, x := range n.next {
			if !strings.EqualFold(t.w(k).raw, x) || (letter(t.w(k).raw) && !t.w(k).upper) {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if t.w(k).upper && t.w(k).c&(cMonth|cWeekday) == 0 && t.w(k).nd != 4 {
			// a name: "the Memorial Day Parade", "Boxing Day Test"
			return res{}
		}
		if holidayThings[t.w(k).w] || namedThings[t.w(k).w] || t.greetingBefore(i) {
			// "Valentine's Day cards", "the Good Friday agreement",
			// "Happy Halloween"
			return res{}
		}
		if n.nth != 0 {
			// the US dates of "Labor Day" and "Memorial Day"; other
			// countries keep the name for other days (review mends of
			// the sixteenth round)
			if w.raw == "Labor" && (strings.EqualFold(t.w(i-1).raw, "international") || t.mayFirst(i-2) || t.mayFirst(k+1)) {
				// "International Labor Day", "the May 1 Labor Day
				// holiday", "Labor Day on May 1": May 1
				return t.namedDayYear(start, i, k, func(y int) date { return date{y, 5, 1} })
			}
			if _, ok := t.appositeDate(k); ok {
				return t.namedDayYear(start, i, k, n.date)
			}
			if t.w(i-1).c&cMonth != 0 || t.w(i-2).c&cMonth != 0 || t.w(k).c&cMonth != 0 || t.w(k+1).c&cMonth != 0 {
				// a month-day beside it names another day ("marked
				// Memorial Day on June 6"): that one stands
				return res{}
			}
		}
		return t.namedDayYear(start, i, k, n.date)
	}
	return res{}
}

// mayFirst reports "May 1" (or "May 1st") at words i and i+1.
func (t *tagger) mayFirst(i int) bool {
	return i >= 0 && t.w(i).raw == "May" && (t.w(i+1).num == 1 && t.w(i+1).nd <= 2 || t.w(i+1).ord == 1)
}

// otherNewYears name the first day of a year in another calendar ("the
// Lunar New Year's Eve", "Persian New Year's Day"), which falls elsewhere.
var otherNewYears = map[string]bool{"chinese": true, "lunar": true, "persian": true, "iranian": true,
	"jewish": true, "vietnamese": true, "tibetan": true, "thai": true, "islamic": true, "muslim": true,
	"hijri": true, "orthodox": true, "sinhala": true, "tamil": true, "khmer": true, "korean": true,
	"cambodian": true, "lao": true, "burmese": true, "hindu": true, "bengali": true, "nepali": true,
	"ethiopian": true, "kurdish": true}

// newYearRule: "New Year's Day" is January 1 and "New Year's Eve"
// December 31 ("New Year Day", "New Year's Day 1997"); the year is stated
// or, like a month-day's, follows from the tense. "New Year" alone, a
// season of festivities in many calendars, is left out.
func (t *tagger) newYearRule(i int) res {
	if n := t.w(i).raw; n != "New" && n != "NEW" || i > 0 && otherNewYears[strings.ToLower(t.w(i-1).raw)] {
		return res{}
	}
	k := i + 2
	if t.is(k, "'s") || t.is(k, "’s") || t.is(k, "'") || t.is(k, "’") {
		k++
	}
	m, d := 1, 1
	switch x := t.w(k); {
	case x.w == "day":
	case x.raw == "Eve" || x.raw == "eve" || x.raw == "EVE":
		m, d = 12, 31
	default:
		return res{}
	}
	k++
	if t.w(k).upper && t.w(k).c&(cMonth|cWeekday) == 0 && t.w(k).nd != 4 {
		// a name: "the New Year's Day Parade", not "New Year's Eve
		// Wednesday"
		return res{}
	}
	if quoteMark(t.w(i-1).raw) && (quoteMark(t.w(k).raw) || (t.is(k, ",") || t.is(k, ".")) && quoteMark(t.w(k+1).raw)) {
		return res{} // a title: films such as "New Year's Day"
	}
	if y, k2, ok := t.yearAfter(k); ok {
		return pointRes(i, k2, dayPoint(date{y, m, d}))
	}
	if !t.has {
		return res{}
	}
	return pointRes(i, k, t.monthDayPoint(m, d, t.deadlineTense(i, k)))
}

// quoteMark reports whether a token is a quotation mark.
func quoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "``", "''", "'", "‘", "’":
		return true
	}
	return false
}

// greetingBefore reports a greeting before the holiday at word i:
// "Merry Christmas", "wished them a happy Easter"; not "spent a happy
// Christmas", "the merry Christmas of his youth".
func (t *tagger) greetingBefore(i int) bool {
	if !greeting(t.w(i - 1).raw) {
		return false
	}
	switch t.w(i - 2).w {
	case "the", "this", "that", "his", "her", "their", "its", "our", "my", "your":
		return false
	case "a", "an":
		// a greeting only when wished: "wished everyone a Merry Christmas"
		for v := i - 3; v >= 0 && v >= i-6; v-- {
			if x := t.w(v).w; strings.HasPrefix(x, "wish") || strings.HasPrefix(x, "greet") {
				return true
			}
		}
		return false
	}
	return true
}

// greeting reports whether a word greets a holiday ("Merry Christmas",
// "Happy Easter").
func greeting(s string) bool {
	switch s {
	case "Merry", "merry", "MERRY", "Happy", "happy", "HAPPY":
		return true
	}
	return false
}
