package event

import "github.com/dyadproject/dyad/doc"

// Session 34's lead round: rules found by reading an everyday story and
// the first 600 bench-news stories end to end (docs/EVENTS.md, "Session 34
// (lead)").

// lead34Off switches off the rules of this file (tests only).
type lead34Off struct {
	// noBareInfinitive switches off bareInfinitive.
	noBareInfinitive bool
	// noRelativeObjectSubject switches off relativeObjectSubject.
	noRelativeObjectSubject bool
	// noDatelineArrival switches off datelineArrivals.
	noDatelineArrival bool
	// noDeedAuthor switches off deedActs.
	noDeedAuthor bool
}

// bareInfinitive reports whether a prepositional slot with no words and
// no role ("- pp:to", PETRARCH's bare "(TO)") must pass over node k, a
// to-infinitive: the bare slot stands for a phrase of place or of a party
// ("headed to Moscow", "led the delegation to Beijing"), never for what one
// managed or came to do ("managed to collect taxes", "led to the
// suspension of aid" keeps its noun, "the government managed to" is no
// journey). Slots with a role already pass over such infinitives (an
// infinitive of purpose); "~inf" slots ask for them.
func (st *state) bareInfinitive(k int) bool {
	return !st.c.opt.noBareInfinitive && st.s.upos[k] == "VERB" && st.s.hasMarkTo(k)
}

// repairTrailingRelative mends a relative clause after a comma on a
// verb's object or oblique ("criticised Egypt, which he accused of
// blocking the talks"; "met President Ruto, whom he thanked for his
// support"), parsed with the relative's verb a conjunct (or parataxis,
// adverbial or complement clause) of the main verb and "which" or "whom"
// an argument of it: the verb becomes a relative clause on the noun, so
// that "which" stands for Egypt, and a "whom" or "which" read as an
// oblique with no preposition becomes the verb's object. Only when the
// relative word has a subject after it (its clause is not one of "which"
// as subject) and no punctuation but quotes stands between the relative
// word and its verb.
func (s *sent) repairTrailingRelative() {
	for w := 2; w+2 < s.n; w++ {
		if s.lower[w] != "which" && s.lower[w] != "whom" || s.lower[w-1] != "," {
			continue
		}
		n := w - 2
		if s.rel[n] == rFlat && s.head[n] >= 0 && s.head[n] < n {
			n = s.head[n]
		}
		rv := s.head[w]
		if !isNounTag(s.upos[n]) || rv <= w+1 || s.upos[rv] != "VERB" || s.head[rv] < 0 || s.head[rv] > n {
			continue
		}
		switch s.rel[rv] {
		case rConj, rParataxis, rAdvcl, rCcomp:
		default:
			continue
		}
		if s.rel[w] != rObj && !(s.rel[w] == rObl && s.headCase(w) == "") {
			continue
		}
		subj, punct := false, false
		for k := w + 1; k < rv; k++ {
			if s.head[k] == rv && s.rel[k] == rNsubj {
				subj = true
			}
			if s.upos[k] == "PUNCT" && s.lower[k] != "\"" && s.lower[k] != "'" {
				punct = true
			}
		}
		// n hangs, maybe through a name or a noun phrase, on the verb rv
		// hangs on: the clause is about the main verb's argument
		if !subj || punct || !s.inSubtree(n, s.head[rv]) || s.inSubtree(n, rv) {
			continue
		}
		s.head[rv], s.rel[rv] = n, rRelcl
		if s.rel[w] == rObl && !s.headHasRel(rv, rObj) {
			s.rel[w] = rObj
		}
	}
}

// relativeObjectSubject resolves pronoun k, the subject of relative clause
// v whose relative word is its object ("Egypt, which he accused of
// blocking the talks"; "the deal that they signed"): the pronoun is not
// the noun the clause hangs on, as a relative word would be. It keeps the
// actor the entity stage gave it (coreference), else stands for the
// subject of the clause the noun is in ("Abiy criticised Egypt, which he
// accused ..."). ok is false when k is a relative word itself or the
// clause has no relative object.
func (st *state) relativeObjectSubject(v, k int) (int, bool) {
	s := &st.s
	if relativeWords[s.lower[k]] {
		return k, false
	}
	obj := false
	for _, c := range s.kids[v] {
		if s.rel[c] == rObj && relativeWords[s.lower[c]] {
			obj = true
		}
	}
	if !obj {
		return k, false
	}
	if len(st.actorsOf(k)) > 0 {
		return k, true
	}
	if m := s.head[s.head[v]]; m >= 0 && s.upos[m] == "VERB" {
		if gs := s.child(m, rNsubj); gs >= 0 && gs != k && !pronounClash(s.lower[k], s.lower[gs]) {
			return st.resolvePronoun(m, gs), true
		}
	}
	return k, true
}

