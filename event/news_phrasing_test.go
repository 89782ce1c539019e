package event

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/timex"
)

// newsPhrasingCases are diplomatic news phrasings and parse shapes met on
// the development records of the real-news gold (data/event/gold/
// realnews.tsv and realnews-dev2.tsv), each in a sentence written for the
// test. want is the news coder's output; old, where given, what the coder
// gave before the rule (with the same options), to show the rule matters.
var newsPhrasingCases = []struct {
	name, text string
	want, old  []string
}{
	// "is to meet": the parser writes the "be" of a scheduled event as a
	// copula of the infinitive.
	{"is to meet", `
Ruto = PROPN 4 nsubj
is be AUX 4 cop
to = PART 4 mark
meet = VERB 0 root
Abiy = PROPN 4 obj
in = ADP 7 case
Nairobi = PROPN 4 obl
for = ADP 9 case
talks talk NOUN 4 obl
. = PUNCT 4 punct`, []string{"036 KENGOV>ETHGOV intended"}, nil},

	// "met X for talks" is a meeting (the CAMEO dictionary codes "meet
	// for talks" 036 both ways), from the one who met to the one met.
	{"met for talks", `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
on = ADP 5 case
Monday = PROPN 2 obl
for = ADP 7 case
talks talk NOUN 2 obl
on = ADP 9 case
trade = NOUN 7 nmod
. = PUNCT 2 punct`, []string{"040 KENGOV>ETHGOV"}, nil},

	// "will attend the UN summit": no event since session 23 (event/attend23.go;
	// a visit when announced before).
	{"attend a summit", `
Kenya = PROPN 3 nsubj
will = AUX 3 aux
attend = VERB 0 root
the = DET 6 det
UN = PROPN 6 compound
summit = NOUN 3 obj
. = PUNCT 3 punct`, nil, nil},

	// "are due to meet": a plan.
	{"due to meet", `
Kenyan = ADJ 2 amod
troops troop NOUN 4 nsubj
are be AUX 4 cop
due = ADJ 0 root
to = PART 6 mark
meet = VERB 4 xcomp
Ethiopian = ADJ 8 amod
officials official NOUN 6 obj
. = PUNCT 4 punct`, []string{"036 KENMIL>ETHGOV intended"}, nil},

	// A coordinated subject deepening relations, no partner named: with
	// each other.
	{"coordinated subject deepens relations", `
Kenya = PROPN 4 nsubj
and = CCONJ 3 cc
Ethiopia = PROPN 1 conj
pledged pledge VERB 0 root
to = PART 6 mark
deepen = VERB 4 xcomp
relations relation NOUN 6 obj
. = PUNCT 4 punct`, []string{"030 ETH>KEN intended", "030 KEN>ETH intended"}, nil},

	// "called a general strike against X": a strike (143), not an appeal.
	{"call a general strike", `
Kenyan = ADJ 2 amod
students student NOUN 3 nsubj
called call VERB 0 root
a = DET 6 det
general = ADJ 6 amod
strike = NOUN 3 obj
against = ADP 8 case
Ethiopia = PROPN 3 obl
. = PUNCT 3 punct`, []string{"143 KENEDU>ETH"}, nil},

	// "filed a trade case with the UN accusing Ethiopia": the parser hangs
	// "accusing Ethiopia" on the organisation; the accused is the target.
	// The filer accuses too (112; session 12, issuedDocument).
	{"file a case accusing", `
Kenya = PROPN 3 nsubj
has have AUX 3 aux
filed file VERB 0 root
a = DET 6 det
trade = NOUN 6 compound
case = NOUN 3 obj
with = ADP 9 case
the = DET 9 det
UN = PROPN 6 nmod
accusing accuse VERB 9 acl
Ethiopia = PROPN 10 obj
of = ADP 13 case
dumping = NOUN 10 obl
. = PUNCT 3 punct`, []string{"112 KEN>ETH", "115 KEN>ETH"}, []string{"115 KEN>ETH"}},

	// "troops | shot dead a man and wounded a Somali" with "shot" parsed as
	// a participle on the subject of "wounded": one shooting.
	{"wounding after a shooting parsed on the subject", `
Israeli = ADJ 2 amod
troops troop NOUN 7 nsubj
shot shoot VERB 2 acl
dead = ADJ 5 amod
man = NOUN 3 obj
and = CCONJ 7 cc
wounded wound VERB 0 root
a = DET 9 det
Somali = PROPN 7 obj
. = PUNCT 7 punct`, []string{"193 ISRMIL>SOM"}, nil}, // no targetless 193 beside it (session 10)

	// "One man was killed and a Somali wounded in an Ethiopian air
	// strike", parsed with "wounded" active and "a Somali" its subject:
	// the left-out "were" makes it a passive conjoined with "killed"; both
	// take their attacker from the air strike.
	{"gapped passive", `
One = NUM 2 nummod
man = NOUN 4 nsubj:pass
was be AUX 4 aux:pass
killed kill VERB 16 ccomp
and = CCONJ 8 cc
a = DET 7 det
Somali = PROPN 8 nsubj
wounded wound VERB 16 ccomp
in = ADP 13 case
an = DET 13 det
Ethiopian = ADJ 13 amod
air = NOUN 13 compound
strike = NOUN 8 obl
, = PUNCT 16 punct
witnesses witness NOUN 16 nsubj
said say VERB 0 root
. = PUNCT 16 punct`, []string{"195 ETH>SOM"}, nil}, // no targetless 195 beside it (session 10)

	// "turned its wrath on X": criticism.
	{"turn wrath on", `
Kenya = PROPN 2 nsubj
turned turn VERB 0 root
its = PRON 4 nmod:poss
wrath = NOUN 2 obj
on = ADP 6 case
Ethiopia = PROPN 2 obl
. = PUNCT 2 punct`, []string{"111 KEN>ETH"}, nil},

	// "hoped | the accord | could help Somalia" with "accord" parsed as the
	// object of "hoped": the accord is the subject of "help", which then
	// has no actor to act (and, since round 3, the hope no target: see
	// "hope about a thing").
	{"complement subject taken for an object", `
Kenya = PROPN 2 nsubj
hoped hope VERB 0 root
the = DET 4 det
accord = NOUN 2 obj
could = AUX 6 aux
help = VERB 2 ccomp
Somalia = PROPN 6 obj
. = PUNCT 2 punct`, []string{"020 KEN>-"}, nil},

	// A visit is one event in the news guide: no hosting (043) beside it.
	{"visit without hosting", `
Ruto = PROPN 2 nsubj
visited visit VERB 0 root
Ethiopia = PROPN 2 obj
on = ADP 5 case
Monday = PROPN 2 obl
. = PUNCT 2 punct`, []string{"042 KENGOV>ETH"}, nil},

	// "At the ceremony in Nairobi, | President Abiy | praised Kenya", the
	// subject parsed as an apposition of "Nairobi".
	{"fronted subject parsed as an apposition", `
At = ADP 3 case
the = DET 3 det
ceremony = NOUN 9 obl
in = ADP 5 case
Nairobi = PROPN 3 nmod
, = PUNCT 8 punct
President = PROPN 8 nmod:desc
Abiy = PROPN 5 appos
praised praise VERB 0 root
Kenya = PROPN 9 obj
. = PUNCT 9 punct`, []string{"051 ETHGOV>KEN"}, nil},

	// A clause under a reduced relative is background: "a Kenyan tour
	// aimed at condemning Somalia".
	{"clause within a reduced relative", `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Abiy = PROPN 2 obj
during = ADP 7 case
a = DET 7 det
Kenyan = ADJ 7 amod
tour = NOUN 2 obl
aimed aim VERB 7 acl
at = SCONJ 10 mark
condemning condemn VERB 8 advcl
Somalia = PROPN 10 obj
. = PUNCT 2 punct`, []string{"040 KENGOV>ETHGOV"}, nil},

	// "signed an agreement to buy arms from Russia": the partner is named
	// in the agreement's infinitive.
	{"partner in a plan noun's infinitive", `
Kenya = PROPN 2 nsubj
signed sign VERB 0 root
an = DET 4 det
agreement = NOUN 2 obj
to = PART 6 mark
buy = VERB 4 acl
arms = NOUN 6 obj
from = ADP 9 case
Russia = PROPN 6 obl
. = PUNCT 2 punct`, []string{"057 KEN>RUS"}, []string{"057 KEN>RUS", "057 RUS>KEN"}},

	// "nothing indicates that Kenya intends to attack Ethiopia": a clause
	// under a negative subject is denied.
	{"negative subject denies the clause", `
but = CCONJ 3 cc
nothing = PRON 3 nsubj
indicates indicate VERB 0 root
that = SCONJ 6 mark
Kenya = PROPN 6 nsubj
intends intend VERB 3 ccomp
to = PART 8 mark
attack attack VERB 6 xcomp
Ethiopia = PROPN 8 obj
. = PUNCT 3 punct`, []string{"138 KEN>ETH neg intended"}, []string{"138 KEN>ETH intended"}},

	// "A planned visit ... has been postponed": called off, not made.
	{"visit postponed", `
A = DET 3 det
planned plan VERB 3 amod
visit = NOUN 10 nsubj:pass
by = ADP 5 case
Ruto = PROPN 3 nmod
to = ADP 7 case
Ethiopia = PROPN 3 nmod
has have AUX 10 aux
been be AUX 10 aux:pass
postponed postpone VERB 0 root
. = PUNCT 10 punct`, []string{"036 KENGOV>ETH neg intended"}, []string{"042 KENGOV>ETH"}},

	// "the upcoming visit by X to Y was announced": a plan.
	{"upcoming visit", `
The = DET 3 det
upcoming = ADJ 3 amod
visit = NOUN 9 nsubj:pass
by = ADP 5 case
Ruto = PROPN 3 nmod
to = ADP 7 case
Ethiopia = PROPN 3 nmod
was be AUX 9 aux:pass
announced announce VERB 0 root
. = PUNCT 9 punct`, []string{"036 KENGOV>ETH intended"}, []string{"042 KENGOV>ETH"}},

	// "needed to do more about Ethiopia's dam": one's own task, no demand
	// on Ethiopia.
	{"need to", `
Kenya = PROPN 2 nsubj
needed need VERB 0 root
to = PART 4 mark
do = VERB 2 xcomp
more = ADJ 4 obj
about = ADP 9 case
Ethiopia = PROPN 9 nmod:poss
's = PART 7 case
dam = NOUN 4 obl
. = PUNCT 2 punct`, nil, []string{"100 KEN>ETH"}},

	// "hoped the agreement could help the Somalis": what a thing may do
	// names no one the hope is aimed at.
	{"hope about a thing", `
Ruto = PROPN 2 nsubj
hoped hope VERB 0 root
the = DET 4 det
agreement = NOUN 6 nsubj
could = AUX 6 aux
help = VERB 2 ccomp
Somalia = PROPN 6 obj
. = PUNCT 2 punct`, []string{"020 KENGOV>-"}, []string{"020 KENGOV>SOM"}},

	// "rejected Ruto's idea of a peace conference": an idea put forward
	// is a proposal (120).
	{"rejected an idea", `
Abiy = PROPN 2 nsubj
rejected reject VERB 0 root
Ruto = PROPN 5 nmod:poss
's = PART 3 case
idea = NOUN 2 obj
of = ADP 9 case
a = DET 9 det
peace = NOUN 9 compound
conference = NOUN 5 nmod
. = PUNCT 2 punct`, []string{"120 ETHGOV>KENGOV"}, nil},

	// "will discuss with X": talks with a partner, one event from the one
	// who discusses, 036 when announced.
	{"discuss with", `
Ruto = PROPN 3 nsubj
will = AUX 3 aux
discuss = VERB 0 root
with = ADP 5 case
Abiy = PROPN 3 obl
ways way NOUN 3 obj
of = SCONJ 8 mark
ending end VERB 6 acl
the = DET 10 det
dispute = NOUN 8 obj
. = PUNCT 3 punct`, []string{"036 KENGOV>ETHGOV intended"}, []string{"046 ETHGOV>KENGOV intended", "046 KENGOV>ETHGOV intended"}},

	// "suggested that Kenya had attacked Ethiopia": what one thinks
	// happened, no appeal to Kenya.
	{"opinion verb with a clause", `
Somalia = PROPN 2 nsubj
suggested suggest VERB 0 root
that = SCONJ 6 mark
Kenya = PROPN 6 nsubj
had have AUX 6 aux
attacked attack VERB 2 ccomp
Ethiopia = PROPN 6 obj
. = PUNCT 2 punct`, []string{"190 KEN>ETH"}, nil},

	// A clause inside a relative clause is background: "the summit which
	// opens after Abiy visits Somalia" codes no visit (and the attendance
	// nothing since session 23).
	{"clause within a relative clause", `
Ruto = PROPN 3 nsubj
will = AUX 3 aux
attend = VERB 0 root
the = DET 5 det
summit = NOUN 3 obj
which = PRON 7 nsubj
opens open VERB 5 acl:relcl
after = SCONJ 10 mark
Abiy = PROPN 10 nsubj
visits visit VERB 7 advcl
Somalia = PROPN 10 obj
. = PUNCT 3 punct`, nil, nil},

	// A bare preposition in a CAMEO pattern ("- pp:for => 042:043",
	// written for "head for") stands for an argument, never a time phrase:
	// ruling a country for ten years is no visit.
	{"bare preposition before a time phrase", `
Kenya = PROPN 3 nsubj
has have AUX 3 aux
ruled rule VERB 0 root
Ethiopia = PROPN 3 obj
for = ADP 7 case
ten = NUM 7 nummod
years year NOUN 3 obl
. = PUNCT 3 punct`, []string{"060 KEN>ETH"}, []string{"042 KEN>ETH"}},

	// A guest welcomed at a place is hosted (043), not praised.
	{"welcome a guest", `
Ruto = PROPN 2 nsubj
welcomed welcome VERB 0 root
Abiy = PROPN 2 obj
at = ADP 6 case
the = DET 6 det
palace = NOUN 2 obl
. = PUNCT 2 punct`, []string{"043 KENGOV>ETHGOV"}, []string{"051 KENGOV>ETHGOV"}},

	// A sentential relative (UD advcl:relcl) is background like any
	// relative clause: what "he said hurt farmers" is no event of Ruto's.
	{"sentential relative", `
Ruto = PROPN 2 nsubj
criticised criticise VERB 0 root
Ethiopia = PROPN 2 obj
for = ADP 6 case
its = PRON 6 nmod:poss
dam = NOUN 3 nmod
, = PUNCT 10 punct
which = PRON 10 obj
he = PRON 10 nsubj
said say VERB 2 advcl:relcl
hurt hurt VERB 10 ccomp
farmers farmer NOUN 11 obj
. = PUNCT 2 punct`, []string{"111 KENGOV>ETH"}, []string{"111 KENGOV>ETH", "180 KENGOV>-"}},

	// Retaliation promised is a threat, not a promise of cooperation.
	{"promised a proportionate response", `
Ruto = PROPN 2 nsubj
promised promise VERB 0 root
a = DET 5 det
proportionate = ADJ 5 amod
response = NOUN 2 obj
. = PUNCT 2 punct`, []string{"130 KENGOV>-"}, []string{"030 KENGOV>-"}},

	// Session 4. A comma-detached "with" phrase naming no actor is an
	// adjunct, not the partner slot of "deepen relations with +": the
	// coordinated subject deepens relations with each other.
	{"detached with-phrase is no partner", `
Kenya = PROPN 4 nsubj
and = CCONJ 3 cc
Ethiopia = PROPN 1 conj
pledged pledge VERB 0 root
to = PART 6 mark
deepen = VERB 4 xcomp
closer = ADJ 8 amod
relations relation NOUN 6 obj
, = PUNCT 11 punct
with = ADP 11 case
emphasis = NOUN 6 obl
on = ADP 13 case
farming = NOUN 11 nmod
. = PUNCT 4 punct`, []string{"030 ETH>KEN intended", "030 KEN>ETH intended"}, []string{"030 ETH>- intended", "030 KEN>- intended"}},

	// A conjoined verb with an auxiliary or copula of its own is not the
	// passive of the verb it is conjoined to: "was given a welcome and was
	// then to meet X" is the president's plan to meet X.
	{"conjoined verb with its own copula after a passive", `
The = DET 3 det
Kenyan = ADJ 3 amod
president = NOUN 5 nsubj:pass
was be AUX 5 aux:pass
given give VERB 0 root
a = DET 8 det
warm = ADJ 8 amod
welcome = NOUN 5 obj
and = CCONJ 13 cc
was be AUX 13 cop
then = ADV 13 advmod
to = PART 13 mark
meet = VERB 5 conj
Ethiopian = ADJ 15 amod
officials official NOUN 13 obj
. = PUNCT 5 punct`, []string{"036 KENGOV>ETHGOV intended"}, nil},

	// "he telephoned Abiy before she was to meet X": "she" is not "he",
	// so the meeting is not Ruto's (the coreference stage names her; this
	// finder does not). A call to someone named is one event from the
	// caller (041), not the CAMEO dictionary's call both ways.
	{"she is not he; a call is one-way", `
Ruto = PROPN 2 nsubj
said say VERB 0 root
he = PRON 4 nsubj
telephoned telephone VERB 2 ccomp
Abiy = PROPN 4 obj
hours hour NOUN 11 obl:npmod
before = SCONJ 11 mark
she = PRON 11 nsubj
was be AUX 11 aux
to = PART 11 mark
meet = VERB 4 advcl
Chinese = ADJ 13 amod
officials official NOUN 11 obj
. = PUNCT 2 punct`, []string{"041 KENGOV>ETHGOV"}, []string{"036 KENGOV>CHNGOV intended", "041 ETHGOV>KENGOV", "041 KENGOV>ETHGOV"}},

	// "Speaking to reporters after talks with Abiy": the bare "pp:with"
	// slot of "speak" is no phrase inside an "after" phrase (the CAMEO
	// dictionary's 046 both ways); since session 16 the talks themselves
	// are Ruto's meeting with Abiy (040), as the gold codes "after talks
	// with" (event/round16.go).
	{"phrase inside an after-phrase fills no bare slot", `
Speaking speak VERB 10 advcl
to = ADP 3 case
reporters reporter NOUN 1 obl
after = ADP 5 case
talks talk NOUN 3 nmod
with = ADP 7 case
Abiy = PROPN 5 nmod
, = PUNCT 1 punct
Ruto = PROPN 10 nsubj
said say VERB 0 root
he = PRON 13 nsubj
was be AUX 13 cop
hopeful = ADJ 10 ccomp
. = PUNCT 10 punct`, []string{"040 KENGOV>ETHGOV"}, []string{"046 ETHGOV>KENGOV", "046 KENGOV>ETHGOV"}},

	// "called the Ethiopian vote a farce": naming with a second predicate,
	// not the CAMEO dictionary's telephone call (041 both ways); since
	// session 9 a name of disapproval is criticism (111; nothing before).
	{"called X a farce is naming", `
Ruto = PROPN 2 nsubj
called call VERB 0 root
the = DET 5 det
Ethiopian = ADJ 5 amod
vote = NOUN 2 obj
a = DET 7 det
farce = NOUN 2 obj
. = PUNCT 2 punct`, []string{"111 KENGOV>ETH"}, []string{"041 ETH>KENGOV", "041 KENGOV>ETH"}},

	// Without a second predicate "called" keeps the dictionary's call.
	{"called X on Monday is still a call", `
Ruto = PROPN 2 nsubj
called call VERB 0 root
Abiy = PROPN 2 obj
on = ADP 5 case
Monday = PROPN 2 obl
. = PUNCT 2 punct`, []string{"041 ETHGOV>KENGOV", "041 KENGOV>ETHGOV"}, nil},

	// A sports story (three different sports markers: "semi-final",
	// "football", "tournament") names teams by their countries: nothing
	// is coded. Two markers are not enough.
	{"sports story", `
Kenya = PROPN 2 nsubj
beat = VERB 0 root
Ethiopia = PROPN 2 obj
in = ADP 6 case
the = DET 6 det
semi-final = NOUN 2 obl
of = ADP 10 case
the = DET 10 det
football = NOUN 10 compound
tournament = NOUN 6 nmod
. = PUNCT 2 punct`, nil, []string{"190 KEN>ETH"}},
	{"two sports words are no sports story", `
Kenya = PROPN 2 nsubj
beat = VERB 0 root
Ethiopia = PROPN 2 obj
in = ADP 6 case
the = DET 6 det
semi-final = NOUN 2 obl
of = ADP 9 case
the = DET 9 det
tournament = NOUN 6 nmod
. = PUNCT 2 punct`, []string{"190 KEN>ETH"}, nil},

	// "left Ethiopia on Sunday": a departure, not the CAMEO dictionary's
	// meeting with the country left (dyad.pat LEAVE_FOR).
	{"left a country is no meeting", `
Ruto = PROPN 2 nsubj
left leave VERB 0 root
Ethiopia = PROPN 2 obj
on = ADP 5 case
Sunday = PROPN 2 obl
. = PUNCT 2 punct`, nil, []string{"040 KENGOV>ETH"}},

	// "Two Kenyan soldiers died in attacks": the dead are no attackers
	// (the CAMEO dictionary's DIE default makes the subject the source).
	{"the dead are no attackers", `
Two = NUM 3 nummod
Kenyan = ADJ 3 amod
soldiers soldier NOUN 4 nsubj
died die VERB 0 root
in = ADP 6 case
attacks attack NOUN 4 obl
near = ADP 8 case
Ethiopia = PROPN 6 nmod
. = PUNCT 4 punct`, nil, []string{"190 KENMIL>-"}},

	// "took a victory lap of the Ethiopian embassy": "take" is the CAMEO
	// dictionary's seizure (171) only when what is taken names an actor.
	{"took a lap is no seizure", `
Ruto = PROPN 2 nsubj
took take VERB 0 root
a = DET 5 det
victory = NOUN 5 compound
lap = NOUN 2 obj
of = ADP 9 case
the = DET 9 det
Ethiopian = ADJ 9 amod
embassy = NOUN 5 nmod
. = PUNCT 2 punct`, nil, []string{"171 KENGOV>ETH"}},
	{"took a city is still a seizure", `
Russian = ADJ 2 amod
troops troop NOUN 3 nsubj
took take VERB 0 root
Kharkiv = PROPN 3 obj
on = ADP 6 case
Sunday = PROPN 3 obl
. = PUNCT 3 punct`, []string{"192 RUSMIL>UKR"}, nil},

	// "Ruto added Ethiopia was ready": a report, not the CAMEO
	// dictionary's grant (060) of "add".
	{"added is a report", `
Ruto = PROPN 2 nsubj
added add VERB 0 root
Ethiopia = PROPN 5 nsubj
was be AUX 5 cop
ready = ADJ 2 ccomp
. = PUNCT 2 punct`, nil, []string{"060 KENGOV>ETH"}},

	// "police found the bodies of two Ethiopian traders": finding is not
	// the CAMEO dictionary's default grant (060).
	{"found is no grant", `
Kenyan = ADJ 2 amod
police = NOUN 3 nsubj
found find VERB 0 root
the = DET 5 det
bodies body NOUN 3 obj
of = ADP 9 case
two = NUM 9 nummod
Ethiopian = ADJ 9 amod
traders trader NOUN 5 nmod
. = PUNCT 3 punct`, nil, []string{"060 KENCOP>ETH"}},

	// "failed to get a reply from Ethiopia": a failure is no rejection
	// (the dictionary's default 120 for "fail").
	{"failed is no rejection", `
Kenya = PROPN 2 nsubj
failed fail VERB 0 root
to = PART 4 mark
get = VERB 2 xcomp
a = DET 6 det
reply = NOUN 4 obj
from = ADP 8 case
Ethiopia = PROPN 4 obl
. = PUNCT 2 punct`, nil, []string{"120 KEN>ETH"}},

	// "claimed Ethiopian support": a claim is not the CAMEO dictionary's
	// default disapproval (110).
	{"claimed is no disapproval", `
Ruto = PROPN 2 nsubj
claimed claim VERB 0 root
Ethiopian = ADJ 4 amod
support = NOUN 2 obj
. = PUNCT 2 punct`, nil, []string{"110 KENGOV>ETH"}},

	// "hit a record": "hit" attacks (190) only what names an actor.
	{"hit a record is no attack", `
Kenya = PROPN 2 nsubj
hit hit VERB 0 root
a = DET 4 det
record = NOUN 2 obj
. = PUNCT 2 punct`, nil, []string{"190 KEN>-"}},

	// "joined the bloc at the same time as Ethiopia": a phrase of
	// comparison names no target.
	{"as-phrase is no target", `
Kenya = PROPN 2 nsubj
joined join VERB 0 root
the = DET 4 det
bloc = NOUN 2 obj
at = ADP 8 case
the = DET 8 det
same = ADJ 8 amod
time = NOUN 2 obl
as = ADP 10 case
Ethiopia = PROPN 8 nmod
. = PUNCT 2 punct`, []string{"040 KEN>-"}, []string{"040 KEN>ETH"}},

	// Session 5. The people a country's police, army or government acts
	// on, named by a bare noun with a number or determiner, are of its
	// country (event/implicit.go).
	{"police arrest people of their country", `
Kenyan = ADJ 2 amod
police = NOUN 3 nsubj
arrested arrest VERB 0 root
19 = NUM 5 nummod
people = NOUN 3 obj
in = ADP 7 case
Nairobi = PROPN 3 obl
on = ADP 9 case
Monday = PROPN 3 obl
. = PUNCT 3 punct`, []string{"173 KENCOP>KENCVL"}, []string{"173 KENCOP>-"}},
	{"several more teachers", `
Ethiopian = ADJ 2 amod
police = NOUN 3 nsubj
detained detain VERB 0 root
several = ADJ 6 amod
more = ADJ 6 amod
teachers teacher NOUN 3 obj
overnight = ADV 3 advmod
. = PUNCT 3 punct`, []string{"173 ETHCOP>ETHEDU"}, []string{"173 ETHCOP>-"}},
	// People in general are no group acted on.
	{"warned people is no group", `
Kenyan = ADJ 2 amod
police = NOUN 3 nsubj
warned warn VERB 0 root
people = NOUN 3 obj
to = PART 6 mark
stay = VERB 3 xcomp
indoors = ADV 6 advmod
. = PUNCT 3 punct`, []string{"130 KENCOP>-"}, nil},
	// "fired on a rampaging mob": shooting (193).
	{"police fired on a mob", `
Kenyan = ADJ 2 amod
police = NOUN 3 nsubj
fired fire VERB 0 root
on = ADP 7 case
a = DET 7 det
rampaging = ADJ 7 amod
mob = NOUN 3 obl
in = ADP 9 case
Nairobi = PROPN 3 obl
. = PUNCT 3 punct`, []string{"193 KENCOP>KENCVL"}, nil},
	// Killings of civilians by rebels are unconventional violence (180).
	{"rebels killed civilians", `
Ethiopian = ADJ 2 amod
rebels rebel NOUN 3 nsubj
killed kill VERB 0 root
12 = NUM 5 nummod
villagers villager NOUN 3 obj
on = ADP 7 case
Sunday = PROPN 3 obl
. = PUNCT 3 punct`, []string{"180 ETHREB>ETHCVL"}, []string{"190 ETHREB>-"}},

	// "said Thursday it had attacked": the parser hangs the reported
	// clause as a relative clause on the weekday.
	{"said Thursday it had", `
Kenya = PROPN 2 nsubj
said say VERB 0 root
Thursday = PROPN 2 obl:tmod
it = PRON 6 nsubj
had have AUX 6 aux
attacked attack VERB 3 acl:relcl
Ethiopia = PROPN 6 obj
. = PUNCT 2 punct`, []string{"190 KEN>ETH"}, nil},

	// "accused Kenyan troops of attacking": an accusation (the CAMEO
	// dictionary's BLAME codes blaming the military 111); the attack is
	// the accused's alleged act, no attack by the accuser (session 9:
	// before, "190 ETH>-" too).
	{"accused troops", `
Ethiopia = PROPN 2 nsubj
accused accuse VERB 0 root
Kenyan = ADJ 4 amod
troops troop NOUN 2 obj
of = SCONJ 6 mark
attacking attack VERB 2 advcl
its = PRON 9 nmod:poss
border = NOUN 9 compound
town = NOUN 6 obj
. = PUNCT 2 punct`, []string{"112 ETH>KENMIL"}, []string{"111 ETH>KENMIL"}},

	// Troops "attacking X for no reason" attack with force: the CAMEO
	// dictionary's "attack ... for" is criticism (111).
	{"troops attack for no reason", `
Kenyan = ADJ 2 amod
troops troop NOUN 4 nsubj
are be AUX 4 aux
attacking attack VERB 0 root
Ethiopia = PROPN 4 obj
for = ADP 8 case
no = DET 8 det
reason = NOUN 4 obl
. = PUNCT 4 punct`, []string{"190 KENMIL>ETH"}, []string{"111 KENMIL>ETH"}},

	// "flew into Ethiopia for talks with Abiy": a visit (the CAMEO
	// dictionary's FLY codes "into" 154) and the talks it was for.
	{"flew into for talks", `
Ruto = PROPN 2 nsubj
flew fly VERB 0 root
into = ADP 4 case
Ethiopia = PROPN 2 obl
for = ADP 6 case
talks talk NOUN 2 obl
with = ADP 8 case
Abiy = PROPN 6 nmod
. = PUNCT 2 punct`, []string{"040 KENGOV>ETHGOV", "042 KENGOV>ETH"}, []string{"154 KENGOV>ETH"}},
	// A journey that sets the scene gives no talks.
	{"before leaving for talks", `
Ruto = PROPN 2 nsubj
spoke speak VERB 0 root
before = SCONJ 4 mark
leaving leave VERB 2 advcl
for = ADP 6 case
Ethiopia = PROPN 4 obl
for = ADP 8 case
talks talk NOUN 4 obl
with = ADP 10 case
Abiy = PROPN 8 nmod
. = PUNCT 2 punct`, nil, nil},

	// "condemned the killings of Kenyan students": the victims are not
	// the target of the condemnation.
	{"condemned killings of", `
The = DET 2 det
UN = PROPN 3 nsubj
condemned condemn VERB 0 root
the = DET 5 det
killings killing NOUN 3 obj
of = ADP 8 case
Kenyan = ADJ 8 amod
students student NOUN 5 nmod
. = PUNCT 3 punct`, []string{"111 IGOUNO>-"}, []string{"111 IGOUNO>KENEDU"}},
	// "will visit Ethiopia to meet Abiy": the visitor meets (no object
	// control by the place visited), and the meeting is a plan.
	{"visit to meet", `
Ruto = PROPN 3 nsubj
will = AUX 3 aux
visit = VERB 0 root
Ethiopia = PROPN 3 obj
to = PART 6 mark
meet = VERB 3 advcl
with = ADP 8 case
Abiy = PROPN 6 obl
. = PUNCT 3 punct`, []string{"036 KENGOV>ETH intended", "036 KENGOV>ETHGOV intended"}, []string{"036 KENGOV>ETHGOV intended"}},
	// "arrived in Ethiopia to attend the UN summit": the arrival (the
	// summit it plans to attend codes nothing since session 23; no visit
	// to the UN).
	{"arrived to attend", `
Ruto = PROPN 2 nsubj
arrived arrive VERB 0 root
in = ADP 4 case
Ethiopia = PROPN 2 obl
to = PART 6 mark
attend = VERB 2 advcl
the = DET 9 det
UN = PROPN 9 compound
summit = NOUN 6 obj
. = PUNCT 2 punct`, []string{"042 KENGOV>ETH"}, []string{"042 KENGOV>IGOUNO"}},
	// The same with the infinitive hung on the capital named after the
	// place arrived in.
	{"arrived to attend, parsed on the capital", `
Ruto = PROPN 2 nsubj
arrived arrive VERB 0 root
in = ADP 4 case
Addis = PROPN 2 obl
Ababa = PROPN 4 flat
, = PUNCT 9 punct
the = DET 9 det
Ethiopian = ADJ 9 amod
capital = NOUN 4 appos
, = PUNCT 12 punct
to = PART 12 mark
attend = VERB 9 acl
the = DET 15 det
UN = PROPN 15 compound
summit = NOUN 12 obj
. = PUNCT 2 punct`, []string{"042 KENGOV>ETH"}, []string{"042 KENGOV>ETH"}},
	// An attack one launches is aimed at its victims.
	{"launched an attack against", `
Ruto = PROPN 2 nsubj
launched launch VERB 0 root
an = DET 5 det
fresh = ADJ 5 amod
attack = NOUN 2 obj
against = ADP 7 case
Ethiopia = PROPN 5 nmod
. = PUNCT 2 punct`, []string{"190 KENGOV>ETH"}, nil},

	// Session 7: a call rejected is a proposal rejected (120), not the
	// dictionary's refused request for material aid (122).
	{"rejected a call", `
Ruto = PROPN 2 nsubj
rejected reject VERB 0 root
Ethiopia = PROPN 5 nmod:poss
's = PART 3 case
call = NOUN 2 obj
for = ADP 8 case
a = DET 8 det
conference = NOUN 5 nmod
. = PUNCT 2 punct`, []string{"120 KENGOV>ETH"}, []string{"122 KENGOV>ETH"}},

	// Session 7: an appeal to repeal or lift is an appeal to yield (025),
	// not the dictionary's plain call (020).
	{"called on to repeal", `
Ruto = PROPN 2 nsubj
called call VERB 0 root
on = ADP 4 case
Ethiopia = PROPN 2 obl
to = PART 6 mark
repeal = VERB 2 xcomp
the = DET 8 det
law = NOUN 6 obj
. = PUNCT 2 punct`, []string{"025 KENGOV>ETH"}, []string{"020 KENGOV>ETH"}},

	// Session 7: one who led a delegation somewhere visited it (042), not
	// the dictionary's 036 for "lead delegation" in any tense.
	{"led a delegation", `
Ruto = PROPN 2 nsubj
led lead VERB 0 root
a = DET 4 det
delegation = NOUN 2 obj
to = ADP 6 case
Ethiopia = PROPN 2 obl
on = ADP 8 case
Monday = PROPN 2 obl
. = PUNCT 2 punct`, []string{"042 KENGOV>ETH"}, []string{"036 KENGOV>ETH"}},

	// Session 7: a pledge to revive economic ties is one of economic
	// cooperation (0311), with each other for a coordinated subject; the
	// dictionary's REVITALIZE praised (051).
	{"pledged to revitalize economic ties", `
Kenya = PROPN 4 nsubj
and = CCONJ 3 cc
Ethiopia = PROPN 1 conj
pledged pledge VERB 0 root
to = PART 6 mark
revitalize = VERB 4 xcomp
economic = ADJ 8 amod
ties tie NOUN 6 obj
. = PUNCT 4 punct`, []string{"0311 ETH>KEN intended", "0311 KEN>ETH intended"}, nil},

	// Session 7: banning official visits cuts relations (161), not the
	// dictionary's ban (172).
	{"banned visits", `
Kenyan = ADJ 2 amod
ministers minister NOUN 3 nsubj
banned ban VERB 0 root
ministerial = ADJ 5 amod
visits visit NOUN 3 obj
to = ADP 7 case
Ethiopia = PROPN 5 nmod
. = PUNCT 3 punct`, []string{"161 KEN>ETH"}, []string{"172 KEN>ETH"}},
}

