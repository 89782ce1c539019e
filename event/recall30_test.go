package event

import "testing"

// Tests of session 31's recall round (event/recall30.go,
// data/event/recall30.pat), each rule on and switched off. Sentences
// written for the tests; trees as dyad's parser gives them.

var recall30Ents = [][3]string{{"Kenyan foreign minister", "PERSON", "KENGOV"}, {"Kenya", "GPE", "KEN"},
	{"Ugandan government", "ORG", "UGAGOV"}, {"Japan", "GPE", "JPN"}}

func TestSession31OwnPossessor(t *testing.T) {
	// "The Kenyan foreign minister reiterated Kenya's support for the
	// Ugandan government."
	reiterated := `
The = DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 5 nsubj NN
reiterated reiterate VERB 0 root VBD
Kenya = PROPN 8 nmod:poss NNP
's = PART 6 case POS
support = NOUN 5 obj NN
for = ADP 12 case IN
the = DET 12 det DT
Ugandan = ADJ 12 amod JJ
government = NOUN 8 nmod NN
. = PUNCT 5 punct .`
	// "The Kenyan foreign minister stressed Kenya's support for the
	// Ugandan government." (the EMPHASIZE_SUPPORT pattern)
	stressed := `
The = DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 5 nsubj NN
stressed stress VERB 0 root VBD
Kenya = PROPN 8 nmod:poss NNP
's = PART 6 case POS
support = NOUN 5 obj NN
for = ADP 12 case IN
the = DET 12 det DT
Ugandan = ADJ 12 amod JJ
government = NOUN 8 nmod NN
. = PUNCT 5 punct .`
	// stays: another country's support is the target
	// ("The Kenyan foreign minister reiterated Japan's support for the
	// Ugandan government.")
	other := `
The = DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 5 nsubj NN
reiterated reiterate VERB 0 root VBD
Japan = PROPN 8 nmod:poss NNP
's = PART 6 case POS
support = NOUN 5 obj NN
for = ADP 12 case IN
the = DET 12 det DT
Ugandan = ADJ 12 amod JJ
government = NOUN 8 nmod NN
. = PUNCT 5 punct .`
	checkOnOff(t, recall30Ents, func(o *Options) { o.noOwnPossessor = true }, []onOffCase{
		{"reiterated own country's support for", reiterated, "051 KENGOV>UGAGOV", ""},
		{"stressed own country's support for", stressed, "051 KENGOV>UGAGOV", ""},
		{"reiterated another country's support", other, "051 KENGOV>JPN", "051 KENGOV>JPN"},
	})
}

// TestEmphasizeSupport31 checks recall30.pat's EMPHASIZE_SUPPORT: to stress
// someone's support is to voice it (051), where the CAMEO dictionary's
// EMPHASIZE block read the verb as a plain statement (010, no event).
func TestEmphasizeSupport31(t *testing.T) {
	// "The Kenyan foreign minister underlined Japan's support for the
	// Ugandan government."
	underlined := `
The = DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 5 nsubj NN
underlined underline VERB 0 root VBD
Japan = PROPN 8 nmod:poss NNP
's = PART 6 case POS
support = NOUN 5 obj NN
for = ADP 12 case IN
the = DET 12 det DT
Ugandan = ADJ 12 amod JJ
government = NOUN 8 nmod NN
. = PUNCT 5 punct .`
	if got := round2Code(t, session10Doc(t, recall30Ents, underlined), nil); got != "051 KENGOV>JPN" {
		t.Errorf("underlined Japan's support: got %q, want %q", got, "051 KENGOV>JPN")
	}
}

var recall30PairEnts = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"},
	{"Ugandan foreign minister", "PERSON", "UGAGOV"}, {"Ugandan rebels", "NORP", "UGAREB"}}

func TestSession31OwnPair(t *testing.T) {
	// "Kenya and Uganda agreed to develop cooperation during a visit by
	// the Ugandan foreign minister."
	visit := `
Kenya = PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Uganda = PROPN 1 conj NNP
agreed agree VERB 0 root VBD
to = PART 6 mark TO
develop develop VERB 4 xcomp VB
cooperation = NOUN 6 obj NN
during = ADP 10 case IN
a = DET 10 det DT
visit = NOUN 6 obl NN
by = ADP 15 case IN
the = DET 15 det DT
Ugandan = ADJ 15 amod JJ
foreign = ADJ 15 amod JJ
minister = NOUN 10 nmod NN
. = PUNCT 4 punct .`
	// stays: the partner phrase of the object ("agreed to develop
	// cooperation with Ugandan rebels")
	partner := `
Kenya = PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Uganda = PROPN 1 conj NNP
agreed agree VERB 0 root VBD
to = PART 6 mark TO
develop develop VERB 4 xcomp VB
cooperation = NOUN 6 obj NN
with = ADP 10 case IN
Ugandan = ADJ 10 amod JJ
rebels rebel NOUN 7 nmod NNS
. = PUNCT 4 punct .`
	checkOnOff(t, recall30PairEnts, func(o *Options) { o.noOwnPair = true }, []onOffCase{
		{"agreed during a visit by one side's minister", visit, "030 KEN>UGA intended; 030 UGA>KEN intended", "030 KEN>UGAGOV intended"},
		{"agreed cooperation with one side's rebels", partner, "030 KEN>UGAREB intended", "030 KEN>UGAREB intended"},
	})
}

