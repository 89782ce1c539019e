package event

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Dates, session 23 ("Dates, session 23" in docs/EVENTS.md).

// laterLeadDates gives an act of the story's lead that its sentence dates
// by no day of its own (only the day of the report, a year in a phrase, or
// nothing) the exact day one of the next two sentences gives the same act
// told again: the same verb, not negated, with its participants referred
// back to ("the officer", "they", a name, the same number) or the same as
// the lead's, or coded as the same pair of sides, and none of them brought
// in afresh ("a soldier", "another man", "also"). An act of another side
// coded on the verb (and none of the lead's side) is another act. "Kenyan
// troops killed five militants in raids, the army said on Friday. ... In
// one raid on Wednesday five militants were killed" dates the killing
// Wednesday. restateDates does this for the next sentence only, with the
// same participants; a lead's restatement often comes two sentences on and
// with other words for the same people ("militants" then "insurgents", "a
// suspect" then his name). The day must lie in the week before
// publication, as a lead's news does, and differ from the lead's (the same
// day adds nothing a reader can check).
func laterLeadDates(d *doc.Document) {
	var s, n sent
	cur, ncur := -1, -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.Sentence != 0 || e.DateType == DateExact || e.DateType == DateRange || e.Negated ||
			e.Modality != "asserted" || d.Date == "" || len(d.Sentences) < 2 {
			continue
		}
		s.resetAt(d, 0, &cur)
		if !parsed(&s) {
			continue
		}
		v, _ := eventTokens(&s, e.Action)
		if v < 0 || s.upos[v] != "VERB" || reporterVerbs[s.lemma[v]] || lightVerbs[s.lemma[v]] {
			continue
		}
	next:
		for ni := 1; ni <= 2 && ni < len(d.Sentences); ni++ {
			n.resetAt(d, ni, &ncur)
			if !parsed(&n) {
				break
			}
			for k := 0; k < n.n; k++ {
				if n.upos[k] != "VERB" || !sameActVerb(n.lemma[k], s.lemma[v]) || n.child(k, rNeg) >= 0 { // sameActVerb: when_r12.go
					continue
				}
				a, b := n.tokenSpan(k)
				coded, same, pair := false, false, false
				for j := range d.Events {
					o := &d.Events[j]
					if o.Sentence == ni && o.Action.Start <= a && o.Action.End >= b {
						coded = true
						same = same || side(o.Source.Code) == side(e.Source.Code)
						pair = pair || o.Source.Code == e.Source.Code && o.Target != nil && e.Target != nil && o.Target.Code == e.Target.Code
					}
				}
				if coded && !same {
					continue next // another doer's act on that verb
				}
				back, fresh := referredBack(&s, v, &n, k)
				if fresh || !pair && !back && !sameParticipants(&s, v, &n, k) {
					continue
				}
				r := *e
				r.Sentence = ni
				r.Action = d.SpanOf(a, b)
				r.Place = nil
				dateEvent(d, &n, &r)
				if r.DateType == DateExact && r.Date != e.Date && inLeadWeek(r.Date, d.Date) {
					e.Date, e.DateEnd, e.DateType = r.Date, r.DateEnd, r.DateType
					break next
				}
			}
		}
	}
}

// referredBack reports whether verb k of sentence n tells the act of verb
// v of the lead s with participants referred back to (back): one of k's
// doers or undergoers is a name, a personal pronoun, a noun with "the",
// "this", "these" or a possessive, or carries a number one of v's
// participants carries ("four rebels" ... "four insurgents"); and whether
// the act is another one (fresh): a participant brought in afresh ("a
// soldier", "another", "other", "more"), or the clause set apart by "also",
// "again", "later" or "earlier".
func referredBack(s *sent, v int, n *sent, k int) (back, fresh bool) {
	nums := map[string]bool{}
	for _, p := range participants(s, v) {
		for _, c := range s.kids[p] {
			if s.rel[c] == rNummod {
				nums[s.lower[c]] = true
			}
		}
	}
	for _, c := range n.kids[k] {
		if n.rel[c] == rAdvmod && (n.lower[c] == "also" || n.lower[c] == "again" || otherTimeWords[n.lower[c]]) {
			return false, true
		}
	}
	for _, p := range participants(n, k) {
		switch {
		case n.upos[p] == "PROPN":
			back = true
		case n.upos[p] == "PRON":
			back = back || backPronouns[n.lower[p]] || n.lower[p] == "it"
		}
		for _, c := range n.kids[p] {
			switch {
			case n.rel[c] == rDet && (n.lower[c] == "a" || n.lower[c] == "an" || n.lower[c] == "another" || n.lower[c] == "some"):
				return false, true
			case n.rel[c] == rAmod && (n.lower[c] == "other" || n.lower[c] == "more" || n.lower[c] == "further"):
				return false, true
			case n.rel[c] == rDet && (n.lower[c] == "the" || n.lower[c] == "this" || n.lower[c] == "these" || n.lower[c] == "those"),
				n.rel[c] == rPoss:
				back = true
			case n.rel[c] == rNummod && nums[n.lower[c]]:
				back = true
			}
		}
	}
	return back, false
}

