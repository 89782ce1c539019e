package event

import (
	"regexp"

	"github.com/dyadproject/dyad/doc"
)

// Event places and dates, session 33 (places-dev1 to places-dev18; docs/GEO.md,
// "Session 33").

// Round33Places switches the session 33 place and date rules on.
var Round33Places = true

// arrivalVerb reports whether lemma tells a traveller's arrival for the visit
// frame (visitFrame, where_r9.go): "arrive", and with the round "land" ("Hu
// landed in Santiago for a state visit"), which news uses of a leader's
// plane as of the leader. The frame still needs a person of a coded actor as
// the verb's subject and an "in" phrase naming a place, so "rockets landed
// in Sderot" opens none.
func arrivalVerb(lemma string) bool {
	return lemma == "arrive" || Round33Places && lemma == "land"
}

// itemHeading matches a wire dateline that opens a line inside a story: a
// digest of news items, each headed by its own ("TEHRAN, Nov. 8 (Xinhua) --
// Iran on Tuesday rejected ...").
var itemHeading = regexp.MustCompile(`(?m)^[ \t]*([A-Z][A-Z .'-]*[A-Z]), [A-Z][a-z]{2,4}\.? ?\d{1,2} \([A-Za-z]+\) ?--`)

// heading is one item heading: where its item starts and the place its
// dateline names (nil when the geo stage did not resolve it).
type heading struct {
	at    int
	place *doc.Place
}

// itemHeadings returns the headings of the story's items after the story's
// own dateline, in text order. A heading that is the story's dateline (the
// reader's d.Dateline, possibly after a byline) is not one.
func itemHeadings(d *doc.Document) []heading {
	if !Round33Places {
		return nil
	}
	var out []heading
	for _, m := range itemHeading.FindAllStringSubmatchIndex(d.Text, -1) {
		at, end := m[2], m[3]
		if at == 0 || d.Dateline != nil && at < d.Dateline.End && end > d.Dateline.Start {
			continue
		}
		h := heading{at: at}
		for k := range d.Places {
			if p := &d.Places[k]; p.Start == at && p.End <= end {
				h.place = p
				break
			}
		}
		out = append(out, h)
	}
	return out
}

// itemOf returns the heading of the item event e's sentence lies in, or
// nil when it lies before the first (the story's own dateline's part).
func itemOf(d *doc.Document, hs []heading, e *doc.Event) *heading {
	if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
		return nil
	}
	end := d.Sentences[e.Sentence].End
	var h *heading
	for k := range hs {
		if hs[k].at < end {
			h = &hs[k]
		}
	}
	return h
}

// itemDatelines places the still unplaced events of each item at its
// heading's place, as the story's dateline places those of a story
// (the README's rule 3, with the dateline's own conditions: not an act
// between two other countries, not an act dated more than three days before
// publication, not a visit told to be elsewhere). The story's dateline
// (Place) leaves the items after the first heading alone.
func itemDatelines(d *doc.Document, hs []heading) {
	for i := range d.Events {
		e := &d.Events[i]
		h := itemOf(d, hs, e)
		if e.Place != nil || h == nil || h.place == nil {
			continue
		}
		cc := h.place.Country
		if datelineFits(e, cc) && datelineRecent(d, e) && !visitElsewhere(e, cc) {
			c := *h.place
			e.Place = &c
		}
	}
}