var recall30HomeEnts = [][3]string{{"Kenyan police", "ORG", "KENCOP"}, {"Kenyan president", "PERSON", "KENGOV"}}

func TestSession31CoercedGroup(t *testing.T) {
	// "Kenyan police detained journalists on Monday."
	detained := `
Kenyan = PROPN 2 compound NNP
police = NOUN 3 nsubj NNS
detained detain VERB 0 root VBD
journalists journalist NOUN 3 obj NNS
on = ADP 6 case IN
Monday = PROPN 3 obl NNP
. = PUNCT 3 punct .`
	// stays: a bare plural told something is people in general ("Kenyan
	// police warned journalists on Monday.")
	warned := `
Kenyan = PROPN 2 compound NNP
police = NOUN 3 nsubj NNS
warned warn VERB 0 root VBD
journalists journalist NOUN 3 obj NNS
on = ADP 6 case IN
Monday = PROPN 3 obl NNP
. = PUNCT 3 punct .`
	checkOnOff(t, recall30HomeEnts, func(o *Options) { o.noCoercedGroup = true }, []onOffCase{
		{"detained journalists", detained, "173 KENCOP>KENMED", "173 KENCOP>-"},
		{"warned journalists", warned, "130 KENCOP>-", "130 KENCOP>-"},
	})
	// "The Kenyan president chastised the media.": the media of the home
	// country (peopleNouns)
	media := `
The = DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
chastised chastise VERB 0 root VBD
the = DET 6 det DT
media = NOUN 4 obj NN
. = PUNCT 4 punct .`
	if got := round2Code(t, session10Doc(t, recall30HomeEnts, media), nil); got != "111 KENGOV>KENMED" {
		t.Errorf("chastised the media: got %q, want %q", got, "111 KENGOV>KENMED")
	}
}

var recall30ReportEnts = [][3]string{{"Authorities", "ORG", "KENGOV"}, {"police", "ORG", "KENCOP"},
	{"the rebels", "NORP", "KENREB"}}

func TestSession31ReportRelative(t *testing.T) {
	// "Authorities arrested a man suspected of fraud, police said.", the
	// report parsed as a relative clause on the object
	report := `
Authorities authority NOUN 2 nsubj NNS
arrested arrest VERB 0 root VBD
a = DET 4 det DT
man = NOUN 2 obj NN
suspected suspect VERB 4 acl VBN
of = ADP 7 case IN
fraud = NOUN 5 obl NN
, = PUNCT 9 punct ,
police = NOUN 10 nsubj NNS
said say VERB 4 acl:relcl VBD
. = PUNCT 2 punct .`
	// stays: a relative clause of its own ("arrested a man who the rebels
	// said ..." : "who" opens it)
	relative := `
Authorities authority NOUN 2 nsubj NNS
arrested arrest VERB 0 root VBD
a = DET 4 det DT
man = NOUN 2 obj NN
who = PRON 8 obj WP
the = DET 7 det DT
rebels rebel NOUN 8 nsubj NNS
said say VERB 4 acl:relcl VBD
. = PUNCT 2 punct .`
	checkOnOff(t, recall30ReportEnts, func(o *Options) { o.noReportRelative = true }, []onOffCase{
		{"arrested a man, police said", report, "173 KENGOV>-", "173 KENGOV>KENCOP"},
		{"arrested a man who the rebels said", relative, "173 KENGOV>KENREB", "173 KENGOV>KENREB"},
	})
}

var recall30SharedEnts = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Tanzania", "GPE", "TZA"}}

func TestSession31SharedObject(t *testing.T) {
	// "Kenya condemned and threatened Uganda."
	shared := `
Kenya = PROPN 2 nsubj NNP
condemned condemn VERB 0 root VBD
and = CCONJ 4 cc CC
threatened threaten VERB 2 conj VBD
Uganda = PROPN 4 obj NNP
. = PUNCT 2 punct .`
	// stays: the second verb has a subject of its own ("Kenya condemned
	// and Tanzania denounced Uganda.")
	own := `
Kenya = PROPN 2 nsubj NNP
condemned condemn VERB 0 root VBD
and = CCONJ 5 cc CC
Tanzania = PROPN 5 nsubj NNP
denounced denounce VERB 2 conj VBD
Uganda = PROPN 5 obj NNP
. = PUNCT 2 punct .`
	checkOnOff(t, recall30SharedEnts, func(o *Options) { o.noSharedObject = true }, []onOffCase{
		{"condemned and threatened X", shared, "111 KEN>UGA; 130 KEN>UGA", "111 KEN>-; 130 KEN>UGA"},
		{"condemned and Y denounced X", own, "111 KEN>-; 111 TZA>UGA", "111 KEN>-; 111 TZA>UGA"},
	})
}
