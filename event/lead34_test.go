package event

import "testing"

// Tests of session 34's lead rules (event/lead34.go). Sentences written for
// the tests; trees as dyad's parser gives them.
func TestLead34BareInfinitive(t *testing.T) {
	ents := [][3]string{{"The Russian government", "ORG", "RUSGOV"}, {"Chinese officials", "NORP", "CHNGOV"}}
	// "managed to": the bare "- pp:to" of OVERSEE_MANAGE read the
	// infinitive as a journey (042)
	managed := `
The the DET 3 det DT
Russian = ADJ 3 amod JJ
government = NOUN 4 nsubj NN
managed manage VERB 0 root VBD
to = PART 6 mark TO
collect = VERB 4 xcomp VB
more = ADJ 8 amod JJR
taxes tax NOUN 6 obj NNS
. = PUNCT 4 punct .`
	// a phrase of place still makes the journey
	headed := `
The the DET 3 det DT
Russian = ADJ 3 amod JJ
government = NOUN 4 nsubj NN
headed head VERB 0 root VBD
to = ADP 7 case IN
Chinese = ADJ 7 amod JJ
officials official NOUN 4 obl NNS
. = PUNCT 4 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noBareInfinitive = true }, []onOffCase{
		{"managed to collect", managed, "", "042 RUSGOV>-"},
		{"headed to officials", headed, "042 RUSGOV>CHNGOV", "042 RUSGOV>CHNGOV"},
	})
}

// A relative clause after a comma on the main verb's object, parsed as a
// conjunct: the relative word stands for the object, the pronoun subject
// for the main subject. (The events round's whomAntecedent, session 34,
// also reads "whom" as the noun: off with the rule to show its work.)
func TestLead34TrailingRelative(t *testing.T) {
	ents := [][3]string{{"Abiy", "PER", "ETHGOV"}, {"Egypt", "GPE", "EGY"}, {"he", "PER", "ETHGOV"},
		{"Ruto", "PER", "KENGOV"}, {"rebels", "NORP", "ETHREB"}, {"army", "ORG", "ETHMIL"}}
	accused := `
Abiy = PROPN 2 nsubj NNP
criticised criticise VERB 0 root VBD
Egypt = PROPN 2 obj NNP
, = PUNCT 7 punct ,
which = PRON 7 obj WDT
he = PRON 7 nsubj PRP
accused accuse VERB 2 conj VBD
of = SCONJ 9 mark IN
blocking block VERB 7 advcl VBG
the = DET 11 det DT
talks talk NOUN 9 obj NNS
. = PUNCT 2 punct .`
	thanked := `
Abiy = PROPN 2 nsubj NNP
met meet VERB 0 root VBD
Ruto = PROPN 2 obj NNP
, = PUNCT 7 punct ,
whom = PRON 7 obl WP
he = PRON 7 nsubj PRP
thanked thank VERB 2 conj VBD
for = ADP 10 case IN
his = PRON 10 nmod:poss PRP$
support = NOUN 7 obl NN
. = PUNCT 2 punct .`
	// another's accusation in a "whom" clause is coded as before
	// (asideWhomAccused, session 21), now with its target
	others := `
Abiy = PROPN 2 nsubj NNP
criticised criticise VERB 0 root VBD
the = DET 4 det DT
rebels rebel NOUN 2 obj NNS
, = PUNCT 9 punct ,
whom = PRON 9 obl WP
the = DET 8 det DT
army = NOUN 9 nsubj NN
accused accuse VERB 2 conj VBD
of = SCONJ 11 mark IN
blocking block VERB 9 advcl VBG
the = DET 13 det DT
talks talk NOUN 11 obj NNS
. = PUNCT 2 punct .`
	checkOnOff(t, ents, func(o *Options) {
		o.noTrailingRelative, o.noRelativeObjectSubject, o.noWhomAntecedent = true, true, true
	}, []onOffCase{
		{"which he accused", accused, "111 ETHGOV>EGY; 112 ETHGOV>EGY", "111 ETHGOV>EGY; 112 ETHGOV>-"},
		{"whom he thanked", thanked, "040 ETHGOV>KENGOV; 051 ETHGOV>KENGOV", "040 ETHGOV>KENGOV; 051 ETHGOV>-"},
		{"whom the army accused", others, "111 ETHGOV>ETHREB; 112 ETHMIL>ETHREB", "111 ETHGOV>ETHREB; 112 ETHMIL>-"},
	})
}
