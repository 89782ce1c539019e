package geo

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Round 34 (session 34; docs/GEO.md, "Session 34").

// Round34 switches the session 34 rule on (refugeeCamp).
var Round34 = true

// refugeeCamp reports whether the name over tokens [i, last] is followed by
// "refugee camp" ("east of Jabalia refugee camp"): a camp named after its
// town, as "X town" or "X village" is, so a town even when the recogniser
// took the lone name for a person (the cue of "the town of X", cueCity).
func refugeeCamp(d *doc.Document, last, end int) bool {
	if !Round34 || end != d.Tokens[last].End || last+2 >= len(d.Tokens) {
		return false
	}
	a, b := d.Tokens[last+1], d.Tokens[last+2]
	if a.Sentence != d.Tokens[last].Sentence || b.Sentence != a.Sentence {
		return false
	}
	w := strings.ToLower(d.Text[b.Start:b.End])
	return strings.EqualFold(d.Text[a.Start:a.End], "refugee") && (w == "camp" || w == "camps")
}
