package event

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Tests of session 32's events round (event/round32.go,
// data/event/round32.pat), each rule on and switched off. Sentences written
// for the tests; trees as dyad's parser gives them.

var round32Ents = [][3]string{{"Uganda", "GPE", "UGA"}, {"Tanzania", "GPE", "TZA"}, {"Rwanda", "GPE", "RWA"},
	{"Kenyan president", "NORP", "KENGOV"}, {"Kenyan officials", "NORP", "KENGOV"}}

// TestDelegatesOf checks delegatesOf: diplomats "from" and representatives
// "of" coordinated countries are each country's government (without the
// rule: the bare countries, or the first alone); opposition leaders and
// business representatives stay as they were.
func TestDelegatesOf(t *testing.T) {
	diplomats := `
Senior senior ADJ 2 amod JJ
diplomats diplomat NOUN 10 nsubj NNS
from = ADP 4 case IN
Uganda = PROPN 2 nmod NNP
, = PUNCT 6 punct ,
Tanzania = PROPN 4 conj NNP
and = CCONJ 8 cc CC
Rwanda = PROPN 4 conj NNP
will = AUX 10 aux MD
meet = VERB 0 root VB
on = ADP 12 case IN
Friday = PROPN 10 obl NNP
. = PUNCT 10 punct .`
	representatives := `
Representatives representative NOUN 6 nsubj NNS
of = ADP 3 case IN
Uganda = PROPN 1 nmod NNP
and = CCONJ 5 cc CC
Tanzania = PROPN 3 conj NNP
met meet VERB 0 root VBD
on = ADP 8 case IN
Friday = PROPN 6 obl NNP
. = PUNCT 6 punct .`
	opposition := `
Opposition opposition NOUN 2 compound NN
leaders leader NOUN 5 nsubj NNS
from = ADP 4 case IN
Uganda = PROPN 2 nmod NNP
met meet VERB 0 root VBD
the = DET 8 det DT
Kenyan = ADJ 8 amod JJ
president = NOUN 5 obj NN
. = PUNCT 5 punct .`
	business := `
Business business NOUN 2 compound NN
representatives representative NOUN 5 nsubj NNS
from = ADP 4 case IN
Uganda = PROPN 2 nmod NNP
met meet VERB 0 root VBD
Kenyan = PROPN 7 compound NNP
officials official NOUN 5 obj NNS
. = PUNCT 5 punct .`
	checkOnOff(t, round32Ents, func(o *Options) { o.noDelegatesOf = true }, []onOffCase{
		{"diplomats from Uganda, Tanzania and Rwanda will meet", diplomats,
			"036 RWAGOV>TZAGOV intended; 036 RWAGOV>UGAGOV intended; 036 TZAGOV>RWAGOV intended; " +
				"036 TZAGOV>UGAGOV intended; 036 UGAGOV>RWAGOV intended; 036 UGAGOV>TZAGOV intended",
			"036 RWA>TZA intended; 036 RWA>UGA intended; 036 TZA>RWA intended; 036 TZA>UGA intended; " +
				"036 UGA>RWA intended; 036 UGA>TZA intended"},
		{"representatives of Uganda and Tanzania met", representatives, "040 TZAGOV>UGAGOV; 040 UGAGOV>TZAGOV", "040 UGA>-"},
		{"opposition leaders from Uganda met", opposition, "040 UGA>KENGOV", "040 UGA>KENGOV"},
		{"business representatives from Uganda met", business, "040 UGA>KENGOV", "040 UGA>KENGOV"},
	})
}

// TestPeople32 checks people32Nouns: the newspapers a minister warns and
// the editor the police arrest are of the actor's country (KENMED);
// without them the events had no target.
func TestPeople32(t *testing.T) {
	newspapers := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 4 nsubj NN
warned warn VERB 0 root VBD
the = DET 6 det DT
country = NOUN 8 nmod:poss NN
's = PART 6 case POS
newspapers newspaper NOUN 4 obj NNS
to = PART 10 mark TO
show = VERB 4 advcl VB
restraint = NOUN 10 obj NN
. = PUNCT 4 punct .`
	editor := `
Kenyan = PROPN 2 compound NNP
police = NOUN 3 nsubj NNS
arrested arrest VERB 0 root VBD
an = DET 5 det DT
editor = NOUN 3 obj NN
on = ADP 7 case IN
Monday = PROPN 3 obl NNP
. = PUNCT 3 punct .`
	ents := [][3]string{{"Kenyan minister", "NORP", "KENGOV"}, {"Kenyan police", "NORP", "KENCOP"}}
	checkOnOff(t, ents, func(o *Options) { o.noPeople32 = true }, []onOffCase{
		{"warned the country's newspapers", newspapers, "130 KENGOV>KENMED", "130 KENGOV>-"},
		{"arrested an editor", editor, "173 KENCOP>KENMED", "173 KENCOP>-"},
	})
}

// round32Code codes d with the embedded patterns, less round32.pat's when
// without32 is set.
func round32Code(t *testing.T, d *doc.Document, without32 bool) string {
	t.Helper()
	if !without32 {
		return codeLessPatterns(t, d, "")
	}
	return codeLessPatterns(t, d, "round32.pat")
}

// TestRound32Patterns checks round32.pat: EXCHANGE_VIEWS (views exchanged
// with a partner: 040 to the partner; ideas exchanged by a coordinated
// subject: 040 both ways), where without round32.pat the CAMEO
// dictionary's TRADE coded 046.
func TestRound32Patterns(t *testing.T) {
	with := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 4 nsubj NN
exchanged exchange VERB 0 root VBD
views view NOUN 4 obj NNS
with = ADP 8 case IN
Ugandan = ADJ 8 amod JJ
officials official NOUN 5 nmod NNS
on = ADP 10 case IN
Monday = PROPN 8 nmod NNP
. = PUNCT 4 punct .`
	both := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 8 nsubj NN
and = CCONJ 8 cc CC
the = DET 7 det DT
Ugandan = PROPN 7 compound NNP
minister = NOUN 8 nsubj NN
exchanged exchange VERB 0 root VBD
ideas idea NOUN 8 obj NNS
on = ADP 11 case IN
trade = NOUN 9 nmod NN
. = PUNCT 8 punct .`
	ents := [][3]string{{"Kenyan minister", "NORP", "KENGOV"}, {"Ugandan minister", "NORP", "UGAGOV"},
		{"Ugandan officials", "NORP", "UGAGOV"}}
	for _, c := range []struct{ name, src, want, old string }{
		{"exchanged views with", with, "040 KENGOV>UGAGOV", "046 KENGOV>UGAGOV"},
		{"A and B exchanged ideas", both, "040 KENGOV>UGAGOV; 040 UGAGOV>KENGOV", "046 KENGOV>UGAGOV; 046 UGAGOV>KENGOV"},
	} {
		if got := round32Code(t, session10Doc(t, ents, c.src), false); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round32Code(t, session10Doc(t, ents, c.src), true); got != c.old {
			t.Errorf("%s, without round32.pat: got %q, want %q", c.name, got, c.old)
		}
	}
}
