package event

import "github.com/dyadproject/dyad/doc"

// Guards on the session-21 occasion and launch rules (when_r7.go,
// where_r7.go), from a review on stories of our own. See docs/EVENTS.md,
// "Review of the session-21 place and date rules".

// otherOccasionAdjs mark an occasion noun as another occasion than the one
// the story has told: "the next meeting", "the last session", "a separate
// summit".
var otherOccasionAdjs = map[string]bool{"next": true, "last": true, "previous": true, "earlier": true,
	"another": true, "separate": true, "upcoming": true, "future": true, "past": true, "prior": true,
	"former": true, "later": true, "following": true, "subsequent": true, "first": true, "second": true}

// pastOccasionAdjs are those of otherOccasionAdjs that put the occasion
// before the one to come: "last year's summit", "the previous talks".
var pastOccasionAdjs = map[string]bool{"last": true, "previous": true, "earlier": true, "past": true,
	"prior": true, "former": true}

// anotherOccasion reports whether occasion noun k is marked as another one
// by an adjective or determiner of otherOccasionAdjs ("the next meeting"),
// a possessive of time ("last year's summit", "next month's talks") or a
// year ("the 2024 summit"). With past, only the marks that put it before
// ("last", "previous", "last year's", a year) count.
func anotherOccasion(s *sent, k int, past bool) bool {
	adjs := otherOccasionAdjs
	if past {
		adjs = pastOccasionAdjs
	}
	for _, c := range s.kids[k] {
		switch s.rel[c] {
		case rAmod, rDet:
			if adjs[s.lower[c]] {
				return true
			}
		case rPoss:
			// "last year's", "next month's"
			switch s.lemma[c] {
			case "year", "month", "week":
				for _, g := range s.kids[c] {
					if adjs[s.lower[g]] {
						return true
					}
				}
			}
		case rNummod, rCompound:
			if s.upos[c] == "NUM" && len(s.lower[c]) == 4 && s.lower[c] >= "1900" && s.lower[c] <= "2099" {
				return true // "the 2024 summit"
			}
		}
	}
	return false
}

// pastOnLater reports whether an act told in the past tense, not
// intended (v its verb: "Russia blocked a draft at the session"), would
// take an occasion's day after publication: the occasion to come is not
// the one it was done at.
func pastOnLater(d *doc.Document, s *sent, e *doc.Event, v int, date string) bool {
	return e.Modality != "intended" && d.Date != "" && clausePast(s, v) && after(date, d.Date)
}

// launchFromPlace reports whether launch verb g has a "from" phrase naming
// a place of the document: "fired rockets at Tel Aviv from Gaza" is where
// it is fired from, not the "at" place. The phrase may hang on the verb or,
// as the parser often hangs it, on its object or another phrase of it
// ("rockets at Tel Aviv from Gaza", "from" on "Tel Aviv").
func launchFromPlace(d *doc.Document, s *sent, g int) bool {
	st := d.Sentences[s.idx]
	todo := []int{g}
	for n := 0; n < len(todo) && n < 12; n++ {
		for _, k := range s.kids[todo[n]] {
			if r := s.rel[k]; r != rObj && r != rObl && r != rNmod {
				continue
			}
			todo = append(todo, k)
			if s.rel[k] == rObj || s.caseOf(k) != "from" {
				continue
			}
			a, b := s.tokenSpan(k) // the phrase's head inside the place: "from the northern Gaza Strip"
			for i := range d.Places {
				p := &d.Places[i]
				if p.Start >= st.Start && p.End <= st.End && p.Start <= a && p.End >= b {
					return true
				}
			}
		}
	}
	return false
}
