package event

import "github.com/dyadproject/dyad/doc"

// Dates told in another sentence (session 22, round 9: "Dates, session
// 22, round 9" in docs/EVENTS.md).

// carryBackDates dates an asserted act left unresolved, in a sentence with
// no date or time of its own, by the exact day of the same doer's act told
// in one of the two sentences before it, when the act goes on telling that
// happening: its clause is the sentence's main clause (or the clause a
// trailing "..., she said" reports), in the simple past, and its doer is
// referred back to ("he", "they", "the two leaders", "the party"), not
// named afresh. "Ruto spoke with Abiy by telephone on Friday. They
// discussed the dam" gives the discussion Friday. A sentence between the
// two with a time of its own stops the search (it may have moved the
// story on), and so does an earlier sentence with acts of other doers only
// (another happening). Background is kept out: a perfect ("had
// accused", "has urged"), a present or future, a time word setting the
// act apart ("later", "earlier"), a "since" clause, a relative or
// adverbial clause; and the day of a past perfect before ("said that on
// March 2 they had raided a house. They refused to say more": the
// refusal is not the raid's day).
func carryBackDates(d *doc.Document) {
	var s, p sent
	cur, pcur := -1, -1
	var carried []int
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType != DateUnresolved || e.Negated || e.Modality != "asserted" || e.Source.Code == "" ||
			e.Sentence < 1 || e.Sentence >= len(d.Sentences) {
			continue
		}
		s.resetAt(d, e.Sentence, &cur)
		if !parsed(&s) || len(sentenceTimexes(d, &s)) > 0 {
			continue
		}
		v, _ := eventTokens(&s, e.Action)
		if v < 0 || !narrativeGoesOn(&s, v) {
			continue
		}
		for back := 1; back <= 2 && e.Sentence-back >= 0; back++ {
			ps := e.Sentence - back
			p.resetAt(d, ps, &pcur)
			if !parsed(&p) {
				break
			}
			told, o := sameDoerAct(d, &p, e)
			if o != nil {
				e.Date, e.DateEnd, e.DateType = o.Date, o.DateEnd, o.DateType
				carried = append(carried, i)
				break
			}
			if told || len(sentenceTimexes(d, &p)) > 0 {
				// acts of other doers (another happening), or a time
				// that may have moved the story on
				break
			}
		}
	}
	jointDays(d, carried)
}

// jointDays gives an act's other doers the day carried back to one of
// them: "the two presidents also struck a deal ..." is one act of both on
// one day, though only one of them was the doer of the act before ("Kenya's
// president met Uganda's in Nairobi on Tuesday";
// review of session 22's second wave, docs/EVENTS.md). carried are the
// indexes of the events carryBackDates dated.
func jointDays(d *doc.Document, carried []int) {
	for _, i := range carried {
		c := &d.Events[i]
		for j := range d.Events {
			e := &d.Events[j]
			if j != i && e.DateType == DateUnresolved && e.Sentence == c.Sentence &&
				e.Action.Start == c.Action.Start && e.Action.End == c.Action.End &&
				e.Cameo == c.Cameo && e.Negated == c.Negated && e.Modality == c.Modality {
				e.Date, e.DateEnd, e.DateType = c.Date, c.DateEnd, c.DateType
			}
		}
	}
}

// sameDoerAct returns the last exact-dated asserted act of sentence p whose
// doer is e's, not told in a past perfect ("police said that on March 2
// they had raided a house": that day is the raid's, an earlier happening);
// told reports whether the sentence has coded acts at all (of any doer,
// dated or not). An act of the same doer not dated exact, or only in a past
// perfect, stops the search too: it returns told and no act.
func sameDoerAct(d *doc.Document, p *sent, e *doc.Event) (told bool, act *doc.Event) {
	var last *doc.Event
	same := false
	for k := range d.Events {
		o := &d.Events[k]
		if o.Sentence != p.idx || o.Negated {
			continue
		}
		told = true
		if o.Source.Code != e.Source.Code || o.Modality != "asserted" {
			continue
		}
		same = true
		if ov, _ := eventTokens(p, o.Action); ov < 0 || perfectAux(p, ov, true) {
			continue
		}
		if o.DateType == DateExact && (last == nil || o.Action.Start >= last.Action.Start) {
			last = o
		}
	}
	if !same {
		return told, nil
	}
	return told, last
}

// narrativeGoesOn reports whether verb v tells, in the simple past, the
// main happening of its sentence with a doer referred back to: v is the
// root (or a clause a trailing reporting verb governs, or a verb joined to
// either by "and"), past and not perfect, with no time word setting it
// apart, and its subject is a personal pronoun or a noun with "the".
func narrativeGoesOn(s *sent, v int) bool {
	if s.upos[v] != "VERB" || !clausePast(s, v) || perfectAux(s, v, false) {
		return false
	}
	c := v
	for s.rel[c] == rConj && s.head[c] >= 0 {
		c = s.head[c]
	}
	switch {
	case s.head[c] < 0:
	case (s.rel[c] == rCcomp || s.rel[c] == rParataxis) && s.head[s.head[c]] < 0 && s.head[c] > c:
		// "They discussed the dam, the spokesman said"
	default:
		return false
	}
	for _, k := range append(append([]int{}, s.kids[v]...), s.kids[c]...) {
		switch {
		case s.rel[k] == rAdvmod && otherTimeWords[s.lower[k]]:
			return false
		case (s.rel[k] == rMark || s.rel[k] == rAdvmod) && clauseOpeners[s.lower[k]]:
			return false
		}
	}
	subj := -1
	for _, x := range []int{v, c} {
		for _, k := range s.kids[x] {
			if s.rel[k] == rNsubj && subj < 0 {
				subj = k
			}
		}
	}
	if subj < 0 {
		return false
	}
	if s.upos[subj] == "PRON" {
		return backPronouns[s.lower[subj]]
	}
	if s.upos[subj] != "NOUN" {
		return false
	}
	for _, k := range s.kids[subj] {
		if s.rel[k] == rDet && s.lower[k] == "the" {
			return true
		}
	}
	return false
}

// clauseOpeners open a clause that is no main happening: "since",
// "after", a relative "where" the parser may have joined to the main verb
// by "and" ("said on the plane to Kampala, where she started a tour").
var clauseOpeners = map[string]bool{"since": true, "where": true, "when": true, "while": true, "as": true,
	"after": true, "before": true, "because": true, "if": true, "until": true, "though": true, "although": true}

// backPronouns refer back to a doer already named.
var backPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true}
