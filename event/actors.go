package event

import (
	"slices"
	"sort"

	"github.com/dyadproject/dyad/doc"
)

// ActorFinder names the actors of a noun phrase. The coder calls it with the
// head token of each subject, object or prepositional object it considers;
// the finder returns the actors the phrase names, one per actor, including
// those of phrases coordinated with it ("Kenya and Ethiopia" gives two,
// "Danish media and government" two), or nil when the phrase names none.
//
// head is an index into d.Tokens; sentence into d.Sentences. PhraseTokens
// gives the tokens of the phrase without its coordinated parts. A finder
// must be safe for concurrent use if the coder is used concurrently.
type ActorFinder interface {
	Actors(d *doc.Document, sentence, head int) []doc.Actor
}

// ActorFinderFunc adapts a function to ActorFinder.
type ActorFinderFunc func(d *doc.Document, sentence, head int) []doc.Actor

// Actors calls f.
func (f ActorFinderFunc) Actors(d *doc.Document, sentence, head int) []doc.Actor {
	return f(d, sentence, head)
}

// phraseSkip are the relations that end a noun phrase: coordination, clauses
// and punctuation attached to its head.
func phraseSkip(r rel) bool {
	switch r {
	case rConj, rCC, rPunct, rAppos, rAcl, rRelcl, rAdvcl, rParataxis, rCcomp, rXcomp:
		return true
	}
	return false
}

// PhraseTokens returns the tokens (indices into d.Tokens, in text order) of
// the noun phrase headed by head: its subtree without coordinated phrases,
// clauses, appositions and punctuation hanging from it. Prepositional
// modifiers stay ("soldiers from Gondor").
func PhraseTokens(d *doc.Document, head int) []int {
	if head < 0 || head >= len(d.Tokens) {
		return nil
	}
	var s sent
	si := d.Tokens[head].Sentence
	if si < 0 || si >= len(d.Sentences) {
		return []int{head}
	}
	s.reset(d, si)
	out := s.phrase(head-s.base, nil)
	for i := range out {
		out[i] += s.base
	}
	return out
}

// phrase collects the sentence-relative tokens of the phrase of h.
func (s *sent) phrase(h int, out []int) []int {
	out = append(out, h)
	var walk func(int)
	walk = func(x int) {
		for _, k := range s.kids[x] {
			if x == h && phraseSkip(s.rel[k]) {
				continue
			}
			if x != h && (s.rel[k] == rPunct || s.rel[k] == rRelcl || s.rel[k] == rAcl || s.rel[k] == rAppos) {
				continue
			}
			out = append(out, k)
			walk(k)
		}
	}
	walk(h)
	sort.Ints(out)
	return out
}

// Entities is the production ActorFinder: the actors that the entity stage
// attached to d.Entities. A phrase gives the entity covering its head, else
// the entities inside it (each one when they are coordinated, the first
// otherwise); coordinated phrases add theirs.
var Entities ActorFinder = entityFinder{}

type entityFinder struct{}

func (f entityFinder) Actors(d *doc.Document, si, head int) []doc.Actor {
	if len(d.Entities) == 0 && len(d.Places) == 0 {
		return nil
	}
	var s sent
	s.reset(d, si)
	return f.actorsIn(&s, head)
}

// actorsIn is Actors over s, the sentence's tree as reset builds it (with
// every repair on): the coder passes its own, built already, rather than
// having the finder build the same tree again for every phrase.
func (entityFinder) actorsIn(s *sent, head int) []doc.Actor {
	d := s.d
	if len(d.Entities) == 0 && len(d.Places) == 0 {
		return nil
	}
	h := head - s.base
	if h < 0 || h >= s.n {
		return nil
	}
	var out []doc.Actor
	var same []bool // out[i] names the head's own referent (the head or an apposition of it)
	sawAppos := false
	var walk func(c int, appos, conj bool)
	walk = func(c int, appos, conj bool) {
		sawAppos = sawAppos || appos && !conj
		for _, a := range entityActors(d, s, c, appos) {
			out = append(out, a)
			same = append(same, !conj)
		}
		for _, k := range s.kids[c] {
			switch s.rel[k] {
			case rConj:
				walk(k, appos, true)
			case rAppos:
				walk(k, true, conj)
			}
		}
	}
	walk(h, false, false)
	if !sawAppos {
		return out
	}
	return appositionCoded(out, same)
}

