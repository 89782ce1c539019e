package event

import "testing"

// Session 21 recall rules (event/recall21.go and data/event/recall21.pat), on
// sentences written for the test in the parse shape dyad's parser gives
// them; every case with a switch fails with its rule off, and the pattern
// cases fail on the tree before the session (it had no recall21.pat).

// recall21Ents are the actors of the session-21 test sentences.
var recall21Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Somalia", "GPE", "SOM"}, {"Uganda", "GPE", "UGA"},
	{"Ethiopia", "GPE", "ETH"}, {"Eritrea", "GPE", "ERI"}, {"Iraq", "GPE", "IRQ"}, {"UN", "ORG", "IGOUNO"},
	{"Chinese embassy", "ORG", "CHNGOV"}, {"Japanese government", "ORG", "JPNGOV"},
	{"Kenyan ministry", "ORG", "KENGOV"}, {"Ugandan envoy", "PER", "UGAGOV"}, {"Iran", "GPE", "IRN"},
	{"Israeli minister", "PER", "ISRGOV"}, {"Somali president", "PER", "SOMGOV"},
	{"Kenyan students", "ORG", "KENEDU"}, {"Kenyan president", "PER", "KENGOV"},
	{"Somali elders", "ORG", "SOMCVL"}}

// TestSession21StemLemma: a verb whose lemma the lemmatizer cut one letter
// wrong ("severed" severe, "waged" wag, "flouted" floute) triggers the
// pattern of its regular stem; a severed power line is still no severed tie.
func TestSession21StemLemma(t *testing.T) {
	severed := `
Kenya = PROPN 2 nsubj NNP
severed severe VERB 0 root VBD
diplomatic = ADJ 4 amod JJ
ties tie NOUN 2 obj NNS
with = ADP 6 case IN
Somalia = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	flouted := `
Iran = PROPN 2 nsubj NNP
flouted floute VERB 0 root VBD
the = DET 5 det DT
UN = PROPN 5 compound NNP
sanctions sanction NOUN 2 obj NNS
. = PUNCT 2 punct .`
	waged := `
Ethiopia = PROPN 2 nsubj NNP
waged wag VERB 0 root VBD
war = NOUN 2 obj NN
on = ADP 5 case IN
Eritrea = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	lines := `
The the DET 2 det DT
storm = NOUN 3 nsubj NN
severed severe VERB 0 root VBD
power = NOUN 5 compound NN
lines line NOUN 3 obj NNS
to = ADP 7 case IN
Somalia = PROPN 3 obl NNP
. = PUNCT 3 punct .`
	checkOnOff(t, recall21Ents, func(o *Options) { o.noStemLemma = true }, []onOffCase{
		{"severed diplomatic ties with X", severed, "161 KEN>SOM", ""},
		{"flouted UN sanctions", flouted, "128 IRN>IGOUNO", ""},
		{"waged war on X", waged, "190 ETH>ERI", ""},
		{"severed power lines", lines, "", ""},
	})
}

// TestSession21ConcedeNoDefault: conceding a point ("concedes that ...") is
// no yielding (the CAMEO dictionary's default 080); a repaired "conceded"
// drops the bare default anyway (stemDefault), with or without this list.
func TestSession21ConcedeNoDefault(t *testing.T) {
	src := `
Kenya = PROPN 2 nsubj NNP
concedes concede VERB 0 root VBZ
that = SCONJ 5 mark IN
Uganda = PROPN 5 nsubj NNP
had have VERB 2 ccomp VBD
a = DET 7 det DT
point = NOUN 5 obj NN
. = PUNCT 2 punct .`
	checkOnOff(t, recall21Ents, func(o *Options) { o.noRecallNoDefault = true }, []onOffCase{
		{"concedes that X had a point", src, "", "080 KEN>UGA"},
	})
}

