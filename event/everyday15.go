package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 15 (everyday diplomatic news), chosen on sentences the
// team wrote itself in wire style and checked on the development records of
// the real-news gold, the PETRARCH suites and the coder's output for 600
// bench-news stories. Each rule has an off-switch (tests only); the tests
// are in event/everyday15_test.go.

// threatCodes give the CAMEO threat (13x) of a threatened act, by the act's
// code: "threatened to cut aid" (162) is a threat to stop aid (1311).
// Longer keys win over their prefixes.
var threatCodes = map[string]string{
	"14":  "133", // protest
	"160": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"17": "137", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
	"18":  "1383",
	"190": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384", "196": "138",
	"20": "1383", "204": "1385",
}

// threatCode returns the threat code of an act coded c, or "" when the
// act has none (cooperation, statements, threats themselves).
func threatCode(c string) string {
	for n := len(c); n >= 2; n-- {
		if t, ok := threatCodes[c[:n]]; ok {
			return t
		}
	}
	return ""
}

// threatOf returns the threat code when verb v, coded c, is the act an
// actor threatens ("The United States threatened to cut military aid to
// Colombia": the threat, 1311, not a hypothetical cut), else "". v is the
// infinitive of "threaten" (or conjoined to it) and the threatener is an
// actor named by its subject.
func (st *state) threatOf(v int, c string) string {
	s := &st.s
	x := v
	for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 3; steps++ {
		x = s.head[x]
	}
	g := s.head[x]
	if s.rel[x] != rXcomp || g < 0 || s.lemma[g] != "threaten" || s.hasChild(g, rNeg) || !st.actorThreatens(g) {
		return ""
	}
	return threatCode(c)
}

// deniedBy returns the verb of denial whose content verb v is ("Russia
// denied that its forces had attacked a hospital": "attacked" under
// "denied"), through verbs conjoined with v (not the denier's own next act,
// mainClauseConjunct); -1 when there is none or the denial is itself
// negated ("did not deny that").
func (st *state) deniedBy(v int) int {
	s := &st.s
	x := v
	for steps := 0; s.rel[x] == rConj && s.head[x] >= 0 && steps < 3 && !s.mainClauseConjunct(x) && !st.gerundNextAct(x); steps++ {
		x = s.head[x]
	}
	g := s.head[x]
	if g < 0 || (s.rel[x] != rCcomp && s.rel[x] != rXcomp) || s.lemma[g] != "deny" || s.upos[g] != "VERB" ||
		s.hasChild(g, rNeg) || s.hasChild(g, rNsubjPass) {
		return st.deniedClaim(v) // "denied having fired" (event/left20b.go)
	}
	return g
}

// mainClauseConjunct reports whether conjunct x, with neither a subject
// nor an auxiliary of its own, differs in form from the verb it is joined
// to, which has an auxiliary: "denied that it had carried out the strike
// and blamed Hezbollah" — "blamed" (VBD) is the denier's next act, not a
// second denied one like "had shelled ... and attacked" (VBN), which
// shares the aux (session 15 mend).
func (s *sent) mainClauseConjunct(x int) bool {
	h := s.head[x]
	if s.hasChild(x, rNsubj) || s.hasChild(x, rNsubjPass) || s.hasChild(x, rAux) || !s.hasChild(h, rAux) {
		return false
	}
	xpos := func(i int) string { return s.d.Tokens[s.base+i].XPOS }
	return xpos(x) != xpos(h)
}

