package syntax

// Hand tables of English irregular forms, for words the treebank
// dictionaries do not hold. They are consulted after the dictionaries and
// before the learned suffix rules.

import "strings"

// lmVerbs lists irregular verbs as "base past participle", with
// alternatives separated by commas and extra forms (third person, -ing)
// after a slash where they are irregular too.
const lmVerbs = `be was,were been/am,is,are,being,'m,'re,'s
have had had/has,having,'ve,'d
do did done/does,doing
go went gone/goes
say said said/says
make made made
take took taken
come came come
see saw seen
know knew known
get got got,gotten
give gave given
find found found
think thought thought
tell told told
become became become
leave left left
feel felt felt
bring brought brought
begin began begun
keep kept kept
hold held held
write wrote written
stand stood stood
hear heard heard
let let let
mean meant meant
set set set
meet met met
run ran run
pay paid paid
sit sat sat
speak spoke spoken
lie lay lain
lead led led
grow grew grown
lose lost lost
fall fell fallen
send sent sent
build built built
understand understood understood
draw drew drawn
break broke broken
spend spent spent
cut cut cut
rise rose risen
drive drove driven
buy bought bought
wear wore worn
choose chose chosen
seek sought sought
throw threw thrown
catch caught caught
deal dealt dealt
win won won
forget forgot forgotten
sell sold sold
fight fought fought
teach taught taught
eat ate eaten
sing sang sung
swim swam swum
fly flew flown/flies
ride rode ridden
shake shook shaken
steal stole stolen
strike struck struck,stricken
hide hid hidden
bear bore born,borne
beat beat beaten
bite bit bitten
blow blew blown
feed fed fed
flee fled fled
forbid forbade forbidden
forgive forgave forgiven
freeze froze frozen
hang hung hung
hit hit hit
hurt hurt hurt
kneel knelt knelt
lay laid laid
light lit lit
put put put
quit quit quit
read read read
ring rang rung
shoot shot shot
shut shut shut
sink sank sunk
sleep slept slept
slide slid slid
spin spun spun
split split split
spread spread spread
spring sprang sprung
stick stuck stuck
sting stung stung
swear swore sworn
sweep swept swept
swing swung swung
tear tore torn
wake woke woken
weep wept wept
wind wound wound
withdraw withdrew withdrawn
undertake undertook undertaken
overcome overcame overcome
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
override overrode overridden
uphold upheld upheld
withhold withheld withheld
mislead misled misled
foresee foresaw foreseen
arise arose arisen
awake awoke awoken
bend bent bent
bind bound bound
bleed bled bled
breed bred bred
dig dug dug
dwell dwelt dwelt
grind ground ground
lend lent lent
leap leapt leapt
shine shone shone
shrink shrank shrunk
slay slew slain
sow sowed sown
strive strove striven
thrust thrust thrust
tread trod trodden
upset upset upset
cost cost cost
cast cast cast
broadcast broadcast broadcast
forecast forecast forecast
bet bet bet
bid bid bid
burst burst burst
rid rid rid
shed shed shed
spit spat spat
wed wed wed
forgo forwent forgone
mistake mistook mistaken
rebuild rebuilt rebuilt
retake retook retaken
rewrite rewrote rewritten
outrun outran outrun
undergo underwent undergone
partake partook partaken
beset beset beset
befall befell befallen
behold beheld beheld
stride strode stridden`

// lmNouns lists irregular plurals as "singular plural".
const lmNouns = `man men
woman women
child children
foot feet
tooth teeth
mouse mice
goose geese
ox oxen
criterion criteria
phenomenon phenomena
memorandum memoranda
analysis analyses
crisis crises
thesis theses
hypothesis hypotheses
diagnosis diagnoses
oasis oases
leaf leaves
knife knives
wife wives
life lives
half halves
wolf wolves
shelf shelves
thief thieves
loaf loaves
self selves
calf calves
index indices
appendix appendices
matrix matrices
vertex vertices
bacterium bacteria
curriculum curricula
stimulus stimuli
nucleus nuclei
cactus cacti
fungus fungi
alumnus alumni
syllabus syllabi
embargo embargoes
veto vetoes
hero heroes
echo echoes
tomato tomatoes
potato potatoes
torpedo torpedoes
volcano volcanoes
tornado tornadoes
mosquito mosquitoes
cargo cargoes`

// lmAdjs lists irregular comparison as "xpos form lemma".
const lmAdjs = `JJR better good
JJS best good
RBR better well
RBS best well
JJR worse bad
JJS worst bad
RBR worse badly
RBS worst badly
RBR farther far
RBS farthest far
JJR farther far
JJS farthest far
JJR elder old
JJS eldest old`

type lmIrr struct {
	past, part, other map[string]string // form → base
	nouns             map[string]string // plural → singular
	adjs              map[string]string // xpos + " " + form → lemma
}

var lmIrrTables = func() *lmIrr {
	t := &lmIrr{past: map[string]string{}, part: map[string]string{}, other: map[string]string{},
		nouns: map[string]string{}, adjs: map[string]string{}}
	for _, line := range strings.Split(lmVerbs, "\n") {
		main, extra, _ := strings.Cut(line, "/")
		f := strings.Fields(main)
		if len(f) != 3 {
			panic("syntax: bad irregular verb line " + line)
		}
		base := f[0]
		for _, p := range strings.Split(f[1], ",") {
			t.past[p] = base
		}
		for _, p := range strings.Split(f[2], ",") {
			t.part[p] = base
		}
		if extra != "" {
			for _, p := range strings.Split(extra, ",") {
				t.other[p] = base
			}
		}
	}
	for _, line := range strings.Split(lmNouns, "\n") {
		f := strings.Fields(line)
		t.nouns[f[1]] = f[0]
	}
	for _, line := range strings.Split(lmAdjs, "\n") {
		f := strings.Fields(line)
		t.adjs[f[0]+" "+f[1]] = f[2]
	}
	return t
}()

// lmIrregular looks up the lower-case form with its XPOS in the hand
// tables.
func lmIrregular(form, xpos string) (string, bool) {
	t := lmIrrTables
	switch xpos {
	case "VBD":
		if b, ok := t.past[form]; ok {
			return b, true
		}
		if b, ok := t.part[form]; ok {
			return b, true
		}
	case "VBN":
		if b, ok := t.part[form]; ok {
			return b, true
		}
		if b, ok := t.past[form]; ok {
			return b, true
		}
	case "VBZ", "VBG", "VBP", "VB":
		if b, ok := t.other[form]; ok {
			return b, true
		}
	case "NNS", "NNPS":
		if b, ok := t.nouns[form]; ok {
			return b, true
		}
		// Compounds of man and woman: spokesmen, congresswomen.
		if len(form) > 5 && strings.HasSuffix(form, "men") {
			return form[:len(form)-3] + "man", true
		}
	case "JJR", "JJS", "RBR", "RBS":
		if b, ok := t.adjs[xpos+" "+form]; ok {
			return b, true
		}
	}
	return "", false
}
