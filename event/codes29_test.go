package event

import "testing"

// Tests of session 29's codes round (event/codes29.go), each rule on and
// switched off. Sentences written for the tests; trees as dyad's parser
// gives them.

var codes29Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"},
	{"Kenyan police", "NORP", "KENCOP"}, {"Somali rebels", "NORP", "SOMREB"},
	{"Kenyan opposition", "NORP", "KENOPP"}, {"Kenyan cabinet", "ORG", "KENGOV"},
	{"Kenyan president", "NORP", "KENGOV"}, {"Ugandan leaders", "NORP", "UGAGOV"},
	{"Ugandan president", "NORP", "UGAGOV"}}

func TestSession29Rules(t *testing.T) {
	makeWay := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
opposition = NOUN 4 nsubj NN
demanded demand VERB 0 root VBD
the = DET 7 det DT
Kenyan = PROPN 7 compound NNP
cabinet = NOUN 4 obj NN
make = VERB 4 xcomp VB
way = NOUN 8 obj NN
for = ADP 11 case IN
elections election NOUN 8 obl NNS
. = PUNCT 4 punct .`
	departure := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
president = NOUN 5 nmod:poss NN
's = PART 3 case POS
departure = NOUN 8 nsubj:pass NN
has have AUX 8 aux VBZ
been be AUX 8 aux:pass VBN
demanded demand VERB 0 root VBN
by = ADP 12 case IN
the = DET 12 det DT
Kenyan = PROPN 12 compound NNP
opposition = NOUN 8 obl:agent NN
. = PUNCT 8 punct .`
	visitAndTalk := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
president = NOUN 5 nsubj NN
will = AUX 5 aux MD
visit = VERB 0 root VB
Uganda = PROPN 5 obj NNP
and = CCONJ 8 cc CC
hold = VERB 5 conj VB
talks talk NOUN 8 obj NNS
with = ADP 13 case IN
the = DET 13 det DT
Ugandan = PROPN 13 compound NNP
president = NOUN 9 nmod NN
. = PUNCT 5 punct .`
	visitedAndTalked := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
president = NOUN 4 nsubj NN
visited visit VERB 0 root VBD
Uganda = PROPN 4 obj NNP
and = CCONJ 7 cc CC
held hold VERB 4 conj VBD
talks talk NOUN 7 obj NNS
with = ADP 12 case IN
the = DET 12 det DT
Ugandan = PROPN 12 compound NNP
president = NOUN 8 nmod NN
. = PUNCT 4 punct .`
	arrivedHere := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
president = NOUN 4 nsubj NN
arrived arrive VERB 0 root VBD
here = ADV 4 advmod RB
on = ADP 7 case IN
Tuesday = PROPN 4 obl NNP
for = ADP 9 case IN
talks talk NOUN 4 obl NNS
with = ADP 12 case IN
Ugandan = PROPN 12 compound NNP
leaders leader NOUN 9 nmod NNS
. = PUNCT 4 punct .`
	policeAndTroops := `
Kenyan = PROPN 2 compound NNP
police = NOUN 5 nsubj NNS
and = CCONJ 4 cc CC
troops troop NOUN 2 conj NNS
arrested arrest VERB 0 root VBD
Somali = PROPN 7 compound NNP
rebels rebel NOUN 5 obj NNS
. = PUNCT 5 punct .`
	policeAndArmy := `
Kenyan = PROPN 2 compound NNP
police = NOUN 6 nsubj NNS
and = CCONJ 5 cc CC
the = DET 5 det DT
troops troop NOUN 2 conj NNS
arrested arrest VERB 0 root VBD
Somali = PROPN 8 compound NNP
rebels rebel NOUN 6 obj NNS
. = PUNCT 6 punct .`
	wantTalks := `
Kenya = PROPN 2 nsubj NNP
said say VERB 0 root VBD
it = PRON 4 nsubj PRP
wanted want VERB 2 ccomp VBD
to = PART 6 mark TO
take = VERB 4 xcomp VB
part = NOUN 6 obj NN
in = ADP 10 case IN
the = DET 10 det DT
talks talk NOUN 6 obl NNS
with = ADP 12 case IN
Uganda = PROPN 10 nmod NNP
. = PUNCT 2 punct .`
	wantUgandaTalks := `
Kenya = PROPN 2 nsubj NNP
wants want VERB 0 root VBZ
Uganda = PROPN 2 obj NNP
to = PART 5 mark TO
hold = VERB 2 xcomp VB
talks talk NOUN 5 obj NNS
with = ADP 9 case IN
Somali = PROPN 9 compound NNP
rebels rebel NOUN 6 nmod NNS
. = PUNCT 2 punct .`
	cooperated := `
Kenya = PROPN 3 nsubj NNP
has have AUX 3 aux VBZ
cooperated cooperate VERB 0 root VBN
with = ADP 6 case IN
Ugandan = PROPN 6 compound NNP
investigators investigator NOUN 3 obl NNS
. = PUNCT 3 punct .`
	if got := round2Code(t, session10Doc(t, append(codes29Ents, [3]string{"Ugandan investigators", "NORP", "UGACOP"}), cooperated), nil); got != "063 KEN>UGACOP" {
		t.Errorf("cooperated with investigators (codes29.pat): got %q, want 063", got)
	}
	checkOnOff(t, codes29Ents, func(o *Options) { o.noWishedTalks = true }, []onOffCase{
		{"wanted to take part in the talks with", wantTalks, "036 KEN>UGA intended", "030 KEN>UGA intended; 036 KEN>UGA intended"},
		{"wants Uganda to hold talks with", wantUgandaTalks, "026 KEN>UGA intended", "026 KEN>UGA intended"},
	})
	checkOnOff(t, codes29Ents, func(o *Options) { o.noLeaderGoing = true }, []onOffCase{
		{"demanded the cabinet make way", makeWay, "1041 KENOPP>KENGOV", "100 KENOPP>KENGOV"},
		{"departure has been demanded by", departure, "1041 KENOPP>KENGOV", "100 KENOPP>KENGOV"},
	})
	checkOnOff(t, codes29Ents, func(o *Options) { o.noConjPlan = true }, []onOffCase{
		{"will visit and hold talks", visitAndTalk, "036 KENGOV>UGA intended; 036 KENGOV>UGAGOV intended", "036 KENGOV>UGA intended; 040 KENGOV>UGAGOV"},
		{"visited and held talks", visitedAndTalked, "040 KENGOV>UGAGOV; 042 KENGOV>UGA", "040 KENGOV>UGAGOV; 042 KENGOV>UGA"},
	})
	checkOnOff(t, codes29Ents, func(o *Options) { o.noArrivedHere = true }, []onOffCase{
		{"arrived here for talks with", arrivedHere, "040 KENGOV>UGAGOV; 042 KENGOV>UGA", "040 KENGOV>UGAGOV"},
	})
	checkOnOff(t, codes29Ents, func(o *Options) { o.noSharedNation = true }, []onOffCase{
		{"Kenyan police and troops arrested", policeAndTroops, "173 KENCOP>SOMREB; 173 KENMIL>SOMREB", "173 KENCOP>SOMREB"},
		{"Kenyan police and the troops arrested", policeAndArmy, "173 KENCOP>SOMREB", "173 KENCOP>SOMREB"},
	})
}

// TestSession29ListedHeadline: a digest's later headline line with a bare
// "to" infinitive is a plan (listedHeadline).
func TestSession29ListedHeadline(t *testing.T) {
	dull := `
Shares share NOUN 2 nsubj NNS
rose rise VERB 0 root VBD
. = PUNCT 2 punct .`
	line := `
Kenyan = PROPN 2 compound NNP
president = NOUN 4 nsubj NN
to = PART 4 mark TO
visit = VERB 0 root VB
Uganda = PROPN 4 obj NNP`
	for _, c := range []struct {
		off  bool
		want string
	}{{false, "036 KENGOV>UGA intended"}, {true, "042 KENGOV>UGA"}} {
		d := session10Doc(t, codes29Ents, dull, line, dull)
		for i := range d.Sentences {
			d.Sentences[i].Paragraph = i
		}
		var off func(*Options)
		if c.off {
			off = func(o *Options) { o.noListedHeadline = true }
		}
		if got := round2Code(t, d, off); got != c.want {
			t.Errorf("listed headline (off %v): got %q, want %q", c.off, got, c.want)
		}
	}
}
