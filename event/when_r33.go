package event

import "github.com/dyadproject/dyad/doc"

// Event dates, session 33 (places-dev1 to places-dev18; docs/GEO.md,
// "Session 33"). Switched by Round33Places (where_r33.go).

// voicedDates dates an intent still undated after every other step by the
// day of the clause that voices it: the README's rule 7 for the places gold
// ("Plans: the planned act's place and day when the story gives them, else
// where and when the intent was voiced"). "Kenya's foreign minister said Friday
// the president had agreed to meet Museveni" is Friday's agreement to meet; "said
// on Tuesday he will visit Kenya" is Tuesday's announced visit. Rule 2 of
// Date refuses an intent the reporting clause's day so that the day is never
// read as the planned act's; here the planned day is known to be untold (no
// expression of the act's own clause, no day carried from the story), and the
// event is dated as the intent's voicing, approximate.
func voicedDates(d *doc.Document) {
	if !Round33Places {
		return
	}
	var s sent
	cur := -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.DateType != DateUnresolved || e.Modality != "intended" || e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue
		}
		s.resetAt(d, e.Sentence, &cur)
		if !parsed(&s) {
			continue
		}
		v, _ := eventTokens(&s, e.Action)
		if v < 0 {
			continue
		}
		xs := sentenceTimexes(d, &s)
		if len(xs) == 0 {
			continue
		}
		if days := voicingDays(&s, xs, v); len(days) > 0 {
			applyTimexes(d, &s, e, days, xs, false, true, true)
		}
	}
}

// voicingDays returns the days attached to the verb of saying that reports
// the intent told by verb v: the nearest such verb above it, through clauses
// that complement their head ("said Tuesday the president had agreed to
// meet"), or else a trailing reporting clause on the top one ("Kenya will
// send troops, Ruto said on Tuesday") that reports no clause of its own.
func voicingDays(s *sent, xs []tmx, v int) []tmx {
	days := func(g int) []tmx {
		var out []tmx
		for _, t := range attached(s, xs, []int{g}) {
			if voicingValue(t.x.Value) && !underAnchor(s, t, g) {
				out = append(out, t)
			}
		}
		return out
	}
	top := v
	for x, steps := v, 0; steps <= s.n; steps++ {
		g := s.head[x]
		for g >= 0 && !clauseHead(s, g) {
			g = s.head[g]
		}
		if g < 0 {
			break
		}
		if speechVerb(s.lemma[g]) {
			if out := days(g); len(out) > 0 {
				return out
			}
		} else if s.rel[x] != rCcomp && s.rel[x] != rXcomp {
			return nil
		}
		x, top = g, g
	}
	for _, c := range s.kids[top] {
		if s.rel[c] == rParataxis && speechVerb(s.lemma[c]) && !s.hasChild(c, rCcomp) {
			if out := days(c); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// voicingValue reports whether a date value can tell when an intent was
// voiced: a day, a week ("said last week") or a month ("said last month"),
// not a year nor a fuzzy reference ("recently").
func voicingValue(v string) bool {
	if isDay(v) {
		return true
	}
	if len(v) == 8 && v[4] == '-' && v[5] == 'W' {
		return allDigits(v[:4]) && allDigits(v[6:])
	}
	return len(v) == 7 && v[4] == '-' && allDigits(v[:4]) && allDigits(v[5:])
}

func allDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// anchorPreps tell a day that anchors another time, not the saying's.
var anchorPreps = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// underAnchor reports whether the day t attached to verb g hangs under an
// "after", "before", "since" or "until" phrase ("After talks with the envoy on
// May 2, the minister said ..."): the day of another occasion.
func underAnchor(s *sent, t tmx, g int) bool {
	if anchorPreps[t.prep] {
		return true
	}
	for h, steps := t.head, 0; h >= 0 && h != g && steps <= s.n; h, steps = s.head[h], steps+1 {
		for _, k := range s.kids[h] {
			if s.rel[k] == rCase && anchorPreps[s.lower[k]] {
				return true
			}
		}
	}
	return false
}

// voicingVerbs are the verbs that voice an intent: saying, announcing and
// their kin.
var voicingVerbs = map[string]bool{"say": true, "tell": true, "announce": true, "state": true, "report": true,
	"add": true, "confirm": true, "disclose": true, "reveal": true, "declare": true, "inform": true, "quote": true}

func speechVerb(lemma string) bool { return voicingVerbs[lemma] }
