package event

import "github.com/dyadproject/dyad/doc"

// Session 32 (lead): market reports are no events. Once a verbless news
// sentence gets its main verb back (syntax/verbless.go), market reports
// such as "European stock markets declined in early trading", "the Second
// Board volume increased to 20 million shares worth 3 million US dollars"
// or "shares closed higher, boosted by ..." reached the coder and were
// coded as rejections (120) and cooperation (060) of the markets' business
// sector or of the currency's country. A market, an index, a price or an
// amount of money is no political actor: an event whose source is such a
// phrase, its last word a lower-case market or money noun (marketNouns32)
// or the word it modifies one, is dropped; such a target is taken from its
// event. The lower case keeps names such as "the
// Common Market" or "the Hong Kong Stock Exchange".

// lead32Off switches off the rules of this file (tests only).
type lead32Off struct {
	// noMarketActors switches off withoutMarketActors.
	noMarketActors bool
	// noMarketHead switches off, in marketPhrase, a market or measure noun
	// a few words after the mention (session 33).
	noMarketHead bool
}

// marketNouns32 are the lemmas of markets, their measures and money.
var marketNouns32 = map[string]bool{"market": true, "stock": true, "share": true, "index": true,
	"price": true, "volume": true, "bourse": true, "currency": true, "bond": true, "yield": true,
	"turnover": true, "futures": true, "dollar": true, "euro": true, "yen": true, "yuan": true,
	"pound": true, "rupee": true, "ringgit": true, "peso": true, "franc": true,
	"baht": true, "rupiah": true, "ruble": true, "rouble": true, "rand": true,
	// economic measures (session 33): "The U.S. trade deficit declined"
	"deficit": true, "surplus": true, "inflation": true, "unemployment": true, "export": true,
	"import": true, "output": true, "gdp": true}

// marketPhrase reports whether the actor's mention ends on a lower-case
// market or money noun of the sentence, or modifies one right after it.
func (st *state) marketPhrase(a *doc.Actor) bool {
	s := &st.s
	if a == nil || a.Mention == nil {
		return false
	}
	last := s.lastTokenIn(a.Start, a.End)
	if last < 0 {
		return false
	}
	if st.marketWord(last) {
		return true
	}
	// "US dollars", "Japanese shares": the mention is a modifier of the
	// market or money noun right after it.
	if last+1 < s.n && s.head[last] == last+1 && st.marketWord(last+1) {
		return true
	}
	// "The U.S. trade deficit" (session 33): a market or measure noun up to
	// three words on, the mention's head, with only compound nouns between
	// (not "given Nepal 30 million dollars", "North Korea's missile exports").
	h := s.head[last]
	if st.c.opt.noMarketHead || h <= last+1 || h > last+3 || !st.marketWord(h) {
		return false
	}
	for k := last + 1; k < h; k++ {
		if s.upos[k] != "NOUN" || s.rel[k] != rCompound || s.head[k] != h {
			return false
		}
	}
	return true
}

// marketWord reports whether word i is a lower-case market or money noun.
func (st *state) marketWord(i int) bool {
	s := &st.s
	if !marketNouns32[s.lemma[i]] || !isNominal(s.upos[i]) {
		return false
	}
	w := s.d.Text[s.d.Tokens[s.base+i].Start:]
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// withoutMarketActors drops the events of out[first:] whose source is a
// market, a measure of one or an amount of money, and takes such a target
// from an event, as the currency rule does for the country of a currency
// ("pledged 10 million US dollars": no event aimed at the United States).
func (st *state) withoutMarketActors(out []doc.Event, first int) []doc.Event {
	if !st.c.opt.News || st.c.opt.noMarketActors {
		return out
	}
	kept := out[:first]
	for _, e := range out[first:] {
		if st.marketPhrase(&e.Source) {
			continue
		}
		if st.marketPhrase(e.Target) {
			e.Target = nil
		}
		kept = append(kept, e)
	}
	return kept
}

// repairAskedInfinitive mends what is asked of an addressee when the
// asking is itself the purpose of another act and the parser hung the
// infinitive asked for as an adverbial clause of the asking verb:
// "gathered in Tbilisi to urge the government | to resume talks with the
// European Union", "resume" an adverbial clause of "urge", "urge" an open
// complement of "gathered". The coder then read the chain of infinitives
// as one act whose doer is the object and coded the asked talks as the
// government's own (040 to the European Union), and the appeal took the
// talks' partner as its target. An infinitive with "to" and no subject,
// hung as an adverbial clause on an ask verb (askVerbs) right after that
// verb's object, where the ask verb is an open complement or adverbial
// clause of another verb, becomes a clausal modifier of the object, a
// shape the coder reads as the addressee's act asked for. An asking verb
// that heads its clause ("Kenya urged Uganda to resume talks with
// Tanzania", 026) is left as the parser gave it: the coder reads its
// complement right, and verbs such as "invite" and "call" have patterns
// that need it.
func (s *sent) repairAskedInfinitive() {
	for v := 2; v < s.n; v++ {
		g := s.head[v]
		if s.rel[v] != rAdvcl || g < 0 || g > v || s.upos[v] != "VERB" || s.upos[g] != "VERB" || !askVerbs[s.lemma[g]] {
			continue
		}
		if p := s.head[g]; p < 0 || s.upos[p] != "VERB" || s.rel[g] != rXcomp && s.rel[g] != rAdvcl {
			continue // the asking is no purpose of another act
		}
		obj, mark, subj := -1, false, false
		for k := 0; k < s.n; k++ {
			switch {
			case s.head[k] == g && s.rel[k] == rObj && k < v:
				obj = k
			case s.head[k] == v && s.rel[k] == rMark && s.lower[k] == "to" && k == v-1:
				mark = true
			case s.head[k] == v && (s.rel[k] == rNsubj || s.rel[k] == rNsubjPass):
				subj = true
			}
		}
		if obj < 0 || !mark || subj || !s.objectEndsBefore(obj, v-1) {
			continue
		}
		s.head[v], s.rel[v] = obj, rAcl
	}
}

// objectEndsBefore reports whether the phrase of word o, read from the
// heads, ends right before word k: nothing between them but o's phrase.
func (s *sent) objectEndsBefore(o, k int) bool {
	for j := o + 1; j < k; j++ {
		if !s.inSubtree(j, o) {
			return false
		}
	}
	return true
}
