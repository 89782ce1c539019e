package timex

import "strings"

// Session 35 (timex round): rules found by tagging sentences of our own
// written for the error classes of the development sets.

// PastSubjectDay switches on the past reading of a possessive weekday
// that is the subject of a past verb (the default): "Friday's attack
// killed 12 people", "Friday's vote was marred by violence" in a
// Wednesday story are last Friday's. Before, a possessive five or six days
// back was the coming day (the eighth round's limit, right for "Saturday's
// celebrations will be ..." on a Friday) whatever the verb after it; a
// subject of a future verb was already ahead (futureSubject).
var PastSubjectDay = true

// pastSubject reports whether the noun phrase from word k (after a
// possessive weekday) is the subject of a past verb within five words:
// the first tense cue after the head is past, with no punctuation, clause
// opener or coordination before it. A thing put off ("Saturday's final
// was postponed") is left to the other rules: what is moved is still to
// come.
func (t *tagger) pastSubject(k int) bool {
	if !PastSubjectDay {
		return false
	}
	lim := k + 5
	for h := k; h < len(t.ws) && h < lim; h++ {
		x := t.w(h)
		if h > k && t.is(h, ",") && t.is(h+1, "which") && t.w(h+2).c&cDet == 0 {
			// "Friday's attack, which killed 12 people": the verb of
			// the relative clause
			h++
			lim += 2
			continue
		}
		if t.isPunct(h) || opensClause(x.w) || x.w == "and" || x.w == "or" {
			return false
		}
		if h == k {
			continue // the head noun ("vote", "attack") is no verb
		}
		c, _ := t.cue(h, true)
		if c == tNone {
			continue
		}
		if c != tPast {
			return false
		}
		v := h
		if x.w == "was" || x.w == "were" {
			v = h + 1
			if lyAdverb(t.w(v).w) {
				v++
			}
		}
		return !putOffWords[t.w(v).w]
	}
	return false
}

// putOffWords are the participles of putting off, moving or calling off.
var putOffWords = map[string]bool{
	"postponed": true, "delayed": true, "cancelled": true, "canceled": true, "moved": true,
	"rescheduled": true, "called": true, "suspended": true, "scrapped": true, "pushed": true,
	"brought": true, "put": true, "set": true, "scheduled": true, "planned": true, "due": true,
	"expected": true, "slated": true, "to": true,
}

// HyphenHalf switches on counts written with hyphens and a half (the
// default): "three-and-a-half years" is P3Y6M and "two-and-a-half-year
// highs" P2Y6M; "a one-and-a-half-hour meeting" PT1H30M. Before, the
// hyphenated count was no number: "more than three-and-a-half years"
// was "years" PXY, and "two-and-a-half-year" was not tagged.
var HyphenHalf = true

// hyphenHalf reads a hyphenated word whose parts 1 to 3 are "and a half"
// after a count: alone a count with a half (kNumHalf), before a singular
// unit a length (kHyDur with kc 2), and before "old" an age (kc 1 in
// years, left out; kc 2 in other units, a length with its half).
func hyphenHalf(w *word, parts [][]byte, p0 entry) bool {
	if !HyphenHalf || string(parts[1]) != "and" || string(parts[2]) != "a" || string(parts[3]) != "half" {
		return false
	}
	n, ok := count(parts[0], p0)
	if !ok || n < 0 {
		return false
	}
	switch len(parts) {
	case 4:
		w.kind, w.ka = kNumHalf, n
		w.entry.c |= cNum
		return true
	case 5, 6:
		u := lexicon[string(parts[4])]
		if u.c&cUnit == 0 || u.c&cPlural != 0 || string(parts[4]) == "half" {
			return false
		}
		kc := 2 // a length plus a half
		if len(parts) == 6 {
			switch string(parts[5]) {
			case "old":
				// an age: in years, which duration leaves out (kc 1);
				// in months or weeks, a length that keeps its half
				// ("the two-and-a-half-month-old truce" was P2M)
				if u.unit == uYear {
					kc = 1
				}
			case "long":
			default:
				// "two-and-a-half-year-high": not read (before the
				// review, w was already written and tagged whole)
				return false
			}
		}
		w.kind, w.ka, w.kb, w.kc = kHyDur, n, int(u.unit), kc
		w.entry.c |= cMisc
		return true
	}
	return false
}

