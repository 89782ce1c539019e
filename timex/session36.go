package timex

// Session 36 (timex round): rules found by tagging sentences of our own
// and by reading the event dates of the first 600 bench-news stories.

// SchedMoreDay switches on more present verbs of schedule before a
// weekday (the default): "Campaigning ends on Friday", "The summit takes
// place on Friday", "The ban takes effect on Saturday", "The law comes
// into force on Sunday", "The party holds its congress on Saturday",
// "Parliament reconvenes on Tuesday", "Ministers hold talks on Friday",
// "Talks continue on Monday" lie ahead. Before, these verbs were no
// tense cue, so the clause read as past and took the weekday just gone.
var SchedMoreDay = true

// schedMoreSingular are -s verbs of scheduled happenings that presentSched
// and schedSingular do not hold; schedMorePlural their plural forms.
var schedMoreSingular = map[string]bool{
	"ends": true, "holds": true, "reconvenes": true, "continues": true, "wraps": true,
	"gathers": true, "stages": true, "unveils": true, "launches": true, "marks": true,
	"celebrates": true, "hands": true, "delivers": true, "sits": true,
	"signs": true, "elects": true, "reviews": true, "discusses": true, "enters": true,
	"considers": true, "examines": true,
}

var schedMorePlural = map[string]bool{
	"end": true, "hold": true, "reconvene": true, "continue": true, "wrap": true,
	"gather": true, "stage": true, "unveil": true, "launch": true, "mark": true,
	"celebrate": true, "sit": true, "sign": true, "elect": true, "vote": true,
	"assemble": true, "close": true, "review": true, "discuss": true, "enter": true,
	"consider": true, "examine": true, "debate": true,
}

// schedPhrase reports "takes place", "takes effect", "takes office",
// "comes into force / effect", "goes into effect", "gets under way" at
// word k (the verb), in -s or plural form; it returns how many words the
// phrase spans after the verb.
func (t *tagger) schedPhrase(k int) (bool, int) {
	switch t.w(k).w {
	case "takes", "take":
		switch t.w(k + 1).w {
		case "place", "effect", "office":
			return true, 1
		}
	case "comes", "come", "goes", "go":
		if t.is(k+1, "into") && (t.is(k+2, "force") || t.is(k+2, "effect")) {
			return true, 2
		}
	case "gets", "get":
		if t.is(k+1, "under") && t.is(k+2, "way") {
			return true, 2
		}
		if t.is(k+1, "underway") {
			return true, 1
		}
	}
	return false, 0
}

// schedMoreDay reports, for the weekday expression [i, j), one of the
// verbs above up to seven words before it in its clause, with no tense
// cue between; not for the day before publication. The subject tests are
// schedPresentDay's: a plural form only after a name, "they", "we", an
// -ly adverb or a plural noun, and neither form after a determiner, a
// number or a possessive (a noun: "the holds").
func (t *tagger) schedMoreDay(i, j int) bool {
	if !SchedMoreDay {
		return false
	}
	if t.is(i-1, "from") && (t.is(i+1, "to") || t.is(i+1, "through")) {
		return false // a habit: "the offices hold hearings from Monday to Friday"
	}
	x := t.w(i)
	if x.c&cWeekday == 0 {
		x = t.w(j - 1) // "at 7 p.m. on Tuesday"
	}
	if t.has && x.c&cWeekday != 0 && (t.dct.weekday()-int(x.wday)+7)%7 == 1 {
		// the day before publication keeps the nearer reading: wire
		// stories are often dated the day after what they report ("Polls
		// close at 7 p.m. on Tuesday" in a Wednesday story)
		return false
	}
	return t.schedMoreAt(i)
}

// SchedMoreMonth switches on the same verbs before a bare month (the
// default): "Parliament reconvenes in September", "The party holds its
// congress in October", "The new rules come into force in January" in
// May are the coming months. Before, the seventeenth round's
// schedVerbBefore read only presentSched's -s verbs right before the
// month or its preposition, and the clause took the last September.
var SchedMoreMonth = true

// schedMoreMonth reports one of SchedMoreDay's verbs before the bare
// month at word i.
func (t *tagger) schedMoreMonth(i int) bool {
	if !SchedMoreMonth || t.is(i-1, "from") || t.is(i+1, "to") || t.is(i+1, "through") {
		return false
	}
	return t.schedMoreAt(i)
}