// trailingRelativeAct reports whether relative clause x, set after a comma
// on the object or oblique of a verb, tells the next act of that verb's
// own subject: its relative word is its object and its subject a personal
// pronoun standing for the main clause's subject, and the noun an actor
// (relativeObject) ("Abiy criticised Egypt,
// which he accused of blocking the talks"; "met Ruto, whom he thanked for
// his support"). Relative clauses are background otherwise
// (skipBackground): "the rebels, whom the army accused of ..." tells of
// others.
func (st *state) trailingRelativeAct(x int) bool {
	s := &st.s
	n := s.head[x]
	if n < 1 || s.rel[n] != rObj && s.rel[n] != rObl {
		return false
	}
	m := s.head[n]
	if m < 0 || s.upos[m] != "VERB" {
		return false
	}
	w, k := -1, -1
	for _, c := range s.kids[x] {
		switch {
		case c < x && s.rel[c] == rObj && (s.lower[c] == "which" || s.lower[c] == "whom"):
			w = c
		case c < x && s.rel[c] == rNsubj && pronounGender[s.lower[c]] != "":
			k = c
		}
	}
	if w < 1 || k < w || s.lower[w-1] != "," || st.relativeObject(w) < 0 {
		return false
	}
	gs := s.child(m, rNsubj)
	return gs >= 0 && !pronounClash(s.lower[k], s.lower[gs])
}

// relativeObject returns the noun relative word h stands for when h is the
// object of a relative clause ("Egypt, which he accused of ..."; "Ruto,
// whom he thanked"), else -1: the target of the clause's act is that
// noun's actor, when the noun is (in) a coded entity.
func (st *state) relativeObject(h int) int {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noRelativeObjectSubject || s.rel[h] != rObj || s.lower[h] != "which" && s.lower[h] != "whom" {
		return -1
	}
	x := s.head[h]
	if x < 0 || s.rel[x] != rRelcl || s.head[x] < 0 || s.head[x] > h {
		return -1
	}
	// the noun is an actor's name or title itself, not a thing an actor's
	// adjective modifies ("a British passport, which he has since
	// rescinded")
	if n := s.head[x]; s.codedEntity(n, "PER", "ORG", "GPE", "NORP") {
		return n
	}
	return -1
}

// datelineArrivals gives an arrival with no target (042 from "arrived",
// "landed") in a datelined story the dateline's country as its host:
// "NAIROBI - Ethiopian Prime Minister Abiy Ahmed arrived at the airport
// on Wednesday" is a visit to KEN, as "arrived in Nairobi" is; an arrival
// "for talks" the CAMEO dictionary makes talks with no one (046) is that
// visit too. The verbs are arrivalVerb's ("arrive", "land"; where_r33.go).
// Only when the arriving side is of another country, the sentence names
// no place outside the dateline's country, and the arrival is not one
// "home" or "back".
func (st *state) datelineArrivals(out []doc.Event, first int) []doc.Event {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noDatelineArrival || len(out) == first || s.d.Dateline == nil {
		return out
	}
	dp := datelinePlace(s.d)
	if dp == nil || len(dp.Country) != 3 {
		return out
	}
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Cameo != "042" && e.Cameo != "046" || e.Target != nil || e.Negated || e.Source.Country == "" || e.Source.Country == dp.Country {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v < 0 || !arrivalVerb(s.lemma[v]) || s.upos[v] != "VERB" {
			continue
		}
		home := false
		for _, k := range s.kids[v] {
			if s.lower[k] == "home" || s.lower[k] == "back" {
				home = true
			}
		}
		ss, _ := s.tokenSpan(0)
		_, se := s.tokenSpan(s.n - 1)
		for j := range s.d.Places {
			if p := &s.d.Places[j]; p.Start >= ss && p.End <= se && p.Country != "" && p.Country != dp.Country {
				home = true // a place elsewhere: not this story's host
			}
		}
		if home {
			continue
		}
		a := placeAsActor(dp)
		e.Target = &a
		if e.Cameo == "046" {
			// "arrived at the airport for talks": the CAMEO dictionary's
			// talks with no one named are the journey's purpose; the
			// journey is the visit, as dyad.pat codes "arrived in Beirut
			// for talks"
			setCode(e, "042")
		}
	}
	return out
}

// deedActs are anaphoricActs for material deeds: "Police arrested 14
// people on Thursday. The opposition leader condemned the arrests": the
// arrests' author (KENCOP) is the target of the condemnation, as "rejected
// the criticism" points to the critic (anaphoricTarget). Only the code
// roots of the deed itself: force, assault, coercion, expulsion.
var deedActs = map[string]actKind{
	"arrest":      {[]string{"173"}, []string{"arrest", "detain"}},
	"detention":   {[]string{"173"}, []string{"arrest", "detain"}},
	"crackdown":   {[]string{"17", "18"}, nil},
	"attack":      {[]string{"18", "19", "20"}, nil},
	"raid":        {[]string{"17", "18", "19"}, nil},
	"killing":     {[]string{"18", "19", "20"}, nil},
	"bombing":     {[]string{"18", "19"}, nil},
	"shelling":    {[]string{"19"}, nil},
	"airstrike":   {[]string{"19"}, nil},
	"expulsion":   {[]string{"16", "174"}, []string{"expel"}},
	"deportation": {[]string{"174"}, []string{"deport"}},
}
