package event

import "testing"

// Tests of session 34's everyday rules (event/everyday34.go). Sentences
// written for the tests; trees as dyad's parser gives them.

// A past-tense verb joined to a gerund under "denied" is the denier's own
// next act, not a second denied one: the blame is asserted (and no denial,
// 016, is made of it).
func TestEveryday34GerundNextAct(t *testing.T) {
	ents := [][3]string{{"Eritrea", "GPE", "ERI"}, {"Ethiopian troops", "NORP", "ETHMIL"}}
	blamed := `
Eritrea = PROPN 2 nsubj NNP
denied deny VERB 0 root VBD
starting start VERB 2 xcomp VBG
the = DET 5 det DT
fighting = NOUN 3 obj NN
and = CCONJ 7 cc CC
blamed blame VERB 3 conj VBN
Ethiopian = ADJ 9 amod JJ
troops troop NOUN 7 obj NNS
. = PUNCT 2 punct .`
	// two gerunds: both denied
	shelling := `
Eritrea = PROPN 2 nsubj NNP
denied deny VERB 0 root VBD
starting start VERB 2 xcomp VBG
the = DET 5 det DT
fighting = NOUN 3 obj NN
and = CCONJ 7 cc CC
shelling shell VERB 3 conj VBG
Ethiopian = ADJ 9 amod JJ
troops troop NOUN 7 obj NNS
. = PUNCT 2 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noGerundNextAct = true }, []onOffCase{
		{"denied starting and blamed", blamed, "112 ERI>ETHMIL", "016 ERI>ETHMIL; 112 ERI>ETHMIL neg"},
		{"denied starting and shelling", shelling, "016 ERI>ETHMIL; 194 ERI>ETHMIL neg", "016 ERI>ETHMIL; 194 ERI>ETHMIL neg"},
	})
}
