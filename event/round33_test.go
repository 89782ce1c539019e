package event

import "testing"

// Tests of session 33's events round (event/round33.go), each rule on and
// switched off. Sentences written for the tests; trees as dyad's parser
// gives them.

var round33Ents = [][3]string{{"Pakistani army chief", "NORP", "PAKMIL"},
	{"Egyptian counterpart", "NORP", "EGYGOV"}, {"Egypt", "GPE", "EGY"}, {"Denmark", "GPE", "DNK"},
	{"China", "GPE", "CHN"}}

// TestCounterpartSectors checks counterpartSectors: an army chief's
// counterpart is of the army (without the rule: the government, or the
// bare country of a "from" phrase).
func TestCounterpartSectors(t *testing.T) {
	egyptian := `
The the DET 4 det DT
Pakistani = ADJ 4 amod JJ
army = NOUN 4 compound NN
chief = NOUN 6 nsubj NN
will = AUX 6 aux MD
meet = VERB 0 root VB
his = PRON 9 nmod:poss PRP$
Egyptian = ADJ 9 amod JJ
counterpart = NOUN 6 obj NN
on = ADP 11 case IN
Monday = PROPN 6 obl NNP
. = PUNCT 6 punct .
`
	from := `
The the DET 4 det DT
Pakistani = ADJ 4 amod JJ
army = NOUN 4 compound NN
chief = NOUN 5 nsubj NN
met meet VERB 0 root VBD
his = PRON 7 nmod:poss PRP$
counterpart = NOUN 5 obj NN
from = ADP 9 case IN
Egypt = PROPN 7 nmod NNP
. = PUNCT 5 punct .
`
	checkOnOff(t, round33Ents, func(o *Options) { o.noCounterpartSector = true }, []onOffCase{
		{"will meet his Egyptian counterpart", egyptian, "036 PAKMIL>EGYMIL intended", "036 PAKMIL>EGYGOV intended"},
		{"met his counterpart from Egypt", from, "040 PAKMIL>EGYMIL", "040 PAKMIL>EGY"},
	})
}

// TestDrawnReactions checks drawnReactions: criticism Denmark draws "from
// China" is China's criticism of Denmark (without the rule: nothing); a
// negated draw stays uncoded.
func TestDrawnReactions(t *testing.T) {
	drew := `
Denmark = PROPN 2 nsubj NNP
drew draw VERB 0 root VBD
sharp = ADJ 4 amod JJ
criticism = NOUN 2 obj NN
from = ADP 6 case IN
China = PROPN 2 obl NNP
on = ADP 8 case IN
Monday = PROPN 2 obl NNP
. = PUNCT 2 punct .
`
	notDrawn := `
Denmark = PROPN 4 nsubj NNP
did do AUX 4 aux VBD
not = PART 4 advmod RB
draw = VERB 0 root VB
criticism = NOUN 4 obj NN
from = ADP 7 case IN
China = PROPN 4 obl NNP
. = PUNCT 4 punct .
`
	checkOnOff(t, round33Ents, func(o *Options) { o.noDrawnReaction = true }, []onOffCase{
		{"drew sharp criticism from China", drew, "111 CHN>DNK", ""},
		{"did not draw criticism from China", notDrawn, "", ""},
	})
}
