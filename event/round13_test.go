package event

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// Session 13 rules, each on sentences written for the test in the parse
// shape dyad's parser gives them; every case fails with its rule off.

// TestSession13VisitorParticiple: "held talks with visiting X" names the
// partner of the talks, not a visit by the host.
func TestSession13VisitorParticiple(t *testing.T) {
	talks := `
Kenyan = ADJ 6 advmod JJ
Foreign = ADJ 3 amod JJ
Minister = PROPN 4 nmod:desc NNP
Raphael = PROPN 6 nsubj NNP
Tuju = PROPN 4 flat NNP
held hold VERB 20 ccomp VBD
talks talk NOUN 6 obj NNS
on = ADP 9 case IN
Monday = PROPN 6 obl NNP
with = SCONJ 11 mark IN
visiting visit VERB 6 advcl VBG
Ugandan = PROPN 14 compound NNP
Defence = PROPN 14 compound NNP
Minister = PROPN 15 compound NNP
Amama = PROPN 16 compound NNP
Mbabazi = PROPN 11 obj NNP
, = PUNCT 6 punct ,
the = DET 19 det DT
ministry = NOUN 20 nsubj NN
said say VERB 0 root VBD
. = PUNCT 20 punct .`
	met := `
Tanzanian = ADJ 5 advmod JJ
President = PROPN 3 nmod:desc NNP
Jakaya = PROPN 5 nsubj NNP
Kikwete = PROPN 3 flat NNP
met meet VERB 0 root VBD
on = ADP 7 case IN
Tuesday = PROPN 5 obl NNP
with = SCONJ 9 mark IN
visiting visit VERB 5 advcl VBG
Rwandan = PROPN 12 compound NNP
Foreign = ADJ 12 amod NNP
Minister = PROPN 13 nmod:desc NNP
Charles = PROPN 9 obj NNP
Murigande = PROPN 13 flat NNP
. = PUNCT 5 punct .`
	// a place or thing visited is no visitor
	headquarters := `
Kenyan = ADJ 5 nsubj JJ
President = PROPN 3 nmod:desc NNP
Mwai = PROPN 5 nsubj NNP
Kibaki = PROPN 3 flat NNP
began begin VERB 0 root VBD
his = PRON 7 nmod:poss PRP$
tour = NOUN 5 obj NN
by = SCONJ 9 mark IN
visiting visit VERB 5 advcl VBG
the = DET 11 det DT
headquarters = NOUN 9 obj NNS
of = ADP 16 case IN
a = DET 16 det DT
Chinese = ADJ 16 amod JJ
oil = NOUN 16 compound NN
firm = NOUN 11 nmod NN
in = ADP 18 case IN
Beijing = PROPN 9 obl NNP
on = ADP 20 case IN
Sunday = PROPN 9 obl NNP
. = PUNCT 5 punct .`
	ents := [][3]string{{"Kenyan Foreign Minister Raphael Tuju", "PER", "KENGOV"},
		{"Ugandan Defence Minister Amama Mbabazi", "PER", "UGAGOV"},
		{"Tanzanian President Jakaya Kikwete", "PER", "TZAGOV"},
		{"Rwandan Foreign Minister Charles Murigande", "PER", "RWAGOV"},
		{"Kenyan President Mwai Kibaki", "PER", "KENGOV"}, {"Chinese", "NORP", "CHN"}, {"Beijing", "GPE", "CHNGOV"}}
	off := func(o *Options) { o.noVisitor = true }
	checkOnOff(t, ents, off, []onOffCase{
		{"held talks with visiting", talks, "040 KENGOV>UGAGOV", "040 KENGOV>-; 042 KENGOV>UGAGOV"},
		{"met with visiting", met, "040 TZAGOV>RWAGOV", "040 TZAGOV>-; 042 TZAGOV>RWAGOV"},
		{"by visiting the headquarters", headquarters, "042 KENGOV>CHN", "042 KENGOV>CHN"},
	})
}

