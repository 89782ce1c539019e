package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Implicit nationality (news coder). Wire copy names the people a police
// force, an army or a government acts on at home by a bare noun: "Australian
// police arrested 19 people", "the Sudanese army said it had killed 200
// rebels", "the Palestinian Authority arrested several more teachers". The
// entity stage gives such nouns no actor, so the event had no target; the
// news guide codes them with the country of the story (AUSCVL, SDNREB,
// PSEEDU). The coder gives them the source's country only when nothing in
// the sentence points abroad.

// peopleNouns maps a bare noun naming people to the sector they take.
var peopleNouns = map[string]string{
	"rebel": "REB", "militant": "REB", "insurgent": "REB", "guerrilla": "REB", "guerilla": "REB",
	"separatist": "REB", "gunman": "REB",
	"people": "CVL", "person": "CVL", "civilian": "CVL", "protester": "CVL", "protestor": "CVL",
	"demonstrator": "CVL", "mob": "CVL", "youth": "CVL", "villager": "CVL", "resident": "CVL",
	"rioter": "CVL", "crowd": "CVL", "fan": "CVL", "pilgrim": "CVL", "worshipper": "CVL",
	"passenger": "CVL", "pupil": "CVL", "child": "CVL", "farmer": "CVL", "shopkeeper": "CVL",
	"journalist": "MED", "reporter": "MED", "media": "MED", // "media": session 31, outside noCoercedGroup
	"photographer": "MED", "cameraman": "MED",
	"student": "EDU", "teacher": "EDU",
	"refugee": "REF", "dissident": "OPP",
}

// homeSectors are the sectors of actors that act on their own country's
// people: a country's police, army, government, courts and rebels.
var homeSectors = map[string]bool{"COP": true, "MIL": true, "GOV": true, "JUD": true, "REB": true}

// implicitPrepositions mark the obliques that can name whom an act is
// aimed at ("fired on a mob", "clashed with youths").
var implicitPrepositions = map[string]bool{"on": true, "upon": true, "with": true, "against": true, "at": true}

// peopleSector returns the sector of the people named by the phrase headed
// by h: its head noun, or the noun of an "of" phrase under a number or
// quantity ("62 of their fans", "dozens of journalists"); "" when it names
// no such people, when it names people in general (a bare plural other
// than rebels, unless force is set: those a force fights or fires on,
// "clashed with youths", are a group even as a bare plural) or when an
// entity covers the phrase (it has an actor, or is a name the knowledge
// base does not know).
func (st *state) peopleSector(h int, force bool) (string, int) {
	s := &st.s
	n := h
	if _, ok := st.peopleNoun(s.lemma[n]); !ok && (s.upos[n] == "NUM" || quantityWords[s.lemma[n]]) {
		for _, k := range s.kids[n] {
			if s.rel[k] == rNmod && s.caseOf(k) == "of" {
				n = k
				break
			}
		}
	}
	sec, ok := st.peopleNoun(s.lemma[n]) // with session 32's nouns (event/round32.go)
	if !ok && !st.c.opt.noCrimePeople {
		sec, ok = st.crimePeople(n) // event/recall24.go
	}
	if !ok || (s.upos[n] != "NOUN" && s.upos[n] != "PROPN") {
		return "", -1
	}
	if n == h && sec != "REB" && !s.specific(n) && !force {
		// A bare plural is people in general ("warned people that",
		// "ask people to be vigilant"), not a group acted on; those one
		// fights or fires on are a group ("police clashed with youths").
		return "", -1
	}
	hs, he := s.tokenSpan(n)
	for i := range s.d.Entities {
		if e := &s.d.Entities[i]; e.Start < he && e.End > hs {
			return "", -1
		}
	}
	return sec, n
}

// specific reports whether noun n has a number, determiner or possessive
// of its own, or a quantity ("19 people", "a rampaging mob", "their fans",
// "several more teachers"): a group of
// people, not people in general ("Jewish people").
func (s *sent) specific(n int) bool {
	for _, k := range s.kids[n] {
		switch s.rel[k] {
		case rNummod, rDet, rPoss:
			return true
		case rAmod:
			if quantityWords[s.lemma[k]] {
				return true // "several more teachers"
			}
		}
	}
	return false
}

var quantityWords = map[string]bool{"dozen": true, "dozens": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "some": true, "many": true, "several": true, "scores": true,
	"score": true, "number": true, "group": true, "most": true, "all": true, "one": true,
	"few": true, "more": true, "numerous": true, "other": true}

