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
	{"Ugandan government", "ORG", "UGAGOV"}, {"Kenyan warning", "NORP", "KEN"}, {"Kenyan government", "ORG", "KENGOV"},
	{"Uganda", "GPE", "UGA"}, {"Kenyan envoy", "NORP", "KENGOV"}, {"Ugandan minister", "NORP", "UGAGOV"},
	{"Kenyan president", "NORP", "KENGOV"}, {"Ugandan delegation", "NORP", "UGAGOV"}, {"Kenyan minister", "NORP", "KENGOV"},
	{"Ugandan partners", "NORP", "UGA"}}

// round31Code codes d with the embedded patterns, less round31.pat's when
// without31 is set.
func round31Code(t *testing.T, d *doc.Document, without31 bool) string {
	t.Helper()
	if !without31 {
		return codeLessPatterns(t, d, "")
	}
	return codeLessPatterns(t, d, "round31.pat")
}

// codeLessPatterns codes d in news mode with the embedded patterns, less
// the blocks read from pattern file file ("" keeps them all), and returns
// its events sorted and joined by "; ".
func codeLessPatterns(t *testing.T, d *doc.Document, file string) string {
	t.Helper()
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if file != "" {
		kept := pats.Blocks[:0]
		for _, b := range pats.Blocks {
			if !strings.HasPrefix(b.Origin, file+":") {
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

// TestRound31Patterns checks round31.pat: INFORM_OF (an actor informed
// about a matter: 064; informed "that ..." stays a statement), GIVE_BRIEFING
// (064 where GIVE coded 060), HOLD_BANQUET (a banquet held for guests:
// 043), and REJECT_PLEA and BRUSH_ASIDE (a plea or a petition rejected, a
// warning brushed aside, the particle before or after the object: 120 to
// their author); without round31.pat those coded nothing or 060.
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
	informed := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
government = NOUN 4 nsubj NN
informed inform VERB 0 root VBD
Uganda = PROPN 4 obj NNP
about = ADP 8 case IN
the = DET 8 det DT
outbreak = NOUN 5 nmod NN
on = ADP 10 case IN
Saturday = PROPN 8 nmod NNP
. = PUNCT 4 punct .`
	informedThat := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 4 nsubj NN
informed inform VERB 0 root VBD
the = DET 7 det DT
Ugandan = PROPN 7 compound NNP
partners partner NOUN 4 obj NNS
that = SCONJ 12 mark IN
the = DET 10 det DT
talks talk NOUN 12 nsubj NNS
would = AUX 12 aux MD
resume = VERB 7 acl VB
. = PUNCT 4 punct .`
	briefing := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
envoy = NOUN 4 nsubj NN
gave give VERB 0 root VBD
the = DET 7 det DT
Ugandan = PROPN 7 compound NNP
minister = NOUN 4 iobj NN
a = DET 10 det DT
thorough = ADJ 10 amod JJ
briefing = NOUN 4 obj NN
on = ADP 13 case IN
the = DET 13 det DT
disaster = NOUN 10 nmod NN
. = PUNCT 4 punct .`
	banquet := `
The the DET 3 det DT
Kenyan = ADJ 3 amod JJ
president = NOUN 4 nsubj NN
held hold VERB 0 root VBD
a = DET 7 det DT
welcoming = ADJ 7 amod JJ
banquet = NOUN 4 obj NN
for = ADP 11 case IN
the = DET 11 det DT
Ugandan = PROPN 11 compound NNP
delegation = NOUN 7 nmod NN
on = ADP 13 case IN
Saturday = PROPN 4 obl NNP
. = PUNCT 4 punct .`
	for _, c := range []struct{ name, src, want, old string }{
		{"informed Uganda about the outbreak", informed, "064 KENGOV>UGA", ""},
		{"informed the partners that ...", informedThat, "", ""},
		{"gave the minister a briefing", briefing, "064 KENGOV>UGAGOV", "060 KENGOV>UGAGOV"},
		{"held a welcoming banquet for", banquet, "043 KENGOV>UGAGOV", ""},
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

// TestHereCountry checks round31Events' "arrived here" targets: a visitor
// who "arrived here" goes to the one foreign country the sentence's
// actors name, else the one the sentence before names; with two foreign
// countries the visit stays without a target.
func TestHereCountry(t *testing.T) {
	ents := [][3]string{{"Kenyan minister", "NORP", "KENGOV"}, {"Ugandan", "NORP", "UGA"}, {"Tanzanian", "NORP", "TZA"},
		{"Ugandan parliament", "ORG", "UGALEG"}, {"Ugandan foreign ministry", "ORG", "UGAGOV"}}
	ministrySaid := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 4 nsubj NN
arrived arrive VERB 17 ccomp VBD
here = ADV 4 advmod RB
on = ADP 7 case IN
Monday = PROPN 4 obl NNP
for = ADP 11 case IN
a = DET 11 det DT
three-day = NOUN 11 compound NN
visit = NOUN 4 obl NN
, = PUNCT 11 punct ,
the = DET 16 det DT
Ugandan = ADJ 16 amod JJ
foreign = ADJ 16 amod JJ
ministry = NOUN 17 nsubj NN
said say VERB 0 root VBD
. = PUNCT 17 punct .`
	spoke := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 4 nsubj NN
spoke speak VERB 0 root VBD
at = ADP 8 case IN
the = DET 8 det DT
Ugandan = PROPN 8 compound NNP
parliament = NOUN 4 obl NN
on = ADP 10 case IN
Tuesday = PROPN 4 obl NNP
. = PUNCT 4 punct .`
	arrivedNext := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 4 nsubj NN
arrived arrive VERB 0 root VBD
here = ADV 4 advmod RB
on = ADP 7 case IN
Monday = PROPN 4 obl NNP
for = ADP 11 case IN
a = DET 11 det DT
three-day = NOUN 11 compound NN
visit = NOUN 4 obl NN
. = PUNCT 4 punct .`
	twoBefore := `
The the DET 3 det DT
Kenyan = PROPN 3 compound NNP
minister = NOUN 4 nsubj NN
spoke speak VERB 0 root VBD
about = ADP 6 case IN
Ugandan = PROPN 4 obl NNP
and = CCONJ 9 cc CC
Tanzanian = ADJ 9 amod JJ
floods flood NOUN 6 conj NNS
on = ADP 11 case IN
Tuesday = PROPN 9 nmod NNP
. = PUNCT 4 punct .`
	off := func(o *Options) { o.noHereCountry = true }
	for _, c := range []struct {
		name      string
		srcs      []string
		want, old string
	}{
		{"arrived here for a visit, the Ugandan foreign ministry said", []string{ministrySaid}, "042 KENGOV>UGA", "042 KENGOV>-"},
		{"spoke at the Ugandan parliament. arrived here", []string{spoke, arrivedNext}, "042 KENGOV>UGA", "042 KENGOV>-"},
		{"spoke about Ugandan and Tanzanian floods. arrived here", []string{twoBefore, arrivedNext}, "042 KENGOV>-", "042 KENGOV>-"},
	} {
		if got := round2Code(t, session10Doc(t, ents, c.srcs...), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round2Code(t, session10Doc(t, ents, c.srcs...), off); got != c.old {
			t.Errorf("%s, rule off: got %q, want %q", c.name, got, c.old)
		}
	}
	// With a dateline, "here" is the dateline's place, whatever the
	// sentence names: a Tanzanian dateline gives TZA over the Ugandan
	// ministry; a Kenyan one (the visitor's own country) gives nothing.
	for _, c := range []struct{ country, want string }{{"TZA", "042 KENGOV>TZA"}, {"KEN", "042 KENGOV>-"}} {
		d := session10Doc(t, ents, ministrySaid)
		d.Dateline = &doc.Span{Start: 0, End: 3}
		d.Places = []doc.Place{{Start: 0, End: 3, Text: d.Text[:3], Country: c.country}}
		if got := round2Code(t, d, nil); got != c.want {
			t.Errorf("dateline in %s: got %q, want %q", c.country, got, c.want)
		}
	}
}