func TestNewsPhrasing(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	news := New(pats, NewsOptions())
	af := testFinder(t)
	for _, tc := range newsPhrasingCases {
		t.Run(tc.name, func(t *testing.T) { checkNewsCase(t, news, af, tc.text, tc.want) })
	}
}

// checkNewsCase codes a hand-parsed sentence with the news coder and
// compares its events, in any order, with want.
func checkNewsCase(t *testing.T, news *Coder, af ActorFinder, text string, want []string) {
	t.Helper()
	d := mini(t, text)
	var gs []string
	for _, e := range news.Code(d, af) {
		gs = append(gs, ev(e))
	}
	sort.Strings(gs)
	w := append([]string(nil), want...)
	sort.Strings(w)
	if got := strings.Join(gs, "; "); got != strings.Join(w, "; ") {
		t.Errorf("%s\n got  %s\n want %s", d.Text, got, strings.Join(w, "; "))
	}
}

// entity makes an entity with an actor over the first occurrence of word.
func entity(d *doc.Document, word, typ string, a doc.Actor) doc.Entity {
	i := strings.Index(d.Text, word)
	return doc.Entity{Start: i, End: i + len(word), Text: word, Type: typ, Actor: &a}
}

// TestEntitiesPossessorAndPartners: with the production finder, "his
// Ethiopian counterpart" is Ethiopia's government, not the possessor; and
// a coordinated subject signing "an IGAD accord" whose organisation the KB
// does not know signs with each other.
func TestEntitiesPossessorAndPartners(t *testing.T) {
	kenGov := doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}
	code := entityCoder(t)

	d := mini(t, `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
his he PRON 5 nmod:poss
Ethiopian = ADJ 5 amod
counterpart = NOUN 2 obj
. = PUNCT 2 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Ruto", "PER", kenGov),
		entity(d, "his", "PER", kenGov),
		entity(d, "Ethiopian", "NORP", doc.Actor{Name: "Ethiopia", Code: "ETH", Country: "ETH"}),
	}
	if got, want := code(d), "040 KENGOV>ETHGOV"; got != want {
		t.Errorf("counterpart: got %q, want %q", got, want)
	}

	d = mini(t, `
Kenya = PROPN 5 nsubj
and = CCONJ 3 cc
Ethiopia = PROPN 1 conj
have have AUX 5 aux
signed sign VERB 0 root
an = DET 8 det
IGAD = PROPN 8 compound
accord = NOUN 5 obj
. = PUNCT 5 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Kenya", "GPE", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}),
		entity(d, "Ethiopia", "GPE", doc.Actor{Name: "Ethiopia", Code: "ETH", Country: "ETH"}),
		entity(d, "IGAD", "ORG", doc.Actor{Name: "IGAD"}),
	}
	if got, want := code(d), "057 ETH>KEN; 057 KEN>ETH"; got != want {
		t.Errorf("unknown partner: got %q, want %q", got, want)
	}

	// A place inside a reported clause is where something happened, not
	// whom it targeted: "condemned the bombing of hotels in Addis Ababa, a
	// radio reported", parsed (as a parser did) with "reported" a
	// complement of "condemned" and two subjects.
	d = mini(t, `
Kenya = PROPN 2 nsubj
condemned condemn VERB 0 root
the = DET 4 det
bombing = NOUN 12 nsubj
of = ADP 6 case
hotels hotel NOUN 12 nsubj
in = ADP 8 case
Addis_Ababa = PROPN 6 nmod
, = PUNCT 11 punct
a = DET 11 det
radio = NOUN 8 conj
reported report VERB 2 ccomp
. = PUNCT 2 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Kenya", "GPE", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}),
		entity(d, "Addis_Ababa", "GPE", doc.Actor{Name: "Ethiopia", Code: "ETH", Country: "ETH"}),
	}
	if got, want := code(d), "111 KEN>-"; got != want {
		t.Errorf("place in a reported clause: got %q, want %q", got, want)
	}

	// An apposition names an actor by itself, not through its
	// prepositional phrases: "signed a law, a celebration of the end of
	// Ethiopian rule" has no Ethiopian target.
	d = mini(t, `
Ruto = PROPN 2 nsubj
signed sign VERB 0 root
a = DET 4 det
law = NOUN 2 obj
, = PUNCT 7 punct
a = DET 7 det
celebration = NOUN 4 appos
of = ADP 10 case
the = DET 10 det
end = NOUN 7 nmod
of = ADP 13 case
Ethiopian = ADJ 13 amod
rule = NOUN 10 nmod
. = PUNCT 2 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Ruto", "PER", kenGov),
		entity(d, "Ethiopian", "NORP", doc.Actor{Name: "Ethiopia", Code: "ETH", Country: "ETH"}),
	}
	if got, want := code(d), "057 KENGOV>-"; got != want {
		t.Errorf("apposition: got %q, want %q", got, want)
	}

	// "Kenya's President Ruto" parsed with "President Ruto" an apposition
	// of a possessed noun: the president acts, not also his country.
	d = mini(t, `
Kenya = PROPN 3 nmod:poss
's = PART 1 case
leader = NOUN 6 nsubj
President = PROPN 5 nmod:desc
Ruto = PROPN 3 appos
praised praise VERB 0 root
Ethiopia = PROPN 6 obj
. = PUNCT 6 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Kenya", "GPE", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}),
		entity(d, "Ruto", "PER", kenGov),
		entity(d, "Ethiopia", "GPE", doc.Actor{Name: "Ethiopia", Code: "ETH", Country: "ETH"}),
	}
	if got, want := code(d), "051 KENGOV>ETH"; got != want {
		t.Errorf("country and its president: got %q, want %q", got, want)
	}
}

// TestDateScheduledVisit: a visit in the present tense on a day after
// publication ("leaves for Nairobi on May 10") is announced: 036, intended;
// the same on a day before publication stays a visit.
func TestDateScheduledVisit(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ day, want string }{{"10", "036 ETHGOV>KEN intended"}, {"1", "042 ETHGOV>KEN"}} {
		d := mini(t, `
Abiy = PROPN 2 nsubj
leaves leave VERB 0 root
for = ADP 4 case
Nairobi = PROPN 2 obl
on = ADP 6 case
May = PROPN 2 obl
`+tc.day+` = NUM 6 nummod
. = PUNCT 2 punct`)
		d.Tokens[1].XPOS = "VBZ"
		timex.Tag(d)
		New(pats, NewsOptions()).Code(d, testFinder(t))
		Date(d)
		var gs []string
		for _, e := range d.Events {
			gs = append(gs, ev(e))
		}
		if got := strings.Join(gs, "; "); got != tc.want {
			t.Errorf("May %s: got %q, want %q", tc.day, got, tc.want)
		}
	}
}

// TestEntitiesPlaces: a phrase the entity stage gave no coded actor but the
// geo stage resolved to a city names the city's country ("arrived in
// Mombasa": a visit to KEN).
func TestEntitiesPlaces(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	d := mini(t, `
Abiy = PROPN 2 nsubj
arrived arrive VERB 0 root
in = ADP 4 case
Mombasa = PROPN 2 obl
on = ADP 6 case
Monday = PROPN 2 obl
. = PUNCT 2 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Abiy", "PER", doc.Actor{Name: "Abiy Ahmed", Code: "ETHGOV", Country: "ETH", Sector: "GOV"}),
		entity(d, "Mombasa", "LOC", doc.Actor{Name: "Mombasa"}),
	}
	i := strings.Index(d.Text, "Mombasa")
	d.Places = []doc.Place{{Start: i, End: i + 7, Text: "Mombasa", Name: "Mombasa", Country: "KEN", Feature: "city"}}
	var gs []string
	for _, e := range New(pats, NewsOptions()).Code(d, Entities) {
		gs = append(gs, ev(e))
	}
	if got, want := strings.Join(gs, "; "), "042 ETHGOV>KEN"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}

	// Where a meeting happens is no partner: "Ruto and Abiy agreed to meet
	// in the city of Mombasa" meet each other, not Kenya.
	d = mini(t, `
Ruto = PROPN 4 nsubj
and = CCONJ 3 cc
Abiy = PROPN 1 conj
agreed agree VERB 0 root
to = PART 6 mark
meet = VERB 4 xcomp
in = ADP 9 case
the = DET 9 det
city = NOUN 6 obl
of = ADP 11 case
Mombasa = PROPN 9 nmod
. = PUNCT 4 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Ruto", "PER", doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
		entity(d, "Abiy", "PER", doc.Actor{Name: "Abiy Ahmed", Code: "ETHGOV", Country: "ETH", Sector: "GOV"}),
		entity(d, "Mombasa", "LOC", doc.Actor{Name: "Mombasa"}),
	}
	i = strings.Index(d.Text, "Mombasa")
	d.Places = []doc.Place{{Start: i, End: i + 7, Text: "Mombasa", Name: "Mombasa", Country: "KEN", Feature: "city"}}
	gs = nil
	for _, e := range New(pats, NewsOptions()).Code(d, Entities) {
		gs = append(gs, ev(e))
	}
	sort.Strings(gs)
	if got, want := strings.Join(gs, "; "), "036 ETHGOV>KENGOV intended; 036 KENGOV>ETHGOV intended"; got != want {
		t.Errorf("meeting place: got %q, want %q", got, want)
	}
}

// TestDateWouldFuture: "would visit" with a day after publication and no
// condition is a plan told in the past (036, intended), and so is a meeting
// conjoined with it; with an "if" clause it stays hypothetical.
func TestDateWouldFuture(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ src, want string }{{`
Abiy = PROPN 3 nsubj
would = AUX 3 aux
visit = VERB 0 root
Kenya = PROPN 3 obj
on = ADP 6 case
May = PROPN 3 obl
10 = NUM 6 nummod
and = CCONJ 9 cc
meet = VERB 3 conj
Ruto = PROPN 9 obj
. = PUNCT 3 punct`, "036 ETHGOV>KEN intended; 036 ETHGOV>KENGOV intended"}, {`
Abiy = PROPN 3 nsubj
would = AUX 3 aux
visit = VERB 0 root
Kenya = PROPN 3 obj
on = ADP 6 case
May = PROPN 3 obl
10 = NUM 6 nummod
if = SCONJ 9 mark
invited invite VERB 3 advcl
. = PUNCT 3 punct`, "040 ETHGOV>- hypothetical; 042 ETHGOV>KEN hypothetical"}} {
		d := mini(t, tc.src)
		timex.Tag(d)
		New(pats, NewsOptions()).Code(d, testFinder(t))
		Date(d)
		var gs []string
		for _, e := range d.Events {
			gs = append(gs, ev(e))
		}
		sort.Strings(gs)
		if got := strings.Join(gs, "; "); got != tc.want {
			t.Errorf("%s: got %q, want %q", d.Text, got, tc.want)
		}
	}
}

// TestShortAgents: PETRARCH-2's unit suite counts an agent by the first
// three letters of its code.
func TestShortAgents(t *testing.T) {
	pa, err := NewPetrarchActors(strings.NewReader(testActors), strings.NewReader("SENTRY [~MILARM]\n"))
	if err != nil {
		t.Fatal(err)
	}
	pats, err := LoadPetrarchVerbs(strings.NewReader(petr2Verbs), "petr2")
	if err != nil {
		t.Fatal(err)
	}
	c := New(pats, Options{RequireTarget: true})
	d := mini(t, `
Kenyan = ADJ 2 amod
sentries sentry NOUN 3 nsubj
praised praise VERB 0 root
Somalia = PROPN 3 obj
. = PUNCT 3 punct`)
	for _, x := range []struct {
		short bool
		want  string
	}{{false, "051 KENMILARM>SOM"}, {true, "051 KENMIL>SOM"}} {
		pa.ShortAgents = x.short
		var gs []string
		for _, e := range c.Code(d, pa) {
			gs = append(gs, ev(e))
		}
		if got := strings.Join(gs, "; "); got != x.want {
			t.Errorf("short %v: got %q, want %q", x.short, got, x.want)
		}
	}
}

// "Kenyan and Ethiopian officials held talks": coordinated nationality
// adjectives on one noun name the officials of each country, with the
// sector of the entity over the noun; a name with its own sector keeps it.
func TestCoordinatedNationals(t *testing.T) {
	code := entityCoder(t)
	text := `
Kenyan = ADJ 4 amod
and = CCONJ 3 cc
Ethiopian = ADJ 1 conj
officials official NOUN 5 nsubj
held hold VERB 0 root
talks talk NOUN 5 obj
. = PUNCT 5 punct`
	d := mini(t, text)
	officials := entity(d, "Ethiopian officials", "ORG", doc.Actor{Name: "Ethiopian officials", Code: "ETHGOV", Country: "ETH", Sector: "GOV"})
	d.Entities = []doc.Entity{entity(d, "Kenyan", "NORP", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}), officials}
	if got, want := code(d), "040 ETHGOV>KENGOV; 040 KENGOV>ETHGOV"; got != want {
		t.Errorf("coordinated nationalities: got %q, want %q", got, want)
	}
	d = mini(t, text)
	d.Entities = []doc.Entity{entity(d, "Kenyan", "ORG", doc.Actor{Name: "Kenyan army", Code: "KENMIL", Country: "KEN", Sector: "MIL"}), entity(d, "Ethiopian officials", "ORG", *officials.Actor)}
	if got, want := code(d), "040 ETHGOV>KENMIL; 040 KENMIL>ETHGOV"; got != want {
		t.Errorf("a name with its own sector: got %q, want %q", got, want)
	}
}

// entityCoder returns a function coding a document with the default
// patterns, the news options and the production entity finder, its events
// as sorted "CODE SRC>TGT" strings joined by "; ".
func entityCoder(t *testing.T) func(*doc.Document) string {
	t.Helper()
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	c := New(pats, NewsOptions())
	return func(d *doc.Document) string {
		var gs []string
		for _, e := range c.Code(d, Entities) {
			gs = append(gs, ev(e))
		}
		sort.Strings(gs)
		return strings.Join(gs, "; ")
	}
}

// TestPassiveAdjunct: "Asked about the Ethiopian talks, Ruto said he was
// hopeful" — the fronted participle (tagged VBN, or VBD as the tagger
// sometimes writes it) has Ruto as the one asked, not the asker: no 020
// from Ruto (the coder gave "020 KENGOV>ETH" before the rule).
func TestPassiveAdjunct(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	news := New(pats, NewsOptions())
	for _, tag := range []string{"VBN", "VBD"} {
		d := mini(t, `
Asked ask VERB 8 advcl
about = ADP 5 case
the = DET 5 det
Ethiopian = ADJ 5 amod
talks talk NOUN 1 obl
, = PUNCT 1 punct
Ruto = PROPN 8 nsubj
said say VERB 0 root
he = PRON 11 nsubj
was be AUX 11 cop
hopeful = ADJ 8 ccomp
. = PUNCT 8 punct`)
		d.Tokens[0].XPOS = tag
		var gs []string
		for _, e := range news.Code(d, testFinder(t)) {
			gs = append(gs, ev(e))
		}
		if len(gs) != 0 {
			t.Errorf("%s: got %v, want no event", tag, gs)
		}
	}
}

// TestReportedObjectRepair: "Witnesses said Kenyan troops backed by tanks
// raided southern Ethiopia", parsed with "troops" the object of "said" and
// "raided" (VBN) a reduced relative on "tanks", is a reported raid.
func TestReportedObjectRepair(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	news := New(pats, NewsOptions())
	d := mini(t, `
Witnesses witness NOUN 2 nsubj
said say VERB 0 root
Kenyan = ADJ 4 amod
troops troop NOUN 2 obj
backed back VERB 4 acl
by = ADP 7 case
tanks tank NOUN 5 obl:agent
raided raid VERB 7 acl
southern = ADJ 10 amod
Ethiopia = PROPN 8 obj
on = ADP 12 case
Monday = PROPN 8 obl
. = PUNCT 2 punct`)
	d.Tokens[4].XPOS, d.Tokens[7].XPOS = "VBN", "VBN"
	var gs []string
	for _, e := range news.Code(d, testFinder(t)) {
		gs = append(gs, ev(e))
	}
	if got := strings.Join(gs, "; "); got != "190 KENMIL>ETH" {
		t.Errorf("%s\n got  %s\n want 190 KENMIL>ETH", d.Text, got)
	}
}

// TestImplicitTargetAbroad: the people acted on take the source's country
// only when the sentence names no other ("Kenyan troops killed 12
// villagers in Ethiopia" gives no Kenyan villagers).
func TestImplicitTargetAbroad(t *testing.T) {
	code := entityCoder(t)
	const src = `
Kenyan = ADJ 2 amod
troops troop NOUN 3 nsubj
killed kill VERB 0 root
12 = NUM 5 nummod
villagers villager NOUN 3 obj
in = ADP 7 case
PLACE = PROPN 3 obl
. = PUNCT 3 punct`
	kenMil := doc.Actor{Name: "Kenyan troops", Code: "KENMIL", Country: "KEN", Sector: "MIL"}
	for _, tc := range []struct {
		place, country, want string
	}{
		{"Garissa", "KEN", "190 KENMIL>KENCVL"},
		{"Gode", "ETH", "190 KENMIL>-"},
	} {
		d := mini(t, strings.Replace(src, "PLACE", tc.place, 1))
		d.Entities = []doc.Entity{entity(d, "Kenyan troops", "ORG", kenMil)}
		i := strings.Index(d.Text, tc.place)
		d.Places = []doc.Place{{Start: i, End: i + len(tc.place), Text: tc.place, Name: tc.place, Country: tc.country, Feature: "city"}}
		if got := code(d); got != tc.want {
			t.Errorf("%s\n got  %s\n want %s", d.Text, got, tc.want)
		}
	}
}

// Session 6 rules, each in a sentence written for the test; the parses
// copy the shapes the parser gave real news.
var session6Cases = []struct {
	name, text string
	want       []string
}{
	// "The talks involve X, Y and Z": the participants meet each other.
	{"talks involve a list", `
The = DET 2 det
talks talk NOUN 3 nsubj
involve = VERB 0 root
Kenya = PROPN 3 obj
, = PUNCT 6 punct
Ethiopia = PROPN 4 conj
and = CCONJ 8 cc
Somalia = PROPN 4 conj
. = PUNCT 3 punct`, []string{"040 ETH>KEN", "040 ETH>SOM", "040 KEN>ETH", "040 KEN>SOM", "040 SOM>ETH", "040 SOM>KEN"}},

	// Only meetings: "The attack involved X, Y and Z" makes none of them
	// attack another.
	{"attack involves a list", `
The = DET 2 det
attack = NOUN 3 nsubj
involved involve VERB 0 root
Kenya = PROPN 3 obj
, = PUNCT 6 punct
Ethiopia = PROPN 4 conj
and = CCONJ 8 cc
Somalia = PROPN 4 conj
. = PUNCT 3 punct`, nil},

	// "A new round of talks, involving X and Y, is to start on Monday":
	// a scheduled meeting between the participants (the parser hangs part
	// of a long list as a bare oblique).
	{"round of talks involving, scheduled", `
A = DET 3 det
new = ADJ 3 amod
round = NOUN 15 nsubj
of = ADP 5 case
talks talk NOUN 3 nmod
, = PUNCT 7 punct
involving involve VERB 3 acl
Kenya = PROPN 7 obj
, = PUNCT 11 punct
the = DET 11 det
EU = PROPN 7 obl
, = PUNCT 15 punct
is be AUX 15 cop
to = PART 15 mark
start = VERB 0 root
on = ADP 17 case
Monday = PROPN 15 obl
. = PUNCT 15 punct`, []string{"036 EUR>KEN intended", "036 KEN>EUR intended"}},

	// "Two soldiers were killed in a clash between Kenyan troops and
	// Somali rebels": the two sides fought each other.
	{"killed in a clash between", `
Two = NUM 2 nummod
soldiers soldier NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 0 root
in = ADP 7 case
a = DET 7 det
clash = NOUN 4 obl
between = ADP 10 case
Kenyan = ADJ 10 amod
troops troop NOUN 7 nmod
and = CCONJ 13 cc
Somali = ADJ 13 amod
rebels rebel NOUN 10 conj
. = PUNCT 4 punct`, []string{"190 KENMIL>SOMREB", "190 SOMREB>KENMIL"}},

	// "has become the latest Kenyan leader to reject Ethiopia's proposal":
	// an infinitive on a ranked predicate noun is what the subject did,
	// not a background modifier.
	{"the latest leader to reject", `
Ruto = PROPN 3 nsubj
has have AUX 3 aux
become = VERB 0 root
the = DET 7 det
latest late ADJ 7 amod
Kenyan = ADJ 7 amod
leader = NOUN 3 xcomp
to = PART 9 mark
reject = VERB 7 acl
Ethiopia = PROPN 12 nmod:poss
's = PART 10 case
proposal = NOUN 9 obj
. = PUNCT 3 punct`, []string{"120 KENGOV>ETH"}},

	// "Kenya would be the second country after Somalia to sign an accord
	// with Ethiopia": the one ranked signs, not the one it comes after; one
	// way to the partner of its "with" phrase (session 26).
	{"the second country after X to sign", `
Kenya = PROPN 6 nsubj
would = AUX 6 aux
be be AUX 6 cop
the = DET 6 det
second = ADJ 6 amod
country = NOUN 0 root
after = ADP 8 case
Somalia = PROPN 6 nmod
to = PART 10 mark
sign = VERB 6 acl
an = DET 12 det
accord = NOUN 10 obj
with = ADP 14 case
Ethiopia = PROPN 10 obl
. = PUNCT 6 punct`, []string{"057 KEN>ETH"}},

	// "Kenya demanded that Ethiopia stop shelling Somalia": what is
	// demanded is not done; the demand itself is the event.
	{"content of a demand", `
Kenya = PROPN 2 nsubj
demanded demand VERB 0 root
that = SCONJ 5 mark
Ethiopia = PROPN 5 nsubj
stop = VERB 2 ccomp
shelling shell VERB 5 xcomp
Somalia = PROPN 6 obj
. = PUNCT 2 punct`, []string{"100 KEN>ETH"}},

	// "Ruto will rest after his visit to Ethiopia": a noun event in an
	// "after" phrase sets the scene.
	{"visit noun in an after phrase", `
Ruto = PROPN 3 nsubj
will = AUX 3 aux
rest = VERB 0 root
after = ADP 6 case
his = PRON 6 nmod:poss
visit = NOUN 3 obl
to = ADP 8 case
Ethiopia = PROPN 6 nmod
. = PUNCT 3 punct`, nil},

	// "arrived in Addis Ababa as the first Kenyan president to visit
	// Ethiopia": the visit is the arrival, not a plan besides it.
	{"as the first president to visit", `
Ruto = PROPN 2 nsubj
arrived arrive VERB 0 root
in = ADP 5 case
Addis = PROPN 5 compound
Ababa = PROPN 2 obl
as = ADP 10 case
the = DET 10 det
first = ADJ 10 amod
Kenyan = ADJ 10 amod
president = NOUN 2 obl
to = PART 12 mark
visit = VERB 2 advcl
Ethiopia = PROPN 12 obj
. = PUNCT 2 punct`, []string{"042 KENGOV>ETH"}},
}

func TestSession6Phrasing(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	news := New(pats, NewsOptions())
	af := testFinder(t)
	for _, tc := range session6Cases {
		t.Run(tc.name, func(t *testing.T) { checkNewsCase(t, news, af, tc.text, tc.want) })
	}
}

// TestClashImplicitTarget: "Kenyan police clashed with youths in
// Nairobi": those one fights are a group even as a bare plural
// (KENCOP → KENCVL); "warned people" stays people in general.
func TestClashImplicitTarget(t *testing.T) {
	code := entityCoder(t)
	d := mini(t, `
Kenyan = ADJ 2 amod
police = NOUN 3 nsubj
clashed clash VERB 0 root
with = ADP 5 case
youths youth NOUN 3 obl
in = ADP 7 case
Nairobi = PROPN 3 obl
. = PUNCT 3 punct`)
	d.Entities = []doc.Entity{entity(d, "Kenyan police", "ORG", doc.Actor{Name: "Kenyan police", Code: "KENCOP", Country: "KEN", Sector: "COP"})}
	if got, want := code(d), "190 KENCOP>KENCVL"; got != want {
		t.Errorf("%s\n got  %s\n want %s", d.Text, got, want)
	}
}

// TestPossessorSubjectNoun: "Her trip to Ethiopia was to show support":
// the trip noun is the clause's subject, so "her" names the traveller
// through the actor the coreference stage gave the pronoun.
func TestPossessorSubjectNoun(t *testing.T) {
	code := entityCoder(t)
	d := mini(t, `
Her = PRON 2 nmod:poss
trip = NOUN 7 nsubj
to = ADP 4 case
Ethiopia = PROPN 2 nmod
was be AUX 7 aux
to = PART 7 mark
show = VERB 0 root
support = NOUN 7 obj
. = PUNCT 7 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Her", "PER", doc.Actor{Name: "Sarah Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
		entity(d, "Ethiopia", "GPE", doc.Actor{Name: "Ethiopia", Code: "ETH", Country: "ETH"}),
	}
	if got, want := code(d), "042 KENGOV>ETH"; got != want {
		t.Errorf("%s\n got  %s\n want %s", d.Text, got, want)
	}
}

