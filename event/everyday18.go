package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 18 (everyday news: meetings reported "according to"
// someone, relative clauses and time clauses the parser broke, acts
// named as objects, pairs of sides), chosen on sentences the team wrote
// itself in wire style and checked on the development records of the
// real-news gold, the PETRARCH suites and the coder's output for 600
// bench-news stories. Each rule has an off-switch (tests only); the tests
// are in event/everyday18_test.go. News mode only, except the tree
// repairs, which run in every mode like the others.

// insideAttribution reports whether phrase x, under verb v, lies inside
// one that names the source of a report ("met for four hours, according
// to a statement from the Qatari foreign ministry": the ministry reports
// the meeting, it is no party to it).
func (s *sent) insideAttribution(x, v int) bool {
	for steps := 0; x >= 0 && x != v && steps < s.n; steps++ {
		if attribution(s.caseOf(x)) {
			return true
		}
		x = s.head[x]
	}
	return false
}

// relativeSubjects open a relative clause as its subject.
var relativeSubjects = map[string]bool{"which": true, "who": true}

// repairs18 runs session 18's tree repairs.
func (s *sent) repairs18() {
	if !s.noRelativeAsNoun {
		s.repairRelativeAsNoun()
	}
	if !s.noSubjectBeforeClause {
		s.repairSubjectBeforeClause()
	}
	if !s.noCalledFor {
		s.repairCalledFor()
	}
}

// repairRelativeAsNoun mends a relative clause whose verb the tagger read
// as a plural noun ("Iran, which borders both countries, urged Baku ...":
// "borders" a noun conjoined to "Iran", "countries" another conjunct, so
// that the subject of "urged" was Iran and both countries): a noun right
// after "which" or "who", that word its subject, conjoined (or in
// apposition) to a noun before the comma that precedes the relative word,
// becomes a verb heading a relative clause on that noun, and its first
// conjunct after it, with no conjunction of its own, its object.
func (s *sent) repairRelativeAsNoun() {
	for w := 2; w+1 < s.n; w++ {
		x := w + 1
		if !relativeSubjects[s.lower[w]] || s.head[w] != x || s.rel[w] != rNsubj || s.lower[w-1] != "," {
			continue
		}
		g := s.head[x]
		if s.upos[x] != "NOUN" || (s.rel[x] != rConj && s.rel[x] != rAppos) || g < 0 || g >= w-1 || !isNounTag(s.upos[g]) {
			continue
		}
		s.upos[x], s.rel[x] = "VERB", rRelcl
		for k := x + 1; k < s.n; k++ {
			if s.head[k] == x && s.rel[k] == rConj {
				if !s.headHasRel(k, rCC) {
					s.rel[k] = rObj
				}
				break
			}
		}
	}
}

// repairSubjectBeforeClause mends a main clause the parser hung as a
// reduced relative on its own subject, and that subject on the verb of the
// adverbial clause after it ("Tanzanian police arrested the opposition
// leader on Wednesday, hours after he accused the government of rigging
// the vote": "arrested" an acl of "police", "police" and "he" both
// subjects of "accused"): a verb with two subjects, a mark (after,
// before, since, ...) between them, the first one bearing a finite verb
// (VBD, VBZ, VBP) with no subject of its own before the mark (or a participle with an object: "police arrested X"
// tagged VBN), takes that verb as the main verb: the verb becomes its head, the first subject its
// subject, and the marked verb its adverbial clause. The clause's act is
// then its own subject's only.
func (s *sent) repairSubjectBeforeClause() {
	for v := 0; v < s.n; v++ {
		if !isVerbal(s.upos[v]) {
			continue
		}
		a, b, m := -1, -1, -1
		for k := 0; k < s.n; k++ {
			if s.head[k] != v {
				continue
			}
			switch {
			case s.rel[k] == rNsubj && a < 0:
				a = k
			case s.rel[k] == rNsubj:
				b = k
			case s.rel[k] == rMark && clauseConjunctions[s.lower[k]]:
				m = k
			}
		}
		if a < 0 || b < 0 || m < 0 || !(a < m && m < b && b < v) {
			continue
		}
		u := -1
		for k := a + 1; k < m; k++ {
			if s.head[k] != a || s.rel[k] != rAcl || s.upos[k] != "VERB" {
				continue
			}
			// a finite form, or a participle with an object of its own
			// ("police arrested opposition leader X" tagged VBN)
			if x := s.d.Tokens[s.base+k].XPOS; finiteForms[x] || x == "VBN" && s.headHasRel(k, rObj) {
				u = k
				break
			}
		}
		if u < 0 || s.headHasRel(u, rNsubj, rNsubjPass, rMark) {
			continue
		}
		s.head[u], s.rel[u] = s.head[v], s.rel[v]
		s.head[a], s.rel[a] = u, rNsubj
		s.head[v], s.rel[v] = u, rAdvcl
	}
}

// bodyForPerson reports whether personal pronoun k ("he", "she") would be
// resolved to subject gs of the clause above it, which names a body, a
// country or a people (an organisation, place or nationality entity, no
// person): "Kenyan police detained an opposition politician after he
// criticised the president" — "he" is not the police. The pronoun keeps
// the actor the entity stage gave it, if any.
func (s *sent) bodyForPerson(k, gs int) bool {
	if s.lower[k] != "he" && s.lower[k] != "she" {
		return false
	}
	if !s.namedEntity(gs, "ORG", "GPE", "NORP", "LOC") || s.namedEntity(gs, "PER") {
		return false
	}
	// "United Front coalition leader Inder Kumar Gujral said he ...": a
	// person in apposition to the body speaks
	for _, k := range s.kids[gs] {
		if s.rel[k] == rAppos && (s.namedEntity(k, "PER") || s.bodyHasPerson(k)) {
			return false
		}
	}
	return true
}

// bodyHasPerson reports whether a person entity stands in apposition
// under k.
func (s *sent) bodyHasPerson(k int) bool {
	for _, j := range s.kids[k] {
		if s.rel[j] == rAppos && s.namedEntity(j, "PER") {
			return true
		}
	}
	return false
}

// pairMeetings are the codes of a meeting of two coded one way ("Ruto met
// Museveni": 040 KENGOV -> UGAGOV): both are its parties.
var pairMeetings = map[string]bool{"040": true, "041": true, "046": true}

// pairWindow is how many sentences back a story's latest pair is sought.
const pairWindow = 8

// latestPair returns the two parties of the story's latest reciprocal act
// of cooperation or of meeting (roots 01-08, coded each way in one
// sentence: "Mirzoyan and Bayramov met in Doha" gives 040 ARMGOV ->
// AZEGOV and back), or of its latest meeting, talks by telephone or
// negotiation done (pairMeetings), in the pairWindow sentences before this
// one; nil when there is none.
func (st *state) latestPair() []doc.Actor {
	return st.latestActPair(true) // event/left23.go
}

// recentPair returns the actors of a pair description headed by h ("both
// ministers", "the two countries", "the two leaders": pairNouns, named
// as a pair) that stands for the two parties of the story's latest
// reciprocal act (latestPair): "Mirzoyan and Bayramov met in Doha. ...
// Rubio phoned both ministers". The entity stage's pair (cur, the last
// two actors named) stands when the two acted on each other in the
// window, or when there is no such act. Each party takes the noun's
// sector ("both countries": the countries themselves).
func (st *state) recentPair(h int, cur []doc.Actor) []doc.Actor {
	s := &st.s
	if !st.c.opt.News || st.c.opt.noRecentPair {
		return cur
	}
	sector, ok := s.pairDescription(h)
	if !ok {
		return cur
	}
	if u := uniqueCodes(cur); len(u) == 2 && (st.actedOnEachOther(u[0].Code, u[1].Code) || st.previousPair(cur) ||
		st.countriesFought(cur)) { // (event/everyday21.go)
		return cur
	}
	pair := st.latestPair()
	if len(pair) != 2 {
		return cur
	}
	out := make([]doc.Actor, 0, 2)
	for _, a := range pair {
		if c := a.Country; len(c) == 3 && a.Code != c+sector {
			a = pairMember(c, s.lower[h], sector)
		}
		out = append(out, st.described(a, h))
	}
	return out
}

// pairedActNouns name an act two parties do together: "Russia
// criticised the talks", "the United States welcomed the progress" are
// aimed at the two who held them.
var pairedActNouns = map[string]bool{"talk": true, "talks": true, "negotiation": true, "negotiations": true,
	"progress": true, "deal": true, "agreement": true, "accord": true, "ceasefire": true, "truce": true,
	"meeting": true, "summit": true, "treaty": true, "pact": true, "rapprochement": true, "breakthrough": true,
	"dialogue": true}

// pairedActTarget returns the parties of the story's latest reciprocal act
// (latestPair) when verb v answers an act (reactVerbs) and its object is
// a definite noun of talks or of a deal naming no actor ("Mirzoyan and
// Bayramov met in Doha ... Russia criticised the talks": 111 RUS -> ARMGOV
// and AZEGOV), as "rejected the criticism" takes the critic
// (anaphoricTarget). A source that is one of the parties leaves nil.
func (st *state) pairedActTarget(v int, sources []doc.Actor) []doc.Actor {
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 || !reactVerbs[s.lemma[v]] || s.upos[o] != "NOUN" || !pairedActNouns[s.lower[o]] && !pairedActNouns[s.lemma[o]] {
		return nil
	}
	det := false
	for _, k := range s.kids[o] {
		switch s.rel[k] {
		case rDet:
			switch s.lower[k] {
			case "the", "this", "these", "those":
				det = true
			default:
				return nil // "a deal", "any deal"
			}
		case rPoss, rNmod, rAcl, rRelcl, rConj, rAppos:
			return nil // "their talks", "talks with X", "a deal to ..."
		}
	}
	if !det || len(st.actorsOf(o)) > 0 {
		return nil
	}
	pair := st.latestPair()
	if len(pair) != 2 {
		return nil
	}
	for _, a := range sources {
		if sameActor(a.Code, pair[0].Code) || sameActor(a.Code, pair[1].Code) {
			return nil
		}
	}
	return pair
}

// detainWindow is how many sentences back detainerTarget looks for an
// arrest.
const detainWindow = 5

// detainerTarget returns the one who holds a person whose release verb v,
// coded c, demands or appeals for (1053, 0253): the author of the story's
// latest arrest or detention (173) in the detainWindow sentences up to v
// ("Police arrested opposition leader Tundu Lissu. ... The European Union
// called for his immediate release": 1053 IGOEUREEC -> TZACOP), when the
// act names no target, or only the one held (the arrest's target, or an
// actor without a code: "his" release). cur is returned when there is no
// such arrest, or when its author is among sources.
func (st *state) detainerTarget(v int, c string, sources, cur []doc.Actor, out []doc.Event) []doc.Actor {
	s := &st.s
	if c != "1053" && c != "0253" {
		return cur
	}
	vStart := s.d.Tokens[s.base+v].Start
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if e.Sentence < s.idx-detainWindow {
			break
		}
		if e.Sentence > s.idx || e.Sentence == s.idx && e.Action.Start >= vStart || !arrestBy(e) {
			continue
		}
		for _, a := range sources {
			if sameActor(a.Code, e.Source.Code) {
				return cur
			}
		}
		for _, a := range cur {
			if a.Code != "" && (e.Target == nil || a.Code != e.Target.Code) {
				return cur // "called on Kenya to release ...": the one asked
			}
		}
		if !st.c.opt.noRivalDetainers && rivalDetainer(out[:i], e, s.idx-detainWindow) {
			// two arrests by different hands: which one holds "him" is
			// not told (session 18 review)
			return cur
		}
		return []doc.Actor{e.Source}
	}
	return cur
}

