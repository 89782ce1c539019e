package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 15, chosen on the development records of the real-news
// gold (dev2-dev9 and realnews.tsv's development half) and checked on
// sentences written for the tests (event/round15_test.go). News mode only.

// habitualAdverbs tell what someone does by habit, not what happened.
var habitualAdverbs = map[string]bool{"routinely": true, "regularly": true, "habitually": true,
	"customarily": true, "usually": true, "often": true, "frequently": true, "normally": true,
	"typically": true, "traditionally": true}

// periodNouns are the periods "every" or "each" repeats ("every two
// months", "each year").
var periodNouns = map[string]bool{"day": true, "week": true, "fortnight": true, "month": true,
	"year": true, "quarter": true, "summer": true, "winter": true, "spring": true, "autumn": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// habitual reports whether verb v, asserted, tells a habit of its subject
// ("the government routinely accuses X", "he visits the capital every two
// months", "often criticised"): an adverb of habitualAdverbs on v or on
// the verb its clause is conjoined to, or a phrase of "every" or "each"
// and a period anywhere in v's own clause (the parser hangs "every two
// months" where it can), unless the clause tells the latest instance
// ("most recently last week"). A habit is no event of the day: the news
// guide codes none (dev8's "visits the Iraqi capital every two months").
func (s *sent) habitual(v int) bool {
	x := v
	habit, recent := false, false
	for steps := 0; steps < 4; steps++ {
		for _, k := range s.kids[x] {
			if s.rel[k] == rAdvmod && habitualAdverbs[s.lower[k]] {
				habit = true
			}
		}
		if s.rel[x] != rConj || s.head[x] < 0 || !isVerbal(s.upos[s.head[x]]) || s.ownClause(x) {
			break
		}
		x = s.head[x]
	}
	if s.againDated(v) {
		recent = true
	}
	for k := v + 1; k < s.n; k++ {
		if (s.rel[k] == rConj && s.head[k] == v && isVerbal(s.upos[k]) || s.lemma[k] == "do") && s.againDated(k) {
			// "often criticises Japan ..., and did so again on Monday"
			// (the parser may hang "did" anywhere): the latest instance
			// is told.
			recent = true
		}
	}
	var walk func(h int)
	walk = func(h int) {
		for _, k := range s.kids[h] {
			switch s.rel[k] {
			case rCcomp, rAdvcl, rParataxis, rRelcl, rXcomp, rConj:
				if isVerbal(s.upos[k]) {
					continue // another clause
				}
			}
			if s.lower[k] == "recently" || s.lower[k] == "latest" {
				// "has frequently voiced Moscow's opposition, most
				// recently during a visit last week": the habit's latest
				// instance is told.
				recent = true
			}
			if periodNouns[s.lemma[k]] || periodNouns[s.lower[k]] {
				for _, d := range s.kids[k] {
					if s.rel[d] == rDet && (s.lower[d] == "every" || s.lower[d] == "each") {
						habit = true
					}
					if s.rel[d] == rNummod {
						// "every three months" with "every" on the number
						for _, e := range s.kids[d] {
							if s.rel[e] == rDet && (s.lower[e] == "every" || s.lower[e] == "each") {
								habit = true
							}
						}
					}
				}
			}
			walk(k)
		}
	}
	walk(v)
	return habit && !recent
}

// ownClause reports whether conjoined clause x stands on its own, so that a
// habit adverb of the clause it is conjoined to is not its own: it has a
// subject or a time phrase of its own, or it is set against that clause
// ("regularly threatens South Korea, and on Monday it fired two missiles",
// "normally allows inspectors in, but expelled two of them").
func (s *sent) ownClause(x int) bool {
	for _, k := range s.kids[x] {
		switch s.rel[k] {
		case rNsubj, rNsubjPass:
			return true
		case rCC:
			if s.lower[k] == "but" || s.lower[k] == "yet" {
				return true
			}
		case rObl, rTmod, rAdvmod:
			if s.timeOf(k) {
				return true
			}
		}
	}
	return false
}

// timeOf reports whether token k heads a time phrase: a time word
// (timePhrase) or a span inside a time expression.
func (s *sent) timeOf(k int) bool {
	if timePhrase(s, k) {
		return true
	}
	if s.d == nil {
		return false
	}
	st, en := s.tokenSpan(k)
	return s.inTimex(st, en)
}

// againDated reports whether verb v is done "again" at a time of its own
// ("did so again on Monday"): a habit's latest instance.
func (s *sent) againDated(v int) bool {
	again, dated := false, false
	for _, k := range s.kids[v] {
		if s.rel[k] == rAdvmod && s.lower[k] == "again" {
			again = true
		}
		if (s.rel[k] == rObl || s.rel[k] == rTmod || s.rel[k] == rAdvmod) && s.timeOf(k) {
			dated = true
		}
	}
	return again && dated
}

// topicPreps mark what a meeting or talk is about ("talking about a recent
// visit to Washington", "spoke of his trip to Japan"); not "on", which
// also opens a journey ("headed a delegation on a visit to China").
var topicPreps = map[string]bool{"about": true, "of": true, "regarding": true, "concerning": true}

// underTopic reports whether token x, below verb v, is in a phrase of
// topicPreps on v or nested in one: for a meeting or talk (04x) the topic
// names no partner.
func (s *sent) underTopic(x, v int) bool {
	for steps := 0; x >= 0 && x != v && steps < s.n; steps++ {
		if (s.rel[x] == rObl || s.rel[x] == rNmod) && topicPreps[s.caseOf(x)] && s.head[x] == v {
			return true
		}
		if (s.rel[x] == rObl || s.rel[x] == rNmod) && topicPreps[s.caseOf(x)] && s.upos[s.head[x]] == "NOUN" &&
			s.head[s.head[x]] == v && s.rel[s.head[x]] == rObj {
			return true // "held talks on the crisis in Gaza": the object's topic
		}
		x = s.head[x]
	}
	return false
}

// probeNouns name an inquiry, or those who hold one, that one is asked to
// cooperate with.
var probeNouns = map[string]bool{"investigation": true, "inquiry": true, "enquiry": true, "probe": true,
	"investigator": true, "prosecutor": true, "tribunal": true, "inquest": true}

// coopVerbs are the verbs of cooperating with an inquiry.
var coopVerbs = map[string]bool{"cooperate": true, "co-operate": true, "collaborate": true}

// judicialCooperation reports whether the content of appeal or demand verb
// v (its infinitive or reported clause, as sanctionsLifted finds them) is
// to cooperate with an inquiry ("called on Russia to cooperate fully with
// the investigations", "demands that Syria cooperate with UN
// investigators"): CAMEO codes such appeals 0213 and demands 1013, where
// the dictionary gives the plain 020 and 100.
func (st *state) judicialCooperation(v int) bool {
	s := &st.s
	if st.c.opt.noJudicialCoop {
		return false
	}
	for y := 0; y < s.n; y++ {
		if !coopVerbs[s.lemma[y]] || s.upos[y] != "VERB" || !s.contentOf(y, v) {
			continue
		}
		for _, k := range s.kids[y] {
			if (s.rel[k] == rObl || s.rel[k] == rNmod) && s.caseOf(k) == "with" && probeNouns[s.lemma[k]] {
				return true
			}
		}
	}
	return false
}

// contentOf reports whether verb y is the content of verb v: its
// infinitive, reported or adverbial clause, or the infinitive of its object
// ("urged the Council | to lift"), at most three clauses down.
func (s *sent) contentOf(y, v int) bool {
	x := y
	for steps := 0; steps < 3 && x >= 0; steps++ {
		switch s.rel[x] {
		case rXcomp, rCcomp, rAdvcl, rAcl:
		default:
			return false
		}
		x = s.head[x]
		if x == v {
			return true
		}
		if x >= 0 && s.rel[x] == rObj && s.head[x] == v {
			return true
		}
	}
	return false
}

// infinitiveInRelcl reports whether verb x is the infinitive of a noun
// that hangs in a relative clause ("the rebels, who have held the south
// for a month in their bid to oust the president"): background with the
// clause, as a noun event there is.
func (s *sent) infinitiveInRelcl(x int) bool {
	if s.rel[x] != rAcl || !s.hasMarkTo(x) || s.head[x] < 0 || !isNounTag(s.upos[s.head[x]]) {
		return false
	}
	y := s.head[s.head[x]]
	for steps := 0; y >= 0 && !isVerbal(s.upos[y]) && steps < 4; steps++ {
		y = s.head[y]
	}
	return y >= 0 && isVerbal(s.upos[y]) && (s.rel[y] == rRelcl || s.underRelcl(y))
}

// sitePreps mark a phrase of place only: not "in" ("an appeal for money in
// assistance to North Korea", "an olive branch in a lumber dispute with
// Canada") nor a phrase of time.
var sitePreps = map[string]bool{"at": true, "near": true, "inside": true, "outside": true, "across": true,
	"throughout": true, "around": true, "within": true, "along": true}

// underSite reports whether token x hangs from clause head c through a
// phrase of sitePreps ("deplored the violence at the crossing between
// Egypt and Gaza"): what is named inside the place names no one a verbal
// reaction is aimed at.
//
// Only a phrase hung on the place itself is inside it: the walk stops at
// the first phrase on the way up, of place or not (in "the killing of
// migrants from Syria at the border" the place does not drop Syria), and a
// doer ("by") or
// topic ("about", "over") the parser hung on the place is not of it
// (notOfSite, checked by the caller).
func (s *sent) underSite(x, c int) bool {
	for steps := 0; x >= 0 && x != c && steps < s.n; steps++ {
		if s.rel[x] == rNmod || s.rel[x] == rObl {
			return sitePreps[s.caseOf(x)] && !biddingNouns[s.lemma[x]]
		}
		x = s.head[x]
	}
	return false
}

// biddingNouns head an "at" phrase that is no place but tells at whose
// bidding one acts ("arrived at the invitation of the ruling party": the
// inviter is the host).
var biddingNouns = map[string]bool{"invitation": true, "request": true, "behest": true, "urging": true,
	"initiative": true, "suggestion": true, "insistence": true}

// notOfSite are prepositions of a phrase that names a doer or a topic, not
// a part of the place it hangs on ("the firing across the border by
// Pakistani troops", "complained at the UN about Israeli flights").
var notOfSite = map[string]bool{"by": true, "about": true, "over": true, "against": true,
	"regarding": true, "concerning": true}

// approachVerbs move towards an act without doing it ("edged closer to
// cutting gas supplies", "came close to breaking off relations").
var approachVerbs = map[string]bool{"edge": true, "move": true, "inch": true, "come": true, "draw": true,
	"get": true, "step": true, "creep": true}

// closeWords say how near ("closer", "close", "nearer").
var closeWords = map[string]bool{"close": true, "closer": true, "nearer": true}

// approachOf returns the verb of approachVerbs that verb v's "to" gerund
// is the goal of ("Russia edged closer Sunday to cutting gas supplies to
// Belarus": "edged" for "cutting"), -1 when there is none. The parser
// hangs "closer" on the verb, on a noun near it, or makes it the gerund's
// head; a word of closeWords between the two tells the approach.
func (s *sent) approachOf(v int) int {
	if !strings.HasSuffix(s.lower[v], "ing") || !s.hasMarkTo(v) && s.caseOf(v) != "to" {
		return -1
	}
	g := s.head[v]
	if g >= 0 && closeWords[s.lower[g]] {
		g = s.head[g]
	}
	if g < 0 || g > v || !approachVerbs[s.lemma[g]] {
		return -1
	}
	for t := g + 1; t < v; t++ {
		if closeWords[s.lower[t]] {
			return g
		}
	}
	return -1
}

// approached reports whether verb candidate v is an act only approached
// (its "to" gerund under a verb of approach) or the verb of approach
// itself: the act was not done, and the approach ("came close to",
// taken by the CAMEO dictionary for a journey) is no event either.
func (s *sent) approached(v int) bool {
	if s.approachOf(v) >= 0 {
		return true
	}
	if !approachVerbs[s.lemma[v]] {
		return false
	}
	for y := v + 1; y < s.n; y++ {
		if s.upos[y] == "VERB" && s.approachOf(y) == v {
			return true
		}
	}
	return false
}

// delegationNouns are bodies sent abroad to deal with their hosts.
var delegationNouns = map[string]bool{"delegation": true, "mission": true, "team": true}

// delegationHost returns the actors a subject that is a delegation is sent
// to ("a Mauritian delegation to China has signed two agreements", "a
// Kenyan trade delegation to Uganda held talks"): the partner of its
// cooperation (03x-06x) when the clause names no other; nil otherwise.
func (st *state) delegationHost(subj int, code string) []doc.Actor {
	s := &st.s
	if subj < 0 || !delegationNouns[s.lemma[subj]] || len(code) < 2 || code[0] != '0' || code[1] < '3' || code[1] > '6' {
		return nil
	}
	for _, k := range s.kids[subj] {
		if s.rel[k] == rNmod && s.caseOf(k) == "to" {
			if a := st.actorsOf(k); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}
