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

// listedPlace reports whether alias a of entry e is a province, city or
// region listed under its country (countries-places.tsv), not the row's
// own name column, which is the country ("Afghanistan").
func listedPlace(a *alias, e *entry) bool {
	return e.kind == KindCountry && strings.HasPrefix(a.origin, "countries-places.tsv") && !strings.EqualFold(a.text, e.name)
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
		if e.kind == KindPerson && k.placeOf(ais, e.name) {
			// Phoenix's row of a country read as a person ("Iraq", its
			// cities as aliases): "Baghdad" is still Iraq's capital
			continue
		}
		switch {
		case e.kind == KindCapital:
		case listedPlace(a, e):
			// (the row's own name column is the country: "Afghanistan")
		case e.kind == KindInstitution && e.sector == "GZA":
		default:
			return false
		}
	}
	return true
}

// placeOf reports whether one of the aliases ais is a place alias of the
// country entry named name (the capital or a listed city).
func (k *KB) placeOf(ais []int32, name string) bool {
	for _, ai := range ais {
		e := &k.entries[k.aliases[ai].entry]
		if e.name == name && (e.kind == KindCapital || e.kind == KindCountry) {
			return true
		}
	}
	return false
}

// locationContext reports whether the document tokens before token s (of
// its sentence, from sentence token sent0) introduce a place and the token
// after e is no possessive and no common noun the name modifies.
func locationContext(d *doc.Document, sent0, s, e int) bool {
	// the name modifies no noun: "arrived at Beirut airport" is a visit
	// to Lebanon for the event stage, which takes the country from the
	// name's actor
	if e < len(d.Tokens) && adminNouns[tokenText(d, e)] {
		// "in Kandahar province", "in Kandahar city": the division's
		// noun is the place's own (not "Kandahar province police")
		e++
	}
	if !nextFree(d, e) {
		return false
	}
	if s-1 < sent0 {
		return false
	}
	w := strings.ToLower(tokenText(d, s-1))
	if u := d.Tokens[s-1].UPOS; (u == "DET" || u == "ADJ") && !appositionNouns[w] {
		// "in the southern Helmand province", "of the southern Kandahar
		// province": back over the determiner and adjectives
		i, adj := s-1, false
		for i > sent0 && i >= s-3 {
			u := d.Tokens[i].UPOS
			if u != "DET" && u != "ADJ" {
				break
			}
			adj = adj || u == "ADJ"
			i--
		}
		if u := d.Tokens[i].UPOS; u == "DET" || u == "ADJ" {
			return false
		}
		if !adj && e-s < 2 {
			// "in the Knesset", "in the Pentagon": an institution the
			// KB files as a seat of government, not a town ("in the
			// Gaza Strip", "in the Paris region" go on)
			return false
		}
		s, w = i+1, strings.ToLower(tokenText(d, i))
	}
	if locationPrepositions[w] {
		return true
	}
	if w == "of" && s-2 >= sent0 {
		// not "the city of Sarajevo welcomed the pilgrims": the
		// noun's clause subject is the city acting
		rel := d.Tokens[s-2].Deprel
		return locationOfNouns[strings.ToLower(tokenText(d, s-2))] && rel != "nsubj" && rel != "nsubj:pass"
	}
	if w == "capital" || w == "city" && s-2 >= sent0 && strings.EqualFold(tokenText(d, s-2), "capital") ||
		w == "--" && s-2 >= sent0 && strings.EqualFold(tokenText(d, s-2), "capital") {
		// "a train from capital Dhaka", "linking the capital Hanoi with",
		// "the capital city Dhaka", "the nation's capital -- Vientiane":
		// a capital named as the capital is the city (session 21)
		return true
	}
	if appositionNouns[w] {
		// "in the capital Kampala", "near the Ugandan capital Kampala":
		// back over the noun's determiner and modifiers to the
		// preposition
		for i := s - 2; i >= sent0 && i >= s-5; i-- {
			p := strings.ToLower(tokenText(d, i))
			if locationPrepositions[p] {
				return true
			}
			if u := d.Tokens[i].UPOS; u != "DET" && u != "ADJ" && u != "PROPN" {
				return false
			}
		}
	}
	return false
}

// waterNouns before "of" and a country name waters: "the sea of Oman".
var waterNouns = map[string]bool{"sea": true, "gulf": true, "strait": true, "straits": true, "bay": true}

// adminNouns after a place name are part of it: "Helmand province".
var adminNouns = map[string]bool{
	"province": true, "city": true, "district": true, "county": true, "prefecture": true,
	"region": true, "governorate": true, "municipality": true,
}

// appositionNouns name a place the name after them stands beside: "the
// capital Kampala", "the town Rafah".
var appositionNouns = map[string]bool{
	"capital": true, "city": true, "town": true, "village": true, "port": true,
}

// listedLocation reports whether mention m is a conjunct of a place name
// marked as a location: "in Paris, London and Berlin" (the parser hangs
// each later name on the first).
func listedLocation(d *doc.Document, ms []mention, m *mention) bool {
	if m.s < 1 {
		return false
	}
	if p := tokenText(d, m.s-1); p != "," && p != "and" && p != "or" {
		return false
	}
	t := &d.Tokens[m.e-1]
	if t.Deprel != "conj" || t.Head < 0 {
		return false
	}
	for i := range ms {
		if n := &ms[i]; n.location && n.sent == m.sent && n.s <= t.Head && t.Head < n.e {
			return true
		}
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
		if !locationContext(d, d.Sentences[m.sent].TokenStart, m.s, m.e) && !r.marketPlace(d, m) && !r.travelPlace(d, m) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if r.kb.isPlaceName(d.Text[start:end]) {
			m.location = true
		}
	}
	// a country naming a sea, gulf or strait: "the sea of Oman", "the Gulf
	// of Oman" are waters (the guidelines' natural features), no actor
	for i := range ms {
		m := &ms[i]
		if m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" || m.location {
			continue
		}
		s0 := d.Sentences[m.sent].TokenStart
		if m.s-2 < s0 || tokenText(d, m.s-1) != "of" || !waterNouns[strings.ToLower(tokenText(d, m.s-2))] || !nextFree(d, m.e) {
			continue
		}
		if _, ok := r.kb.codes[m.actor.Code]; ok && m.actor.Sector == "" {
			m.location = true
		}
	}
	r.placeLists(d, ms)
	// the later names of a list of locations, each after the one it is
	// listed with
	for i := range ms {
		m := &ms[i]
		if m.location || m.actor == nil || m.actor.Code == "" || m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		if !listedLocation(d, ms, m) || !nextFree(d, m.e) {
			continue
		}
		start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
		if r.kb.isPlaceName(d.Text[start:end]) {
			m.location = true
		}
	}
}

// nextFree reports whether the token at e (after a name) is no possessive
// and no common noun the name modifies.
func nextFree(d *doc.Document, e int) bool {
	if e >= len(d.Tokens) {
		return true
	}
	w := tokenText(d, e)
	if w == "'s" || w == "’s" || w == "'" {
		return false
	}
	u := d.Tokens[e].UPOS
	return !isLowerWord(w) || u != "" && u != "NOUN" && u != "PROPN"
}