// entityActors returns the actors of the phrase headed by h. An apposition
// (appos) names an actor by itself, not by the prepositional phrases in it:
// "signed a law, a celebration of the end of Polish intervention" gives the
// law no Polish actor.
func entityActors(d *doc.Document, s *sent, h int, appos bool) []doc.Actor {
	toks := s.phrase(h, nil)
	// A place modifier inside the phrase ("an agreement in Accra") locates
	// the thing; it does not name an actor of the phrase.
	toks = s.withoutPlaces(h, toks)
	if appos {
		toks = s.withoutPPs(h, toks)
	}
	hs, he := s.tokenSpan(h)
	var inside []*doc.Entity
	lo, _ := s.tokenSpan(toks[0])
	_, hi := s.tokenSpan(toks[len(toks)-1])
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Actor == nil || e.End <= lo || e.Start >= hi {
			continue
		}
		if e.Start <= hs && e.End >= he {
			if as := coordinatedNationals(d, s, h, e); len(as) > 1 {
				return as
			}
			if e.Actor.Code == "" && s.placeNamesActor(h) && !personNotPlace(e) {
				// A name the KB does not know: a resolved place still
				// names its country.
				if a := placeActor(d, hs, he); a != nil {
					return a
				}
				// The geo stage resolves the name without the kind of
				// unit it heads ("Shandong" of "east China's Shandong
				// Province"): the name before the head names it.
				if adminNouns[s.lemma[h]] {
					if a := placeWithin(d, e.Start, hs); a != nil {
						return a
					}
				}
			}
			return sameSpan(d, i)
		}
		inside = append(inside, e)
	}
	if len(inside) == 0 {
		if !s.placeNamesActor(h) {
			return nil
		}
		if a := placeActor(d, hs, he); a != nil {
			return a
		}
		return locationIn(d, s, h, toks)
	}
	if as := coordinatedNationals(d, s, h, nil); len(as) > 1 {
		return as
	}
	first := inside[0]
	// A possessive pronoun ("his Russian counterpart") names whose the
	// thing is, not who: a named actor elsewhere in the phrase wins. A
	// counterpart is of the possessor's rank: "his Japanese counterpart"
	// of a minister is JPN plus the minister's sector. The possessed noun
	// may be the phrase's head or a noun inside it that another entity
	// names ("a letter to his German counterpart").
	if p := s.pronounPossessed(h, first, inside[1:]); len(inside) > 1 && p >= 0 {
		first = inside[1]
		if s.lemma[p] == "counterpart" && first.Actor.Sector == "" && inside[0].Actor.Sector != "" &&
			first.Actor.Country != "" && first.Actor.Code == first.Actor.Country {
			a := withMention(*first.Actor, first)
			a.Sector = inside[0].Actor.Sector
			a.Code = a.Country + a.Sector
			return []doc.Actor{a}
		}
	}
	for i := range d.Entities {
		if &d.Entities[i] == first {
			if delegateNouns[s.lemma[h]] {
				return append(sameSpan(d, i), coordinatedInside(d, s, h, toks, first)...)
			}
			return sameSpan(d, i)
		}
	}
	return nil
}

// delegateNouns name people sent by a country or body: "officials from X
// and Y" are officials of each.
var delegateNouns = map[string]bool{"negotiator": true, "delegation": true, "delegate": true,
	"official": true, "diplomat": true, "envoy": true, "representative": true, "minister": true,
	"leader": true, "mediator": true}

// coordinatedInside returns, for a phrase headed by a noun of delegates
// (h, with tokens toks) whose first actor is entity first, an entity the
// head does not cover, in a "from" phrase, the actors of the phrases
// coordinated with the entity's token: "negotiators from Moscow and Kyiv"
// are of both capitals' countries, not the first alone (session 10, the
// team's story s30). Other phrases keep the first actor: "ships from
// Spain and Norway have headed into the Southern Ocean" do not visit each
// other.
func coordinatedInside(d *doc.Document, s *sent, h int, toks []int, first *doc.Entity) []doc.Actor {
	var out []doc.Actor
	for _, t := range toks {
		if s.head[t] != h || s.caseOf(t) != "from" || !s.inEntity(d, t, first) {
			continue
		}
		// t, the "from" phrase's noun, is in the entity: add its conjuncts.
		for _, k := range s.kids[t] {
			if s.rel[k] != rConj || !slices.Contains(toks, k) {
				continue
			}
			ks, ke := s.tokenSpan(k)
			for i := range d.Entities {
				if e := &d.Entities[i]; e.Actor != nil && e.Start <= ks && e.End >= ke && e != first {
					out = append(out, sameSpan(d, i)...)
					break
				}
			}
		}
	}
	return out
}

// inEntity reports whether token t lies within entity e.
func (s *sent) inEntity(d *doc.Document, t int, e *doc.Entity) bool {
	ts, te := s.tokenSpan(t)
	return ts >= e.Start && te <= e.End
}

// motionVerbs take the place they lead to in a locative phrase ("arrived
// in Busan"); for other verbs such a phrase says where something happened
// ("agreed to meet in the city of Gyeongju").
var motionVerbs = map[string]bool{"arrive": true, "visit": true, "travel": true, "fly": true,
	"land": true, "stop": true, "tour": true, "return": true, "go": true, "come": true}

