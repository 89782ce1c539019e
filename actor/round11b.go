package actor

// Session 22, actor round 11b: capitals and towns named as where a
// journey starts or ends (docs/KB.md, "Session 22, actor round 11b").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// journeyLemmas govern the town a journey goes to, comes from or passes
// into: "flew to Lima", "his trip to Lima", "was brought to Lima", "left
// Lima", "a bus heading to Cusco from Lima". Not the words of dealing with
// a state ("ambassador to Lima", "bought oil from Lima", "a deadline for
// Lima"), whose town stands for its government.
var journeyLemmas = map[string]bool{
	"go": true, "come": true, "travel": true, "fly": true, "head": true, "return": true,
	"arrive": true, "arrival": true, "trip": true, "visit": true, "journey": true, "flight": true,
	"bring": true, "dispatch": true, "despatch": true, "transport": true, "recall": true,
	"way": true, "drive": true, "sail": true, "march": true, "move": true, "walk": true,
	"leave": true, "depart": true, "departure": true, "flee": true, "ship": true,
	"speak": true, "telephone": true, "phone": true, "route": true, "road": true, "bus": true,
	"train": true, "tour": true, "relocate": true, "evacuate": true, "deport": true,
}

// journeyFromNouns are the nouns of people and goods that come from a
// town without standing for its government: "a student from Lima", "eggs
// from Lima".
var journeyFromNouns = map[string]bool{
	"student": true, "resident": true, "native": true, "egg": true, "fruit": true,
	"product": true, "goods": true, "passenger": true, "tourist": true, "traveller": true,
	"traveler": true, "bus": true, "truck": true, "flight": true, "train": true,
}

// journeyObjectLemmas take the town as their object: "visited Lima",
// "will leave Lima", "reached Lima".
var journeyObjectLemmas = map[string]bool{
	"visit": true, "leave": true, "reach": true, "tour": true, "enter": true,
}

// journeyForLemmas take the town after "for": "headed for Lima", "left
// for Lima" (not "a deadline for Lima to answer").
var journeyForLemmas = map[string]bool{
	"head": true, "leave": true, "depart": true, "bound": true, "sail": true, "fly": true, "set": true,
}

// journeyPlaces marks as a location (no actor) a capital, city or region
// named as where a journey ends or starts, after placesAsLocations: "to",
// "into", "from" or "for" hung on a word of going or bringing, or the
// object of "visit", "leave", "reach". By the actor gold's guidelines a
// place inside a country used as a location is none; the event stage
// takes a visit's host country from the place (d.Places), as it does for
// "arrived in Lima".
func (r *Resolver) journeyPlaces(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.location || m.privateModifier || m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		if !journeyContext(d, m.s, m.e, d.Sentences[m.sent].TokenStart) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if r.kb.isPlaceName(d.Text[start:end]) {
			m.location = true
		}
	}
}

// nameHead is the token of [s, e) whose head lies outside the span (the
// last token when the parse gives none).
func nameHead(d *doc.Document, s, e int) int {
	for k := e - 1; k >= s; k-- {
		if h := d.Tokens[k].Head; h < s || h >= e {
			return k
		}
	}
	return e - 1
}

func lemmaOf(d *doc.Document, i int) string {
	l := d.Tokens[i].Lemma
	if l == "" {
		l = tokenText(d, i)
	}
	return strings.ToLower(l)
}

// journeyContext reports whether the name over tokens [s, e) (sentence
// from token sent0) is a journey's end or start.
func journeyContext(d *doc.Document, s, e, sent0 int) bool {
	if e < len(d.Tokens) && adminNouns[tokenText(d, e)] {
		e++
	}
	if !nextFree(d, e) || s-1 < sent0 {
		return false
	}
	if d.Tokens[s].UPOS == "DET" || strings.EqualFold(tokenText(d, s), "the") {
		// "came to the White House": a seat of government the KB files
		// with the capitals is the government it houses
		return false
	}
	h := nameHead(d, s, e)
	g := d.Tokens[h].Head
	if g < 0 || g >= len(d.Tokens) {
		return false
	}
	w := strings.ToLower(tokenText(d, s-1))
	switch w {
	case "to", "into":
		return journeyGovernor(d, g)
	case "from":
		return journeyGovernor(d, g) || journeyFromNouns[lemmaOf(d, g)]
	case "for":
		return d.Tokens[g].UPOS == "VERB" && journeyForLemmas[lemmaOf(d, g)]
	}
	rel := d.Tokens[h].Deprel
	return rel == "obj" && d.Tokens[g].UPOS == "VERB" && journeyObjectLemmas[lemmaOf(d, g)]
}

// journeyGovernor reports whether token g, or the word it hangs on when it
// is a place or a thing carried ("from X to Y", "goods from X to Y"), is a
// word of going or bringing.
func journeyGovernor(d *doc.Document, g int) bool {
	for k := 0; k < 2 && g >= 0 && g < len(d.Tokens); k++ {
		if journeyLemmas[lemmaOf(d, g)] {
			return true
		}
		if d.Tokens[g].UPOS != "PROPN" && !journeyFromNouns[lemmaOf(d, g)] {
			// not "recalled its envoy to X": the envoy's post names
			// the state
			return false
		}
		g = d.Tokens[g].Head
	}
	return false
}