// repairCalledFor mends "call for" or "call on" read as a participle on
// the subject ("The European Union | called for his immediate release",
// "called" a VBN reduced relative on "Union"): "call" hung as a clausal
// modifier (acl) right after a noun that is the sentence's only root or a
// subject of a later verb, with a "for", "on" or "upon" phrase and no
// subject, object, auxiliary or mark of its own, is the noun's verb (in
// news a body "called for" something; "was called for questioning" has
// its auxiliary). A root noun becomes its subject (promote); a subject
// of a later verb with a subject of its own after a conjunction ("The EU
// called for his release, and Kenya's opposition leader said ...") makes
// the two verbs conjuncts.
func (s *sent) repairCalledFor() {
	for v := 1; v < s.n; v++ {
		x := s.head[v]
		if s.lemma[v] != "call" || s.upos[v] != "VERB" || s.rel[v] != rAcl || x < 0 || x > v || !isNounTag(s.upos[x]) {
			continue
		}
		if s.headHasRel(v, rNsubj, rNsubjPass, rObj, rAux, rAuxPass, rMark) {
			continue
		}
		phrase := false
		for k := v + 1; k < s.n; k++ {
			if s.head[k] != v || s.rel[k] != rObl {
				continue
			}
			for c := v + 1; c < k; c++ {
				// (the child lists, which caseOf reads, are built after
				// the repairs)
				if s.head[c] == k && s.rel[c] == rCase && (s.lower[c] == "for" || s.lower[c] == "on" || s.lower[c] == "upon") {
					phrase = true
				}
			}
		}
		if !phrase {
			continue
		}
		if s.head[x] < 0 {
			roots := 0
			for i := 0; i < s.n; i++ {
				if s.head[i] < 0 && s.rel[i] != rPunct {
					roots++
				}
			}
			if roots == 1 {
				s.promote(v, x, -1)
			}
			return
		}
		w := s.head[x]
		if s.rel[x] != rNsubj || w < v || !isVerbal(s.upos[w]) {
			continue
		}
		b := -1 // the later verb's own subject, after a conjunction
		for k := v + 1; k < w; k++ {
			if s.head[k] == w && s.rel[k] == rNsubj {
				b = k
			}
		}
		if b < 0 {
			continue
		}
		cc := -1
		for k := v + 1; k < b; k++ {
			if s.head[k] == b && s.rel[k] == rCC {
				cc = k
			}
		}
		if cc < 0 {
			continue
		}
		s.head[v], s.rel[v] = s.head[w], s.rel[w]
		s.head[x], s.rel[x] = v, rNsubj
		s.head[w], s.rel[w] = v, rConj
		s.head[cc] = w
		for k := v + 1; k < b; k++ {
			if s.head[k] == b && s.rel[k] == rPunct {
				s.head[k] = w
			}
		}
		return
	}
}
