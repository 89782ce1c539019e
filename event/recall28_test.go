package event

import "testing"

// Tests of session 28's recall round (event/recall28.go), each rule on and
// switched off. Sentences written for the tests; trees as dyad's parser
// gives them.

var recall28Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"},
	{"Ugandan rebels", "NORP", "UGAREB"}, {"Garissa", "GPE", "KEN"},
	{"Ugandan counterpart", "NORP", "UGAGOV"}}

func TestSession28Recall(t *testing.T) {
	// "Ugandan rebels were arrested in the north by Kenya.": the parser
	// hangs the agent on the place.
	placed := `
Ugandan = PROPN 2 compound NNP
rebels rebel NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
arrested arrest VERB 0 root VBN
in = ADP 7 case IN
the = DET 7 det DT
north = NOUN 4 obl NN
by = ADP 9 case IN
Kenya = PROPN 7 nmod NNP
. = PUNCT 4 punct .`
	// the same with a town name: "in Garissa by Kenya"
	placedName := `
Ugandan = PROPN 2 compound NNP
rebels rebel NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
arrested arrest VERB 0 root VBN
in = ADP 6 case IN
Garissa = PROPN 4 obl NNP
by = ADP 8 case IN
Kenya = PROPN 6 nmod NNP
. = PUNCT 4 punct .`
	// stays: a "by" phrase on an attack noun is the attacker's already,
	// and one on a place of a verb in the active names no agent
	active := `
Kenya = PROPN 2 nsubj NNP
arrested arrest VERB 0 root VBD
Ugandan = PROPN 4 compound NNP
rebels rebel NOUN 2 obj NNS
in = ADP 6 case IN
Garissa = PROPN 2 obl NNP
by = ADP 8 case IN
Uganda = PROPN 6 nmod NNP
. = PUNCT 2 punct .`
	// "Ugandan rebels were kidnapped and killed by Kenya."
	shared := `
Ugandan = PROPN 2 compound NNP
rebels rebel NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
kidnapped kidnap VERB 0 root VBN
and = CCONJ 6 cc CC
killed kill VERB 4 conj VBN
by = ADP 8 case IN
Kenya = PROPN 6 obl:agent NNP
. = PUNCT 4 punct .`
	// stays: a conjunct with its own auxiliary is a clause of its own
	// ("were arrested and were then freed by Kenya")
	ownAux := `
Ugandan = PROPN 2 compound NNP
rebels rebel NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
arrested arrest VERB 0 root VBN
and = CCONJ 8 cc CC
were be AUX 8 aux:pass VBD
then = ADV 8 advmod RB
freed free VERB 4 conj VBN
by = ADP 10 case IN
Kenya = PROPN 8 obl:agent NNP
. = PUNCT 4 punct .`
	// "It was the first meeting between Kenya and Uganda."
	predicate := `
It = PRON 5 nsubj PRP
was be AUX 5 cop VBD
the = DET 5 det DT
first = ADJ 5 amod JJ
meeting = NOUN 0 root NN
between = ADP 7 case IN
Kenya = PROPN 5 nmod NNP
and = CCONJ 9 cc CC
Uganda = PROPN 7 conj NNP
. = PUNCT 5 punct .`
	// stays: a meeting still to come ("It will be the first meeting ...")
	future := `
It = PRON 6 nsubj PRP
will = AUX 6 aux MD
be be AUX 6 cop VB
the = DET 6 det DT
first = ADJ 6 amod JJ
meeting = NOUN 0 root NN
between = ADP 8 case IN
Kenya = PROPN 6 nmod NNP
and = CCONJ 10 cc CC
Uganda = PROPN 8 conj NNP
. = PUNCT 6 punct .`
	// "The deal came from a meeting between Kenya and Uganda."
	from := `
The = DET 2 det DT
deal = NOUN 3 nsubj NN
came come VERB 0 root VBD
from = ADP 6 case IN
a = DET 6 det DT
meeting = NOUN 3 obl NN
between = ADP 8 case IN
Kenya = PROPN 6 nmod NNP
and = CCONJ 10 cc CC
Uganda = PROPN 8 conj NNP
. = PUNCT 3 punct .`
	// "Kenya and Uganda are to hold talks.", parsed as a noun phrase
	beTo := `
Kenya = PROPN 0 root NNP
and = CCONJ 3 cc CC
Uganda = PROPN 1 conj NNP
are be AUX 3 appos VBP
to = PART 6 mark TO
hold hold VERB 4 acl VB
talks talk NOUN 6 obj NNS
. = PUNCT 1 punct .`
	// "Kenya met her Ugandan counterpart.", "her" parsed as the object
	her := `
Kenya = PROPN 2 nsubj NNP
met meet VERB 0 root VBD
her she PRON 2 obj PRP
Ugandan = PROPN 5 amod NNP
counterpart = NOUN 2 obl NN
. = PUNCT 2 punct .`
	// stays: a time word after "her" ("met her Monday")
	herDay := `
Kenya = PROPN 2 nsubj NNP
met meet VERB 0 root VBD
her she PRON 2 obj PRP
Monday = PROPN 2 obl NNP
in = ADP 6 case IN
Uganda = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	checkOnOff(t, recall28Ents, func(o *Options) { o.noHerPossessive = true }, []onOffCase{
		{"met her Ugandan counterpart", her, "040 KEN>UGAGOV", "040 KEN>-"},
		{"met her Monday in Uganda", herDay, "040 KEN>-", "040 KEN>-"},
	})
	checkOnOff(t, recall28Ents, func(o *Options) { o.noBeToNoun = true }, []onOffCase{
		{"are to hold talks", beTo, "036 KEN>UGA intended; 036 UGA>KEN intended", ""},
	})
	checkOnOff(t, recall28Ents, func(o *Options) { o.noPlacedAgent = true }, []onOffCase{
		{"arrested in the north by Kenya", placed, "173 KEN>UGAREB", ""},
		{"arrested in Garissa by Kenya", placedName, "173 KEN>UGAREB", ""},
		{"active verb, by phrase on its place", active, "173 KEN>UGAREB", "173 KEN>UGAREB"},
	})
	checkOnOff(t, recall28Ents, func(o *Options) { o.noSharedAgent = true }, []onOffCase{
		{"kidnapped and killed by Kenya", shared, "180 KEN>UGAREB; 190 KEN>UGAREB", "190 KEN>UGAREB"},
		{"arrested and were then freed by Kenya", ownAux, "080 KEN>UGAREB", "080 KEN>UGAREB"},
	})
	checkOnOff(t, recall28Ents, func(o *Options) { o.noPastMeeting = true }, []onOffCase{
		{"it was the first meeting between", predicate, "040 KEN>UGA; 040 UGA>KEN", ""},
		{"it will be the first meeting between", future, "", ""},
		{"came from a meeting between", from, "040 KEN>UGA; 040 UGA>KEN", ""},
	})
}
