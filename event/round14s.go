package event

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 14 (everyday stories), chosen on stories the team wrote
// itself (a state visit, a missile strike, a protest, an election, a
// sanction, aid, a border clash, a ceasefire, expulsions, a trade dispute)
// and checked on the development records of the real-news gold and on the
// coder's output for 600 bench-news stories. Each rule has an off-switch
// (tests only); the tests are in event/round14s_test.go.

// modalWords are the auxiliaries a finite past verb cannot share ("would
// open ... and invited": "invited" is not "would invite").
var modalWords = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "shall": true, "should": true, "wo": true, "ca": true}

// speakerVerbs are verbs whose doer speaks or judges: a person or a body,
// not a thing ("the hospital had been targeted and accused Kyiv": the
// hospital accuses no one).
var speakerVerbs = map[string]bool{"accuse": true, "blame": true, "criticise": true, "criticize": true,
	"condemn": true, "denounce": true, "praise": true, "hail": true, "commend": true, "laud": true,
	"thank": true, "welcome": true, "urge": true, "call": true, "warn": true, "invite": true,
	"reject": true, "deny": true, "demand": true, "ask": true, "appeal": true, "vow": true,
	"pledge": true, "promise": true, "threaten": true, "insist": true, "describe": true,
	"dismiss": true, "slam": true, "rebuke": true, "reiterate": true, "express": true}

// complementVerbs govern a clause whose conjunct may belong to them
// instead: verbs of saying, denying and the like.
var complementVerbs = map[string]bool{"say": true, "tell": true, "add": true, "state": true, "deny": true,
	"claim": true, "insist": true, "announce": true, "confirm": true, "argue": true, "stress": true,
	"note": true, "explain": true, "acknowledge": true, "admit": true, "report": true, "warn": true}

// repairReportedConjunct mends a verb that the parser conjoined to the
// clause a verb of saying reports, when it cannot share that clause's
// subject or auxiliaries ("Chinh said Vietnam would open an office ... |
// and invited Boric to visit Hanoi": "invited" a conjunct of "open", so
// Vietnam invited; "Peskov denied that the hospital had been targeted |
// and accused Kyiv of ...": "accused" a conjunct of the passive, so no one
// accused). A conjunct with no subject, auxiliary or mark of its own,
// after an "and" or "but", becomes the conjunct of the verb of saying when
//   - it is a finite past (VBD) and the reported verb has a modal ("would
//     open and invited") or is an infinitive, and the verb of saying is
//     past too; or
//   - it is a verb of speaking or judging (speakerVerbs) with an object,
//     and the reported verb is a passive (a passive subject is acted on,
//     a finite object-taking conjunct acts) or a predicate with a copula
//     ("observers said the vote was competitive | but criticised the
//     state broadcaster").
func (s *sent) repairReportedConjunct() {
	for x := 1; x < s.n; x++ {
		c := s.head[x]
		if s.rel[x] != rConj || s.upos[x] != "VERB" || c < 0 || c > x || s.rel[c] != rCcomp {
			continue
		}
		copula := s.upos[c] != "VERB" && s.headHasRel(c, rCop)
		if s.upos[c] != "VERB" && !copula {
			continue
		}
		v := s.head[c]
		if v < 0 || v > c || s.upos[v] != "VERB" || !complementVerbs[s.lemma[v]] {
			continue
		}
		and, own, obj := false, false, false
		for k := 0; k < s.n; k++ {
			if s.head[k] != x {
				continue
			}
			switch s.rel[k] {
			case rCC:
				and = and || k < x && (s.lower[k] == "and" || s.lower[k] == "but")
			case rNsubj, rNsubjPass, rAux, rAuxPass, rMark, rCop:
				own = true
			case rObj:
				obj = obj || k > x
			}
		}
		if !and || own {
			continue
		}
		modal, passive, perfect := false, false, false
		for k := 0; k < c; k++ {
			if s.head[k] != c {
				continue
			}
			switch s.rel[k] {
			case rAux:
				modal = modal || modalWords[s.lower[k]]
				perfect = perfect || s.lower[k] == "had" || s.lower[k] == "has" || s.lower[k] == "have"
			case rAuxPass:
				passive = true
			case rMark:
				modal = modal || s.lower[k] == "to"
			}
		}
		xp, vp := s.d.Tokens[s.base+x].XPOS, s.d.Tokens[s.base+v].XPOS
		switch {
		case modal && xp == "VBD" && vp == "VBD":
		// a perfect passive and a simple past ("denied that the hospital
		// had been targeted and accused Kyiv"); not a plain passive or a
		// copula, whose subject does the next act as well ("said the
		// president was furious and blamed Kenya", "the convoy was
		// stopped and denied entry": review)
		case passive && perfect && obj && speakerVerbs[s.lemma[x]] && (xp == "VBD" || xp == "VBN") && vp == "VBD":
		default:
			continue
		}
		s.head[x] = v
	}
}

