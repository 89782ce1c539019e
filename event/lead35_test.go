package event

import "testing"

// TestLead35StrikePatterns checks lead35.pat: "strike" with a word of
// agreement or of manner as its object is no attack (without lead35.pat
// the CAMEO dictionary's PHYSICAL_CONFLICT codes 190).
func TestLead35StrikePatterns(t *testing.T) {
	cases := []struct {
		name, tree string
		ents       [][3]string
		want, old  string
	}{
		{"struck an agreement", `
Kenya = PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Ethiopia = PROPN 1 conj NNP
struck strike VERB 0 root VBD
an a DET 6 det DT
agreement = NOUN 4 obj NN
on = ADP 8 case IN
Monday = PROPN 4 obl NNP
. = PUNCT 4 punct .`, [][3]string{{"Kenya", "GPE", "KEN"}, {"Ethiopia", "GPE", "ETH"}},
			"057 ETH>KEN; 057 KEN>ETH", "030 ETH>-; 030 KEN>-"},
		{"struck a compromise", `
Kenya = PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Uganda = PROPN 1 conj NNP
struck strike VERB 0 root VBD
a = DET 6 det DT
compromise = NOUN 4 obj NN
on = ADP 10 case IN
the = DET 10 det DT
border = NOUN 10 compound NN
dispute = NOUN 4 obl NN
. = PUNCT 4 punct .`, [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}},
			"037 KEN>UGA; 037 UGA>KEN", "190 KEN>-; 190 UGA>-"},
		{"struck a balance", `
Uganda = PROPN 2 nsubj NNP
struck strike VERB 0 root VBD
a = DET 4 det DT
balance = NOUN 2 obj NN
between = ADP 8 case IN
the = DET 8 det DT
two = NUM 8 nummod CD
factions faction NOUN 4 nmod NNS
. = PUNCT 2 punct .`, [][3]string{{"Uganda", "GPE", "UGA"}}, "", "190 UGA>-"},
	}
	for _, c := range cases {
		d := session10Doc(t, c.ents, c.tree)
		if got := codeLessPatterns(t, d, ""); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		d = session10Doc(t, c.ents, c.tree)
		if got := codeLessPatterns(t, d, "lead35.pat"); got != c.old {
			t.Errorf("%s without lead35.pat: got %q, want %q", c.name, got, c.old)
		}
	}
}

// TestLead35OpinionConsider: "considered the offer acceptable" states an
// opinion; "considered the Ugandan offer" stays the CAMEO dictionary's 040.
func TestLead35OpinionConsider(t *testing.T) {
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Ugandan", "NORP", "UGA"}}
	off := func(o *Options) { o.noOpinionConsider = true }
	checkOnOff(t, ents, off, []onOffCase{
		{"considered the offer acceptable", `
Kenya = PROPN 2 nsubj NNP
considered consider VERB 0 root VBD
the = DET 4 det DT
offer = NOUN 2 obj NN
acceptable = ADJ 2 xcomp JJ
. = PUNCT 2 punct .`, "", "040 KEN>-"},
		{"considered the Ugandan offer", `
Kenya = PROPN 2 nsubj NNP
considered consider VERB 0 root VBD
the = DET 5 det DT
Ugandan = PROPN 5 compound NNP
offer = NOUN 2 obj NN
on = ADP 7 case IN
Monday = PROPN 2 obl NNP
. = PUNCT 2 punct .`, "040 KEN>UGA", "040 KEN>UGA"},
	})
}
