package event

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// placeAt returns a hand-built place over the first occurrence of text.
func placeAt(t *testing.T, d *doc.Document, text, country, feature string) doc.Place {
	t.Helper()
	i := strings.Index(d.Text, text)
	if i < 0 {
		t.Fatalf("%q not in %q", text, d.Text)
	}
	return doc.Place{Start: i, End: i + len(text), Text: text, Name: text, Country: country, Feature: feature}
}

func TestPlaceOfClause(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
in = ADP 5 case
Accra = PROPN 2 obl
on = ADP 7 case
Friday = PROPN 2 obl
. = PUNCT 2 punct`)
	d.Places = []doc.Place{placeAt(t, d, "Accra", "GHA", "city")}
	Place(d)
	e := eventOn(t, d, "met")
	if e.Place == nil || e.Place.Name != "Accra" || e.Place.Country != "GHA" {
		t.Errorf("place %+v", e.Place)
	}
}

// TestPlaceNotActor: a country named as an actor does not place the event;
// the dateline does.
func TestPlaceNotActor(t *testing.T) {
	src := `
Kenyan = ADJ 2 amod
troops troop NOUN 3 nsubj
attacked attack VERB 0 root
Somalia = PROPN 3 obj
. = PUNCT 3 punct`
	d := dated(t, src)
	d.Places = []doc.Place{placeAt(t, d, "Somalia", "SOM", "country")}
	Place(d)
	e := eventOn(t, d, "attacked")
	if e.Place != nil {
		t.Errorf("placed in %+v", e.Place)
	}
	// Filed from Mogadishu: the dateline places it.
	d = dated(t, `
MOGADISHU = PROPN 4 dep
- = PUNCT 4 punct
troops troop NOUN 4 nsubj
attacked attack VERB 0 root
Somalia = PROPN 4 obj
. = PUNCT 4 punct`)
	d.Dateline = &doc.Span{Start: 0, End: len("MOGADISHU"), Text: "MOGADISHU"}
	d.Places = []doc.Place{
		placeAt(t, d, "MOGADISHU", "SOM", "city"),
		placeAt(t, d, "Somalia", "SOM", "country"),
	}
	Place(d)
	e = eventOn(t, d, "attacked")
	if e.Place == nil || e.Place.Name != "MOGADISHU" {
		t.Errorf("dateline place %+v", e.Place)
	}
}

// TestPlaceSentence: a locative phrase of another part of the sentence
// places the event when its own clause has none; "-based" does not.
func TestPlaceSentence(t *testing.T) {
	d := dated(t, `
In = ADP 2 case
Nairobi = PROPN 5 obl
, = PUNCT 2 punct
officials official NOUN 5 nsubj
said say VERB 0 root
Ruto = PROPN 7 nsubj
met meet VERB 5 ccomp
Abiy = PROPN 7 obj
. = PUNCT 5 punct`)
	d.Places = []doc.Place{placeAt(t, d, "Nairobi", "KEN", "city")}
	Place(d)
	e := eventOn(t, d, "met")
	if e.Place == nil || e.Place.Name != "Nairobi" {
		t.Errorf("sentence place %+v", e.Place)
	}
	d = dated(t, `
the = DET 3 det
Nairobi-based = ADJ 3 amod
group = NOUN 0 root`)
	d.Places = []doc.Place{placeAt(t, d, "Nairobi", "KEN", "city")}
	d.Events = []doc.Event{{Sentence: 0, Action: d.SpanOf(0, 3)}}
	Place(d)
	if d.Events[0].Place != nil {
		t.Errorf("-based placed: %+v", d.Events[0].Place)
	}
}

// TestPlaceVisit: the place visited is where a visit happens, even an
// intended one coded as an intention to meet.
func TestPlaceVisit(t *testing.T) {
	d := dated(t, `
Ruto = PROPN 3 nsubj
will = AUX 3 aux
visit = VERB 0 root
Brasília = PROPN 3 obj
before = ADP 7 case
April = PROPN 3 obl
30 = NUM 6 nummod
. = PUNCT 3 punct`)
	d.Places = []doc.Place{placeAt(t, d, "Brasília", "BRA", "city")}
	Place(d)
	e := eventOn(t, d, "visit")
	if e.Place == nil || e.Place.Name != "Brasília" {
		t.Errorf("visit place %+v", e.Place)
	}
}
