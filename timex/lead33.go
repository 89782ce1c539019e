package timex

import "strings"

// Session 33 (lead): a date before a trailing participle clause.
//
// "Tusk announced that Poland would close the crossing from Friday, saying
// Minsk was waging a hybrid war": tenseOf took the nearest tense cue, the
// "was" of the participle clause after the comma, and read the Friday as
// the past one. A participle clause set off by a comma (", saying …",
// ", adding …", ", accusing …") is a predicate of its own; when a cue before
// the date was found, the scan to the right stops at it, as it stops at a
// conjoined predicate.

// TrailingParticiple switches the stop on (the default).
var TrailingParticiple = true

// trailingParticiple reports whether word k is a comma followed by a
// present participle: tagged VBG, or, untagged, an -ing word of saying or
// doing that opens such clauses.
func (t *tagger) trailingParticiple(k int) bool {
	if !TrailingParticiple || t.w(k).w != "," || k+1 >= len(t.ws) {
		return false
	}
	x := t.w(k + 1)
	if x.xpos != "" {
		return x.xpos == "VBG"
	}
	return participleOpeners[strings.ToLower(x.raw)]
}

// participleOpeners open trailing participle clauses in news.
var participleOpeners = map[string]bool{"saying": true, "adding": true, "calling": true, "citing": true,
	"noting": true, "accusing": true, "warning": true, "urging": true, "claiming": true, "arguing": true,
	"insisting": true, "describing": true, "blaming": true, "stressing": true, "telling": true}
