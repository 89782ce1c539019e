package event

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Session 20's left-alone misfires (docs/EVENTS.md, "left-alone misfires,
// session 20"): general classes behind misfires that earlier rounds
// listed and left, chosen on sentences the team wrote itself. Each rule
// has an off-switch (tests only). News mode only.

// left20Off switches off the rules of this file, each for the tests that
// show it matters.
type left20Off struct {
	noPairOfMany, noCapitalPair, noReactionPair, noTellerPair, noPairPronoun bool
	noLoanTerm, noIGOVenue, noBreakUp, noHyphenLemma, noDeniedClaim          bool
}

// left20State is what the rules carry from sentence to sentence of one
// document: the pair phrases whose entity-stage pair was replaced, so that
// "they" and "their" after them follow.
type left20State struct {
	doc   *doc.Document
	remap []pairRemap
}

// pairRemap records that the pair phrase of sentence sent, whose entity
// stage actors had the codes key, stands for actors repl (nil: unknown).
type pairRemap struct {
	sent int
	key  string
	repl []doc.Actor
}

// --- "the two countries", "both sides" -------------------------------------

// sidesNouns are pair nouns whose members keep their own codes ("both
// sides", "the two parties"); anaphor.go's pairNouns give a sector.
var sidesNouns = map[string]bool{"sides": true, "parties": true}

// pairSector returns the sector the pair phrase headed by h gives its
// members, keep when they keep their own codes ("both sides"), ok when h
// is a pair phrase at all.
func (s *sent) pairSector(h int) (sector string, keep, ok bool) {
	if sector, ok = s.pairDescription(h); ok {
		return sector, false, true
	}
	if !sidesNouns[s.lower[h]] || s.upos[h] != "NOUN" {
		return "", false, false
	}
	for _, k := range s.kids[h] {
		switch s.rel[k] {
		case rPoss, rNmod, rCompound, rConj, rAppos:
			return "", false, false
		}
	}
	return "", true, s.namesPair(h)
}

// pairKey is the sorted codes of a, the key of a pair.
func pairKey(a []doc.Actor) string {
	var cs []string
	for _, x := range a {
		if x.Code != "" && !slices.Contains(cs, x.Code) {
			cs = append(cs, x.Code)
		}
	}
	slices.Sort(cs)
	return strings.Join(cs, "+")
}

// entityActorsAt returns the actors the entity stage gave the entities
// covering sentence token h.
func (s *sent) entityActorsAt(h int) []doc.Actor {
	ts, te := s.tokenSpan(h)
	var out []doc.Actor
	for i := range s.d.Entities {
		e := &s.d.Entities[i]
		if e.Start <= ts && e.End >= te && e.Actor != nil {
			out = append(out, *e.Actor)
		}
	}
	return out
}

// left20Pair returns the actors of the phrase headed by h after the rules
// below; cur is what the earlier rules gave.
//
//   - pairOfMany: the pair phrase after a sentence that names three or
//     more countries together (a list "Kenya, Uganda and Tanzania", or a
//     meeting of three), with no later act of two of them, is left
//     unresolved: the text does not say which two;
//   - tellerPair: a medium is no side of the pair the sentence reports ("After meeting Haftar, Libyan
//     television said the two sides would sign"): the pair of the story's
//     latest reciprocal act instead;
//   - capitalPair: the sentence before names exactly two countries, one
//     by a city only ("held talks in Nairobi"), and tells of a meeting,
//     visit or agreement of one of them: those two;
//   - reactionPair: a third country's one-way reaction (a statement,
//     protest or welcome) aimed at the pair of the latest reciprocal act
//     does not make it one of "the two countries";
//   - pairPronoun: "they", "them", "their" that the entity stage gave the
//     same pair as a pair phrase just before follow that phrase.
func (st *state) left20Pair(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News {
		return cur
	}
	if st.l20.doc != s.d || s.idx == 0 && len(st.l20.remap) > 0 && st.l20.remap[len(st.l20.remap)-1].sent > 0 {
		st.l20.doc, st.l20.remap = s.d, st.l20.remap[:0]
	}
	pro := h
	if !pronounsPlural[s.lower[h]] {
		// "their border crossings": the phrase's actors are its
		// possessive pronoun's
		for _, k := range s.kids[h] {
			if s.rel[k] == rPoss && pronounsPlural[s.lower[k]] {
				pro = k
			}
		}
	}
	if pronounsPlural[s.lower[pro]] {
		if st.c.opt.noPairPronoun {
			return cur
		}
		key := pairKey(s.entityActorsAt(pro))
		if key == "" {
			return cur
		}
		for k := 0; k < h; k++ {
			if _, _, ok := s.pairSector(k); ok {
				st.actorsOf(k) // a pair phrase before it in the sentence records its pair first
			}
		}
		for i := len(st.l20.remap) - 1; i >= 0; i-- {
			r := &st.l20.remap[i]
			if r.sent < s.idx-1 {
				break
			}
			if r.key == key {
				out := make([]doc.Actor, 0, len(r.repl))
				for _, a := range r.repl {
					out = append(out, st.described(a, h))
				}
				return out
			}
		}
		return cur
	}
	sector, keep, ok := s.pairSector(h)
	if !ok || s.idx == 0 {
		return cur
	}
	orig := s.entityActorsAt(h)
	out, _ := st.pairRules(h, cur, sector, keep)
	if k := pairKey(orig); k != "" && k != pairKey(out) && !st.c.opt.noPairPronoun {
		// recentPair's pair or one of the rules above: "they" follows
		st.l20.remap = append(st.l20.remap, pairRemap{sent: s.idx, key: k, repl: out})
	}
	return out
}

