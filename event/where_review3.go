package event

import (
	"github.com/dyadproject/dyad/doc"
)

// Event places, review mends of session 18's places round 4 and places
// mend (helper review3). See docs/EVENTS.md, "Places".

// capitalQualifiers make "capital" some other city than the country's
// seat of government: "the former Nigerian capital", "the Ivorian economic
// capital".
var capitalQualifiers = map[string]bool{"former": true, "old": true, "ancient": true, "colonial": true,
	"imperial": true, "historic": true, "historical": true, "royal": true, "commercial": true,
	"economic": true, "financial": true, "business": true, "cultural": true, "religious": true,
	"spiritual": true, "provincial": true, "regional": true, "state": true, "summer": true, "winter": true,
	"future": true, "planned": true, "new": true}

// qualifiedCapital reports whether "capital" at k bears a qualifier that
// makes it other than the seat of government (capitalQualifiers).
func qualifiedCapital(s *sent, k int) bool {
	for _, c := range s.kids[k] {
		if c < k && (s.rel[c] == rAmod || s.rel[c] == rCompound) && capitalQualifiers[s.lower[c]] {
			return true
		}
	}
	return false
}

// deedCapital reports whether the capital phrase headed by k, which the
// parser hung on statement trigger v, follows right after v's object, a
// deed or force noun, and so tells where the deed was done: "condemned
// the bombing in the Somali capital" (the same phrase with "Mogadishu" the
// parser hangs on "bombing").
func deedCapital(s *sent, e *doc.Event, v, k int) bool {
	if !statementCode(e.Cameo) || s.head[k] != v {
		return false
	}
	for _, o := range s.kids[v] {
		if s.rel[o] != rObj || o > k || !deedNouns[s.lemma[o]] && !forceNouns[s.lemma[o]] {
			continue
		}
		adjacent := true
		for t := o + 1; t < k; t++ {
			if !s.inSubtree(t, o) && !s.inSubtree(t, k) {
				adjacent = false
				break
			}
		}
		if adjacent {
			return true
		}
	}
	return false
}

// otherActWords before a noun that tells force or an arrest again make it
// another act: "the last such clash", "the arrest of another journalist".
var otherActWords = map[string]bool{"another": true, "other": true, "previous": true, "earlier": true,
	"last": true, "prior": true, "past": true, "separate": true, "similar": true, "such": true}

// otherAct reports whether the act noun k of the next sentence names
// another act than e: a word of otherActWords on it or on its "of" phrase
// ("the arrest of another journalist"), or an event coded on the noun
// itself by a side other than e's source ("the militants' attack").
func otherAct(d *doc.Document, e *doc.Event, n *sent, k int) bool {
	for _, c := range n.kids[k] {
		if otherActWords[n.lower[c]] {
			return true
		}
		if n.rel[c] == rNmod && n.caseOf(c) == "of" {
			for _, cc := range n.kids[c] {
				if cc < c && otherActWords[n.lower[cc]] {
					return true
				}
			}
		}
	}
	a, b := n.tokenSpan(k)
	for i := range d.Events {
		o := &d.Events[i]
		if o.Sentence == e.Sentence+1 && o.Action.Start <= a && o.Action.End >= b &&
			o.Source.Code != "" && side(o.Source.Code) != side(e.Source.Code) {
			return true
		}
	}
	return false
}

// otherDay reports whether restatement r, dated by its own sentence, falls
// on another day than e's exact date (an exact day or range, or an
// approximate day) ("clashed ... on Monday. The fighting
// in Nablus a week earlier ..."): another act, whose place is not e's.
func otherDay(d *doc.Document, e *doc.Event, n *sent, r doc.Event) bool {
	if e.DateType != DateExact || e.Date == "" {
		return false
	}
	dateEvent(d, n, &r)
	// an approximate day ("a week earlier") counts; an approximate month
	// may be of another act the sentence names ("came after the crackdown
	// in July")
	day := r.DateType == DateApprox && len(r.Date) == len("2006-01-02")
	if r.Date == "" || r.DateType != DateExact && r.DateType != DateRange && !day {
		return false
	}
	end := r.DateEnd
	if end == "" {
		end = r.Date
	}
	return e.Date < r.Date || e.Date > end
}

// attendedNouns name the occasion a third party may attend.
var attendedNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "summit": true,
	"ceremony": true, "conference": true, "negotiation": true, "negotiations": true, "signing": true}

// atOccasion reports whether the statement's sentence puts a participant
// at the occasion: a subject noun with a relative clause "who attended"
// or an "at the talks" phrase ("Egypt's envoy, who attended the talks in
// Nairobi, said ..."; "Egypt's envoy at the talks welcomed ..."). The
// third party then speaks from the dateline's place.
func atOccasion(d *doc.Document, e *doc.Event) bool {
	if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
		return false
	}
	var s sent
	s.reset(d, e.Sentence)
	if !parsed(&s) {
		return false
	}
	for k := 0; k < s.n; k++ {
		g := s.head[k]
		if g < 0 || s.rel[g] != rNsubj {
			continue
		}
		switch {
		case s.rel[k] == rRelcl && s.lemma[k] == "attend" && !s.hasChild(k, rNeg):
			return true
		case s.rel[k] == rNmod && s.caseOf(k) == "at" && attendedNouns[s.lower[k]]:
			return true
		}
	}
	return false
}