// commentParticiples are participles of speaking or judging that, after a
// comma, tell what the main clause's subject said or did with it
// ("Boric told a joint press conference, | praising Hanoi's reforms").
var commentParticiples = map[string]bool{"praise": true, "hail": true, "commend": true, "laud": true,
	"criticise": true, "criticize": true, "condemn": true, "denounce": true, "accuse": true,
	"blame": true, "thank": true, "welcome": true, "urge": true, "warn": true, "call": true,
	"reject": true, "slam": true, "rebuke": true, "invite": true, "pledge": true, "promise": true,
	"vow": true, "threaten": true, "demand": true, "appeal": true}

// repairCommentParticiple mends a participle of speaking or judging after
// a comma that the parser hung as a modifier on the comma or on a common
// noun of the clause before it ("told a joint press conference, praising
// Hanoi's economic reforms", "praising" an acl of "conference"; "spoke on
// Thursday, praising ...", an acl of the comma): the press conference
// praises nothing; the participle is an adverbial clause of the verb whose
// phrase it closes, sharing its subject. A name before it ("welcomed
// Chinh, praising ...") and a participle with a subject or mark of its own
// are left alone.
func (s *sent) repairCommentParticiple() {
	for p := 2; p < s.n; p++ {
		h := s.head[p]
		if s.rel[p] != rAcl || s.upos[p] != "VERB" || !s.gerund(p) || !commentParticiples[s.lemma[p]] ||
			s.lower[p-1] != "," || h < 0 || h > p {
			continue
		}
		if s.headHasRel(p, rNsubj, rNsubjPass, rMark, rAux) {
			continue
		}
		n := h
		if s.upos[n] == "PUNCT" {
			n = s.head[n]
		} else if s.upos[n] != "NOUN" {
			continue
		}
		if n >= 0 && speakingNouns[s.lemma[n]] {
			// "blocked a UN statement, condemning North Korea": the
			// statement condemns, not the one who blocked it (review)
			continue
		}
		// The verb whose phrase the noun is in: up through nominal
		// relations only, not across a clause.
		v := -1
		for x, steps := n, 0; x >= 0 && steps < 4; x, steps = s.head[x], steps+1 {
			if s.upos[x] == "VERB" {
				v = x
				break
			}
			switch s.rel[x] {
			case rObj, rObl, rNmod, rIobj, rTmod:
			default:
				x = -2
			}
			if x == -2 {
				break
			}
		}
		if v < 0 || v > p || !s.headHasRel(v, rNsubj) {
			continue
		}
		s.head[p], s.rel[p] = v, rAdvcl
		if s.head[p-1] == h || s.head[p-1] == p {
			s.head[p-1] = p
		}
	}
}