// TestExpressConcern: "expressed concern over X" is a pessimistic
// comment on X (012), also where the parser left the sentence without a
// verb ("Kenya | last week expressed deep concern over Ethiopia", with
// "expressed" an adjective of "concern" in apposition to "Kenya": the
// verbless-root repair; the first, well-parsed case codes without it and
// guards the shape the repair produces).
func TestExpressConcern(t *testing.T) {
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	news := New(pats, NewsOptions())
	for _, tc := range []struct{ src, want string }{
		{`
Kenya = PROPN 2 nsubj
expressed express VERB 0 root
concern = NOUN 2 obj
over = ADP 5 case
Ethiopia = PROPN 2 obl
. = PUNCT 2 punct`, "012 KEN>ETH"},
		{`
Kenya = PROPN 0 root
last = ADJ 3 amod
week = NOUN 4 obl:unmarked
expressed express VERB 6 amod
deep = ADJ 6 amod
concern = NOUN 1 appos
over = ADP 8 case
Ethiopia = PROPN 6 nmod
. = PUNCT 1 punct`, "012 KEN>ETH"},
	} {
		d := mini(t, tc.src)
		for i := range d.Tokens {
			if d.Tokens[i].UPOS == "VERB" {
				d.Tokens[i].XPOS = "VBN"
			}
		}
		var gs []string
		for _, e := range news.Code(d, testFinder(t)) {
			gs = append(gs, ev(e))
		}
		if got := strings.Join(gs, "; "); got != tc.want {
			t.Errorf("%s\n got  %s\n want %s", d.Text, got, tc.want)
		}
	}
}