// journeyNouns are the nouns of a journey to a place (placeNamesActor).
var journeyNouns = map[string]bool{"trip": true, "visit": true, "journey": true, "tour": true, "mission": true}

// placeNamesActor reports whether the phrase headed by h may name an actor
// by being a place: not when it (or the noun it is nested in) is a
// locative phrase of a verb other than one of motion.
func (s *sent) placeNamesActor(h int) bool {
	for x, steps := h, 0; x >= 0 && steps < 6; steps++ {
		if x != h && s.upos[x] == "NOUN" && journeyNouns[s.lemma[x]] {
			// the place a trip or visit goes to ("during her trip to
			// Lima", "a visit to Lima") names the host, as the object of
			// "visited" does, though the trip's phrase is a locative
			// one (session 22, actor round 11b)
			return true
		}
		if placePreps[s.caseOf(x)] {
			g := s.head[x]
			for g >= 0 && !isVerbal(s.upos[g]) && !s.dueArrival(g) {
				g = s.head[g]
			}
			return g >= 0 && (motionVerbs[s.lemma[g]] || s.dueArrival(g))
		}
		if s.rel[x] != rNmod && s.rel[x] != rAppos && s.rel[x] != rFlat && s.rel[x] != rCompound {
			return true
		}
		x = s.head[x]
	}
	return true
}

// placeActor names a phrase whose head is a place the geo stage resolved
// (a city, region or country) but no entity's actor covers: the place's
// country ("arrived in Busan" is a visit to KOR, "departed for Mar del
// Plata" to ARG), as the news guide codes a capital. hs and he are the
// head's byte span.
func placeActor(d *doc.Document, hs, he int) []doc.Actor {
	for i := range d.Places {
		p := &d.Places[i]
		if p.Start > hs || p.End < he || len(p.Country) != 3 {
			continue
		}
		switch p.Feature {
		case "country", "admin1", "city":
		default:
			continue
		}
		return []doc.Actor{placeAsActor(p)}
	}
	return nil
}

// locationIn returns the country of a city inside the phrase (tokens toks,
// head h) that the actor stage left uncoded as a location (b412b66), as its
// code did before: "expected to arrive in Baghdad Thursday", the parser
// reading "Baghdad Thursday" as one noun phrase, is a visit to IRQ.
func locationIn(d *doc.Document, s *sent, h int, toks []int) []doc.Actor {
	for _, t := range toks {
		if t == h {
			continue
		}
		ts, te := s.tokenSpan(t)
		for i := range d.Entities {
			if e := &d.Entities[i]; e.Start <= ts && e.End >= te && d.LocationPlace(e) != nil {
				return placeActor(d, e.Start, e.End)
			}
		}
	}
	return nil
}

// adminNouns name the kind of territorial unit a place name heads
// ("Shandong Province", "Gujarat State").
var adminNouns = map[string]bool{"province": true, "state": true, "region": true, "prefecture": true,
	"county": true, "district": true, "governorate": true, "territory": true, "oblast": true}

// placeWithin is placeActor for a place the geo stage resolved inside the
// byte span [start, end) of a longer name.
func placeWithin(d *doc.Document, start, end int) []doc.Actor {
	for i := range d.Places {
		if p := &d.Places[i]; p.Start >= start && p.End <= end {
			if a := placeActor(d, p.Start, p.End); a != nil {
				return a
			}
		}
	}
	return nil
}

// placeAsActor is place p as the actor it names: its country.
func placeAsActor(p *doc.Place) doc.Actor {
	return doc.Actor{Name: p.Name, Code: p.Country, Country: p.Country,
		Mention: &doc.Mention{Start: p.Start, End: p.End, Text: p.Text}}
}

// pronounPossessed returns the noun that entity e, a possessive pronoun,
// modifies when that noun is phrase head h ("his" in "his Russian
// counterpart") or lies inside one of the others, the phrase's other
// entities ("his" in "a letter to his German counterpart"); -1 otherwise.
func (s *sent) pronounPossessed(h int, e *doc.Entity, others []*doc.Entity) int {
	for k := 0; k < s.n; k++ {
		if s.rel[k] != rPoss || s.upos[k] != "PRON" || s.head[k] < 0 {
			continue
		}
		if ks, ke := s.tokenSpan(k); ks != e.Start || ke != e.End {
			continue
		}
		p := s.head[k]
		if p == h {
			return p
		}
		ps, pe := s.tokenSpan(p)
		for _, o := range others {
			if o.Start <= ps && o.End >= pe {
				return p
			}
		}
	}
	return -1
}