// schedMoreAt scans back from the date at word i for a verb of
// schedMoreSingular, schedMorePlural or schedPhrase.
func (t *tagger) schedMoreAt(i int) bool {
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		x := t.w(k)
		if t.isPunct(k) || opensClause(x.w) {
			return false
		}
		p := t.w(k - 1)
		phrase, _ := t.schedPhrase(k)
		single := schedMoreSingular[x.w] || phrase && x.w[len(x.w)-1] == 's'
		plural := schedMorePlural[x.w] || phrase && x.w[len(x.w)-1] != 's'
		if single || plural {
			if p.c&cDet != 0 || p.num >= 0 || x.upper || possessiveWord(p.raw) {
				continue // "a close vote", "its marks": nouns
			}
			switch x.xpos {
			case "", "VBZ", "VBP", "VB", "NNS", "NN":
			default:
				return false
			}
			if single {
				return true
			}
			switch p.w {
			case "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
				"did", "do", "does", "n't", "not", "'ll", "’ll":
				return false // an infinitive: the modal tells the tense
			}
			pr := p.raw
			if pr == "" {
				return false
			}
			return x.xpos == "VBP" || x.xpos == "VB" || p.upper || pr == "they" || pr == "They" ||
				pr == "we" || pr == "We" || lyAdverb(p.w) ||
				len(pr) > 3 && pr[len(pr)-1] == 's' && pr[len(pr)-2] != 's'
		}
		if c, _ := t.cue(k, false); c != tNone {
			return false
		}
	}
	return false
}

// UntilPresent switches on the forward reading of a weekday after
// "until", "till" or "through" in a present clause (the default): "He is
// in Moscow until Tuesday", "The curfew is in force until Monday" in a
// Wednesday story are the coming days; a state that holds now lasts to a
// day ahead. Before, a present clause took the nearer weekday, the one
// just gone.
var UntilPresent = true

// untilPresent reports a deadline word right before the weekday at i.
func (t *tagger) untilPresent(i int) bool {
	if !UntilPresent {
		return false
	}
	switch t.w(i - 1).w {
	case "until", "till", "through":
		return true
	}
	return false
}

// IsOnDay switches on the forward reading of a weekday that a present
// "is" or "are" puts a happening on (the default): "The vote is on
// Sunday", "The hearings are on Monday and Tuesday" lie ahead. Before,
// the present took the nearer weekday, the one just gone when it was
// three days back.
var IsOnDay = true

// isOnDay reports "is on" or "are on" right before the weekday at i.
func (t *tagger) isOnDay(i int) bool {
	if !IsOnDay || !t.is(i-1, "on") {
		return false
	}
	k := i - 2
	if t.is(k, "now") || t.is(k, "still") || t.is(k, "also") {
		k--
	}
	return t.is(k, "is") || t.is(k, "are")
}

// SequenceDay switches on the order of a weekday in a gerund phrase
// after "before" or "after" that follows a day named earlier in the
// sentence (the default): "is to hold talks on Tuesday, before leaving
// Beijing on Wednesday" is the Wednesday after that Tuesday, and "will fly
// home on Friday after meeting the king on Thursday" the Thursday before
// that Friday. Before, the gerund phrase had no tense of its own and the
// weekday took the past reading.
var SequenceDay = true

// sequenceDay resolves the weekday wd at word i in such a phrase against
// the day last named in the sentence.
func (t *tagger) sequenceDay(i, wd int) (point, bool) {
	if !SequenceDay || !t.hasFine || t.fineSent != t.sent || t.fine.g != gDay || t.fine.y < 0 {
		return point{}, false
	}
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if t.isPunct(k) {
			return point{}, false
		}
		x := t.w(k)
		if len(x.w) < 5 || x.w[len(x.w)-3:] != "ing" {
			if c, _ := t.cue(k, false); c != tNone {
				return point{}, false
			}
			continue
		}
		d := t.fine.date()
		switch t.w(k - 1).w {
		case "before":
			delta := (wd - d.weekday() + 7) % 7
			if delta == 0 {
				delta = 7
			}
			return dayPoint(d.addDays(delta)), true
		case "after":
			delta := (d.weekday() - wd + 7) % 7
			if delta == 0 {
				delta = 7
			}
			return dayPoint(d.addDays(-delta)), true
		}
		return point{}, false
	}
	return point{}, false
}

