package event

import "testing"

// TestLead33ChargedDeed: what one is charged with, found guilty of or
// arrested for is no act of the prosecutors, the court or the police.
func TestLead33ChargedDeed(t *testing.T) {
	ents := [][3]string{{"Prosecutors", "ORG", "SENJUD"}, {"Kane", "PER", "SENOPP"}, {"police", "ORG", "SENCOP"},
		{"the president", "PER", "SENGOV"}}
	charged := `
Prosecutors prosecutor NOUN 2 nsubj NNS
charged charge VERB 0 root VBD
Kane = PROPN 2 obj NNP
with = SCONJ 5 mark IN
threatening threaten VERB 2 advcl VBG
the = DET 7 det DT
president = NOUN 5 obj NN
. = PUNCT 2 punct .`
	arrested := `
The the DET 2 det DT
police = NOUN 3 nsubj NN
arrested arrest VERB 0 root VBD
Kane = PROPN 3 obj NNP
for = SCONJ 6 mark IN
calling call VERB 3 advcl VBG
for = ADP 8 case IN
calm = NOUN 6 obl NN
and = CCONJ 10 cc CC
demanding demand VERB 6 conj VBG
the = DET 13 det DT
president = NOUN 13 nmod:poss NN
resignation = NOUN 10 obj NN
. = PUNCT 3 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noChargedDeed = true }, []onOffCase{
		{"charged with threatening", charged, "173 SENJUD>SENOPP", "130 SENJUD>SENGOV; 173 SENJUD>SENOPP"},
		{"arrested for calling and demanding", arrested, "173 SENCOP>SENOPP", "1041 SENCOP>SENGOV; 173 SENCOP>SENOPP"},
	})
}

// TestLead33CitedForce: citing an attack is no attack by the one citing.
func TestLead33CitedForce(t *testing.T) {
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Ugandan rebels", "NORP", "UGAREB"}}
	src := `
Kenya = PROPN 2 nsubj NNP
closed close VERB 0 root VBD
its its PRON 4 nmod:poss PRP$
border = NOUN 2 obj NN
with = ADP 6 case IN
Uganda = PROPN 4 nmod NNP
, = PUNCT 8 punct ,
citing cite VERB 2 advcl VBG
an a DET 10 det DT
attack = NOUN 8 obj NN
by = ADP 13 case IN
Ugandan = ADJ 13 amod JJ
rebels rebel NOUN 10 nmod NNS
. = PUNCT 2 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noCitedForce = true }, []onOffCase{
		{"citing an attack", src, "191 KEN>UGA", "190 KEN>UGAREB; 191 KEN>UGA"},
	})
}
