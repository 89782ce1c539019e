package event

import "testing"

// Guards of the session-21 review (event/review21.go), on sentences written
// for the review in the parse shape dyad's parser gives them; each case
// codes the misfire with its guard off.

// review21Ents are the actors of the review's test sentences.
var review21Ents = [][3]string{{"Kenyan army", "ORG", "KENMIL"}, {"Kenyan peacekeepers", "ORG", "KENMIL"},
	{"Kenyan president", "PER", "KENGOV"}, {"Somali leaders", "PER", "SOMGOV"},
	{"Somali fighters", "ORG", "SOMREB"}, {"Kenyan soldier", "ORG", "KENMIL"},
	{"Egyptian traders", "PER", "EGYCVL"}, {"Egypt", "GPE", "EGY"}, {"Kenya", "GPE", "KEN"},
	{"Kenyan company", "ORG", "KENBUS"}, {"Egyptian company", "ORG", "EGYBUS"}}

// TestReview21CeasefireComplement: a ceasefire that is the object of a
// gerund or infinitive under "began"/"started" is not begun; the
// complement's own verb codes ("started violating the ceasefire" 196).
func TestReview21CeasefireComplement(t *testing.T) {
	violating := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
army = NOUN 4 nsubj NN
started start VERB 0 root VBD
violating violate VERB 4 xcomp VBG
the = DET 7 det DT
ceasefire = NOUN 5 obj NN
within = ADP 9 case IN
hours hour NOUN 5 obl NNS
. = PUNCT 4 punct .`
	patrols := `
Kenyan = ADJ 2 amod JJ
peacekeepers peacekeeper NOUN 3 nsubj NNS
began begin VERB 0 root VBD
patrols patrol NOUN 3 obj NNS
to = PART 6 mark TO
enforce = VERB 3 xcomp VB
the = DET 8 det DT
ceasefire = NOUN 6 obj NN
. = PUNCT 3 punct .`
	checkOnOff(t, review21Ents, func(o *Options) { o.noTermsAstray = true }, []onOffCase{
		{"started violating the ceasefire", violating, "196 KENMIL>-", "0871 KENMIL>-"},
		{"began patrols to enforce the ceasefire", patrols, "", "0871 KENMIL>-"},
	})
}

// TestReview21DescribedAsVictim: "described X as victims of terrorists" and
// "as heroes, not terrorists" are no criticism of X; "as the leader of
// terrorists" still is.
func TestReview21DescribedAsVictim(t *testing.T) {
	victims := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
described describe VERB 0 root VBD
the = DET 7 det DT
Somali = ADJ 7 amod JJ
leaders leader NOUN 4 obj NNS
as = ADP 9 case IN
victims victim NOUN 7 nmod NNS
of = ADP 11 case IN
terrorists terrorist NOUN 9 nmod NNS
. = PUNCT 4 punct .`
	heroes := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
described describe VERB 0 root VBD
the = DET 7 det DT
Somali = ADJ 7 amod JJ
fighters fighter NOUN 4 obj NNS
as = ADP 9 case IN
heroes hero NOUN 7 nmod NNS
, = PUNCT 12 punct ,
not = PART 12 advmod RB
terrorists terrorist NOUN 9 conj NNS
. = PUNCT 4 punct .`
	leader := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
described describe VERB 0 root VBD
the = DET 7 det DT
Somali = ADJ 7 amod JJ
leaders leader NOUN 4 obj NNS
as = ADP 10 case IN
the = DET 10 det DT
allies ally NOUN 7 nmod NNS
of = ADP 12 case IN
terrorists terrorist NOUN 10 nmod NNS
. = PUNCT 4 punct .`
	checkOnOff(t, review21Ents, func(o *Options) { o.noTermsAstray = true }, []onOffCase{
		{"described X as victims of terrorists", victims, "", "111 KENGOV>SOMGOV"},
		{"described X as heroes, not terrorists", heroes, "", "111 KENGOV>SOMREB"},
		{"described X as the allies of terrorists", leader, "111 KENGOV>SOMGOV", "111 KENGOV>SOMGOV"},
	})
}

// TestReview21DeniedSaying: what one denies having said another must do is
// no demand of the speaker's.
func TestReview21DeniedSaying(t *testing.T) {
	denied := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
denied deny VERB 0 root VBD
that = SCONJ 8 mark IN
he = PRON 8 nsubj PRP
had have AUX 8 aux VBD
said say VERB 4 ccomp VBN
Egypt = PROPN 11 nsubj NNP
must = AUX 11 aux MD
withdraw = VERB 8 ccomp VB
its = PRON 13 nmod:poss PRP$
troops troop NOUN 11 obj NNS
. = PUNCT 4 punct .`
	checkOnOff(t, review21Ents, func(o *Options) { o.noDeniedSaying = true }, []onOffCase{
		{"denied that he had said Egypt must withdraw", denied, "0874 EGY>- hypothetical", "100 KENGOV>EGY"},
	})
}

// TestReview21CiviliansNoSide: a soldier and civilians of another country
// wounded in clashes are no two sides of a fight.
func TestReview21CiviliansNoSide(t *testing.T) {
	civilians := `
A a DET 3 det DT
Kenyan = ADJ 3 amod JJ
soldier = NOUN 9 nsubj:pass NN
and = CCONJ 7 cc CC
two = NUM 7 nummod CD
Egyptian = ADJ 7 amod JJ
traders trader NOUN 3 conj NNS
were be AUX 9 aux:pass VBD
wounded wound VERB 0 root VBN
in = ADP 11 case IN
clashes clash NOUN 9 obl NNS
. = PUNCT 9 punct .`
	checkOnOff(t, review21Ents, func(o *Options) { o.noNonCombatants = true }, []onOffCase{
		{"a soldier and civilians wounded in clashes", civilians, "", "190 EGYCVL>KENMIL; 190 KENMIL>EGYCVL"},
	})
}

// TestReview21MarketWar: a price war waged ("waged", which the lemmatizer
// leaves uncut and stemLemmas repairs) is no fighting; a war is.
func TestReview21MarketWar(t *testing.T) {
	price := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
company = NOUN 4 nsubj NN
waged = VERB 0 root VBD
a = DET 7 det DT
price = NOUN 7 compound NN
war = NOUN 4 obj NN
against = ADP 11 case IN
the = DET 11 det DT
Egyptian = ADJ 11 amod JJ
company = NOUN 4 obl NN
. = PUNCT 4 punct .`
	war := `
Kenya = PROPN 2 nsubj NNP
waged = VERB 0 root VBD
a = DET 4 det DT
war = NOUN 2 obj NN
against = ADP 6 case IN
Egypt = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	checkOnOff(t, review21Ents, func(o *Options) { o.noTermsAstray = true }, []onOffCase{
		{"waged a price war against X", price, "", "190 KENBUS>EGYBUS"},
		{"waged a war against X", war, "190 KEN>EGY", "190 KEN>EGY"},
	})
}