// pronounsPlural are the plural pronouns a pair phrase's pair carries to.
var pronounsPlural = map[string]bool{"they": true, "them": true, "their": true, "theirs": true}

// pairRules applies the pair rules to pair phrase h (left20Pair).
func (st *state) pairRules(h int, cur []doc.Actor, sector string, keep bool) ([]doc.Actor, bool) {
	s := &st.s
	off := &st.c.opt.left20Off
	member := func(pair []doc.Actor) []doc.Actor {
		out := make([]doc.Actor, 0, 2)
		for _, a := range pair {
			if c := a.Country; !keep && len(c) == 3 && a.Code != c+sector {
				a = pairMember(c, s.lower[h], sector)
			}
			out = append(out, st.described(a, h))
		}
		return out
	}
	if !off.noTellerPair && len(cur) > 0 {
		// a medium is no side (a teller who is a person may be one:
		// "Meloni said the two sides would sign")
		tellers := st.tellersOver(h)
		pair := st.latestPair()
		for _, a := range cur {
			if a.Sector != "MED" {
				continue
			}
			if len(pair) != 2 || slices.ContainsFunc(pair, func(p doc.Actor) bool { return p.Sector == "MED" }) ||
				st.namesOther(h, pair, tellers) {
				return nil, true
			}
			return member(pair), true
		}
	}
	u := uniqueCodes(cur)
	countries := map[string]bool{}
	for _, a := range u {
		if len(a.Country) == 3 {
			countries[a.Country] = true
		}
	}
	if !off.noPairOfMany && len(countries) == 2 && st.pairOfMany(countries) {
		return nil, true
	}
	if !off.noCapitalPair {
		if pair := st.capitalPair(); len(pair) == 2 && !(len(countries) == 2 && countries[pair[0].Country] && countries[pair[1].Country]) {
			return member(pair), true
		}
	}
	if !off.noReactionPair && len(u) == 2 {
		if pair := st.reactionPair(u); len(pair) == 2 {
			return member(pair), true
		}
	}
	return cur, false
}

// tellersOver returns the actors of the subjects of the reporting verbs
// (sayVerbs) that pair phrase h's clause hangs under.
func (st *state) tellersOver(h int) []doc.Actor {
	s := &st.s
	var out []doc.Actor
	for y, steps := h, 0; y >= 0 && steps < 8; steps++ {
		g := s.head[y]
		if g < 0 {
			break
		}
		if (s.rel[y] == rCcomp || s.rel[y] == rParataxis) && (sayVerbs[s.lemma[g]] || s.lemma[g] == "report") {
			if sj := s.child(g, rNsubj); sj >= 0 {
				out = append(out, st.actorsOf(sj)...)
			}
		}
		y = g
	}
	return out
}

// sentenceCountries returns the countries sentence si names: its
// entities' actors' countries and the countries of places named as
// locations ("talks in Nairobi"), leaving out pronouns and pair phrases
// (two entities over one span); byPlace marks those named only by a city.
func sentenceCountries(d *doc.Document, si int) (all map[string]bool, byPlace map[string]bool) {
	sn := d.Sentences[si]
	all, byActor := map[string]bool{}, map[string]bool{}
	byPlace = map[string]bool{}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start < sn.Start || e.End > sn.End || pronouns[strings.ToLower(e.Text)] {
			continue
		}
		if i > 0 && d.Entities[i-1].Start == e.Start && d.Entities[i-1].End == e.End ||
			i+1 < len(d.Entities) && d.Entities[i+1].Start == e.Start && d.Entities[i+1].End == e.End {
			continue
		}
		if p := d.LocationPlace(e); p != nil {
			all[p.Country] = true
			if p.Feature != "country" {
				byPlace[p.Country] = true
			}
		} else if e.Actor != nil && len(e.Actor.Country) == 3 {
			all[e.Actor.Country] = true
			byActor[e.Actor.Country] = true
			if e.Type == "GPE" && e.Actor.Code != e.Actor.Country && placeIsCity(d, e) {
				byPlace[e.Actor.Country] = true // "Algiers", which the KB codes DZAGOV
			}
		}
	}
	for c := range byActor {
		if !placeOnly(d, sn, c) {
			delete(byPlace, c)
		}
	}
	return all, byPlace
}

