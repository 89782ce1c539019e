package geo_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/geo"
)

// Rules added in issue 6 part 7, generalisation round 2. Every sentence is
// written for the test.

// A small town that is the only name of its country in a story about
// another country is a namesake the gazetteer lacks, not a place abroad;
// the same town stays where the story is about its own country, or when
// the text names its country after it.
func TestIsolatedTownAbroad(t *testing.T) {
	ps := places(t, "Gunmen raided a church school at Buta, in the south of the country, Burundian army officers said on Friday. "+
		"Fighting has spread across Makamba province since March, and the army says it controls Bujumbura.")
	if p := find(ps, "Buta"); p != nil {
		t.Errorf("Buta placed in %s in a story about Burundi: %+v", p.Country, *p)
	}
	if p := find(ps, "Makamba"); p == nil || p.Country != "BDI" {
		t.Errorf("Makamba = %+v in %+v", p, ps)
	}
	ps = places(t, "Aid workers reached Buta on Monday after floods cut the road from Kisangani, Congolese officials said.")
	if p := find(ps, "Buta"); p == nil || p.Country != "COD" {
		t.Errorf("Buta in a Congolese story = %+v in %+v", p, ps)
	}
	ps = places(t, "Burundian officials met in Bujumbura and Gitega on Monday. A trader had travelled from Buta, Congo, last week.")
	if p := find(ps, "Buta"); p == nil || p.Country != "COD" {
		t.Errorf("Buta, Congo = %+v in %+v", p, ps)
	}
}

// Names without their marks find the divisions GeoNames writes with them;
// where GeoNames gives the plain spelling to a seat of the same name, the
// seat keeps it alone.
func TestPlainSpelling(t *testing.T) {
	g := gazetteer(t)
	has := func(name, want, ctry string) bool {
		for _, c := range g.Lookup(name) {
			if e := &g.Entries[c]; e.Name == want && e.Country == ctry {
				return true
			}
		}
		return false
	}
	if !has("Michoacan", "Michoacán", "MEX") || !has("Sanliurfa", "Şanlıurfa", "TUR") || !has("Hung Yen Province", "Hưng Yên Province", "VNM") {
		t.Errorf("plain spellings: Michoacan %v, Sanliurfa %v, Hung Yen Province %v",
			g.Lookup("Michoacan"), g.Lookup("Sanliurfa"), g.Lookup("Hung Yen Province"))
	}
	for _, name := range []string{"Sao Paulo", "Dusseldorf"} {
		for _, c := range g.Lookup(name) {
			if e := &g.Entries[c]; e.Kind != geo.City {
				t.Errorf("%s names the division %+v; GeoNames gives that spelling to the city", name, *e)
			}
		}
	}
	ps := places(t, "Health officials in the Mexican state of Michoacan reported two more cases on Sunday.")
	if p := find(ps, "Michoacan"); p == nil || p.Country != "MEX" || p.Feature != "admin1" {
		t.Errorf("Michoacan = %+v in %+v", p, ps)
	}
}

// "the village of X", "the town of X": a town, even when the recogniser
// takes the name for a person.
func TestTownOfName(t *testing.T) {
	ps := places(t, "The girl came from the northern Kurdish village of Ranya, doctors in Iraq said.")
	if p := find(ps, "Ranya"); p == nil || p.Country != "IRQ" {
		t.Errorf("Ranya = %+v in %+v", p, ps)
	}
}

// A division's own name keeps it inside an organisation's name ("the
// Orange County Sanitation District"); a town does not ("Calgary General
// Hospital").
func TestNamedDivisionInsideOrganisation(t *testing.T) {
	ps := places(t, "Engineers from the Orange County Sanitation District took samples near Anaheim, California, on Friday.")
	if p := find(ps, "Orange County"); p == nil || p.Country != "USA" {
		t.Errorf("Orange County = %+v in %+v", p, ps)
	}
	ps = places(t, "Doctors at the Calgary General Hospital treated four patients on Friday.")
	if p := find(ps, "Calgary"); p != nil {
		t.Errorf("Calgary inside a hospital's name tagged %+v", *p)
	}
}

// handTagged builds a one-sentence document from space-separated tokens,
// each token "word/UPOS", with one entity of type typ over the tokens
// [from, to); the rules are then tested whatever the recogniser does.
func handTagged(words string, typ string, from, to int) *doc.Document {
	d := &doc.Document{}
	var b strings.Builder
	for i, w := range strings.Fields(words) {
		word, upos, _ := strings.Cut(w, "/")
		if i > 0 {
			b.WriteByte(' ')
		}
		d.Tokens = append(d.Tokens, doc.Token{Start: b.Len(), End: b.Len() + len(word), UPOS: upos, Head: -1})
		b.WriteString(word)
	}
	d.Text = b.String()
	d.Sentences = []doc.Sentence{{Start: 0, End: len(d.Text), TokenStart: 0, TokenEnd: len(d.Tokens)}}
	if typ != "" {
		st, en := d.Tokens[from].Start, d.Tokens[to-1].End
		d.Entities = []doc.Entity{{Start: st, End: en, Text: d.Text[st:en], Type: typ}}
	}
	return d
}

// A lone name tagged MISC after a locative preposition is a place; the
// same tag without the preposition is not.
func TestMiscAfterPreposition(t *testing.T) {
	tg := geo.NewTagger(gazetteer(t))
	d := handTagged("The/DET fungus/NOUN will/AUX spread/VERB into/ADP Tortí/PROPN before/ADP 2012/NUM ./PUNCT", "MISC", 5, 6)
	tg.Tag(d)
	if len(d.Places) != 1 || d.Places[0].Text != "Tortí" || d.Places[0].Country != "PAN" {
		t.Errorf("into Tortí: %+v", d.Places)
	}
	d = handTagged("The/DET memo/NOUN was/AUX translated/VERB into/ADP English/PROPN ./PUNCT", "MISC", 5, 6)
	tg.Tag(d)
	if len(d.Places) != 0 {
		t.Errorf("into English (a language): %+v", d.Places)
	}
	d = handTagged("The/DET Tortí/PROPN festival/NOUN opened/VERB ./PUNCT", "MISC", 1, 2)
	tg.Tag(d)
	if len(d.Places) != 0 {
		t.Errorf("Tortí festival: %+v", d.Places)
	}
}

// The village-of cue overrides a person tag on the name alone.
func TestTownOfNameOverPerson(t *testing.T) {
	tg := geo.NewTagger(gazetteer(t))
	d := handTagged("She/PRON came/VERB from/ADP the/DET village/NOUN of/ADP Ranya/PROPN ./PUNCT", "PER", 6, 7)
	tg.Tag(d)
	if len(d.Places) != 1 || d.Places[0].Country != "IRQ" {
		t.Errorf("village of Ranya: %+v", d.Places)
	}
	d = handTagged("She/PRON met/VERB Ranya/PROPN ./PUNCT", "PER", 2, 3)
	tg.Tag(d)
	if len(d.Places) != 0 {
		t.Errorf("met Ranya (a person): %+v", d.Places)
	}
}
