package timex

import "strings"

// Session 34 (timex round): rules found by tagging sentences of our own
// written for the error classes of the development sets.

// PastBeforeFor switches on the wider look for a past verb before "for" in
// forPlanned (the default): "Shares closed higher for a fifth straight
// session on Tuesday", "Lawmakers gathered in the capital for a special
// session on Monday" are the past days, as "mourners gathered for the
// funeral on Tuesday" already was; before, only the word right before
// "for" was read, so an adverb or a place between made the day the coming
// one.
var PastBeforeFor = true

// pastBeforeFor reports whether the nearest tense cue before the "for" at
// word f, within six words of its clause, is past.
func (t *tagger) pastBeforeFor(f int) bool {
	if !PastBeforeFor {
		c, _ := t.cue(f-1, false)
		return c == tPast
	}
	for k := f - 1; k >= 0 && k >= f-6; k-- {
		x := t.w(k)
		if t.isPunct(k) || opensClause(x.w) {
			return false
		}
		if c, _ := t.cue(k, false); c != tNone {
			return c == tPast
		}
		if lyAdverb(x.w) || degreeAdverbs[x.w] {
			continue // "closed higher for", "met briefly for"
		}
		// a place phrase: "gathered in the capital for"
		h := k - 1
		for h >= 0 && h >= k-3 && (t.w(h).c&cDet != 0 || t.w(h).upper && t.w(h).w == "") {
			h--
		}
		if !placePreps[t.w(h).w] {
			return false // "expressed hopes for": the noun's wish
		}
		k = h
	}
	return false
}

// degreeAdverbs are adverbs without -ly that come between a verb and a
// "for" phrase of purpose or count.
var degreeAdverbs = map[string]bool{"higher": true, "lower": true, "up": true, "down": true,
	"again": true, "back": true, "together": true, "here": true, "there": true, "late": true,
	"early": true, "sharply": true}

// placePreps open a place phrase.
var placePreps = map[string]bool{"in": true, "at": true, "into": true, "to": true, "outside": true,
	"near": true, "across": true}

// SchedPresentDay switches on the schedule reading of a weekday after a
// verb of schedule in the present (the default): "The trial resumes on
// Monday", "The president leaves for Paris on Thursday", "Arafat and
// Peres meet on Monday in Cairo", "The team plays its next match on
// Saturday" lie ahead. Before, a present clause took the nearer weekday,
// which in a Wednesday story is the Monday just past; months had the
// reading since the seventeenth round (schedVerbBefore).
var SchedPresentDay = true

// schedPlural are the plural (or first-person) present forms of verbs of
// schedule, and the -s forms news uses for scheduled moves that
// presentSched does not hold.
var schedPlural = map[string]bool{
	"meet": true, "resume": true, "open": true, "reopen": true, "begin": true, "start": true,
	"convene": true, "go": true, "head": true, "leave": true, "travel": true, "visit": true, "return": true,
	"arrive": true, "fly": true, "play": true, "face": true, "host": true, "kick": true,
}

var schedSingular = map[string]bool{
	"leaves": true, "heads": true, "plays": true, "faces": true, "goes": true,
	"votes": true, "decides": true, "debates": true,
}

// schedPresentDay reports a present verb of schedule up to five words
// before the weekday at word i, in its clause with no other tense cue
// between ("leaves for Paris on Thursday", "meet separately Monday").
func (t *tagger) schedPresentDay(i int) bool {
	if !SchedPresentDay {
		return false
	}
	if t.is(i-1, "from") && (t.is(i+1, "to") || t.is(i+1, "through")) {
		return false // "the centers open from Monday to Friday": a habit
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		x := t.w(k)
		if t.isPunct(k) || opensClause(x.w) {
			return false
		}
		p := t.w(k - 1)
		if p.c&cDet != 0 || p.num >= 0 || x.upper || possessiveWord(p.raw) ||
			p.upper && k-1 > 0 && (t.w(k-2).c&cDet != 0 || possessiveWord(t.w(k-2).raw)) {
			// "its visits", "his French hosts": nouns
			if presentSched[x.w] || schedSingular[x.w] || schedPlural[x.w] {
				return false
			}
		} else if presentSched[x.w] || schedSingular[x.w] {
			switch x.xpos {
			case "", "VBZ", "NNS", "NN":
				// the tagger often makes "resumes" a plural noun
				return true
			}
			return false
		} else if schedPlural[x.w] {
			switch p.w {
			case "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
				"did", "do", "does", "n't", "not", "'ll", "’ll":
				return false // an infinitive: the modal tells the tense
			}
			pr := strings.ToLower(p.raw)
			return x.xpos == "VBP" || x.xpos == "VB" || x.xpos == "" && (p.upper || pr == "they" || pr == "we" || lyAdverb(pr) ||
				len(pr) > 3 && pr[len(pr)-1] == 's' && pr[len(pr)-2] != 's')
		}
		if c, _ := t.cue(k, false); c != tNone {
			return false
		}
	}
	return false
}

