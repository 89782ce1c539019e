package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// A city, province or region written as the place where something happens
// names no actor: "talks were held in Beijing", "a bomb went off near
// Kandahar", "the port of Vlore", "a base north of Kabul" (the actor gold's
// guidelines: places inside a country used as a location are none). The
// same names in actor position keep their code: "Beijing warned", "talks
// with Beijing", "Kandahar residents", "Beijing's view". Countries are
// never touched ("in Kenya" is Kenya).

// locationPrepositions introduce the place something happens at.
var locationPrepositions = map[string]bool{
	"in": true, "near": true, "outside": true, "around": true, "inside": true,
	"at": true, "across": true, "throughout": true,
}

// locationOfNouns before "of" make the next name a place: "the town of",
// "the capital of", "north of".
var locationOfNouns = map[string]bool{
	"town": true, "village": true, "city": true, "district": true, "province": true,
	"region": true, "outskirts": true, "suburb": true, "suburbs": true, "port": true,
	"capital": true, "streets": true, "centre": true, "center": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true,
}

// isPlaceName reports whether every KB name the text matches is a place
// inside a country: a capital or seat of government, a province, city or
// region listed under its country (countries-places.tsv), or the Gaza
// Strip's towns (Phoenix's PSEGZA). Not a country, a people or a body.
func (k *KB) isPlaceName(text string) bool {
	ais := k.lookupAliases(text)
	if len(ais) == 0 {
		return false
	}
	for _, ai := range ais {
		a := &k.aliases[ai]
		e := &k.entries[a.entry]
		switch {
		case e.kind == KindCapital:
		case e.kind == KindCountry && strings.HasPrefix(a.origin, "countries-places.tsv") && !strings.EqualFold(a.text, e.name):
			// (the row's own name column is the country: "Afghanistan")
		case e.kind == KindInstitution && e.sector == "GZA":
		default:
			return false
		}
	}
	return true
}

// locationContext reports whether the document tokens before token s (of
// its sentence, from sentence token sent0) introduce a place and the token
// after e is no possessive and no common noun the name modifies.
func locationContext(d *doc.Document, sent0, s, e int) bool {
	if e < len(d.Tokens) {
		if w := tokenText(d, e); w == "'s" || w == "’s" || w == "'" {
			return false
		}
		if w := tokenText(d, e); isLowerWord(w) && (d.Tokens[e].UPOS == "" || d.Tokens[e].UPOS == "NOUN") {
			// the name modifies a noun: "arrived at Beirut airport" is a
			// visit to Lebanon for the event stage, which takes the
			// country from the name's actor
			return false
		}
	}
	if s-1 < sent0 {
		return false
	}
	w := strings.ToLower(tokenText(d, s-1))
	if locationPrepositions[w] {
		return true
	}
	if w == "of" && s-2 >= sent0 {
		return locationOfNouns[strings.ToLower(tokenText(d, s-2))]
	}
	return false
}

func tokenText(d *doc.Document, i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// placesAsLocations marks the bare place names used as a location: they
// become entities with no actor.
func (r *Resolver) placesAsLocations(d *doc.Document, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		if !locationContext(d, d.Sentences[m.sent].TokenStart, m.s, m.e) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if r.kb.isPlaceName(d.Text[start:end]) {
			m.location = true
		}
	}
}
