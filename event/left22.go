package event

import (
	"strings"
	"unicode"

	"github.com/dyadproject/dyad/doc"
)

// Session 22's left-alone misfires (the ones session 21 listed and left):
// the general class behind each, mended here (patterns in
// data/event/left22.pat); the tests are in pipeline/left22_test.go and
// event/left22_test.go. docs/EVENTS.md "left-alone misfires, session 22".

// --- tree repairs -------------------------------------------------------------

// repairsLeft22 runs session 22's tree repairs (from parseSentence, after
// repairsLeft21).
func (s *sent) repairsLeft22() {
	if s.noEveryday20Tree {
		return
	}
	s.repairNameAsAux()
	s.repairDescribingParticiple()
}

// auxWords are the auxiliaries and modals English writes: a capitalised
// word the tagger read as an auxiliary that is none of these is a name.
var auxWords = map[string]bool{"be": true, "am": true, "is": true, "are": true, "was": true, "were": true,
	"been": true, "being": true, "have": true, "has": true, "had": true, "having": true, "do": true,
	"does": true, "did": true, "will": true, "would": true, "shall": true, "should": true, "can": true,
	"could": true, "may": true, "might": true, "must": true, "ought": true, "need": true, "dare": true,
	"'s": true, "'re": true, "'ve": true, "'d": true, "'ll": true, "'m": true, "wo": true, "ca": true, "get": true,
	"got": true, "used": true, "to": true}

// repairNameAsAux mends a name the tagger read as an auxiliary of the verb
// after it ("Beijing lodged a protest with Tokyo", "Beijing" AUX with the
// lemma "beij"): a capitalised word tagged AUX that is no auxiliary, first
// in the sentence or after a punctuation mark, hung on the past or present
// verb right after it as its auxiliary while that verb has no subject, is
// the verb's subject, a proper noun.
func (s *sent) repairNameAsAux() {
	for a := 0; a+1 < s.n; a++ {
		v := a + 1
		w := s.d.Text[s.d.Tokens[s.base+a].Start:s.d.Tokens[s.base+a].End]
		if s.upos[a] != "AUX" || auxWords[s.lower[a]] || w == "" || !unicode.IsUpper([]rune(w)[0]) ||
			a > 0 && s.upos[a-1] != "PUNCT" || s.head[a] != v || s.rel[a] != rAux || s.upos[v] != "VERB" {
			continue
		}
		if x := s.xpos(v); x != "VBD" && x != "VBZ" && x != "VBP" && x != "VBN" {
			continue
		}
		s.nameAsSubject(a, v) // event/left23.go
	}
}

// repairDescribingParticiple mends a sentence parsed without a verb whose
// verb the tagger read as a participle on the subject ("The Kenyan foreign
// minister | described Museveni as a dictator", "described" a clausal
// modifier of "minister" and "as a dictator" a modifier of the noun): a
// noun root followed by a past participle hung on it, the participle
// followed at once by its object and with no subject, auxiliary or mark of
// its own (a passive participle takes no object), when no other finite
// verb is in the sentence, is the main verb; the root's later phrases are
// the verb's.
func (s *sent) repairDescribingParticiple() {
	x := -1
	for i := 0; i < s.n; i++ {
		if s.head[i] < 0 && s.rel[i] != rPunct {
			if x >= 0 {
				return
			}
			x = i
		}
	}
	if x < 0 || s.upos[x] != "NOUN" && s.upos[x] != "PROPN" {
		return
	}
	v := x + 1
	if v+1 >= s.n || s.head[v] != x || s.rel[v] != rAcl || s.upos[v] != "VERB" || s.xpos(v) != "VBN" ||
		!s.objectWithoutSubject(v) || s.hasVerbBesides(v) {
		return
	}
	o := -1
	for k := v + 1; k < s.n; k++ {
		if s.head[k] == v && s.rel[k] == rObj {
			o = k
			break
		}
	}
	if o < 0 {
		return
	}
	for k := v + 1; k < o; k++ {
		if !s.inSubtree(k, o) {
			return // the object right after the participle
		}
	}
	s.promote(v, x, -1)
	for k := v + 1; k < s.n; k++ {
		if s.head[k] == v && s.rel[k] == rNmod {
			s.rel[k] = rObl
		}
	}
}

