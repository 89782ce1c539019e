package event

import (
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Dates, session 22 (docs/EVENTS.md, "Dates, session 22"): three
// mends of the `when` stage found reading the date misses of
// places-dev1…dev7.

// AfterClauseNoDay keeps the day of the governing clause from an act told
// in an "after" or "before" clause of it (afterBeforeClause). A switch for
// the tests.
var AfterClauseNoDay = true

// afterBeforeClause reports whether clause x is an adverbial clause opened
// by "after" or "before" ("arrived in Harare on Thursday after touring
// Zambia and Malawi", "was stopped at the border on Friday after a
// farmer accused him"): its act is told as earlier or later than the
// governing clause's, so that clause's day is not its own; the story
// gives it no day (rule 2 of `Date` otherwise lends it that day as
// approximate).
func afterBeforeClause(s *sent, x int) bool {
	if !AfterClauseNoDay || s.head[x] < 0 {
		return false
	}
	var m string
	switch s.rel[x] {
	case rAdvcl:
		m = s.markOf(x)
	case rAcl:
		// "after a farmer accused him", parsed as a noun after "after"
		// with the verb its participle
		m = s.caseOf(s.head[x])
	}
	return m == "after" || m == "before"
}

// timeInClause reports whether one of the times own, which the clause
// governing the "after" or "before" clause x would lend it, is written
// inside x, from its "after" to the next comma or dash ("retained the
// share after selling its stake in 1984", the year hung on "retained";
// "After touring Arusha on Thursday, the minister said", the day hung on
// the main clause): the parser's attachment, the time is x's own and is
// still taken.
func timeInClause(s *sent, own []tmx, x int) bool {
	var m int
	if s.rel[x] == rAcl {
		m = s.child(s.head[x], rCase) // "after a farmer accused him"
	} else {
		m = s.child(x, rMark)
	}
	if m < 0 {
		return false
	}
	hi := m + 1
	for hi < s.n && s.lower[hi] != "," && s.lower[hi] != ";" && s.lower[hi] != "--" {
		hi++
	}
	for _, t := range own {
		if t.head > m && t.head < hi {
			return true
		}
	}
	return false
}

// reportedTailDay returns the day written last in the reported clause,
// just before the comma that opens the trailing reporting clause ("the
// gunmen killed two guards in the raid Tuesday, the police told
// reporters"), when the parser hung it elsewhere than on the event's
// clause: on the reporting verb, or under a participle or a noun of the
// reported clause. The day closes the reported clause, so it is its act's,
// when (a) the event's trigger comes before it, (b) the way up from the
// day to the event's clause or to the reporting verb crosses no clause with
// a subject or a marker of its own ("officials said Kenya would send troops
// after rebels attacked a town Friday, the agency reported": Friday is the
// attack's), and (c) the event's clause is no present perfect ("has agreed
// to talks aboard a ship Friday": a present perfect takes no past day, the
// day is the talks'). A day on a happening's noun inside a phrase of the
// clause (nestedHappening: "left aides to consult on the possibility of a
// meeting on Monday") is taken only when nestedOK, by tailDayFallback: the
// parser also nests the act's own scene ("killed two guards of the convoy
// in the raid Tuesday").
func reportedTailDay(d *doc.Document, s *sent, xs []tmx, v int, verbs []int, nestedOK bool) []tmx {
	if hasPerfect(s, v) {
		return nil
	}
	for _, x := range xs {
		if x.prep != "" && x.prep != "on" || !isDay(x.x.Value) || !nestedOK && nestedHappening(s, x, verbs) {
			continue
		}
		last := -1 // the expression's last token
		for i := 0; i < s.n; i++ {
			if a, b := s.tokenSpan(i); a >= x.x.Start && b <= x.x.End {
				last = i
			}
		}
		c := last + 1
		if last < 0 || c >= s.n || s.lower[c] != "," || last < v {
			continue
		}
		r := reportingAfter(s, c)
		if r < 0 || slices.Contains(verbs, r) {
			continue
		}
		if reachesFreely(s, x.head, verbs, r) {
			return []tmx{x}
		}
	}
	return nil
}

// hasPerfect reports a "has"/"have" auxiliary on v.
func hasPerfect(s *sent, v int) bool {
	for _, k := range s.kids[v] {
		if s.rel[k] == rAux && (s.lower[k] == "has" || s.lower[k] == "have") {
			return true
		}
	}
	return false
}

// reportingAfter returns the reporting verb (sayVerbs) of the clause that
// follows the comma c: a verb with a subject, the words between the comma
// and it being its own and no clause (", a police spokesman said", ", rebel
// officials told AFP"; the parser sometimes makes the day before the comma
// the subject and the speaker its apposition), else -1.
func reportingAfter(s *sent, c int) int {
	for r := c + 2; r < s.n && r <= c+8; r++ {
		if !sayVerbs[s.lemma[r]] || s.upos[r] != "VERB" {
			continue
		}
		if !s.hasChild(r, rNsubj) {
			return -1
		}
		for i := c + 1; i < r; i++ {
			if !s.inSubtree(i, r) || clauseHead(s, i) {
				return -1
			}
		}
		return r
	}
	return -1
}

// reachesFreely reports whether the way up from token h meets one of verbs
// or the reporting verb r before any clause with a subject or a marker of
// its own, or a clause modifying a word ("denounced the warship sailing
// through the strait Sunday, the ministry said": the sailing's Sunday).
func reachesFreely(s *sent, h int, verbs []int, r int) bool {
	for x, steps := s.head[h], 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
		if x == r || slices.Contains(verbs, x) {
			return true
		}
		if clauseHead(s, x) && (s.hasChild(x, rNsubj) || s.hasChild(x, rNsubjPass) || s.hasChild(x, rMark) ||
			s.rel[x] == rAcl || s.rel[x] == rRelcl || s.rel[x] == rAdvcl) {
			return false
		}
	}
	return false
}

