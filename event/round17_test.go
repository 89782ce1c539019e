package event

import "testing"

// Session 17 rules (event/round17.go and data/event/dyad.pat), on sentences
// written for the test in the parse shape dyad's parser gives them; every
// case of a switch fails with its repair off (the controls excepted, which
// say so), and the pattern cases failed with the patterns of session 16.

// session17Ents are the actors of the session-17 test sentences.
var session17Ents = [][3]string{{"Washington", "GPE", "USA"}, {"Burma", "GPE", "MMR"}, {"Khartoum", "GPE", "SDN"},
	{"Venezuela", "GPE", "VEN"}, {"Colombia", "GPE", "COL"}}

// TestSession17TimeClauseModifier: "a week after X imposed ...", with X
// parsed as the object of "after" and the verb as a modifier of the time
// noun or a parataxis of the main verb, is X's act; a participle after the
// phrase stays a modifier.
func TestSession17TimeClauseModifier(t *testing.T) {
	acl := `
The the DET 2 det DT
talks talk NOUN 3 nsubj NNS
came come VERB 0 root VBD
a = DET 5 det DT
week = NOUN 3 obl:unmarked NN
after = ADP 7 case IN
Washington = PROPN 5 nmod NNP
imposed impose VERB 5 acl VBD
sanctions sanction NOUN 8 obj NNS
on = ADP 11 case IN
Burma = PROPN 9 nmod NNP
. = PUNCT 3 punct .`
	parataxis := `
Chirac = PROPN 2 nsubj NNP
spoke speak VERB 0 root VBD
, = PUNCT 5 punct ,
a = DET 5 det DT
week = NOUN 2 obl:unmarked NN
after = ADP 7 case IN
Washington = PROPN 5 nmod NNP
imposed impose VERB 2 parataxis VBD
sanctions sanction NOUN 8 obj NNS
on = ADP 11 case IN
Burma = PROPN 9 nmod NNP
. = PUNCT 2 punct .`
	participle := `
The the DET 2 det DT
ceasefire = NOUN 3 nsubj NN
collapsed collapse VERB 0 root VBD
a = DET 5 det DT
week = NOUN 3 obl:unmarked NN
after = ADP 8 case IN
the = DET 8 det DT
talks talk NOUN 5 nmod NNS
held hold VERB 8 acl VBN
in = ADP 11 case IN
Burma = PROPN 9 obl NNP
. = PUNCT 3 punct .`
	// everyday17's repairClauseAfterPreposition also mends the parataxis
	// reading, so "off" switches both.
	checkOnOff(t, session17Ents, func(o *Options) { o.noTimeModifier, o.noClauseAfterPrep = true, true }, []onOffCase{
		{"a week after X imposed (acl)", acl, "163 USA>MMR", ""},
		{"a week after X imposed (parataxis)", parataxis, "163 USA>MMR", ""},
		{"after the talks held in (control)", participle, "", ""},
	})
}

// TestSession17Patterns: an aid freeze imposed on a government stops aid
// (162) and an economic blockade or an investment ban is a sanction (163),
// where the CAMEO dictionary's IMPOSE gives coercion (170).
func TestSession17Patterns(t *testing.T) {
	freeze := `
Washington = PROPN 2 nsubj NNP
imposed impose VERB 0 root VBD
an a DET 5 det DT
aid = NOUN 5 compound NN
freeze = NOUN 2 obj NN
on = ADP 7 case IN
Khartoum = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	blockade := `
Venezuela = PROPN 2 nsubj NNP
imposed impose VERB 0 root VBD
an a DET 5 det DT
economic = ADJ 5 amod JJ
blockade = NOUN 2 obj NN
on = ADP 7 case IN
Colombia = PROPN 5 nmod NNP
. = PUNCT 2 punct .`
	ban := `
Washington = PROPN 2 nsubj NNP
imposed impose VERB 0 root VBD
an a DET 5 det DT
investment = NOUN 5 compound NN
ban = NOUN 2 obj NN
on = ADP 7 case IN
Burma = PROPN 5 nmod NNP
. = PUNCT 2 punct .`
	for _, c := range []struct{ name, src, want string }{
		{"imposed an aid freeze on X", freeze, "162 USA>SDN"},
		{"imposed an economic blockade on X", blockade, "163 VEN>COL"},
		{"imposed an investment ban on X", ban, "163 USA>MMR"},
	} {
		if got := round2Code(t, session10Doc(t, session17Ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
