package event

import (
	"strings"

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

// visitingFrame places, at the host's country, the acts of the day between
// a visitor and his hosts in a story that calls the visitor "visiting"
// beside a host of one other country and names no place for them
// ("Addressing a joint press conference with Pakistani Foreign Minister
// Kasuri, visiting Russian Foreign Minister Lavrov said ...": Pakistan and
// Russia "agreed to expand economic cooperation", Pakistan "welcomed
// Russia's interest": Pakistan). The README's rule 2 (the visitor's acts of
// the trip take the visit's place, the country visited when the story
// names no city); Place's step 5 (hostCountry) reads "visiting" only in the
// event's own sentence. The frame's sentence must name the visitor right
// after "visiting" and persons or bodies of exactly one other country; the
// acts are meetings, visits, plans, cooperation and agreements (CAMEO 03 to
// 06) with the visitor's and the host's countries on their two sides,
// dated the publication day (no earlier act of the two countries), within
// frameReach sentences of the frame, in a sentence that tells of no trip
// (otherTrip: "Remembering his trip to Togo in April, Mahama said he
// reached agreement with Gnassingbe" was not in Ghana), still unplaced
// after every other step.
func visitingFrame(d *doc.Document) {
	if !Round36Places || d.Date == "" {
		return
	}
	fs, guest, host := -1, "", ""
	for i := range d.Tokens {
		tk := d.Tokens[i]
		if !strings.EqualFold(d.Text[tk.Start:tk.End], "visiting") {
			continue
		}
		st := d.Sentences[tk.Sentence]
		var g *doc.Entity
		for k := range d.Entities {
			en := &d.Entities[k]
			if en.Type == "PER" && en.Actor != nil && en.Start >= tk.End && strings.TrimSpace(d.Text[tk.End:en.Start]) == "" {
				g = en
			}
		}
		if g == nil || g.Actor.Country == "" || !countrySide(g.Actor.Code) {
			continue
		}
		h := ""
		for k := range d.Entities {
			en := &d.Entities[k]
			if en.Start < st.Start || en.End > st.End || en.Actor == nil || en.Start == g.Start {
				continue
			}
			c := en.Actor.Country
			if c == "" || c == g.Actor.Country || !countrySide(en.Actor.Code) || en.Type != "PER" && en.Type != "ORG" {
				continue
			}
			if h != "" && h != c {
				h = "-" // hosts of two countries
			}
			if h == "" {
				h = c
			}
		}
		if h != "" && h != "-" {
			fs, guest, host = tk.Sentence, g.Actor.Country, h
			break
		}
	}
	if fs < 0 {
		return
	}
	p := countryPlace(d, host)
	if p == nil {
		return
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || e.Target == nil || e.Date != d.Date || e.Sentence < fs-frameReach || e.Sentence > fs+frameReach {
			continue
		}
		if !visitOrMeeting(e.Cameo) && !(len(e.Cameo) >= 2 && e.Cameo[:2] >= "03" && e.Cameo[:2] <= "06") {
			continue
		}
		a, b := e.Source.Country, e.Target.Country
		if !(a == guest && b == host || a == host && b == guest) || otherTrip(d, e.Sentence) {
			continue
		}
		c := *p
		e.Place = &c
	}
}

// otherTrip reports whether sentence si tells of a trip or a visit (a word
// of tripNouns or tripVerbs other than "visiting", "go" and "come"), which
// may be another one than the frame's.
func otherTrip(d *doc.Document, si int) bool {
	st := d.Sentences[si]
	for i := st.TokenStart; i < st.TokenEnd && i < len(d.Tokens); i++ {
		tk := &d.Tokens[i]
		if l := tk.Lemma; (tripNouns[l] || tripVerbs[l]) && l != "go" && l != "come" && !strings.EqualFold(d.Text[tk.Start:tk.End], "visiting") {
			return true
		}
	}
	return false
}