// TestSession13ProvinceName: a visit to "China's Shandong Province",
// where the entity covers the whole name and the geo stage resolved only
// "Shandong", is a visit to China.
func TestSession13ProvinceName(t *testing.T) {
	src := `
Kenyan = ADJ 2 amod JJ
President = PROPN 3 nmod:desc NNP
Kibaki = PROPN 6 nsubj NNP
on = ADP 5 case IN
Monday = PROPN 3 nmod NNP
visited visit VERB 0 root VBD
east = PROPN 11 compound NNP
China = PROPN 11 nmod:poss NNP
's = PART 8 case POS
Shandong = PROPN 11 compound NNP
Province = PROPN 6 obj NNP
. = PUNCT 6 punct .`
	ents := [][3]string{{"Kenyan President Kibaki", "PER", "KENGOV"}, {"China", "GPE", "CHN"}, {"Shandong Province", "LOC", ""}}
	d := session10Doc(t, ents, src)
	i := strings.Index(d.Text, "Shandong")
	d.Places = []doc.Place{{Start: i, End: i + len("Shandong"), Text: "Shandong", Name: "Shandong", Country: "CHN", Feature: "admin1"}}
	if got, want := round2Code(t, d, nil), "042 KENGOV>CHN"; got != want {
		t.Errorf("got %q, want %q (before: 042 KENGOV>-)", got, want)
	}
}

// TestSession13DeedDoer: a comment on a deed done "by" someone aims at
// the doer, not at the deed's victims or pupils.
func TestSession13DeedDoer(t *testing.T) {
	killing := `
The = DET 3 det DT
United = ADJ 3 amod NNP
States State PROPN 4 nsubj NNPS
condemned condemn VERB 0 root VBD
the = DET 6 det DT
killing = NOUN 4 obj NN
of = ADP 9 case IN
Palestinian = ADJ 9 amod JJ
civilians civilian NOUN 6 nmod NNS
by = ADP 12 case IN
Israeli = ADJ 12 amod JJ
troops = NOUN 9 nmod NNS
. = PUNCT 4 punct .`
	training := `
Iraq = PROPN 4 nmod:poss NNP
's = PART 1 case POS
interior = ADJ 4 amod JJ
minister = NOUN 5 nsubj NN
criticised criticise VERB 0 root VBD
the = DET 7 det DT
training = NOUN 5 obj NN
of = ADP 11 case IN
Iraqi = ADJ 11 amod JJ
police = NOUN 11 compound NN
recruits recruit NOUN 7 nmod NNS
by = ADP 14 case IN
German = ADJ 14 amod JJ
experts expert NOUN 11 nmod NNS
. = PUNCT 5 punct .`
	// the rest of the list the parser hung on the object as an apposition
	demands := `
The = DET 3 det DT
European = PROPN 3 compound NNP
Union = PROPN 5 nsubj NNP
has have AUX 5 aux VBZ
rejected reject VERB 0 root VBN
demands demand NOUN 5 obj NNS
by = ADP 8 case IN
Brazil = PROPN 6 nmod NNP
, = PUNCT 10 punct ,
India = PROPN 6 appos NNP
and = CCONJ 15 cc CC
some = DET 15 det DT
other = ADJ 15 amod JJ
WTO = PROPN 15 compound NNP
members member NOUN 10 conj NNS
to = PART 17 mark TO
cut = VERB 15 acl VB
the = DET 19 det DT
subsidies subsidy NOUN 17 obj NNS
. = PUNCT 5 punct .`
	ents := [][3]string{{"United States", "GPE", "USA"}, {"Palestinian civilians", "ORG", "PSECVL"},
		{"Israeli troops", "ORG", "ISRMIL"}, {"Iraq 's interior minister", "PER", "IRQGOV"},
		{"Iraqi police", "ORG", "IRQCOP"}, {"German", "NORP", "DEU"}, {"The European Union", "ORG", "IGOEUREEC"},
		{"Brazil", "GPE", "BRA"}, {"India", "GPE", "IND"}, {"WTO", "ORG", "IGOBUSWTO"}}
	off := func(o *Options) { o.noDeedDoer = true }
	checkOnOff(t, ents, off, []onOffCase{
		{"killing by troops", killing, "111 USA>ISRMIL", "111 USA>-"},
		{"training by experts", training, "111 IRQGOV>DEU", "111 IRQGOV>IRQCOP"},
		{"demands by a list", demands, "120 IGOEUREEC>BRA; 120 IGOEUREEC>IGOBUSWTO; 120 IGOEUREEC>IND",
			"120 IGOEUREEC>BRA; 120 IGOEUREEC>IGOBUSWTO; 120 IGOEUREEC>IND"},
	})
}

