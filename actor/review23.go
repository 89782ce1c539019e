package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Review of session 23's actor rules on unseen stories (docs/KB.md, "Review
// of session 23, actors, places and dates (unseen stories)").

// noEnvoyFor switches envoyForStart and possessiveTitle off (for
// measurement).
var noEnvoyFor bool

// envoyTitleWords are the capitalised last words of an envoy's title that
// "for" or "to" and a country may follow before his name ("Special
// Envoy for Darfur X", "Special Representative to Haiti X").
var envoyTitleWords = map[string]bool{"Representative": true, "Envoy": true, "Coordinator": true}

// envoyForStart returns where the title words before person mention p may
// end, p.s when nothing is skipped: an envoy's title names the country he
// is sent to between the title and the name ("AU Special Envoy for
// Darfur X"), the country its own mention or taken into the person's by
// the recogniser. orgTitleOfficer then walks the title back to the
// organisation's name as for "SADC Executive Secretary X".
func envoyForStart(d *doc.Document, ms []mention, p *mention, sent0 int) int {
	if noEnvoyFor {
		return p.s
	}
	j := p.s
	for i := range ms {
		if o := &ms[i]; o != p && o.sent == p.sent && o.e == j && o.s < j && o.typ == "GPE" {
			j = o.s // "for | Darfur | X"
			break
		}
	}
	if j-2 < sent0 {
		return p.s
	}
	if w := strings.ToLower(tokenText(d, j-1)); w != "for" && w != "to" {
		return p.s
	}
	if !envoyTitleWords[tokenText(d, j-2)] {
		return p.s
	}
	return j - 1
}

// possessiveTitle reports whether the token before j is a possessive "'s"
// after an officer's title word ("the UN Secretary-General's Special
// Representative"): the title before the possessive is his superior's, the
// envoy an officer of the same organisation.
func possessiveTitle(d *doc.Document, j, sent0 int) bool {
	if noEnvoyFor || j-2 < sent0 {
		return false
	}
	w := tokenText(d, j-1)
	return (w == "'s" || w == "\u2019s") && orgOfficerTitleWords[tokenText(d, j-2)]
}