// participants returns verb v's doers and undergoers: its subject, its
// passive subject, its object and its "by" phrase.
func participants(s *sent, v int) []int {
	var out []int
	for _, k := range s.kids[v] {
		switch {
		case s.rel[k] == rNsubj, s.rel[k] == rNsubjPass, s.rel[k] == rObj, s.rel[k] == rOblAgent,
			s.rel[k] == rObl && s.caseOf(k) == "by":
			out = append(out, k)
		}
	}
	return out
}

// inLeadWeek reports whether day lies in the seven days up to publication.
func inLeadWeek(day, pub string) bool {
	a, err1 := time.Parse("2006-01-02", day)
	p, err2 := time.Parse("2006-01-02", pub)
	if err1 != nil || err2 != nil {
		return false
	}
	return !a.After(p) && !a.Before(p.AddDate(0, 0, -7))
}

// anaphoricPastDay leaves undated a day counted from another time ("10
// days later", "the following day", "two days after") that falls after
// publication in a past clause: the anchor the tagger counted from was the
// wrong one (the publication day, not the act of last month the story
// counts from), and moving the day back a year (pastYearDay) only makes a
// wrong day of it. A day written with its month ("on Nov. 30") is not
// counted from anything and goes on to pastYearDay.
func anaphoricPastDay(d *doc.Document, x tmx, val string, past bool) string {
	if !past || d.Date == "" || len(val) < 10 || !isDay(val[:10]) || !after(val[:10], d.Date) {
		return val
	}
	counted := false
	for _, w := range strings.Fields(strings.ToLower(x.x.Text)) {
		w = strings.Trim(w, ",.")
		if weekdayWords[w] {
			return val // "next Friday": no count from another time
		}
		counted = counted || countedWords[w]
	}
	if counted {
		return ""
	}
	return val
}

// countedWords mark a time counted from another.
var countedWords = map[string]bool{"later": true, "earlier": true, "after": true, "afterwards": true,
	"following": true, "next": true, "previous": true, "before": true, "prior": true}

// leadRemarkDates gives a remark of the story's lead ("Kenya's foreign
// minister has criticised the sanctions ..., the agency said Wednesday")
// that its sentence dates by no day of its own the day the next sentence
// says the remark was made: "The minister made the remarks on Tuesday in
// Nairobi" (the remarks, comments or statement with "the",
// "these" or a possessive), or a quotation closed by its speaker referred
// back to: '"...," the minister said on Tuesday' (a personal pronoun, or a
// noun with "the" that the lead's doer's words name). A remark is an act
// of saying: a statement, appeal, intent, praise, demand, disapproval,
// rejection or threat (CAMEO roots 01, 02, 03, 05, 10, 11, 12, 13), asserted;
// the day must be the statement's own and lie in the week before
// publication, and differ from the lead's.
func leadRemarkDates(d *doc.Document) {
	var s, n sent
	cur, ncur := -1, -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.Sentence != 0 || e.DateType == DateExact || e.DateType == DateRange || e.Negated ||
			e.Modality != "asserted" || d.Date == "" || len(d.Sentences) < 2 || len(e.Cameo) < 2 || !remarkRoots[e.Cameo[:2]] {
			continue
		}
		s.resetAt(d, 0, &cur)
		n.resetAt(d, 1, &ncur)
		if !parsed(&s) || !parsed(&n) {
			continue
		}
		if v, _ := eventTokens(&s, e.Action); v < 0 || s.upos[v] != "VERB" {
			continue
		}
		doer := strings.ToLower(e.Source.Text)
		for k := 0; k < n.n; k++ {
			if n.upos[k] != "VERB" || n.child(k, rNeg) >= 0 || !remarkMade(&n, k, doer) {
				continue
			}
			a, b := n.tokenSpan(k)
			r := *e
			r.Sentence = 1
			r.Action = d.SpanOf(a, b)
			r.Place = nil
			dateEvent(d, &n, &r)
			if r.DateType == DateExact && r.Date != e.Date && inLeadWeek(r.Date, d.Date) {
				e.Date, e.DateEnd, e.DateType = r.Date, r.DateEnd, r.DateType
				break
			}
		}
	}
}

