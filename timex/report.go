package timex

// reportDay reports a day that dates the telling ("were killed on Sunday,
// police said Monday", "said on Monday") in a sentence that has named a
// day before it: it is no anchor for "the same day" or "the day after"
// that follow, which speak of the day the story tells of (the first day;
// session 22, places-dev4).
func (t *tagger) reportDay(r res) bool {
	if !t.hasFine || t.fineSent != t.sent || !(r.pt.g == gDay || r.pt.g == gTime) {
		return false
	}
	k := r.start - 1
	if t.is(k, "on") {
		k--
	}
	switch t.w(k).w {
	case "said", "says", "told", "reported", "announced", "confirmed":
		return true
	}
	return false
}

// reportVerbs are the verbs of telling whose day dates the telling.
var reportVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "confirmed": true,
	"added": true, "stated": true, "disclosed": true, "revealed": true, "acknowledged": true,
	"admitted": true, "insisted": true, "claimed": true, "testified": true, "wrote": true,
	"noted": true, "explained": true,
}

// reportedDay resolves a weekday read back (a past clause) after a verb of
// telling dated by a day named just before or after it in the same
// sentence ("Officials said Monday that the convoy had been attacked
// Wednesday", "Officials on Thursday said the fugitive was spotted
// Wednesday", "told reporters on Tuesday that her son was taken
// Wednesday"): what was told that day had happened by then, so the
// weekday is the last one on or before the day of the telling, not the
// last one before publication (session 27). ok is false when the weekday
// already lies on or before that day, or no such telling is found.
func (t *tagger) reportedDay(i, wd int) (point, bool) {
	if !t.hasFine || t.fineSent != t.sent || t.fine.g != gDay || t.fine.y < 0 {
		return point{}, false
	}
	told := t.fine.date()
	dayAt := func(k int) bool {
		x := t.w(k)
		if x.c&cWeekday != 0 && x.upper && x.c&cPlural == 0 {
			return int(x.wday) == told.weekday()
		}
		return x.w == "yesterday" && t.has && t.dct.addDays(-1) == told
	}
	for k := i - 1; k >= 1 && k >= i-25; k-- {
		if t.is(k, ".") || t.is(k, "?") || t.is(k, "!") || t.is(k, ";") {
			return point{}, false
		}
		if !reportVerbs[t.w(k).w] {
			continue
		}
		if dayAt(k-1) || t.tellingDay(k, dayAt) {
			delta := (told.weekday() - wd + 7) % 7
			return dayPoint(told.addDays(-delta)), true
		}
	}
	return point{}, false
}

// tellingDay reports whether a day (dayAt) follows the verb of telling at k
// within four words, past its object or "in a statement" but not past
// punctuation or "that": "said Monday", "said on Monday", "told reporters
// on Tuesday", "said in a statement Monday".
func (t *tagger) tellingDay(k int, dayAt func(int) bool) bool {
	for j := k + 1; j <= k+5; j++ {
		if dayAt(j) {
			return true
		}
		if t.isPunct(j) || t.is(j, "that") || t.w(j).c&(cWeekday|cMonth) != 0 || t.w(j).num >= 0 {
			return false
		}
	}
	return false
}