// AwaitedMonth switches on the nearer reading of a bare month that
// names a happening awaited (the default): "deployed ahead of the June
// elections", "in the run-up to the June vote", "preparations for the
// June elections" in April are this June. Before, the past verb of the
// clause made the month the last one, ten months back. The nearer
// occurrence (the present's reading, up to six months either way) keeps
// "ahead of the June elections" in a story of August for the June past.
var AwaitedMonth = true

// awaitedMonth reports "ahead of", "run-up to" or "preparations for"
// (with an optional determiner) right before the month at word i, when
// a noun follows it (k is the word after the month).
func (t *tagger) awaitedMonth(i, k int) bool {
	if !AwaitedMonth || t.w(k).c != 0 || t.isPunct(k) || t.w(k).upper {
		return false
	}
	j := i - 1
	if t.w(j).c&cDet != 0 {
		j--
	}
	switch t.w(j).w {
	case "of":
		return t.is(j-1, "ahead") || t.is(j-1, "advance") && t.is(j-2, "in")
	case "to":
		return t.is(j-1, "run-up") || t.is(j-1, "runup")
	case "for":
		switch t.w(j - 1).w {
		case "preparations", "preparation", "preparing", "prepare", "prepares", "prepared":
			return true
		}
	}
	return false
}

// PeriodToMonth switches on the reading of a bare month that ends a
// period of months ("the six months to September", "the year to March")
// as the period that holds publication, unless the month named ended
// within the last three months (the default): "its monetary policy for
// the six months to September" in April is this September; "profits
// rose in the year to February" in April stays the February just past.
// Before, a past verb made the month the last one, seven months back.
var PeriodToMonth = true

// periodToMonth returns the year of the month m at word i after "to" or
// "ending" and a unit of months, a quarter or a year ("the six months
// to", "the 12 months ending", "the year to", "the quarter to").
func (t *tagger) periodToMonth(i, m int) (int, bool) {
	if !PeriodToMonth || !t.has {
		return 0, false
	}
	switch t.w(i - 1).w {
	case "to", "ending":
	default:
		return 0, false
	}
	u := t.w(i - 2)
	n := 0
	switch {
	case u.w == "year":
		n = 12
	case u.w == "quarter":
		n = 3
	case u.w == "months" || u.w == "month":
		c := t.w(i - 3)
		switch {
		case c.num > 0:
			n = c.num
		case c.c&cNum != 0 && c.val > 0:
			n = int(c.val)
		}
	}
	if n < 2 || n > 12 {
		return 0, false
	}
	back := (t.dct.m - m + 12) % 12 // months since the last such month
	if back <= 3 || 12-back >= n {
		// ended lately, or the period ahead would not hold publication
		y := t.dct.y
		if m > t.dct.m {
			y--
		}
		return y, true
	}
	y := t.dct.y
	if m < t.dct.m {
		y++
	}
	return y, true
}

// OriginallySet switches on the nearer reading of a month or month-day
// that a plan since changed was set for (the default): "the elections
// originally scheduled for October 30" in a story of late November are
// the October just gone, "The vote, originally set for March, was
// delayed until September" in May is this March. Before, "scheduled for"
// made the date the coming one, eleven months ahead. The nearer
// occurrence keeps a first plan still ahead ("originally planned for
// March" in December is the coming March).
var OriginallySet = true

// originallySet reports "originally", "initially", "previously" or
// "first" before a verb of scheduling and "for" or "on" right before
// the date at word i.
func (t *tagger) originallySet(i int) bool {
	if !OriginallySet {
		return false
	}
	if !t.is(i-1, "for") && !t.is(i-1, "on") {
		return false
	}
	switch t.w(i - 2).w {
	case "scheduled", "set", "planned", "slated", "due", "fixed", "expected":
	default:
		return false
	}
	k := i - 3
	if t.is(k, "been") {
		k--
	}
	switch t.w(k).w {
	case "originally", "initially", "previously", "first":
		return true
	}
	return false
}