// TestSession13CopulaSubject: "X is in talks with Y", "X is on a visit to
// Y": the subject of the copula holds the talks or makes the visit.
func TestSession13CopulaSubject(t *testing.T) {
	talks := `
Kenya = PROPN 5 nsubj NNP
is be AUX 5 cop VBZ
also = ADV 5 advmod RB
in = ADP 5 case IN
talks talk NOUN 0 root NNS
with = ADP 7 case IN
Uganda = PROPN 5 nmod NNP
over = ADP 10 case IN
the = DET 10 det DT
use = NOUN 5 nmod NN
of = ADP 13 case IN
the = DET 13 det DT
port = NOUN 10 nmod NN
. = PUNCT 5 punct .`
	notTalks := `
Ghana = PROPN 5 nsubj NNP
is be AUX 5 cop VBZ
not = PART 5 advmod RB
in = ADP 5 case IN
negotiations negotiation NOUN 0 root NNS
with = ADP 7 case IN
Togo = PROPN 5 nmod NNP
. = PUNCT 5 punct .`
	visit := `
Sudanese = ADJ 4 amod JJ
President = PROPN 3 nmod:desc NNP
Omar = PROPN 4 compound NNP
al-Bashir = PROPN 8 nsubj NNP
is be AUX 8 cop VBZ
on = ADP 8 case IN
a = DET 8 det DT
visit = NOUN 0 root NN
to = ADP 10 case IN
Egypt = PROPN 8 nmod NNP
. = PUNCT 8 punct .`
	// being on the offensive is no attack
	offensive := `
Ghana = PROPN 6 nsubj NNP
has have AUX 6 aux VBZ
been be AUX 6 cop VBN
on = ADP 6 case IN
the = DET 6 det DT
offensive = NOUN 0 root NN
in = ADP 9 case IN
the = DET 9 det DT
run-up = NOUN 6 nmod NN
. = PUNCT 6 punct .`
	// a thing in the subject holds no talks
	problem := `
The = DET 2 det DT
problem = NOUN 5 nsubj NN
is be AUX 5 cop VBZ
in = ADP 5 case IN
talks talk NOUN 0 root NNS
with = ADP 7 case IN
Togo = PROPN 5 nmod NNP
. = PUNCT 5 punct .`
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}, {"Ghana", "GPE", "GHA"}, {"Togo", "GPE", "TGO"},
		{"Sudanese President Omar al-Bashir", "PER", "SDNGOV"}, {"Egypt", "GPE", "EGY"}}
	off := func(o *Options) { o.noCopulaSubject = true }
	for _, c := range []struct{ name, src, want string }{
		{"in talks", talks, "040 KEN>UGA"},
		{"not in negotiations", notTalks, "040 GHA>TGO neg"},
		{"on a visit", visit, "042 SDNGOV>EGY"},
		{"thing subject", problem, ""},
		{"on the offensive", offensive, ""},
	} {
		if got := round2Code(t, session10Doc(t, ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round2Code(t, session10Doc(t, ents, c.src), off); got != "" {
			t.Errorf("%s, rule off: got %q, want none", c.name, got)
		}
	}
}

// TestSession13VisitForTalks: "will visit X for talks" is the journey
// (036 to the host), not the CAMEO dictionary's negotiation both ways;
// and what the talks are about ("on disarming Togolese rebels") is no
// deed of the visitor's.
func TestSession13VisitForTalks(t *testing.T) {
	visit := `
The = DET 3 det DT
Ghanaian = ADJ 3 amod JJ
president = NOUN 5 nsubj NN
will = AUX 5 aux MD
visit = VERB 0 root VB
Togo = PROPN 5 obj NNP
next = ADJ 8 amod JJ
week = NOUN 5 obl:unmarked NN
for = ADP 10 case IN
talks talk NOUN 5 obl NNS
. = PUNCT 5 punct .`
	topic := `
The = DET 3 det DT
Ghanaian = ADJ 3 amod JJ
president = NOUN 5 nsubj NN
will = AUX 5 aux MD
visit = VERB 0 root VB
Togo = PROPN 5 obj NNP
next = ADJ 8 amod JJ
week = NOUN 5 obl:unmarked NN
for = ADP 10 case IN
talks talk NOUN 5 obl NNS
on = SCONJ 12 mark IN
disarming disarm VERB 5 advcl VBG
Togolese = ADJ 14 amod JJ
rebels rebel NOUN 12 obj NNS
. = PUNCT 5 punct .`
	ents := [][3]string{{"Ghanaian president", "PER", "GHAGOV"}, {"Togo", "GPE", "TGO"}, {"Togolese rebels", "ORG", "TGOREB"}}
	if got, want := round2Code(t, session10Doc(t, ents, visit), nil), "036 GHAGOV>TGO intended"; got != want {
		t.Errorf("visit for talks: got %q, want %q (before the VISIT pattern: 036 both ways)", got, want)
	}
	if got, want := round2Code(t, session10Doc(t, ents, topic), nil), "036 GHAGOV>TGO intended"; got != want {
		t.Errorf("talks on disarming: got %q, want %q", got, want)
	}
	off := func(o *Options) { o.noTopicGerund = true }
	if got, want := round2Code(t, session10Doc(t, ents, topic), off), "036 GHAGOV>TGO intended; 190 GHAGOV>TGOREB"; got != want {
		t.Errorf("talks on disarming, rule off: got %q, want %q", got, want)
	}
}

// TestSession13MeetingScene: a meeting with a named partner "in" or "at"
// which the subject spoke is the subject's meeting.
func TestSession13MeetingScene(t *testing.T) {
	remarks := `
Chinese = ADJ 2 amod JJ
President = PROPN 3 nmod:desc NNP
Hu = PROPN 5 nsubj NNP
Jintao = PROPN 3 flat NNP
made make VERB 0 root VBD
the = DET 7 det DT
remarks remark NOUN 5 obj NNS
in = ADP 10 case IN
a = DET 10 det DT
meeting = NOUN 5 obl NN
with = ADP 15 case IN
Kenyan = PROPN 15 compound NNP
President = PROPN 14 nmod:desc NNP
Mwai = PROPN 15 compound NNP
Kibaki = PROPN 10 nmod NNP
. = PUNCT 5 punct .`
	said := `
Chinese = ADJ 2 amod JJ
Premier = PROPN 5 nsubj NNP
Wen = PROPN 2 flat NNP
Jiabao = PROPN 2 flat NNP
said say VERB 0 root VBD
this = PRON 5 obj DT
at = ADP 9 case IN
a = DET 9 det DT
meeting = NOUN 5 obl NN
with = ADP 14 case IN
Kenyan = PROPN 14 compound NNP
President = PROPN 13 nmod:desc NNP
Mwai = PROPN 14 compound NNP
Kibaki = PROPN 9 nmod NNP
on = ADP 16 case IN
Monday = PROPN 14 nmod NNP
. = PUNCT 5 punct .`
	// a gathering with no partner named is no one's meeting with anyone
	gathering := `
Kenya = PROPN 2 nsubj NNP
raised raise VERB 0 root VBD
the = DET 4 det DT
issue = NOUN 2 obj NN
at = ADP 8 case IN
the = DET 8 det DT
WTO = PROPN 8 compound NNP
meeting = NOUN 2 obl NN
in = ADP 10 case IN
Geneva = PROPN 2 obl NNP
. = PUNCT 2 punct .`
	ents := [][3]string{{"Chinese President Hu Jintao", "PER", "CHNGOV"}, {"Chinese Premier Wen Jiabao", "PER", "CHNGOV"},
		{"Kenyan President Mwai Kibaki", "PER", "KENGOV"}, {"Kenya", "GPE", "KEN"}, {"WTO", "ORG", "IGOBUSWTO"}}
	// session 16's nominalMeetings codes such meetings too: off with it
	off := func(o *Options) { o.noMeetingScene, o.noNominalMeeting, o.noOccasionMeeting = true, true, true }
	checkOnOff(t, ents, off, []onOffCase{
		{"in a meeting with", remarks, "040 CHNGOV>KENGOV", ""},
		{"at a meeting with", said, "040 CHNGOV>KENGOV", ""},
		{"at the WTO meeting", gathering, "110 KEN>-", "110 KEN>-"},
	})
}

// TestSession13CasualtyClause: the casualties a relative clause names on
// a condemned attack are not the condemnation's target; the attackers
// it names are.
func TestSession13CasualtyClause(t *testing.T) {
	killed := `
The = DET 3 det DT
United = ADJ 3 amod NNP
States State PROPN 4 nsubj NNPS
condemned condemn VERB 0 root VBD
the = DET 6 det DT
bombing = NOUN 4 obj NN
in = ADP 8 case IN
which = PRON 13 obl WDT
five = NUM 11 nummod CD
Israeli = ADJ 11 amod JJ
soldiers soldier NOUN 13 nsubj:pass NNS
were be AUX 13 aux:pass VBD
killed kill VERB 6 acl:relcl VBN
. = PUNCT 4 punct .`
	carried := `
Kenya = PROPN 2 nsubj NNP
condemned condemn VERB 0 root VBD
the = DET 4 det DT
attack = NOUN 2 obj NN
which = PRON 8 obj WDT
Somali = PROPN 7 compound NNP
militants militant NOUN 8 nsubj NNS
carried carry VERB 4 acl:relcl VBD
out = ADP 8 compound:prt RP
on = ADP 11 case IN
Monday = PROPN 8 obl NNP
. = PUNCT 2 punct .`
	ents := [][3]string{{"United States", "GPE", "USA"}, {"Israeli soldiers", "ORG", "ISRMIL"}, {"Kenya", "GPE", "KEN"},
		{"Somali militants", "ORG", "SOMREB"}}
	off := func(o *Options) { o.noCasualtyClause = true }
	checkOnOff(t, ents, off, []onOffCase{
		{"in which soldiers were killed", killed, "111 USA>-", "111 USA>ISRMIL"},
		{"which militants carried out", carried, "111 KEN>SOMREB", "111 KEN>SOMREB"},
	})
}

// TestSession13StrandedAgent: the agent of a passive of comment that the
// parser hung on the gerund phrase after it is the passive's doer; a "by"
// gerund of means is not.
func TestSession13StrandedAgent(t *testing.T) {
	criticised := `
The = DET 3 det DT
Kenyan = ADJ 3 amod JJ
government = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
criticised criticise VERB 0 root VBN
for = ADP 8 case IN
detaining detain VERB 8 amod VBG
journalists journalist NOUN 5 obl NNS
by = ADP 12 case IN
the = DET 12 det DT
Ugandan = ADJ 12 amod JJ
opposition = NOUN 8 nmod NN
on = ADP 14 case IN
Monday = PROPN 5 obl NNP
. = PUNCT 5 punct .`
	praised := `
The = DET 3 det DT
Ugandan = ADJ 3 amod JJ
government = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
praised praise VERB 0 root VBN
for = SCONJ 7 mark IN
releasing release VERB 5 advcl VBG
the = DET 9 det DT
prisoners prisoner NOUN 7 obj NNS
by = ADP 11 case IN
Kenya = PROPN 7 obl NNP
. = PUNCT 5 punct .`
	means := `
The = DET 3 det DT
Ghanaian = ADJ 3 amod JJ
army = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
accused accuse VERB 0 root VBN
of = SCONJ 7 mark IN
killing kill VERB 5 advcl VBG
civilians civilian NOUN 7 obj NNS
by = ADP 11 case IN
bombing bomb VERB 11 amod VBG
villages village NOUN 7 obl NNS
. = PUNCT 5 punct .`
	ents := [][3]string{{"Kenyan government", "ORG", "KENGOV"}, {"Ugandan opposition", "ORG", "UGAOPP"},
		{"Ugandan government", "ORG", "UGAGOV"}, {"Kenya", "GPE", "KEN"}, {"Ghanaian army", "ORG", "GHAMIL"},
		{"civilians", "ORG", "GHACVL"}, {"villages", "ORG", "GHACVL"}}
	off := func(o *Options) { o.noStrandedAgent = true }
	checkOnOff(t, ents, off, []onOffCase{
		{"criticised for detaining ... by", criticised, "111 UGAOPP>KENGOV", ""},
		{"praised for releasing ... by", praised, "051 KEN>UGAGOV", ""},
		{"by bombing villages", means, "", ""},
	})
}

// TestSession13StrandedAgentDeep: a "by" phrase after a gerund that is
// no reason phrase of the passive ("defeated as a result of intense
// lobbying by Beijing") stays where it is.
func TestSession13StrandedAgentDeep(t *testing.T) {
	src := `
All = DET 3 det DT
previous = ADJ 3 amod JJ
resolutions resolution NOUN 6 nsubj:pass NNS
have = AUX 6 aux VBP
been be AUX 6 aux:pass VBN
defeated defeat VERB 0 root VBN
as = ADP 9 case IN
a = DET 9 det DT
result = NOUN 6 obl NN
of = ADP 12 case IN
intense = ADJ 12 amod JJ
lobbying lobby VERB 9 nmod VBG
by = ADP 14 case IN
Beijing = PROPN 12 obl NNP
. = PUNCT 6 punct .`
	d := session10Doc(t, [][3]string{{"Beijing", "GPE", "CHN"}}, src)
	s := &sent{}
	s.reset(d, 0)
	if s.head[13] != 11 || s.rel[13] == rOblAgent {
		t.Errorf("Beijing hung on %d as %d, want on the gerund (11), no agent", s.head[13], s.rel[13])
	}
}

// onOffCase is a rule's case: the codes of src with the rule on (want) and
// with it switched off (old).
type onOffCase struct{ name, src, want, old string }

// checkOnOff codes each case with the rule on and with off applied.
func checkOnOff(t *testing.T, ents [][3]string, off func(*Options), cases []onOffCase) {
	t.Helper()
	for _, c := range cases {
		if got := round2Code(t, session10Doc(t, ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round2Code(t, session10Doc(t, ents, c.src), off); got != c.old {
			t.Errorf("%s, rule off: got %q, want %q", c.name, got, c.old)
		}
	}
}