// implicitTarget returns the people that the one source of verb v acts on
// when they are named by a bare noun (the pattern's target phrase role, the
// object, the subject of a passive, or an "on"/"with"/"against"/"at"
// phrase), with the source's country; nil
// when the source is no home actor or the sentence names another country.
// With a code of force (code), a bare plural counts too ("clashed with
// youths").
func (st *state) implicitTarget(v int, sources []doc.Actor, passive bool, subj, role int, code string) []doc.Actor {
	if len(sources) != 1 {
		return nil
	}
	src := sources[0]
	if len(src.Country) != 3 || !homeSectors[src.Sector] {
		return nil
	}
	s := &st.s
	cands := []int{role}
	if passive {
		cands = append(cands, subj)
	} else {
		cands = append(cands, s.child(v, rObj), st.sharedObject(v)) // event/recall30.go
		for _, k := range s.kids[v] {
			if s.rel[k] == rObl && implicitPrepositions[s.caseOf(k)] {
				cands = append(cands, k)
			}
		}
	}
	for _, c := range cands {
		if c < 0 {
			continue
		}
		sec, n := st.peopleSector(c, forceCode(code) || st.coercedGroup(code)) // event/recall30.go
		if sec == "" || !st.homeSentence(src.Country) {
			continue
		}
		ns, ne := s.tokenSpan(n)
		return []doc.Actor{{Name: s.d.Text[ns:ne], Country: src.Country, Sector: sec,
			Code: src.Country + sec, Mention: &doc.Mention{Start: ns, End: ne, Text: s.d.Text[ns:ne]}}}
	}
	return nil
}

// homeSentence reports whether the sentence names no country other than
// country: no entity's actor and no resolved place of another country.
func (st *state) homeSentence(country string) bool {
	s := &st.s
	d := s.d
	lo, _ := s.tokenSpan(0)
	_, hi := s.tokenSpan(s.n - 1)
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.End <= lo || e.Start >= hi || e.Actor == nil || st.embassyEntity(e) {
			continue // an embassy is a foreign mission at home (event/everyday17.go)
		}
		if e.Actor.Country != "" && e.Actor.Country != country {
			return false
		}
	}
	for i := range d.Places {
		p := &d.Places[i]
		if p.End <= lo || p.Start >= hi {
			continue
		}
		if p.Country != "" && p.Country != country {
			return false
		}
	}
	return true
}

