package timex

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
func (t *tagger) holidayRule(i int) res {
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
	if t.w(k).upper && t.w(k).c&cMonth == 0 && t.w(k).nd != 4 {
		return res{} // a name: "Christmas Island", "Easter Rising"
	}
	var d date
	if y, k2, ok := t.yearAfter(k); ok {
		d, k = holidayDate(h, y), k2
	} else if !t.has {
		return res{}
	} else {
		d = holidayDate(h, t.dct.y)
		p := t.monthDayPoint(d.m, d.d, t.tenseOf(i, k))
		if p.y != t.dct.y {
			d = holidayDate(h, p.y)
		}
	}
	if eve {
		d = d.addDays(-1)
	}
	if week {
		y, n := d.isoWeek()
		return pointRes(i, k, point{g: gWeek, y: y, n: n})
	}
	return pointRes(i, k, dayPoint(d))
}
