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
