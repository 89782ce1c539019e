package event

import "testing"

// Tests of session 34's events round (event/round34.go), each rule on and
// switched off. Sentences written for the tests; trees as dyad's parser
// gives them.

var round34Ents = [][3]string{{"Kenyan President Mwai Kibaki", "PERSON", "KENGOV"},
	{"Museveni", "PERSON", "UGAGOV"}, {"Uganda", "GPE", "UGA"}, {"Ruto", "PERSON", "KENGOV"}}

// TestWhomAntecedent checks whomAntecedent, asideWhomPast and the
// round34Events pass: the one "whom" stands for is the partner of the
// meeting, whether the parser made the clause a clause of its own (", with
// whom Museveni met,": "met" the root) or a relative clause with "whom" a
// bare oblique; without the rule the meeting has no partner, or the
// relative clause is background and codes nothing.
func TestWhomAntecedent(t *testing.T) {
	withWhom := `
Kenyan = ADJ 3 amod JJ
President = PROPN 3 nmod:desc NNP
Mwai = PROPN 9 appos NNP
Kibaki = PROPN 3 flat NNP
, = PUNCT 9 punct ,
with = ADP 7 case IN
whom = PRON 9 obl WP
Museveni = PROPN 9 nsubj NNP
met meet VERB 0 root VBD
on = ADP 11 case IN
Monday = PROPN 9 obl NNP
, = PUNCT 13 punct ,
praised praise VERB 9 advcl VBN
Uganda = PROPN 13 obj NNP
. = PUNCT 9 punct .
`
	whom := `
Ruto = PROPN 0 root NNP
, = PUNCT 5 punct ,
whom = PRON 5 obl WP
Museveni = PROPN 5 nsubj NNP
met meet VERB 1 acl:relcl VBD
on = ADP 7 case IN
Monday = PROPN 5 obl NNP
, = PUNCT 9 punct ,
praised praise VERB 7 acl VBN
Uganda = PROPN 9 obj NNP
. = PUNCT 1 punct .
`
	checkOnOff(t, round34Ents, func(o *Options) { o.noWhomAntecedent = true }, []onOffCase{
		{"Kibaki, with whom Museveni met", withWhom, "040 UGAGOV>KENGOV", "040 UGAGOV>-"},
		{"Ruto, whom Museveni met", whom, "040 UGAGOV>KENGOV", ""},
	})
}

// TestRound34Patterns checks round34.pat: an agreement with a partner
// approved or ratified is signed (057 to the partner), where without
// round34.pat the CAMEO dictionary's ALLOW coded 031.
func TestRound34Patterns(t *testing.T) {
	approved := `
The = DET 3 det DT
Kenyan = PROPN 3 compound NNP
cabinet = NOUN 4 nsubj NN
approved approve VERB 0 root VBD
an a DET 6 det DT
agreement = NOUN 4 obj NN
with = ADP 8 case IN
Uganda = PROPN 6 nmod NNP
on = ADP 10 case IN
Monday = PROPN 4 obl NNP
. = PUNCT 4 punct .`
	ents := [][3]string{{"Kenyan cabinet", "NORP", "KENGOV"}, {"Uganda", "GPE", "UGA"}}
	d := session10Doc(t, ents, approved)
	if got, want := codeLessPatterns(t, d, ""), "057 KENGOV>UGA"; got != want {
		t.Errorf("approved an agreement with: got %q, want %q", got, want)
	}
	if got, want := codeLessPatterns(t, d, "round34.pat"), "031 KENGOV>UGA"; got != want {
		t.Errorf("approved an agreement with, without round34.pat: got %q, want %q", got, want)
	}
}