// TestSession21LodgeProtest: strong representations, a protest or a protest
// note made, lodged or handed to an actor is an official complaint (114); a
// note handed over without protest is none.
func TestSession21LodgeProtest(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"made strong representations to X", `
The the DET 3 det DT
Chinese = ADJ 3 amod JJ
embassy = NOUN 4 nsubj NN
made make VERB 0 root VBD
strong = ADJ 6 amod JJ
representations representation NOUN 4 obj NNS
to = ADP 10 case IN
the = DET 10 det DT
Japanese = ADJ 10 amod JJ
government = NOUN 4 obl NN
. = PUNCT 4 punct .`, "114 CHNGOV>JPNGOV"},
		{"handed a protest note to X", `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
ministry = NOUN 4 nsubj NN
handed hand VERB 0 root VBD
a = DET 7 det DT
protest = NOUN 7 compound NN
note = NOUN 4 obj NN
to = ADP 11 case IN
the = DET 11 det DT
Ugandan = ADJ 11 amod JJ
envoy = NOUN 4 obl NN
. = PUNCT 4 punct .`, "114 KENGOV>UGAGOV"},
		{"lodged a formal protest with X", `
Kenya = PROPN 2 nsubj NNP
lodged lodge VERB 0 root VBD
a = DET 5 det DT
formal = ADJ 5 amod JJ
protest = NOUN 2 obj NN
with = ADP 7 case IN
Somalia = PROPN 5 nmod NNP
. = PUNCT 2 punct .`, "114 KEN>SOM"},
		{"handed a note to X (no protest)", `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
ministry = NOUN 4 nsubj NN
handed hand VERB 0 root VBD
a = DET 6 det DT
note = NOUN 4 obj NN
to = ADP 10 case IN
the = DET 10 det DT
Ugandan = ADJ 10 amod JJ
envoy = NOUN 4 obl NN
. = PUNCT 4 punct .`, ""},
	}
	for _, c := range cases {
		if got := round2Code(t, session10Doc(t, recall21Ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSession21DescribeAs: describing an actor as a criminal, a terrorist or
// a dictator is criticism (111); describing one as a partner is none.
func TestSession21DescribeAs(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"described X as a war criminal", `
Iran = PROPN 2 nsubj NNP
described describe VERB 0 root VBD
the = DET 5 det DT
Israeli = ADJ 5 amod JJ
minister = NOUN 2 obj NN
as = ADP 9 case IN
a = DET 9 det DT
war = NOUN 9 compound NN
criminal = NOUN 2 obl NN
. = PUNCT 2 punct .`, "111 IRN>ISRGOV"},
		{"described X as a partner", `
Iran = PROPN 2 nsubj NNP
described describe VERB 0 root VBD
the = DET 5 det DT
Somali = ADJ 5 amod JJ
president = NOUN 2 obj NN
as = ADP 9 case IN
a = DET 9 det DT
reliable = ADJ 9 amod JJ
partner = NOUN 2 obl NN
. = PUNCT 2 punct .`, ""},
	}
	for _, c := range cases {
		if got := round2Code(t, session10Doc(t, recall21Ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSession21HandPetition: a petition handed to an actor is an appeal to
// it (020); a letter handed over is none.
func TestSession21HandPetition(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"handed X a petition", `
Kenyan = ADJ 2 amod JJ
students student NOUN 3 nsubj NNS
handed hand VERB 0 root VBD
the = DET 6 det DT
Ugandan = ADJ 6 amod JJ
envoy = NOUN 3 obj NN
a = DET 8 det DT
petition = NOUN 3 obl:unmarked NN
. = PUNCT 3 punct .`, "020 KENEDU>UGAGOV"},
		{"handed X a letter", `
Kenyan = ADJ 2 amod JJ
students student NOUN 3 nsubj NNS
handed hand VERB 0 root VBD
the = DET 6 det DT
Ugandan = ADJ 6 amod JJ
envoy = NOUN 3 obj NN
a = DET 8 det DT
letter = NOUN 3 obl:unmarked NN
. = PUNCT 3 punct .`, ""},
	}
	for _, c := range cases {
		if got := round2Code(t, session10Doc(t, recall21Ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSession21ConveneMeeting: convening a meeting of a body is no talks
// with it (the CAMEO dictionary's 046 both ways); convening talks with an
// actor stays talks, one way to the "with" partner (session 26).
func TestSession21ConveneMeeting(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"convened a meeting of X", `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
convened convene VERB 0 root VBD
a = DET 6 det DT
meeting = NOUN 4 obj NN
of = ADP 9 case IN
Somali = ADJ 9 amod JJ
elders elder NOUN 6 nmod NNS
. = PUNCT 4 punct .`, ""},
		{"convened talks with X", `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
convened convene VERB 0 root VBD
talks talk NOUN 4 obj NNS
with = ADP 8 case IN
Somali = ADJ 8 amod JJ
elders elder NOUN 5 nmod NNS
. = PUNCT 4 punct .`, "040 KENGOV>SOMCVL"},
	}
	for _, c := range cases {
		if got := round2Code(t, session10Doc(t, recall21Ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSession21StemDefault: a repaired lemma codes where a pattern explains
// the sentence, not by its block's bare default ("levies a tax" is no
// coercion, the dictionary's LEVY 170).
func TestSession21StemDefault(t *testing.T) {
	src := `
Kenya = PROPN 2 nsubj NNP
levies levie VERB 0 root VBZ
a = DET 5 det DT
new = ADJ 5 amod JJ
tax = NOUN 2 obj NN
on = ADP 8 case IN
Ugandan = ADJ 8 amod JJ
imports import NOUN 5 nmod NNS
. = PUNCT 2 punct .`
	checkOnOff(t, recall21Ents, func(o *Options) { o.noStemDefault = true }, []onOffCase{
		{"levies a new tax", src, "", "170 KEN>-"},
	})
}