// denialEvents adds the denial (016, deny responsibility) of a conflictual
// act: the subject of the verb of denial g denies it towards the act's
// targets (other than its own side), or towards no one when the act names
// none. Acts of cooperation denied ("denied that it had met X") are no
// denial of responsibility, nor is the denial of another's act ("The
// United States denied that Israel had attacked the embassy"): actors,
// the act's sources, must be the denier's side when it names any.
func (st *state) denialEvents(g int, code string, actors, targets []doc.Actor, out []doc.Event) []doc.Event {
	if len(code) < 2 || code[:2] < "11" || code[:2] > "20" {
		return out
	}
	s := &st.s
	sj := s.child(g, rNsubj)
	if sj < 0 {
		return out
	}
	sj = st.resolvePronoun(g, sj)
	sources := st.actorsOf(sj)
	if anyCode(actors) {
		own := sources[:0:0]
		for _, a := range sources {
			for _, b := range actors {
				if b.Code != "" && (sameActor(a.Code, b.Code) || a.Country != "" && a.Country == b.Country) {
					own = append(own, a)
					break
				}
			}
		}
		sources = own
	}
	add := func(src doc.Actor, tgt *doc.Actor) {
		if tgt == nil || !sameActor(src.Code, tgt.Code) && tgt.Code != src.Code {
			out = st.extraEvent("016", g, src, tgt, out)
		}
	}
	for _, a := range sources {
		n := 0
		for j := range targets {
			if targets[j].Code == "" || sameActor(a.Code, targets[j].Code) {
				continue
			}
			t := targets[j]
			add(a, &t)
			n++
		}
		if n == 0 {
			add(a, nil)
		}
	}
	return out
}

// protestNouns name people who protest; their gathering is a protest.
var protestNouns = map[string]bool{"protester": true, "protestor": true, "demonstrator": true,
	"marcher": true, "protesters": true, "protestors": true, "demonstrators": true, "marchers": true}

// crowdCounts are the heads of a crowd counted ("thousands of
// demonstrators"): the crowd is the "of" phrase.
var crowdCounts = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true,
	"tens": true, "crowd": true, "crowds": true, "group": true, "groups": true, "millions": true}

// protestGathering codes the gathering, rally or march of protesters as a
// demonstration (141), not the consultation (040) the CAMEO dictionary
// gives "gather": "Protesters gathered outside the parliament in Nairobi
// to demand lower taxes".
func (st *state) protestGathering() {
	s := &st.s
	for ci := range st.cands {
		m := &st.cands[ci]
		if m.skip || m.noun || !gatherVerbs[s.lemma[m.tok]] || s.lemma[m.tok] == "protest" || s.lemma[m.tok] == "riot" ||
			!(strings.HasPrefix(m.yield.Main, "04") || m.yield.IsNull()) {
			continue
		}
		sj := s.child(m.tok, rNsubj)
		if sj < 0 && s.rel[m.tok] == rConj && s.head[m.tok] >= 0 {
			sj = s.child(s.head[m.tok], rNsubj)
		}
		if sj < 0 {
			continue
		}
		if crowdCounts[s.lower[sj]] {
			for _, k := range s.kids[sj] {
				if s.rel[k] == rNmod && s.caseOf(k) == "of" {
					sj = k
					break
				}
			}
		}
		if protestNouns[s.lemma[sj]] || protestNouns[s.lower[sj]] {
			m.yield = Yield{Main: "141"}
			m.intent = ""
		}
	}
}

// regimeNouns name acts of a country's own rulers, so that "the coup in
// Niger" or "the crackdown in Belarus" is Niger's or Belarus's; an attack
// or bombing "in" a country is not the country's, nor is violence or
// unrest there (a riot in Paris is not France's act).
var regimeNouns = map[string]bool{"coup": true, "putsch": true, "crackdown": true, "repression": true,
	"execution": true, "persecution": true, "takeover": true}

