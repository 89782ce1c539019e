package event

import "testing"

// Tests of session 32's lead rules (event/lead32.go): a market, an index,
// a price or an amount of money is no party to an event. Sentences written
// for the tests; trees as dyad's parser gives them.
func TestLead32MarketActors(t *testing.T) {
	ents := [][3]string{{"Kenyan stock markets", "ORG", "KENBUS"}, {"Kenya", "GPE", "KEN"},
		{"Uganda", "GPE", "UGA"}, {"US", "GPE", "USA"}, {"Kenyan government", "ORG", "KENGOV"}}
	markets := `
Kenyan = ADJ 3 amod JJ
stock = NOUN 3 compound NN
markets market NOUN 4 nsubj NNS
declined decline VERB 0 root VBD
in = ADP 7 case IN
early = ADJ 7 amod JJ
trading = NOUN 4 obl NN
. = PUNCT 4 punct .`
	dollars := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
government = NOUN 4 nsubj NN
bought buy VERB 0 root VBD
five = NUM 6 nummod CD
ships ship NOUN 4 obj NNS
worth = ADJ 6 amod JJ
ten = NUM 9 compound CD
million = NUM 11 nummod CD
US = PROPN 11 compound NNP
dollars dollar NOUN 7 obj NNS
. = PUNCT 4 punct .`
	// stays: a government's own act on the market
	government := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
government = NOUN 4 nsubj NN
criticized criticize VERB 0 root VBD
Uganda = PROPN 4 obj NNP
. = PUNCT 4 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noMarketActors = true }, []onOffCase{
		{"markets declined", markets, "", "120 KENBUS>-"},
		{"US dollars", dollars, "061 KENGOV>-", "061 KENGOV>USA"},
		{"government", government, "111 KENGOV>UGA", "111 KENGOV>UGA"},
	})
}

// TestLead32AskedInfinitive checks repairAskedInfinitive: what a crowd
// gathered to urge the government to do is asked of the government, not
// done by it, and the appeal inside the protest is aimed at the
// government, not at the partner of the talks asked for.
func TestLead32AskedInfinitive(t *testing.T) {
	ents := [][3]string{{"Georgian protesters", "NORP", "GEOCVL"}, {"government", "ORG", "GEOGOV"},
		{"European Union", "ORG", "IGOEUREEC"}, {"Tbilisi", "GPE", "GEO"}}
	src := `
Georgian = ADJ 2 amod JJ
protesters protester NOUN 3 nsubj NNS
gathered gather VERB 0 root VBD
in = ADP 5 case IN
Tbilisi = PROPN 3 obl NNP
to = PART 7 mark TO
urge = VERB 3 xcomp VB
the = DET 9 det DT
government = NOUN 7 obj NN
to = PART 11 mark TO
resume = VERB 7 advcl VB
talks talk NOUN 11 obj NNS
with = ADP 16 case IN
the = DET 16 det DT
European = ADJ 16 amod NNP
Union = PROPN 12 nmod NNP
. = PUNCT 3 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noAskedInfinitive = true }, []onOffCase{
		{"asked infinitive", src, "141 GEOCVL>GEOGOV", "040 GEOGOV>IGOEUREEC; 141 GEOCVL>IGOEUREEC"},
	})
}
