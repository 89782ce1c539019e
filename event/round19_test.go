package event

import "testing"

// Session 19 rules (event/round19.go and data/event/dyad.pat), on sentences
// written for the test in the parse shape dyad's parser gives them; every
// case fails with its rule off (the pattern case fails on the tree before
// the session, whose dyad.pat had no "co-chair").

// session19Ents are the actors of the session-19 test sentences.
var session19Ents = [][3]string{{"Kenyan government", "ORG", "KENGOV"}, {"Somali rebels", "ORG", "SOMREB"},
	{"Kenyan Foreign Minister Raphael Tuju", "PER", "KENGOV"}, {"Ugandan Foreign Minister Sam Kutesa", "PER", "UGAGOV"},
	{"Kenyan foreign minister", "PER", "KENGOV"}, {"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"},
	{"Tanzania", "GPE", "TZA"}, {"Somali militants", "ORG", "SOMREB"}, {"Somali gunmen", "ORG", "SOMREB"},
	{"Ethiopian aircraft", "ORG", "ETHMIL"}}

// TestSession19TalksTogether: a coordinated subject that resumes, starts
// or opens talks (or a round of them) with no one else named holds them
// with each other (both ways), where each side had a one-actor talk, or
// a mediation (045) from the CAMEO dictionary's "start ... peace talks".
func TestSession19TalksTogether(t *testing.T) {
	resumed := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
government = NOUN 7 nsubj NN
and = CCONJ 6 cc CC
Somali = PROPN 6 compound NNP
rebels rebel NOUN 3 conj NNS
resumed resume VERB 0 root VBD
peace = NOUN 9 compound NN
talks talk NOUN 7 obj NNS
in = ADP 11 case IN
Nairobi = PROPN 7 obl NNP
. = PUNCT 7 punct .`
	round := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
government = NOUN 7 nsubj NN
and = CCONJ 6 cc CC
Somali = PROPN 6 compound NNP
rebels rebel NOUN 7 nsubj NNS
started start VERB 0 root VBD
the = DET 10 det DT
third = ADJ 10 amod JJ
round = NOUN 7 obj NN
of = ADP 13 case IN
peace = NOUN 13 compound NN
talks talk NOUN 10 nmod NNS
. = PUNCT 7 punct .`
	checkOnOff(t, session19Ents, func(o *Options) { o.noTalksTogether = true }, []onOffCase{
		{"A and B resumed peace talks", resumed, "046 KENGOV>SOMREB; 046 SOMREB>KENGOV", "046 KENGOV>-; 046 SOMREB>-"},
		{"A and B started the third round of peace talks", round, "046 KENGOV>SOMREB; 046 SOMREB>KENGOV", "045 KENGOV>-; 045 SOMREB>-"},
	})
	// "co-chair" is a verb of holding talks (dyad.pat): the co-chairs meet,
	// here in the future (036 both ways).
	cochair := `
Kenyan = ADJ 13 advcl JJ
Foreign foreign ADJ 3 amod JJ
Minister = PROPN 4 nmod:desc NNP
Raphael = PROPN 13 nsubj NNP
Tuju = PROPN 4 flat NNP
and = CCONJ 7 cc CC
Ugandan = PROPN 5 conj NNP
Foreign = ADJ 9 amod NNP
Minister = PROPN 10 nmod:desc NNP
Sam = PROPN 4 conj NNP
Kutesa = PROPN 10 flat NNP
will = AUX 13 aux MD
co-chair = VERB 0 root VB
the = DET 15 det DT
meeting = NOUN 13 obj NN
. = PUNCT 13 punct .`
	if got, want := round2Code(t, session10Doc(t, session19Ents, cochair), nil), "036 KENGOV>UGAGOV intended; 036 UGAGOV>KENGOV intended"; got != want {
		t.Errorf("A and B will co-chair the meeting: got %q, want %q", got, want)
	}
}

