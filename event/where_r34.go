package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Event places, session 34 (places-dev1 to places-dev19; docs/GEO.md,
// "Session 34").

// Round34Places switches the session 34 place rules on.
var Round34Places = true

// hereFrame carries the country of a visit told by "arrived here" to the
// visitor's later meetings with the hosts, in a story with no dateline
// (the README's rule 2: the visitor's acts of the trip take the visit's
// place, the country visited when the story names no city). The arrival's
// own event is placed by the host country of its trip ("A Kenyan army
// chief arrived here on Wednesday for talks with Ghana": Ghana, Place's
// step 5), but "here" names no city, so visitFrame (where_r9.go), which
// needs an "in" phrase, opens no frame and the later "He would meet his
// Ghanaian counterpart later" stayed unplaced. The frame is the arrival
// sentence's event placed at its host country host[i]; a later meeting,
// visit or plan (CAMEO 04x, 036) within frameReach sentences, still
// unplaced after every other step, takes that country when its source has
// the visitor's actor code and names a person (a pronoun or a person's
// name), its target is of the host country, it is no invitation or plan to
// visit (which goes elsewhere: "invited him to visit Kenya"), and no verb
// of leaving or another arrival stands between.
func hereFrame(d *doc.Document, host []string, dateline *doc.Place) {
	if !Round34Places || dateline != nil {
		return
	}
	type frame struct {
		si, at int
		cc     string
		code   string
	}
	var frames []frame
	var s sent
	cur := -1
	for i := range d.Events {
		e := &d.Events[i]
		cc := host[i]
		if cc == "" || e.Place == nil || e.Place.Feature != "country" || e.Place.Country != cc || e.Target == nil {
			continue
		}
		code := e.Source.Code
		if e.Source.Country == cc {
			code = e.Target.Code
		}
		if code == "" {
			continue
		}
		s.resetAt(d, e.Sentence, &cur)
		if !parsed(&s) {
			continue
		}
		for v := 0; v < s.n; v++ {
			if !arrivalVerb(s.lemma[v]) || !hasHere(&s, v) {
				continue
			}
			at, _ := s.tokenSpan(v)
			frames = append(frames, frame{e.Sentence, at, cc, code})
			break
		}
	}
	if len(frames) == 0 {
		return
	}
	var ends []frameMark
	first := frames[0].si
	for si := first; si < len(d.Sentences) && si <= frames[len(frames)-1].si+frameReach; si++ {
		s.resetAt(d, si, &cur)
		if !parsed(&s) {
			continue
		}
		for v := 0; v < s.n; v++ {
			if s.upos[v] == "VERB" && (frameEndVerbs[s.lemma[v]] || arrivalVerb(s.lemma[v])) {
				at, _ := s.tokenSpan(v)
				ends = append(ends, frameMark{si, at})
			}
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || !mayCarry(e) || !visitOrMeeting(e.Cameo) || e.Target == nil || e.Source.Mention == nil {
			continue
		}
		if plannedVisit(e) || strings.Contains(strings.ToLower(e.Action.Text), "invit") {
			continue // "invited him to visit Kenya": a trip elsewhere
		}
		var f *frame
		for k := range frames {
			if frames[k].si < e.Sentence && e.Sentence-frames[k].si <= frameReach {
				f = &frames[k]
			}
		}
		if f == nil || e.Source.Code != f.code || e.Target.Country != f.cc || !personMention(d, e.Source.Mention) {
			continue
		}
		if frameEnded(ends, f.si, f.at, e.Sentence) { // where_r9.go
			continue
		}
		if p := countryPlace(d, f.cc); p != nil {
			c := *p
			e.Place = &c
		}
	}
}

// hasHere reports whether verb v has "here" among its dependents ("arrived
// here on Wednesday").
func hasHere(s *sent, v int) bool {
	for _, k := range s.kids[v] {
		if s.lower[k] == "here" {
			return true
		}
	}
	return false
}

// personMention reports whether m names a person: a personal pronoun, or
// text a person entity overlaps.
func personMention(d *doc.Document, m *doc.Mention) bool {
	switch strings.ToLower(m.Text) {
	case "he", "she":
		return true
	}
	for k := range d.Entities {
		if en := &d.Entities[k]; en.Type == "PER" && en.Start < m.End && en.End > m.Start {
			return true
		}
	}
	return false
}

// featureRank orders gazetteer features from the finest (a city) to the
// coarsest (a country).
func featureRank(f string) int {
	switch f {
	case "city":
		return 0
	case "other":
		return 1
	case "admin1":
		return 2
	case "country":
		return 3
	}
	return 1
}

// finerDescriptor reports whether the place p, headed by h, that describes
// a place kind noun ("Rafah" in "the Rafah region of the southern Gaza
// Strip") is finer than the place the kind noun names after "of": then it
// is the act's place, not a description of a finer one (kindDescriptor:
// "the Rift Valley town of Nakuru", where the town is the finer).
func finerDescriptor(d *doc.Document, s *sent, h int, p *doc.Place) bool {
	if !Round34Places {
		return false
	}
	g := s.head[h]
	for _, k := range s.kids[g] {
		if !kindOf(s, k) || s.caseOf(k) != "of" {
			continue
		}
		a, b := s.tokenSpan(s.subtreeFirst(k))
		_, b2 := s.tokenSpan(s.subtreeLast(k))
		if b2 > b {
			b = b2
		}
		for i := range d.Places {
			q := &d.Places[i]
			if q.Start >= a && q.End <= b && q.Country == p.Country && featureRank(p.Feature) < featureRank(q.Feature) {
				return true
			}
		}
	}
	return false
}

// bareDirection reports whether the place phrase headed by ph is the
// reference point of a direction with no distance ("fired a missile east
// of Jabalia refugee camp"): the act is at that place, as "near" it
// (distanceFrom, where_r4.go, gives a distance's reference point the
// country instead: "some 200 km east of Kathmandu").
func bareDirection(s *sent, ph int) bool {
	if !Round34Places {
		return false
	}
	g := s.head[ph]
	if g < 0 || s.caseOf(ph) != "of" || !directionWords[s.lower[g]] {
		return false
	}
	for k := g - 1; k >= 0 && k >= g-3; k-- {
		if distanceUnits[s.lower[k]] || s.upos[k] == "NUM" {
			return false
		}
	}
	return true
}
