package syntax

import (
	"os"
	"strings"
)

// Main verbs of a sentence's first clause. "Thousands of demonstrators
// clashed with riot police in the capital on Tuesday, and at least three
// people were killed." The tagger read "clashed" as a past participle, the
// parser made it a modifier of "Thousands", and the clash was lost;
// fixVerblessVBN does not apply, since the second clause has a finite verb.
// fixLeadClauseVBN applies its test to the sentence's first clause alone,
// the words before its first comma, when that comma is followed by a
// clause of its own ("and …", "but …", or any words up to a finite verb:
// ", the interior ministry said"): the first clause has no finite verb and
// no auxiliary, and its first participle right after a noun or pronoun,
// lower case, not before an agent "by", is its main verb. UseLeadClauseVBN
// switches it off (DYAD_LEAD_CLAUSE_VBN=0 too).
var UseLeadClauseVBN = os.Getenv("DYAD_LEAD_CLAUSE_VBN") != "0"

func fixLeadClauseVBN(words, upos, xpos []string) {
	n := len(words)
	if !UseLeadClauseVBN || n < 6 || !upperStart(words[0]) {
		return
	}
	b := -1
	for i, w := range words {
		if w == "," {
			b = i
			break
		}
		switch w {
		case ";", ":", "-", "--", "(", "\"", "``", "''":
			return
		}
	}
	if b < 3 || b+2 >= n {
		return
	}
	switch xpos[0] {
	case "IN", "TO", "RB", "WRB", "WDT", "WP", "VBG", "VBN", "CC":
		return // a fronted phrase or clause ("In a statement issued …,")
	}
	// what follows the comma: "and" or "but" and a clause with a finite
	// verb, or an attribution whose first finite verb is one of saying
	// (", the interior ministry said", ", police told reporters")
	finite := -1
	for i := b + 1; i < n && finite < 0; i++ {
		if finiteTag(xpos[i]) {
			finite = i
		}
	}
	if finite < 0 {
		return
	}
	if c := strings.ToLower(words[b+1]); c != "and" && c != "but" && !sayingWord[strings.ToLower(words[finite])] {
		return
	}
	// an attribution set in the middle ("The sanctions imposed on Moscow,
	// officials said, have failed"): the sentence's verb follows its
	// closing comma, and the participle modifies the subject (session 33
	// review).
	for i := finite + 1; i+1 < n; i++ {
		if words[i] == "," && finiteTag(xpos[i+1]) {
			return
		}
	}
	if finiteIn(words, xpos, 0, b) {
		return
	}
	for i := 0; i < b; i++ {
		if xpos[i] == "VBG" || i > 0 && (auxWord[strings.ToLower(words[i])] || words[i] == "who" || words[i] == "which" || words[i] == "that") {
			return
		}
	}
	for i := 1; i < b; i++ {
		if xpos[i] == "VBN" && participleVerb(words, upos, xpos, i) {
			return
		}
	}
}

// sayingWord are the finite verbs of an attribution after a clause.
var sayingWord = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "reported": true,
	"reports": true, "added": true, "announced": true, "stated": true, "confirmed": true}
