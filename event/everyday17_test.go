package event

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 17 rules (event/everyday17.go), on sentences written for the
// test in the parse shape dyad's parser gives them; every case fails with
// its rule off.

// TestSession17AskedAct: what an appeal asks of its addressee, in a
// second infinitive or a conjunct, is no act of the one who appeals.
func TestSession17AskedAct(t *testing.T) {
	callOn := `
Egypt = PROPN 2 nsubj NNP
called call VERB 0 root VBD
on = ADP 4 case IN
Chad = PROPN 2 obl NNP
to = PART 6 mark TO
return = VERB 2 advcl VB
to = ADP 8 case IN
talks talk NOUN 6 obl NNS
and = CCONJ 10 cc CC
agree = VERB 2 conj VBP
to = ADP 13 case IN
a = DET 13 det DT
truce = NOUN 10 obl NN
. = PUNCT 2 punct .`
	appeal := `
Turkey = PROPN 2 nsubj NNP
appealed appeal VERB 0 root VBD
to = ADP 4 case IN
Armenia = PROPN 2 obl NNP
to = PART 6 mark TO
open = VERB 2 advcl VB
the = DET 8 det DT
border = NOUN 6 obj NN
and = CCONJ 10 cc CC
negotiate = VERB 6 conj VB
a = DET 12 det DT
settlement = NOUN 10 obj NN
. = PUNCT 2 punct .`
	ents := [][3]string{{"Egypt", "GPE", "EGY"}, {"Chad", "GPE", "TCD"}, {"Qatar", "GPE", "QAT"},
		{"Turkey", "GPE", "TUR"}, {"Armenia", "GPE", "ARM"}}
	checkOnOff(t, ents, func(o *Options) { o.noAskedAct = true }, []onOffCase{
		{"called on Chad to return and agree", callOn, "020 EGY>TCD", "020 EGY>TCD; 0356 EGY>-"},
		{"appealed to Armenia to open and negotiate", appeal, "020 TUR>ARM", "020 TUR>ARM; 046 TUR>-"},
	})
}

