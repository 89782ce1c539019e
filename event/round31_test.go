package event

import (
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Tests of session 31's events round (event/round31.go,
// data/event/round31.pat), each rule on and switched off: the Go rule by
// its Options field, the patterns by coding with the embedded patterns
// less those read from round31.pat. Sentences written for the tests; trees
// as dyad's parser gives them.

var round31Ents = [][3]string{{"Kenyan foreign minister", "NORP", "KENGOV"}, {"Kampala", "GPE", "UGA"},
	{"Ugandan officials", "NORP", "UGAGOV"}, {"Kenyan court", "ORG", "KENJUD"}, {"Ugandan rebels", "NORP", "UGAREB"},
	{"Ugandan government", "ORG", "UGAGOV"}, {"Kenyan warning", "NORP", "KEN"}}

// round31Code codes d with the embedded patterns, less round31.pat's when
// without31 is set.
func round31Code(t *testing.T, d *doc.Document, without31 bool) string {
	t.Helper()
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if without31 {
		kept := pats.Blocks[:0]
		for _, b := range pats.Blocks {
			if !strings.HasPrefix(b.Origin, "round31.pat:") {
				kept = append(kept, b)
			}
		}
		pats.Blocks = kept
	}
	var gs []string
	for _, e := range New(pats, NewsOptions()).Code(d, Entities) {
		gs = append(gs, ev(e))
	}
	sort.Strings(gs)
	return strings.Join(gs, "; ")
}

// TestRound31Patterns checks REJECT_PLEA and BRUSH_ASIDE: a plea or a
// petition rejected, a warning brushed aside (the particle before or after
// the object), are rejections (120) aimed at their author; without
// round31.pat they coded nothing.
func TestRound31Patterns(t *testing.T) {
	plea := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
court = NOUN 4 nsubj NN
rejected reject VERB 0 root VBD
a = DET 6 det DT
plea = NOUN 4 obj NN
by = ADP 9 case IN
Ugandan = PROPN 9 compound NNP
rebels rebel NOUN 6 nmod NNS
for = ADP 13 case IN
a = DET 13 det DT
new = ADJ 13 amod JJ
trial = NOUN 6 nmod NN
. = PUNCT 4 punct .`
	petition := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
court = NOUN 4 nsubj NN
rejected reject VERB 0 root VBD
the = DET 6 det DT
petition = NOUN 4 obj NN
of = ADP 10 case IN
the = DET 10 det DT
Ugandan = ADJ 10 amod JJ
government = NOUN 6 nmod NN
. = PUNCT 4 punct .`
	asideBefore := `
The the DET 3 det DT
Ugandan = ADJ 3 amod JJ
government = NOUN 6 nsubj NN
on = ADP 5 case IN
Monday = PROPN 3 nmod NNP
brushed brush VERB 0 root VBD
aside = ADP 10 case IN
a = DET 10 det DT
Kenyan = ADJ 10 amod JJ
warning = NOUN 6 obl NN
on = ADP 14 case IN
the = DET 14 det DT
border = NOUN 14 compound NN
dispute = NOUN 10 nmod NN
. = PUNCT 6 punct .`
	asideAfter := `
The the DET 3 det DT
Ugandan = ADJ 3 amod JJ
government = NOUN 4 nsubj NN
brushed brush VERB 0 root VBD
a = DET 7 det DT
Kenyan = PROPN 7 compound NNP
warning = NOUN 4 obj NN
aside = ADV 4 advmod RB
. = PUNCT 4 punct .`
	for _, c := range []struct{ name, src, want, old string }{
		{"rejected a plea by", plea, "120 KENJUD>UGAREB", ""},
		{"rejected the petition of", petition, "120 KENJUD>UGAGOV", ""},
		{"brushed aside a warning", asideBefore, "120 UGAGOV>KEN", ""},
		{"brushed a warning aside", asideAfter, "120 UGAGOV>KEN", ""},
	} {
		if got := round31Code(t, session10Doc(t, round31Ents, c.src), false); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round31Code(t, session10Doc(t, round31Ents, c.src), true); got != c.old {
			t.Errorf("%s, without round31.pat: got %q, want %q", c.name, got, c.old)
		}
	}
}

// TestAsideWhoArrived checks asideWhoArrived: an arrival for a visit told
// between commas of the sentence's subject is the visit (042 to the
// place's country) beside the main clause's meeting; an arrival with no
// visit named (a life's background) stays background.
func TestAsideWhoArrived(t *testing.T) {
	visit := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 17 nsubj NN
, = PUNCT 7 punct ,
who = PRON 7 nsubj WP
arrived arrive VERB 4 acl:relcl VBD
in = ADP 9 case IN
Kampala = PROPN 7 obl NNP
on = ADP 11 case IN
Monday = PROPN 7 obl NNP
for = ADP 15 case IN
a = DET 15 det DT
state = NOUN 15 compound NN
visit = NOUN 7 obl NN
, = PUNCT 4 punct ,
met meet VERB 0 root VBD
Ugandan = PROPN 19 compound NNP
officials official NOUN 17 obj NNS
. = PUNCT 17 punct .`
	student := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 16 nsubj NN
, = PUNCT 7 punct ,
who = PRON 7 nsubj WP
arrived arrive VERB 4 acl:relcl VBD
in = ADP 9 case IN
Kampala = PROPN 7 obl NNP
in = ADP 11 case IN
1990 = NUM 7 obl CD
as = ADP 14 case IN
a = DET 14 det DT
student = NOUN 7 obl NN
, = PUNCT 4 punct ,
met meet VERB 0 root VBD
Ugandan = PROPN 18 compound NNP
officials official NOUN 16 obj NNS
. = PUNCT 16 punct .`
	checkOnOff(t, round31Ents, func(o *Options) { o.noAsideArrived = true }, []onOffCase{
		{"who arrived in Kampala for a state visit", visit, "040 KENGOV>UGAGOV; 042 KENGOV>UGA", "040 KENGOV>UGAGOV"},
		{"who arrived in Kampala as a student", student, "040 KENGOV>UGAGOV", "040 KENGOV>UGAGOV"},
	})
}
