package event

import (
	"github.com/dyadproject/dyad/doc"
)

// Event places, session 36 (places-dev1 to places-dev21; docs/GEO.md,
// "Session 36").

// Round36Places switches the session 36 place rule on (townCountry).
var Round36Places = true

// Country returns the country of ISO alpha-3 code iso3 as a place (the
// pipeline sets it to the geo tagger's), or false.
var Country func(iso3 string) (doc.Place, bool)

// townNouns are the nouns of "the Croatian border town of Miljana".
var townNouns = map[string]bool{"town": true, "city": true, "village": true, "hamlet": true, "settlement": true,
	"port": true}

// townCountry returns the country of a town the gazetteer lacks, named in
// a locative phrase of the event's clause that tells the town's country by
// its adjective ("had an informal meeting in the Croatian border town of
// Miljana": Croatia), or nil. The README's convention places an act in a
// town the gazetteer does not hold at its country; no place was found in
// the phrase (the town is no toponym and the adjective is a nationality),
// and the meeting was left unplaced. A town the gazetteer holds places the
// act itself (step 1 of Place), and a phrase of what the act is about
// (topicPlace) does not.
func townCountry(d *doc.Document, s *sent, e *doc.Event, v int, verbs []int) *doc.Place {
	if !Round36Places || Country == nil {
		return nil
	}
	for k := 0; k < s.n; k++ {
		if !townNouns[s.lemma[k]] || s.upos[k] != "NOUN" {
			continue
		}
		name := -1
		for _, c := range s.kids[k] {
			if c > k && s.rel[c] == rNmod && s.upos[c] == "PROPN" && s.caseOf(c) == "of" {
				name = c
			}
		}
		if name < 0 {
			continue
		}
		a, _ := s.tokenSpan(name)
		_, b := s.tokenSpan(s.subtreeLast(name))
		if placeOver(d, a, b) {
			continue // a town the gazetteer holds
		}
		cc, adj := "", -1
		for _, c := range s.kids[k] {
			if c < k && (s.rel[c] == rAmod || s.rel[c] == rCompound) {
				if x := adjectiveCountry(d, s, c); x != "" {
					cc, adj = x, c
				}
			}
		}
		if cc == "" || !locPreps[s.caseOf(k)] || !locativeOf(s, k, verbs) || topicPlace(s, e, v, k) {
			continue
		}
		p, ok := Country(cc)
		if !ok {
			continue
		}
		p.Start, _ = s.tokenSpan(adj)
		p.End = b
		p.Text = d.Text[p.Start:p.End]
		return &p
	}
	return nil
}

// placeOver reports whether a place of d overlaps bytes [a, b).
func placeOver(d *doc.Document, a, b int) bool {
	for i := range d.Places {
		if p := &d.Places[i]; p.Start < b && p.End > a {
			return true
		}
	}
	return false
}
