package event

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event dates, session 23, round 11 (docs/EVENTS.md, "Dates, session 23,
// round 11").

// r11Candidates drops from xs, the time expressions an event may take its
// date from, two kinds that name another happening's time or the object's
// period rather than the act's:
//
//   - a day written as a possessive of a noun that is not the event's own
//     trigger ("deplored Monday's shelling on Tuesday and called for
//     calm": Monday is the shelling's day, not the appeal's), unless the
//     noun is an anchor the act is timed from ("since last April's
//     offensive"); dropped only when another expression remains;
//   - in a past or present perfect clause of an asserted act, a year or a month with its year written that lies
//     after publication ("has set aside money for 2027", "sold the rights
//     for the 2027-30 seasons"): a past act cannot happen then,
//     the period is the object's. Such an expression is dropped even when
//     it is the only one, and the event stays undated by it;
//   - a time phrase between a closing quotation mark and ", said
//     <speaker>" ('"We will reopen the road" by the end of June, said the
//     mayor, following a meeting with the donors'): it closes the quoted
//     words, wherever the parser hung it; neither the saying nor an act
//     named after it (the meeting) takes it. Dropped even when it is the
//     only one.
//
// It reports whether any expression is left.
func r11Candidates(d *doc.Document, s *sent, e *doc.Event, xs []tmx, future, past bool) ([]tmx, bool) {
	out := xs
	v, _ := eventTokens(s, e.Action)
	if !future && e.Modality != "intended" && v >= 0 && (past || perfectAux(s, v, false)) && d.Date != "" {
		out = slices.DeleteFunc(slices.Clone(out), func(x tmx) bool {
			return futurePeriod(d, x)
		})
		if len(out) == 0 {
			return out, false
		}
	}
	out = slices.DeleteFunc(slices.Clone(out), func(x tmx) bool { return v >= 0 && beforeInvertedSay(s, x, v) })
	if len(out) == 0 {
		return out, false
	}
	if len(out) > 1 {
		keep := slices.DeleteFunc(slices.Clone(out), func(x tmx) bool {
			return possessiveOther(s, x, v)
		})
		if len(keep) > 0 {
			out = keep
		}
	}
	return out, true
}

// futurePeriod reports a year or a month whose text writes its year and
// whose value lies after publication ("for 2027", "in 2027-30", "in June
// 2027").
func futurePeriod(d *doc.Document, x tmx) bool {
	v := x.x.Value
	return yearValue(v) && v[3] != 'X' && yearWritten(x.x.Text) && after(v, d.Date)
}

// possessiveOther reports a time expression that is the possessive of a
// noun other than the event's trigger v, not one an act is timed from.
func possessiveOther(s *sent, x tmx, v int) bool {
	h := x.head
	if h < 0 || s.rel[h] != rPoss {
		return false
	}
	n := s.head[h]
	return n >= 0 && n != v && !anchorCase(s, n)
}

// clauseAnchorDate dates an event its own clause left undated from a
// clause that anchors it (called for unresolved events):
//
//   - sinceClauseRange: a perfect with a "since" clause that has a time of
//     its own ("have kept the border shut ever since the rebels seized the
//     town in May") is a range from that time to publication, as "since
//     May" is;
//   - countedBeforeDay: an act told as a counted distance before the main
//     clause's day ("spoke on Friday, two days after the rebels shelled the
//     town"; "a week after", "the day after") is that day less the
//     distance: a day for days, the week for weeks, the month for months.
func clauseAnchorDate(d *doc.Document, s *sent, e *doc.Event) {
	if e.Modality == "intended" || !parsed(s) || d.Date == "" {
		return
	}
	v, _ := eventTokens(s, e.Action)
	if v < 0 || s.upos[v] != "VERB" {
		return
	}
	if sinceClauseRange(d, s, e, v) {
		return
	}
	countedBeforeDay(d, s, e, v)
}

func sinceClauseRange(d *doc.Document, s *sent, e *doc.Event, v int) bool {
	if !perfectAux(s, v, false) {
		return false
	}
	xs := sentenceTimexes(d, s)
	for _, k := range s.kids[v] {
		if s.rel[k] != rAdvcl || s.markOf(k) != "since" {
			continue
		}
		own := attached(s, xs, []int{k})
		if len(own) != 1 || isFuzzy(own[0].x.Value) {
			return false
		}
		val := fixWeekday(d, own[0].x, false, true)
		date, typ := dateOf(d, val)
		if typ == DateUnresolved || after(date, d.Date) {
			return false
		}
		e.Date, e.DateEnd, e.DateType = date, d.Date, DateRange
		return true
	}
	return false
}

// countWords are the counts written before a unit of time.
var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3,
	"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

func countedBeforeDay(d *doc.Document, s *sent, e *doc.Event, v int) {
	// "<count> <unit> after <subject> <verb>", or so before the first
	// conjunct, which carries the clause's words ("imposed a ban and
	// appealed ...")
	c, a := v, afterWord(s, v)
	for a < 0 && s.rel[c] == rConj && s.head[c] >= 0 && s.upos[s.head[c]] == "VERB" {
		c = s.head[c]
		a = afterWord(s, c)
	}
	if a < 2 {
		return
	}
	u, n := a-1, a-2
	unit := s.lemma[u]
	if unit != "day" && unit != "week" && unit != "month" {
		return
	}
	count, ok := countWords[s.lower[n]]
	if !ok {
		k, err := strconv.Atoi(s.lower[n])
		if err != nil || k < 1 || k > 31 {
			return
		}
		count = k
	}
	if s.lower[n] == "the" && unit != "day" {
		return // "the week after" is no count
	}
	// the main clause: the verb the phrase's words hang from, before it
	r := -1
	for i := 0; i < s.n; i++ {
		if s.head[i] < 0 {
			r = i
			break
		}
	}
	if r < 0 || r == c || r > n || s.inSubtree(r, c) || s.upos[r] != "VERB" {
		return
	}
	xs := sentenceTimexes(d, s)
	day := ""
	for _, x := range attached(s, xs, []int{r}) {
		if x.head >= n {
			continue
		}
		val := fixWeekday(d, x.x, clauseFuture(s, r), !clauseFuture(s, r) && clausePast(s, r))
		date, typ := dateOf(d, val)
		if typ != DateExact {
			continue
		}
		if day != "" && day != date {
			return
		}
		day = date
	}
	if day == "" {
		return
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return
	}
	switch unit {
	case "day":
		e.Date, e.DateType = t.AddDate(0, 0, -count).Format("2006-01-02"), DateExact
	case "week":
		y, w := t.AddDate(0, 0, -7*count).ISOWeek()
		e.Date, e.DateType = fmt.Sprintf("%04d-W%02d", y, w), DateApprox
	case "month":
		e.Date, e.DateType = t.AddDate(0, -count, 0).Format("2006-01"), DateApprox
	}
	e.DateEnd = ""
}

// afterWord returns the "after" before verb c with no other verb or comma
// between them, or -1.
func afterWord(s *sent, c int) int {
	for i := c - 1; i >= 1; i-- {
		if s.lower[i] == "after" {
			return i
		}
		if s.upos[i] == "VERB" || s.upos[i] == "AUX" && s.lemma[i] != "have" || s.lower[i] == "," {
			return -1
		}
	}
	return -1
}

// beforeInvertedSay reports a time phrase that follows a closing
// quotation mark and is followed by ", <reporting verb>" whose subject, if
// any, comes after it ('"..." by the end of June, said the mayor'), when
// the event v is that saying or lies after it (an act named in the
// attribution). The words between the mark and the comma are the time's
// phrase: no verb and no other punctuation.
func beforeInvertedSay(s *sent, x tmx, v int) bool {
	q := -1
	for i := x.head - 1; i >= 0; i-- {
		if quoteMarks[s.lower[i]] {
			q = i
			break
		}
		if s.upos[i] == "VERB" || s.upos[i] == "AUX" || s.upos[i] == "PUNCT" {
			return false
		}
	}
	if q < 0 {
		return false
	}
	h := -1
	for i := x.head + 1; i < s.n; i++ {
		if s.lower[i] == "," {
			h = i + 1
			break
		}
		if s.upos[i] == "VERB" || s.upos[i] == "AUX" || s.upos[i] == "PUNCT" {
			return false
		}
	}
	if h < 0 || h >= s.n || s.upos[h] != "VERB" || !reportVerbs[s.lemma[h]] || v < h {
		return false
	}
	// (the parser may make the time phrase itself the subject)
	subj := s.child(h, rNsubj)
	return subj < 0 || subj > h || s.inSubtree(x.head, subj)
}

var quoteMarks = map[string]bool{"\"": true, "''": true, "”": true}