// repairSubjectConjunct mends the subject of a second clause that the
// parser conjoined to a noun of the first ("Britain imposed sanctions on
// Moscow | and Egypt promised to reopen its border", "Egypt" a conjunct of
// "Moscow" and "promised" an adverbial clause of "imposed"; "sent supplies
// to Port Sudan, and Egypt promised ..."): a finite verb (VBD, VBZ, VBP)
// hung on an earlier verb as an adverbial clause, complement or conjunct
// ("froze $100 million in aid to Niger, and France halted ...", "halted"
// an xcomp of "froze"), with no
// subject or mark of its own, right after a name or noun that is a
// conjunct after "and" inside the earlier verb's phrase, takes that noun
// as its subject and becomes the earlier verb's conjunct, with the "and"
// (and the comma before it).
func (s *sent) repairSubjectConjunct() {
	for v := 2; v < s.n; v++ {
		g := s.head[v]
		if s.upos[v] != "VERB" || g < 0 || g > v || s.upos[g] != "VERB" ||
			s.rel[v] != rAdvcl && s.rel[v] != rConj && s.rel[v] != rParataxis && s.rel[v] != rXcomp {
			continue
		}
		if xp := s.d.Tokens[s.base+v].XPOS; xp != "VBD" && xp != "VBZ" && xp != "VBP" {
			continue
		}
		if s.headHasRel(v, rNsubj, rNsubjPass, rMark) {
			continue
		}
		n := v - 1
		if !isNounTag(s.upos[n]) || s.rel[n] != rConj || s.head[n] < 0 || s.head[n] > n || !s.inSubtree(s.head[n], g) {
			continue
		}
		cc := -1
		for k := s.head[n] + 1; k < n; k++ {
			if s.head[k] == n && s.rel[k] == rCC && s.lower[k] == "and" {
				cc = k
			}
		}
		if cc < 0 {
			continue
		}
		// Everything between the "and" and the verb is the subject's own.
		ok := true
		for k := cc + 1; k < n && ok; k++ {
			ok = s.inSubtree(k, n)
		}
		if !ok {
			continue
		}
		s.head[n], s.rel[n] = v, rNsubj
		s.head[cc] = v
		if cc > 0 && s.lower[cc-1] == "," && s.head[cc-1] == n {
			s.head[cc-1] = v
		}
		s.head[v], s.rel[v] = g, rConj
	}
}

// volleyNouns count or group what is fired, sent or decided ("a barrage
// of missiles and drones", "a salvo of rockets", "a wave of drones", "a
// new package of sanctions", "a series of attacks").
var volleyNouns = map[string]bool{"barrage": true, "salvo": true, "volley": true, "wave": true,
	"hail": true, "swarm": true, "flurry": true, "fusillade": true, "rain": true,
	"package": true, "raft": true, "series": true, "slew": true}

// repairVolleyObjects makes the noun of a volley noun's "of" phrase the
// object of the verb ("launched a barrage of missiles and drones at Kyiv":
// "missiles" the object, "barrage" a modifier of it; "preparing a new
// package of sanctions against Moscow"), as
// repairMeasureObjects does for measures, so that the verb's patterns
// see the weapons themselves.
func (s *sent) repairVolleyObjects() {
	for m := 0; m < s.n; m++ {
		v := s.head[m]
		if s.rel[m] != rObj || v < 0 || !volleyNouns[s.lemma[m]] || s.upos[m] != "NOUN" || s.upos[v] != "VERB" {
			continue
		}
		x, of := -1, -1
		for k := m + 1; k < s.n; k++ {
			if s.head[k] == m && s.rel[k] == rNmod && s.upos[k] == "NOUN" {
				x = k
				break
			}
		}
		if x < 0 {
			continue
		}
		for k := m + 1; k < x; k++ {
			if s.head[k] == x && s.rel[k] == rCase && s.lower[k] == "of" {
				of = k
			}
		}
		if of < 0 || of != m+1 {
			continue
		}
		s.head[x], s.rel[x] = v, rObj
		s.head[m], s.rel[m] = x, rNmod
		s.head[of] = m
	}
}

// defenceSpeech are the participles and verbs of a clause telling what
// was said in someone's defence ("defended the police, saying ...").
var defenceSpeech = map[string]bool{"say": true, "argue": true, "insist": true, "add": true,
	"stress": true, "explain": true, "tell": true, "note": true}

