package event

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 13's second round, each on sentences written for the
// test in the parse shape dyad's parser gives them (or gave the sentence
// the rule was made for); every case fails with its rule off.

func TestSession13bRules(t *testing.T) {
	// "bombed" hung as an adjective of the object, with its subject.
	bombed := `
Jordanian = ADJ 2 amod JJ
jets jet NOUN 3 nsubj NNS
bombed bomb VERB 5 amod VBN
Nusra = PROPN 5 compound NNP
positions position NOUN 0 root NNS
. = PUNCT 5 punct .`
	// "struck" tagged a noun: root, subject its compound, object its
	// nominal modifier.
	struckRoot := `
Georgia = PROPN 2 compound NNP
struck = NOUN 0 root NN
Chechen = PROPN 4 compound NNP
rebels rebel NOUN 2 nmod NNS
. = PUNCT 2 punct .`
	// "struck" a compound of its object, the subject another.
	struckCompound := `
Jordan = PROPN 3 compound NNP
struck = NOUN 3 compound NN
targets target NOUN 0 root NNS
in = ADP 7 case IN
the = DET 7 det DT
Gaza = PROPN 7 compound NNP
Strip = PROPN 3 nmod NNP
. = PUNCT 3 punct .`
	// people "in" a territory the entity stage types as an organisation
	militants := `
Gunmen gunman NOUN 4 nsubj NNS
in = ADP 3 case IN
Gaza = PROPN 1 nmod NNP
attacked attack VERB 0 root VBD
an a DET 7 det DT
Egyptian = ADJ 7 amod JJ
patrol = NOUN 4 obj NN
. = PUNCT 4 punct .`
	// a force verb on a place in the territory
	shelled := `
Egyptian = ADJ 2 amod JJ
tanks tank NOUN 3 nsubj NNS
shelled shell VERB 0 root VBD
houses house NOUN 3 obj NNS
in = ADP 8 case IN
the = DET 8 det DT
Gaza = PROPN 8 compound NNP
Strip = PROPN 4 nmod NNP
. = PUNCT 3 punct .`
	// a plan overtaken by events
	due := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 6 nsubj NN
had have AUX 6 aux VBD
been be AUX 6 cop VBN
due = ADJ 0 root JJ
to = PART 8 mark TO
visit = VERB 6 xcomp VB
Uganda = PROPN 8 obj NNP
on = ADP 11 case IN
Monday = PROPN 8 obl NNP
. = PUNCT 6 punct .`
	// the present plan stays one
	dueNow := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 5 nsubj NN
is be AUX 5 cop VBZ
due = ADJ 0 root JJ
to = PART 7 mark TO
visit = VERB 5 xcomp VB
Uganda = PROPN 7 obj NNP
. = PUNCT 5 punct .`
	// "called on" conjoined to the passive relative clause
	relative := `
Germany = PROPN 2 nsubj NNP
condemned condemn VERB 0 root VBD
an a DET 4 det DT
attack = NOUN 2 obj NN
in = ADP 6 case IN
which = PRON 10 obl WDT
three = NUM 8 nummod CD
soldiers soldier NOUN 10 nsubj:pass NNS
were be AUX 10 aux:pass VBD
killed kill VERB 4 acl:relcl VBN
and = CCONJ 12 cc CC
called call VERB 10 conj VBN
on = ADP 14 case IN
Iran = PROPN 12 obl NNP
to = PART 16 mark TO
act = VERB 12 advcl VB
. = PUNCT 2 punct .`
	// a passive participle conjoined to it stays there
	wounded := `
Germany = PROPN 2 nsubj NNP
condemned condemn VERB 0 root VBD
an a DET 4 det DT
attack = NOUN 2 obj NN
in = ADP 6 case IN
which = PRON 10 obl WDT
three = NUM 8 nummod CD
soldiers soldier NOUN 10 nsubj:pass NNS
were be AUX 10 aux:pass VBD
killed kill VERB 4 acl:relcl VBN
and = CCONJ 12 cc CC
wounded wound VERB 10 conj VBN
. = PUNCT 2 punct .`
	// "both sides" after talks "between" two parties
	sides := `
Talks talk NOUN 9 nsubj NNS
between = ADP 4 case IN
Kenyan = PROPN 4 compound NNP
rebels rebel NOUN 1 nmod NNS
and = CCONJ 8 cc CC
the = DET 8 det DT
Ugandan = ADJ 8 amod JJ
government = NOUN 4 conj NN
stalled stall VERB 0 root VBD
, = PUNCT 14 punct ,
and = CCONJ 14 cc CC
both = DET 13 det DT
sides side NOUN 14 nsubj NNS
agreed agree VERB 9 conj VBD
to = PART 16 mark TO
meet = VERB 14 xcomp VB
again = ADV 16 advmod RB
. = PUNCT 9 punct .`
	ents := [][3]string{{"Jordanian", "NORP", "JOR"}, {"Nusra", "ORG", "SYRREB"}, {"Georgia", "GPE", "GEO"},
		{"Chechen", "NORP", "RUSREB"}, {"Jordan", "GPE", "JOR"}, {"Gaza Strip", "ORG", "PSEGZA"},
		{"Gaza", "ORG", "PSEGZA"}, {"Egyptian", "NORP", "EGY"}, {"Kenyan", "NORP", "KENGOV"},
		{"Uganda", "GPE", "UGA"}, {"Germany", "GPE", "DEU"}, {"Iran", "GPE", "IRN"},
		{"Kenyan rebels", "ORG", "KENREB"}, {"Ugandan government", "ORG", "UGAGOV"}}
	type opt = func(*Options)
	for _, c := range []struct {
		name, src, place, want, old string
		off                         opt
	}{
		{"subject of an adjective verb", bombed, "", "195 JOR>SYRREB", "195 JOR>-",
			func(o *Options) { o.noOwnSubject = true }},
		{"struck as a root noun", struckRoot, "", "190 GEO>RUSREB", "",
			func(o *Options) { o.noVerbOnly = true }},
		{"struck as a compound", struckCompound, "Gaza Strip", "195 JOR>PSE", "",
			func(o *Options) { o.noVerbOnly = true }},
		{"people in a territory", militants, "Gaza", "190 PSEREB>EGY", "",
			func(o *Options) { o.noPlacedPeople = true }},
		{"a place in a territory", shelled, "Gaza Strip", "194 EGY>PSE", "194 EGY>-",
			func(o *Options) { o.noTerritoryPlace = true }},
		{"had been due to visit", due, "", "036 KENGOV>UGA neg intended", "036 KENGOV>UGA intended",
			func(o *Options) { o.noOvertakenPlan = true }},
		{"is due to visit", dueNow, "", "036 KENGOV>UGA intended", "036 KENGOV>UGA intended",
			func(o *Options) { o.noOvertakenPlan = true }},
		{"called on after a relative clause", relative, "", "020 DEU>IRN; 111 DEU>-", "111 DEU>-",
			func(o *Options) { o.noRelativeConjunct = true }},
		{"both sides of talks between", sides, "",
			"036 KENREB>UGAGOV intended; 036 UGAGOV>KENREB intended; 040 KENREB>UGAGOV; 040 UGAGOV>KENREB; 120 KENGOV>-",
			"040 KENREB>UGAGOV; 040 UGAGOV>KENREB; 120 KENGOV>-",
			func(o *Options) { o.noSidesBetween = true }},
		{"wounded after a relative clause", wounded, "", "111 DEU>-", "111 DEU>-",
			func(o *Options) { o.noRelativeConjunct = true }},
	} {
		mk := func() *doc.Document {
			d := session10Doc(t, ents, c.src)
			if c.place != "" {
				d = withPlace(t, d, c.place, "", "other")
			}
			return d
		}
		if got := round2Code(t, mk(), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round2Code(t, mk(), c.off); got != c.old {
			t.Errorf("%s, rule off: got %q, want %q", c.name, got, c.old)
		}
	}
}
