package actor

// Session 35, actor round 22 (docs/KB.md, "Session 35 (actor round 22)").

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// round22Off switches a rule of the round off by name (tests only: each
// test shows its rule changes the result).
var round22Off = map[string]bool{}

// travelWords are the words of a journey that make the capital after "to",
// "from" or "for" its end or start: "flying back to Washington", "his
// arrival here directly from Moscow", "a flight bound for Paris".
var travelWords = map[string]bool{
	"flew": true, "fly": true, "flies": true, "flying": true, "flown": true, "flight": true, "flights": true,
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"trip": true, "journey": true, "return": true, "returns": true, "returned": true, "returning": true,
	"back": true, "arrived": true, "arrive": true, "arrives": true, "arriving": true, "arrival": true,
	"departed": true, "depart": true, "departs": true, "departing": true, "departure": true,
	"headed": true, "heading": true, "bound": true, "drove": true, "driving": true, "sailed": true,
	"route": true, "train": true, "trains": true, "way": true,
}

// travelForWords before "for" make the capital a destination: "bound for
// Paris", "left for Moscow" ("for" alone is too often "a victory for
// Beijing").
var travelForWords = map[string]bool{
	"bound": true, "left": true, "leave": true, "leaves": true, "leaving": true, "departed": true,
	"headed": true, "flight": true, "flights": true, "flew": true, "sailed": true,
}

// routeWords before "between" make a pair of capitals the ends of a route:
// "trains between Paris and Barcelona", "travel between London and Moscow"
// ("talks between Washington and Beijing" stay the two governments).
var routeWords = map[string]bool{
	"travel": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true, "trains": true,
	"train": true, "flights": true, "flight": true, "route": true, "road": true, "highway": true,
	"railway": true, "link": true, "links": true, "services": true, "shuttle": true, "fly": true, "flying": true,
}

// travelPlace reports whether place mention m is where a journey ends or
// starts: after "to" or "from" with a travel word at most four words back
// ("flying back to Washington", "arrival here Thursday directly from
// Moscow"), after "bound for" or "left for", after "between" with a route
// word right before ("travel between London and Moscow"), or the object of
// "departed", "left", "linking" ("Bush departed Washington", "Eurostar
// linking London"). The actor gold's guidelines make a city used as a
// location none; a capital the story deals with as its state ("ambassador
// to Hanoi", "a delegation's talks with Washington") keeps its code, as no
// travel word comes before it. The later name of a pair is listedLocation's.
func (r *Resolver) travelPlace(d *doc.Document, m *mention) bool {
	if round22Off["travelPlace"] || m.typ == "PER" || !nextFree(d, m.e) {
		return false
	}
	s0 := d.Sentences[m.sent].TokenStart
	if m.s-1 < s0 {
		return false
	}
	p := strings.ToLower(tokenText(d, m.s-1))
	ok := false
	switch p {
	case "to", "from":
		for i := m.s - 2; i >= s0 && i >= m.s-5; i-- {
			w := tokenText(d, i)
			if w == "," || w == ";" || w == "\"" {
				break
			}
			if travelWords[strings.ToLower(w)] {
				ok = true
				break
			}
		}
	case "for":
		ok = m.s-2 >= s0 && travelForWords[strings.ToLower(tokenText(d, m.s-2))]
	case "between":
		ok = m.s-2 >= s0 && routeWords[strings.ToLower(tokenText(d, m.s-2))]
	case "departed", "left", "leaving", "linking", "connecting":
		ok = d.Tokens[m.s-1].UPOS == "VERB"
	}
	if !ok {
		return false
	}
	start, end := d.Tokens[m.s].Start, d.Tokens[m.e-1].End
	return r.kb.isPlaceName(d.Text[start:end])
}

// blocMemberNouns are the nouns for the member states of an alliance that
// "former" may modify after the alliance's name: "former Warsaw Pact
// states", "the former Warsaw Pact nation".
var blocMemberNouns = map[string]bool{
	"state": true, "states": true, "nation": true, "nations": true, "country": true, "countries": true,
	"republic": true, "republics": true, "bloc": true, "satellite": true, "satellites": true,
}

// formerBloc reports whether "former" before an intergovernmental
// organisation's name belongs to the member states after it ("former
// Warsaw Pact states" were members; trimAdjectival drops "former", so the
// states are no elite of the bloc's region), as before a nationality and a
// place noun ("a former French colony").
func formerBloc(a doc.Actor, next string) bool {
	return !round22Off["formerBloc"] && a.Sector == "IGO" && blocMemberNouns[strings.ToLower(next)]
}

// isCityOrProvince reports whether every KB name text matches is a city,
// province or region listed under its country (countries-places.tsv), not
// a capital or seat of government: "Liaoning", "Shanghai".
func (k *KB) isCityOrProvince(text string) bool {
	ais := k.lookupAliases(text)
	if len(ais) == 0 {
		return false
	}
	for _, ai := range ais {
		a := &k.aliases[ai]
		e := &k.entries[a.entry]
		if !listedPlace(a, e) {
			return false
		}
	}
	return true
}

// placeLists marks the place names of a list that holds a city or province
// as places: "officials from Liaoning, Beijing and Shanghai" names three
// places of China, not its government in Beijing; a list of capitals alone
// ("talks between Washington and Kabul") is left as it is. The list is the
// run of KB place names (isPlaceName) joined by commas, "and" or "or" in
// one sentence, with no noun after its last name ("Beijing and Shanghai
// officials" keep their codes through the noun's own rules).
func (r *Resolver) placeLists(d *doc.Document, ms []mention) {
	if round22Off["placeLists"] {
		return
	}
	byStart := map[int]int{}
	for i := range ms {
		m := &ms[i]
		if m.pronoun || m.ante >= 0 || m.typ == "PER" {
			continue
		}
		byStart[m.s] = i
	}
	seen := map[int]bool{}
	for i := range ms {
		if seen[i] || ms[i].pronoun || ms[i].ante >= 0 || ms[i].typ == "PER" {
			continue
		}
		run := []int{i}
		for {
			m := &ms[run[len(run)-1]]
			j := m.e
			if j < len(d.Tokens) && tokenText(d, j) == "," {
				j++
			}
			if j < len(d.Tokens) && (tokenText(d, j) == "and" || tokenText(d, j) == "or") {
				j++
			}
			n, ok := byStart[j]
			if j == m.e || !ok || ms[n].sent != m.sent {
				break
			}
			run = append(run, n)
		}
		for _, n := range run {
			seen[n] = true
		}
		if len(run) < 2 || !nextFree(d, ms[run[len(run)-1]].e) {
			continue
		}
		city := false
		for _, n := range run {
			m := &ms[n]
			if rel := d.Tokens[m.e-1].Deprel; rel == "nsubj" || rel == "nsubj:pass" {
				// "Beijing and Shanghai had planned expos": the cities act
				city = false
				break
			}
			t := d.Text[d.Tokens[m.s].Start:d.Tokens[m.e-1].End]
			if (m.actor == nil || m.actor.Code == "") && (m.typ == "LOC" || m.typ == "GPE") {
				// a place the KB does not know ("Liaoning"): no capital
				city = true
				continue
			}
			if !r.kb.isPlaceName(t) {
				city = false
				break
			}
			city = city || r.kb.isCityOrProvince(t)
		}
		if !city {
			continue
		}
		for _, n := range run {
			if m := &ms[n]; m.actor != nil && m.actor.Code != "" {
				m.location = true
			}
		}
	}
}
