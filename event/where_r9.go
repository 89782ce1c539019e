package event

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 9 (session 22; docs/EVENTS.md, "Places round 9").

// visitFrame places a visitor's later meetings that the story places no
// closer at the place the story has the visitor arrive in (the README's
// rule 2: the visitor's acts of the trip take the visit's place). A
// sentence whose verb "arrive" has a locative "in" phrase naming a place
// ("The Chilean foreign minister Ana Reyes arrived in Lima on Monday",
// "Reyes is due to arrive in Peru on Friday") opens a frame for the
// person its subject names. A later meeting, visit or plan (CAMEO 04x,
// 036) within frameReach sentences, still unplaced after every other
// step, takes the frame's place when
//   - its source has the frame's actor code and its mention is the
//     visitor's surname or a personal pronoun ("During her stay, Reyes
//     will meet ...", "She will also hold talks ..."), and
//   - its target is of the country of the frame's place (the host side:
//     the visitor's meeting with a third party stays unplaced), and
//   - no verb of leaving ("left", "departed", "returned", "flew on to")
//     or another arrival stands after the arrival in its sentence or in a
//     sentence before the event's, which ends the frame.
//
// Other actors' acts and background acts are left alone: only the
// visitor's own meetings with the host side are placed.
func visitFrame(d *doc.Document) {
	type frame struct {
		si, at  int // sentence and byte offset of the arrival
		place   *doc.Place
		code    string
		surname string
	}
	var frames []frame
	var ends []frameMark // verbs of leaving or arriving
	var s sent
	cur := -1
	for si := range d.Sentences {
		s.resetAt(d, si, &cur)
		if !parsed(&s) {
			continue
		}
		for v := 0; v < s.n; v++ {
			if s.upos[v] != "VERB" {
				continue
			}
			at, _ := s.tokenSpan(v)
			if frameEndVerbs[s.lemma[v]] || arrivalVerb(s.lemma[v]) { // where_r33.go
				ends = append(ends, frameMark{si, at})
			}
			if !arrivalVerb(s.lemma[v]) {
				continue
			}
			p := arrivalPlace(d, &s, v)
			if p == nil {
				continue
			}
			code, surname := arrivalVisitor(d, &s, v)
			if code == "" || surname == "" {
				continue
			}
			frames = append(frames, frame{si, at, p, code, surname})
		}
	}
	if len(frames) == 0 {
		return
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || !visitOrMeeting(e.Cameo) || e.Target == nil || e.Source.Mention == nil {
			continue
		}
		var f *frame
		for k := range frames {
			if frames[k].si < e.Sentence && e.Sentence-frames[k].si <= frameReach {
				f = &frames[k]
			}
		}
		if f == nil || e.Source.Code != f.code || e.Target.Country != f.place.Country {
			continue
		}
		if !visitorMention(e.Source.Mention.Text, f.surname) {
			continue
		}
		if frameEnded(ends, f.si, f.at, e.Sentence) {
			continue
		}
		c := *f.place
		e.Place = &c
	}
}

// frameMark is a verb of leaving or arriving: its sentence and byte offset.
type frameMark struct{ si, at int }

// frameEnded reports whether one of ends lies after the arrival at byte at
// of sentence si and in a sentence before sentence e: the frame is closed.
func frameEnded(ends []frameMark, si, at, e int) bool {
	for _, k := range ends {
		if (k.si > si || k.si == si && k.at > at) && k.si < e {
			return true
		}
	}
	return false
}

// frameReach is how many sentences after the arrival a visit frame lasts.
const frameReach = 6

// frameEndVerbs end a visit frame.
var frameEndVerbs = map[string]bool{"leave": true, "depart": true, "return": true, "fly": true, "head": true, "travel": true, "wrap": true, "conclude": true, "end": true}

// arrivalPlace returns the place of an "in" phrase on the verb arrive v
// (obl, case "in"), or nil.
func arrivalPlace(d *doc.Document, s *sent, v int) *doc.Place {
	st := d.Sentences[s.idx]
	var out *doc.Place
	for k := range d.Places {
		p := &d.Places[k]
		if p.Start < st.Start || p.End > st.End || p.Country == "" {
			continue
		}
		h := spanHead(s, p.Start, p.End)
		if h < 0 || s.head[h] != v || s.rel[h] != rObl || s.caseOf(h) != "in" {
			continue
		}
		if out != nil && out.Name != p.Name {
			return nil
		}
		out = p
	}
	return out
}

// arrivalVisitor returns the actor code and surname of the person the
// subject of arrive v names (through "is due to arrive", "is expected to
// arrive": the subject of the governing verb or adjective), or "", "".
func arrivalVisitor(d *doc.Document, s *sent, v int) (string, string) {
	subj := s.child(v, rNsubj)
	if subj < 0 && s.rel[v] == rXcomp && s.head[v] >= 0 {
		subj = s.child(s.head[v], rNsubj)
		if subj < 0 {
			subj = s.child(s.head[v], rNsubjPass)
		}
	}
	var ent *doc.Entity
	if subj >= 0 {
		toks := s.subtreeList(subj, nil)
		a, _ := s.tokenSpan(toks[0])
		_, b := s.tokenSpan(toks[len(toks)-1])
		for k := range d.Entities {
			en := &d.Entities[k]
			if en.Type == "PER" && en.Start < b && en.End > a && en.Actor != nil && en.Actor.Code != "" {
				ent = en
			}
		}
	} else {
		ent = personBefore(d, s, v)
	}
	if ent == nil {
		return "", ""
	}
	words := strings.Fields(ent.Text)
	return ent.Actor.Code, words[len(words)-1]
}

// visitorMention reports whether an event source's mention names the
// visitor: a personal pronoun, or text holding the surname as a word.
func visitorMention(text, surname string) bool {
	switch strings.ToLower(text) {
	case "he", "she":
		return true
	}
	for _, w := range strings.Fields(text) {
		if strings.Trim(w, ".,'s") == surname || strings.TrimSuffix(w, "'s") == surname {
			return true
		}
	}
	return false
}

// personBefore returns the coded person entity the words just before verb
// v name, when only auxiliaries stand between ("Reyes arrives in Lima",
// "Reyes is due to arrive in Peru"): the subject when the parser gave the
// verb none, or nil.
func personBefore(d *doc.Document, s *sent, v int) *doc.Entity {
	vs, _ := s.tokenSpan(v)
	st := d.Sentences[s.idx]
	var ent *doc.Entity
	for k := range d.Entities {
		en := &d.Entities[k]
		if en.Start >= st.Start && en.End <= vs && (ent == nil || en.End > ent.End) {
			ent = en
		}
	}
	if ent == nil || ent.Type != "PER" || ent.Actor == nil || ent.Actor.Code == "" {
		return nil
	}
	for _, w := range strings.Fields(d.Text[ent.End:vs]) {
		if !arrivalAux[strings.ToLower(w)] {
			return nil
		}
	}
	return ent
}

// arrivalAux are the words that may stand between a visitor's name and
// "arrive".
var arrivalAux = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "will": true, "would": true, "be": true,
	"due": true, "to": true, "expected": true, "scheduled": true, "set": true, "also": true, "just": true,
}