// forceCode reports whether code is one of material conflict by force:
// unconventional violence (18x), fighting (19x) or mass violence (20x).
func forceCode(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// armed reports whether every actor of a is an armed one: a military,
// rebels or police.
func armed(a []doc.Actor) bool {
	for _, x := range a {
		if !strings.HasPrefix(x.Sector, "MIL") && !strings.HasPrefix(x.Sector, "REB") && !strings.HasPrefix(x.Sector, "COP") {
			return false
		}
	}
	return len(a) > 0
}

// victimNouns name acts of violence or detention done to someone: the
// actors of their prepositional phrases ("the killings of Iranian
// opposition figures", "attacks against US troops") are the victims.
var victimNouns = map[string]bool{"killing": true, "murder": true, "assassination": true,
	"attack": true, "bombing": true, "shelling": true, "massacre": true, "execution": true,
	"arrest": true, "detention": true, "abduction": true, "kidnapping": true, "torture": true,
	"death": true, "shooting": true, "slaying": true, "imprisonment": true, "jailing": true,
	"persecution": true, "harassment": true, "beating": true}

// withoutVictims drops from the actors a of the phrase headed by victim
// noun o those its prepositional phrases name; an attacker named by an
// adjective or a possessive ("the Israeli attack on Gaza") stays.
func (st *state) withoutVictims(o int, a []doc.Actor) []doc.Actor {
	s := &st.s
	var victims []doc.Actor
	for _, k := range s.kids[o] {
		if s.rel[k] == rNmod && s.caseOf(k) != "" {
			victims = append(victims, st.actorsOf(k)...)
		}
	}
	if len(victims) == 0 {
		return a
	}
	var out []doc.Actor
	for _, x := range a {
		victim := false
		for _, y := range victims {
			if x.Code == y.Code {
				victim = true
				break
			}
		}
		if !victim {
			out = append(out, x)
		}
	}
	return out
}

// verbalCode reports whether code is one of commenting on an act rather
// than doing or threatening it: the roots 01 to 12 (statements, appeals,
// intentions, consultations, approval, demands, disapproval, rejection).
// A threat (13) aims at whom the threatened act would hit ("threatened
// attacks on Indian villages").
func verbalCode(code string) bool {
	return len(code) >= 2 && (code[0] == '0' || code[0] == '1' && code[1] <= '2')
}

// rebels reports whether every actor of a is a rebel or militant group.
func rebels(a []doc.Actor) bool {
	for _, x := range a {
		if !strings.HasPrefix(x.Sector, "REB") {
			return false
		}
	}
	return len(a) > 0
}

// civilianOrGuard reports whether every actor of a is civilians (people,
// pupils, journalists, refugees) or security men (police, soldiers).
func civilianOrGuard(a []doc.Actor) bool {
	for _, x := range a {
		switch x.Sector {
		case "CVL", "EDU", "MED", "REF", "COP", "MIL":
		default:
			return false
		}
	}
	return len(a) > 0
}

// partnerSectors are the sectors homeCountry completes: state bodies,
// armed groups, clergy and legislators.
var partnerSectors = map[string]bool{"COP": true, "MIL": true, "GOV": true, "JUD": true, "REB": true,
	"REL": true, "LEG": true}

// homeCountry gives the targets a that have a sector but no country
// ("Archbishop Juan Luis Cipriani": REL) the country of the sources other
// acting on them, when all of other have one country and the sentence
// names no other: the news guide codes a person's implicit nationality
// from the story, and whom a home actor deals with in such a sentence is
// of its country.
func (st *state) homeCountry(a, other []doc.Actor) []doc.Actor {
	if len(a) == 0 || len(other) == 0 {
		return a
	}
	c := other[0].Country
	for _, o := range other {
		if o.Country != c {
			return a
		}
	}
	if len(c) != 3 {
		return a
	}
	var out []doc.Actor
	home := false // the sentence is checked at the first actor to fill
	for i, x := range a {
		if x.Country != "" || x.Code != "" && x.Code != x.Sector || !partnerSectors[x.Sector] {
			continue
		}
		if !home {
			if !st.homeSentence(c) {
				return a
			}
			home = true
		}
		if out == nil {
			out = append([]doc.Actor(nil), a...)
		}
		out[i].Country, out[i].Code = c, c+x.Sector
	}
	if out == nil {
		return a
	}
	return out
}

// phraseTarget filters the actors a of prepositional phrase h, a target
// candidate of match m: with News and a code of comment (verbalCode, also
// the reversed half of a code such as the dictionary's "face charges",
// `:112`), the victims of a violent act named inside the phrase are not
// whom the comment is aimed at or who makes it ("are to face murder
// charges in connection with the killing of 24 Iraqi civilians": the
// civilians bring no charges).
func (st *state) phraseTarget(h int, m *match, a []doc.Actor) []doc.Actor {
	if len(a) == 0 || !st.c.opt.News || st.c.opt.noPhraseVictims {
		return a
	}
	if y := m.yield; !verbalCode(y.Main) && !(y.Main == "" && verbalCode(y.Pair)) {
		return a
	}
	s := &st.s
	// The victim noun h is a phrase of ("of six Somali civilians" in "the
	// killing of ..."), then h and the nouns its phrase reaches through
	// nominal modifiers.
	for g := h; s.rel[g] == rNmod && s.head[g] >= 0; {
		g = s.head[g]
		if victimNouns[s.lemma[g]] {
			a = st.withoutVictims(g, a)
			break
		}
	}
	stack := []int{h}
	for len(stack) > 0 && len(a) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if victimNouns[s.lemma[n]] {
			a = st.withoutVictims(n, a)
		}
		for _, k := range s.kids[n] {
			if s.rel[k] == rNmod {
				stack = append(stack, k)
			}
		}
	}
	return a
}

// crowdNouns name a crowd that riots: bare, they are the story's own
// people.
var crowdNouns = map[string]bool{"protester": true, "protestor": true, "demonstrator": true, "rioter": true}

// guardNouns name the police a crowd turns on.
var guardNouns = map[string]bool{"officer": true, "policeman": true, "police": true, "policemen": true}