// placeIsCity reports whether the geo stage placed entity e as a city.
func placeIsCity(d *doc.Document, e *doc.Entity) bool {
	for i := range d.Places {
		if p := &d.Places[i]; p.Start == e.Start && p.End == e.End {
			return p.Feature == "city" || p.Feature == "admin1"
		}
	}
	return false
}

// placeOnly reports whether country c is named in sentence sn only by
// cities.
func placeOnly(d *doc.Document, sn doc.Sentence, c string) bool {
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start < sn.Start || e.End > sn.End || e.Actor == nil || e.Actor.Country != c {
			continue
		}
		if !(e.Type == "GPE" && placeIsCity(d, e)) {
			return false
		}
	}
	return true
}

// jointAct reports whether code c is a meeting, a visit, an intent to
// cooperate, an agreement signed or material cooperation: the acts that
// make two countries "the two countries".
func jointAct(c string) bool {
	return strings.HasPrefix(c, "03") || strings.HasPrefix(c, "04") || strings.HasPrefix(c, "06") || c == "057"
}

// capitalPair returns the two countries of the sentence before when it
// names exactly two, one of them only by a city, and an asserted or
// intended joint act (jointAct) of one of them is coded there, aimed at
// the other or at no one ("Wang Yi held talks in Nairobi"): each country
// as an actor of its own.
func (st *state) capitalPair() []doc.Actor {
	s := &st.s
	all, byPlace := sentenceCountries(s.d, s.idx-1)
	if len(all) != 2 || len(byPlace) == 0 {
		return nil
	}
	for i := len(st.done) - 1; i >= 0; i-- {
		e := &st.done[i]
		if e.Sentence < s.idx-1 {
			break
		}
		if e.Sentence != s.idx-1 || e.Negated || !jointAct(e.Cameo) || !all[e.Source.Country] || byPlace[e.Source.Country] {
			continue
		}
		if e.Target != nil && (e.Target.Country == e.Source.Country || !all[e.Target.Country]) {
			continue
		}
		other := ""
		for c := range all {
			if c != e.Source.Country {
				other = c
			}
		}
		if !byPlace[other] {
			continue
		}
		return []doc.Actor{
			countryActor(e.Source.Country),
			countryActor(other),
		}
	}
	return nil
}

// pairOfMany reports whether the latest sentence before the current one
// that decides a pair (a reciprocal act or a meeting coded there, or the
// naming of both countries) names the two countries among three or more
// named together: in one coordination, or as parties of one meeting or
// agreement of three or more (coded each way between them).
func (st *state) pairOfMany(countries map[string]bool) bool {
	s := &st.s
	d := s.d
	for si := s.idx - 1; si >= 0 && si >= s.idx-pairWindow; si-- {
		parties := map[string]bool{}
		acted := false
		// actions (by their start) coded between the two countries
		// only, and those that also involve a third: an act of the two
		// alone ("where Kenya and Uganda signed a bilateral deal")
		// decides the pair even beside a meeting of three
		twoOnly, withThird := map[int]bool{}, map[int]bool{}
		for i := range st.done {
			e := &st.done[i]
			if e.Sentence != si || e.Negated || e.Target == nil || !cooperative(e.Cameo) {
				continue
			}
			back := slices.ContainsFunc(st.done, func(f doc.Event) bool {
				return f.Sentence == si && f.Target != nil && f.Source.Code == e.Target.Code && f.Target.Code == e.Source.Code
			})
			acted = acted || back || pairMeetings[e.Cameo]
			if countries[e.Source.Country] && countries[e.Target.Country] && e.Source.Country != e.Target.Country {
				if back {
					twoOnly[e.Action.Start] = true
				}
			} else {
				withThird[e.Action.Start] = true
			}
			if back {
				// parties that met each other (a hub of one-way
				// meetings, "JPN -> CHN, PRK -> CHN", is no meeting
				// of three)
				parties[e.Source.Country] = true
				parties[e.Target.Country] = true
			}
		}
		if acted {
			for a := range twoOnly {
				if !withThird[a] {
					return false
				}
			}
			return len(parties) >= 3 && allIn(countries, parties)
		}
		all, _ := sentenceCountries(d, si)
		if !allIn(countries, all) {
			continue
		}
		for _, g := range coordinatedCountries(d, si) {
			if len(g) >= 3 && allIn(countries, g) {
				return true
			}
		}
		return false
	}
	return false
}