// remarkRoots are the CAMEO roots of acts of saying.
var remarkRoots = map[string]bool{"01": true, "02": true, "03": true, "05": true, "10": true, "11": true, "12": true, "13": true}

// remarkWords name a remark made.
var remarkWords = map[string]bool{"comment": true, "remark": true, "statement": true}

// remarkMade reports whether verb k tells a remark made again: "made the
// comments" (the object a remark word with "the", "these", "those" or a
// possessive), or "said"/"told" with a subject referred back to (a personal
// pronoun, or a noun with "the" whose word the lead's doer, doer, contains).
func remarkMade(n *sent, k int, doer string) bool {
	switch {
	case n.lemma[k] == "make":
		for _, o := range n.kids[k] {
			if n.rel[o] != rObj || !remarkWords[n.lemma[o]] {
				continue
			}
			for _, c := range n.kids[o] {
				if n.rel[c] == rPoss || n.rel[c] == rDet && (n.lower[c] == "the" || n.lower[c] == "these" || n.lower[c] == "those") {
					return true
				}
			}
		}
	case n.lemma[k] == "say" || n.lemma[k] == "tell":
		// any subject: the parser may take a noun of the quotation for one
		for _, c := range n.kids[k] {
			if n.rel[c] != rNsubj {
				continue
			}
			if n.upos[c] == "PRON" && backPronouns[n.lower[c]] {
				return true
			}
			if n.upos[c] != "NOUN" || !strings.Contains(doer, n.lower[c]) {
				continue
			}
			for _, x := range n.kids[c] {
				if n.rel[x] == rDet && n.lower[x] == "the" {
					return true
				}
			}
		}
	}
	return false
}

// planCarryDates gives a plan of talks left undated, in a sentence with no
// time of its own, the day of the same two countries' plan one of the two
// sentences before dates: "Kenya's president will visit Ghana from March 3.
// He and Ghana's president are to discuss trade" has the discussion on
// March 3, the visit's day (the talks are held during it). Both acts are
// intended, the earlier one dated exact or as a range, and their sides the
// same two countries in either direction; a sentence between with a time of
// its own stops the search.
func planCarryDates(d *doc.Document) {
	var p sent
	pcur := -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType != DateUnresolved || e.Negated || e.Modality != "intended" || e.Target == nil ||
			len(e.Source.Code) < 3 || len(e.Target.Code) < 3 || e.Sentence < 1 || e.Sentence >= len(d.Sentences) {
			continue
		}
		var s sent
		s.reset(d, e.Sentence)
		if !parsed(&s) || len(sentenceTimexes(d, &s)) > 0 {
			continue
		}
		a, b := e.Source.Code[:3], e.Target.Code[:3]
		if a == b {
			continue
		}
	back:
		for k := 1; k <= 2 && e.Sentence-k >= 0; k++ {
			ps := e.Sentence - k
			for j := range d.Events {
				o := &d.Events[j]
				if o.Sentence != ps || o.Negated || o.Modality != "intended" || o.Target == nil ||
					len(o.Source.Code) < 3 || len(o.Target.Code) < 3 || o.DateType != DateExact && o.DateType != DateRange {
					continue
				}
				x, y := o.Source.Code[:3], o.Target.Code[:3]
				if x == a && y == b || x == b && y == a {
					e.Date, e.DateEnd, e.DateType = o.Date, o.DateEnd, o.DateType
					break back
				}
			}
			p.resetAt(d, ps, &pcur)
			if !parsed(&p) || len(sentenceTimexes(d, &p)) > 0 {
				break
			}
		}
	}
}
