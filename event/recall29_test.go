package event

import "testing"

// Tests of session 29's recall round (event/recall29.go), each rule on and
// switched off. Sentences written for the tests; trees as dyad's parser
// gives them.

var recall29Ents = [][3]string{{"Ugandan President Museveni", "PER", "UGAGOV"}, {"Kenya 's president", "PER", "KENGOV"}, {"Kenya", "GPE", "KEN"},
	{"Uganda", "GPE", "UGA"}, {"Kampala", "GPE", "UGA"}, {"Somali", "NORP", "SOM"}, {"Kenyans", "NORP", "KEN"}}

func TestSession29Recall(t *testing.T) {
	// "Kenya received a phone call from Ugandan President Museveni.": the
	// parser hangs "from" on the title's first word
	nameCase := `
Kenya = PROPN 2 nsubj NNP
received receive VERB 0 root VBD
a = DET 5 det DT
phone = NOUN 5 compound NN
call = NOUN 2 obj NN
from = ADP 7 case IN
Ugandan = PROPN 9 compound NNP
President = PROPN 9 compound NNP
Museveni = PROPN 5 nmod NNP
. = PUNCT 2 punct .`
	// stays: "in" on a place that the parser made a compound of the
	// weekday after it ("will arrive in Kampala Thursday"): the weekday is
	// no part of the place's entity
	dayCase := `
Kenya = PROPN 3 nmod:poss NNP
's = PART 1 case POS
president = NOUN 5 nsubj NN
will = AUX 5 aux MD
arrive = VERB 0 root VB
in = ADP 8 case IN
Kampala = PROPN 8 compound NNP
Thursday = PROPN 5 obl NNP
. = PUNCT 5 punct .`
	// "Five Kenyans were killed in a Somali air raid against Kenya.":
	// "raid" tagged as a verb
	airRaid := `
Five five NUM 2 nummod CD
Kenyans kenyan NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 8 case IN
a = DET 8 det DT
Somali = PROPN 8 compound NNP
air = NOUN 4 obl NN
raid = VERB 4 advcl VBD
against = ADP 11 case IN
Kenya = PROPN 9 obl NNP
. = PUNCT 4 punct .`
	// "Kenya's president was quoted as saying at a meeting with visiting
	// Ugandan President Museveni that trade would grow."
	quoted := `
Kenya = PROPN 3 nmod:poss NNP
's = PART 1 case POS
president = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
quoted quote VERB 0 root VBN
as = SCONJ 7 mark IN
saying say VERB 5 advcl VBG
at = ADP 10 case IN
a = DET 10 det DT
meeting = NOUN 7 obl NN
with = SCONJ 12 mark IN
visiting visit VERB 7 advcl VBG
Ugandan = PROPN 14 compound NNP
President = PROPN 15 compound NNP
Museveni = PROPN 12 obj NNP
that = SCONJ 19 obj IN
trade = NOUN 19 nsubj NN
would = AUX 19 aux MD
grow = VERB 12 ccomp VB
. = PUNCT 5 punct .`
	// "The deal, signed between Kenya and Uganda, opens the border."
	aside := `
The the DET 2 det DT
deal = NOUN 10 nsubj NN
, = PUNCT 4 punct ,
signed sign VERB 2 acl VBN
between = ADP 6 case IN
Kenya = PROPN 4 obl NNP
and = CCONJ 8 cc CC
Uganda = PROPN 6 conj NNP
, = PUNCT 2 punct ,
opens open VERB 0 root VBZ
the = DET 12 det DT
border = NOUN 10 obj NN
. = PUNCT 10 punct .`
	// "The accord, which was signed by Kenya and Uganda on Monday, opens
	// the border."
	asideRelative := `
The the DET 2 det DT
accord = NOUN 14 nsubj NN
, = PUNCT 6 punct ,
which = PRON 6 nsubj:pass WDT
was be AUX 6 aux:pass VBD
signed sign VERB 2 acl:relcl VBN
by = ADP 8 case IN
Kenya = PROPN 6 obl:agent NNP
and = CCONJ 10 cc CC
Uganda = PROPN 8 conj NNP
on = ADP 12 case IN
Monday = PROPN 8 nmod NNP
, = PUNCT 12 punct ,
opens open VERB 0 root VBZ
the = DET 16 det DT
border = NOUN 14 obj NN
. = PUNCT 14 punct .`
	// stays: a restrictive modifier is background ("The deal signed by
	// Kenya and Uganda last year is in force.")
	restrictive := `
The the DET 2 det DT
deal = NOUN 12 nsubj NN
signed sign VERB 2 acl VBN
by = ADP 5 case IN
Kenya = PROPN 3 obl:agent NNP
and = CCONJ 7 cc CC
Uganda = PROPN 5 conj NNP
last = ADJ 9 amod JJ
year = NOUN 3 obl:unmarked NN
is be AUX 12 cop VBZ
in = ADP 12 case IN
force = NOUN 0 root NN
. = PUNCT 12 punct .`
	checkOnOff(t, recall29Ents, func(o *Options) { o.noNameCase = true }, []onOffCase{
		{"a call from Ugandan President X", nameCase, "041 UGAGOV>KEN", ""},
		{"arrive in Kampala Thursday", dayCase, "036 KENGOV>- intended", "036 KENGOV>- intended"},
	})
	checkOnOff(t, recall29Ents, func(o *Options) { o.noAirRaidVerb = true }, []onOffCase{
		{"killed in a Somali air raid against", airRaid, "195 SOM>KEN", ""},
	})
	checkOnOff(t, recall29Ents, func(o *Options) { o.noQuotedSpeaker = true }, []onOffCase{
		{"was quoted as saying at a meeting with", quoted, "040 KENGOV>UGAGOV", ""},
	})
	checkOnOff(t, recall29Ents, func(o *Options) { o.noSignedAside = true }, []onOffCase{
		{"the deal, signed between", aside, "057 KEN>UGA; 057 UGA>KEN", ""},
		{"the accord, which was signed by", asideRelative, "057 KEN>UGA; 057 UGA>KEN", ""},
		{"the deal signed by ... is in force", restrictive, "", ""},
	})
}
