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
