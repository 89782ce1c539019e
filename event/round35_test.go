package event

import "testing"

// Tests of session 35's events round (event/round35.go, round35.pat), each
// rule on and switched off. Sentences written for the tests; trees as dyad's
// parser gives them.

var round35Ents = [][3]string{{"Kibaki", "PERSON", "KENGOV"}, {"Uganda", "GPE", "UGA"},
	{"Kenyan government", "ORG", "KENGOV"}, {"Britain", "GPE", "GBR"},
	{"Kenyan opposition", "ORG", "KENOPP"}, {"ruling party", "ORG", "KENPTY"}}

// TestRangeEndTarget checks rangeEnd: the number that ends a range of days
// ("from Nov. 20 to 23") is no "to" phrase a visit goes to; without the
// rule VISIT's "pp:to +" took it and the visit had no target.
func TestRangeEndTarget(t *testing.T) {
	visit := `
Kibaki = PROPN 3 nsubj NNP
will = AUX 3 aux MD
visit = VERB 0 root VB
Uganda = PROPN 3 obj NNP
from = ADP 7 case IN
Nov. November PROPN 7 nmod:unmarked NNP
20 = NUM 3 obl CD
to = ADP 9 case IN
23 = NUM 7 nmod CD
. = PUNCT 3 punct .
`
	checkOnOff(t, round35Ents, func(o *Options) { o.noRangeEndTarget = true }, []onOffCase{
		{"visit Uganda from Nov. 20 to 23", visit, "036 KENGOV>UGA intended", "036 KENGOV>- intended"},
	})
}

// TestRatherThan checks ratherThanNegates: the act "rather than" sets
// aside is not done (negated); without the rule it was coded as support.
func TestRatherThan(t *testing.T) {
	rather := `
Rather rather ADV 3 mark RB
than = SCONJ 1 fixed IN
backing back VERB 10 advcl VBG
the = DET 6 det DT
Kenyan = PROPN 6 compound NNP
government = NOUN 3 obj NN
, = PUNCT 3 punct ,
Britain = PROPN 10 nsubj NNP
should = AUX 10 aux MD
press = VERB 0 root VB
Uganda = PROPN 10 obj NNP
. = PUNCT 10 punct .
`
	checkOnOff(t, round35Ents, func(o *Options) { o.noRatherThan = true }, []onOffCase{
		{"rather than backing", rather, "050 GBR>KENGOV neg; 100 GBR>UGA hypothetical", "050 GBR>KENGOV; 100 GBR>UGA hypothetical"},
	})
}

// TestFigurativeForce checks figurativeForce: breaking a party's
// stranglehold on the press is no force used on the party (DESTROY's 190);
// without the rule it was coded 190 towards the possessor.
func TestFigurativeForce(t *testing.T) {
	broke := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
opposition = NOUN 4 nsubj NN
broke break VERB 0 root VBD
the = DET 7 det DT
ruling rule VERB 7 amod VBG
party = NOUN 9 nmod:poss NN
's = PART 7 case POS
stranglehold = NOUN 4 obj NN
on = ADP 12 case IN
the = DET 12 det DT
press = NOUN 4 obl NN
. = PUNCT 4 punct .
`
	checkOnOff(t, round35Ents, func(o *Options) { o.noFigurativeForce = true }, []onOffCase{
		{"broke the ruling party's stranglehold", broke, "", "190 KENOPP>KENPTY"},
	})
}

// TestRound35Patterns checks round35.pat: an MOU signed with a partner is
// an agreement signed (057 to the partner); without round35.pat the
// object "MOUs" (parsed an adjective) was taken as the target and the
// signing had none (a target of no code: "057 KENGOV>").
func TestRound35Patterns(t *testing.T) {
	signed := `
Kibaki = PROPN 2 nsubj NNP
signed sign VERB 0 root VBD
MOUs mous ADJ 2 obj JJ
with = ADP 5 case IN
Uganda = PROPN 3 obl NNP
. = PUNCT 2 punct .`
	// the entity stage makes "MOUs" an organisation of no actor
	d := session10Doc(t, append(round35Ents, [3]string{"MOUs", "ORG", ""}), signed)
	if got, want := codeLessPatterns(t, d, ""), "057 KENGOV>UGA"; got != want {
		t.Errorf("signed MOUs with: got %q, want %q", got, want)
	}
	if got, want := codeLessPatterns(t, d, "round35.pat"), "057 KENGOV>"; got != want {
		t.Errorf("signed MOUs with, without round35.pat: got %q, want %q", got, want)
	}
}
