package event

import "testing"

// Session 16 rules (event/round16.go and data/event/dyad.pat), on sentences
// written for the test in the parse shape dyad's parser gives them; every
// case of a switch fails with its rule off (the controls excepted, which
// say so), and the pattern cases failed with the patterns of session 15.

// session16Ents are the actors of the session-16 test sentences.
var session16Ents = [][3]string{{"Tuju", "PER", "KENGOV"}, {"Kutesa", "PER", "UGAGOV"},
	{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Sudan", "GPE", "SDN"},
	{"Ethiopia", "GPE", "ETH"}, {"Somalia", "GPE", "SOM"}, {"Ugandan", "NORP", "UGA"}}

// TestSession16NominalMeeting: a meeting noun in a phrase of time on a
// clause, or the talks a visit was for, with its partner in a "with"
// phrase the parser may hang anywhere, is the subject's meeting with the
// partner (040); not in a relative clause. (The talks a planned visit is
// for were coded already, by the journey rule: a control.)
func TestSession16NominalMeeting(t *testing.T) {
	after := `
Tuju Tuju PROPN 2 nsubj NNP
told tell VERB 0 root VBD
reporters reporter NOUN 2 obj NNS
after = ADP 6 case IN
a = DET 6 det DT
meeting = NOUN 3 nmod NN
with = ADP 8 case IN
Kutesa Kutesa PROPN 6 nmod NNP
. = PUNCT 2 punct .`
	during := `
Tuju Tuju PROPN 2 nsubj NNP
made make VERB 0 root VBD
the = DET 4 det DT
remarks remark NOUN 2 obj NNS
during = ADP 7 case IN
a = DET 7 det DT
meeting = NOUN 2 obl NN
here = ADV 7 advmod RB
last = ADJ 10 amod JJ
week = NOUN 2 obl:unmarked NN
with = ADP 12 case IN
Kutesa Kutesa PROPN 2 obl NNP
. = PUNCT 2 punct .`
	visitFor := `
Tuju Tuju PROPN 2 nsubj NNP
paid pay VERB 0 root VBD
a = DET 4 det DT
visit = NOUN 2 obj NN
to = ADP 6 case IN
Uganda Uganda PROPN 2 obl NNP
on = ADP 8 case IN
Tuesday Tuesday PROPN 2 obl NNP
for = ADP 10 case IN
talks talk NOUN 2 obl NNS
with = ADP 12 case IN
Kutesa Kutesa PROPN 10 nmod NNP
. = PUNCT 2 punct .`
	willVisit := `
Tuju Tuju PROPN 3 nsubj NNP
will = AUX 3 aux MD
visit = VERB 0 root VB
Uganda Uganda PROPN 3 obj NNP
next = ADJ 6 amod JJ
week = NOUN 3 obl:unmarked NN
for = ADP 8 case IN
talks talk NOUN 3 obl NNS
with = ADP 10 case IN
Kutesa Kutesa PROPN 8 nmod NNP
. = PUNCT 3 punct .`
	relative := `
The = DET 2 det DT
agreement = NOUN 12 nsubj NN
, = PUNCT 6 punct ,
which = PRON 6 nsubj:pass WDT
was be AUX 6 aux:pass VBD
signed sign VERB 2 acl:relcl VBN
after = ADP 8 case IN
talks talk NOUN 6 obl NNS
with = ADP 10 case IN
Kutesa Kutesa PROPN 8 nmod NNP
, = PUNCT 2 punct ,
covers cover VERB 0 root VBZ
trade = NOUN 12 obj NN
. = PUNCT 12 punct .`
	before := `
Tuju Tuju PROPN 3 nsubj NNP
had have AUX 3 aux VBD
hoped hope VERB 0 root VBN
to = PART 5 mark TO
sign = VERB 3 xcomp VB
the = DET 7 det DT
deal = NOUN 5 obj NN
before = SCONJ 9 mark IN
leaving leave VERB 5 advcl VBG
for = ADP 11 case IN
Uganda Uganda PROPN 9 obl NNP
on = ADP 13 case IN
Monday Monday PROPN 9 obl NNP
for = ADP 15 case IN
talks talk NOUN 9 obl NNS
with = ADP 17 case IN
Kutesa Kutesa PROPN 15 nmod NNP
. = PUNCT 3 punct .`
	checkOnOff(t, session16Ents, func(o *Options) { o.noNominalMeeting, o.noOccasionMeeting = true, true }, []onOffCase{
		{"before leaving for talks (control)", before, "030 KENGOV>- intended", "030 KENGOV>- intended"},
		{"after a meeting with", after, "040 KENGOV>UGAGOV", ""},
		{"during a meeting here last week with", during, "040 KENGOV>UGAGOV", ""},
		{"paid a visit for talks with", visitFor, "040 KENGOV>UGAGOV; 042 KENGOV>UGA", "042 KENGOV>UGA"},
		{"will visit for talks with (control: the journey rule)", willVisit, "036 KENGOV>UGA intended; 036 KENGOV>UGAGOV intended", "036 KENGOV>UGA intended; 036 KENGOV>UGAGOV intended"},
		{"relative clause (control)", relative, "", ""},
	})
}

// TestSession16ShouldAppeal: what one actor says another "should" do is the
// speaker's appeal to it (020, or 025x for a yielding), not the other's
// act, and "agreed that X should" is no agreement with X; what one says
// one's own side should do is left as it was.
func TestSession16ShouldAppeal(t *testing.T) {
	withdraw := `
Tuju Tuju PROPN 2 nsubj NNP
said say VERB 0 root VBD
Uganda Uganda PROPN 5 nsubj NNP
should = AUX 5 aux MD
withdraw = VERB 2 ccomp VB
its = PRON 7 nmod:poss PRP$
troops = NOUN 5 obj NNS
from = ADP 10 case IN
the = DET 10 det DT
border = NOUN 5 obl NN
. = PUNCT 2 punct .`
	agreed := `
Kenya Kenya PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Ethiopia Ethiopia PROPN 1 conj NNP
agreed agree VERB 0 root VBD
that = SCONJ 8 mark IN
Somalia Somalia PROPN 8 nsubj NNP
should = AUX 8 aux MD
release = VERB 4 ccomp VB
the = DET 10 det DT
prisoners prisoner NOUN 8 obj NNS
. = PUNCT 4 punct .`
	own := `
Tuju Tuju PROPN 2 nsubj NNP
said say VERB 0 root VBD
Kenya Kenya PROPN 5 nsubj NNP
should = AUX 5 aux MD
withdraw = VERB 2 ccomp VB
its = PRON 7 nmod:poss PRP$
troops = NOUN 5 obj NNS
from = ADP 10 case IN
the = DET 10 det DT
border = NOUN 5 obl NN
. = PUNCT 2 punct .`
	resign := `
Kenya Kenya PROPN 3 nsubj NNP
has have AUX 3 aux VBZ
suggested suggest VERB 0 root VBN
that = SCONJ 9 mark IN
the = DET 7 det DT
Ugandan Ugandan ADJ 7 amod JJ
president = NOUN 9 nsubj NN
should = AUX 9 aux MD
resign = VERB 3 ccomp VB
. = PUNCT 3 punct .`
	review := `
Tuju Tuju PROPN 2 nsubj NNP
added add VERB 0 root VBD
there = PRON 5 expl EX
should = AUX 5 aux MD
be = VERB 2 ccomp VB
a = DET 7 det DT
review = NOUN 5 nsubj NN
if = SCONJ 11 mark IN
Uganda Uganda PROPN 11 nsubj NNP
is be AUX 11 cop VBZ
serious = ADJ 7 acl JJ
. = PUNCT 2 punct .`
	checkOnOff(t, session16Ents, func(o *Options) { o.noShouldAppeal = true }, []onOffCase{
		{"suggested X should resign", resign, "024 KEN>UGA", "083 UGA>- hypothetical"},
		{"there should be (control)", review, "", ""},
		{"said X should withdraw", withdraw, "0256 KENGOV>UGA", "0874 UGA>- hypothetical"},
		{"agreed that X should release", agreed, "0253 ETH>SOM; 0253 KEN>SOM", "050 ETH>SOM; 050 KEN>SOM; 0841 SOM>- hypothetical"},
		{"own side (control)", own, "0874 KEN>- hypothetical", "0874 KEN>- hypothetical"},
	})
}

// TestSession16BetweenSides: a verbal reaction to what two sides do
// together ("welcomed the agreement between Uganda and Sudan") is aimed
// at both, not at the first named.
func TestSession16BetweenSides(t *testing.T) {
	between := `
Tuju Tuju PROPN 2 nsubj NNP
welcomed welcome VERB 0 root VBD
the = DET 4 det DT
agreement = NOUN 2 obj NN
between = ADP 6 case IN
Uganda Uganda PROPN 4 nmod NNP
and = CCONJ 8 cc CC
Sudan Sudan PROPN 6 conj NNP
. = PUNCT 2 punct .`
	// (session 27's praisedParties, which finds the same sides, is off too)
	checkOnOff(t, session16Ents, func(o *Options) { o.noBetweenSides, o.noPraisedParties = true, true }, []onOffCase{
		{"welcomed the agreement between", between, "051 KENGOV>SDN; 051 KENGOV>UGA", "051 KENGOV>UGA"},
	})
}

// TestSession16Patterns: approving another's decision endorses it (051),
// where the CAMEO dictionary gives "welcome/respect decision" 052.
func TestSession16Patterns(t *testing.T) {
	decision := `
Tuju Tuju PROPN 2 nsubj NNP
welcomed welcome VERB 0 root VBD
Uganda Uganda PROPN 5 nmod:poss NNP
's = PART 3 case POS
decision = NOUN 2 obj NN
to = PART 7 mark TO
reopen = VERB 5 acl VB
the = DET 9 det DT
border = NOUN 7 obj NN
. = PUNCT 2 punct .`
	respected := `
Kenya Kenya PROPN 2 nsubj NNP
respected respect VERB 0 root VBD
the = DET 5 det DT
Ugandan Ugandan ADJ 5 amod JJ
decision = NOUN 2 obj NN
. = PUNCT 2 punct .`
	for _, c := range []struct{ name, src, want string }{
		{"welcomed X's decision", decision, "051 KENGOV>UGA"},
		{"respected the decision", respected, "051 KEN>UGA"},
	} {
		if got := round2Code(t, session10Doc(t, session16Ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
