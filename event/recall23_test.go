package event

import (
	"strings"
	"testing"
)

// Session 23's recall round (event/recall23.go), on sentences written for
// the test in the parse shapes dyad's parser gives them; each case fails
// with its switch off.

// recall23Ents are the actors of the session-23 test sentences.
var recall23Ents = [][3]string{{"Kenyan officials", "ORG", "KENGOV"}, {"Shabaab", "ORG", "SOMREB"},
	{"Omar Ali", "PER", "KENOPP"}, {"Ugandan police", "ORG", "UGACOP"}, {"Nairobi", "GPE", "KEN"},
	{"Arab officials", "ORG", "MEAGOV"}}

// recall23First is the sentence that makes the test story Kenya's.
const recall23First = `
Kenyan = ADJ 2 amod JJ
officials official NOUN 3 nsubj NNS
met meet VERB 0 root VBD
in = ADP 5 case IN
Nairobi = PROPN 3 obl NNP
. = PUNCT 3 punct .`

// TestSession23HomeForces: "government troops" and "security forces"
// with no country of their own are the story country's military and
// police; "US-led forces" are not.
func TestSession23HomeForces(t *testing.T) {
	govTroops := `
Government = NOUN 2 compound NN
troops troop NOUN 3 nsubj NNS
attacked attack VERB 0 root VBD
Shabaab = PROPN 3 obj NNP
. = PUNCT 3 punct .`
	secForces := `
Security = NOUN 2 compound NN
forces force NOUN 3 nsubj NNS
arrested arrest VERB 0 root VBD
Omar = PROPN 5 compound NNP
Ali = PROPN 3 obj NNP
. = PUNCT 3 punct .`
	usLed := `
US-led = ADJ 2 amod JJ
forces force NOUN 3 nsubj NNS
attacked attack VERB 0 root VBD
Shabaab = PROPN 3 obj NNP
. = PUNCT 3 punct .`
	on := func(src string) string { return round2Code(t, session10Doc(t, recall23Ents, recall23First, src), nil) }
	off := func(src string) string {
		return round2Code(t, session10Doc(t, recall23Ents, recall23First, src), func(o *Options) { o.noHomeForces = true })
	}
	for _, c := range []struct{ name, src, want string }{
		{"government troops", govTroops, "KENMIL>SOMREB"},
		{"security forces", secForces, "KENCOP>KENOPP"},
	} {
		got, old := on(c.src), off(c.src)
		if !strings.Contains(got, c.want) || strings.Contains(old, c.want) {
			t.Errorf("%s: got %q, rule off %q, want %s", c.name, got, old, c.want)
		}
	}
	if got := on(usLed); strings.Contains(got, "KENMIL") {
		t.Errorf("US-led forces: got %q, want no KENMIL", got)
	}
	// A story about a region ("Arab officials") gives the troops no
	// country.
	region := `
Arab = ADJ 2 amod JJ
officials official NOUN 3 nsubj NNS
met meet VERB 0 root VBD
on = ADP 5 case IN
Monday = PROPN 3 obl NNP
. = PUNCT 3 punct .`
	if got := round2Code(t, session10Doc(t, recall23Ents, region, govTroops), nil); strings.Contains(got, "MEAMIL") {
		t.Errorf("a region: got %q, want no MEAMIL", got)
	}
}

// TestSession23HomeBodies: "the soldiers" with no word of whose are the
// military of the story's country, but not when the sentence names another
// country's body ("Ugandan police said the soldiers ...").
func TestSession23HomeBodies(t *testing.T) {
	soldiers := `
The = DET 2 det DT
soldiers soldier NOUN 3 nsubj NNS
arrested arrest VERB 0 root VBD
Omar = PROPN 5 compound NNP
Ali = PROPN 3 obj NNP
. = PUNCT 3 punct .`
	other := `
Ugandan = ADJ 2 amod JJ
police = NOUN 3 nsubj NN
said say VERB 0 root VBD
the = DET 5 det DT
soldiers soldier NOUN 6 nsubj NNS
arrested arrest VERB 3 ccomp VBD
Omar = PROPN 8 compound NNP
Ali = PROPN 6 obj NNP
. = PUNCT 3 punct .`
	on := func(src string) string { return round2Code(t, session10Doc(t, recall23Ents, recall23First, src), nil) }
	off := func(src string) string {
		return round2Code(t, session10Doc(t, recall23Ents, recall23First, src), func(o *Options) { o.noHomeBodies = true })
	}
	got, old := on(soldiers), off(soldiers)
	if !strings.Contains(got, "KENMIL>KENOPP") || strings.Contains(old, "KENMIL>KENOPP") {
		t.Errorf("the soldiers: got %q, rule off %q, want KENMIL>KENOPP", got, old)
	}
	if got := on(other); strings.Contains(got, "KENMIL") {
		t.Errorf("another country's body in the sentence: got %q, want no KENMIL", got)
	}
}

// TestSession23RecalledTargetless: a body the rules give is kept as the
// source of an event with a target, but an event with no target that only
// the recalled source made codable is dropped (review of session 23).
func TestSession23RecalledTargetless(t *testing.T) {
	questioned := `
The = DET 2 det DT
soldiers soldier NOUN 3 nsubj NNS
interrogated interrogate VERB 0 root VBD
the = DET 5 det DT
building = NOUN 3 obj NN
. = PUNCT 3 punct .`
	on := func(src string) string { return round2Code(t, session10Doc(t, recall23Ents, recall23First, src), nil) }
	off := func(src string) string {
		return round2Code(t, session10Doc(t, recall23Ents, recall23First, src), func(o *Options) { o.noRecalledTargetless = true })
	}
	got, old := on(questioned), off(questioned)
	if strings.Contains(got, "KENMIL") || !strings.Contains(old, "KENMIL") {
		t.Errorf("one-sided act of the soldiers: got %q, rule off %q, want KENMIL only with the rule off", got, old)
	}
}