// TestHomeCountryPartner: "Ruto met Bishop Okello in PLACE": one the KB
// gives a sector but no country is of the country of the actor dealing
// with them, unless the sentence names another country.
func TestHomeCountryPartner(t *testing.T) {
	code := entityCoder(t)
	const src = `
Ruto = PROPN 2 nsubj
met meet VERB 0 root
Bishop = PROPN 4 compound
Okello = PROPN 2 obj
in = ADP 6 case
PLACE = PROPN 2 obl
. = PUNCT 2 punct`
	for _, tc := range []struct{ place, country, want string }{
		{"Garissa", "KEN", "040 KENGOV>KENREL"},
		{"Gode", "ETH", "040 KENGOV>"},
	} {
		d := mini(t, strings.Replace(src, "PLACE", tc.place, 1))
		d.Entities = []doc.Entity{
			entity(d, "Ruto", "PER", doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
			entity(d, "Bishop Okello", "PER", doc.Actor{Name: "Okello", Sector: "REL"}),
		}
		i := strings.Index(d.Text, tc.place)
		d.Places = []doc.Place{{Start: i, End: i + len(tc.place), Text: tc.place, Name: tc.place, Country: tc.country, Feature: "city"}}
		if got := code(d); got != tc.want {
			t.Errorf("%s\n got  %s\n want %s", d.Text, got, tc.want)
		}
	}
}

// round2Code codes d with the news options, o changing single rules.
func round2Code(t *testing.T, d *doc.Document, o func(*Options)) string {
	t.Helper()
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	opt := NewsOptions()
	if o != nil {
		o(&opt)
	}
	var gs []string
	for _, e := range New(pats, opt).Code(d, Entities) {
		gs = append(gs, ev(e))
	}
	sort.Strings(gs)
	return strings.Join(gs, "; ")
}

// twoSentences joins two mini sentences into one document.
func twoSentences(t *testing.T, a, b string) *doc.Document {
	t.Helper()
	d1, d2 := mini(t, a), mini(t, b)
	off, base := len(d1.Text)+1, len(d1.Tokens)
	d1.Text += " " + d2.Text
	for _, tk := range d2.Tokens {
		tk.Start += off
		tk.End += off
		if tk.Head >= 0 {
			tk.Head += base
		}
		tk.Sentence = 1
		d1.Tokens = append(d1.Tokens, tk)
	}
	d1.Sentences = append(d1.Sentences, doc.Sentence{Start: off, End: len(d1.Text), TokenStart: base, TokenEnd: len(d1.Tokens)})
	return d1
}

// TestDefiniteDescriptionSource: "The party also called on the Kenyan
// government to ...", the party named in the sentence before: the
// description stands for the nearest earlier actor of its kind (a party
// for "the party"; not the government named in between).
func TestDefiniteDescriptionSource(t *testing.T) {
	d := twoSentences(t, `
The = DET 3 det
Orange = PROPN 3 compound
Movement = PROPN 4 nsubj
criticised criticise VERB 0 root
the = DET 7 det
Kenyan = ADJ 7 amod
government = NOUN 4 obj
. = PUNCT 4 punct`, `
The = DET 2 det
party = NOUN 4 nsubj
also = ADV 4 advmod
called call VERB 0 root
on = ADP 8 case
the = DET 8 det
Kenyan = ADJ 8 amod
government = NOUN 4 obl
to = PART 10 mark
resign = VERB 4 xcomp
. = PUNCT 4 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Orange Movement", "ORG", doc.Actor{Name: "Orange Democratic Movement", Code: "KENPTY", Country: "KEN", Sector: "PTY"}),
		entity(d, "Kenyan government", "ORG", doc.Actor{Name: "Kenyan government", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
	}
	i := strings.LastIndex(d.Text, "Kenyan government")
	d.Entities = append(d.Entities, doc.Entity{Start: i, End: i + len("Kenyan government"), Text: "Kenyan government", Type: "ORG",
		Actor: &doc.Actor{Name: "Kenyan government", Code: "KENGOV", Country: "KEN", Sector: "GOV"}})
	if got, want := round2Code(t, d, nil), "0241 KENPTY>KENGOV; 111 KENPTY>KENGOV"; got != want {
		t.Errorf("%s\n got  %s\n want %s", d.Text, got, want)
	}
	if got, want := round2Code(t, d, func(o *Options) { o.noAnaphor = true }), "111 KENPTY>KENGOV"; got != want {
		t.Errorf("rule off: got %s, want %s", got, want)
	}
}

// TestClashAfterPreposition: "Two Kenyan soldiers were killed in | clashes
// with Shabaab": the parser took "clashes" for a verb after a dangling
// "in"; the repair makes it the preposition's noun, and the side named
// with "with" fought the casualties (190, one way, fighting and not the
// 180 of militants' killings).
func TestClashAfterPreposition(t *testing.T) {
	src := `
Two = NUM 3 nummod
Kenyan = ADJ 3 amod
soldiers soldier NOUN 6 nsubj:pass
were be AUX 6 aux
reportedly = ADV 6 advmod
killed kill VERB 0 root
in = ADP 6 obl
clashes clash VERB 6 advcl
with = ADP 10 case
Shabaab = PROPN 8 obl
. = PUNCT 6 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Tokens[7].XPOS = "VBZ"
		d.Entities = []doc.Entity{
			entity(d, "Kenyan soldiers", "ORG", doc.Actor{Name: "Kenyan soldiers", Code: "KENMIL", Country: "KEN", Sector: "MIL"}),
			entity(d, "Shabaab", "ORG", doc.Actor{Name: "al-Shabaab", Code: "SOMREB", Country: "SOM", Sector: "REB"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "190 SOMREB>KENMIL"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noPrepVerb = true }); got != "" {
		t.Errorf("repair off: got %s, want nothing", got)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noClashWith = true }); got != "" {
		t.Errorf("clash rule off: got %s, want nothing", got)
	}
}

// TestJourneyPurposeOnVehicle: "was flown to Addis Ababa aboard a military
// plane | for talks with Abiy": the purpose hung on the journey's last
// phrase is the journey's, the traveller the passive subject.
func TestJourneyPurposeOnVehicle(t *testing.T) {
	src := `
Ruto = PROPN 3 nsubj:pass
was be AUX 3 aux:pass
whisked whisk VERB 0 root
to = ADP 5 case
Addis = PROPN 3 obl
aboard = ADP 9 case
a = DET 9 det
military = ADJ 9 amod
helicopter = NOUN 3 obl
for = ADP 11 case
talks talk NOUN 9 nmod
with = ADP 13 case
Abiy = PROPN 11 nmod
. = PUNCT 3 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Entities = []doc.Entity{
			entity(d, "Ruto", "PER", doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
			entity(d, "Abiy", "PER", doc.Actor{Name: "Abiy Ahmed", Code: "ETHGOV", Country: "ETH", Sector: "GOV"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "040 KENGOV>ETHGOV"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noVehicleFor = true }); got != "" {
		t.Errorf("rule off: got %s, want nothing", got)
	}
}

// TestSwallowedFirstVerb: "Kenya's envoy general here | called on Ethiopia
// to be more open, and stressed ...", the parser hanging "called" as a
// conjunct of the adjective "general" inside the subject of the root
// "stressed": the repair makes "called" the main verb (020 to Ethiopia).
func TestSwallowedFirstVerb(t *testing.T) {
	src := `
Kenya = PROPN 13 nsubj
's = PART 1 case
envoy = ADJ 1 xcomp
general = ADJ 3 xcomp
called call VERB 4 conj
on = ADP 7 case
Ethiopia = PROPN 5 obl
to = PART 10 mark
be = AUX 10 cop
open = ADJ 5 xcomp
, = PUNCT 13 punct
and = CCONJ 13 cc
stressed stress VERB 0 root
ties tie NOUN 13 obj
. = PUNCT 13 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Tokens[4].XPOS = "VBN"
		d.Entities = []doc.Entity{
			entity(d, "Kenya 's envoy general", "PER", doc.Actor{Name: "Kenyan envoy", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
			entity(d, "Ethiopia", "GPE", doc.Actor{Name: "Ethiopia", Code: "ETH", Country: "ETH"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "020 KENGOV>ETH"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noSwallowed = true }); got == "020 KENGOV>ETH" {
		t.Errorf("repair off: got %s, want no call", got)
	}
}

// TestChargesOverVictims: "Two Kenyan soldiers are to face murder charges
// in connection with the killing of six Somali civilians": the dictionary's
// "face charges" (:112, from the target) takes its accuser from the
// phrase, whose only actor is the victims: no accuser, no two-actor event.
func TestChargesOverVictims(t *testing.T) {
	src := `
Two = NUM 3 nummod
Kenyan = ADJ 3 amod
soldiers soldier NOUN 4 nsubj
are be AUX 0 root
to = PART 6 mark
face = VERB 4 xcomp
murder = NOUN 8 compound
charges charge NOUN 6 obj
in = ADP 10 case
connection = NOUN 6 obl
with = ADP 13 case
the = DET 13 det
killing = NOUN 10 nmod
of = ADP 17 case
six = NUM 17 nummod
Somali = ADJ 17 amod
civilians civilian NOUN 13 nmod
. = PUNCT 4 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Entities = []doc.Entity{
			entity(d, "Kenyan soldiers", "ORG", doc.Actor{Name: "Kenyan soldiers", Code: "KENMIL", Country: "KEN", Sector: "MIL"}),
			entity(d, "Somali civilians", "ORG", doc.Actor{Name: "Somali civilians", Code: "SOMCVL", Country: "SOM", Sector: "CVL"}),
		}
		return d
	}
	if got := round2Code(t, mk(), nil); strings.Contains(got, "SOMCVL") {
		t.Errorf("got %s, want no event with the victims", got)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noPhraseVictims = true }); !strings.Contains(got, "SOMCVL>KENMIL") {
		t.Errorf("rule off: got %s, want the victims as accusers", got)
	}
}

// TestAspectVerbRoot: "Somali militant groups | continued on Friday firing
// rockets at Kenya", the parser hanging "continued" as a reduced relative
// on the root "groups": a verb of aspect with a gerund is the main verb,
// and the gerund codes for its subject.
func TestAspectVerbRoot(t *testing.T) {
	src := `
Somali = ADJ 3 amod
militant = ADJ 3 amod
groups group NOUN 0 root
continued continue VERB 3 acl
on = ADP 6 case
Friday = PROPN 7 compound
firing fire VERB 4 advcl
rockets rocket NOUN 7 obj
at = ADP 10 case
Kenya = PROPN 7 obl
. = PUNCT 3 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Tokens[3].XPOS = "VBN"
		d.Tokens[6].XPOS = "VBG"
		d.Entities = []doc.Entity{
			entity(d, "Somali militant groups", "ORG", doc.Actor{Name: "Somali militants", Code: "SOMREB", Country: "SOM", Sector: "REB"}),
			entity(d, "Kenya", "GPE", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "194 SOMREB>KEN"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noAspectRoot = true }); got == "194 SOMREB>KEN" {
		t.Errorf("repair off: got %s, want no attack by the groups", got)
	}
}

// TestLeaderChangeDemand: "The Kenyan opposition demanded that Ruto be
// dumped from his post" asks for a change of leadership (1041) aimed at
// the one to go; "called on Ruto to resign" appeals for it (0241).
func TestLeaderChangeDemand(t *testing.T) {
	demand := `
The = DET 3 det
Kenyan = ADJ 3 amod
opposition = NOUN 4 nsubj
demanded demand VERB 0 root
that = SCONJ 8 mark
Ruto = PROPN 8 nsubj:pass
be = AUX 8 aux:pass
dumped dump VERB 4 ccomp
from = ADP 11 case
his = PRON 11 nmod:poss
post = NOUN 8 obl
. = PUNCT 4 punct`
	appeal := `
The = DET 3 det
Kenyan = ADJ 3 amod
opposition = NOUN 4 nsubj
called call VERB 0 root
on = ADP 6 case
Ruto = PROPN 4 obl
to = PART 8 mark
resign = VERB 4 xcomp
. = PUNCT 4 punct`
	mk := func(src string) *doc.Document {
		d := mini(t, src)
		d.Entities = []doc.Entity{
			entity(d, "Kenyan opposition", "ORG", doc.Actor{Name: "Kenyan opposition", Code: "KENOPP", Country: "KEN", Sector: "OPP"}),
			entity(d, "Ruto", "PER", doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
		}
		return d
	}
	for _, tc := range []struct{ src, want, off string }{
		{demand, "1041 KENOPP>KENGOV", "100 KENOPP>KENGOV"},
		{appeal, "0241 KENOPP>KENGOV", "020 KENOPP>KENGOV"},
	} {
		if got := round2Code(t, mk(tc.src), nil); got != tc.want {
			t.Errorf("got %s, want %s", got, tc.want)
		}
		if got := round2Code(t, mk(tc.src), func(o *Options) { o.noLeaderChange = true }); got != tc.off {
			t.Errorf("rule off: got %s, want %s", got, tc.off)
		}
	}
}

// TestHomeDescription: "The group said ..., calling on the government to
// repeal the law" in a story that named Kenya alone before: "the
// government" is Kenya's (KENGOV), as "the party" stands for the party
// named before.
func TestHomeDescription(t *testing.T) {
	mk := func() *doc.Document {
		d := twoSentences(t, `
Amnesty = PROPN 2 nsubj
criticised criticise VERB 0 root
Kenya = PROPN 2 obj
. = PUNCT 2 punct`, `
Amnesty = PROPN 2 nsubj
called call VERB 0 root
on = ADP 5 case
the = DET 5 det
government = NOUN 2 obl
to = PART 7 mark
repeal = VERB 2 xcomp
the = DET 9 det
law = NOUN 7 obj
. = PUNCT 2 punct`)
		ngo := doc.Actor{Name: "Amnesty International", Code: "NGOHRIAMN", Sector: "NGO"}
		d.Entities = []doc.Entity{
			entity(d, "Amnesty", "ORG", ngo),
			entity(d, "Kenya", "GPE", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}),
		}
		i := strings.LastIndex(d.Text, "Amnesty")
		d.Entities = append(d.Entities, doc.Entity{Start: i, End: i + len("Amnesty"), Text: "Amnesty", Type: "ORG", Actor: &ngo})
		return d
	}
	if got, want := round2Code(t, mk(), nil), "025 NGOHRIAMN>KENGOV; 111 NGOHRIAMN>KEN"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noHomeAnaphor = true }), "025 NGOHRIAMN>-; 111 NGOHRIAMN>KEN"; got != want {
		t.Errorf("rule off: got %s, want %s", got, want)
	}
}

// TestTimeClauseOnNoun: "Ruto made the remark | when holding talks with
// Abiy", the parser hanging "holding" as a reduced relative on "remark":
// a clause with "when" is adverbial, so the talks are coded (040).
func TestTimeClauseOnNoun(t *testing.T) {
	src := `
Ruto = PROPN 2 nsubj
made make VERB 0 root
the = DET 4 det
remark = NOUN 2 obj
when = ADV 6 advmod
holding hold VERB 4 acl
talks talk NOUN 6 obj
with = ADP 9 case
Abiy = PROPN 7 nmod
. = PUNCT 2 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Entities = []doc.Entity{
			entity(d, "Ruto", "PER", doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
			entity(d, "Abiy", "PER", doc.Actor{Name: "Abiy Ahmed", Code: "ETHGOV", Country: "ETH", Sector: "GOV"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "040 KENGOV>ETHGOV"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noTimeClause, o.noOccasionMeeting = true, true }); got != "" {
		t.Errorf("repair off: got %s, want nothing", got)
	}
}

// Session 7, round 2: defects found on the team's own diplomatic stories
// (sentences from those stories or written for the tests).

// round2Entities gives the actors the tests of round 2 name, over the first
// occurrence of each word.
func round2Entities(d *doc.Document, names ...string) {
	actors := map[string]doc.Entity{
		"Kenya":             {Type: "GPE", Actor: &doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}},
		"Tanzania":          {Type: "GPE", Actor: &doc.Actor{Name: "Tanzania", Code: "TZA", Country: "TZA"}},
		"Namanga":           {Type: "LOC", Actor: &doc.Actor{Name: "Namanga"}},
		"Somalia":           {Type: "GPE", Actor: &doc.Actor{Name: "Somalia", Code: "SOM", Country: "SOM"}},
		"Belarus":           {Type: "GPE", Actor: &doc.Actor{Name: "Belarus", Code: "BLR", Country: "BLR"}},
		"Polish":            {Type: "NORP", Actor: &doc.Actor{Name: "Poland", Code: "POL", Country: "POL"}},
		"Poland":            {Type: "GPE", Actor: &doc.Actor{Name: "Poland", Code: "POL", Country: "POL"}},
		"Hezbollah":         {Type: "ORG", Actor: &doc.Actor{Name: "Hezbollah", Code: "LBNREB", Country: "LBN", Sector: "REB"}},
		"Israel's military": {Type: "ORG", Actor: &doc.Actor{Name: "Israeli military", Code: "ISRMIL", Country: "ISR", Sector: "MIL"}},
		"Ruto":              {Type: "PER", Actor: &doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}},
	}
	for _, n := range names {
		e := actors[n]
		d.Entities = append(d.Entities, entity(d, n, e.Type, *e.Actor))
	}
}

// TestMeasureObjects: "held three hours of talks", "sent two planeloads of
// medical supplies", "witnessed the signing of five agreements": the
// measure noun the parser made the object measures the real one (event/
// tree.go, repairMeasureObjects).
func TestMeasureObjects(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		ents      []string
		want, off string
	}{
		{"hours of talks", `
Kenya = PROPN 5 nsubj
and = CCONJ 3 cc
Tanzania = PROPN 1 conj
then = ADV 5 advmod
held hold VERB 0 root
three = NUM 7 nummod
hours hour NOUN 5 obj
of = ADP 9 case
talks talk NOUN 7 nmod
. = PUNCT 5 punct`, []string{"Kenya", "Tanzania"}, "040 KEN>TZA; 040 TZA>KEN", ""},
		{"planeloads of supplies", `
Kenya = PROPN 2 nsubj
sent send VERB 0 root
two = NUM 4 nummod
planeloads planeload NOUN 2 obj
of = ADP 7 case
medical = ADJ 7 amod
supplies supply NOUN 4 nmod
to = ADP 9 case
Somalia = PROPN 2 obl
. = PUNCT 2 punct`, []string{"Kenya", "Somalia"}, "070 KEN>SOM", ""},
		{"signing of agreements", `
Kenya = PROPN 4 nsubj
and = CCONJ 3 cc
Tanzania = PROPN 1 conj
witnessed witness VERB 0 root
the = DET 6 det
signing = NOUN 4 obj
of = ADP 9 case
five = NUM 9 nummod
agreements agreement NOUN 6 nmod
. = PUNCT 4 punct`, []string{"Kenya", "Tanzania"}, "057 KEN>TZA; 057 TZA>KEN", ""},
	} {
		mk := func() *doc.Document {
			d := mini(t, tc.src)
			round2Entities(d, tc.ents...)
			return d
		}
		if got := round2Code(t, mk(), nil); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if got := round2Code(t, mk(), func(o *Options) { o.noMeasure = true }); got != tc.off {
			t.Errorf("%s, repair off: got %q, want %q", tc.name, got, tc.off)
		}
	}
}

// TestAgreedBetweenThem: "Kenya and Tanzania agreed on Wednesday to reopen
// the Namanga border post": Namanga, a place the KB gives no code, is no
// target, and what the two agree on is agreed between them (030 since
// session 8: an agreed, not yet done, act of cooperation is its intention).
func TestAgreedBetweenThem(t *testing.T) {
	src := `
Kenya = PROPN 4 nsubj
and = CCONJ 3 cc
Tanzania = PROPN 1 conj
agreed agree VERB 0 root
on = ADP 6 case
Wednesday = PROPN 4 obl
to = PART 8 mark
reopen = VERB 4 xcomp
the = DET 12 det
Namanga = PROPN 12 compound
border = NOUN 12 compound
post = NOUN 8 obj
. = PUNCT 4 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		round2Entities(d, "Kenya", "Tanzania", "Namanga")
		return d
	}
	if got, want := round2Code(t, mk(), nil), "030 KEN>TZA intended; 030 TZA>KEN intended"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noAgreeRecip = true }), "030 KEN>- intended; 030 TZA>- intended"; got != want {
		t.Errorf("reciprocity off: got %q, want %q", got, want)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noPlaceTarget = true }), "030 KEN> intended; 030 TZA> intended"; got != want {
		t.Errorf("place rule off: got %q, want %q", got, want)
	}
}

// TestPossessorSubject: "Israel's military said its jets struck Hezbollah
// weapons depots": the jets are the military's.
func TestPossessorSubject(t *testing.T) {
	src := `
Israel = PROPN 3 nmod:poss
's = PART 1 case
military = NOUN 4 nsubj
said say VERB 0 root
its its PRON 6 nmod:poss
jets jet NOUN 7 nsubj
struck strike VERB 4 ccomp
Hezbollah = PROPN 9 compound
depots depot NOUN 7 obj
. = PUNCT 4 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		i := strings.Index(d.Text, "Israel")
		j := strings.Index(d.Text, "military") + len("military")
		d.Entities = append(d.Entities, doc.Entity{Start: i, End: j, Text: d.Text[i:j], Type: "ORG",
			Actor: &doc.Actor{Name: "Israeli military", Code: "ISRMIL", Country: "ISR", Sector: "MIL"}})
		round2Entities(d, "Hezbollah")
		return d
	}
	if got, want := round2Code(t, mk(), nil), "195 ISRMIL>LBNREB"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noPossSubject = true }); got != "" {
		t.Errorf("rule off: got %q, want nothing", got)
	}
}

// TestOrderedToLeave: "Belarus ordered two Polish diplomats to leave the
// country", "leave" parsed as a clausal modifier of "diplomats": an
// expulsion of diplomats (161), not a demand (100).
func TestOrderedToLeave(t *testing.T) {
	src := `
Belarus = PROPN 2 nsubj
ordered order VERB 0 root
two = NUM 5 nummod
Polish = ADJ 5 amod
diplomats diplomat NOUN 2 obj
to = PART 7 mark
leave = VERB 5 acl
the = DET 9 det
country = NOUN 7 obj
. = PUNCT 2 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		round2Entities(d, "Belarus", "Polish")
		return d
	}
	if got, want := round2Code(t, mk(), nil), "161 BLR>POL"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noControl = true }), "100 BLR>POL"; got != want {
		t.Errorf("repair off: got %q, want %q", got, want)
	}
}

// TestNamingWithPattern: "Poland called the expulsions "groundless"" names
// the expulsions; the CAMEO dictionary's "call (for) expulsion" (131)
// does not apply.
func TestNamingWithPattern(t *testing.T) {
	src := `
Poland = PROPN 2 nsubj
called call VERB 0 root
the = DET 4 det
expulsions expulsion NOUN 2 obj
" = PUNCT 6 punct
groundless = ADJ 4 appos
" = PUNCT 6 punct
. = PUNCT 2 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		round2Entities(d, "Poland")
		return d
	}
	if got := round2Code(t, mk(), nil); got != "" {
		t.Errorf("got %q, want nothing", got)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noNamingPattern = true }), "131 POL>-"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestNewsConference: "Ruto held a news conference" is a statement (010:
// no event in news), not the CAMEO dictionary's symbolic act (017).
func TestNewsConference(t *testing.T) {
	d := mini(t, `
Ruto = PROPN 2 nsubj
held hold VERB 0 root
a = DET 5 det
news = NOUN 5 compound
conference = NOUN 2 obj
. = PUNCT 2 punct`)
	round2Entities(d, "Ruto")
	pats, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	var gs []string
	for _, e := range New(pats, Options{}).Code(d, Entities) {
		gs = append(gs, ev(e))
	}
	if got, want := strings.Join(gs, "; "), "010 KENGOV>-"; got != want {
		t.Errorf("PETRARCH options: got %q, want %q", got, want)
	}
	if got := round2Code(t, d, nil); got != "" {
		t.Errorf("news: got %q, want nothing", got)
	}
}

// TestRetaliatedBy: "Nairobi retaliated by suspending imports of Tanzanian
// maize": the means is the event, a trade embargo (163) on Tanzania, not
// the dictionary's fighting (190) on "retaliated".
func TestRetaliatedBy(t *testing.T) {
	src := `
Kenya = PROPN 2 nsubj
retaliated retaliate VERB 0 root
by = SCONJ 4 mark
suspending suspend VERB 2 advcl
imports import NOUN 4 obj
of = ADP 8 case
Tanzanian = ADJ 8 amod
maize = NOUN 5 nmod
. = PUNCT 2 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		round2Entities(d, "Kenya")
		d.Entities = append(d.Entities, entity(d, "Tanzanian", "NORP", doc.Actor{Name: "Tanzania", Code: "TZA", Country: "TZA"}))
		return d
	}
	if got, want := round2Code(t, mk(), nil), "163 KEN>TZA"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noRetortBy = true }), "163 KEN>TZA; 190 KEN>-"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestCompoundNationals: "Kenyan and Ugandan police arrested 12 smugglers",