// eventPlaceTarget returns the country named by a place phrase "in X" on
// the object of a verb of disapproval v when that object is an act of
// rule or strife ("The UN Security Council condemned the coup in Niger":
// Niger), the phrase on the object or, right after it, on the verb; nil
// otherwise.
func (st *state) eventPlaceTarget(v int) []doc.Actor {
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 || !regimeNouns[s.lemma[o]] {
		return nil
	}
	var phrases []int
	for _, k := range s.kids[o] {
		if s.rel[k] == rNmod && s.caseOf(k) == "in" {
			phrases = append(phrases, k)
		}
	}
	for _, k := range s.kids[v] {
		// the parser's "condemned the coup | in Niger": the phrase hung
		// on the verb, right after the object noun
		if s.rel[k] == rObl && s.caseOf(k) == "in" && o+1 < k && s.lower[o+1] == "in" && s.head[o+1] == k {
			phrases = append(phrases, k)
		}
	}
	for _, k := range phrases {
		var out []doc.Actor
		for _, a := range st.actorsOf(k) {
			if a.Country != "" && a.Code == a.Country {
				out = append(out, a)
			} else if a.Country != "" && strings.HasSuffix(a.Code, "GOV") && a.Code == a.Country+"GOV" && len(a.Code) == 6 {
				// a capital the KB codes as the government: the country
				a.Code, a.Sector = a.Country, ""
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// objectPronouns are the object pronouns a participle clause may use for
// the main clause's object, with their number: "p" plural, "s" singular.
var objectPronouns = map[string]string{"them": "p", "him": "s", "her": "s"}

// pronounObjectTarget returns the actors of the main clause's object that
// the object pronoun of participle clause v stands for ("Iran expelled two
// British diplomats, accusing them of spying": the diplomats), when the
// pronoun's number agrees with the object noun's; nil otherwise.
func (st *state) pronounObjectTarget(v int) []doc.Actor {
	s := &st.s
	g := s.head[v]
	xpos := func(i int) string { return s.d.Tokens[s.base+i].XPOS }
	if g < 0 || s.rel[v] != rAdvcl || xpos(v) != "VBG" || s.hasChild(v, rNsubj) {
		return nil
	}
	p := s.child(v, rObj)
	if p < 0 || s.upos[p] != "PRON" {
		return nil
	}
	num := objectPronouns[s.lower[p]]
	o := s.child(g, rObj)
	if num == "" || o < 0 || o > p {
		return nil
	}
	plural := xpos(o) == "NNS" || xpos(o) == "NNPS"
	if s.upos[o] != "NOUN" && s.upos[o] != "PROPN" || plural != (num == "p") {
		return nil
	}
	return st.actorsOf(o)
}

// extraEvent adds an asserted event with code c on token x from src to
// tgt, once per code, source and target in the sentence.
func (st *state) extraEvent(c string, x int, src doc.Actor, tgt *doc.Actor, out []doc.Event) []doc.Event {
	key := c + "|" + src.Code + "|" + src.Name + "|"
	if tgt != nil {
		key += tgt.Code + "|" + tgt.Name
	}
	if st.seen[key] {
		return out
	}
	st.seen[key] = true
	conf := 0.6
	if tgt == nil {
		conf -= 0.15
	}
	lo, hi := st.s.tokenSpan(x)
	return append(out, st.event(c, src, tgt, st.s.d.SpanOf(lo, hi), false, "asserted", conf))
}

// talkNouns are the talks a mediator hosts or brokers (not "shuttled
// messages between Iran and the United States").
var talkNouns = map[string]bool{"talk": true, "negotiation": true, "meeting": true, "dialogue": true,
	"discussion": true, "consultation": true}

// mediatedTalks adds, for a mediation (045) by hosting talks between two
// sides, the sides' negotiation with each other (046 both ways):
// "Saudi Arabia hosted talks between Sudan's army and the Rapid Support
// Forces". v is the verb, mod its modality.
func (st *state) mediatedTalks(v int, mod string, out []doc.Event) []doc.Event {
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 || mod != "asserted" || !talkNouns[s.lemma[o]] {
		return out
	}
	for _, k := range s.kids[o] {
		if s.rel[k] != rNmod || s.caseOf(k) != "between" {
			continue
		}
		sides := uniqueCodes(st.actorsOf(k))
		for i := range sides {
			for j := range sides {
				if i != j && sides[i].Code != "" && sides[j].Code != "" && !sameActor(sides[i].Code, sides[j].Code) {
					t := sides[j]
					out = st.extraEvent("046", o, sides[i], &t, out)
				}
			}
		}
	}
	return out
}

// hostIsSide reports whether the host of talks (verb v, its subject's
// actors hosts) is itself one of the sides named by their "between"
// phrase: a side with the possessive its/our/my, or one whose actor is
// the host's.
func (st *state) hostIsSide(v int, hosts []doc.Actor) bool {
	s := &st.s
	o := s.child(v, rObj)
	if o < 0 {
		return false
	}
	for _, k := range s.kids[o] {
		if s.rel[k] != rNmod || s.caseOf(k) != "between" {
			continue
		}
		sides := []int{k}
		for _, c := range s.kids[k] {
			if s.rel[c] == rConj {
				sides = append(sides, c)
			}
		}
		for _, x := range sides {
			for _, p := range s.kids[x] {
				if s.rel[p] == rPoss && (s.lower[p] == "its" || s.lower[p] == "our" || s.lower[p] == "my") {
					return true
				}
			}
			for _, a := range st.actorsOf(x) {
				for _, h := range hosts {
					if sameActor(a.Code, h.Code) {
						return true
					}
				}
			}
		}
	}
	return false
}

// namedEntity reports whether token i lies inside an entity of the
// document of one of the given types.
func (s *sent) namedEntity(i int, types ...string) bool { return s.entityOf(i, false, types) }

// codedEntity is namedEntity for entities whose actor has a code.
func (s *sent) codedEntity(i int, types ...string) bool { return s.entityOf(i, true, types) }

func (s *sent) entityOf(i int, coded bool, types []string) bool {
	t := &s.d.Tokens[s.base+i]
	for j := range s.d.Entities {
		e := &s.d.Entities[j]
		if coded && (e.Actor == nil || e.Actor.Code == "") {
			continue
		}
		if e.Start <= t.Start && e.End >= t.End {
			for _, ty := range types {
				if e.Type == ty {
					return true
				}
			}
		}
	}
	return false
}

// capitalised reports whether w starts with a capital ASCII letter.
func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// repairNamedAdverb mends a name the tagger took for an adverb of the
// verb after it ("Abiy | praised Kenya's role": "Abiy" an advmod): a
// capitalised word the entity stage calls a person or organisation with
// an actor code, before a verb that has no subject, is the verb's subject
// (session 15; an uncoded name — a footballer, a coach — is left).
func (s *sent) repairNamedAdverb() {
	for i := 0; i < s.n; i++ {
		h := s.head[i]
		if s.rel[i] != rAdvmod || s.upos[i] != "ADV" || h <= i || s.upos[h] != "VERB" ||
			!capitalised(s.d.Text[s.d.Tokens[s.base+i].Start:s.d.Tokens[s.base+i].End]) || !s.codedEntity(i, "PER", "ORG") {
			continue
		}
		own := false
		for k := 0; k < s.n; k++ {
			if s.head[k] == h && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass) {
				own = true
			}
		}
		if !own {
			s.rel[i], s.upos[i] = rNsubj, "PROPN"
		}
	}
}

// repairCoordinatedDemonym mends two nationality adjectives coordinated
// on one noun that the parser split ("Kenyan and Ethiopian ministers
// signed ...": "Kenyan" the root, "ministers" its conjunct): the first
// adjective, an entity, modifies the noun with the second as its
// conjunct, and the noun takes its place in the clause (session 15).
func (s *sent) repairCoordinatedDemonym() {
	for a := 0; a+3 < s.n; a++ {
		c, j, n := a+1, a+2, a+3
		if s.lower[c] != "and" || (s.upos[a] != "ADJ" && s.upos[a] != "PROPN") || s.upos[j] != "ADJ" ||
			s.upos[n] != "NOUN" || s.head[n] != a || s.rel[n] != rConj || s.head[j] != n || s.rel[j] != rAmod ||
			!s.namedEntity(a, "NORP", "PER", "ORG", "GPE") || !s.namedEntity(j, "NORP", "PER", "ORG", "GPE") {
			continue
		}
		s.head[n], s.rel[n] = s.head[a], s.rel[a]
		for k := 0; k < s.n; k++ {
			if s.head[k] == a && k != n {
				s.head[k] = n
			}
		}
		// the shape of a well-parsed "Kenyan and Ugandan police": the
		// first adjective on the noun, the second its conjunct
		s.head[a], s.rel[a], s.upos[a] = n, rAmod, "ADJ"
		s.head[j], s.rel[j] = a, rConj
		s.head[c] = j
	}
}