// MoneyParen switches on the reading of an amount with its conversion in
// brackets before "a month", "a year" as a sum by the period (the
// default): "earns 4,000 yuan (493 US dollars) a month", "14 million yuan
// (1.7 million U.S dollars) a year" are amounts, as "earns $500 a month"
// already was (moneyBefore), and neither development set tags them.
// Before, the bracket hid the amount and "a month" was a duration
// (bench-news: ten such in 2,452 stories, all tagged).
var MoneyParen = true

// currencyWords are the names of money a bracketed conversion uses.
var currencyWords = map[string]bool{
	"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "yen": true,
	"yuan": true, "us": true, "u.s.": true, "usd": true, "cents": true, "francs": true, "rupees": true,
	"pesos": true, "rubles": true, "roubles": true, "won": true, "kronor": true, "ringgit": true,
	"baht": true, "rupiah": true, "dinars": true, "shekels": true, "sterling": true,
}

// parenMoney reports whether the bracket closing at word c, up to ten
// words long, holds an amount of money ("(493 US dollars)", "(3.8
// billion US)", "($500)"), or follows one ("150 billion (dollars)" is
// the bracketed currency of a number before it).
func (t *tagger) parenMoney(c int) bool {
	num, cur := false, false
	for k := c - 1; k >= 0 && k >= c-10; k-- {
		x := t.w(k)
		if x.w == "(" {
			if cur && !num {
				// "150 billion (dollars)": the number stands before
				p := t.w(k - 1)
				if p.w == "million" || p.w == "billion" || p.w == "trillion" {
					p = t.w(k - 2)
				}
				num = p.num >= 0 || isDecimal(p.raw)
			}
			return num && cur
		}
		if t.isPunct(k) && x.w != "," || opensClause(x.w) {
			return false
		}
		if x.num >= 0 || isDecimal(x.raw) || x.c&cNum != 0 {
			num = true
		}
		if currencyWords[strings.ToLower(x.raw)] {
			cur = true
		}
		for _, sym := range []string{"$", "£", "€", "¥"} {
			if strings.HasPrefix(x.raw, sym) {
				cur = true
			}
		}
	}
	return false
}

// MonthThatYear switches on "that year" and "the same year" after a
// month or month-day as the year of the date last mentioned (the
// default): "The war began in 1990. In September that year, the army
// invaded" is 1990-09, one expression, as "September the following year"
// already was (modYear). Before, the month took publication's year and
// "that year" then anchored on it.
var MonthThatYear = true

// thatYear reads "that year", "that same year" or "the same year" at
// word i and returns the year of the last date mentioned, when there is
// one, and the word after.
func (t *tagger) thatYear(i int) (int, int, bool) {
	if !MonthThatYear || !t.has || !t.hasLast {
		return 0, i, false
	}
	k := i
	switch {
	case t.is(k, "that") && t.is(k+1, "same"):
		k += 2
	case t.is(k, "that"), t.is(k, "the") && t.is(k+1, "same"):
		k++
		if t.is(k, "same") {
			k++
		}
	default:
		return 0, i, false
	}
	if !t.is(k, "year") || t.is(k+1, "'s") || t.is(k+1, "’s") {
		return 0, i, false
	}
	p, text := t.anchorPoint(gYear)
	if !text || p.y < 0 {
		return 0, i, false
	}
	return p.y, k + 1, true
}

// FrameYear switches on the year of a sentence that opens with it for the
// months and month-days without a year in that sentence, in a past clause
// or one without a tense cue (the default): "In 1976, the pound began a
// slide which led ministers to ask the fund for a loan in September" is
// September 1976; "In March 1990, the army invaded on March 5" is
// 1990-03-05. Before, they took publication's year. Only when the frame
// ("In 1976,", "In March 1990,", "By 1976,") is followed by a comma and
// names a year before publication's, and no other year, "since", "now"
// or deictic day stands between it and the month. A year-less month in a
// sentence with a year that is not its frame is left alone: "sharpest
// fall since September 1986 in March", "oust Saddam in April 2003, two
// transitional governments and a constitution in October" are this
// year's (bench-news; a rule on any earlier date in the sentence got all
// three of its changes wrong).
var FrameYear = true

