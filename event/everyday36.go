package event

import "github.com/dyadproject/dyad/doc"

// Session 36's everyday round: rules found by reading wire stories end to
// end (docs/EVENTS.md, "Session 36 (everyday helper)").

// SpeechContentPlaces switches speechContent (tests only).
var SpeechContentPlaces = true

// speechContentVerbs are verbs whose clausal complement is what was said.
var speechContentVerbs = map[string]bool{"say": true, "tell": true, "add": true, "state": true,
	"note": true, "stress": true, "insist": true, "claim": true, "argue": true, "explain": true}

// speechContent reports a place phrase (headed by ph) inside what a
// speech verb other than the event's own says, the event's word lying
// outside that content: "Kenya criticized Uganda, saying the Ugandan army
// was weak in Somalia" places no criticism in Somalia. The speech verb's
// own phrase ("criticized Uganda, speaking in Nairobi") is not its
// content and still places the event; an event inside the content ("...,
// saying troops had killed civilians in Somalia": the killing) keeps its
// place.
func speechContent(s *sent, ph, v int) bool {
	if !SpeechContentPlaces {
		return false
	}
	for x, steps := ph, 0; x >= 0 && steps <= s.n; x, steps = s.head[x], steps+1 {
		if x == v {
			return false
		}
		y := s.head[x]
		if y < 0 {
			return false
		}
		if (s.rel[x] == rCcomp || s.rel[x] == rParataxis) && y != v && speechContentVerbs[s.lemma[y]] && !s.inSubtree(v, x) {
			return true
		}
	}
	return false
}

// quotedPlace reports a place p inside what a quote says whose cue is a
// speech verb (speechContentVerbs) other than the event's word v, the
// event's word lying outside it: "condemned the operations in Gaza,
// saying the army "tries to recover its dignity lost in the war in
// Lebanon."" when the parser hung the quoted clause on the event's verb
// (so speechContent's tree walk misses it). A quote cued by the event's
// own verb ("condemned the raid in Gaza" read as a quote) is left alone.
func quotedPlace(d *doc.Document, s *sent, e *doc.Event, v int, p *doc.Place) bool {
	if !SpeechContentPlaces {
		return false
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue == nil || p.Start < q.Content.Start || p.End > q.Content.End ||
			e.Action.Start >= q.Content.Start && e.Action.Start < q.Content.End {
			continue
		}
		c := s.tokenStarting(q.Cue.Start)
		if c >= 0 && c != v && speechContentVerbs[s.lemma[c]] {
			return true
		}
	}
	return false
}

// InfinitiveClauseTerms switches clauseFreeToks (tests only).
var InfinitiveClauseTerms = true

// clauseFreeToks returns the words of a phrase pn whose head is a verb
// (an infinitive "to" phrase, "agreed to resume talks if the sanctions
// were lifted") without those of the clauses nested in it: a pattern's
// "pp:to sanctions" names what the phrase is about, not a word of a
// condition or a reason inside it. A phrase with no nested clause is
// returned as it is (no copy).
func (s *sent) clauseFreeToks(pn ppNode) []int {
	if !InfinitiveClauseTerms || s.upos[pn.node] != "VERB" {
		return pn.toks
	}
	nested := func(t int) bool {
		for x, steps := t, 0; x >= 0 && x != pn.node && steps <= s.n; x, steps = s.head[x], steps+1 {
			switch s.rel[x] {
			case rAdvcl, rCcomp, rAcl, rRelcl, rParataxis:
				return true
			}
		}
		return false
	}
	cut := -1
	for i, t := range pn.toks {
		if nested(t) {
			cut = i
			break
		}
	}
	if cut < 0 {
		return pn.toks
	}
	out := make([]int, 0, len(pn.toks))
	out = append(out, pn.toks[:cut]...)
	for _, t := range pn.toks[cut:] {
		if !nested(t) {
			out = append(out, t)
		}
	}
	return out
}
