package timex

import (
	"strconv"
	"time"
)

// date is a calendar date.
type date struct{ y, m, d int }

// parseDate reads YYYY-MM-DD (anything after the day is ignored).
func parseDate(s string) (date, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return date{}, false
	}
	y, ok1 := digits([]byte(s[0:4]))
	m, ok2 := digits([]byte(s[5:7]))
	d, ok3 := digits([]byte(s[8:10]))
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return date{}, false
	}
	return date{y, m, d}, true
}

func (d date) time() time.Time {
	return time.Date(d.y, time.Month(d.m), d.d, 12, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) date { return date{t.Year(), int(t.Month()), t.Day()} }

// addDays returns d moved by n days.
func (d date) addDays(n int) date { return fromTime(d.time().AddDate(0, 0, n)) }

// addMonths returns d moved by n months, the day clamped to the month's end.
func (d date) addMonths(n int) date {
	m := d.m - 1 + n
	y := d.y + floorDiv(m, 12)
	m = m - 12*floorDiv(m, 12) + 1
	day := min(d.d, daysIn(y, m))
	return date{y, m, day}
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// weekday is 1 for Monday ... 7 for Sunday.
func (d date) weekday() int {
	w := int(d.time().Weekday())
	if w == 0 {
		return 7
	}
	return w
}

func (d date) isoWeek() (int, int) { return d.time().ISOWeek() }

// before reports whether d is strictly before e.
func (d date) before(e date) bool {
	if d.y != e.y {
		return d.y < e.y
	}
	if d.m != e.m {
		return d.m < e.m
	}
	return d.d < e.d
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// gran is the granularity of a point, finest first.
type gran int8

const (
	gNone gran = iota
	gTime
	gDay
	gWeekend
	gWeek
	gMonth
	gSeason
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

// point is a resolved date or time of some granularity. A negative y, m
// or d is unknown and prints as X.
type point struct {
	g       gran
	y, m, d int // y is the year, or the decade (199) or century (19)
	n       int // week, quarter, half or season number
	wd      int // weekday for XXXX-WXX-d
	pod     int8
	hh, mm  int // clock time when hh > 0 or clock is set
	clock   bool
}

func dayPoint(d date) point { return point{g: gDay, y: d.y, m: d.m, d: d.d} }

func (p point) date() date { return date{p.y, p.m, p.d} }

// closer reports whether day p lies nearer day a than day q does.
func (p point) closer(q, a point) bool {
	ad := a.date().time()
	dist := func(x point) float64 {
		h := x.date().time().Sub(ad).Hours()
		if h < 0 {
			h = -h
		}
		return h
	}
	return dist(p) < dist(q)
}

// String is the TimeML value.
func (p point) String() string {
	var b [40]byte
	s := b[:0]
	year := func(y, width int) {
		if y < 0 {
			for range width {
				s = append(s, 'X')
			}
			return
		}
		s = appendPad(s, y, width)
	}
	two := func(v int) {
		if v < 0 {
			s = append(s, 'X', 'X')
			return
		}
		s = appendPad(s, v, 2)
	}
	switch p.g {
	case gCentury:
		year(p.y, 2)
	case gDecade:
		year(p.y, 3)
	case gYear:
		year(p.y, 4)
	case gHalf:
		year(p.y, 4)
		s = append(s, '-', 'H')
		s = strconv.AppendInt(s, int64(p.n), 10)
	case gQuarter:
		year(p.y, 4)
		s = append(s, '-', 'Q')
		if p.n <= 0 {
			s = append(s, 'X')
		} else {
			s = strconv.AppendInt(s, int64(p.n), 10)
		}
	case gSeason:
		year(p.y, 4)
		s = append(s, '-')
		s = append(s, seasonCode[p.n]...)
	case gMonth:
		year(p.y, 4)
		s = append(s, '-')
		two(p.m)
	case gWeek, gWeekend:
		year(p.y, 4)
		s = append(s, '-', 'W')
		two(p.n)
		if p.g == gWeekend {
			s = append(s, '-', 'W', 'E')
		}
	case gDay, gTime:
		if p.y < 0 && p.wd > 0 {
			s = append(s, "XXXX-WXX-"...)
			s = strconv.AppendInt(s, int64(p.wd), 10)
		} else {
			year(p.y, 4)
			s = append(s, '-')
			two(p.m)
			s = append(s, '-')
			two(p.d)
		}
		if p.g == gTime {
			s = append(s, 'T')
			if p.clock {
				s = appendPad(s, p.hh, 2)
				s = append(s, ':')
				s = appendPad(s, p.mm, 2)
			} else {
				s = append(s, podCode[p.pod]...)
			}
		}
	default:
		return ""
	}
	return string(s)
}

func appendPad(s []byte, v, width int) []byte {
	var b [12]byte
	d := strconv.AppendInt(b[:0], int64(v), 10)
	for i := len(d); i < width; i++ {
		s = append(s, '0')
	}
	return append(s, d...)
}

// unitGran is the granularity a unit names.
func unitGran(u int) gran {
	switch u {
	case uSecond, uMinute, uHour:
		return gTime
	case uDay, uNight:
		return gDay
	case uWeek, uFortnight:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uHalf:
		return gHalf
	case uSeason:
		return gSeason
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury, uMillennium:
		return gCentury
	}
	return gNone
}

// truncate returns the point of granularity g containing day d.
func truncate(d date, g gran) point {
	switch g {
	case gTime, gDay:
		return dayPoint(d)
	case gWeek:
		y, w := d.isoWeek()
		return point{g: gWeek, y: y, n: w}
	case gWeekend:
		// the weekend of d's ISO week
		y, w := d.isoWeek()
		return point{g: gWeekend, y: y, n: w}
	case gMonth:
		return point{g: gMonth, y: d.y, m: d.m}
	case gSeason:
		y, s := seasonOf(d)
		return point{g: gSeason, y: y, n: s}
	case gQuarter:
		return point{g: gQuarter, y: d.y, n: (d.m-1)/3 + 1}
	case gHalf:
		return point{g: gHalf, y: d.y, n: (d.m-1)/6 + 1}
	case gYear:
		return point{g: gYear, y: d.y}
	case gDecade:
		return point{g: gDecade, y: d.y / 10}
	case gCentury:
		return point{g: gCentury, y: d.y / 100}
	}
	return point{}
}

// unknown returns the point of granularity g with unknown parts, for a
// document without a date.
func unknown(g gran) point {
	switch g {
	case gTime, gDay:
		return point{g: gDay, y: -1, m: -1, d: -1}
	case gWeek, gWeekend:
		return point{g: g, y: -1, n: -1}
	case gMonth:
		return point{g: gMonth, y: -1, m: -1}
	case gQuarter:
		return point{g: gQuarter, y: -1, n: -1}
	}
	return point{g: g, y: -1}
}

// seasonOf returns the year and season (1 spring ... 4 winter) of a day;
// January and February belong to the winter of the year before.
func seasonOf(d date) (int, int) {
	if d.m <= 2 {
		return d.y - 1, 4
	}
	switch {
	case d.m >= 3 && d.m <= 5:
		return d.y, 1
	case d.m >= 6 && d.m <= 8:
		return d.y, 2
	case d.m >= 9 && d.m <= 11:
		return d.y, 3
	}
	return d.y, 4
}

// mondayOf returns the Monday of ISO week w of year y.
func mondayOf(y, w int) date {
	jan4 := date{y, 1, 4}
	return jan4.addDays(-(jan4.weekday() - 1) + 7*(w-1))
}

// shift moves p by n units, keeping its granularity. ok is false when the
// unit is finer than the point can carry.
func shift(p point, n, unit int) (point, bool) {
	if p.y < 0 {
		return p, false
	}
	switch unit {
	case uDay, uNight:
		if p.g != gDay && p.g != gTime {
			return p, false
		}
		d := p.date().addDays(n)
		p.y, p.m, p.d = d.y, d.m, d.d
		return p, true
	case uWeek, uFortnight, uWeekend:
		if unit == uFortnight {
			n *= 2
		}
		switch p.g {
		case gDay, gTime:
			d := p.date().addDays(7 * n)
			p.y, p.m, p.d = d.y, d.m, d.d
			return p, true
		case gWeek, gWeekend:
			d := mondayOf(p.y, p.n).addDays(7 * n)
			p.y, p.n = d.isoWeek()
			return p, true
		}
		return p, false
	case uMonth:
		switch p.g {
		case gDay, gTime:
			d := p.date().addMonths(n)
			p.y, p.m, p.d = d.y, d.m, d.d
			return p, true
		case gMonth:
			d := date{p.y, p.m, 1}.addMonths(n)
			p.y, p.m = d.y, d.m
			return p, true
		}
		return p, false
	case uQuarter:
		switch p.g {
		case gDay, gTime, gMonth:
			return shift(p, 3*n, uMonth)
		case gQuarter:
			q := p.n - 1 + n
			p.y += floorDiv(q, 4)
			p.n = q - 4*floorDiv(q, 4) + 1
			return p, true
		}
		return p, false
	case uHalf:
		switch p.g {
		case gDay, gTime, gMonth:
			return shift(p, 6*n, uMonth)
		case gQuarter:
			return shift(p, 2*n, uQuarter)
		case gHalf:
			h := p.n - 1 + n
			p.y += floorDiv(h, 2)
			p.n = h - 2*floorDiv(h, 2) + 1
			return p, true
		}
		return p, false
	case uYear:
		switch p.g {
		case gDay, gTime:
			d := date{p.y, p.m, 1}.addMonths(12 * n)
			p.y = d.y
			p.d = min(p.d, daysIn(p.y, p.m))
			return p, true
		case gWeek, gWeekend:
			p.y += n
			return p, true
		case gMonth, gSeason, gQuarter, gHalf, gYear:
			p.y += n
			return p, true
		}
		return p, false
	case uDecade:
		switch p.g {
		case gDecade:
			p.y += n
			return p, true
		case gCentury:
			return p, false
		}
		return shift(p, 10*n, uYear)
	case uCentury:
		switch p.g {
		case gCentury:
			p.y += n
			return p, true
		case gDecade:
			p.y += 10 * n
			return p, true
		}
		return shift(p, 100*n, uYear)
	}
	return p, false
}

// durValue formats a duration of n units (n < 0: unknown), plus half a unit.
func durValue(n, unit int, half bool) string {
	var b [24]byte
	s := append(b[:0], 'P')
	num := func(v int) {
		if v < 0 {
			s = append(s, 'X')
		} else {
			s = strconv.AppendInt(s, int64(v), 10)
		}
	}
	mul := func(v, k int) int {
		if v < 0 {
			return -1
		}
		return v * k
	}
	switch unit {
	case uSecond:
		s = append(s, 'T')
		num(n)
		s = append(s, 'S')
	case uMinute:
		s = append(s, 'T')
		num(n)
		s = append(s, 'M')
		if half && n >= 0 {
			s = append(s, "30S"...)
		}
	case uHour:
		s = append(s, 'T')
		if half && n == 0 {
			s = append(s, "30M"...)
			break
		}
		num(n)
		s = append(s, 'H')
		if half && n > 0 {
			s = append(s, "30M"...)
		}
	case uDay, uNight:
		if half && n == 0 {
			s = append(s, "T12H"...)
			break
		}
		num(n)
		s = append(s, 'D')
		if half && n > 0 {
			s = append(s, "T12H"...)
		}
	case uWeek:
		if half && n >= 0 {
			num(7*n + 3)
			s = append(s, 'D')
			break
		}
		num(n)
		s = append(s, 'W')
	case uFortnight:
		num(mul(n, 2))
		s = append(s, 'W')
	case uWeekend:
		num(n)
		s = append(s, 'W', 'E')
	case uMonth:
		if half && n == 0 {
			s = append(s, "15D"...)
			break
		}
		num(n)
		s = append(s, 'M')
		if half && n > 0 {
			s = append(s, "15D"...)
		}
	case uQuarter:
		num(n)
		s = append(s, 'Q')
	case uHalf:
		num(mul(n, 6))
		s = append(s, 'M')
	case uSeason:
		num(mul(n, 3))
		s = append(s, 'M')
	case uYear:
		if half && n == 0 {
			s = append(s, "6M"...)
			break
		}
		num(n)
		s = append(s, 'Y')
		if half && n > 0 {
			s = append(s, "6M"...)
		}
	case uDecade:
		if n < 0 {
			s = append(s, 'X', 'E')
			break
		}
		v := 10 * n
		if half {
			v += 5
		}
		num(v)
		s = append(s, 'Y')
	case uCentury:
		if n < 0 {
			s = append(s, 'X', 'C')
			break
		}
		v := 100 * n
		if half {
			v += 50
		}
		num(v)
		s = append(s, 'Y')
	case uMillennium:
		if n < 0 {
			s = append(s, 'X', 'L')
			break
		}
		num(1000 * n)
		s = append(s, 'Y')
	default:
		return ""
	}
	return string(s)
}

// setValue is the value of "every unit" (n units apart).
func setValue(n, unit int) string {
	if n <= 0 {
		n = 1
	}
	return durValue(n, unit, false)
}
