package event

import "testing"

// Tests of session 27's events round (event/round27.go), each rule on and
// switched off. Sentences written for the tests; trees as dyad's parser
// gives them.

var round27Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Rwanda", "GPE", "RWA"},
	{"Tanzania", "GPE", "TZA"}, {"Ugandan rebels", "NORP", "UGAREB"}}

func TestSession27Rules(t *testing.T) {
	others := `
Kenya = PROPN 2 nsubj NNP
killed kill VERB 0 root VBD
two = NUM 5 nummod CD
Ugandan = PROPN 5 compound NNP
rebels rebel NOUN 2 obj NNS
and = CCONJ 7 cc CC
arrested arrest VERB 2 conj VBD
five = NUM 9 nummod CD
others other NOUN 7 obj NNS
. = PUNCT 2 punct .`
	shown := `
Kenya = PROPN 2 nsubj NNP
demonstrated demonstrate VERB 0 root VBD
its = PRON 4 nmod:poss PRP$
respect = NOUN 2 obj NN
for = ADP 6 case IN
Uganda = PROPN 4 nmod NNP
. = PUNCT 2 punct .`
	praised := `
Kenya = PROPN 2 nsubj NNP
welcomed welcome VERB 0 root VBD
the = DET 4 det DT
agreement = NOUN 2 obj NN
reached reach VERB 4 acl VBN
by = ADP 7 case IN
Uganda = PROPN 5 obl:agent NNP
and = CCONJ 9 cc CC
Rwanda = PROPN 7 conj NNP
. = PUNCT 2 punct .`
	issued := `
Kenya = PROPN 2 nsubj NNP
issued issue VERB 0 root VBD
a = DET 4 det DT
statement = NOUN 2 obj NN
that = PRON 6 nsubj WDT
condemned condemn VERB 4 acl:relcl VBD
Uganda = PROPN 6 obj NNP
. = PUNCT 2 punct .`
	checkOnOff(t, round27Ents, func(o *Options) { o.noIssuedRelative = true }, []onOffCase{
		{"issued a statement that condemned", issued, "111 KEN>UGA", ""},
	})
	checkOnOff(t, round27Ents, func(o *Options) { o.noOthersTarget = true }, []onOffCase{
		{"arrested five others", others, "173 KEN>UGAREB; 190 KEN>UGAREB", "173 KEN>-; 190 KEN>UGAREB"},
	})
	checkOnOff(t, round27Ents, func(o *Options) { o.noShownDemonstration = true }, []onOffCase{
		{"demonstrated its respect", shown, "", "141 KEN>UGA"},
	})
	checkOnOff(t, round27Ents, func(o *Options) { o.noPraisedParties = true }, []onOffCase{
		{"welcomed the agreement reached by A and B", praised, "051 KEN>RWA; 051 KEN>UGA", "051 KEN>-"},
	})
}