// frameYear returns the year of the frame opening the sentence of the
// month at word i.
func (t *tagger) frameYear(i int, te tense) (int, bool) {
	if !FrameYear || !t.has || te != tPast && te != tNone {
		return 0, false
	}
	k := 0
	for k < i && (t.is(k, "\"") || t.is(k, "``") || t.is(k, "“")) {
		k++
	}
	switch t.w(k).w {
	case "in", "by", "during":
	default:
		return 0, false
	}
	k++
	if t.w(k).c&cMonth != 0 || t.is(k, "early") || t.is(k, "late") || t.is(k, "mid") {
		k++
	}
	y, e, ok := t.yearAt(k)
	if !ok || !t.is(e, ",") || e >= i || y >= t.dct.y {
		return 0, false
	}
	for h := e + 1; h < i; h++ {
		x := t.w(h)
		if x.c&(cDeictic|cWeekday) != 0 || x.w == "since" || x.w == "now" || x.w == "currently" {
			return 0, false
		}
		if x.c&cMod != 0 && (t.is(h+1, "year") || t.is(h+1, "month") || t.is(h+1, "week")) {
			return 0, false // "last year", "this month"
		}
		if _, _, ok := t.yearAt(h); ok {
			return 0, false
		}
	}
	return y, true
}

// IntentAfterPronoun switches on the future reading of a verb of
// intention before "to" after a pronoun subject (the default): "He plans
// to visit China on Monday", "It expects to report results on Monday",
// "which plans to list its shares in March" look ahead, as they did after
// a noun ("The firm plans to ..."). Before, presentAfterPronoun took the
// -s verb after "he", "she", "it", "which" or "who" for a present of
// schedule first, and the nearer Monday, two days back in a Wednesday
// story, was read.
var IntentAfterPronoun = true

// intentToAfterPronoun reports a verb of intention at word k followed by
// "to": cue reads it as future.
func (t *tagger) intentToAfterPronoun(k int) bool {
	if !IntentAfterPronoun || !t.is(k+1, "to") {
		return false
	}
	switch t.w(k).w {
	case "plans", "intends", "aims", "expects", "hopes", "wants", "seeks", "vows", "promises",
		"threatens", "agrees":
		return true
	}
	return false
}

// LikelyTo switches on "likely to", "unlikely to" and "needs to" as cues
// of the future (the default): "Talks are likely to resume on Monday",
// "The team needs to win on Saturday", "a vote on Sunday, with the
// turnout seen likely to decide" look ahead. Before, the clause's "are"
// or no cue at all made the weekday the nearer one, or the last. Not
// "needed to" (past), nor "did not need to", nor "likely" without a verb
// of being or seeming before it ("the tax rise on April 1 unlikely to
// thwart the upturn", a reduced clause about a past date).
var LikelyTo = true

// likelyTo reports "likely to", "unlikely to", "need to" or "needs to"
// at word k.
func (t *tagger) likelyTo(k int) bool {
	if !LikelyTo || !t.is(k+1, "to") {
		return false
	}
	switch t.w(k).w {
	case "likely", "unlikely":
		// a verb before: not the reduced clause of "the tax rise on
		// April 1 unlikely to thwart the upturn"
		p := t.w(k - 1).w
		if p == "very" || p == "more" || p == "most" || p == "less" || p == "highly" || p == "still" || p == "not" {
			p = t.w(k - 2).w
		}
		switch p {
		case "is", "are", "was", "were", "be", "been", "'s", "'re", "’s", "’re", "seen", "seems", "seem",
			"seemed", "looks", "look", "looked", "appears", "appear", "appeared", "remain", "remains", "deemed",
			"considered", "thought":
			return true
		}
		return false
	case "needs":
		return true
	case "need":
		switch t.w(k - 1).w {
		case "not", "n't", "did", "didn't", "had":
			return false
		}
		return t.w(k-1).w != "to" // "had yet to need to"
	}
	return false
}

