package event

import "testing"

// Session 28's review rules (event/review28.go), on sentences of our own in
// the parse shape dyad's parser gives them; with the rules off each codes
// the misfire.

var review28Ents = [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Somali", "NORP", "SOM"},
	{"Accra", "GPE", "GHA"}, {"Nigerian", "NORP", "NGA"}}

func TestReview28(t *testing.T) {
	charged := `
Kenya = PROPN 2 nsubj NNP
accused accuse VERB 0 root VBD
Uganda = PROPN 2 obj NNP
of = SCONJ 5 mark IN
shelling shell VERB 3 acl VBG
a = DET 8 det DT
refugee = NOUN 8 compound NN
camp = NOUN 5 obj NN
, = PUNCT 10 punct ,
killing kill VERB 2 advcl VBG
three = NUM 13 nummod CD
Somali = PROPN 13 compound NNP
refugees refugee NOUN 10 obj NNS
. = PUNCT 2 punct .`
	mishap := `
A a DET 2 det DT
hotel = NOUN 6 obl:unmarked NN
in = ADP 5 case IN
the = DET 5 det DT
Accra = PROPN 6 nsubj NNP
collapsed collapse VERB 0 root VBD
, = PUNCT 8 punct ,
killing kill VERB 6 advcl VBG
two = NUM 11 nummod CD
Nigerian = PROPN 11 compound NNP
workers worker NOUN 8 obj NNS
. = PUNCT 6 punct .`
	checkOnOff(t, review28Ents, func(o *Options) { o.noReview28 = true }, []onOffCase{
		{"accused Uganda of shelling a camp, killing three", charged, "112 KEN>UGA", "112 KEN>UGA; 190 KEN>SOM"},
		{"a hotel in Accra collapsed, killing two", mishap, "", "190 GHA>NGA"},
	})
}
