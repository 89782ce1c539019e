package event

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 23's tree repair (event/left23.go), on a sentence of our own in
// the parse shape dyad's parser gives it ("If Somali militias attack,
// Kenya's president warned, the army will respond"): the warning set
// between commas hangs on the warned verb as an adverbial clause, with the
// condition's "if" on the warning. Repaired, the warning is the main verb,
// the warned verb its complement and the condition that complement's.
func TestLeft23AsideWarning(t *testing.T) {
	src := `
If if SCONJ 9 mark IN
Somali = PROPN 3 compound NNP
militias militia NOUN 4 nsubj NNS
attack = VERB 9 advcl VBP
, = PUNCT 4 punct ,
Kenya = PROPN 8 nmod:poss NNP
's = PART 6 case POS
president = NOUN 9 nsubj NN
warned warn VERB 14 advcl VBD
, = PUNCT 9 punct ,
the = DET 12 det DT
army = NOUN 14 nsubj NN
will = AUX 14 aux MD
respond = VERB 0 root VB
. = PUNCT 14 punct .`
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Somali militias", "NORP", "SOMREB"}}
	const ifTok, attack, warned, respond = 0, 3, 8, 13
	s := &sent{}
	s.reset(session10Doc(t, ents, src), 0)
	if s.head[warned] != -1 || s.head[respond] != warned || s.rel[respond] != rCcomp ||
		s.head[attack] != respond || s.head[ifTok] != attack {
		t.Errorf("repaired: heads warned %d, respond %d (%d), attack %d, if %d; want -1, %d (ccomp), %d, %d",
			s.head[warned], s.head[respond], s.rel[respond], s.head[attack], s.head[ifTok], warned, respond, attack)
	}
	s = &sent{}
	s.repairsOff.noLeft23Tree = true
	s.reset(session10Doc(t, ents, src), 0)
	if s.head[warned] != respond || s.head[respond] != -1 {
		t.Errorf("switch off: heads warned %d, respond %d; want %d, -1", s.head[warned], s.head[respond], respond)
	}
}

// A relative clause read as the main verb (mainRelcl) whose event has
// neither a coded source nor a target is no event; one with a target stays.
func TestLeft23AnonymousMainRelcl(t *testing.T) {
	ents := [][3]string{{"Bluewing", "ORG", ""}, {"Uganda", "GPE", "UGA"}}
	agreed := `
Regional regional ADJ 2 amod JJ
carrier = NOUN 0 root NN
Bluewing = PROPN 6 nsubj NNP
on = ADP 5 case IN
Thursday = PROPN 3 nmod NNP
agreed agree VERB 2 acl:relcl VBD
to = ADP 10 case IN
a = DET 10 det DT
takeover = NOUN 10 compound NN
bid = NOUN 6 obl NN
. = PUNCT 2 punct .`
	called := `
Regional regional ADJ 2 amod JJ
carrier = NOUN 0 root NN
Bluewing = PROPN 6 nsubj NNP
on = ADP 5 case IN
Thursday = PROPN 3 nmod NNP
called call VERB 2 acl:relcl VBD
on = ADP 8 case IN
Uganda = PROPN 6 obl NNP
to = PART 10 mark TO
reopen reopen VERB 6 xcomp VB
the = DET 12 det DT
border = NOUN 10 obj NN
. = PUNCT 2 punct .`
	checkOnOff(t, ents, func(o *Options) { o.noAnonymousRelcl = true }, []onOffCase{
		{"Bluewing on Thursday agreed to a takeover bid", agreed, "", "050 >-"},
		{"Bluewing on Thursday called on Uganda to reopen the border", called, "020 >UGA", "020 >UGA"},
	})
}

// A government's warning to its own legislature is a domestic threat and
// keeps its target (ownForces counts only the state's forces as its side).
func TestOwnForcesLegislature(t *testing.T) {
	gov := doc.Actor{Code: "NZLGOV", Country: "NZL", Sector: "GOV"}
	if ownForces(doc.Actor{Code: "NZLLEG", Country: "NZL", Sector: "LEG"}, gov) {
		t.Error("legislature read as the government's own side")
	}
	if !ownForces(doc.Actor{Code: "NZLMIL", Country: "NZL", Sector: "MIL"}, gov) {
		t.Error("army not read as the government's own side")
	}
}