// RangeTo switches on the nearer reading of a month or month-day after
// "to" that ends a range ("from May to September") or follows a verb of
// lasting ("runs to September"), in a clause without a tense cue (the
// default): the month nearest publication, up to six months either way,
// as in a present clause ("The season runs from May to September" in May
// is 2024-05 to 2024-09; "trade from January to September" in November
// stays this year's). Before, the bare month's reading without a cue
// looks back when more than three months ahead: 2023-09, and the range's
// start followed it to 2023-05; "The exhibition runs from June 3 to
// August 20" ran backwards (2024-06-03 to 2023-08-20). Read as "until"
// (a deadline ahead) instead, "trade from January to September hit $1
// billion" in November became next year's (bench-news), so not that.
var RangeTo = true

// rangeTo reports whether "to" at word k ends a range opened by "from"
// up to six words before it in its clause, or follows a verb of lasting.
func (t *tagger) rangeTo(k int) bool {
	if !RangeTo {
		return false
	}
	switch t.w(k - 1).w {
	case "runs", "run", "lasts", "last", "continues", "continue", "stretches", "stretch":
		return true
	}
	for h := k - 1; h >= 0 && h >= k-6; h-- {
		x := t.w(h)
		if x.w == "from" {
			return h < k-1
		}
		if t.isPunct(h) && x.w != "," || opensClause(x.w) {
			return false
		}
	}
	return false
}

// ClockLocal switches on four digits before "local time", "hours" or
// "hrs" after "at", "by", "until", "till", "from", "around", "about",
// "before" or "after" as a clock time (the default): "The blast occurred at 1945 local time" is T19:45, not the
// year 1945; "The curfew begins at 2200 hours" is T22:00, not a duration
// of 2,200 hours. Before, only a time zone written in capitals after the
// digits ("0900 GMT") made them a time.
var ClockLocal = true

// clockLocal reports "local time", "hours" or "hrs" at word k, after four
// digits preceded by a preposition of time.
func (t *tagger) clockLocal(k int) bool {
	if !ClockLocal {
		return false
	}
	switch t.w(k - 2).w {
	case "at", "by", "until", "till", "from", "around", "about", "before", "after":
	default:
		return false
	}
	return t.is(k, "local") && t.is(k+1, "time") || t.is(k, "hours") || t.is(k, "hrs")
}

// QuarterEnded switches on the quarter of "the quarter ended July 31"
// from its last day (the default): the calendar quarter that holds the
// period's middle, 45 days before its end (July 31: the second quarter,
// as TimeBank values it; Sept. 30: the third; Feb. 28: the first, its
// middle in January). Before, "the quarter" was the last quarter mentioned or
// the one before publication whatever day it ended on. Also, a month-day
// after "ended" is never ahead of publication: "the quarter ended June
// 30" in May is last June's (before, the past clause's slack for a date
// reported ahead kept it this year's). Not after a fiscal word ("the
// fiscal quarter ended Sept. 30" may be numbered by the fiscal year).
var QuarterEnded = true

// quarterEnded reads "ended" or "ending" and a month-day at word k and
// returns the calendar quarter holding the middle of the three months
// that end on that day.
func (t *tagger) quarterEnded(k int) (point, bool) {
	if !QuarterEnded || !t.is(k, "ended") && !t.is(k, "ending") || t.w(k+1).c&cMonth == 0 {
		return point{}, false
	}
	r := t.monthRule(k + 1)
	if !r.ok || r.pt.g != gDay || r.pt.y < 0 {
		return point{}, false
	}
	mid := r.pt.date().addDays(-45)
	return point{g: gQuarter, y: mid.y, n: (mid.m-1)/3 + 1}, true
}

// PastDeedDay switches on the past reading of a weekday after "on" and a
// definite noun of a deed or disaster (pastEvents, with "the" or a
// possessive before it), whatever the tense of the clause (the default):
// "The man will appear in court on Monday after his arrest on Sunday",
// "Patrols will be stepped up after the bombing on Sunday" name a Sunday
// over. Before, the future clause made it the coming Sunday. An
// indefinite deed ("to prevent an attack on Sunday") is left to the
// tense; month-days had the reading since the sixth round
// (pastEventBefore).
var PastDeedDay = true

// pastDeedDay reports "the" or a possessive, a noun of pastEvents and
// "on" before the weekday at word i.
func (t *tagger) pastDeedDay(i int) bool {
	if !PastDeedDay || !t.is(i-1, "on") || !pastEvents[t.w(i-2).w] {
		return false
	}
	d := t.w(i - 3)
	return d.w == "the" || possessiveWord(d.raw)
}