// crowdViolence returns, for verb v of a violent code (18x–20x) whose
// subject subj is a bare crowd noun naming no actor ("Protesters threw
// stones at officers and set fire to two buses"), the crowd as civilians of
// the story's country (the country the story has named most often before,
// when the sentence names no other), and as target the police an object or
// "at"/"on"/"with"/"against" phrase names by a bare noun ("officers"),
// of that country; nil when it is no such clause (session 10, the team's
// story s23). The coder codes the act as a violent protest (145).
func (st *state) crowdViolence(v, subj int, code string) (src, tgt []doc.Actor) {
	s := &st.s
	if subj < 0 || !crowdNouns[s.lemma[subj]] || s.upos[subj] != "NOUN" || !forceCode(code) {
		return nil, nil
	}
	hs, he := s.tokenSpan(subj)
	for i := range s.d.Entities {
		if e := &s.d.Entities[i]; e.Start < he && e.End > hs {
			return nil, nil
		}
	}
	home := st.homeActors(subj, hs, "CVL")
	if len(home) == 0 || len(home[0].Country) != 3 || !st.homeSentence(home[0].Country) {
		return nil, nil
	}
	c := home[0].Country
	src = []doc.Actor{{Name: s.d.Text[hs:he], Country: c, Sector: "CVL", Code: c + "CVL",
		Mention: &doc.Mention{Start: hs, End: he, Text: s.d.Text[hs:he]}}}
	cands := []int{s.child(v, rObj)}
	for _, k := range s.kids[v] {
		if s.rel[k] == rObl && implicitPrepositions[s.caseOf(k)] {
			cands = append(cands, k)
		}
	}
	for _, k := range cands {
		if k < 0 || !guardNouns[s.lemma[k]] || s.upos[k] != "NOUN" || s.hasChild(k, rAmod) || s.hasChild(k, rCompound) || s.hasChild(k, rNmod) {
			continue // "an army officer", "an officer of the navy": not the police
		}
		ks, ke := s.tokenSpan(k)
		tgt = []doc.Actor{{Name: s.d.Text[ks:ke], Country: c, Sector: "COP", Code: c + "COP",
			Mention: &doc.Mention{Start: ks, End: ke, Text: s.d.Text[ks:ke]}}}
		break
	}
	return src, tgt
}

// attackedPlace finds the country attacked by force verb v whose object
// (or "on", "at", "against" phrase) names a place but no actor (session
// 11, the team's story s30): "Russian drones struck an energy facility in
// the Odesa region", "occupied a security zone in south Lebanon": the
// guide codes the place's country as the target of an attack from abroad.
// The place must be in the phrase itself, reached through nouns ("in
// clashes ... in a province bordering Afghanistan" names no target). Only
// a resolved place of a country other than every source's counts, and only
// for sources of a known country (a place of the source's own country is
// where its fight happened, and an event with one's own country is dropped
// anyway).
func (st *state) attackedPlace(v int, sources []doc.Actor) []doc.Actor {
	s := &st.s
	d := s.d
	if len(d.Places) == 0 {
		return nil
	}
	var heads []int
	for _, k := range s.kids[v] {
		if personNouns[s.lemma[k]] {
			// "fought jihadists in northern Mali", "killed a commander
			// in Mali": whom the force was used on, not where; the
			// country of the place may be the attacker's ally (review)
			continue
		}
		switch s.rel[k] {
		case rObj:
			heads = append(heads, k)
		case rObl:
			// Not "in" or "near" on the verb: "killed 12 villagers in
			// Gode" tells where, not whom (TestImplicitTargetAbroad).
			if c := s.caseOf(k); c == "on" || c == "at" || c == "against" {
				heads = append(heads, k)
			}
		}
	}
	if len(heads) == 0 {
		return nil
	}
	lo, _ := s.tokenSpan(0)
	_, hi := s.tokenSpan(s.n - 1)
	for i := range d.Places {
		p := &d.Places[i]
		if p.Start < lo || p.End > hi {
			continue
		}
		if len(p.Country) != 3 && !st.c.opt.noTerritoryPlace {
			// "targets in the Gaza Strip" (event/round13b.go)
			p = st.territoryPlace(p)
		}
		if len(p.Country) != 3 {
			continue
		}
		home := false
		for _, a := range sources {
			if a.Country == p.Country || a.Country == "" {
				home = true
			}
		}
		if home {
			continue
		}
		for t := 0; t < s.n; t++ {
			ts, te := s.tokenSpan(t)
			if ts < p.Start || te > p.End {
				continue
			}
			for _, h := range heads {
				if s.nominalPath(t, h) {
					return []doc.Actor{placeAsActor(p)}
				}
			}
			break
		}
	}
	return nil
}

// nominalPath reports whether token t is h or inside h's noun phrase through
// nominal relations only (modifiers, compounds, names, "of" and place
// phrases), with no verb or clause on the way.
func (s *sent) nominalPath(t, h int) bool {
	for steps := 0; t >= 0 && steps <= s.n; steps++ {
		if t == h {
			return true
		}
		if !isNounTag(s.upos[t]) && s.upos[t] != "ADJ" {
			return false
		}
		switch s.rel[t] {
		case rNmod, rCompound, rFlat, rAmod, rAppos:
		default:
			return false
		}
		t = s.head[t]
	}
	return false
}

// personNouns are objects of force that are people or armed groups: the
// place they were in is not the target (attackedPlace).
var personNouns = map[string]bool{"jihadist": true, "militant": true, "fighter": true, "rebel": true,
	"insurgent": true, "commander": true, "leader": true, "gunman": true, "soldier": true, "troop": true,
	"member": true, "terrorist": true, "extremist": true, "suspect": true, "man": true,
	"people": true, "person": true, "civilian": true, "militia": true}
