package geo

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Round 36 (session 36; docs/GEO.md, "Session 36").

// Round36 switches the session 36 rule on (orgPlace).
var Round36 = true

// orgPlace reports whether the mention from token i to byte end, which
// the recogniser tagged as an organisation (entity e, exactly the
// mention), is a place all the same: no actor stands behind the entity
// (the knowledge base knows no body of that name), the gazetteer holds a
// town or a division of that name, and the name follows a locative
// preposition ("he was born in Rafah") or a town word and "of" ("in the
// town of Rafah", "near the village of Qabatia"). The recogniser tags a
// lone town an organisation in the company of armed groups ("two
// militants died in Rafah"), and the filter dropped it, leaving the
// killing unplaced. A known body keeps its tag ("a rift in Hamas").
func (t *Tagger) orgPlace(d *doc.Document, i, end int, e entSpan, cands []int32) bool {
	if !Round36 || e.typ != "ORG" || e.actor || e.start != d.Tokens[i].Start || e.end != end {
		return false
	}
	if !t.hasKind(cands, City) && !t.hasKind(cands, Admin1) && !t.hasKind(cands, Admin2) {
		return false
	}
	return afterLocPrep(d, i) || townOf(d, i)
}

// townOf reports whether token i follows a town word and "of" in its
// sentence ("the town of", "the village of").
func townOf(d *doc.Document, i int) bool {
	st := d.Sentences[d.Tokens[i].Sentence].TokenStart
	if i-2 < st || d.Text[d.Tokens[i-1].Start:d.Tokens[i-1].End] != "of" {
		return false
	}
	w := d.Tokens[i-2]
	return townWords[strings.ToLower(d.Text[w.Start:w.End])]
}

// Country returns the country iso3 as a place (no span), for the event
// stage's country-level places: a town the gazetteer lacks, told to lie in
// a country by its adjective ("in the Croatian border town of Miljana").
func (t *Tagger) Country(iso3 string) (doc.Place, bool) {
	i, ok := t.g.country[iso3]
	if !ok {
		return doc.Place{}, false
	}
	e := &t.g.Entries[i]
	return doc.Place{Name: e.Name, GeonameID: e.ID, Country: e.Country, Lat: e.Lat, Lon: e.Lon, Feature: e.Feature()}, true
}
