package event

import "testing"

// Tests of session 36's events round (event/round36.go, round36.pat), each
// rule on and switched off. Sentences written for the tests; trees as dyad's
// parser gives them.

var round36Ents = [][3]string{{"Kibaki", "PERSON", "KENGOV"}, {"Uganda", "GPE", "UGA"},
	{"Ugandan", "NORP", "UGA"}}

// TestRuledOut checks ruledOut: the act "rule out" sets aside is not done
// (negated); without the rule it was coded as done. A negated "rule out"
// is left as it was (the dictionary's RULE_OUT codes "did not rule out
// meeting" 125, negated).
func TestRuledOut(t *testing.T) {
	ruled := `
Kibaki = PROPN 3 nsubj NNP
has have AUX 3 aux VBZ
ruled rule VERB 0 root VBN
out = ADP 3 compound:prt RP
meeting meet VERB 3 advcl VBG
Uganda = PROPN 5 obj NNP
. = PUNCT 3 punct .
`
	notRule := `
Kibaki = PROPN 4 nsubj NNP
did do AUX 4 aux VBD
not = PART 4 advmod RB
rule = VERB 0 root VB
out = ADP 4 compound:prt RP
meeting meet VERB 4 xcomp VBG
Uganda = PROPN 6 obj NNP
. = PUNCT 4 punct .
`
	checkOnOff(t, round36Ents, func(o *Options) { o.noRuledOut = true }, []onOffCase{
		{"has ruled out meeting Uganda", ruled, "040 KENGOV>UGA neg", "040 KENGOV>UGA"},
		{"did not rule out meeting Uganda", notRule, "125 KENGOV>UGA neg", "125 KENGOV>UGA neg"},
	})
}

// TestRound36Patterns checks round36.pat: a meeting held "with leaders"
// is a meeting (040), not the plan of one (the CAMEO dictionary's
// MEET_PEOPLE 036), and working with another is a wish to cooperate when
// announced (030; nothing was coded without the file), and not when told
// as done.
func TestRound36Patterns(t *testing.T) {
	met := `
Kibaki = PROPN 2 nsubj NNP
met meet VERB 0 root VBD
with = ADP 5 case IN
Ugandan = PROPN 5 compound NNP
leaders leader NOUN 2 obl NNS
on = ADP 7 case IN
Monday = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	work := `
Kibaki = PROPN 3 nsubj NNP
will = AUX 3 aux MD
work = VERB 0 root VB
with = ADP 5 case IN
Uganda = PROPN 3 obl NNP
. = PUNCT 3 punct .`
	worked := `
Kibaki = PROPN 2 nsubj NNP
worked work VERB 0 root VBD
with = ADP 4 case IN
Uganda = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	for _, c := range []struct{ name, src, on, off string }{
		{"met with Ugandan leaders", met, "040 KENGOV>UGAGOV", "036 KENGOV>UGAGOV"},
		{"will work with Uganda", work, "030 KENGOV>UGA intended", ""},
		// told as done: a job or a past, not coded (workedWith)
		{"worked with Uganda", worked, "", ""},
	} {
		d := session10Doc(t, round36Ents, c.src)
		if got := codeLessPatterns(t, d, ""); got != c.on {
			t.Errorf("%s: got %q, want %q", c.name, got, c.on)
		}
		if got := codeLessPatterns(t, d, "round36.pat"); got != c.off {
			t.Errorf("%s, without round36.pat: got %q, want %q", c.name, got, c.off)
		}
	}
}

// TestWorkedWith checks workedWith: round36.pat's "work with" told as done
// codes nothing; with the rule off it coded a wish to cooperate.
func TestWorkedWith(t *testing.T) {
	worked := `
Kibaki = PROPN 2 nsubj NNP
worked work VERB 0 root VBD
with = ADP 4 case IN
Uganda = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	checkOnOff(t, round36Ents, func(o *Options) { o.noWorkedWith = true }, []onOffCase{
		{"worked with Uganda", worked, "", "030 KENGOV>UGA"},
	})
}
