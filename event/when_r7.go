package event

import (
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Dates of an occasion taken up again (session 21, "Dates, session 21"
// in docs/EVENTS.md).

// backOccasionDates dates an event left unresolved, in a sentence with no
// date or time of its own, whose clause names a definite occasion ("would
// take part in the meeting", "will co-chair the talks", "during his
// visit") by the day one of the two sentences before gives an occasion of
// the same kind by its own clause ("are to hold a special session on
// Tuesday", "The meeting will be held in Hanoi on Nov. 11"): the same
// occasion spoken of again. The nearest earlier sentence naming such an
// occasion decides; only a day (or a range) is taken.
func backOccasionDates(d *doc.Document) {
	var s, p sent
	cur, pcur := -1, -1 // the sentences s and p hold
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType != DateUnresolved || e.Sentence < 1 || e.Sentence >= len(d.Sentences) {
			continue
		}
		s.resetAt(d, e.Sentence, &cur)
		if !parsed(&s) || len(sentenceTimexes(d, &s)) > 0 {
			continue
		}
		v, verbs := eventTokens(&s, e.Action)
		if v < 0 {
			continue
		}
		kind := definiteOccasion(&s, v, verbs)
		if kind == "" {
			continue
		}
		for back := 1; back <= 2 && e.Sentence-back >= 0; back++ {
			p.resetAt(d, e.Sentence-back, &pcur)
			if !parsed(&p) {
				break
			}
			r, found := occasionDay(d, &p, kind, e.Modality)
			if !found {
				continue
			}
			if (r.DateType == DateExact || r.DateType == DateRange) && !pastOnLater(d, &s, e, v, r.Date) {
				e.Date, e.DateEnd, e.DateType = r.Date, r.DateEnd, r.DateType
			}
			break
		}
	}
}

// resetAt resets s to sentence si unless *cur, the sentence s holds (-1:
// none yet), is si already; *cur becomes si.
func (s *sent) resetAt(d *doc.Document, si int, cur *int) {
	if si != *cur {
		s.reset(d, si)
		*cur = si
	}
}

// occasionKinds groups the occasion nouns that name the same occasion when
// taken up again ("a special session ... the meeting").
var occasionKinds = map[string]string{
	"talk": "meeting", "talks": "meeting", "meeting": "meeting", "summit": "meeting",
	"conference": "meeting", "negotiation": "meeting", "negotiations": "meeting",
	"session": "meeting", "consultation": "meeting", "consultations": "meeting",
	"visit": "visit", "trip": "visit", "tour": "visit",
}

// occasionKind is the kind of occasion noun k names, or "".
func occasionKind(s *sent, k int) string {
	if s.upos[k] != "NOUN" {
		return ""
	}
	if c := occasionKinds[s.lower[k]]; c != "" {
		return c
	}
	return occasionKinds[s.lemma[k]]
}

// definiteOccasion is the kind of a definite occasion noun ("the meeting",
// "these talks", "his visit") that is the event's trigger, the object of
// a verb of taking part (partakeVerbs: "will co-chair the meeting"), or a
// phrase of its verbs in, at, during or on it ("would take part in the
// meeting"; also on the verb its trigger completes: "is scheduled to meet
// ... during his visit"), or "". An act on the occasion from outside
// ("criticised the meeting") is not dated by it.
func definiteOccasion(s *sent, v int, verbs []int) string {
	cands := []int{v}
	heads := append([]int{v}, verbs...)
	if s.rel[v] == rXcomp && s.head[v] >= 0 {
		heads = append(heads, s.head[v])
	}
	for _, h := range heads {
		for _, k := range s.kids[h] {
			switch s.rel[k] {
			case rObj:
				// taking part in it ("will co-chair the meeting"), not
				// an act on it from outside ("criticised the meeting")
				if partakeVerbs[s.lemma[h]] || s.lemma[h] == "co-chair" {
					cands = append(cands, k)
				}
			case rObl, rNmod:
				// "take part in the meeting", "during his visit"
				switch s.caseOf(k) {
				case "in", "at", "during", "on":
					cands = append(cands, k)
				}
			}
		}
	}
	for _, n := range cands {
		kind := occasionKind(s, n)
		if kind == "" || anotherOccasion(s, n, false) {
			continue // "the next meeting": another one (review21.go)
		}
		for _, k := range s.kids[n] {
			switch {
			case s.rel[k] == rDet && (s.lower[k] == "the" || s.lower[k] == "this" || s.lower[k] == "these" || s.lower[k] == "that"):
				return kind
			case s.rel[k] == rPoss && s.upos[k] == "PRON":
				return kind
			}
		}
	}
	return ""
}

// occasionDay dates the first occasion noun of kind in sentence p by its
// own clause: the verb that tells when it begins, ends or is held ("The
// meeting will be held on Nov. 11"), the verb it is the object of ("are to
// hold a special session on Tuesday"), or its own time ("the talks on
// Friday"). found reports that p names such an occasion at all; the date
// is in r (unresolved when p gives it none). modality is the later
// event's: an intended act's occasion lies ahead.
func occasionDay(d *doc.Document, p *sent, kind, modality string) (r doc.Event, found bool) {
	xs := sentenceTimexes(d, p)
	for k := 0; k < p.n; k++ {
		if occasionKind(p, k) != kind {
			continue
		}
		found = true
		a, b := p.tokenSpan(k)
		r = doc.Event{Sentence: p.idx, Action: d.SpanOf(a, b), Cameo: "040", Modality: modality}
		setUnresolved(d, &r)
		if len(xs) == 0 {
			continue
		}
		verbs := occasionVerbsOf(p, k)
		if len(verbs) == 0 {
			if g := p.head[k]; g >= 0 && (p.rel[k] == rObj || p.rel[k] == rObl) && p.upos[g] == "VERB" && partakeVerbs[p.lemma[g]] {
				verbs = []int{g}
			}
		}
		verbs = append(verbs, k)
		own := attached(p, xs, verbs)
		if len(own) == 0 {
			continue
		}
		future := modality == "intended"
		past := false
		for _, g := range verbs {
			if p.upos[g] == "VERB" && (clauseFuture(p, g) || p.hasMarkTo(g)) {
				future = true
			}
		}
		if !future {
			for _, g := range verbs {
				if p.upos[g] == "VERB" && clausePast(p, g) {
					past = true
				}
			}
		}
		applyTimexes(d, p, &r, own, xs, future, past, false)
		return r, true
	}
	return r, found
}

// nextDayConj returns the day a time expression joined to x by "and" names
// ("on Monday and Tuesday", "on May 4 and 5") when it is the day after
// date, x's own day: the act took both days, a range. Else "". Days
// further apart ("on Monday and again on Thursday") are two acts, not one
// span.
func nextDayConj(d *doc.Document, s *sent, x tmx, all []tmx, date string, future, past bool) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	for _, y := range all {
		if y.x == x.x || y.x.Start < x.x.End || s.head[y.head] != x.head || s.rel[y.head] != rConj {
			continue
		}
		cc := false
		for _, k := range s.kids[y.head] {
			if s.rel[k] == rCC && s.lower[k] == "and" {
				cc = true
			}
		}
		if !cc {
			continue
		}
		v, typ := dateOf(d, fixWeekday(d, y.x, future, past))
		if typ == DateExact && v == t.AddDate(0, 0, 1).Format("2006-01-02") {
			return v
		}
	}
	return ""
}

// twoDays reports a range of two days running (nextDayConj's "on Friday
// and Saturday"), which a present tense schedules as a single day does.
func twoDays(e *doc.Event) bool {
	if e.DateType != DateRange || !isDay(e.Date) || !isDay(e.DateEnd) {
		return false
	}
	a, err1 := time.Parse("2006-01-02", e.Date)
	b, err2 := time.Parse("2006-01-02", e.DateEnd)
	return err1 == nil && err2 == nil && b.Sub(a) == 24*time.Hour
}
