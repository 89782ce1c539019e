package event

import (
	"strings"
	"testing"
)

// Tests of session 33's lead rules (event/lead33.go, data/event/lead33.pat):
// fighting between two sides is a use of force by each on the other, also
// when the parser reads "in fighting" as a clause. Sentences written for
// the tests; trees as dyad's parser gives them.
func TestLead33FightingGerund(t *testing.T) {
	ents := [][3]string{{"The minister", "PER", "ETHGOV"}, {"Ethiopian troops", "NORP", "ETHMIL"},
		{"Somali rebels", "NORP", "SOMREB"}}
	// "fighting" parsed a verb: the speaker became a fighter
	gerund := `
The the DET 2 det DT
minister = NOUN 3 nsubj NN
said say VERB 0 root VBD
20 = NUM 5 nummod CD
people = NOUN 8 nsubj:pass NNS
have = AUX 8 aux VBP
been be AUX 8 aux:pass VBN
killed kill VERB 3 ccomp VBN
in = SCONJ 10 mark IN
fighting fight VERB 8 advcl VBG
between = ADP 13 case IN
Ethiopian = ADJ 13 amod JJ
troops troop NOUN 10 obl NNS
and = CCONJ 16 cc CC
Somali = PROPN 16 compound NNP
rebels rebel NOUN 13 conj NNS
. = PUNCT 3 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noFightingGerund = true }, []onOffCase{
		{"in fighting between", gerund, "190 ETHMIL>SOMREB; 190 SOMREB>ETHMIL", "190 ETHGOV>ETHMIL; 190 ETHGOV>SOMREB; 190 ETHMIL>ETHGOV; 190 SOMREB>ETHGOV"},
	})
}

func TestLead33FightBetween(t *testing.T) {
	ents := [][3]string{{"Ethiopian troops", "NORP", "ETHMIL"}, {"Somali rebels", "NORP", "SOMREB"}}
	noun := `
Ten = NUM 2 nummod CD
soldiers soldier NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 6 case IN
fighting = NOUN 4 obl NN
between = ADP 9 case IN
Ethiopian = ADJ 9 amod JJ
troops troop NOUN 6 nmod NNS
and = CCONJ 12 cc CC
Somali = PROPN 12 compound NNP
rebels rebel NOUN 9 conj NNS
. = PUNCT 4 punct .`
	// no "between": no second side, no event
	alone := `
Ten = NUM 2 nummod CD
soldiers soldier NOUN 4 nsubj:pass NNS
were be AUX 4 aux:pass VBD
killed kill VERB 0 root VBN
in = ADP 7 case IN
heavy = ADJ 7 amod JJ
fighting = NOUN 4 obl NN
. = PUNCT 4 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noFightBetween = true }, []onOffCase{
		{"killed in fighting between", noun, "190 ETHMIL>SOMREB; 190 SOMREB>ETHMIL", ""},
		{"killed in heavy fighting", alone, "", ""},
	})
}

