package event

import "testing"

// Tests of session 26's cuts of extra events (event/withpartner26.go).
// Sentences written for the tests; trees as dyad's parser gives them.

var withPartner26Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Tanzania", "GPE", "TZA"},
	{"Finland", "GPE", "FIN"}, {"NATO", "ORG", "IGOWSTNAT"}, {"China", "GPE", "CHN"}, {"Russia", "GPE", "RUS"},
	{"Ukraine", "GPE", "UKR"}, {"Kampala", "GPE", "UGA"}, {"Kenyan president", "PER", "KENGOV"},
	{"Ugandan president", "PER", "UGAGOV"}}

// TestSession26WithPartnerOneWay: an act of roots 03-06 done "with" a
// partner is the subject's, one way; parties named jointly, and a
// co-subject added by "together with", keep both ways.
func TestSession26WithPartnerOneWay(t *testing.T) {
	signedWith := `
Kenya = PROPN 2 nsubj NNP
signed sign VERB 0 root VBD
a = DET 5 det DT
trade = NOUN 5 compound NN
agreement = NOUN 2 obj NN
with = ADP 7 case IN
Uganda = PROPN 5 nmod NNP
on = ADP 9 case IN
Monday = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	cooperatedWith := `
Kenya = PROPN 2 nsubj NNP
cooperated cooperate VERB 0 root VBD
with = ADP 4 case IN
Uganda = PROPN 2 obl NNP
on = ADP 7 case IN
border = NOUN 7 compound NN
security = NOUN 2 obl NN
. = PUNCT 2 punct .`
	joint := `
Kenya = PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Uganda = PROPN 1 conj NNP
signed sign VERB 0 root VBD
a = DET 7 det DT
trade = NOUN 7 compound NN
agreement = NOUN 4 obj NN
on = ADP 9 case IN
Monday = PROPN 7 nmod NNP
. = PUNCT 4 punct .`
	together := `
Kenya = PROPN 7 nsubj NNP
, = PUNCT 5 punct ,
together = ADV 5 advmod RB
with = ADP 5 case IN
Uganda = PROPN 1 conj NNP
, = PUNCT 7 punct ,
signed sign VERB 0 root VBD
a = DET 10 det DT
trade = NOUN 10 compound NN
agreement = NOUN 7 obj NN
with = ADP 12 case IN
Tanzania = PROPN 10 nmod NNP
on = ADP 14 case IN
Monday = PROPN 7 obl NNP
. = PUNCT 7 punct .`
	checkOnOff(t, withPartner26Ents, func(o *Options) { o.noWithPartnerOneWay = true }, []onOffCase{
		{"signed an agreement with B", signedWith, "057 KEN>UGA", "057 KEN>UGA; 057 UGA>KEN"},
		{"cooperated with B", cooperatedWith, "060 KEN>UGA", "060 KEN>UGA; 060 UGA>KEN"},
		{"A and B signed", joint, "057 KEN>UGA; 057 UGA>KEN", "057 KEN>UGA; 057 UGA>KEN"},
		{"A, together with B, signed with C", together, "057 KEN>TZA; 057 UGA>TZA",
			"057 KEN>TZA; 057 TZA>KEN; 057 TZA>UGA; 057 UGA>TZA"},
	})
}

// TestSession26JoinedBody: joining an alliance is no meeting with it;
// joining talks with a partner still is.
func TestSession26JoinedBody(t *testing.T) {
	joinedNATO := `
Finland = PROPN 2 nsubj NNP
joined join VERB 0 root VBD
NATO = PROPN 2 obj NNP
in = ADP 5 case IN
April = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	joinedTalks := `
Kenya = PROPN 2 nsubj NNP
joined join VERB 0 root VBD
the = DET 4 det DT
talks talk NOUN 2 obj NNS
with = ADP 6 case IN
Uganda = PROPN 4 nmod NNP
on = ADP 8 case IN
Monday = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	checkOnOff(t, withPartner26Ents, func(o *Options) { o.noJoinedBody = true }, []onOffCase{
		{"joined NATO", joinedNATO, "", "040 FIN>IGOWSTNAT"},
		{"joined the talks with B", joinedTalks, "040 KEN>UGA", "040 KEN>UGA"},
	})
}

// TestSession26HistorySpan: an act told over the past years is history,
// not an event; one over the past week is still dated.
func TestSession26HistorySpan(t *testing.T) {
	src := `
Over over ADP 5 case IN
the = DET 5 det DT
past = ADJ 5 amod JJ
five = NUM 5 nummod CD
years year NOUN 9 obl NNS
, = PUNCT 5 punct ,
China = PROPN 9 nsubj NNP
has have AUX 9 aux VBZ
provided provide VERB 0 root VBN
loans loan NOUN 9 obj NNS
to = ADP 12 case IN
Kenya = PROPN 9 obl NNP
. = PUNCT 9 punct .`
	forYears := `
For for ADP 2 case IN
years year NOUN 6 obl NNS
, = PUNCT 2 punct ,
Russia = PROPN 6 nsubj NNP
has have AUX 6 aux VBZ
accused accuse VERB 0 root VBN
Ukraine = PROPN 6 obj NNP
of = SCONJ 9 mark IN
persecuting persecute VERB 7 acl VBG
Russian = ADJ 11 amod JJ
speakers speaker NOUN 9 obj NNS
. = PUNCT 6 punct .`
	week := `
Over over ADP 4 case IN
the = DET 4 det DT
past = ADJ 4 amod JJ
week = NOUN 8 obl NN
, = PUNCT 4 punct ,
China = PROPN 8 nsubj NNP
has have AUX 8 aux VBZ
provided provide VERB 0 root VBN
loans loan NOUN 8 obj NNS
to = ADP 11 case IN
Kenya = PROPN 8 obl NNP
. = PUNCT 8 punct .`
	off := func(o *Options) { o.noHistorySpan = true }
	checkOnOff(t, withPartner26Ents, off, []onOffCase{
		{"over the past five years", src, "", "070 CHN>KEN"},
		{"for years", forYears, "", "112 RUS>UKR"},
		{"over the past week", week, "070 CHN>KEN", "070 CHN>KEN"},
	})
}

// TestSession26UnrealisedPlan: what "was to have" happened did not; what
// "will" happen is a plan (036).
func TestSession26UnrealisedPlan(t *testing.T) {
	was := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 7 nsubj:outer NN
was be AUX 7 cop VBD
to = PART 7 mark TO
have = AUX 7 aux VB
travelled travel VERB 0 root VBN
to = ADP 9 case IN
Kampala = PROPN 7 obl NNP
on = ADP 11 case IN
Saturday = PROPN 7 obl NNP
for = ADP 14 case IN
a = DET 14 det DT
meeting = NOUN 7 obl NN
with = ADP 18 case IN
the = DET 18 det DT
Ugandan = ADJ 18 amod JJ
president = NOUN 14 nmod NN
. = PUNCT 7 punct .`
	will := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 5 nsubj NN
will = AUX 5 aux MD
travel = VERB 0 root VB
to = ADP 7 case IN
Kampala = PROPN 5 obl NNP
on = ADP 9 case IN
Saturday = PROPN 5 obl NNP
for = ADP 12 case IN
a = DET 12 det DT
meeting = NOUN 5 obl NN
with = ADP 16 case IN
the = DET 16 det DT
Ugandan = ADJ 16 amod JJ
president = NOUN 12 nmod NN
. = PUNCT 5 punct .`
	checkOnOff(t, withPartner26Ents, func(o *Options) { o.noUnrealisedPlan = true }, []onOffCase{
		{"was to have travelled for a meeting", was, "", "036 KENGOV>UGA intended; 036 KENGOV>UGAGOV intended"},
		{"will travel for a meeting", will, "036 KENGOV>UGA intended; 036 KENGOV>UGAGOV intended", "036 KENGOV>UGA intended; 036 KENGOV>UGAGOV intended"},
	})
}