// --- match rules ----------------------------------------------------------------

// left22Drop reports whether verb match m at i is no event, and recodes it
// where its words say what kind of event it is.
func (st *state) left22Drop(i int, m *match) bool {
	s := &st.s
	if !st.c.opt.News {
		return false
	}
	if s.counterfactual(i) {
		return true // "would have attacked the town had the army not ..."
	}
	if m.yield.Main == "114" && s.representationsFor(i) {
		m.yield, m.intent = Yield{Main: "020"}, "" // "made representations to the WTO for a waiver"
	}
	return false
}

// counterfactual reports whether verb v tells what would, could, might or
// should have happened ("would have attacked", "could have been killed"),
// or is a conjunct of such a verb with no auxiliary of its own: an act
// that did not happen, no event.
func (s *sent) counterfactual(v int) bool {
	for k := 0; k < 3 && v >= 0; k++ {
		modal, have, own := false, false, false
		for _, c := range s.kids[v] {
			if s.rel[c] != rAux {
				continue
			}
			own = true
			switch s.lower[c] {
			case "would", "could", "might", "should", "'d":
				modal = true
			case "have", "'ve":
				have = true
			}
		}
		if modal && have {
			return true
		}
		if own || s.rel[v] != rConj {
			return false
		}
		v = s.head[v]
	}
	return false
}

// representationsFor reports whether verb v makes representations for
// something ("made representations to the WTO for a waiver on sugar
// tariffs"): a request for it (02x), no protest.
func (s *sent) representationsFor(v int) bool {
	o := s.child(v, rObj)
	if o < 0 || s.lemma[o] != "representation" {
		return false
	}
	for _, h := range []int{v, o} {
		for _, k := range s.kids[h] {
			if (s.rel[k] == rObl || s.rel[k] == rNmod) && s.caseOf(k) == "for" && isNounTag(s.upos[k]) {
				return true
			}
		}
	}
	return false
}

// --- event rules ------------------------------------------------------------------

// left22Events runs session 22's rules on the sentence's events
// (out[first:]).
func (st *state) left22Events(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News {
		return out
	}
	out = st.ownRegionAppeals(out, first)
	st.describedTargets(out, first)
	out = st.rejectedProposals(out, first)
	out = st.hostedTalksPair(out, first)
	return out
}