// sameSpan returns the actor of entity i and of the entities after it over
// the same span: coreference gives a pair phrase ("the two leaders", "both
// governments") one entity per actor, and the phrase names them all.
func sameSpan(d *doc.Document, i int) []doc.Actor {
	e := &d.Entities[i]
	out := []doc.Actor{withMention(*e.Actor, e)}
	for j := i + 1; j < len(d.Entities); j++ {
		f := &d.Entities[j]
		if f.Start != e.Start || f.End != e.End {
			break
		}
		if f.Actor != nil {
			out = append(out, withMention(*f.Actor, f))
		}
	}
	return out
}

// coordinatedNationals reads "Indian and Bangladeshi officials", whose
// entity e (over "Bangladeshi officials") names one country, as the
// officials of each country its coordinated nationality adjectives name,
// all with e's sector: INDGOV and BGDGOV. It returns nil unless at least
// two countries come out.
//
// With e nil (no entity covers the head: "Iranian and U.S. negotiators
// resumed indirect talks", session 10, the team's story s22) each
// nationality gives its own entity's actor.
func coordinatedNationals(d *doc.Document, s *sent, h int, e *doc.Entity) []doc.Actor {
	if e != nil && e.Actor.Sector == "" {
		return nil
	}
	var adjs []int
	for _, a := range s.kids[h] {
		// "Kenyan and Ugandan police": adjectives, or proper nouns in
		// compound (a tagger's reading of the same).
		if !(s.rel[a] == rAmod && s.upos[a] == "ADJ") && !(s.rel[a] == rCompound && s.upos[a] == "PROPN") {
			continue
		}
		for _, k := range s.kids[a] {
			if s.rel[k] == rConj && (s.upos[k] == "ADJ" || s.upos[k] == "PROPN") {
				adjs = append(adjs, k)
			}
		}
		if len(adjs) > 0 {
			adjs = append([]int{a}, adjs...)
			break
		}
	}
	if len(adjs) < 2 {
		return nil
	}
	var out []doc.Actor
	seen := map[string]bool{}
	for _, t := range adjs {
		ts, te := s.tokenSpan(t)
		country := ""
		var men *doc.Entity
		for i := range d.Entities {
			f := &d.Entities[i]
			if f.Actor != nil && f.Actor.Country != "" && f.Start <= ts && f.End >= te {
				country, men = f.Actor.Country, f
				break
			}
		}
		if country == "" {
			return nil // an adjective that names no country: not a list of nationalities
		}
		if seen[country] {
			continue
		}
		seen[country] = true
		if e == nil || men == e || men.Actor.Sector != "" {
			// The head's own entity, or a name with its own sector
			// ("the Israeli military and Palestinian security forces"
			// parsed as adjectives): its actor as it stands.
			out = append(out, withMention(*men.Actor, men))
			continue
		}
		hs, he := s.tokenSpan(h)
		name := d.Text[ts:te] + " " + d.Text[hs:he] // "Indian officials"
		a := doc.Actor{Name: name, Country: country, Sector: e.Actor.Sector, Code: country + e.Actor.Sector}
		a.Mention = &doc.Mention{Start: men.Start, End: men.End, Text: men.Text}
		out = append(out, a)
	}
	return out
}

func withMention(a doc.Actor, e *doc.Entity) doc.Actor {
	if a.Mention == nil {
		a.Mention = &doc.Mention{Start: e.Start, End: e.End, Text: e.Text}
	}
	return a
}

// withoutPPs drops from a phrase's tokens the prepositional modifiers of
// its head and everything under them.
func (s *sent) withoutPPs(h int, toks []int) []int {
	out := toks[:0]
	for _, t := range toks {
		under := false
		for x := t; x >= 0 && x != h; x = s.head[x] {
			if s.head[x] == h && s.rel[x] == rNmod && s.caseOf(x) != "" {
				under = true
				break
			}
		}
		if !under {
			out = append(out, t)
		}
	}
	return out
}

// withoutPlaces drops from a phrase's tokens the subtrees of modifiers that
// a place preposition introduces, except when the phrase's head is itself
// such a modifier's noun. "on both sides", "on the Kenyan side" is such a
// modifier too: "Traders on both sides had complained" names no
// government (session 10, the team's story s25).
func (s *sent) withoutPlaces(h int, toks []int) []int {
	var drop []int
	for _, k := range toks {
		if k != h && s.rel[k] == rNmod && (placePreps[s.caseOf(k)] || s.caseOf(k) == "on" && s.lemma[k] == "side") {
			drop = append(drop, k)
		}
	}
	if len(drop) == 0 {
		return toks
	}
	under := func(t int) bool {
		for x := t; x >= 0 && x != h; x = s.head[x] {
			for _, k := range drop {
				if x == k {
					return true
				}
			}
		}
		return false
	}
	out := toks[:0]
	for _, t := range toks {
		if !under(t) {
			out = append(out, t)
		}
	}
	return out
}