func TestLead33WithoutNegates(t *testing.T) {
	ents := [][3]string{{"Kenyan President", "PER", "KENGOV"}, {"Ethiopian leader", "PER", "ETHGOV"}}
	src := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
President = PROPN 4 nsubj NNP
decided decide VERB 0 root VBD
without = SCONJ 6 mark IN
consulting consult VERB 4 advcl VBG
the = DET 9 det DT
Ethiopian = ADJ 9 amod JJ
leader = NOUN 6 obj NN
. = PUNCT 4 punct .`
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for _, off := range []bool{false, true} {
		opt := NewsOptions()
		opt.noWithoutNegates = off
		es := New(pats, opt).Code(session10Doc(t, ents, src), Entities)
		n := 0
		for _, e := range es {
			if e.Action.Text != "consulting" {
				continue
			}
			n++
			if e.Negated != !off {
				t.Errorf("off=%v: %s %q negated %v, want %v", off, e.Cameo, e.Action.Text, e.Negated, !off)
			}
		}
		if n == 0 {
			t.Errorf("off=%v: no event for consulting (%d events)", off, len(es))
		}
	}
}

// TestLead33FutureParticiple checks repairFutureParticiple: a participle
// of saying after a comma, hung on a closure that would happen, belongs to
// the verb of saying above it; not so on a past clause, nor one with a
// subject of its own.
func TestLead33FutureParticiple(t *testing.T) {
	const future = `
Tusk = PROPN 2 nsubj
announced announce VERB 0 root
that = SCONJ 6 mark
Poland = PROPN 6 nsubj
would = AUX 6 aux
close = VERB 2 ccomp
the = DET 8 det
border = NOUN 6 obj
, = PUNCT 10 punct
saying say VERB 6 advcl
Minsk = PROPN 13 nsubj
was be AUX 13 aux
waging wage VERB 10 ccomp
war = NOUN 13 obj
. = PUNCT 2 punct`
	past := strings.Replace(future, "would = AUX 6 aux", "had have AUX 6 aux", 1)
	for _, c := range []struct {
		name, src string
		off       bool
		want      int
	}{
		{"would close", future, false, 1},
		{"would close, rule off", future, true, 5},
		{"had closed", past, false, 5},
	} {
		d := mini(t, c.src)
		var s sent
		s.noFutureParticiple = c.off
		s.reset(d, 0)
		if got := s.head[9]; got != c.want {
			t.Errorf("%s: %q hangs on %d, want %d", c.name, s.lower[9], got, c.want)
		}
	}
}

// TestLead33ContactRelative checks repairContactRelative: "officials it
// blames" is a relative clause on "officials", not the content of
// "froze"; a clause after a noun outside the object stays a complement.
func TestLead33ContactRelative(t *testing.T) {
	const src = `
The the DET 2 det
bloc = NOUN 3 nsubj
froze freeze VERB 0 root
the = DET 5 det
assets asset NOUN 3 obj
of = ADP 7 case
officials official NOUN 5 nmod
it = PRON 9 nsubj
blames blame VERB 3 ccomp
for = SCONJ 11 mark
pushing push VERB 9 advcl
migrants migrant NOUN 11 obj
. = PUNCT 3 punct`
	subject := strings.Replace(src, "assets asset NOUN 3 obj", "assets asset NOUN 3 nsubj", 1)
	for _, c := range []struct {
		name, src string
		off       bool
		head      int
		rel       rel
	}{
		{"officials it blames", src, false, 6, rRelcl},
		{"rule off", src, true, 2, rCcomp},
		{"noun outside the object", subject, false, 2, rCcomp},
	} {
		d := mini(t, c.src)
		var s sent
		s.noContactRelative = c.off
		s.reset(d, 0)
		if s.head[8] != c.head || s.rel[8] != c.rel {
			t.Errorf("%s: %q hangs on %d (%v), want %d (%v)", c.name, s.lower[8], s.head[8], s.rel[8], c.head, c.rel)
		}
	}
}

// TestLead33AppositionCoded: an apposition names its head's actor again;
// the name the knowledge base does not code adds no second, uncoded
// source (nor a self-pair with the coded one).
func TestLead33AppositionCoded(t *testing.T) {
	ents := [][3]string{{"British forces", "ORG", "GBRMIL"}, {"Ann Dutton", "PER", ""}, {"Chinese officers", "NORP", "CHNMIL"}}
	src := `
The the DET 2 det DT
commander = NOUN 11 nsubj NN
of = ADP 6 case IN
the = DET 6 det DT
British = ADJ 6 amod JJ
forces force NOUN 2 nmod NNS
, = PUNCT 9 punct ,
Ann = PROPN 9 compound NNP
Dutton = PROPN 2 appos NNP
, = PUNCT 9 punct ,
welcomed welcome VERB 0 root VBD
Chinese = ADJ 13 amod JJ
officers officer NOUN 11 obj NNS
. = PUNCT 11 punct .`
	defer func(on bool) { AppositionCoded = on }(AppositionCoded)
	for _, c := range []struct {
		on   bool
		want string
	}{{true, "051 GBRMIL>CHNMIL"}, {false, "051 >CHNMIL; 051 GBRMIL>CHNMIL"}} {
		AppositionCoded = c.on
		if got := round2Code(t, session10Doc(t, ents, src), nil); got != c.want {
			t.Errorf("rule on=%v: got %q, want %q", c.on, got, c.want)
		}
	}
}

// TestLead33MarketHead: a country's measure ("the U.S. trade deficit") is
// no party either, when compound nouns stand between the country and the
// measure; a country given an amount of money stays a party.
func TestLead33MarketHead(t *testing.T) {
	ents := [][3]string{{"Kenyan", "NORP", "KEN"}, {"Uganda", "GPE", "UGA"}, {"US", "GPE", "USA"}}
	deficit := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
trade = NOUN 4 compound NN
deficit = NOUN 5 nsubj NN
declined decline VERB 0 root VBD
sharply = ADV 5 advmod RB
. = PUNCT 5 punct .`
	given := `
The the DET 2 det DT
US = PROPN 3 nsubj NNP
gave give VERB 0 root VBD
Uganda = PROPN 7 compound NNP
30 = NUM 6 compound CD
million = NUM 7 nummod CD
dollars dollar NOUN 3 obj NNS
. = PUNCT 3 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noMarketHead = true }, []onOffCase{
		{"trade deficit declined", deficit, "", "120 KEN>-"},
		{"gave Uganda dollars", given, "071 USA>UGA", "071 USA>UGA"},
	})
}