// verbalDefence reports whether verb v, which its pattern codes as
// protection (074, the dictionary's DEFEND), is a defence in words (052):
// "defend" by an unarmed source (not military, police or rebels), either
// with a clause of saying on it ("defended the police, saying officers had
// acted within the law") or with a target of the source's own country
// ("the interior minister defended the police"): a government protects
// its own police with words, not arms. "NATO will defend Estonia" stays
// protection.
func (st *state) verbalDefence(v int, code Yield, sources, targets []doc.Actor) bool {
	s := &st.s
	if code.Main != "074" || s.lemma[v] != "defend" || len(sources) == 0 {
		return false
	}
	for _, a := range sources {
		if armedSector(a.Sector) {
			return false
		}
	}
	if len(targets) == 0 {
		// "Iran defended its nuclear programme, saying ...": words; but
		// one who defends another country ("will defend Estonia against
		// any attack, saying ...") protects it, whatever it says (review)
		for _, k := range s.kids[v] {
			if (s.rel[k] == rAdvcl || s.rel[k] == rCcomp || s.rel[k] == rParataxis) && k > v && defenceSpeech[s.lemma[k]] {
				return true
			}
		}
		return false
	}
	for _, t := range targets {
		for _, a := range sources {
			if t.Country == "" || t.Country != a.Country {
				return false
			}
		}
	}
	return true
}

// armedSector reports whether an actor's sector is an armed one: the
// military, police or security forces, rebels.
func armedSector(sector string) bool {
	return strings.HasPrefix(sector, "MIL") || strings.HasPrefix(sector, "COP") || strings.HasPrefix(sector, "REB") ||
		strings.HasPrefix(sector, "SPY") || strings.HasPrefix(sector, "INS")
}

// defeatVerbs are verbs of beating a rival, in war or at the polls.
var defeatVerbs = map[string]bool{"defeat": true, "beat": true, "trounce": true, "rout": true,
	"best": true, "edge": true, "outpoll": true}

// electionWords name a contest at the polls.
var electionWords = map[string]bool{"election": true, "elections": true, "run-off": true, "runoff": true,
	"vote": true, "poll": true, "polls": true, "ballot": true, "primary": true, "primaries": true,
	"referendum": true, "by-election": true}

// electoralDefeat reports whether verb v beats a rival at the polls: a
// verb of defeat (defeatVerbs) whose clause, or the clause it hangs on,
// names an election ("defeated the mayor in the run-off", "won the
// presidential run-off, defeating the mayor with 50.9 percent of the
// vote"): no use of force, whatever the dictionary's DESTROY codes.
func (st *state) electoralDefeat(v int) bool {
	s := &st.s
	if !defeatVerbs[s.lemma[v]] {
		return false
	}
	in := func(c int) bool {
		for k := 0; k < s.n; k++ {
			if electionWords[s.lower[k]] && isNounTag(s.upos[k]) && s.clauseOf(k) == c && !s.timePhrase(k) {
				return true
			}
		}
		return false
	}
	if in(v) {
		return true
	}
	if h := s.head[v]; h >= 0 && (s.rel[v] == rAdvcl || s.rel[v] == rConj) && isVerbal(s.upos[h]) {
		return in(h)
	}
	return false
}

// clauseOf returns the verb heading the clause token k is in: the first
// verb up its chain of heads (k itself when a verb), or -1.
func (s *sent) clauseOf(k int) int {
	for x, steps := k, 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
		if s.upos[x] == "VERB" {
			return x
		}
	}
	return -1
}

// carryVerbs move others by air or road.
var carryVerbs = map[string]bool{"fly": true, "drive": true, "ferry": true, "bus": true}

// carriedPassenger reports whether verb v, coded as a visit by its
// pattern, carries a passenger: a verb of carrying (carryVerbs) with a
// personal pronoun or a noun of people as its object ("flew him back to
// Tripoli", "flew the wounded to Amman"): the passenger travels, the
// subject does not visit. "Flew to Tripoli" stays a visit.
func (st *state) carriedPassenger(v int) bool {
	s := &st.s
	if !carryVerbs[s.lemma[v]] {
		return false
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rObj && k > v && (s.upos[k] == "PRON" || isNounTag(s.upos[k])) {
			return true
		}
	}
	return false
}

