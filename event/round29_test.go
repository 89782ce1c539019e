package event

import "testing"

// Tests of session 29's events round (event/round29.go,
// data/event/round29.pat), each rule on and switched off. Sentences written
// for the tests; trees as dyad's parser gives them (the "said" after the
// clause a parataxis of its verb, the aside relative clause hung on the
// subject), with the court and warning sentences' trees written out
// cleanly.

var round29Ents = [][3]string{{"Kenyan president", "NORP", "KENGOV"}, {"Ugandan officials", "NORP", "UGAGOV"},
	{"Uganda", "GPE", "UGA"}, {"Kenyan weather office", "ORG", "KENGOV"}}

func TestRound29Rules(t *testing.T) {
	wouldSaid := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 8 nsubj NN
and = CCONJ 6 cc CC
his = PRON 6 nmod:poss PRP$
delegation = NOUN 3 conj NN
would = AUX 8 aux MD
hold = VERB 0 root VB
talks talk NOUN 8 obj NNS
with = ADP 12 case IN
Ugandan = ADJ 12 amod JJ
officials official NOUN 9 nmod NNS
on = ADP 14 case IN
trade = NOUN 12 nmod NN
, = PUNCT 18 punct ,
the = DET 17 det DT
agency = NOUN 18 nsubj NN
said say VERB 8 parataxis VBD
in = ADP 21 case IN
a = DET 21 det DT
dispatch = NOUN 18 obl NN
. = PUNCT 8 punct .`
	wouldIfSaid := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 5 nsubj NN
would = AUX 5 aux MD
hold = VERB 0 root VB
talks talk NOUN 5 obj NNS
with = ADP 9 case IN
Ugandan = ADJ 9 amod JJ
officials official NOUN 6 nmod NNS
if = SCONJ 13 mark IN
the = DET 12 det DT
rains rain NOUN 13 nsubj NNS
stop = VERB 5 advcl VBP
, = PUNCT 17 punct ,
the = DET 16 det DT
agency = NOUN 17 nsubj NN
said say VERB 5 parataxis VBD
. = PUNCT 5 punct .`
	asideVisit := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 0 root NN
, = PUNCT 3 punct ,
who = PRON 7 nsubj WP
will = AUX 7 aux MD
pay = VERB 3 acl:relcl VB
a = DET 9 det DT
visit = NOUN 7 obj NN
to = ADP 11 case IN
Uganda = PROPN 9 nmod NNP
next = ADJ 13 amod JJ
week = NOUN 7 obl:unmarked NN
, = PUNCT 15 punct ,
said say VERB 7 conj VBD
trade = NOUN 18 nsubj NN
was be AUX 18 aux VBD
growing grow VERB 15 ccomp VBG
. = PUNCT 3 punct .`
	asideAttend := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 0 root NN
, = PUNCT 7 punct ,
who = PRON 7 nsubj WP
will = AUX 7 aux MD
attend = VERB 3 acl:relcl VB
the = DET 9 det DT
summit = NOUN 7 obj NN
in = ADP 11 case IN
Uganda = PROPN 9 nmod NNP
, = PUNCT 13 punct ,
said say VERB 7 parataxis VBD
trade = NOUN 16 nsubj NN
was be AUX 16 aux VBD
growing grow VERB 13 ccomp VBG
. = PUNCT 13 punct .`
	hazard := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
weather = NOUN 4 compound NN
office = NOUN 5 nsubj NN
issued issue VERB 0 root VBD
a = DET 8 det DT
tsunami = NOUN 8 compound NN
warning = NOUN 5 obj NN
for = ADP 10 case IN
Uganda = PROPN 8 nmod NNP
. = PUNCT 5 punct .`
	warning := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
issued issue VERB 0 root VBD
a = DET 6 det DT
warning = NOUN 4 obj NN
to = ADP 8 case IN
Uganda = PROPN 4 obl NNP
. = PUNCT 4 punct .`
	checkOnOff(t, round29Ents, func(o *Options) { o.noSaidAfterWould = true }, []onOffCase{
		{"would hold talks, the agency said", wouldSaid, "036 KENGOV>UGAGOV intended", "040 KENGOV>UGAGOV hypothetical"},
		{"would hold talks if ..., the agency said", wouldIfSaid, "040 KENGOV>UGAGOV hypothetical", "040 KENGOV>UGAGOV hypothetical"},
	})
	checkOnOff(t, round29Ents, func(o *Options) { o.noAsideFuture = true }, []onOffCase{
		{"X, who will pay a visit to Y, said", asideVisit, "036 KENGOV>UGA intended", ""},
		{"X, who will attend the summit in Y, said", asideAttend, "", ""},
	})
	checkOnOff(t, round29Ents, func(o *Options) { o.noHazardWarning = true }, []onOffCase{
		{"issued a tsunami warning for", hazard, "", "130 KENGOV>UGA"},
		{"issued a warning to", warning, "130 KENGOV>UGA", "130 KENGOV>UGA"},
	})
}

// TestTakeToCourt29 checks round29.pat's TAKE_TO_COURT: taking someone to
// court is suing them (115), where the CAMEO dictionary's APPREHEND read
// "take" as a seizure (171).
func TestTakeToCourt29(t *testing.T) {
	court := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 5 nsubj NN
has have AUX 5 aux VBZ
taken take VERB 0 root VBN
Uganda = PROPN 5 obj NNP
to = ADP 8 case IN
court = NOUN 5 obl NN
over = ADP 11 case IN
the = DET 11 det DT
border = NOUN 5 obl NN
. = PUNCT 5 punct .`
	if got := round2Code(t, session10Doc(t, round29Ents, court), nil); got != "115 KENGOV>UGA" {
		t.Errorf("has taken Uganda to court: got %q, want %q", got, "115 KENGOV>UGA")
	}
}
