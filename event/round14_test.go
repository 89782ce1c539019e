package event

import "testing"

// Session 14 rules, each on sentences written for the test in the parse
// shape dyad's parser gives them; every case fails with its rule off.

// session14Ents are the actors of the session-14 test sentences.
var session14Ents = [][3]string{{"Kenyan President Mwai Kibaki", "PER", "KENGOV"},
	{"Ugandan President Yoweri Museveni", "PER", "UGAGOV"}, {"Kenyan Foreign Minister Raphael Tuju", "PER", "KENGOV"},
	{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Kampala", "GPE", "UGA"}, {"Kenyan", "NORP", "KEN"},
	{"Eriador", "GPE", "ERI"}, {"Security Council", "ORG", "IGOUNO"}, {"UN", "ORG", "IGOUNO"}}

// TestSession14GerundMeeting: "said this in an interview with reporters
// soon after meeting X" (the gerund hung on a noun, mended into a clause
// of the verb) and "spoke to reporters after meeting X" report the
// meeting; "after leaving Uganda" still only sets the scene.
func TestSession14GerundMeeting(t *testing.T) {
	checkOnOff(t, session14Ents, func(o *Options) { o.noGerundOnNoun = true }, []onOffCase{
		{"gerund on a noun", `
Kenyan Kenyan ADJ 5 advmod JJ
President President PROPN 3 nmod:desc NNP
Mwai Mwai PROPN 5 nsubj NNP
Kibaki Kibaki PROPN 3 flat NNP
said say VERB 0 root VBD
this = PRON 5 obj DT
in = ADP 9 case IN
an a DET 9 det DT
interview = NOUN 5 obl NN
with = ADP 11 case IN
reporters reporter NOUN 9 nmod NNS
soon = ADV 14 advmod RB
after = SCONJ 14 mark IN
meeting meet VERB 9 acl VBG
Ugandan Ugandan ADJ 18 amod JJ
President President PROPN 17 nmod:desc NNP
Yoweri Yoweri PROPN 18 compound NNP
Museveni Museveni PROPN 14 obj NNP
at = ADP 21 case IN
State State PROPN 21 compound NNP
House House PROPN 18 nmod NNP
. = PUNCT 5 punct .`, "040 KENGOV>UGAGOV", ""},
	})
	checkOnOff(t, session14Ents, func(o *Options) { o.noConsultGerund = true }, []onOffCase{
		{"after meeting", `
Kenyan Kenyan ADJ 5 nsubj JJ
President President PROPN 3 nmod:desc NNP
Mwai Mwai PROPN 5 nsubj NNP
Kibaki Kibaki PROPN 3 flat NNP
spoke speak VERB 0 root VBD
to = ADP 7 case IN
reporters reporter NOUN 5 obl NNS
soon = ADV 5 advmod RB
after = SCONJ 10 mark IN
meeting meet VERB 5 advcl VBG
Ugandan Ugandan ADJ 14 amod JJ
President President PROPN 13 nmod:desc NNP
Yoweri Yoweri PROPN 14 compound NNP
Museveni Museveni PROPN 10 obj NNP
at = ADP 17 case IN
State State PROPN 17 compound NNP
House House PROPN 14 nmod NNP
. = PUNCT 5 punct .`, "040 KENGOV>UGAGOV", ""},
		{"after leaving", `
Kenyan Kenyan ADJ 5 nsubj JJ
President President PROPN 3 nmod:desc NNP
Mwai Mwai PROPN 5 nsubj NNP
Kibaki Kibaki PROPN 3 flat NNP
spoke speak VERB 0 root VBD
to = ADP 7 case IN
reporters reporter NOUN 5 obl NNS
soon = ADV 5 advmod RB
after = SCONJ 10 mark IN
leaving leave VERB 5 advcl VBG
Uganda Uganda PROPN 10 obj NNP
. = PUNCT 5 punct .`, "", ""},
	})
}

// TestSession14Pairs: a coordinated subject's "their relations" leaves
// its members acting on each other; "are determined to" is an intention.
func TestSession14Pairs(t *testing.T) {
	// "their" as the document's coreference resolves it: to one member.
	ents := append([][3]string{{"their", "GPE", "UGA"}}, session14Ents...)
	checkOnOff(t, ents, func(o *Options) { o.noOwnTargets = true }, []onOffCase{
		{"their relations", `
Kenya Kenya PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Uganda Uganda PROPN 1 conj NNP
pledged pledge VERB 0 root VBD
to = PART 6 mark TO
deepen = VERB 4 xcomp VB
their = PRON 8 nmod:poss PRP$
relations relation NOUN 6 obj NNS
. = PUNCT 4 punct .`, "030 KEN>UGA intended; 030 UGA>KEN intended", "030 KEN>UGA intended"},
	})
	checkOnOff(t, session14Ents, func(o *Options) { o.noIntentAdjective = true }, []onOffCase{
		{"determined to", `
Kenyan Kenyan ADJ 4 amod JJ
Foreign = ADJ 3 amod JJ
Minister Minister PROPN 4 nmod:desc NNP
Raphael Raphael PROPN 6 nsubj NNP
Tuju Tuju PROPN 4 flat NNP
said say VERB 0 root VBD
that = SCONJ 12 mark IN
Kenya Kenya PROPN 12 nsubj NNP
and = CCONJ 10 cc CC
Uganda Uganda PROPN 8 conj NNP
are be AUX 12 cop VBP
determined = ADJ 6 ccomp JJ
to = PART 14 mark TO
improve = VERB 12 xcomp VB
their = PRON 17 nmod:poss PRP$
economic = ADJ 17 amod JJ
ties tie NOUN 14 obj NNS
. = PUNCT 6 punct .`, "0311 KEN>UGA intended; 0311 UGA>KEN intended", "050 KEN>UGA; 050 UGA>KEN"},
	})
}

// TestSession14DescribedEvent: an event described, not told, is not coded
// again.
func TestSession14DescribedEvent(t *testing.T) {
	ents := append([][3]string{{"She", "PER", "KENGOV"}, {"her", "PER", "KENGOV"}}, session14Ents...)
	checkOnOff(t, ents, func(o *Options) { o.noDescribedEvent = true }, []onOffCase{
		{"this is the first visit", `
This = PRON 6 nsubj DT
is be AUX 6 cop VBZ
the = DET 6 det DT
first = ADJ 6 amod JJ
high-level = ADJ 6 amod JJ
visit = NOUN 0 root NN
between = ADP 8 case IN
Kenya Kenya PROPN 6 nmod NNP
and = CCONJ 10 cc CC
Uganda Uganda PROPN 8 conj NNP
since = ADP 12 case IN
1990 = NUM 6 nmod CD
. = PUNCT 6 punct .`, "", "042 KEN>UGA; 042 UGA>KEN"},
		{"her visit is a signal", `
She = PRON 2 nsubj PRP
said say VERB 0 root VBD
her = PRON 4 nmod:poss PRP$
visit = NOUN 9 nsubj NN
to = ADP 6 case IN
Kampala Kampala PROPN 4 nmod NNP
is be AUX 9 cop VBZ
a = DET 9 det DT
signal = NOUN 2 ccomp NN
of = ADP 12 case IN
Kenyan Kenyan PROPN 12 compound NNP
support = NOUN 9 nmod NN
for = ADP 16 case IN
the = DET 16 det DT
peace = NOUN 16 compound NN
talks talk NOUN 12 nmod NNS
. = PUNCT 2 punct .`, "", "042 KENGOV>UGA"},
	})
}

// TestSession14Appeals: support for an actor's efforts is endorsement; an
// appeal or demand to lift sanctions is 0254 or 1054; the appeal, not the
// act it asks for, codes "appealed to X to lift".
func TestSession14Appeals(t *testing.T) {
	checkOnOff(t, session14Ents, func(o *Options) { o.noEndorseConduct = true }, []onOffCase{
		{"supports the efforts of", `
Kenya Kenya PROPN 2 nsubj NNP
supports support VERB 0 root VBZ
the = DET 4 det DT
efforts effort NOUN 2 obj NNS
of = ADP 6 case IN
Uganda Uganda PROPN 4 nmod NNP
to = PART 8 mark TO
end = VERB 2 obl VB
the = DET 10 det DT
war = NOUN 8 obj NN
. = PUNCT 2 punct .`, "051 KEN>UGA", "050 KEN>UGA"},
	})
	checkOnOff(t, session14Ents, func(o *Options) { o.noSanctionsLifted = true }, []onOffCase{
		{"urged to lift the sanctions", `
Eriador Eriador PROPN 2 nsubj NNP
urged urge VERB 0 root VBD
the = DET 5 det DT
Security Security PROPN 5 compound NNP
Council Council PROPN 2 iobj NNP
to = PART 7 mark TO
lift = VERB 2 xcomp VB
the = DET 9 det DT
sanctions sanction NOUN 7 obj NNS
against = ADP 11 case IN
it = PRON 7 obl PRP
. = PUNCT 2 punct .`, "0254 ERI>IGOUNO", "020 ERI>IGOUNO"},
		{"insisted that sanctions be lifted", `
Eriador Eriador PROPN 2 nsubj NNP
insisted insist VERB 0 root VBD
on = ADP 4 case IN
Monday Monday PROPN 2 obl NNP
that = PRON 10 mark WDT
UN UN PROPN 7 compound NNP
sanctions sanction NOUN 10 nsubj:pass NNS
must = AUX 10 aux MD
be = AUX 10 aux:pass VB
lifted lift VERB 2 ccomp VBN
. = PUNCT 2 punct .`, "1054 ERI>IGOUNO; 163 IGOUNO>-", "100 ERI>IGOUNO; 163 IGOUNO>-"},
	})
	checkOnOff(t, session14Ents, func(o *Options) { o.noAppealGoverns = true }, []onOffCase{
		{"appealed to X to lift", `
Eriador Eriador PROPN 2 nsubj NNP
appealed appeal VERB 0 root VBD
to = ADP 6 case IN
the = DET 6 det DT
Security Security PROPN 6 compound NNP
Council Council PROPN 2 obl NNP
on = ADP 8 case IN
Wednesday Wednesday PROPN 6 nmod NNP
to = PART 10 mark TO
lift = VERB 2 advcl VB
the = DET 12 det DT
sanctions sanction NOUN 10 obj NNS
against = ADP 14 case IN
it = PRON 10 obl PRP
. = PUNCT 2 punct .`, "0254 ERI>IGOUNO", "0351 ERI>-"},
	})
}
