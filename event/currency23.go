package event

// Session 23, helper "currency": an origin phrase of the form "from the
// South American nation" under a buying or importing verb names one
// country of the region, the seller already named (or to be named) by its
// own name, and not the region as a party (docs/KB.md, "Currency words,
// session 23").

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// currency23Off switches off the rule (tests only).
type currency23Off struct {
	// noRegionOrigin switches off withoutRegionOrigins.
	noRegionOrigin bool
	// noCurrencyPlace switches off currencyPlace in homeActors.
	noCurrencyPlace bool
}

// originTradeVerbs take goods from a seller named by a "from" phrase.
var originTradeVerbs = map[string]bool{"import": true, "buy": true, "purchase": true, "procure": true,
	"acquire": true, "ship": true, "export": true}

// regionNationNouns are the nouns a region's adjective makes one country
// of that region ("the East Asian state", "the West African country").
var regionNationNouns = map[string]bool{"nation": true, "country": true, "state": true, "republic": true}

// regionNationOrigin reports whether the actor spanning bytes [start, end)
// is a region's adjective on a regionNationNouns noun that is the "from"
// phrase of an originTradeVerbs verb: "to import copper from the South
// American nation".
func (st *state) regionNationOrigin(a *doc.Actor) bool {
	s := &st.s
	if a == nil || a.Code == "" || !cameoRegions[a.Country] {
		return false
	}
	t := s.lastTokenIn(a.Start, a.End) // the actor's last word ("African" of "West African")
	if t < 0 || s.rel[t] != rAmod {
		return false
	}
	h := s.head[t]
	if h < 0 || !regionNationNouns[s.lemma[h]] || s.caseOf(h) != "from" {
		return false
	}
	if d := s.child(h, rDet); d < 0 || s.lower[d] != "the" {
		return false
	}
	v := s.head[h]
	return v >= 0 && originTradeVerbs[s.lemma[v]]
}

// withoutRegionOrigins drops from the sentence's events (out[first:]) those
// whose source or target is a region read from a seller's description
// (regionNationOrigin): "signed a deal with Chile to import copper from the
// South American nation" has no cooperation with South America, and
// "signed a deal to import copper from the South American nation" names
// no co-signatory. News mode only.
func (st *state) withoutRegionOrigins(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noRegionOrigin {
		return out
	}
	keep := out[:first]
	for _, e := range out[first:] {
		if st.regionNationOrigin(e.Target) || st.regionNationOrigin(&e.Source) {
			continue
		}
		keep = append(keep, e)
	}
	return keep
}

// currencyPlace reports whether entity e is a country's word on a
// currency's noun ("11,000 US dollars"): the actor stage leaves it without
// an actor (actor/round12b_currency.go), and as a place it would still
// count for the story's own country in homeActors, so that "the
// government" of a story about a Chinese village became the United
// States'.
func currencyPlace(d *doc.Document, e *doc.Entity) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= e.End })
	if i >= len(d.Tokens) {
		return false
	}
	w := strings.ToLower(d.Text[d.Tokens[i].Start:d.Tokens[i].End])
	return currencyNouns[w] || currencyNouns[strings.TrimSuffix(w, "s")]
}
