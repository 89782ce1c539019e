package event

import "testing"

// Session 21 rules (event/round21.go and data/event/round21.pat), on
// sentences written for the test in the parse shape dyad's parser gives
// them; the switch cases fail with their rule off, and the pattern cases
// fail on the tree before the session (no round21.pat).

// session21Ents are the actors of the session-21 test sentences.
var session21Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Egypt", "GPE", "EGY"},
	{"Kenyan soldiers", "ORG", "KENMIL"}, {"Kenyan soldier", "ORG", "KENMIL"},
	{"Somali militants", "ORG", "SOMREB"}, {"Kenyan president", "PER", "KENGOV"},
	{"Egyptian president", "PER", "EGYGOV"}, {"Kenyan tourist", "PER", "KENCVL"},
	{"Egyptian trader", "PER", "EGYCVL"}}

// TestSession21BothSidesFell: casualties of both sides named by one
// coordinated subject of a passive casualty verb, fallen in a fight noun
// with no partner phrase, are the two sides' fight (190 both ways); two
// countries' civilians caught in clashes are no sides.
func TestSession21BothSidesFell(t *testing.T) {
	coordinated := `
Two two NUM 3 nummod CD
Kenyan = PROPN 3 compound NNP
soldiers soldier NOUN 9 nsubj:pass NNS
and = CCONJ 7 cc CC
three = NUM 7 nummod CD
Somali = ADJ 7 amod JJ
militants militant NOUN 3 conj NNS
were be AUX 9 aux:pass VBD
wounded wound VERB 0 root VBN
in = ADP 11 case IN
clashes clash NOUN 9 obl NNS
near = ADP 14 case IN
the = DET 14 det DT
border = NOUN 11 nmod NN
. = PUNCT 9 punct .`
	split := `
Nine = PROPN 3 compound NNP
Somali = PROPN 3 compound NNP
militants militant NOUN 9 nsubj:pass NNS
and = CCONJ 9 cc CC
a = DET 7 det DT
Kenyan = PROPN 7 compound NNP
soldier = NOUN 9 nsubj:pass NN
were be AUX 9 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 12 case IN
fresh = ADJ 12 amod JJ
fighting = NOUN 9 obl NN
. = PUNCT 9 punct .`
	civilians := `
A a DET 3 det DT
Kenyan = ADJ 3 amod JJ
tourist = NOUN 9 nsubj:pass NN
and = CCONJ 7 cc CC
an a DET 7 det DT
Egyptian = ADJ 7 amod JJ
trader = NOUN 3 conj NN
were be AUX 9 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 11 case IN
clashes clash NOUN 9 obl NNS
in = ADP 14 case IN
the = DET 14 det DT
capital = NOUN 11 nmod NN
. = PUNCT 9 punct .`
	checkOnOff(t, session21Ents, func(o *Options) { o.noBothSidesFell = true }, []onOffCase{
		{"soldiers and militants wounded in clashes", coordinated, "190 KENMIL>SOMREB; 190 SOMREB>KENMIL", ""},
		{"militants | and a soldier killed in fighting (split subject)", split, "190 KENMIL>SOMREB; 190 SOMREB>KENMIL", ""},
		{"two countries' civilians killed in clashes", civilians, "", ""},
	})
}

// TestSession21Condolences: condolences sent in a message, cable or letter
// to someone are sympathy (018), not the message verb's meeting (040).
func TestSession21Condolences(t *testing.T) {
	src := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
sent send VERB 0 root VBD
a = DET 6 det DT
message = NOUN 4 obj NN
of = ADP 8 case IN
condolences condolence NOUN 6 nmod NNS
to = ADP 12 case IN
the = DET 12 det DT
Egyptian = ADJ 12 amod JJ
president = NOUN 8 nmod NN
. = PUNCT 4 punct .`
	if got := round2Code(t, session10Doc(t, session21Ents, src), nil); got != "018 KENGOV>EGYGOV" {
		t.Errorf("sent a message of condolences to X: got %q, want %q", got, "018 KENGOV>EGYGOV")
	}
}

// TestSession21CeasefireAndTalks: a coordinated subject that begins a
// ceasefire declares it towards each other (0871 both ways); one that
// decides to accelerate negotiations intends to negotiate with each other
// (036 both ways).
func TestSession21CeasefireAndTalks(t *testing.T) {
	ceasefire := `
Kenya = PROPN 6 nsubj NNP
and = CCONJ 5 cc CC
the = DET 5 det DT
Somali = PROPN 5 compound NNP
militants militant NOUN 6 nsubj NNS
began begin VERB 0 root VBD
a = DET 8 det DT
ceasefire = NOUN 6 obj NN
on = ADP 10 case IN
Sunday = PROPN 6 obl NNP
. = PUNCT 6 punct .`
	talks := `
Kenya = PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Egypt = PROPN 1 conj NNP
decided decide VERB 0 root VBD
to = PART 6 mark TO
accelerate = VERB 4 xcomp VB
negotiations negotiation NOUN 6 obj NNS
on = ADP 11 case IN
a = DET 11 det DT
trade = NOUN 11 compound NN
agreement = NOUN 6 obl NN
. = PUNCT 4 punct .`
	for _, c := range []struct{ name, src, want string }{
		{"X and Y began a ceasefire", ceasefire, "0871 KEN>SOMREB; 0871 SOMREB>KEN"},
		{"X and Y decided to accelerate negotiations", talks, "036 EGY>KEN intended; 036 KEN>EGY intended"},
	} {
		if got := round2Code(t, session10Doc(t, session21Ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSession21MustDemand: what one actor says another "must" do is a
// demand (100), as "should" is an appeal (020); one's own country's
// "must" is no demand.
func TestSession21MustDemand(t *testing.T) {
	other := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
said say VERB 0 root VBD
Egypt = PROPN 7 nsubj NNP
must = AUX 7 aux MD
withdraw = VERB 4 ccomp VB
its = PRON 9 nmod:poss PRP$
troops = NOUN 7 obj NNS
. = PUNCT 4 punct .`
	own := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
said say VERB 0 root VBD
Kenya = PROPN 7 nsubj NNP
must = AUX 7 aux MD
withdraw = VERB 4 ccomp VB
its = PRON 9 nmod:poss PRP$
troops = NOUN 7 obj NNS
. = PUNCT 4 punct .`
	checkOnOff(t, session21Ents, func(o *Options) { o.noMustDemand = true }, []onOffCase{
		{"said Egypt must withdraw its troops", other, "100 KENGOV>EGY", "0874 EGY>- hypothetical"},
		{"said Kenya must withdraw its troops", own, "0874 KEN>- hypothetical", "0874 KEN>- hypothetical"},
	})
}
