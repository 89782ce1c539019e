package geo

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Round 15 (session 28; docs/GEO.md, "Session 28").

// placeNouns are the nouns a place name stands in apposition to.
var placeNouns = setOf("capital city town port village")

// afterPlaceNoun reports whether the name starting at token i follows a noun
// of place in its own sentence ("the Turkish capital Ankara", "the port city
// Aden"): the name is that place, never a government speaking, though the
// parser may make it the subject of the sentence's verb ("Ciampi, who
// arrived in the Turkish capital Ankara on Monday, told ...").
func afterPlaceNoun(d *doc.Document, i int) bool {
	if i < 1 || d.Tokens[i-1].Sentence != d.Tokens[i].Sentence {
		return false
	}
	p := d.Tokens[i-1]
	return placeNouns[strings.ToLower(d.Text[p.Start:p.End])]
}