// TestSession17AskedActToAndAux: a second infinitive with its own "to" is
// still asked of the addressee; a conjunct with an auxiliary ("and will
// send") has a tense of its own and is the asker's next act.
func TestSession17AskedActToAndAux(t *testing.T) {
	secondTo := `
Egypt = PROPN 2 nsubj NNP
called call VERB 0 root VBD
on = ADP 4 case IN
Chad = PROPN 2 obl NNP
to = PART 6 mark TO
return = VERB 2 advcl VB
to = ADP 8 case IN
talks talk NOUN 6 obl NNS
and = CCONJ 11 cc CC
to = PART 11 mark TO
agree = VERB 6 conj VB
to = ADP 14 case IN
a = DET 14 det DT
truce = NOUN 11 obl NN
. = PUNCT 2 punct .`
	willSend := `
Qatar = PROPN 2 nsubj NNP
urged urge VERB 0 root VBD
Chad = PROPN 2 iobj NNP
to = PART 5 mark TO
return = VERB 2 xcomp VB
to = ADP 7 case IN
talks talk NOUN 5 obl NNS
and = CCONJ 10 cc CC
will = AUX 10 aux MD
send = VERB 2 conj VB
aid = NOUN 10 obj NN
to = ADP 13 case IN
Chad = PROPN 10 obl NNP
. = PUNCT 2 punct .`
	ents := [][3]string{{"Egypt", "GPE", "EGY"}, {"Chad", "GPE", "TCD"}, {"Qatar", "GPE", "QAT"}}
	for _, c := range []struct{ name, src, want string }{
		{"called on Chad to return and to agree", secondTo, "020 EGY>TCD"},
		{"urged Chad to return and will send aid", willSend, "020 QAT>TCD; 033 QAT>TCD intended"},
	} {
		if got := round2Code(t, session10Doc(t, ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// warringStory is a clash, then an appeal to "the warring parties".
var warringStory = []string{`
The the DET 3 det DT
Ethiopian = ADJ 3 amod JJ
army = NOUN 4 nsubj NN
attacked attack VERB 0 root VBD
Eritrean = PROPN 6 compound NNP
troops = NOUN 4 obj NNS
on = ADP 8 case IN
Tuesday = PROPN 4 obl NNP
. = PUNCT 4 punct .`, `
Qatar = PROPN 2 nsubj NNP
urged urge VERB 0 root VBD
the = DET 5 det DT
warring war VERB 5 amod VBG
parties party NOUN 2 obj NNS
to = PART 7 mark TO
stop = VERB 5 acl VB
the = DET 9 det DT
fighting = NOUN 7 obj NN
. = PUNCT 2 punct .`}

// TestSession17ConflictSides: "the warring parties", "both sides" are
// the two who fought in the story's latest act of force.
func TestSession17ConflictSides(t *testing.T) {
	ents := [][3]string{{"Ethiopian army", "ORG", "ETHMIL"}, {"Eritrean troops", "ORG", "ERIMIL"}, {"Qatar", "GPE", "QAT"}}
	want := "020 QAT>ERIMIL; 020 QAT>ETHMIL; 190 ETHMIL>ERIMIL"
	if got := round2Code(t, session10Doc(t, ents, warringStory...), nil); got != want {
		t.Errorf("warring parties: got %q, want %q", got, want)
	}
	off := "020 QAT>-; 190 ETHMIL>ERIMIL"
	if got := round2Code(t, session10Doc(t, ents, warringStory...), func(o *Options) { o.noConflictSides = true }); got != off {
		t.Errorf("warring parties, rule off: got %q, want %q", got, off)
	}
	// "the two adversaries" of talks "between" two named in the sentence
	adversaries := `
Hopes hope NOUN 8 nsubj NNS
of = ADP 3 case IN
talks talk NOUN 1 nmod NNS
between = ADP 5 case IN
Ghana = PROPN 3 nmod NNP
and = CCONJ 7 cc CC
Togo = PROPN 5 conj NNP
rose rise VERB 0 root VBD
Sunday = PROPN 8 obl NNP
after = ADP 13 case IN
the = DET 13 det DT
two = NUM 13 nummod CD
adversaries adversary NOUN 8 obl NNS
indicated indicate VERB 8 parataxis VBD
they = PRON 17 nsubj PRP
were be AUX 17 cop VBD
prepared = ADJ 14 ccomp JJ
to = PART 19 mark TO
meet = VERB 17 advcl VB
. = PUNCT 8 punct .`
	checkOnOff(t, [][3]string{{"Ghana", "GPE", "GHA"}, {"Togo", "GPE", "TGO"}}, func(o *Options) { o.noConflictSides = true }, []onOffCase{
		// "were prepared to meet" is a plan to meet since session 18
		// (event/round18_test.go), a meeting held before.
		{"the two adversaries", adversaries, "036 GHA>TGO intended; 036 TGO>GHA intended", ""},
	})
}

// TestSession17ClauseAfterPreposition: "after Nairobi hosted a meeting"
// with "Nairobi" parsed in a phrase of "after" and "hosted" a second
// complement of the attribution: the clause's act is Nairobi's.
func TestSession17ClauseAfterPreposition(t *testing.T) {
	src := `
Sudan = PROPN 2 nsubj NNP
expelled expel VERB 16 ccomp VBD
two = NUM 5 nummod CD
Kenyan = PROPN 5 compound NNP
diplomats diplomat NOUN 2 obj NNS
on = ADP 7 case IN
Wednesday = PROPN 5 nmod NNP
after = ADP 9 case IN
Nairobi = PROPN 7 nmod NNP
hosted host VERB 16 ccomp VBD
a = DET 12 det DT
meeting = NOUN 10 obj NN
, = PUNCT 15 punct ,
the = DET 15 det DT
ministry = NOUN 16 nsubj NN
said say VERB 0 root VBD
. = PUNCT 16 punct .`
	ents := [][3]string{{"Sudan", "GPE", "SDN"}, {"Kenyan diplomats", "PER", "KENGOV"}, {"Nairobi", "GPE", "KENGOV"}}
	checkOnOff(t, ents, func(o *Options) { o.noClauseAfterPrep = true }, []onOffCase{
		{"after Nairobi hosted", src, "043 KEN>-; 161 SDN>KENGOV", "161 SDN>KENGOV"},
	})
}

// rejectedMove is an expulsion, then its rejection and a summons.
var rejectedMove = []string{`
Sudan = PROPN 2 nsubj NNP
expelled expel VERB 0 root VBD
two = NUM 5 nummod CD
Kenyan = PROPN 5 compound NNP
diplomats diplomat NOUN 2 obj NNS
. = PUNCT 2 punct .`, `
Kenya = PROPN 2 nsubj NNP
rejected reject VERB 0 root VBD
the = DET 4 det DT
move = NOUN 2 obj NN
as = ADV 6 advmod RB
unjustified = ADJ 4 amod JJ
and = CCONJ 8 cc CC
summoned summon VERB 6 conj VBD
the = DET 11 det DT
Sudanese = ADJ 11 amod JJ
ambassador = NOUN 8 obj NN
. = PUNCT 2 punct .`}

// TestSession17RejectedMove: "rejected the move" rejects the act told
// before (120 to its author), and "and summoned the ambassador", parsed
// as a conjunct of the adjective, is the rejecter's own act.
func TestSession17RejectedMove(t *testing.T) {
	ents := [][3]string{{"Sudan", "GPE", "SDN"}, {"Kenyan diplomats", "PER", "KENGOV"}, {"Kenya", "GPE", "KEN"},
		{"Sudanese ambassador", "PER", "SDNGOV"}}
	want := "040 KEN>SDNGOV; 120 KEN>SDN; 161 SDN>KENGOV"
	for _, c := range []struct {
		name string
		off  func(*Options)
		want string
	}{
		{"rules on", nil, want},
		{"no move author", func(o *Options) { o.noMoveAuthor = true }, "040 KEN>SDNGOV; 120 KEN>-; 161 SDN>KENGOV"},
		{"no verb on modifier", func(o *Options) { o.noVerbOnModifier = true }, "120 KEN>SDNGOV; 161 SDN>KENGOV"},
	} {
		if got := round2Code(t, session10Doc(t, ents, rejectedMove...), c.off); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	// "as hostile" parsed as a noun phrase on "move"
	asNoun := `
Kenya = PROPN 2 nsubj NNP
rejected reject VERB 0 root VBD
the = DET 4 det DT
move = NOUN 2 obj NN
as = ADP 6 case IN
hostile = NOUN 4 nmod NN
. = PUNCT 2 punct .`
	for _, c := range []struct {
		off  func(*Options)
		want string
	}{
		{nil, "120 KEN>SDN; 161 SDN>KENGOV"},
		{func(o *Options) { o.noMoveAuthor = true }, "120 KEN>-; 161 SDN>KENGOV"},
	} {
		if got := round2Code(t, session10Doc(t, ents, rejectedMove[0], asNoun), c.off); got != c.want {
			t.Errorf("as hostile (off %v): got %q, want %q", c.off != nil, got, c.want)
		}
	}
}

// TestSession17EmbassyProtest: a crowd gathered outside a foreign
// embassy protests against the embassy's government, as people of the
// country the protest is in; the embassy does not make a home sentence
// foreign for the police who detain them.
func TestSession17EmbassyProtest(t *testing.T) {
	gather := `
Hundreds hundred NOUN 4 nsubj NNS
of = ADP 3 case IN
protesters protester NOUN 1 nmod NNS
gathered gather VERB 0 root VBD
outside = ADP 8 case IN
the = DET 8 det DT
Brazilian = ADJ 8 amod JJ
embassy = NOUN 4 obl NN
in = ADP 10 case IN
Jakarta = PROPN 8 nmod NNP
. = PUNCT 4 punct .`
	detain := `
Police police NOUN 4 nsubj NNS
in = ADP 3 case IN
Jakarta = PROPN 1 nmod NNP
detained detain VERB 0 root VBD
15 = NUM 6 nummod CD
protesters protester NOUN 4 obj NNS
who = PRON 9 nsubj WP
had have AUX 9 aux VBD
gathered gather VERB 6 acl:relcl VBN
outside = ADP 13 case IN
the = DET 13 det DT
Brazilian = ADJ 13 amod JJ
embassy = NOUN 9 obl NN
. = PUNCT 4 punct .`
	ents := [][3]string{{"Brazilian embassy", "ORG", "BRAGOV"}, {"Police in Jakarta", "ORG", "IDNCOP"}}
	for _, c := range []struct{ name, src, want, old string }{
		{"gathered outside the embassy", gather, "141 IDNCVL>BRAGOV", ""},
		{"detained protesters who gathered outside the embassy", detain, "173 IDNCOP>IDNCVL", "173 IDNCOP>-"},
	} {
		for _, off := range []bool{false, true} {
			d := session10Doc(t, ents, c.src)
			if i := indexWord(d.Text, "Jakarta"); i >= 0 {
				d.Places = append(d.Places, doc.Place{Start: i, End: i + 7, Text: "Jakarta", Name: "Jakarta", Country: "IDN", Feature: "city"})
			}
			var o func(*Options)
			want := c.want
			if off {
				o, want = func(o *Options) { o.noEmbassyProtest = true }, c.old
			}
			if got := round2Code(t, d, o); got != want {
				t.Errorf("%s (rule off %v): got %q, want %q", c.name, off, got, want)
			}
		}
	}
}

// indexWord returns the byte offset of w in text, -1 when absent.
func indexWord(text, w string) int {
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i:i+len(w)] == w {
			return i
		}
	}
	return -1
}
