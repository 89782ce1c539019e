package event

import "testing"

// Tests of session 35's everyday rules (event/everyday35.go). Sentences
// written for the tests; trees as dyad's parser gives them.

// "was unable to reach a deal" tells of a deal not reached: negated, as
// "failed to reach" is.
func TestEveryday35UnableTo(t *testing.T) {
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}}
	unable := `
Kenya = PROPN 3 nsubj NNP
was be AUX 3 cop VBD
unable = ADJ 0 root JJ
to = PART 5 mark TO
reach = VERB 3 xcomp VB
a = DET 7 det DT
deal = NOUN 5 obj NN
with = ADP 9 case IN
Uganda = PROPN 7 nmod NNP
. = PUNCT 3 punct .`
	able := `
Kenya = PROPN 3 nsubj NNP
was be AUX 3 cop VBD
able = ADJ 0 root JJ
to = PART 5 mark TO
reach = VERB 3 xcomp VB
a = DET 7 det DT
deal = NOUN 5 obj NN
with = ADP 9 case IN
Uganda = PROPN 7 nmod NNP
. = PUNCT 3 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noUnableNeg = true }, []onOffCase{
		{"unable to reach", unable, "030 KEN>UGA neg", "030 KEN>UGA"},
		{"able to reach", able, "030 KEN>UGA", "030 KEN>UGA"},
	})
}

// "will not hand over the soldiers accused of beating a student": the
// soldiers are the accused (a reduced relative the parser made a clause
// with them as its subject), the accuser unnamed: no accusation by the
// soldiers. An accusation with its object is still one.
func TestEveryday35ReducedAccusation(t *testing.T) {
	ents := [][3]string{{"Uganda", "GPE", "UGA"}, {"Ugandan soldiers", "NORP", "UGAMIL"}, {"Kenyan student", "NORP", "KENEDU"}, {"Kenya", "GPE", "KEN"}}
	reduced := `
Uganda = PROPN 4 nsubj NNP
will = AUX 4 aux MD
not = PART 4 advmod RB
hand = VERB 0 root VB
over = ADP 8 case IN
the = DET 8 det DT
Ugandan = PROPN 8 compound NNP
soldiers soldier NOUN 9 nsubj NNS
accused accuse VERB 4 ccomp VBD
of = SCONJ 11 mark IN
beating beat VERB 9 advcl VBG
a = DET 14 det DT
Kenyan = PROPN 14 compound NNP
student = NOUN 11 obj NN
. = PUNCT 4 punct .`
	active := `
Kenya = PROPN 2 nsubj NNP
accused accuse VERB 0 root VBD
Ugandan = PROPN 4 compound NNP
soldiers soldier NOUN 2 obj NNS
of = SCONJ 6 mark IN
beating beat VERB 2 advcl VBG
a = DET 9 det DT
Kenyan = PROPN 9 compound NNP
student = NOUN 6 obj NN
. = PUNCT 2 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noReducedAccusation = true }, []onOffCase{
		{"soldiers accused of", reduced, "", "112 UGAMIL>-"},
		{"accused soldiers of", active, "112 KEN>UGAMIL", "112 KEN>UGAMIL"},
	})
}

// People who "can travel through the pass" move; with no host named there
// is no visit (042). Travel to a country named keeps its visit.
func TestEveryday35TravelTargetless(t *testing.T) {
	ents := [][3]string{{"Tibetan pilgrims", "NORP", "CHNREL"}, {"Nepal", "GPE", "NPL"}}
	through := `
Tibetan = PROPN 2 compound NNP
pilgrims pilgrim NOUN 4 nsubj NNS
can = AUX 4 aux MD
travel = VERB 0 root VB
through = ADP 7 case IN
the = DET 7 det DT
pass = NOUN 4 obl NN
in = ADP 10 case IN
both = DET 10 det DT
directions direction NOUN 7 nmod NNS
. = PUNCT 4 punct .`
	to := `
Tibetan = PROPN 2 compound NNP
pilgrims pilgrim NOUN 3 nsubj NNS
travelled travel VERB 0 root VBD
to = ADP 5 case IN
Nepal = PROPN 3 obl NNP
. = PUNCT 3 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noTravelTargetless = true }, []onOffCase{
		{"travel through the pass", through, "", "042 CHNREL>- hypothetical"},
		{"travelled to Nepal", to, "042 CHNREL>NPL", "042 CHNREL>NPL"},
	})
}

// "discussed the joint report of the president": the report's author is
// no partner of the cabinet; "discussed the crisis with the president"
// keeps its partner.
func TestEveryday35DiscussedOwner(t *testing.T) {
	ents := [][3]string{{"Kenyan cabinet", "ORG", "KENGOV"}, {"Ugandan president", "PER", "UGAGOV"}}
	report := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
cabinet = NOUN 4 nsubj NN
discussed discuss VERB 0 root VBD
the = DET 7 det DT
joint = ADJ 7 amod JJ
report = NOUN 4 obj NN
of = ADP 11 case IN
the = DET 11 det DT
Ugandan = ADJ 11 amod JJ
president = NOUN 7 nmod NN
. = PUNCT 4 punct .`
	with := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
cabinet = NOUN 4 nsubj NN
discussed discuss VERB 0 root VBD
the = DET 6 det DT
crisis = NOUN 4 obj NN
with = ADP 10 case IN
the = DET 10 det DT
Ugandan = ADJ 10 amod JJ
president = NOUN 6 nmod NN
. = PUNCT 4 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noDiscussedOwner = true }, []onOffCase{
		{"report of the president", report, "", "040 KENGOV>UGAGOV"},
		{"crisis with the president", with, "040 KENGOV>UGAGOV", "040 KENGOV>UGAGOV"},
	})
}