// deadlineSubjects returns, as deadlines of the event's clause, the days
// the parser made the subject of a clause opened by "until", "till", "by"
// or "before" ("gave the army until Sunday to hand over power": Sunday is
// the nsubj of "hand", "until" its marker); the deadline dates a demand
// or an ultimatum (deadlineDemand) or an intended act, nothing else.
func deadlineSubjects(s *sent, xs []tmx, verbs []int) []tmx {
	var out []tmx
	for _, x := range xs {
		k := s.head[x.head]
		if k < 0 || s.rel[x.head] != rNsubj || s.rel[k] != rAdvcl || !slices.Contains(verbs, s.head[k]) {
			continue
		}
		m := s.child(k, rMark)
		if m < 0 || m > x.head {
			continue
		}
		switch s.lower[m] {
		case "until", "till", "by", "before":
			x.prep = s.lower[m]
			out = append(out, x)
		}
	}
	return out
}

// deadlineEnd ends at its deadline the date of an event that its own
// clause dates by a day and bounds by a deadline ("on Wednesday gave the
// army until Sunday": Wednesday to Sunday); applyTimexes took the day
// nearest the trigger.
func deadlineEnd(d *doc.Document, e *doc.Event, dl []tmx) {
	if len(dl) == 0 || e.DateEnd != "" || e.DateType != DateExact {
		return
	}
	end, typ := dateOf(d, dl[0].x.Value)
	if typ == DateUnresolved || end == "" || !after(end, e.Date) {
		return
	}
	e.DateEnd, e.DateType = end, DateRange
}

// deadlinePrep reports the words that make a time a deadline.
func deadlinePrep(p string) bool {
	switch p {
	case "by", "before", "until", "till", "no later than", "by the end of", "ahead of":
		return true
	}
	return false
}

// tailDayFallback dates an asserted event that `dateEvent` left
// unresolved by the day closing its reported clause even when that day
// hangs on a happening nested in one of its phrases (reportedTailDay).
func tailDayFallback(d *doc.Document, s *sent, e *doc.Event) {
	v, verbs := eventTokens(s, e.Action)
	if v < 0 || !parsed(s) || e.Modality == "intended" {
		return
	}
	verbs = ownVerbs(s, e, verbs)
	xs := sentenceTimexes(d, s)
	if own := reportedTailDay(d, s, xs, v, verbs, true); len(own) > 0 {
		past := !clauseFuture(s, v) && clausePast(s, v)
		applyTimexes(d, s, e, own, xs, false, past, false)
	}
}

// pastYearDay moves back a year a day written without its year ("on Nov.
// 30", "March 2") that the tagger put after publication although the
// event's own clause is past: an act told as done lies before the story
// ("At last year's summit on Nov. 30, Ghana and Togo signed a treaty", told
// on Nov. 25). A weekday is fixWeekday's; a year written stays, and so
// does a day after any preposition but "on" or "at": a deadline or an end
// ("had agreed to withdraw by March 1", "extended the offer to Nov. 20"),
// and so does a day whose sentence gives another year apart ("on
// Christmas Eve in 2000", the tagger's year being that of publication).
func pastYearDay(d *doc.Document, x tmx, all []tmx, val string, past bool) string {
	if !past || x.prep != "" && x.prep != "on" && x.prep != "at" || d.Date == "" || len(val) < 10 || !isDay(val[:10]) || !after(val[:10], d.Date) || yearWritten(x.x.Text) {
		return val
	}
	for _, w := range strings.Fields(strings.ToLower(x.x.Text)) {
		if weekdayWords[strings.Trim(w, ",.")] {
			return val
		}
	}
	t, err := time.Parse("2006-01-02", val[:10])
	if err != nil {
		return val
	}
	back := t.AddDate(-1, 0, 0).Format("2006-01-02")
	for _, y := range all {
		// a year the sentence gives apart ("on Christmas Eve in 2000")
		// must be the one moved to ("last year's summit")
		if v := y.x.Value; y.x != x.x && len(v) == 4 && yearValue(v) && v != back[:4] {
			return val
		}
	}
	return back + val[10:]
}