// TestSession19DueVisit: "X is due in Y ... for a visit" is X's planned
// visit to Y (036), where no verb of motion named the journey; without a
// visit or talks named, "due in Y" alone stays uncoded (control).
func TestSession19DueVisit(t *testing.T) {
	due := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 6 nsubj NN
is be AUX 6 cop VBZ
due = ADJ 0 root JJ
in = ADP 8 case IN
Uganda = PROPN 6 obl NNP
on = ADP 10 case IN
Friday = PROPN 6 obl NNP
for = ADP 14 case IN
a = DET 14 det DT
two-day = NOUN 14 compound NN
visit = NOUN 6 obl NN
. = PUNCT 6 punct .`
	bare := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 6 nsubj NN
is be AUX 6 cop VBZ
due = ADJ 0 root JJ
in = ADP 8 case IN
Uganda = PROPN 6 obl NNP
on = ADP 10 case IN
Friday = PROPN 6 obl NNP
. = PUNCT 6 punct .`
	checkOnOff(t, session19Ents, func(o *Options) { o.noDueVisit = true }, []onOffCase{
		{"X is due in Y for a visit", due, "036 KENGOV>UGA intended", ""},
		{"X is due in Y (control)", bare, "", ""},
	})
}

// TestSession19AgreementBetween: an agreement signed or reached in the
// passive with the sides in a "between" phrase (the verb's or the noun's)
// is signed by each side with each other (057), where nothing was coded.
func TestSession19AgreementBetween(t *testing.T) {
	signed := `
An a DET 2 det DT
agreement = NOUN 4 nsubj:pass NN
was be AUX 4 aux:pass VBD
signed sign VERB 0 root VBN
between = ADP 6 case IN
Kenya = PROPN 4 obl NNP
and = CCONJ 8 cc CC
Uganda = PROPN 6 conj NNP
on = ADP 10 case IN
Monday = PROPN 4 obl NNP
. = PUNCT 4 punct .`
	reached := `
A a DET 3 det DT
trade = NOUN 3 compound NN
agreement = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
reached reach VERB 0 root VBN
between = ADP 7 case IN
Kenya = PROPN 5 obl NNP
, = PUNCT 9 punct ,
Uganda = PROPN 7 conj NNP
and = CCONJ 11 cc CC
Tanzania = PROPN 7 conj NNP
. = PUNCT 5 punct .`
	nounBetween := `
An a DET 2 det DT
agreement = NOUN 8 nsubj:pass NN
between = ADP 4 case IN
Kenya = PROPN 2 nmod NNP
and = CCONJ 6 cc CC
Uganda = PROPN 4 conj NNP
was be AUX 8 aux:pass VBD
signed sign VERB 0 root VBN
on = ADP 10 case IN
Monday = PROPN 8 obl NNP
. = PUNCT 8 punct .`
	checkOnOff(t, session19Ents, func(o *Options) { o.noAgreementBetween = true }, []onOffCase{
		{"an agreement was signed between A and B", signed, "057 KEN>UGA; 057 UGA>KEN", ""},
		{"an agreement was reached between A, B and C", reached,
			"057 KEN>TZA; 057 KEN>UGA; 057 TZA>KEN; 057 TZA>UGA; 057 UGA>KEN; 057 UGA>TZA", ""},
		{"an agreement between A and B was signed", nounBetween, "057 KEN>UGA; 057 UGA>KEN", ""},
	})
}

