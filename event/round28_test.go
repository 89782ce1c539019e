package event

import "testing"

// Tests of session 28's events round (event/round28.go), each rule on and
// switched off. Sentences written for the tests; trees as dyad's parser
// gives them (the deep-doer tree hangs "by" on the last noun, as the parser
// does in longer sentences of that shape).

var round28Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Somalia", "GPE", "SOM"},
	{"Kenyan troops", "NORP", "KENMIL"}, {"Ugandan rebels", "NORP", "UGAREB"}, {"Kenyan president", "NORP", "KENGOV"}}

func TestSession28Rules(t *testing.T) {
	clash := `
Clashes clash VERB 0 root VBZ
erupted erupt VERB 1 xcomp VBN
on = ADP 4 case IN
Friday = PROPN 2 obl NNP
between = ADP 7 case IN
Kenyan = PROPN 7 compound NNP
troops = NOUN 2 obl NNS
and = CCONJ 10 cc CC
Ugandan = PROPN 10 compound NNP
rebels rebel NOUN 7 conj NNS
. = PUNCT 1 punct .`
	fighting := `
Fighting fight VERB 0 root VBG
broke break VERB 1 obj VBD
out = ADP 2 compound:prt RP
between = ADP 6 case IN
Kenyan = PROPN 6 compound NNP
troops = NOUN 2 obl NNS
and = CCONJ 9 cc CC
Ugandan = ADJ 9 amod JJ
rebels rebel NOUN 6 conj NNS
on = ADP 11 case IN
Friday = PROPN 1 obl NNP
. = PUNCT 1 punct .`
	couldClash := `
Kenya = PROPN 2 nsubj NNP
said say VERB 0 root VBD
clashes clash NOUN 5 nsubj NNS
could = AUX 5 aux MD
erupt = VERB 2 ccomp VB
between = ADP 8 case IN
Kenyan = PROPN 8 compound NNP
troops = NOUN 5 obl NNS
and = CCONJ 11 cc CC
Ugandan = PROPN 11 compound NNP
rebels rebel NOUN 8 conj NNS
. = PUNCT 2 punct .`
	visit := `
Kenya = PROPN 2 nsubj NNP
said say VERB 0 root VBD
on = ADP 4 case IN
Monday = PROPN 2 obl NNP
after = ADP 7 case IN
a = DET 7 det DT
visit = NOUN 2 obl NN
to = ADP 9 case IN
Uganda = PROPN 7 nmod NNP
that = DET 11 det DT
trade = NOUN 13 nsubj NN
would = AUX 13 aux MD
grow = VERB 7 acl:relcl VB
. = PUNCT 2 punct .`
	willRest := `
Kenya = PROPN 3 nsubj NNP
will = AUX 3 aux MD
rest = VERB 0 root VB
after = ADP 6 case IN
a = DET 6 det DT
visit = NOUN 3 obl NN
to = ADP 8 case IN
Uganda = PROPN 6 nmod NNP
. = PUNCT 3 punct .`
	withdrawal := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
promised promise VERB 0 root VBD
the = DET 6 det DT
withdrawal = NOUN 4 obj NN
of = ADP 9 case IN
Kenyan = PROPN 9 compound NNP
troops = NOUN 6 nmod NNS
from = ADP 11 case IN
Somalia = PROPN 4 obl NNP
. = PUNCT 4 punct .`
	deepDoer := `
Kenya = PROPN 2 nsubj NNP
rejects reject VERB 0 root VBZ
the = DET 4 det DT
interference = NOUN 2 obj NN
of = ADP 7 case IN
internal = ADJ 7 amod JJ
affairs affair NOUN 4 nmod NNS
of = ADP 9 case IN
Uganda = PROPN 7 nmod NNP
by = ADP 11 case IN
Somalia = PROPN 9 nmod NNP
. = PUNCT 2 punct .`
	checkOnOff(t, round28Ents, func(o *Options) { o.noClashBetween = true }, []onOffCase{
		{"clashes erupted between", clash, "190 KENMIL>UGAREB; 190 UGAREB>KENMIL", ""},
		{"fighting broke out between", fighting, "190 KENMIL>UGAREB; 190 UGAREB>KENMIL", ""},
		{"clashes could erupt between", couldClash, "", ""},
	})
	checkOnOff(t, round28Ents, func(o *Options) { o.noVisitScene = true }, []onOffCase{
		{"said after a visit to", visit, "042 KEN>UGA", ""},
		{"will rest after a visit to", willRest, "", ""},
	})
	checkOnOff(t, round28Ents, func(o *Options) { o.noWithdrawalFrom = true }, []onOffCase{
		{"promised the withdrawal of troops from", withdrawal, "0356 KENGOV>SOM", "030 KENGOV>KENMIL"},
	})
	checkOnOff(t, round28Ents, func(o *Options) { o.noDeepDoer = true }, []onOffCase{
		{"rejects the interference of affairs of Uganda by Somalia", deepDoer, "111 KEN>SOM", "111 KEN>UGA"},
	})
}