// leaderNouns head a phrase naming the leaders of the countries in its
// "of" phrase (and so do envoyNouns, event/recall26.go).
var leaderNouns = map[string]bool{"leader": true, "president": true, "minister": true, "premier": true,
	"head": true, "counterpart": true}

// leadersOf completes a, the actors of the phrase headed by h, when h is
// a plural noun of leaders (leaderNouns: "the leaders", "the foreign
// ministers", "the presidents") with an "of" phrase listing countries:
// each country of the list is named, not the first alone, and a bare
// country stands for its government ("met the leaders of Ghana and
// Senegal": GHAGOV and SENGOV). Other phrases are left as they are.
func (st *state) leadersOf(h int, a []doc.Actor) []doc.Actor {
	s := &st.s
	if s.upos[h] != "NOUN" || !leaderNouns[s.lemma[h]] && !st.isEnvoyNoun(h) || s.d.Tokens[s.base+h].XPOS != "NNS" {
		return a
	}
	for _, k := range s.kids[h] {
		if k < h && (s.rel[k] == rAmod || s.rel[k] == rCompound) {
			return st.titledLeadersOf(h, a) // "business leaders of Kenya and Uganda" stay (review); "the foreign ministers of A and B" (event/left21.go)
		}
	}
	of := -1
	for _, k := range s.kids[h] {
		if s.rel[k] == rNmod && s.caseOf(k) == "of" && isNounTag(s.upos[k]) {
			of = k
			break
		}
	}
	if of < 0 {
		return a
	}
	if !s.hasChild(of, rConj) {
		return a
	}
	// The "of" phrase's actors: those of its noun and of its conjuncts.
	list := slices.Clone(st.actorsOf(of))
	if len(list) < 2 {
		return a
	}
	for i := range list {
		if list[i].Sector == "" && list[i].Country != "" && list[i].Code == list[i].Country {
			list[i].Sector = "GOV"
			list[i].Code = list[i].Country + "GOV"
		}
	}
	return uniqueCodes(list)
}

// insideAsPhrase reports whether token x lies in an "as" phrase of verb v
// or of v's object ("condemned the launch | as a clear violation of UN
// Security Council resolutions", "described the vote as a victory for
// Moscow"): a phrase that says what something is called or counted as;
// the actors named in it are not whom the act is aimed at. x itself or a
// noun on its way up to v, after v, carries the "as" (a fronted "As part
// of ..." is left to the other rules).
func (s *sent) insideAsPhrase(x, v int) bool {
	for steps := 0; x >= 0 && x != v && steps < 6; x, steps = s.head[x], steps+1 {
		if x > v && isNounTag(s.upos[x]) && s.caseOf(x) == "as" && (s.head[x] == v || s.head[x] >= 0 && s.head[s.head[x]] == v) {
			return true
		}
	}
	return false
}

// speakingNouns are texts and acts of speech that can themselves condemn,
// urge or praise: a participle after a comma after one of them is theirs.
var speakingNouns = map[string]bool{"statement": true, "resolution": true, "proposal": true,
	"warning": true, "letter": true, "report": true, "draft": true, "motion": true, "declaration": true,
	"plan": true, "bill": true, "advisory": true, "communique": true, "appeal": true, "petition": true,
	"message": true, "note": true, "text": true, "document": true, "editorial": true, "article": true}

// timeCase are prepositions that make an election only the time of an act
// ("beat opposition supporters during the election campaign", "before the
// referendum": review).
var timeCase = map[string]bool{"during": true, "before": true, "after": true, "ahead": true,
	"until": true, "since": true, "amid": true, "throughout": true}

// timePhrase reports whether noun k, or the noun it modifies ("the
// election campaign"), is governed by a preposition of time.
func (s *sent) timePhrase(k int) bool {
	if timeCase[s.caseOf(k)] {
		return true
	}
	h := s.head[k]
	return h >= 0 && (s.rel[k] == rCompound || s.rel[k] == rAmod || s.rel[k] == rNmod) && timeCase[s.caseOf(h)]
}