// TestSession19CarriedOutBy: a passive killing in an attack "carried out
// by" an attacker (a reduced relative on the attack noun, or the same
// participle hung on the killing verb by the parser) takes that attacker
// as its source, an air strike's code 195, where no source was found.
func TestSession19CarriedOutBy(t *testing.T) {
	acl := `
Three three NUM 3 nummod CD
Somali = ADJ 3 amod JJ
militants militant NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 9 case IN
an a DET 9 det DT
air = NOUN 9 compound NN
strike = NOUN 5 obl NN
carried carry VERB 9 acl VBD
out = ADP 10 compound:prt RP
by = ADP 14 case IN
Ethiopian = ADJ 14 amod JJ
aircraft = NOUN 10 obl NN
. = PUNCT 5 punct .`
	advcl := `
Two two NUM 3 nummod CD
Somali = ADJ 3 amod JJ
gunmen gunman NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
killed kill VERB 0 root VBN
on = ADP 7 case IN
Sunday = PROPN 5 obl NNP
in = ADP 11 case IN
an a DET 11 det DT
air = NOUN 11 compound NN
strike = NOUN 7 nmod NN
carried carry VERB 5 advcl VBD
out = ADP 12 compound:prt RP
by = ADP 16 case IN
Ethiopian = ADJ 16 amod JJ
aircraft = NOUN 12 obl NN
in = ADP 20 case IN
the = DET 20 det DT
south = NOUN 16 nmod NN
. = PUNCT 5 punct .`
	// "were killed and five others wounded in ...": the attack phrase on
	// the participle of the nominal conjunct
	others := `
Four four NUM 3 nummod CD
Somali = ADJ 3 amod JJ
militants militant NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
killed kill VERB 0 root VBN
and = CCONJ 8 cc CC
five = NUM 8 nummod CD
others other NOUN 5 conj NNS
wounded wound VERB 8 acl VBN
on = ADP 11 case IN
Thursday = PROPN 9 obl NNP
in = ADP 16 case IN
an a DET 16 det DT
Ethiopian = ADJ 16 amod JJ
air = NOUN 16 compound NN
strike = NOUN 9 obl NN
. = PUNCT 5 punct .`
	othersCarried := `
Four four NUM 3 nummod CD
Somali = ADJ 3 amod JJ
militants militant NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
killed kill VERB 0 root VBN
and = CCONJ 8 cc CC
five = NUM 8 nummod CD
others other NOUN 5 conj NNS
wounded wound VERB 8 acl VBN
on = ADP 12 case IN
Thursday = PROPN 12 compound NNP
night = NOUN 9 obl NN
in = ADP 16 case IN
two = NUM 16 nummod CD
separate = ADJ 16 amod JJ
airstrikes airstrike NOUN 9 obl NNS
carried carry VERB 16 acl VBN
out = ADP 17 compound:prt RP
by = ADP 21 case IN
Ethiopian = ADJ 21 amod JJ
aircraft = NOUN 17 obl:agent NN
. = PUNCT 5 punct .`
	ents := append(append([][3]string(nil), session19Ents...), [3]string{"Ethiopian air strike", "ORG", "ETH"})
	checkOnOff(t, ents, func(o *Options) { o.noCarriedOutBy = true }, []onOffCase{
		{"killed and others wounded in an X air strike", others, "195 ETH>SOMREB", ""},
		{"killed and others wounded in airstrikes carried out by X", othersCarried, "195 ETHMIL>SOMREB", ""},
	})
	checkOnOff(t, session19Ents, func(o *Options) { o.noCarriedOutBy = true }, []onOffCase{
		{"killed in an air strike carried out by X", acl, "195 ETHMIL>SOMREB", ""},
		{"killed ... in an air strike | carried out by X (advcl)", advcl, "195 ETHMIL>SOMREB", ""},
	})
}

// TestSession19LeadingGerund: a meeting gerund that opens the sentence
// ("After meeting X, the minister told reporters ...") is the teller's
// meeting with X (040), where the guard for a trailing attribution ("...,
// after holding talks with X, Libyan television said") dropped it; a
// medium after the leading gerund still meets no one (control: the
// earlier sentence's shape with the teller a medium).
func TestSession19LeadingGerund(t *testing.T) {
	src := `
After after SCONJ 2 mark IN
meeting meet VERB 13 advcl VBG
Ugandan = PROPN 6 compound NNP
Foreign = ADJ 5 amod NNP
Minister = PROPN 6 nmod:desc NNP
Sam = PROPN 2 obj NNP
Kutesa = PROPN 6 flat NNP
, = PUNCT 7 punct ,
the = DET 12 det DT
Kenyan = ADJ 12 amod JJ
foreign = ADJ 12 amod JJ
minister = NOUN 13 nsubj NN
told tell VERB 0 root VBD
reporters reporter NOUN 13 iobj NNS
that = SCONJ 17 mark IN
trade = NOUN 17 nsubj NN
grew grow VERB 13 ccomp VBD
. = PUNCT 13 punct .`
	media := `
After after SCONJ 2 mark IN
meeting meet VERB 12 advcl VBG
Ugandan = PROPN 6 compound NNP
Foreign = ADJ 5 amod NNP
Minister = PROPN 6 nmod:desc NNP
Sam = PROPN 2 obj NNP
Kutesa = PROPN 6 flat NNP
, = PUNCT 7 punct ,
Kenyan = ADJ 11 amod JJ
state = NOUN 11 compound NN
television = NOUN 12 nsubj NN
said say VERB 0 root VBD
trade = NOUN 14 nsubj NN
grew grow VERB 12 ccomp VBD
. = PUNCT 12 punct .`
	ents := append(append([][3]string(nil), session19Ents...), [3]string{"Ugandan Foreign Minister Sam Kutesa", "PER", "UGAGOV"},
		[3]string{"Kenyan state television", "ORG", "KENMED"})
	checkOnOff(t, ents, func(o *Options) { o.noLeadingGerund = true }, []onOffCase{
		{"After meeting X, Y told reporters", src, "040 KENGOV>UGAGOV", ""},
		{"After meeting X, a medium said (control)", media, "", ""},
	})
}
