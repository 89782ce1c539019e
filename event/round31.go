package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 31's events round, chosen on the misses of the
// real-news development sets (realnews-dev24 read first, after its blind
// score, then dev2 to dev23) and checked on sentences written for the tests
// (event/round31_test.go). News mode only. docs/EVENTS.md "Session 31
// (events round)". The round's patterns are data/event/round31.pat.

// round31Off switches off the rules of this file (tests only).
type round31Off struct {
	// noAsideArrived switches off asideWhoArrived.
	noAsideArrived bool
	// noHereCountry switches off round31Events' "arrived here" targets.
	noHereCountry bool
}

// visitNouns31 name the visit an arrival is made for.
var visitNouns31 = map[string]bool{"visit": true, "trip": true, "tour": true}

// asideWhoArrived reports whether relative clause x is an arrival for a
// visit told of a person between commas: "the French foreign minister, who
// arrived in Khartoum on the same day on a two-day official visit",
// "Ciampi, who arrived in Ankara on Monday for a state visit, told ...". The
// frame of asideWhoPast (event/everyday20.go): "who" right after a comma its
// subject, the verb "arrive" in the simple past with no auxiliary nor
// negation, a comma (or the sentence's end) closing the clause; the clause
// must name the visit (visitNouns31), so that a life's background ("who
// arrived in Kampala in 1990 as a student") stays background. The arrival
// is then coded as the main clause's "arrived in" is (042 to the place's
// country).
func (st *state) asideWhoArrived(x int) bool {
	if !st.c.opt.News || st.c.opt.noAsideArrived {
		return false
	}
	s := &st.s
	if s.lemma[x] != "arrive" {
		return false
	}
	w := s.child(x, rNsubj)
	if w < 1 || s.lower[w] != "who" || s.lower[w-1] != "," || s.xpos(x) != "VBD" || s.upos[x] != "VERB" ||
		s.hasChild(x, rAux) || s.hasChild(x, rAuxPass) || s.hasChild(x, rNeg) {
		return false
	}
	visit := false
	for k := x + 1; k < s.n && !visit; k++ {
		visit = visitNouns31[s.lemma[k]] && isNominal(s.upos[k]) && s.inSubtree(k, x)
	}
	return visit && s.asideClosed(x)
}

// round31Events runs the rules of this file on the sentence's events
// out[first:].
func (st *state) round31Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noHereCountry {
		return out
	}
	s := &st.s
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Cameo != "042" || e.Target != nil && e.Target.Code != "" || e.Negated {
			continue
		}
		a := s.tokenStarting(e.Action.Start)
		if a < 0 || s.lemma[a] != "arrive" || !s.hasWordRel(a, rAdvmod, "here") {
			continue
		}
		if t := st.hereCountry(e.Source.Country); t != nil {
			e.Target = t
		}
	}
	return out
}

// hereCountry is the country a visitor of country own "arrived here" in:
// "US Secretary of State Rice arrived here Monday to show support to
// Jordan's anti-terror campaign", "Hu arrived here on Thursday for a state
// visit at Musharraf's invitation". Where the story has a dateline,
// "here" is its place: the target is the dateline's country when it is
// not the visitor's own, else nothing. Without one (most bench-news
// stories), "here" is the one foreign country the sentence's actors name
// (their countries other than own; news media left out), else the one the
// sentence before names; two or more, or none, give nothing. The target
// is the country alone, as "arrived in Jordan" gives it.
func (st *state) hereCountry(own string) *doc.Actor {
	s := &st.s
	if s.d.Dateline != nil {
		p := datelinePlace(s.d)
		if p == nil || len(p.Country) != 3 || p.Country == own {
			return nil
		}
		return &doc.Actor{Name: p.Text, Code: p.Country, Country: p.Country,
			Mention: &doc.Mention{Start: p.Start, End: p.End, Text: p.Text}}
	}
	for k := s.idx; k >= 0 && k >= s.idx-1; k-- {
		sn := s.d.Sentences[k]
		var found *doc.Entity
		n := 0
		for j := range s.d.Entities {
			en := &s.d.Entities[j]
			if en.Start < sn.Start || en.End > sn.End || en.Actor == nil || len(en.Actor.Country) != 3 ||
				en.Actor.Country == own || strings.HasPrefix(en.Actor.Code, "IGO") || en.Actor.Sector == "MED" {
				continue
			}
			if found == nil || found.Actor.Country != en.Actor.Country {
				n++
			}
			if found == nil {
				found = en
			}
		}
		if n > 1 {
			return nil
		}
		if found != nil {
			c := found.Actor.Country
			return &doc.Actor{Name: found.Text, Code: c, Country: c,
				Mention: &doc.Mention{Start: found.Start, End: found.End, Text: found.Text}}
		}
	}
	return nil
}