// the nationality words tagged as proper nouns in compound: the police of
// each country arrest.
func TestCompoundNationals(t *testing.T) {
	d := mini(t, `
Kenyan = PROPN 4 compound
and = CCONJ 3 cc
Ugandan = PROPN 1 conj
police = NOUN 5 nsubj
arrested arrest VERB 0 root
12 = NUM 7 nummod
smugglers smuggler NOUN 5 obj
. = PUNCT 5 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Kenyan", "ORG", doc.Actor{Name: "Kenyan police", Code: "KENCOP", Country: "KEN", Sector: "COP"}),
		entity(d, "Ugandan police", "ORG", doc.Actor{Name: "Ugandan police", Code: "UGACOP", Country: "UGA", Sector: "COP"}),
	}
	if got, want := round2Code(t, d, nil), "173 KENCOP>-; 173 UGACOP>-"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestThreatOfNothingCoded: "Lukashenko threatened to cut transit of
// European goods to Russia": the dictionary codes nothing for the cut, so
// the threat (130) is the event, not lost with the infinitive.
func TestThreatOfNothingCoded(t *testing.T) {
	src := `
Lukashenko = PROPN 2 nsubj
threatened threaten VERB 0 root
to = PART 4 mark
cut = VERB 2 xcomp
transit = NOUN 4 obj
of = ADP 8 case
European = ADJ 8 amod
goods = NOUN 5 nmod
to = ADP 10 case
Russia = PROPN 4 obl
. = PUNCT 2 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Entities = []doc.Entity{
			entity(d, "Lukashenko", "PER", doc.Actor{Name: "Alexander Lukashenko", Code: "BLRGOV", Country: "BLR", Sector: "GOV"}),
			entity(d, "European", "NORP", doc.Actor{Name: "European Union", Code: "IGOEUREEC", Sector: "IGO"}),
			entity(d, "Russia", "GPE", doc.Actor{Name: "Russia", Code: "RUS", Country: "RUS"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "130 BLRGOV>IGOEUREEC"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noThreatGov = true }); got != "" {
		t.Errorf("rule off: got %q, want nothing", got)
	}
}

// TestPhrasalNullComplement (session 8, the team's story s8): "the two
// sides agreed to set up a working group": "set up" codes nothing and
// matched no pattern; its particle alone does not take the clause from
// "agreed", which codes the agreement between the two sides.
func TestPhrasalNullComplement(t *testing.T) {
	src := `
the = DET 3 det
two = NUM 3 nummod
sides side NOUN 4 nsubj
agreed agree VERB 0 root
to = PART 6 mark
set = VERB 4 xcomp
up = ADP 6 compound:prt
a = DET 10 det
working work VERB 10 amod
group = NOUN 6 obj
by = ADP 13 case
the = DET 13 det
end = NOUN 6 obl
of = ADP 16 case
the = DET 16 det
year = NOUN 13 nmod
. = PUNCT 4 punct`
	mk := func() *doc.Document {
		d := mini(t, src)
		d.Entities = []doc.Entity{
			entity(d, "the two sides", "PER", doc.Actor{Name: "Chile", Code: "CHLGOV", Country: "CHL", Sector: "GOV"}),
			entity(d, "the two sides", "PER", doc.Actor{Name: "Argentina", Code: "ARGGOV", Country: "ARG", Sector: "GOV"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "030 ARGGOV>CHLGOV intended; 030 CHLGOV>ARGGOV intended"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noNullComplement, o.noJointAgreement = true, true }), ""; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestPairDescription (session 8, the team's story s8): "the two
// presidents are expected to sign a framework accord", the presidents
// never named: the two countries the story is about, with each other.
func TestPairDescription(t *testing.T) {
	d := twoSentences(t, `
Chilean = ADJ 3 amod
minister = NOUN 3 compound
Klaveren = PROPN 4 nsubj
met meet VERB 0 root
Argentine = ADJ 7 amod
minister = NOUN 7 compound
Werthein = PROPN 4 obj
in = ADP 10 case
Buenos = PROPN 10 compound
Aires = PROPN 4 obl
. = PUNCT 4 punct`, `
the = DET 3 det
two = NUM 3 nummod
presidents president NOUN 5 nsubj:pass
are be AUX 5 aux:pass
expected expect VERB 0 root
to = PART 7 mark
sign = VERB 5 xcomp
a = DET 10 det
framework = NOUN 10 compound
accord = NOUN 7 obj
. = PUNCT 5 punct`)
	chl := doc.Actor{Name: "Chile", Code: "CHL", Country: "CHL"}
	arg := doc.Actor{Name: "Argentina", Code: "ARG", Country: "ARG"}
	d.Entities = []doc.Entity{
		entity(d, "Chilean", "NORP", chl),
		entity(d, "Klaveren", "PER", doc.Actor{Name: "Alberto van Klaveren", Code: "CHLGOV", Country: "CHL", Sector: "GOV"}),
		entity(d, "Argentine", "NORP", arg),
		entity(d, "Werthein", "PER", doc.Actor{Name: "Gerardo Werthein", Code: "ARGGOV", Country: "ARG", Sector: "GOV"}),
		entity(d, "Buenos Aires", "GPE", doc.Actor{Name: "Buenos Aires", Code: "ARGGOV", Country: "ARG", Sector: "GOV"}),
	}
	mk := func() *doc.Document {
		c := *d
		c.Events = nil
		return &c
	}
	want := "040 CHLGOV>ARGGOV; 030 ARGGOV>CHLGOV intended; 030 CHLGOV>ARGGOV intended"
	if got := round2Code(t, mk(), nil); !sameSet(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// (session 18's recentPair, which gives the pair that met, is off
	// too: this tests the count of countries alone)
	noRecent := func(o *Options) { o.noRecentPair = true }
	if got, want := round2Code(t, mk(), func(o *Options) { o.noPairDescription = true; o.noRecentPair = true }), "040 CHLGOV>ARGGOV"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
	// A third country named as often as the second makes the pair
	// unknown.
	d.Entities = append(d.Entities, entity(d, "minister", "NORP", doc.Actor{Name: "Peru", Code: "PER", Country: "PER"}),
		entity(d, "in", "NORP", doc.Actor{Name: "Peru", Code: "PER", Country: "PER"}))
	if got := round2Code(t, mk(), noRecent); strings.Contains(got, "030") {
		t.Errorf("three countries: got %q, want no signing", got)
	}
	// With it on, the two who met sign (session 18).
	if got := round2Code(t, mk(), nil); !sameSet(got, want) {
		t.Errorf("three countries, recentPair: got %q, want %q", got, want)
	}
}

// sameSet reports whether two "; "-joined lists hold the same items.
func sameSet(a, b string) bool {
	x, y := strings.Split(a, "; "), strings.Split(b, "; ")
	sort.Strings(x)
	sort.Strings(y)
	return strings.Join(x, "; ") == strings.Join(y, "; ")
}

// TestImpound (session 8, the team's story s5): "Tanzanian officials
// impounded 40 Kenyan trucks": property seized (1711), the owners'
// country the target; the CAMEO dictionary has no "impound".
func TestImpound(t *testing.T) {
	d := mini(t, `
Tanzanian = ADJ 2 amod
officials official NOUN 3 nsubj
impounded impound VERB 0 root
40 = NUM 6 nummod
Kenyan = PROPN 6 compound
trucks truck NOUN 3 obj
at = ADP 8 case
Namanga = PROPN 6 nmod
. = PUNCT 3 punct`)
	d.Entities = []doc.Entity{
		entity(d, "Tanzanian officials", "NORP", doc.Actor{Name: "Tanzania", Code: "TZAGOV", Country: "TZA", Sector: "GOV"}),
		entity(d, "Kenyan", "NORP", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}),
	}
	if got, want := round2Code(t, d, nil), "1711 TZAGOV>KEN"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestIntentionCodes (session 8): an announced act of cooperation is the
// intention to do it (event/intent.go): "pledged to protect Kenyan lives"
// 0334, not the protection itself (074); "will withdraw 300 soldiers from
// Somalia" 0356, not the withdrawal (0874).
func TestIntentionCodes(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		ents      []string
		want, off string
	}{
		{"pledged to protect", `
Kenya = PROPN 2 nsubj
pledged pledge VERB 0 root
to = PART 4 mark
protect = VERB 2 xcomp
Somali = PROPN 6 compound
lives life NOUN 4 obj
and = CCONJ 8 cc
property = NOUN 6 conj
. = PUNCT 2 punct`, []string{"Kenya", "Somali"}, "0334 KEN>SOM intended", "074 KEN>SOM intended"},
		{"will withdraw", `
Kenya = PROPN 3 nsubj
will = AUX 3 aux
withdraw = VERB 0 root
300 = NUM 5 nummod
soldiers soldier NOUN 3 obj
from = ADP 7 case
Somalia = PROPN 3 obl
in = ADP 9 case
January = PROPN 3 obl
. = PUNCT 3 punct`, []string{"Kenya", "Somalia"}, "0356 KEN>SOM intended", "0874 KEN>SOM intended"},
	} {
		mk := func() *doc.Document {
			d := mini(t, tc.src)
			for _, n := range tc.ents {
				if n == "Somali" {
					d.Entities = append(d.Entities, entity(d, n, "NORP", doc.Actor{Name: "Somalia", Code: "SOM", Country: "SOM"}))
					continue
				}
				round2Entities(d, n)
			}
			return d
		}
		if got := round2Code(t, mk(), nil); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if got := round2Code(t, mk(), func(o *Options) { o.noIntention = true }); got != tc.off {
			t.Errorf("%s, rule off: got %q, want %q", tc.name, got, tc.off)
		}
	}
	for c, want := range map[string]string{"040": "036", "045": "039", "057": "030", "061": "0311", "064": "0314",
		"070": "033", "073": "0333", "0831": "0341", "0841": "0353", "0871": "0356", "080": "035", "111": "", "036": ""} {
		if got := intentionCode(c); got != want {
			t.Errorf("intentionCode(%s) = %q, want %q", c, got, want)
		}
	}
}

// session8Code codes a mini parse with the given entities (word, type,
// actor code) under the news options, o changing single rules.
func session8Code(t *testing.T, src string, ents [][3]string, o func(*Options)) string {
	t.Helper()
	d := mini(t, src)
	for _, e := range ents {
		c := e[2]
		a := doc.Actor{Name: e[0], Code: c, Country: c[:3]}
		if len(c) > 3 {
			a.Sector = c[3:]
		}
		d.Entities = append(d.Entities, entity(d, e[0], e[1], a))
	}
	return round2Code(t, d, o)
}

// TestSplitMention (session 8, from the team's story s15, "Australia and
// China agreed to resume annual trade talks ..., Australian Trade Minister
// Don Farrell said", parsed as below): "Australian Trade" hangs on the
// object as a conjunct and "Don Farrell" is the subject of "said": the
// speaker's name is no party to what the two agree on with each other.
func TestSplitMention(t *testing.T) {
	src := `
Australia = PROPN 4 nsubj
and = CCONJ 3 cc
China = PROPN 1 conj
agreed agree VERB 0 root
on = ADP 6 case
Friday = PROPN 4 obl
to = PART 8 mark
expand = VERB 4 advcl
annual = ADJ 11 amod
trade = NOUN 11 compound
ties tie NOUN 8 obj
, = PUNCT 14 punct
Australian = ADJ 14 amod
Trade trade NOUN 11 conj
Minister = PROPN 16 nmod:desc
Don = PROPN 18 nsubj
Farrell = PROPN 16 flat
said say VERB 4 parataxis
. = PUNCT 18 punct`
	ents := [][3]string{{"Australia", "GPE", "AUS"}, {"China", "GPE", "CHN"}, {"Australian Trade Minister Don Farrell", "PER", "AUSGOV"}}
	if got, want := session8Code(t, src, ents, nil), "030 AUS>CHN intended; 030 CHN>AUS intended"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session8Code(t, src, ents, func(o *Options) { o.noSplitMention = true }), "030 CHN>AUSGOV intended"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestOwnCountryTopic (session 8, the team's story s15): "The two
// ministers will meet again in Nairobi to review tariffs on Kenyan tea":
// the tea is no third party; the two meet each other.
func TestOwnCountryTopic(t *testing.T) {
	src := `
The the DET 3 det
two = NUM 3 nummod
ministers minister NOUN 5 nsubj
will = AUX 5 aux
meet = VERB 0 root
again = ADV 5 advmod
in = ADP 8 case
Nairobi = PROPN 5 obl
to = PART 10 mark
review = VERB 5 advcl
tariffs tariff NOUN 10 obj
on = ADP 14 case
Kenyan = PROPN 14 compound
tea = NOUN 11 nmod
. = PUNCT 5 punct`
	ents := [][3]string{{"The two ministers", "PER", "KENGOV"}, {"The two ministers", "PER", "TZAGOV"}, {"Kenyan", "NORP", "KEN"}}
	if got, want := session8Code(t, src, ents, nil), "036 KENGOV>TZAGOV intended; 036 TZAGOV>KENGOV intended"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// session 31's ownPairTarget (event/recall30.go) reaches the same pair
	// reading; off too, to show this rule's own effect
	if got, want := session8Code(t, src, ents, func(o *Options) { o.noOwnTarget, o.noOwnPair = true, true }), "036 TZAGOV>KEN intended"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestCurrencyNation (session 8, from the team's story s15): "Japan
// pledged 10 million US dollars in humanitarian aid": the dollars are no
// American party; the aid is humanitarian (0333, dyad.pat PLEDGE_AID).
func TestCurrencyNation(t *testing.T) {
	src := `
Japan = PROPN 2 nsubj
pledged pledge VERB 0 root
10 = NUM 4 compound
million = NUM 6 nummod
US = PROPN 6 compound
dollars dollar NOUN 2 obj
in = ADP 9 case
humanitarian = ADJ 9 amod
aid = NOUN 2 obl
to = ADP 11 case
Myanmar = PROPN 9 nmod
. = PUNCT 2 punct`
	ents := [][3]string{{"Japan", "GPE", "JPN"}, {"US", "GPE", "USA"}, {"Myanmar", "GPE", "MMR"}}
	if got, want := session8Code(t, src, ents, nil), "0333 JPN>MMR"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	src2 := strings.Replace(strings.Replace(src, "to = ADP 11 case\n", "", 1), "Myanmar = PROPN 9 nmod\n", "", 1)
	src2 = strings.Replace(src2, ". = PUNCT 2 punct", ". = PUNCT 2 punct", 1)
	ents2 := ents[:2]
	if got, want := session8Code(t, src2, ents2, nil), "0333 JPN>-"; got != want {
		t.Errorf("no receiver: got %q, want %q", got, want)
	}
	if got, want := session8Code(t, src2, ents2, func(o *Options) { o.noCurrency, o.noMarketActors = true, true }), "0333 JPN>USA"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestFeelingThenAct (session 8, the team's story s13): "The UN office
// said it was alarmed by the sentence and called on Kenyan authorities to
// release the journalists": being alarmed is a state; "called" is active,
// an appeal for release (0253) to the authorities.
func TestFeelingThenAct(t *testing.T) {
	src := `
The the DET 3 det
UN = PROPN 3 compound
office = NOUN 4 nsubj
said say VERB 0 root
it = PRON 7 nsubj:pass
was be AUX 7 aux:pass
alarmed alarm VERB 4 ccomp
by = ADP 10 case
the = DET 10 det
sentence = NOUN 7 obl:agent
and = CCONJ 12 cc
called call VERB 7 conj
on = ADP 15 case
Kenyan = PROPN 15 compound
authorities authority NOUN 12 obl
to = PART 17 mark
release = VERB 12 xcomp
the = DET 19 det
journalists journalist NOUN 17 obj
. = PUNCT 4 punct`
	ents := [][3]string{{"UN office", "ORG", "IGOUNO"}, {"Kenyan authorities", "ORG", "KENGOV"}}
	if got, want := session8Code(t, src, ents, nil), "0253 IGOUNO>KENGOV"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session8Code(t, src, ents, func(o *Options) { o.noFeelingPassive = true }), ""; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestBarePolice (session 8, the team's story s13): "Police arrested two
// journalists" in a story about Kenya: Kenya's police, and Kenyan
// journalists.
func TestBarePolice(t *testing.T) {
	mk := func() *doc.Document {
		d := twoSentences(t, `
Kenyan = ADJ 2 amod
officials official NOUN 3 nsubj
met meet VERB 0 root
Ruto = PROPN 3 obj
. = PUNCT 3 punct`, `
Police police NOUN 2 nsubj
arrested arrest VERB 0 root
two = NUM 4 nummod
journalists journalist NOUN 2 obj
. = PUNCT 2 punct`)
		d.Entities = []doc.Entity{
			entity(d, "Kenyan officials", "NORP", doc.Actor{Name: "Kenya", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
			entity(d, "Ruto", "PER", doc.Actor{Name: "William Ruto", Code: "KENGOV", Country: "KEN", Sector: "GOV"}),
		}
		return d
	}
	if got, want := round2Code(t, mk(), nil), "173 KENCOP>KENMED"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noBarePolice = true }), ""; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestThreatToYield (session 8, the team's story s14): "Ethiopia
// threatened to withdraw its forces if Egyptian soldiers were deployed near
// its border": a threat (130), not a withdrawal; aimed at the one whose deed
// the condition names.
func TestThreatToYield(t *testing.T) {
	src := `
Ethiopia = PROPN 2 nsubj
threatened threaten VERB 0 root
to = PART 4 mark
withdraw = VERB 2 xcomp
its = PRON 6 nmod:poss
forces force NOUN 4 obj
if = SCONJ 11 mark
Egyptian = ADJ 9 amod
soldiers soldier NOUN 11 nsubj:pass
were be AUX 11 aux:pass
deployed deploy VERB 4 advcl
near = ADP 14 case
its = PRON 14 nmod:poss
border = NOUN 11 obl
. = PUNCT 2 punct`
	ents := [][3]string{{"Ethiopia", "GPE", "ETH"}, {"Egyptian soldiers", "NORP", "EGYMIL"}}
	if got, want := session8Code(t, src, ents, nil), "130 ETH>EGYMIL"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session8Code(t, src, ents, func(o *Options) { o.noThreatYield = true }), "080 ETH>- hypothetical"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestSue (session 8, the team's story s17): "would sue the police over
// the arrests" is a lawsuit (115), not the CAMEO dictionary's arrest or
// charge (173).
func TestSue(t *testing.T) {
	src := `
Kenya = PROPN 3 nsubj
will = AUX 3 aux
sue = VERB 0 root
Uganda = PROPN 3 obj
over = ADP 7 case
the = DET 7 det
arrests arrest NOUN 3 obl
. = PUNCT 3 punct`
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Uganda", "GPE", "UGA"}}
	if got, want := session8Code(t, src, ents, nil), "115 KEN>UGA intended"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestApposedTitle (session 8, the team's story s16): "thanked Qatar's
// emir, Sheikh Tamim" names one party: one event, not one per name.
func TestApposedTitle(t *testing.T) {
	src := `
Kenya = PROPN 2 nsubj
thanked thank VERB 0 root
Qatar = PROPN 5 nmod:poss
's = PART 3 case
emir = NOUN 2 obj
, = PUNCT 8 punct
Sheikh = PROPN 8 compound
Tamim = PROPN 5 appos
. = PUNCT 2 punct`
	ents := [][3]string{{"Kenya", "GPE", "KEN"}, {"Qatar's emir", "PER", "QATGOV"}, {"Sheikh Tamim", "PER", "QATGOV"}}
	mk := func(o func(*Options)) string {
		d := mini(t, src)
		for i, e := range ents {
			a := doc.Actor{Name: e[0], Code: e[2], Country: e[2][:3], Sector: e[2][3:]}
			if i == 1 {
				a.Name, a.ID = "Emir of Qatar", "Q-emir"
			}
			if i == 2 {
				a.Name, a.ID = "Tamim bin Hamad Al Thani", "Q-tamim"
			}
			d.Entities = append(d.Entities, entity(d, e[0], e[1], a))
		}
		pats, err := DefaultPatterns()
		if err != nil {
			t.Fatal(err)
		}
		opt := NewsOptions()
		if o != nil {
			o(&opt)
		}
		return strings.Join(func() []string {
			var gs []string
			for _, e := range New(pats, opt).Code(d, Entities) {
				gs = append(gs, ev(e))
			}
			return gs
		}(), "; ")
	}
	if got, want := mk(nil), "051 KEN>QATGOV"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The rule's effect was seen on the story (two 051 events before it);
	// this mini parse gives one either way (the finder merges the names).
}

// TestLocativeObject (session 8, the team's story s16, parsed as there
// with "signed" on "group"): "the M23 rebel group signed a ceasefire
// agreement in Doha, officials said": the place the accord was signed is no
// co-signatory.
func TestLocativeObject(t *testing.T) {
	src := `
the = DET 4 det
M23 = PROPN 4 compound
rebel = NOUN 4 compound
group = NOUN 13 nsubj
signed sign VERB 4 acl
a = DET 8 det
ceasefire = NOUN 8 compound
agreement = NOUN 5 obj
in = ADP 10 case
Doha = PROPN 8 nmod
, = PUNCT 13 punct
officials official NOUN 13 nsubj
said say VERB 0 root
. = PUNCT 13 punct`
	ents := [][3]string{{"M23 rebel group", "ORG", "CODREB"}, {"Doha", "GPE", "QAT"}}
	if got, want := session8Code(t, src, ents, nil), "057 CODREB>-"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The rule's effect was seen on the story (057 CODREB <-> QAT before
	// it); this mini parse names no Qatari partner either way.
}

// TestVerbConjoinedToObject (session 8, the team's story s17): "Murkomen
// defended the police and accused opposition politicians of hiring youths",
// "accused" (tagged VBN) parsed as a conjunct of "police": it is a second
// main verb of the subject (event/tree.go, repairVerbConjoinedToObject).
func TestVerbConjoinedToObject(t *testing.T) {
	src := `
Kenya = PROPN 2 nsubj
defended defend VERB 0 root
the = DET 4 det
police = NOUN 2 obj
and = CCONJ 6 cc
accused accuse VERB 4 conj
Ugandan = ADJ 8 amod
officials official NOUN 6 obj
of = SCONJ 10 mark
smuggling smuggle VERB 6 advcl
. = PUNCT 2 punct`
	mk := func(o func(*Options)) string {
		d := mini(t, src)
		d.Tokens[5].XPOS = "VBN"
		d.Entities = []doc.Entity{
			entity(d, "Kenya", "GPE", doc.Actor{Name: "Kenya", Code: "KEN", Country: "KEN"}),
			entity(d, "Ugandan officials", "NORP", doc.Actor{Name: "Uganda", Code: "UGAGOV", Country: "UGA", Sector: "GOV"}),
		}
		return round2Code(t, d, o)
	}
	if got, want := mk(nil), "112 KEN>UGAGOV"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := mk(func(o *Options) { o.noVerbOnObject = true }), "074 KEN>UGAGOV"; got != want {
		t.Errorf("repair off: got %q, want %q", got, want)
	}
}

// TestSeatOfGovernment (session 8, the team's story s19): "The government
// in Port Sudan ... accused the Rapid Support Forces of looting": the
// government of the place's country, not the place.
func TestSeatOfGovernment(t *testing.T) {
	src := `
The the DET 2 det
government = NOUN 5 nsubj
in = ADP 4 case
Khartoum = PROPN 2 nmod
accused accuse VERB 0 root
the = DET 7 det
RSF = PROPN 5 obj
. = PUNCT 5 punct`
	ents := [][3]string{{"Khartoum", "GPE", "SDN"}, {"RSF", "ORG", "SDNREB"}}
	if got, want := session8Code(t, src, ents, nil), "112 SDNGOV>SDNREB"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session8Code(t, src, ents, func(o *Options) { o.noSeatOf = true }), ""; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestTimeClauseSubject (session 8, the team's story s20): "Colombia's
// government suspended peace talks with the ELN on Monday, a day after the
// guerrilla group blew up a section of the pipeline", "group" parsed under
// "after" and "blew" as a conjunct of "suspended": the group blew it up, not
// the government (event/tree.go, repairTimeClauseSubject).
func TestTimeClauseSubject(t *testing.T) {
	src := `
Colombia = PROPN 2 nsubj
suspended suspend VERB 0 root
talks talk NOUN 2 obj
with = ADP 5 case
ELN = PROPN 3 nmod
, = PUNCT 8 punct
a = DET 8 det
day = NOUN 2 obl:unmarked
after = ADP 10 case
ELN = PROPN 8 nmod
bombed bomb VERB 2 conj
Ecopetrol = PROPN 11 obj
. = PUNCT 2 punct`
	mk := func(o func(*Options)) string {
		d := mini(t, src)
		col := doc.Actor{Name: "Colombia", Code: "COL", Country: "COL"}
		eln := doc.Actor{Name: "ELN", Code: "COLREB", Country: "COL", Sector: "REB"}
		eco := doc.Actor{Name: "Ecopetrol", Code: "CANBUS", Country: "CAN", Sector: "BUS"}
		d.Entities = []doc.Entity{entity(d, "Colombia", "GPE", col)}
		for _, w := range []struct {
			i int
			a doc.Actor
		}{{4, eln}, {9, eln}, {11, eco}} {
			tk := d.Tokens[w.i]
			d.Entities = append(d.Entities, doc.Entity{Start: tk.Start, End: tk.End, Text: d.Text[tk.Start:tk.End], Type: "ORG", Actor: &w.a})
		}
		return round2Code(t, d, o)
	}
	if got := mk(nil); !strings.Contains(got, "COLREB>CANBUS") || strings.Contains(got, "COL>CANBUS") {
		t.Errorf("got %q, want the bombing from COLREB, none from COL", got)
	}
	if got := mk(func(o *Options) { o.noTimeSubject = true }); !strings.Contains(got, "COL>CANBUS") {
		t.Errorf("repair off: got %q, want the bombing from COL", got)
	}
}

// session9Code codes a mini sentence whose token lines may carry a sixth
// field, the tagger's XPOS (the session 9 repairs read it), with entities
// {text, type, code} as session8Code gives them.
func session9Code(t *testing.T, src string, ents [][3]string, o func(*Options)) string {
	t.Helper()
	var lines []string
	var xpos []string
	for _, l := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(l)
		x := ""
		if len(f) == 6 {
			x, f = f[5], f[:5]
		}
		lines = append(lines, strings.Join(f, " "))
		xpos = append(xpos, x)
	}
	d := mini(t, strings.Join(lines, "\n"))
	for i := range d.Tokens {
		d.Tokens[i].XPOS = xpos[i]
	}
	for _, e := range ents {
		c := e[2]
		a := doc.Actor{Name: e[0], Code: c}
		if len(c) >= 3 {
			a.Country, a.Sector = c[:3], c[3:]
		}
		d.Entities = append(d.Entities, entity(d, e[0], e[1], a))
	}
	return round2Code(t, d, o)
}

// TestModifierVerb (session 9): a past-tense verb that the tagger wrote as
// a participle and the parser hung as an adjective on its object is the
// verb of its clause (event/tree.go, repairModifierVerb), whether the
// subject's phrase hangs elsewhere (the team's story s13: "A Tunisian court
// on Thursday sentenced opposition leader Abir Moussi ...", the court a
// complement of "said"; s17: "Kenyan riot police fired tear gas at ...",
// police and gas both on "said") or inside the object's (bench-news: "The
// United Nations imposed sanctions on Iraq", "Nations" the subject of the
// root noun "sanctions"; from the development gold, "reiterated claims elite
// Peruvian troops executed rebels captured alive", in a sentence of the
// test's own, "troops" a compound of "rebels").
func TestModifierVerb(t *testing.T) {
	court := `
A = DET 3 det DT
Tunisian Tunisian ADJ 3 amod JJ
court = NOUN 17 ccomp NN
on = ADP 5 case IN
Thursday Thursday PROPN 3 nmod NNP
sentenced sentence VERB 8 amod VBN
opposition = NOUN 8 compound NN
leader = NOUN 9 nmod:desc NN
Abir Abir PROPN 5 nmod NNP
Moussi Moussi PROPN 9 flat NNP
to = ADP 13 case IN
12 = NUM 13 nummod CD
years year NOUN 3 nmod NNS
, = PUNCT 3 punct ,
her = PRON 16 nmod:poss PRP$
lawyer = NOUN 17 nsubj NN
said say VERB 0 root VBD
. = PUNCT 17 punct .`
	courtEnts := [][3]string{{"Tunisian court", "ORG", "TUNJUD"}, {"opposition leader Abir Moussi", "PER", "TUNOPP"}}
	troops := `
The = DET 2 det DT
hostages hostage NOUN 3 nsubj NNS
reiterated reiterate VERB 0 root VBD
claims claim NOUN 3 obj NNS
elite = ADJ 7 amod JJ
Peruvian Peruvian ADJ 7 amod JJ
troops = NOUN 9 compound NNS
executed execute VERB 9 amod VBN
rebels rebel NOUN 4 nmod NNS
captured capture VERB 9 acl VBN
alive = ADJ 10 xcomp JJ
. = PUNCT 3 punct .`
	troopsEnts := [][3]string{{"elite Peruvian troops", "ORG", "PERMIL"}, {"rebels", "ORG", "PERREB"}}
	police := `
Kenyan Kenyan PROPN 3 compound NNP
riot = NOUN 3 compound NN
police = NOUN 14 nsubj NN
fired fire VERB 6 amod VBN
tear = NOUN 6 compound NN
gas = NOUN 14 ccomp NN
at = ADP 8 case IN
thousands thousand NOUN 6 nmod NNS
of = ADP 10 case IN
teachers teacher NOUN 8 nmod NNS
, = PUNCT 13 punct ,
witnesses witness NOUN 14 nsubj NNS
said say VERB 0 root VBD
. = PUNCT 14 punct .`
	policeEnts := [][3]string{{"Kenyan riot police", "ORG", "KENCOP"}}
	// The shape of bench-news "as militants | chanted slogans": the
	// subject a nominal of "as"/"after", the object its conjunct.
	after := `
Kenya = PROPN 2 nsubj
recalled recall VERB 0 root VBD
its = PRON 4 nmod:poss PRP$
envoy = NOUN 2 obj NN
after = ADP 7 case IN
Ugandan = ADJ 7 amod JJ
troops troop NOUN 4 nmod NNS
attacked attack VERB 10 amod VBN
Kenyan = ADJ 10 amod JJ
villages village NOUN 7 conj NNS
. = PUNCT 2 punct .`
	afterEnts := [][3]string{{"Kenya", "GPE", "KEN"}, {"Ugandan troops", "NORP", "UGAMIL"}, {"Kenyan villages", "NORP", "KEN"}}
	off := func(o *Options) { o.noModifierVerb = true }
	for _, c := range []struct {
		name, src string
		ents      [][3]string
		want, old string
	}{
		{"court sentenced", court, courtEnts, "172 TUNJUD>TUNOPP", ""},
		{"troops executed rebels", troops, troopsEnts, "180 PERMIL>PERREB", ""},
		{"police fired tear gas", police, policeEnts, "175 KENCOP>KENEDU", ""}, // the teachers as target since session 23 (event/recall23b.go missileTarget)
		{"after troops attacked", after, afterEnts, "161 KEN>-; 190 UGAMIL>KEN", "161 KEN>-"},
	} {
		if got := session9Code(t, c.src, c.ents, nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := session9Code(t, c.src, c.ents, off); got != c.old {
			t.Errorf("%s, repair off: got %q, want %q", c.name, got, c.old)
		}
	}
}

// TestTitleSubject (session 9, the team's story s17): "Opposition leader
// Kalonzo Musyoka condemned the use of force and called on President
// William Ruto to meet the teachers", parsed with "leader" the root and
// "condemned" a relative clause whose subject is the name: one entity over
// title and name makes the name the subject of the main clause.
func TestTitleSubject(t *testing.T) {
	src := `
Opposition = NOUN 2 compound NN
leader = NOUN 0 root NN
Kalonzo Kalonzo PROPN 5 nsubj NNP
Musyoka Musyoka PROPN 3 flat NNP
condemned condemn VERB 2 acl:relcl VBD
the = DET 7 det DT
use = NOUN 5 obj NN
of = ADP 9 case IN
force = NOUN 7 nmod NN
and = CCONJ 11 cc CC
called call VERB 5 conj VBD
on = ADP 14 case IN
President President PROPN 14 nmod:desc NNP
William William PROPN 11 obl NNP
Ruto Ruto PROPN 14 flat NNP
to = PART 17 mark TO
meet = VERB 11 advcl VB
the = DET 19 det DT
teachers teacher NOUN 17 obj NNS
. = PUNCT 2 punct .`
	ents := [][3]string{{"Opposition leader Kalonzo Musyoka", "PER", "KENOPP"}, {"President William Ruto", "PER", "KENGOV"}}
	if got, want := session9Code(t, src, ents, nil), "020 KENOPP>KENGOV; 111 KENOPP>-"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session9Code(t, src, ents, func(o *Options) { o.noTitleSubject = true }), ""; got != want {
		t.Errorf("repair off: got %q, want %q", got, want)
	}
	// Without one entity over title and name ("A Chinese woman | Catherine
	// Chan evacuated with the Japanese"), the relative clause stays.
	ents = [][3]string{{"Kalonzo Musyoka", "PER", "KENOPP"}, {"President William Ruto", "PER", "KENGOV"}}
	if got, want := session9Code(t, src, ents, nil), ""; got != want {
		t.Errorf("two entities: got %q, want %q", got, want)
	}
}

// TestCopulaAdjective (session 9, the team's story s19): "Egypt's foreign
// minister, Badr Abdelatty, is due to visit Port Sudan next week", with
// "is" a copula of the root noun "minister" and "due" hung on the copula:
// the adjective heads the clause, the minister its subject.
func TestCopulaAdjective(t *testing.T) {
	src := `
Egypt Egypt PROPN 4 nmod:poss NNP
's = PART 1 case POS
foreign = ADJ 4 amod JJ
minister = NOUN 0 root NN
, = PUNCT 7 punct ,
Badr Badr PROPN 7 compound NNP
Abdelatty Abdelatty PROPN 4 appos NNP
, = PUNCT 4 punct ,
is be AUX 4 cop VBZ
due = ADJ 9 xcomp JJ
to = PART 12 mark TO
visit = VERB 10 xcomp VB
Port Port PROPN 14 compound NNP
Sudan Sudan PROPN 12 obj NNP
next = ADJ 16 amod JJ
week = NOUN 12 obl:unmarked NN
. = PUNCT 10 punct .`
	ents := [][3]string{{"Egypt's foreign minister", "PER", "EGYGOV"}, {"Badr Abdelatty", "PER", "EGYGOV"}, {"Port Sudan", "GPE", "SDN"}}
	if got, want := session9Code(t, src, ents, nil), "036 EGYGOV>SDN intended"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session9Code(t, src, ents, func(o *Options) { o.noCopulaAdjective = true }), ""; got != want {
		t.Errorf("repair off: got %q, want %q", got, want)
	}
}

// TestVerbAfterObject (session 9, the team's story s12): "He said Seoul
// would double its development loans to Vietnam by 2030", "loans" tagged a
// verb and hung as a complement of "double": the plural noun heads the
// object, and doubling loans to Vietnam, announced, is aid promised (033).
func TestVerbAfterObject(t *testing.T) {
	src := `
He = PRON 2 nsubj PRP
said say VERB 0 root VBD
Seoul Seoul PROPN 5 nsubj NNP
would = AUX 5 aux MD
double = VERB 2 ccomp VB
its = PRON 7 nmod:poss PRP$
development = NOUN 5 obj NN
loans loan VERB 5 ccomp VBZ
to = ADP 10 case IN
Vietnam Vietnam PROPN 8 obl NNP
by = ADP 12 case IN
2030 = NUM 8 nmod CD
. = PUNCT 2 punct .`
	ents := [][3]string{{"Seoul", "GPE", "KOR"}, {"Vietnam", "GPE", "VNM"}}
	if got, want := session9Code(t, src, ents, nil), "033 KOR>VNM intended"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session9Code(t, src, ents, func(o *Options) { o.noObjectVerb = true }), "060 KOR>VNM"; got != want {
		t.Errorf("repair off: got %q, want %q", got, want)
	}
}

// TestAccusedAct (session 9, the team's story s24): "Pakistan's military
// denied starting the clash and accused India of shelling a village": the
// shelling is India's alleged act, coded by the accusation, not a shelling
// by the accuser.
func TestAccusedAct(t *testing.T) {
	src := `
Pakistan Pakistan PROPN 3 nmod:poss NNP
's = PART 1 case POS
military = NOUN 4 nsubj NN
denied deny VERB 0 root VBD
starting start VERB 4 xcomp VBG
the = DET 7 det DT
clash = NOUN 5 obj NN
and = CCONJ 9 cc CC
accused accuse VERB 4 conj VBD
India India PROPN 9 obj NNP
of = SCONJ 12 mark IN
shelling shell VERB 9 advcl VBG
a = DET 14 det DT
village = NOUN 12 obj NN
. = PUNCT 4 punct .`
	ents := [][3]string{{"Pakistan's military", "ORG", "PAKMIL"}, {"India", "GPE", "IND"}}
	if got, want := session9Code(t, src, ents, nil), "112 PAKMIL>IND"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := session9Code(t, src, ents, func(o *Options) { o.noAccusedAct = true }); !strings.Contains(got, "194 PAKMIL") {
		t.Errorf("rule off: got %q, want a shelling by PAKMIL as well", got)
	}
}

// TestSession9Patterns: dyad.pat blocks and news defaults of session 9,
// each against the coder without that block (or, for a news default, the
// CAMEO dictionary's code it replaces). "gathered outside parliament" stays
// the dictionary's meeting (040; see below); "warned that
// Washington would impose new sanctions on Iran" a threat of sanctions
// (1312, the team's story s22); "was headed by special envoy Steve
// Witkoff" no economic cooperation (the dictionary's OVERSEE_MANAGE 060,
// s22).
func TestSession9Patterns(t *testing.T) {
	gather := `
Hundreds hundred NOUN 5 nsubj NNS
of = ADP 4 case IN
Kenyan Kenyan PROPN 4 compound NNP
teachers teacher NOUN 1 nmod NNS
gathered gather VERB 0 root VBD
outside = ADV 5 advmod RB
parliament = NOUN 5 obj NN
on = ADP 9 case IN
Monday Monday PROPN 5 obl NNP
. = PUNCT 5 punct .`
	gatherEnts := [][3]string{{"Kenyan teachers", "ORG", "KENEDU"}, {"parliament", "ORG", "KENLEG"}}
	sanctions := `
Trump Trump PROPN 2 nsubj NNP
warned warn VERB 0 root VBD
that = SCONJ 6 mark IN
Washington Washington PROPN 6 nsubj NNP
would = AUX 6 aux MD
impose = VERB 2 ccomp VB
new = ADJ 8 amod JJ
sanctions sanction NOUN 6 obj NNS
on = ADP 10 case IN
Iran Iran PROPN 6 obl NNP
. = PUNCT 2 punct .`
	sanctionsEnts := [][3]string{{"Trump", "PER", "USAGOV"}, {"Washington", "GPE", "USA"}, {"Iran", "GPE", "IRN"}}
	headed := `
The = DET 3 det DT
U.S. U.S. PROPN 3 compound NNP
side = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
headed head VERB 0 root VBN
by = ADP 9 case IN
special = ADJ 8 amod JJ
envoy = NOUN 9 nmod:desc NN
Steve Steve PROPN 5 obl:agent NNP
Witkoff Witkoff PROPN 9 flat NNP
. = PUNCT 5 punct .`
	// The envoy is a name the KB does not know, as in the story.
	headedEnts := [][3]string{{"U.S.", "GPE", "USA"}, {"special envoy Steve Witkoff", "PER", ""}}
	decided := `
The = DET 3 det DT
European European PROPN 3 amod NNP
Union Union PROPN 4 nsubj NNP
decided decide VERB 0 root VBD
to = PART 6 mark TO
impose = VERB 4 xcomp VB
sanctions sanction NOUN 6 obj NNS
on = ADP 9 case IN
Belarus Belarus PROPN 6 obl NNP
. = PUNCT 4 punct .`
	decidedEnts := [][3]string{{"European Union", "ORG", "IGOEUREEC"}, {"Belarus", "GPE", "BLR"}}
	for _, c := range []struct {
		name, src string
		ents      [][3]string
		want      string
	}{
		// a decision to sanction is no threat (a reviewer's case)
		{"decided to impose sanctions", decided, decidedEnts, "163 IGOEUREEC>BLR intended"},
		// a reviewer found "gathered outside the embassy to welcome the
		// ambassador" coded 141 by the GATHER_OUTSIDE block, which was
		// dropped: a crowd outside a building is the dictionary's meeting
		// until something says it protests
		{"gathered outside", gather, gatherEnts, "040 KENEDU>KENLEG"},
		// (session 10: the threat is made, asserted)
		{"would impose sanctions", sanctions, sanctionsEnts, "1312 USA>IRN"},
		{"was headed by", headed, headedEnts, ""},
	} {
		if got := session9Code(t, c.src, c.ents, nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	// (The sanctions threat is the intent code of dyad.pat's IMPOSE
	// patterns, whose name the dictionary's block shares; before it the
	// sentence gave "163 USA>IRN intended", a sanction that had not
	// happened.)
}

// TestSignedAfterTalks (session 9, the team's story s12): "Luong and Lee
// held talks. Six agreements were signed after the talks": an agentless
// passive signing after a meeting that names no one is signed by the two
// sides of the meeting coded in the sentence before, with each other.
func TestSignedAfterTalks(t *testing.T) {
	mk := func(o func(*Options)) string {
		d := twoSentences(t, `
Luong = PROPN 4 nsubj
and = CCONJ 3 cc
Lee = PROPN 1 conj
held hold VERB 0 root
talks talk NOUN 4 obj
. = PUNCT 4 punct`, `
Six six NUM 2 nummod
agreements agreement NOUN 4 nsubj:pass
were be AUX 4 aux:pass
signed sign VERB 0 root
after = ADP 7 case
the = DET 7 det
talks talk NOUN 4 obl
. = PUNCT 4 punct`)
		d.Entities = []doc.Entity{
			entity(d, "Luong", "PER", doc.Actor{Name: "Luong", Code: "VNMGOV", Country: "VNM", Sector: "GOV"}),
			entity(d, "Lee", "PER", doc.Actor{Name: "Lee", Code: "KORGOV", Country: "KOR", Sector: "GOV"}),
		}
		return round2Code(t, d, o)
	}
	if got, want := mk(nil), "040 KORGOV>VNMGOV; 040 VNMGOV>KORGOV; 057 KORGOV>VNMGOV; 057 VNMGOV>KORGOV"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := mk(func(o *Options) { o.noSignedAfterTalks = true }), "040 KORGOV>VNMGOV; 040 VNMGOV>KORGOV"; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestNamedDisapproval (session 9, the team's story s22): "called the
// talks a mistake" is criticism (111), where naming otherwise codes
// nothing (not the dictionary's telephone call); "called it a success"
// stays nothing.
func TestNamedDisapproval(t *testing.T) {
	src := `
Israel = PROPN 2 nsubj NNP
called call VERB 0 root VBD
the = DET 4 det DT
talks talk NOUN 2 obj NNS
a = DET 6 det DT
WORD = NOUN 2 obl:unmarked NN
. = PUNCT 2 punct .`
	ents := [][3]string{{"Israel", "GPE", "ISR"}}
	mistake := strings.Replace(src, "WORD =", "mistake =", 1)
	if got, want := session9Code(t, mistake, ents, nil), "111 ISR>-"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := session9Code(t, mistake, ents, func(o *Options) { o.noNamedDisapproval = true }), ""; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
	if got, want := session9Code(t, strings.Replace(src, "WORD =", "success =", 1), ents, nil), ""; got != want {
		t.Errorf("a success: got %q, want %q", got, want)
	}
}

// TestTheyPair (session 9, the team's story s21): "Marcos and Takaichi
// signed a defence agreement. ... They agreed to hold joint naval patrols
// ..., officials said": a sentence-initial "They" that no entity names is
// the pair coded both ways (a meeting or signing) in the two sentences
// before, not the officials who report it; holding joint patrols is
// military cooperation (062, agreed 0312, dyad.pat JOINT_DRILLS).
func TestTheyPair(t *testing.T) {
	mk := func(o func(*Options)) string {
		d := twoSentences(t, `
Luong = PROPN 4 nsubj
and = CCONJ 3 cc
Lee = PROPN 1 conj
held hold VERB 0 root
talks talk NOUN 4 obj
. = PUNCT 4 punct`, `
They they PRON 2 nsubj
agreed agree VERB 11 ccomp
to = PART 4 mark
hold = VERB 2 xcomp
joint = ADJ 7 amod
naval = ADJ 7 amod
patrols patrol NOUN 4 obj
, = PUNCT 11 punct
officials official NOUN 11 nsubj
said say VERB 0 root
. = PUNCT 11 punct`)
		d.Entities = []doc.Entity{
			entity(d, "Luong", "PER", doc.Actor{Name: "Luong", Code: "VNMGOV", Country: "VNM", Sector: "GOV"}),
			entity(d, "Lee", "PER", doc.Actor{Name: "Lee", Code: "KORGOV", Country: "KOR", Sector: "GOV"}),
		}
		return round2Code(t, d, o)
	}
	talks := "040 KORGOV>VNMGOV; 040 VNMGOV>KORGOV"
	if got, want := mk(nil), "0312 KORGOV>VNMGOV intended; 0312 VNMGOV>KORGOV intended; "+talks; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := mk(func(o *Options) { o.noTheyPair = true }), talks; got != want {
		t.Errorf("rule off: got %q, want %q", got, want)
	}
}

// TestAccordingTo (session 9, the team's story s26): "Colombia and
// Venezuela have agreed to set up a joint commission to prevent similar
// incidents, according to Cabello": the source of the report is no target;
// the pair agrees with each other.
func TestAccordingTo(t *testing.T) {
	src := `
Colombia = PROPN 5 nsubj NNP
and = CCONJ 3 cc CC
Venezuela = PROPN 1 conj NNP
have = AUX 5 aux VBP
agreed agree VERB 0 root VBN
to = PART 7 mark TO
set = VERB 5 xcomp VB
up = ADP 7 compound:prt RP
a = DET 11 det DT
joint = ADJ 11 amod JJ
commission = NOUN 7 obj NN
to = PART 13 mark TO
prevent = VERB 7 advcl VB
similar = ADJ 15 amod JJ
incidents incident NOUN 13 obj NNS
, = PUNCT 19 punct ,
according accord VERB 19 case VBG
to = ADP 17 fixed IN
Cabello Cabello PROPN 13 obl NNP
. = PUNCT 5 punct .`
	ents := [][3]string{{"Colombia", "GPE", "COL"}, {"Venezuela", "GPE", "VEN"}, {"Cabello", "PER", "VENGOV"}}
	if got := session9Code(t, src, ents, nil); !strings.Contains(got, "COL>VEN") || strings.Contains(got, ">VENGOV") {
		t.Errorf("got %q, want COL>VEN and no VENGOV target", got)
	}
	// session 31's ownPairTarget (event/recall30.go) also drops the
	// VENGOV target of the pair; off too, to show this rule's own effect
	if got := session9Code(t, src, ents, func(o *Options) { o.noAttribution, o.noOwnPair = true, true }); !strings.Contains(got, ">VENGOV") {
		t.Errorf("rule off: got %q, want a VENGOV target", got)
	}
}

// session10Doc joins mini sentences (token lines with an optional sixth
// field, the tagger's XPOS) into one document and gives every whole-word
// occurrence of each entity's text {text, type, code} that entity (a code
// of three letters or more takes its first three as the country).
func session10Doc(t *testing.T, ents [][3]string, srcs ...string) *doc.Document {
	t.Helper()
	var d *doc.Document
	for _, src := range srcs {
		var lines, xpos []string
		for _, l := range strings.Split(strings.TrimSpace(src), "\n") {
			f := strings.Fields(l)
			x := ""
			if len(f) == 6 {
				x, f = f[5], f[:5]
			}
			lines = append(lines, strings.Join(f, " "))
			xpos = append(xpos, x)
		}
		e := mini(t, strings.Join(lines, "\n"))
		for i := range e.Tokens {
			e.Tokens[i].XPOS = xpos[i]
		}
		if d == nil {
			d = e
			continue
		}
		off, base, si := len(d.Text)+1, len(d.Tokens), len(d.Sentences)
		d.Text += " " + e.Text
		for _, tk := range e.Tokens {
			tk.Start += off
			tk.End += off
			if tk.Head >= 0 {
				tk.Head += base
			}
			tk.Sentence = si
			d.Tokens = append(d.Tokens, tk)
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Start: off, End: len(d.Text), TokenStart: base, TokenEnd: len(d.Tokens)})
	}
	word := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }
	for _, en := range ents {
		for from := 0; ; {
			i := strings.Index(d.Text[from:], en[0])
			if i < 0 {
				break
			}
			i += from
			from = i + len(en[0])
			if i > 0 && word(d.Text[i-1]) || from < len(d.Text) && word(d.Text[from]) {
				continue
			}
			a := doc.Actor{Name: en[0], Code: en[2]}
			if len(a.Code) >= 3 {
				a.Country, a.Sector = a.Code[:3], a.Code[3:]
			}
			d.Entities = append(d.Entities, doc.Entity{Start: i, End: from, Text: en[0], Type: en[1], Actor: &a})
		}
	}
	sort.SliceStable(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
	return d
}

// TestWhereClause (session 10, the team's story s21): "Marcos welcomed
// Takaichi at the palace, where the two leaders held talks on trade": a
// "where" clause that carries the story on at the place is coded, not
// background like a relative clause.
func TestWhereClause(t *testing.T) {
	arrive := `
Takaichi Takaichi PROPN 2 nsubj NNP
arrived arrive VERB 0 root VBD
in = ADP 4 case IN
Manila Manila PROPN 2 obl NNP
. = PUNCT 2 punct .`
	where := `
Marcos Marcos PROPN 2 nsubj NNP
welcomed welcome VERB 0 root VBD
Takaichi Takaichi PROPN 2 obj NNP
at = ADP 6 case IN
the = DET 6 det DT
palace = NOUN 2 obl NN
, = PUNCT 12 punct ,
where = ADV 12 advmod WRB
the = DET 11 det DT
two = NUM 11 nummod CD
leaders leader NOUN 12 nsubj NNS
held hold VERB 6 acl:relcl VBD
talks talk NOUN 12 obj NNS
on = ADP 15 case IN
trade = NOUN 13 nmod NN
. = PUNCT 2 punct .`
	ents := [][3]string{{"Takaichi", "PER", "JPNGOV"}, {"Marcos", "PER", "PHLGOV"}, {"Manila", "GPE", "PHL"}}
	talks := "040 JPNGOV>PHLGOV; 040 PHLGOV>JPNGOV"
	if got := round2Code(t, session10Doc(t, ents, arrive, where), nil); !strings.Contains(got, talks) {
		t.Errorf("got %q, want the talks %q", got, talks)
	}
	if got := round2Code(t, session10Doc(t, ents, arrive, where), func(o *Options) { o.noWhereClause = true }); strings.Contains(got, "040 JPNGOV>PHLGOV") {
		t.Errorf("rule off: got %q, want no talks", got)
	}
	// An earlier happening at the place stays background ("France, where
	// he had taken refuge").
	had := `
Marcos Marcos PROPN 2 nsubj NNP
welcomed welcome VERB 0 root VBD
Takaichi Takaichi PROPN 2 obj NNP
at = ADP 6 case IN
the = DET 6 det DT
palace = NOUN 2 obl NN
, = PUNCT 13 punct ,
where = ADV 13 advmod WRB
the = DET 11 det DT
two = NUM 11 nummod CD
leaders leader NOUN 13 nsubj NNS
had have AUX 13 aux VBD
held hold VERB 6 acl:relcl VBN
talks talk NOUN 13 obj NNS
. = PUNCT 2 punct .`
	if got := round2Code(t, session10Doc(t, ents, arrive, had), nil); strings.Contains(got, "040 JPNGOV>PHLGOV") {
		t.Errorf("had held: got %q, want no talks", got)
	}
}

// TestSession10Crowds (session 10, the team's stories s13 and s23): a
// crowd's gathering conjoined with its protest is the protest alone ("Her
// supporters gathered outside the court and chanted slogans against
// President Kais Saied": no 040 beside the 141); bare "Protesters" who
// throw stones at "officers" are a violent protest (145) of the story's
// country's people against its police.
func TestSession10Crowds(t *testing.T) {
	gather := `
Her = PRON 2 nmod:poss PRP$
supporters supporter NOUN 3 nsubj NNS
gathered gather VERB 0 root VBD
outside = ADP 6 case IN
the = DET 6 det DT
court = NOUN 3 obl NN
and = CCONJ 8 cc CC
chanted chant VERB 3 conj VBD
slogans slogan NOUN 8 obj NNS
against = ADP 12 case IN
President President PROPN 12 nmod:desc NNP
Kais Kais PROPN 9 nmod NNP
Saied Saied PROPN 12 flat NNP
. = PUNCT 3 punct .`
	gatherEnts := [][3]string{{"Her", "PER", "TUNOPP"}, {"President Kais Saied", "PER", "TUNGOV"}}
	if got, want := round2Code(t, session10Doc(t, gatherEnts, gather), nil), "141 TUNOPP>TUNGOV"; got != want {
		t.Errorf("gathered and chanted: got %q, want %q", got, want)
	}
	if got, want := round2Code(t, session10Doc(t, gatherEnts, gather), func(o *Options) { o.noCrowdProtest = true }),
		"040 TUNOPP>-; 141 TUNOPP>TUNGOV"; got != want {
		t.Errorf("gathered and chanted, rule off: got %q, want %q", got, want)
	}
	before := `
Police = NOUN 2 nsubj NN
detained detain VERB 0 root VBD
200 = NUM 4 nummod CD
people person NOUN 2 obj NNS
in = ADP 6 case IN
Dhaka Dhaka PROPN 2 obl NNP
. = PUNCT 2 punct .`
	stones := `
Protesters protester NOUN 2 nsubj NNS
threw throw VERB 0 root VBD
stones stone NOUN 2 obj NNS
at = ADP 5 case IN
officers officer NOUN 2 obl NNS
and = CCONJ 7 cc CC
set = VERB 2 conj VB
fire = NOUN 7 obj NN
to = ADP 11 case IN
two = NUM 11 nummod CD
buses bus NOUN 7 obl NNS
. = PUNCT 2 punct .`
	stoneEnts := [][3]string{{"Dhaka", "GPE", "BGD"}}
	got := round2Code(t, session10Doc(t, stoneEnts, before, stones), nil)
	if !strings.Contains(got, "145 BGDCVL>BGDCOP") || strings.Contains(got, "145 BGDCVL>-") {
		t.Errorf("protesters threw stones: got %q, want one 145 BGDCVL>BGDCOP", got)
	}
	if got := round2Code(t, session10Doc(t, stoneEnts, before, stones), func(o *Options) { o.noCrowdViolence = true }); strings.Contains(got, "BGDCVL>BGDCOP") {
		t.Errorf("protesters threw stones, rule off: got %q, want no riot", got)
	}
}

// TestSession10Threats (session 10): sanctions announced are a threat
// (1312) only when held out as one, under a verb of warning or with an
// "if" ("warned that Washington would impose new sanctions on Iran if no
// deal was reached", the team's story s22), and a threat is made when it
// is said (asserted); "will impose tariffs on US goods from Tuesday" is a
// decision (163, intended); "threatened to impose sanctions" is the threat
// of them, not a hypothetical sanction.
func TestSession10Threats(t *testing.T) {
	warned := `
Trump Trump PROPN 2 nsubj NNP
warned warn VERB 0 root VBD
that = SCONJ 6 mark IN
Washington Washington PROPN 6 nsubj NNP
would = AUX 6 aux MD
impose = VERB 2 ccomp VB
new = ADJ 8 amod JJ
sanctions sanction NOUN 6 obj NNS
on = ADP 10 case IN
Iran Iran PROPN 6 obl NNP
if = SCONJ 15 mark IN
no = DET 13 det DT
deal = NOUN 15 nsubj:pass NN
was be AUX 15 aux:pass VBD
reached reach VERB 6 advcl VBN
. = PUNCT 2 punct .`
	warnedEnts := [][3]string{{"Trump", "PER", "USAGOV"}, {"Washington", "GPE", "USA"}, {"Iran", "GPE", "IRN"}}
	tariffs := `
China China PROPN 3 nsubj NNP
will = AUX 3 aux MD
impose = VERB 0 root VB
tariffs tariff NOUN 3 obj NNS
on = ADP 7 case IN
US US PROPN 7 compound NNP
goods = NOUN 4 nmod NNS
from = ADP 9 case IN
Tuesday Tuesday PROPN 3 obl NNP
. = PUNCT 3 punct .`
	tariffEnts := [][3]string{{"China", "GPE", "CHN"}, {"US", "GPE", "USA"}}
	threatened := `
The = DET 2 det DT
EU EU PROPN 3 nsubj NNP
threatened threaten VERB 0 root VBD
to = PART 5 mark TO
impose = VERB 3 xcomp VB
sanctions sanction NOUN 5 obj NNS
on = ADP 8 case IN
Belarus Belarus PROPN 5 obl NNP
. = PUNCT 3 punct .`
	threatEnts := [][3]string{{"EU", "ORG", "IGOEUREEC"}, {"Belarus", "GPE", "BLR"}}
	off := func(o *Options) {
		o.noSanctionThreat = true
		o.noThreatAct = true // session 15 codes the same threat
	}
	for _, c := range []struct {
		name, src string
		ents      [][3]string
		want, old string
	}{
		{"warned ... if", warned, warnedEnts, "1312 USA>IRN", "1312 USA>IRN intended"},
		{"will impose tariffs", tariffs, tariffEnts, "163 CHN>USA intended", "1312 CHN>USA intended"},
		{"threatened to impose", threatened, threatEnts, "1312 IGOEUREEC>BLR", "163 IGOEUREEC>BLR hypothetical"},
	} {
		if got := round2Code(t, session10Doc(t, c.ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round2Code(t, session10Doc(t, c.ents, c.src), off); got != c.old {
			t.Errorf("%s, rule off: got %q, want %q", c.name, got, c.old)
		}
	}
}

// TestSession10Force (session 10, the team's stories s28 and s29): an
// attack by aircraft is aerial (195: "The army said its aircraft had
// struck RSF positions"); a targetless event beside the same code from the
// same source with a target is dropped ("imposed new sanctions on
// Belarus, freezing the assets of 12 officials"); a clause of "as" the
// parser read as a phrase ("The announcement came as | the RSF | shelled
// the city") takes its noun as subject.
func TestSession10Force(t *testing.T) {
	air := `
The = DET 2 det DT
army = NOUN 3 nsubj NN
said say VERB 0 root VBD
its = PRON 5 nmod:poss PRP$
aircraft = NOUN 7 nsubj NN
had have AUX 7 aux VBD
struck strike VERB 3 ccomp VBN
RSF = NOUN 9 compound NN
positions position NOUN 7 obj NNS
. = PUNCT 3 punct .`
	airEnts := [][3]string{{"The army", "ORG", "SDNMIL"}, {"RSF", "ORG", "SDNREB"}}
	if got := round2Code(t, session10Doc(t, airEnts, air), nil); got != "195 SDNMIL>SDNREB" {
		t.Errorf("aircraft struck: got %q, want 195 SDNMIL>SDNREB", got)
	}
	if got := round2Code(t, session10Doc(t, airEnts, air), func(o *Options) { o.noAirStrike = true }); strings.Contains(got, "195") {
		t.Errorf("aircraft struck, rule off: got %q, want no 195", got)
	}
	freeze := `
The = DET 3 det DT
European European PROPN 3 compound NNP
Union Union PROPN 4 nsubj NNP
imposed impose VERB 0 root VBD
new = ADJ 6 amod JJ
sanctions sanction NOUN 4 obj NNS
on = ADP 8 case IN
Belarus Belarus PROPN 6 nmod NNP
, = PUNCT 10 punct ,
freezing freeze VERB 4 advcl VBG
the = DET 12 det DT
assets asset NOUN 10 obj NNS
of = ADP 15 case IN
12 = NUM 15 nummod CD
officials official NOUN 12 nmod NNS
. = PUNCT 4 punct .`
	freezeEnts := [][3]string{{"European Union", "ORG", "IGOEUREEC"}, {"Belarus", "GPE", "BLR"}}
	if got, want := round2Code(t, session10Doc(t, freezeEnts, freeze), nil), "163 IGOEUREEC>BLR"; got != want {
		t.Errorf("freezing assets: got %q, want %q", got, want)
	}
	if got, want := round2Code(t, session10Doc(t, freezeEnts, freeze), func(o *Options) { o.noTargetless = true }),
		"163 IGOEUREEC>-; 163 IGOEUREEC>BLR"; got != want {
		t.Errorf("freezing assets, rule off: got %q, want %q", got, want)
	}
	as := `
The = DET 2 det DT
announcement = NOUN 3 nsubj NN
came come VERB 0 root VBD
as = ADP 6 case IN
the = DET 6 det DT
RSF = NOUN 3 obl NN
shelled shell VERB 3 conj VBD
the = DET 9 det DT
city = NOUN 7 obj NN
, = PUNCT 11 punct ,
killing kill VERB 7 advcl VBG
40 = NUM 13 nummod CD
civilians civilian NOUN 11 obj NNS
. = PUNCT 3 punct .`
	asEnts := [][3]string{{"RSF", "ORG", "SDNREB"}}
	if got := round2Code(t, session10Doc(t, asEnts, as), nil); !strings.Contains(got, "194 SDNREB>-") {
		t.Errorf("came as the RSF shelled: got %q, want the shelling by SDNREB", got)
	}
	if got := round2Code(t, session10Doc(t, asEnts, as), func(o *Options) { o.noAsClause = true }); got != "" {
		t.Errorf("came as the RSF shelled, repair off: got %q, want nothing", got)
	}
}

// TestSession10Actors (session 10, the team's stories s22, s25, s27, s30):
// a spokesman for a body is that body ("A spokesman for the junta in
// Ouagadougou accused Accra", the junta the government of the place's
// country); coordinated nationalities on a noun no entity covers name
// each country ("Iranian and U.S. negotiators resumed indirect talks");
// "Traders on both sides" are no governments; "the two armies" are the
// story's two countries' armies; "negotiators from Moscow and Kyiv" are
// of both (s30).
func TestSession10Actors(t *testing.T) {
	junta := `
A = DET 2 det DT
spokesman = NOUN 8 nsubj NN
for = ADP 5 case IN
the = DET 5 det DT
junta = NOUN 2 nmod NN
in = ADP 7 case IN
Ouagadougou Ouagadougou PROPN 5 nmod NNP
accused accuse VERB 0 root VBD
Accra Accra PROPN 8 obj NNP
of = SCONJ 11 mark IN
hosting host VERB 8 advcl VBG
opponents opponent NOUN 11 obj NNS
. = PUNCT 8 punct .`
	juntaEnts := [][3]string{{"Ouagadougou", "GPE", "BFA"}, {"Accra", "GPE", "GHA"}}
	if got, want := round2Code(t, session10Doc(t, juntaEnts, junta), nil), "112 BFAGOV>GHA"; got != want {
		t.Errorf("spokesman for the junta: got %q, want %q", got, want)
	}
	if got, want := round2Code(t, session10Doc(t, juntaEnts, junta), func(o *Options) { o.noSpokesman = true }), ""; got != want {
		t.Errorf("spokesman for the junta, rule off: got %q, want %q", got, want)
	}
	// (No switch for the three below: each was checked failing with its
	// change undone.)
	talks := `
Iranian Iranian ADJ 4 amod JJ
and = CCONJ 3 cc CC
U.S. U.S. PROPN 1 conj NNP
negotiators negotiator NOUN 5 nsubj NNS
resumed resume VERB 0 root VBD
indirect = ADJ 7 amod JJ
talks talk NOUN 5 obj NNS
in = ADP 9 case IN
Muscat Muscat PROPN 5 obl NNP
. = PUNCT 5 punct .`
	talkEnts := [][3]string{{"Iranian", "NORP", "IRN"}, {"U.S.", "GPE", "USA"}, {"Muscat", "GPE", "OMN"}}
	if got, want := round2Code(t, session10Doc(t, talkEnts, talks), nil), "040 IRN>USA; 040 USA>IRN"; got != want {
		t.Errorf("Iranian and U.S. negotiators: got %q, want %q", got, want)
	}
	traders := `
Traders trader NOUN 6 nsubj NNS
on = ADP 4 case IN
both = DET 4 det DT
sides side NOUN 1 nmod NNS
had have AUX 6 aux VBD
complained complain VERB 0 root VBN
. = PUNCT 6 punct .`
	d := session10Doc(t, nil, traders)
	for _, a := range []doc.Actor{{Name: "Mudavadi", Code: "KENGOV", Country: "KEN", Sector: "GOV"}, {Name: "Ethiopian foreign ministry", Code: "ETHGOV", Country: "ETH", Sector: "GOV"}} {
		d.Entities = append(d.Entities, entity(d, "both sides", "PER", a))
	}
	if got := round2Code(t, d, nil); got != "" {
		t.Errorf("traders on both sides: got %q, want nothing", got)
	}
	signed := `
Ghana Ghana PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Togo Togo PROPN 1 conj NNP
signed sign VERB 0 root VBD
a = DET 6 det DT
pact = NOUN 4 obj NN
. = PUNCT 4 punct .`
	thanked := `
Ghana Ghana PROPN 2 nsubj NNP
thanked thank VERB 0 root VBD
Togo Togo PROPN 2 obj NNP
. = PUNCT 2 punct .`
	armies := `
The = DET 3 det DT
two = NUM 3 nummod CD
armies army NOUN 5 nsubj NNS
will = AUX 5 aux MD
hold = VERB 0 root VB
joint = ADJ 7 amod JJ
patrols patrol NOUN 5 obj NNS
along = ADP 10 case IN
the = DET 10 det DT
border = NOUN 7 nmod NN
. = PUNCT 5 punct .`
	hosted := `
Emirati Emirati ADJ 2 amod JJ
officials official NOUN 3 nsubj NNS
hosted host VERB 0 root VBN
negotiators negotiator NOUN 3 obj NNS
from = ADP 6 case IN
Moscow Moscow PROPN 4 nmod NNP
and = CCONJ 8 cc CC
Kyiv Kyiv PROPN 6 conj NNP
. = PUNCT 3 punct .`
	hostEnts := [][3]string{{"Emirati officials", "NORP", "AREGOV"}, {"Moscow", "GPE", "RUS"}, {"Kyiv", "GPE", "UKR"}}
	// (session 32's delegatesOf, switched off here, makes them RUSGOV and
	// UKRGOV: event/round32_test.go)
	noDelegates := func(o *Options) { o.noDelegatesOf = true }
	if got, want := round2Code(t, session10Doc(t, hostEnts, hosted), noDelegates), "043 AREGOV>RUS; 043 AREGOV>UKR"; got != want {
		t.Errorf("negotiators from Moscow and Kyiv (s30): got %q, want %q", got, want)
	}
	pairEnts := [][3]string{{"Ghana", "GPE", "GHA"}, {"Togo", "GPE", "TGO"}}
	if got := round2Code(t, session10Doc(t, pairEnts, signed, thanked, armies), nil); !strings.Contains(got, "0312 GHAMIL>TGOMIL intended; 0312 TGOMIL>GHAMIL intended") {
		t.Errorf("the two armies: got %q, want 0312 between GHAMIL and TGOMIL", got)
	}
}

// TestSession10Patterns: modality and dyad.pat blocks of session 10, from
// the team's stories, each with the code the coder gave before (checked
// with the change undone): "was ready to contribute 1,500 soldiers" is an
// offer (intended: 0332, not the asserted 072, s27); "shuttling messages
// between the two delegations" is mediation (045, not the dictionary's
// message sent, 040, s22); "would not negotiate with the RSF" is talks
// (046, negated, one way to the "with" partner since session 26; reported, "said the military would not negotiate", 036;
// not the dictionary's agreement with a partner, 050, or its yielding,
// 080, announced 035, s29); "would
// retaliate" a threat (130, not the fighting, 190 intended, s28);
// "deployed 5,000 soldiers to its eastern frontier" force posture (154,
// not military cooperation, 062, s28).
func TestSession10Patterns(t *testing.T) {
	ready := `
Abuja Abuja PROPN 3 nsubj NNP
was be AUX 3 cop VBD
ready = ADJ 0 root JJ
to = PART 5 mark TO
contribute = VERB 3 xcomp VB
1,500 1500 NUM 7 nummod CD
soldiers soldier NOUN 5 obj NNS
. = PUNCT 3 punct .`
	shuttle := `
Omani Omani ADJ 2 amod JJ
mediators mediator NOUN 3 nsubj NNS
shuttled shuttle VERB 0 root VBD
messages message NOUN 3 obj NNS
between = ADP 8 case IN
the = DET 8 det DT
two = NUM 8 nummod CD
delegations delegation NOUN 4 nmod NNS
. = PUNCT 3 punct .`
	negotiate := `
The = DET 2 det DT
military = NOUN 5 nsubj NN
would = AUX 5 aux MD
not = PART 5 advmod RB
negotiate = VERB 0 root VB
with = ADP 8 case IN
the = DET 8 det DT
RSF = NOUN 5 obl NN
. = PUNCT 5 punct .`
	retaliate := `
Lukashenko Lukashenko PROPN 2 nsubj NNP
said say VERB 0 root VBD
his = PRON 4 nmod:poss PRP$
government = NOUN 6 nsubj NN
would = AUX 6 aux MD
retaliate = VERB 2 ccomp VB
. = PUNCT 2 punct .`
	deploy := `
Poland Poland PROPN 3 nsubj NNP
has have AUX 3 aux VBZ
deployed deploy VERB 0 root VBN
5,000 5000 NUM 5 nummod CD
soldiers soldier NOUN 3 obj NNS
to = ADP 9 case IN
its = PRON 9 nmod:poss PRP$
eastern = ADJ 9 amod JJ
frontier = NOUN 3 obl NN
. = PUNCT 3 punct .`
	for _, c := range []struct {
		name, src string
		ents      [][3]string
		want      string
	}{
		{"ready to contribute", ready, [][3]string{{"Abuja", "GPE", "NGA"}}, "0332 NGA>- intended"},
		{"shuttled messages", shuttle, [][3]string{{"Omani", "NORP", "OMN"}, {"the two delegations", "ORG", "IRN"}, {"the two delegations", "ORG", "USA"}},
			"045 OMN>IRN; 045 OMN>USA"},
		{"would not negotiate", negotiate, [][3]string{{"The military", "ORG", "SDNMIL"}, {"RSF", "ORG", "SDNREB"}},
			"046 SDNMIL>SDNREB neg hypothetical"},
		{"would retaliate", retaliate, [][3]string{{"Lukashenko", "PER", "BLRGOV"}, {"his", "PER", "BLRGOV"}}, "130 BLRGOV>-"},
		{"deployed to its frontier", deploy, [][3]string{{"Poland", "GPE", "POL"}}, "154 POL>-"},
	} {
		if got := round2Code(t, session10Doc(t, c.ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// withPlace adds a resolved place (a gazetteer hit) over the first
// occurrence of word in d's text.
func withPlace(t *testing.T, d *doc.Document, word, country, feature string) *doc.Document {
	t.Helper()
	i := strings.Index(d.Text, word)
	if i < 0 {
		t.Fatalf("no %q in %q", word, d.Text)
	}
	d.Places = append(d.Places, doc.Place{Start: i, End: i + len(word), Text: word, Name: word, Country: country, Feature: feature})
	return d
}

// TestSession11ShotDead (session 11): "X shot dead Y" in the two broken
// shapes the tagger and parser give it in wire copy: "shot" a reduced
// relative on the subject with the victim hung on "said", and "shot" a
// noun heading the subject's words. Sentences written for the test; the
// noun shape fails with repairShotDead off alone.
func TestSession11ShotDead(t *testing.T) {
	acl := `
Indian Indian ADJ 3 amod JJ
border = NOUN 3 compound NN
guards guard NOUN 13 nsubj NNS
shot shoot VERB 3 acl VBN
dead = ADJ 8 amod JJ
two = NUM 8 nummod CD
Maoist Maoist PROPN 8 compound NNP
rebels rebel NOUN 13 ccomp NNS
on = ADP 10 case IN
Monday Monday PROPN 8 nmod NNP
, = PUNCT 13 punct ,
officials official NOUN 13 nsubj NNS
said say VERB 0 root VBD
. = PUNCT 13 punct .`
	aclEnts := [][3]string{{"Indian border guards", "ORG", "INDCOP"}, {"Maoist rebels", "ORG", "INDREB"}}
	noun := `
Kenyan Kenyan PROPN 3 compound NNP
police = NOUN 3 compound NN
shot = NOUN 0 root NN
dead = ADJ 6 amod JJ
three = NUM 6 nummod CD
protesters protester NOUN 3 obj NNS
in = ADP 8 case IN
Nairobi Nairobi PROPN 6 nmod NNP
on = ADP 10 case IN
Tuesday Tuesday PROPN 3 obl NNP
. = PUNCT 3 punct .`
	nounEnts := [][3]string{{"Kenyan police", "ORG", "KENCOP"}}
	for _, c := range []struct {
		name, src string
		ents      [][3]string
		want      string
	}{
		{"shot a reduced relative", acl, aclEnts, "193 INDCOP>INDREB"},
		{"shot a noun", noun, nounEnts, "193 KENCOP>KENCVL"},
	} {
		if got := round2Code(t, session10Doc(t, c.ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		// The reduced-relative shape is also one of repairStrandedObject's.
		if got := round2Code(t, session10Doc(t, c.ents, c.src), func(o *Options) { o.noShotDead, o.noStrandedObject = true, true }); got == c.want {
			t.Errorf("%s, repairs off: got %q too", c.name, got)
		}
	}
}

// TestSession11AttackedPlace (session 11, the team's story s30): "The swap
// came hours after Russian drones struck an energy facility in the Odesa
// region, ..., the regional governor said": "struck" hung as a bare
// reduced relative on "drones" and its object on "said" (the stranded
// object repair), and the place of the facility's country the target.
func TestSession11AttackedPlace(t *testing.T) {
	src := `
The = DET 2 det DT
swap = NOUN 3 nsubj NN
came come VERB 26 ccomp VBD
hours hour NOUN 3 obj NNS
after = ADP 7 case IN
Russian Russian ADJ 7 amod JJ
drones drone NOUN 4 nmod NNS
struck strike VERB 7 acl VBN
an = DET 11 det DT
energy = NOUN 11 compound NN
facility = NOUN 26 ccomp NN
in = ADP 15 case IN
the = DET 15 det DT
Odesa Odesa PROPN 15 compound NNP
region = NOUN 11 nmod NN
, = PUNCT 17 punct ,
cutting cut VERB 11 acl VBG
power = NOUN 17 obj NN
to = ADP 21 case IN
40,000 40000 NUM 21 nummod CD
homes home NOUN 17 obl NNS
, = PUNCT 25 punct ,
the = DET 25 det DT
regional = ADJ 25 amod JJ
governor = NOUN 26 nsubj NN
said say VERB 0 root VBD
. = PUNCT 26 punct .`
	ents := [][3]string{{"Russian", "NORP", "RUS"}}
	mk := func() *doc.Document { return withPlace(t, session10Doc(t, ents, src), "Odesa", "UKR", "admin1") }
	if got, want := round2Code(t, mk(), nil), "195 RUS>UKR"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noStrandedObject = true }); strings.Contains(got, "195") {
		t.Errorf("stranded object repair off: got %q, want no strike", got)
	}
	if got, want := round2Code(t, mk(), func(o *Options) { o.noAttackedPlace = true }), "195 RUS>-"; got != want {
		t.Errorf("attacked place off: got %q, want %q", got, want)
	}
	// A place of the attacker's own country is where it fought.
	home := func() *doc.Document { return withPlace(t, session10Doc(t, ents, src), "Odesa", "RUS", "admin1") }
	if got, want := round2Code(t, home(), nil), "195 RUS>-"; got != want {
		t.Errorf("home place: got %q, want %q", got, want)
	}
}

// TestSession11MeetingWith (session 11): "was flown to Tirana for a
// meeting with President Bajram Begaj": a journey's purpose with a partner
// named is a meeting of its own, as "flew into Albania for talks with his
// counterpart" (the dev gold codes both); a meeting is an event only with
// its partners named. Sentences written for the test.
func TestSession11MeetingWith(t *testing.T) {
	src := func(verb, aux string) string {
		s := `
The = DET 3 det DT
Italian Italian ADJ 3 amod JJ
leader = NOUN 5 nsubj:pass NN
was be AUX 5 aux:pass VBD
flown fly VERB 0 root VBN
to = ADP 7 case IN
Tirana Tirana PROPN 5 obl NNP
for = ADP 10 case IN
a = DET 10 det DT
meeting = NOUN 5 obl NN
with = ADP 13 case IN
President = PROPN 13 compound NNP
Bajram Bajram PROPN 10 nmod NNP
Begaj Begaj PROPN 13 flat NNP
. = PUNCT 5 punct .`
		if aux == "" {
			s = strings.Replace(s, "leader = NOUN 5 nsubj:pass NN", "leader = NOUN 5 nsubj NN", 1)
			s = strings.Replace(s, "was be AUX 5 aux:pass VBD\n", "", 1)
			// one token fewer: every head after "leader" moves down one
			s = shiftHeads(s, 4)
		}
		return strings.Replace(s, "flown fly VERB 0 root VBN", verb, 1)
	}
	ents := [][3]string{{"Italian leader", "PER", "ITAGOV"}, {"Tirana", "GPE", "ALB"}, {"President Bajram Begaj", "PER", "ALBGOV"}}
	passive := src("flown fly VERB 0 root VBN", "was")
	active := src("flew fly VERB 0 root VBD", "")
	for _, c := range []struct{ name, src, want, off string }{
		{"was flown for a meeting with", passive, "040 ITAGOV>ALBGOV", ""},
		{"flew for a meeting with", active, "040 ITAGOV>ALBGOV; 042 ITAGOV>ALB", "042 ITAGOV>ALB"},
	} {
		if got := round2Code(t, session10Doc(t, ents, c.src), nil); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if got := round2Code(t, session10Doc(t, ents, c.src), func(o *Options) { o.noMeetingWith, o.noNominalMeeting = true, true }); got != c.off {
			t.Errorf("%s, rule off: got %q, want %q", c.name, got, c.off)
		}
	}
	// A gathering named by "meeting" alone is no event.
	wto := `
The = DET 3 det DT
WTO WTO PROPN 3 compound NNP
meeting = NOUN 4 nsubj NN
opens open VERB 0 root VBZ
later = ADV 4 advmod RB
. = PUNCT 4 punct .`
	if got := round2Code(t, session10Doc(t, [][3]string{{"WTO", "ORG", "IGOBUSWTO"}}, wto), nil); got != "" {
		t.Errorf("the WTO meeting opens: got %q, want nothing", got)
	}
	// A meeting inside a reduced relative is background with it.
	issued := `
A = DET 2 det DT
communique = NOUN 11 nsubj NN
issued issue VERB 2 acl VBN
at = ADP 6 case IN
the = DET 6 det DT
meeting = NOUN 3 obl NN
between = ADP 8 case IN
China China PROPN 6 nmod NNP
and = CCONJ 10 cc CC
Russia Russia PROPN 8 conj NNP
urged urge VERB 0 root VBD
calm = NOUN 11 obj NN
. = PUNCT 11 punct .`
	issuedEnts := [][3]string{{"China", "GPE", "CHN"}, {"Russia", "GPE", "RUS"}}
	if got := round2Code(t, session10Doc(t, issuedEnts, issued), nil); got != "" {
		t.Errorf("communique issued at the meeting: got %q, want nothing", got)
	}
	if got, want := round2Code(t, session10Doc(t, issuedEnts, issued), func(o *Options) { o.noReducedNoun = true }), "040 CHN>RUS; 040 RUS>CHN"; got != want {
		t.Errorf("communique issued at the meeting, rule off: got %q, want %q", got, want)
	}
}

// shiftHeads lowers by one every head above n in a mini parse (a token
// removed at position n).
func shiftHeads(src string, n int) string {
	var out []string
	for _, l := range strings.Split(src, "\n") {
		f := strings.Fields(l)
		if len(f) >= 5 {
			if h, err := strconv.Atoi(f[3]); err == nil && h > n {
				f[3] = strconv.Itoa(h - 1)
			}
			l = strings.Join(f, " ")
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// TestSession11Venue (session 11, the team's story s29): "Sudan's army and
// the paramilitary Rapid Support Forces have agreed to send delegations to
// Jeddah for ceasefire talks next week": the town they go to is the venue;
// the two agree with each other.
func TestSession11Venue(t *testing.T) {
	src := `
Sudan Sudan PROPN 3 nmod:poss NNP
's = PART 1 case POS
army = NOUN 11 nsubj NN
and = CCONJ 9 cc CC
the = DET 9 det DT
paramilitary = ADJ 9 amod JJ
Rapid Rapid PROPN 9 compound NNP
Support Support PROPN 9 compound NNP
Forces Forces PROPN 3 conj NNPS
have = AUX 11 aux VBP
agreed agree VERB 0 root VBN
to = PART 13 mark TO
send = VERB 11 xcomp VB
delegations delegation NOUN 13 obj NNS
to = ADP 16 case IN
Jeddah Jeddah PROPN 13 obl NNP
for = ADP 19 case IN
ceasefire = NOUN 19 compound NN
talks talk NOUN 13 obl NNS
next = ADJ 21 amod JJ
week = NOUN 13 obl:tmod NN
. = PUNCT 11 punct .`
	ents := [][3]string{{"Sudan 's army", "ORG", "SDNMIL"}, {"paramilitary Rapid Support Forces", "ORG", "SDNREB"}, {"Jeddah", "GPE", "SAU"}}
	mk := func() *doc.Document { return withPlace(t, session10Doc(t, ents, src), "Jeddah", "SAU", "city") }
	got := round2Code(t, mk(), nil)
	if !strings.Contains(got, "SDNMIL>SDNREB") || !strings.Contains(got, "SDNREB>SDNMIL") || strings.Contains(got, "SAU") {
		t.Errorf("got %q, want the two sides each other's, no SAU", got)
	}
	if got := round2Code(t, mk(), func(o *Options) { o.noVenue = true }); !strings.Contains(got, ">SAU") {
		t.Errorf("rule off: got %q, want Jeddah's SAU as target", got)
	}
}

// TestSession11Threats (session 11, the team's stories s22 and s33): a vow
// to stop someone is a threat to it (130), a stop done codes nothing; a
// threat with an "unless" clause is aimed at the clause's subject, even
// where the parser hung the clause on a noun of the threatened act.
func TestSession11Threats(t *testing.T) {
	// (STOP_FROM, "vowed to stop Iran from building …" as a threat, was
	// dropped after the review: it made "pledged to prevent Greece from
	// defaulting" a threat and blocked the dictionary's 120 for done acts.)
	unless := `
Britain Britain PROPN 6 nsubj NNP
, = PUNCT 3 punct ,
France France PROPN 1 conj NNP
and = CCONJ 5 cc CC
Germany Germany PROPN 1 conj NNP
threatened threaten VERB 0 root VBD
to = PART 8 mark TO
trigger = VERB 6 xcomp VB
the = DET 10 det DT
return = NOUN 8 obj NN
of = ADP 14 case IN
United United PROPN 13 compound NNP
Nations Nations PROPN 14 compound NNPS
sanctions sanction NOUN 10 nmod NNS
unless = SCONJ 17 mark IN
Iran Iran PROPN 17 nsubj NNP
resumes resume VERB 14 acl VBZ
cooperation = NOUN 17 obj NN
. = PUNCT 6 punct .`
	unlessEnts := [][3]string{{"Britain", "GPE", "GBR"}, {"France", "GPE", "FRA"}, {"Germany", "GPE", "DEU"},
		{"United Nations", "ORG", "IGOUNO"}, {"Iran", "GPE", "IRN"}}
	if got := round2Code(t, session10Doc(t, unlessEnts, unless), nil); !strings.Contains(got, "130 GBR>IRN") || strings.Contains(got, "130 GBR>IGOUNO") {
		t.Errorf("threatened ... unless Iran: got %q, want 130 GBR>IRN", got)
	}
	if got := round2Code(t, session10Doc(t, unlessEnts, unless), func(o *Options) { o.noUnlessTarget = true }); strings.Contains(got, "130 GBR>IRN") {
		t.Errorf("threatened ... unless Iran, rule off: got %q", got)
	}
}

// TestSession11Fights (session 11, the team's story s31): the coordinated
// sides of a fight with no one else named fought each other; "clashed"
// hung as a reduced relative on the root noun is the verb (it has no
// passive reading). Sentences written for the test.
func TestSession11Fights(t *testing.T) {
	wars := `
India India PROPN 4 nsubj NNP
and = CCONJ 3 cc CC
Pakistan Pakistan PROPN 1 conj NNP
fought fight VERB 0 root VBD
three = NUM 6 nummod CD
wars war NOUN 4 obj NNS
over = ADP 8 case IN
Kashmir Kashmir PROPN 4 obl NNP
. = PUNCT 4 punct .`
	warEnts := [][3]string{{"India", "GPE", "IND"}, {"Pakistan", "GPE", "PAK"}}
	if got, want := round2Code(t, session10Doc(t, warEnts, wars), nil), "190 IND>PAK; 190 PAK>IND"; got != want {
		t.Errorf("fought three wars: got %q, want %q", got, want)
	}
	if got, want := round2Code(t, session10Doc(t, warEnts, wars), func(o *Options) { o.noFoughtRecip = true }), "190 IND>-; 190 PAK>-"; got != want {
		t.Errorf("fought three wars, rule off: got %q, want %q", got, want)
	}
	flu := strings.Replace(strings.Replace(wars, "three = NUM 6 nummod CD", "avian = ADJ 6 amod JJ", 1),
		"wars war NOUN 4 obj NNS", "flu flu NOUN 4 obj NN", 1)
	if got := round2Code(t, session10Doc(t, warEnts, flu), nil); strings.Contains(got, "IND>PAK") {
		t.Errorf("fought avian flu: got %q, want no fight with each other", got)
	}
	clash := `
Indian Indian ADJ 4 amod JJ
and = CCONJ 3 cc CC
Pakistani Pakistani ADJ 1 conj JJ
troops troop NOUN 0 root NNS
clashed clash VERB 4 acl VBN
along = ADP 8 case IN
the = DET 8 det DT
border = NOUN 5 obl NN
. = PUNCT 4 punct .`
	clashEnts := [][3]string{{"Indian", "ORG", "INDMIL"}, {"Pakistani troops", "ORG", "PAKMIL"}}
	if got, want := round2Code(t, session10Doc(t, clashEnts, clash), nil), "190 INDMIL>PAKMIL; 190 PAKMIL>INDMIL"; got != want {
		t.Errorf("troops clashed: got %q, want %q", got, want)
	}
	if got := round2Code(t, session10Doc(t, clashEnts, clash), func(o *Options) { o.noClashRoot = true }); got != "" {
		t.Errorf("troops clashed, repair off: got %q, want nothing", got)
	}
}

// TestSession11Patterns (session 11, the team's stories s34, s36): a
// dispute deepened is no cooperation; a member suspended from a bloc's
// bodies is relations reduced (each fails with its dyad.pat lines
// removed; MEETING_N is checked in TestSession11MeetingWith the same
// way).
func TestSession11Patterns(t *testing.T) {
	deepen := `
Brazil Brazil PROPN 2 nsubj NNP
filed file VERB 0 root VBD
a = DET 5 det DT
formal = ADJ 5 amod JJ
complaint = NOUN 2 obj NN
against = ADP 7 case IN
Argentina Argentina PROPN 5 nmod NNP
, = PUNCT 9 punct ,
deepening deepen VERB 2 advcl VBG
a = DET 12 det DT
trade = NOUN 12 compound NN
dispute = NOUN 9 obj NN
with = ADP 14 case IN
Mercosur Mercosur PROPN 12 nmod NNP
. = PUNCT 2 punct .`
	deepenEnts := [][3]string{{"Brazil", "GPE", "BRA"}, {"Argentina", "GPE", "ARG"}, {"Mercosur", "ORG", "IGOSAMMER"}}
	if got, want := round2Code(t, session10Doc(t, deepenEnts, deepen), nil), "115 BRA>ARG"; got != want {
		t.Errorf("deepening a dispute: got %q, want %q", got, want)
	}
	suspend := `
ECOWAS ECOWAS PROPN 2 nsubj NNP
suspended suspend VERB 0 root VBD
Guinea-Bissau Guinea-Bissau PROPN 2 obj NNP
from = ADP 7 case IN
all = DET 7 det:predet PDT
its = PRON 7 nmod:poss PRP$
bodies body NOUN 2 obl NNS
. = PUNCT 2 punct .`
	suspendEnts := [][3]string{{"ECOWAS", "ORG", "IGOWAFWAS"}, {"Guinea-Bissau", "GPE", "GNB"}}
	if got, want := round2Code(t, session10Doc(t, suspendEnts, suspend), nil), "160 IGOWAFWAS>GNB"; got != want {
		t.Errorf("suspended from all its bodies: got %q, want %q", got, want)
	}
}
