package event

import "testing"

// Session 20 rules (event/round20.go and data/event/dyad.pat), on sentences
// written for the test in the parse shape dyad's parser gives them; every
// case with a switch fails with its rule off, and the pattern cases fail on
// the tree before the session (its dyad.pat had no such patterns).

// session20Ents are the actors of the session-20 test sentences.
var session20Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Egypt", "GPE", "EGY"},
	{"Kenyan president", "PER", "KENGOV"}, {"Egyptian President Hosni Mubarak", "PER", "EGYGOV"},
	{"Kenyan cabinet", "ORG", "KENGOV"}, {"AU", "ORG", "IGOAFRAFU"},
	{"Egyptian officials", "ORG", "EGYGOV"}, {"Canadian soldier", "ORG", "CANMIL"},
	{"Taliban insurgents", "ORG", "AFGREB"}, {"Kenyan policemen", "ORG", "KENCOP"},
	{"Somali militants", "ORG", "SOMREB"}, {"Kenyan police", "ORG", "KENCOP"}, {"Kenyan minister", "PER", "KENGOV"}}

// TestSession20TalksNounPartner: "left Egypt after holding talks with X",
// the partner in a "with" phrase of the object "talks" (not of the gerund),
// is the subject's meeting with X, as "after meeting X" is.
func TestSession20TalksNounPartner(t *testing.T) {
	src := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
left leave VERB 0 root VBD
Egypt = PROPN 4 obj NNP
after = SCONJ 7 mark IN
holding hold VERB 4 advcl VBG
talks talk NOUN 7 obj NNS
with = ADP 12 case IN
Egyptian = ADJ 11 amod JJ
President = PROPN 12 nmod:desc NNP
Hosni = PROPN 8 nmod NNP
Mubarak = PROPN 12 flat NNP
. = PUNCT 4 punct .`
	checkOnOff(t, session20Ents, func(o *Options) { o.noTalksNounPartner = true }, []onOffCase{
		{"left Egypt after holding talks with X", src, "040 KENGOV>EGYGOV", ""},
	})
}

// TestSession20MetNeed: meeting a request, a demand or a need is no
// meeting; meeting people to discuss a request still is one.
func TestSession20MetNeed(t *testing.T) {
	request := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
cabinet = NOUN 4 compound NN
plans plan NOUN 0 root NNS
to = PART 6 mark TO
meet = VERB 4 acl VB
a = DET 9 det DT
AU = PROPN 9 compound NNP
request = NOUN 6 obj NN
to = PART 11 mark TO
deploy = VERB 9 acl VB
extra = ADJ 13 amod JJ
engineers engineer NOUN 11 obj NNS
. = PUNCT 4 punct .`
	people := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 5 nsubj NN
will = AUX 5 aux MD
meet = VERB 0 root VB
Egyptian = ADJ 7 amod JJ
officials official NOUN 5 obj NNS
to = PART 9 mark TO
discuss = VERB 5 advcl VB
the = DET 11 det DT
request = NOUN 9 obj NN
. = PUNCT 5 punct .`
	checkOnOff(t, session20Ents, func(o *Options) { o.noMetNeed = true }, []onOffCase{
		{"plans to meet an AU request", request, "", "040 KENGOV>IGOAFRAFU"},
		{"will meet officials to discuss the request (control)", people, "036 KENGOV>EGYGOV intended", "036 KENGOV>EGYGOV intended"},
	})
}

// TestSession20FireExchange: casualties "killed in a firefight with X" or
// "in an exchange of fire with X" fell to X's side in a fight (190), as
// those "killed in a clash with X" did; militants fighting soldiers is no
// one-sided killing (180).
func TestSession20FireExchange(t *testing.T) {
	firefight := `
A a DET 3 det DT
Canadian = ADJ 3 amod JJ
soldier = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 8 case IN
a = DET 8 det DT
firefight = NOUN 5 obl NN
with = ADP 11 case IN
Taliban = PROPN 11 compound NNP
insurgents insurgent NOUN 8 nmod NNS
. = PUNCT 5 punct .`
	exchange := `
Three three NUM 3 nummod CD
Kenyan = ADJ 3 amod JJ
policemen policeman NOUN 5 nsubj:pass NNS
were be AUX 5 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 8 case IN
an a DET 8 det DT
exchange = NOUN 5 obl NN
of = ADP 10 case IN
fire = NOUN 8 nmod NN
with = ADP 13 case IN
Somali = PROPN 13 compound NNP
militants militant NOUN 8 nmod NNS
. = PUNCT 5 punct .`
	checkOnOff(t, session20Ents, func(o *Options) { o.noFireExchange = true }, []onOffCase{
		{"killed in a firefight with X", firefight, "190 AFGREB>CANMIL", ""},
		{"killed in an exchange of fire with X", exchange, "190 SOMREB>KENCOP", ""},
	})
}

// TestSession20SuspectOf: to suspect an actor of a deed is to accuse it
// (112), not the CAMEO dictionary's bare disapproval (110) of "suspect".
func TestSession20SuspectOf(t *testing.T) {
	src := `
Kenyan = ADJ 2 amod JJ
police = NOUN 3 nsubj NNS
suspect = VERB 0 root VBP
the = DET 6 det DT
Kenyan = PROPN 6 compound NNP
minister = NOUN 3 obj NN
of = ADP 8 case IN
corruption = NOUN 6 nmod NN
. = PUNCT 3 punct .`
	if got := round2Code(t, session10Doc(t, session20Ents, src), nil); got != "112 KENCOP>KENGOV" {
		t.Errorf("suspect X of a deed: got %q, want %q", got, "112 KENCOP>KENGOV")
	}
}

// TestSession20SuspectedDeed (review2): the deed one is suspected of as a
// gerund ("suspect X of smuggling arms") is a clause, hung on the verb or
// on its object, which the SUSPECT_OF "of" phrase missed (110 for the verb
// alone).
func TestSession20SuspectedDeed(t *testing.T) {
	onVerb := `
Kenyan = ADJ 2 amod JJ
police = NOUN 3 nsubj NNS
suspect = VERB 0 root VBP
Somali = PROPN 5 compound NNP
militants militant NOUN 3 obj NNS
of = SCONJ 7 mark IN
smuggling smuggle VERB 3 advcl VBG
arms arm NOUN 7 obj NNS
. = PUNCT 3 punct .`
	onObject := `
Kenyan = ADJ 2 amod JJ
police = NOUN 3 nsubj NNS
suspect = VERB 0 root VBP
Somali = PROPN 5 compound NNP
militants militant NOUN 3 obj NNS
of = SCONJ 7 mark IN
smuggling smuggle VERB 5 acl VBG
arms arm NOUN 7 obj NNS
. = PUNCT 3 punct .`
	checkOnOff(t, session20Ents, func(o *Options) { o.noSuspectedDeed = true }, []onOffCase{
		{"suspect X of smuggling (clause on the verb)", onVerb, "112 KENCOP>SOMREB", "110 KENCOP>SOMREB"},
		{"suspect X of smuggling (clause on the object)", onObject, "112 KENCOP>SOMREB", "110 KENCOP>SOMREB"},
	})
}