func allIn(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// coordinatedCountries groups the countries of sentence si's entities by
// the coordination their heads stand in ("Kenya, Uganda and Tanzania":
// one group of three).
func coordinatedCountries(d *doc.Document, si int) []map[string]bool {
	sn := d.Sentences[si]
	groups := map[int]map[string]bool{}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start < sn.Start || e.End > sn.End {
			continue
		}
		c := ""
		if p := d.LocationPlace(e); p != nil {
			c = p.Country
		} else if e.Actor != nil && len(e.Actor.Country) == 3 {
			c = e.Actor.Country
		}
		if c == "" {
			continue
		}
		h := -1
		for t := sn.TokenStart; t < sn.TokenEnd; t++ {
			tk := &d.Tokens[t]
			if tk.Start >= e.Start && tk.End <= e.End && (tk.Head < 0 || d.Tokens[tk.Head].Start < e.Start || d.Tokens[tk.Head].End > e.End) {
				h = t
			}
		}
		if h < 0 {
			continue
		}
		// up the conjuncts to the first; a country named in a phrase of
		// the conjunct ("Leaders of Kenya") stands for it too
		for steps := 0; steps < 6 && d.Tokens[h].Head >= 0; steps++ {
			r := d.Tokens[h].Deprel
			if r != "conj" && r != "appos" {
				break
			}
			h = d.Tokens[h].Head
		}
		if groups[h] == nil {
			groups[h] = map[string]bool{}
		}
		groups[h][c] = true
	}
	out := make([]map[string]bool, 0, len(groups))
	for _, g := range groups {
		out = append(out, g)
	}
	return out
}

// reactionPair returns the pair of the story's latest reciprocal act
// (latestPair) when pair u shares one party with it and the other, a
// third party, only reacted to that party (its events with it are its
// own, one way, and none of them a joint act): "Ethiopia and Eritrea
// signed a border deal. Egypt protested ... The two countries ...".
func (st *state) reactionPair(u []doc.Actor) []doc.Actor {
	pair := st.latestPair()
	if len(pair) != 2 {
		return nil
	}
	in := func(a doc.Actor) bool {
		return sameActor(a.Code, pair[0].Code) || sameActor(a.Code, pair[1].Code) ||
			a.Country != "" && (a.Country == pair[0].Country || a.Country == pair[1].Country)
	}
	if in(u[0]) == in(u[1]) {
		return nil
	}
	third := u[0]
	if in(third) {
		third = u[1]
	}
	reacted := false
	for i := len(st.done) - 1; i >= 0; i-- {
		e := &st.done[i]
		if e.Sentence < st.s.idx-pairWindow {
			break
		}
		if e.Target == nil {
			continue
		}
		src, tgt := e.Source.Country == third.Country, e.Target.Country == third.Country
		switch {
		case src && in(*e.Target):
			if (jointAct(e.Cameo) || pairMeetings[e.Cameo]) && !oneWayPledge(e.Cameo) { // a pledge given: event/left21.go
				return nil
			}
			reacted = true
		case tgt && in(e.Source):
			return nil
		}
	}
	if !reacted {
		return nil
	}
	return pair
}

// namesOther reports whether the current sentence names, outside pair
// phrase h, an actor that is neither one of pair nor a teller nor a
// medium ("After meeting Ruto, Ugandan television said both sides ...":
// Kenya is one side, not a party of the story's earlier pair).
func (st *state) namesOther(h int, pair, tellers []doc.Actor) bool {
	s := &st.s
	d := s.d
	sn := d.Sentences[s.idx]
	hs, he := s.tokenSpan(h)
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Start < sn.Start || e.End > sn.End || e.Actor == nil || e.Actor.Code == "" || e.End >= hs && e.Start <= he {
			continue
		}
		a := *e.Actor
		if a.Sector == "MED" || pronouns[strings.ToLower(e.Text)] ||
			slices.ContainsFunc(tellers, func(t doc.Actor) bool { return sameActor(t.Code, a.Code) }) {
			continue
		}
		if !slices.ContainsFunc(pair, func(p doc.Actor) bool {
			return sameActor(p.Code, a.Code) || p.Country != "" && p.Country == a.Country
		}) {
			return true
		}
	}
	return false
}