// possessiveWord reports a possessive determiner or ending.
func possessiveWord(r string) bool {
	switch strings.ToLower(r) {
	case "his", "her", "its", "their", "our", "my", "your", "'s", "’s":
		return true
	}
	return false
}

// StepInCoarser switches on the reading of a step finer than the last
// date mentioned (the default): "arrested in March and charged three
// weeks later", "closed in 2019 and reopened two months later", "in the
// first quarter ... ten days later" move from the middle of that period
// and keep its granularity (2024-04, 2019). Before, the step counted from
// publication ("three weeks later" in a May story about March was a week
// in late May, after publication in a past clause).
var StepInCoarser = true

// stepInCoarser shifts the middle of last, a month, quarter, half or
// year, by n units of days, weeks or months, and returns the period of
// last's granularity that holds the result.
func stepInCoarser(last point, n, unit int) (point, bool) {
	if !StepInCoarser || last.y < 0 {
		return point{}, false
	}
	var mid date
	switch last.g {
	case gMonth:
		if last.m < 1 {
			return point{}, false
		}
		mid = date{last.y, last.m, 15}
	case gQuarter:
		if last.n < 1 || last.n > 4 {
			return point{}, false
		}
		mid = date{last.y, 3*last.n - 1, 15}
	case gHalf:
		if last.n < 1 || last.n > 2 {
			return point{}, false
		}
		mid = date{last.y, 6*last.n - 2, 1}
	case gYear:
		mid = date{last.y, 7, 1}
	default:
		return point{}, false
	}
	switch unit {
	case uDay:
		mid = mid.addDays(n)
	case uWeek:
		mid = mid.addDays(7 * n)
	case uMonth:
		if last.g == gMonth {
			return point{}, false // a month after a month: shift's own
		}
		mid = mid.addMonths(n)
	default:
		return point{}, false
	}
	return truncate(mid, last.g), true
}

// RelClauseComma switches on the end of a relative clause at its comma
// in tenseOf (the default): when the nearest cue before a date is the
// verb of a relative clause ("Thailand, which opened the mall on Friday,
// tries to …", "the minister, who arrived in the capital late on Monday,
// says …"), the search to the right stops at the comma that closes the
// clause; before, the main clause's present verb after the comma could be
// nearer and the weekday the coming one.
var RelClauseComma = true

// relativeVerb reports whether the verb at word k follows "which" or
// "who", directly or after an auxiliary or adverb, with a comma before the
// pronoun (a non-restrictive relative clause, which a comma closes).
func (t *tagger) relativeVerb(k int) bool {
	if !RelClauseComma {
		return false
	}
	h := k - 1
	for h >= 0 && h >= k-3 && !t.is(h, "which") && !t.is(h, "who") {
		x := t.w(h).w
		if !lyAdverb(x) && x != "had" && x != "has" && x != "have" && x != "was" && x != "were" && x != "is" && x != "are" && x != "also" && x != "not" {
			return false
		}
		h--
	}
	return (t.is(h, "which") || t.is(h, "who")) && t.w(h-1).w == ","
}

// ReportedMonth switches on the reading of a month in a reported forecast
// dated by the month of its telling (the default): "The airline said in
// March that flights would resume in April", in a May story, is this
// April, the first after the telling; before, a future clause took the
// next April from publication, a year on. Only "would", "was to" and
// "were to" (the future of a past telling), only when the telling is
// dated by a month named right after its verb ("said in March",
// "announced last month"), and only when the month reported lies after
// that month (or in it) and before publication's.
var ReportedMonth = true

// reportedMonth returns the month m at word i as the first occurrence
// after the month of its telling, when the rule applies.
func (t *tagger) reportedMonth(i, m int) (point, bool) {
	if !ReportedMonth || !t.has {
		return point{}, false
	}
	would := false
	for k := i - 1; k >= 1 && k >= i-25; k-- {
		x := t.w(k)
		if t.is(k, ".") || t.is(k, "?") || t.is(k, "!") || t.is(k, ";") {
			return point{}, false
		}
		switch x.w {
		case "would", "'d":
			would = true
		case "to":
			if t.is(k-1, "was") || t.is(k-1, "were") {
				would = true
			}
		}
		if !reportVerbs[x.w] || !would {
			continue
		}
		told := 0 // months since year 0 of the telling
		for j := k + 1; j <= k+3 && told == 0; j++ {
			y := t.w(j)
			switch {
			case y.c&cMonth != 0 && y.upper && y.month > 0:
				p := t.monthPoint(int(y.month), tPast)
				told = p.y*12 + p.m - 1
			case y.w == "last" && t.is(j+1, "month"):
				told = t.dct.y*12 + t.dct.m - 2
			case t.isPunct(j) || y.w == "that":
				return point{}, false
			}
		}
		if told == 0 {
			return point{}, false
		}
		pub := t.dct.y*12 + t.dct.m - 1
		at := told + (m-1-told%12+12)%12
		if at >= pub {
			return point{}, false
		}
		return point{g: gMonth, y: at / 12, m: at%12 + 1}, true
	}
	return point{}, false
}
