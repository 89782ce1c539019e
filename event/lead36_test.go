package event

import "testing"

// TestLead36ObjectPhraseTarget: a bare target slot is no phrase naming no
// actor when the object's possessor names one ("protested Ethiopia's
// visits to the area", the parser hanging "to the area" on the verb); a
// "to" phrase naming an actor still fills it.
func TestLead36ObjectPhraseTarget(t *testing.T) {
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Ethiopia", "GPE", "ETH"}, {"Uganda", "GPE", "UGA"}}
	off := func(o *Options) { o.noObjectPhraseTarget = true }
	checkOnOff(t, ents, off, []onOffCase{
		{"protested Ethiopia's visits to the area", `
Kenya = PROPN 3 nsubj NNP
strongly = ADV 3 advmod RB
protested protest VERB 0 root VBD
Ethiopia = PROPN 7 nmod:poss NNP
's = PART 4 case POS
repeated repeat VERB 7 amod VBN
visits visit NOUN 3 obj NNS
to = ADP 10 case IN
the = DET 10 det DT
area = NOUN 3 obl NN
. = PUNCT 3 punct .`, "111 KEN>ETH", "114 KEN>-"},
		{"protested Ethiopia's visits to Uganda", `
Kenya = PROPN 2 nsubj NNP
protested protest VERB 0 root VBD
Ethiopia = PROPN 5 nmod:poss NNP
's = PART 3 case POS
visits visit NOUN 2 obj NNS
to = ADP 7 case IN
Uganda = PROPN 2 obl NNP
. = PUNCT 2 punct .`, "114 KEN>UGA", "114 KEN>UGA"},
	})
}

// TestLead36FightProblem: fighting a disease or a social ill is no force
// on anyone; fighting a country stays 190.
func TestLead36FightProblem(t *testing.T) {
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Somalia", "GPE", "SOM"}}
	off := func(o *Options) { o.noFightProblem = true }
	checkOnOff(t, ents, off, []onOffCase{
		{"hastened to fight bird flu", `
Kenya = PROPN 2 nsubj NNP
hastened hasten VERB 0 root VBD
to = PART 4 mark TO
fight = VERB 2 xcomp VB
bird = NOUN 6 compound NN
flu = NOUN 4 obj NN
. = PUNCT 2 punct .`, "", "190 KEN>-"},
		{"vowed to fight Somalia", `
Kenya = PROPN 2 nsubj NNP
vowed vow VERB 0 root VBD
to = PART 4 mark TO
fight = VERB 2 xcomp VB
Somalia = PROPN 4 obj NNP
. = PUNCT 2 punct .`, "190 KEN>SOM intended", "190 KEN>SOM intended"},
	})
}