// hostedTalksPair gives an offer to host talks with no partner named
// ("Malaysia offered to host talks", after "Thailand and Cambodia clashed
// on the border") the story's latest pair as its targets, one 036 to
// each, as "offered to host talks between the two sides" is coded: the two
// who last acted on each other (both ways in one sentence, any code)
// within pairWindow sentences, neither of the host's country.
func (st *state) hostedTalksPair(out []doc.Event, first int) []doc.Event {
	s := &st.s
	n := len(out)
	for i := first; i < n; i++ {
		e := out[i]
		if e.Cameo != "036" || e.Target != nil || e.Negated {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v < 0 {
			continue
		}
		h := v
		if s.lemma[h] != "host" {
			h = s.child(v, rXcomp)
		}
		if h < 0 || s.lemma[h] != "host" {
			continue
		}
		o := s.child(h, rObj)
		if o < 0 || !talkNouns[s.lemma[o]] || len(s.kids[o]) > 0 && s.hasPartnerPhrase(o) || s.hasPartnerPhrase(h) {
			continue
		}
		pair := st.latestOpposedPair()
		if len(pair) != 2 || pair[0].Country == e.Source.Country || pair[1].Country == e.Source.Country {
			continue
		}
		t0, t1 := pair[0], pair[1]
		out[i].Target = &t0
		f := out[i]
		f.Target = &t1
		out = append(out, f)
	}
	return out
}

// hasPartnerPhrase reports whether h has a "with" or "between" phrase.
func (s *sent) hasPartnerPhrase(h int) bool {
	for _, k := range s.kids[h] {
		if c := s.caseOf(k); c == "with" || c == "between" {
			return true
		}
	}
	return false
}

// latestOpposedPair returns the two actors of the story's latest act done
// both ways in one sentence (any code: a clash, an exchange of fire or of
// accusations), within pairWindow sentences before this one.
func (st *state) latestOpposedPair() []doc.Actor {
	return st.latestActPair(false) // event/left23.go
}

// rejectingVerbs turn down what another put forward.
var rejectingVerbs = map[string]bool{"reject": true, "spurn": true, "refuse": true}

// proposingVerbs put something forward for others to accept.
var proposingVerbs = map[string]bool{"present": true, "propose": true, "submit": true, "draft": true,
	"table": true, "offer": true, "unveil": true, "put": true, "sponsor": true}

// rejectedProposals codes the rejection of what another put forward, told
// by the participle of a proposing verb with its agent on the object ("The
// Polish government rejected the plan submitted by the bloc", "rejected
// the plan proposed by the Commission"): 120 from the verb's subject to the
// agent; a rejection coded with no target takes the agent as its target.
func (st *state) rejectedProposals(out []doc.Event, first int) []doc.Event {
	s := &st.s
	for v := 0; v < s.n; v++ {
		if !rejectingVerbs[s.lemma[v]] || s.upos[v] != "VERB" {
			continue
		}
		o := s.child(v, rObj)
		if o < 0 {
			continue
		}
		agent := -1
		for _, p := range s.kids[o] {
			if s.rel[p] != rAcl || s.upos[p] != "VERB" || s.xpos(p) != "VBN" || !proposingVerbs[s.lemma[p]] {
				continue
			}
			for _, k := range s.kids[p] {
				if s.rel[k] == rOblAgent || s.rel[k] == rObl && s.caseOf(k) == "by" {
					agent = k
				}
			}
		}
		if agent < 0 {
			continue
		}
		var tgt *doc.Actor
		who := agent
		if p := s.child(agent, rPoss); p >= 0 {
			// "submitted by the bloc's rotating presidency": the office
			// acts for the organisation that possesses it
			if a := st.actorsOf(p); len(a) == 1 && strings.HasPrefix(a[0].Code, "IGO") {
				who = p
			}
		}
		for _, a := range st.actorsOf(who) {
			if a.Code != "" {
				t := a
				tgt = &t
				break
			}
		}
		if tgt == nil {
			continue
		}
		had := false
		for i := first; i < len(out); i++ {
			if s.tokenStarting(out[i].Action.Start) != v {
				continue
			}
			had = true
			if out[i].Target == nil && strings.HasPrefix(out[i].Cameo, "12") && !sameActor(out[i].Source.Code, tgt.Code) {
				t := *tgt
				out[i].Target = &t
			}
		}
		if had {
			continue
		}
		if neg, mod := st.modality(v); neg || mod != "asserted" {
			continue
		}
		sj, passive, _ := st.subject(v)
		if sj < 0 || passive {
			continue
		}
		for _, a := range uniqueCodes(st.actorsOf(sj)) {
			if a.Code != "" && !sameActor(a.Code, tgt.Code) {
				out = st.extraEvent("120", v, a, tgt, out)
			}
		}
	}
	return out
}

// ownRegionAppeals drops an appeal or demand ("should", "must": 020, 100)
// a speaker makes of a region his own country belongs to ("Europe must
// spend more on its defence, the French president said"): one's own
// side's intention, as "Kenya should do more, Kibaki said" is no appeal.
func (st *state) ownRegionAppeals(out []doc.Event, first int) []doc.Event {
	kept := out[:first]
	for i := first; i < len(out); i++ {
		e := out[i]
		if (e.Cameo == "020" || e.Cameo == "100") && e.Target != nil && inRegion(e.Source.Country, e.Target.Code) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// describedTargets mends the target of a verb of describing (describe,
// portray, depict, label, brand, characterise) taken from its "as" phrase
// ("The army described the dead men as terrorists": the terrorists are
// the description, not the one described): the target is the object's
// actor, or none.
func (st *state) describedTargets(out []doc.Event, first int) {
	s := &st.s
	for i := first; i < len(out); i++ {
		e := &out[i]
		if e.Target == nil {
			continue
		}
		v := s.tokenStarting(e.Action.Start)
		if v < 0 || !describingVerbs[s.lemma[v]] {
			continue
		}
		o := s.child(v, rObj)
		as := -1
		for _, h := range []int{v, o} {
			if h < 0 {
				continue
			}
			for _, k := range s.kids[h] {
				switch s.rel[k] {
				case rObl, rNmod, rXcomp, rAdvcl:
					if s.caseOf(k) == "as" {
						as = k
					}
				}
			}
		}
		if as < 0 {
			continue
		}
		in := false
		for k := 0; k < s.n; k++ {
			if ks, ke := s.tokenSpan(k); s.inSubtree(k, as) && e.Target.Start < ke && ks < e.Target.End {
				in = true
			}
		}
		if !in {
			continue
		}
		// the object's own name, not the "as" phrase's
		e.Target = nil
		if o >= 0 {
			for _, a := range s.entityActorsAt(o) {
				if a.Code != "" && !sameActor(a.Code, e.Source.Code) {
					t := a
					e.Target = &t
					break
				}
			}
		}
	}
}

// describingVerbs describe someone as something.
var describingVerbs = map[string]bool{"describe": true, "portray": true, "depict": true, "label": true,
	"brand": true, "characterise": true, "characterize": true}

// --- regions ---------------------------------------------------------------------

// regionMembers lists, for the CAMEO region codes of data/kb/regions.tsv
// that stand for a whole continent (or the Middle East, or Latin America),
// the countries (ISO 3166 alpha-3, as the KB codes them) that belong to
// it. Sub-regions ("Eastern Europe", "West Africa") are left out: a
// speaker of the continent may well make demands of them.
var regionMembers = map[string]string{
	"europe": "ALB AND ARM AUT AZE BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IRL " +
		"ISL ITA KOS LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SMR SRB SVK SVN SWE UKR VAT",
	"africa": "AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA EGY ERI ESH ETH GAB GHA GIN GMB GNB GNQ KEN " +
		"LBR LBY LSO MAR MDG MLI MOZ MRT MUS MWI NAM NER NGA RWA SDN SEN SLE SOM SSD STP SWZ SYC TCD TGO TUN TZA " +
		"UGA ZAF ZMB ZWE",
	"asia": "AFG BGD BRN BTN CHN IDN IND JPN KAZ KGZ KHM KOR LAO LKA MDV MMR MNG MYS NPL PAK PHL PRK SGP THA TJK " +
		"TKM TLS TWN UZB VNM",
	"mideast": "ARE BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM EGY",
	"america": "ARG ATG BHS BLZ BOL BRA BRB CHL COL CRI CUB DMA DOM ECU GRD GTM GUY HND HTI JAM KNA LCA MEX " +
		"NIC PAN PER PRY SLV SUR TTO URY VCT VEN",
}

// regionOf maps a region code to its continent's list in regionMembers.
var regionOf = map[string]string{"EUR": "europe", "AFR": "africa", "ASA": "asia", "MEA": "mideast", "LAM": "america"}

// inRegion reports whether country c (alpha-3) belongs to the continent of
// region code r.
func inRegion(c, r string) bool {
	if len(r) > 3 {
		r = r[:3] // "European leaders"
	}
	l, ok := regionOf[r]
	if !ok || len(c) != 3 {
		return false
	}
	return strings.Contains(" "+regionMembers[l]+" ", " "+c+" ")
}

// --- casualties of allies ----------------------------------------------------

// roleOnlySides returns the bare country codes (no sector) that the
// casualty phrases heads (and their conjuncts) give by a nationality
// modifier alone on a noun of no sector ("Two US soldiers and an Afghan
// interpreter were killed in a battle": "Afghan" on "interpreter"): a
// person of that nation in an unnamed role, who may well have fallen on
// the same side, is no side of a fight between two countries
// (bothSidesFell). A nationality noun itself ("Eight Palestinians and two
// Israeli police officers were hurt in clashes") stands for its side.
func (st *state) roleOnlySides(subjs []int) map[string]bool {
	s := &st.s
	var out map[string]bool
	heads := append([]int(nil), subjs...)
	for _, k := range subjs {
		for _, c := range s.kids[k] {
			if s.rel[c] == rConj {
				heads = append(heads, c)
			}
		}
	}
	for _, h := range heads {
		a := st.actorsOf(h)
		if len(a) != 1 || a[0].Code == "" || a[0].Code != a[0].Country || len(s.entityActorsAt(h)) > 0 {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[a[0].Code] = true
	}
	return out
}
