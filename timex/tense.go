package timex

import "strings"

// tense is the time a clause refers to relative to publication.
type tense int8

const (
	tNone tense = iota
	tPast
	tPresent
	tFuture
	// tDeadline is a date after "by": ahead of publication, or just
	// passed. Only deadlineTense returns it.
	tDeadline
	// tDeadlinePast is a date after "by" in a past clause ("ordered the
	// files returned by Jan. 14"): ahead of publication, or passed up to
	// four months back. Only deadlineTense returns it.
	tDeadlinePast
)

// rightBias is the extra distance of a tense cue after the expression
// when there is one before it; chosen by reading the changes on the
// unlabelled bench-news stories (1: 4 right of 4 changes; 2: 6 more right
// of 8; 3: 3 more right of 6), neutral on TimeBank and AQUAINT-dev.
const rightBias = 2

// tenseOf returns the tense of the clause around words [i, j) of the
// sentence: the nearest tense cue on either side, a comma or a reporting
// verb ("..., he said") counting as extra distance. A cue is the word's XPOS
// where the syntax stage has set it (VBD past; MD will/would future; VBZ
// VBP present), else the word itself (will, is to, plans to, said, -ed
// verbs). This is the one place tense is decided, so the tagger's tags
// improve it without touching the rules.
//
// A cue after the expression counts rightBias words further than one
// before it, when there is one before it: a date usually belongs to the
// verb it follows ("Davis, who lost the runoff on Tuesday, could be
// crucial"; "Lee said in New York Tuesday that he plans to"), while an
// expression opening its clause takes the verb after it ("On Friday, the
// government planned"), as does one after a clause opener ("fear that the
// Friday blasts killed").
func (t *tagger) tenseOf(i, j int) tense {
	if t.directedDeadline(i) {
		return tFuture
	}
	const window = 15
	best, bestD := tNone, window+1
	// Left.
	d := 0
	opened := false // a clause opener lies between the cue and the expression
	relCue := false // the cue is the verb of a relative clause (session 34)
	for k := i - 1; k >= 0 && d < bestD; k-- {
		d++
		x, pen := t.cue(k, false)
		d += pen
		if x == tNone && opensClause(t.w(k).w) {
			opened = true
		}
		if x != tNone {
			if d < bestD {
				best, bestD = x, d
			}
			if x == tPast && t.sinceClause(k) {
				// "since he took over from his brother on July 31
				// will ...": a since-clause lies in the past
				return tPast
			}
			relCue = t.relativeVerb(k)
			break
		}
	}
	// Right.
	d = 0
	if best != tNone && !opened {
		d = rightBias
	}
	for k := j; k < len(t.ws) && d < bestD; k++ {
		if t.is(k, "that") {
			break
		}
		if relCue && t.w(k).w == "," {
			// "Thailand, which opened the mall on Friday, tries to":
			// the comma closes the relative clause, and the verb
			// after it is the main clause's (timex/session34.go)
			break
		}
		if best != tNone && t.trailingParticiple(k) {
			// "would close the crossing from Friday, saying Minsk was
			// waging a hybrid war": the participle clause after the
			// comma has a tense of its own (timex/lead33.go)
			break
		}
		if best != tNone && t.coordinatedPredicate(k) {
			// "said Vietnam would open an office before the end of June
			// and invited Boric": the verb after "and" heads a predicate
			// of its own, whose tense is not the date's
			break
		}
		d++
		x, pen := t.cue(k, true)
		d += pen
		if x != tNone {
			if d < bestD { // ties go to the left
				best, bestD = x, d
			}
			break
		}
	}
	return best
}

// farCue is the first tense cue before word i beyond the window of
// tenseOf, within the sentence and the same clause (no "that", "which",
// ";" between): a long complement does not change the tense of its verb
// ("will be discussed for the first time at a meeting of EU foreign
// ministers here on Tuesday", "is expected to sign an agreement with the
// United States on its entry into the WTO on Sunday"). Weekdays only:
// for months it lost two right values on the development sets and gained
// one.
func (t *tagger) farCue(i int) tense {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		switch t.w(k).w {
		case ";", ":", "that", "which", "who", "when", "while", "because", "after", "before", "until":
			return tNone
		}
		if x, _ := t.cue(k, false); x != tNone {
			return x
		}
	}
	return tNone
}

// sinceClause reports whether the verb at word k opens with "since" a
// few words before it ("since he took over", "since the army seized"),
// without punctuation between.
func (t *tagger) sinceClause(k int) bool {
	for h := k - 1; h >= 0 && h >= k-4; h-- {
		if t.is(h, "since") {
			return true
		}
		if t.isPunct(h) || opensClause(t.w(h).w) {
			return false
		}
	}
	return false
}

// causeAfter reports whether word k, after "due to", begins a cause
// rather than a verb: a determiner or possessive, a plural noun, a
// gerund or an adjective of cause ("due to injuries", "due to the strike",
// "due to rising prices", "due to bad weather"); not "due to be", "due to
// arrive". With tags, a verb tag (not VBG) says schedule.
func (t *tagger) causeAfter(k int) bool {
	if r := t.w(k).raw; r == "\"" || r == "“" || r == "``" || r == "'" {
		// due to "enemy action": a quoted name of a cause, not a verb
		if t.w(k+1).xpos == "" {
			return true
		}
		k++
	}
	x := t.w(k)
	if x.xpos != "" {
		return !strings.HasPrefix(x.xpos, "VB") || x.xpos == "VBG"
	}
	if x.c&cDet != 0 {
		return true
	}
	switch x.w {
	case "be", "":
		if x.w == "" {
			break
		}
		return false
	case "his", "her", "its", "their", "our", "my", "your", "bad", "poor", "heavy", "lack",
		"security", "technical", "health", "ill", "financial", "political", "high", "low":
		return true
	}
	r := strings.ToLower(x.raw)
	n := len(r)
	return n > 4 && (r[n-3:] == "ing" || r[n-1] == 's' && r[n-2] != 's')
}

// presentAfterPronoun reports a present-tense verb in -s after a pronoun
// subject ("which ends Sunday", "who arrives Monday", "it opens Friday"),
// which no lexical cue otherwise catches; with tags, only where the tagger
// did not make it a past form.
func (t *tagger) presentAfterPronoun(k int) bool {
	x := t.w(k)
	r := x.raw
	n := len(r)
	if n < 4 || r[n-1] != 's' || r[n-2] == 's' || r[n-2] == 'u' || r[n-2] == 'i' || r[n-2] == '\'' || x.upper || x.num >= 0 {
		return false
	}
	if t.intentToAfterPronoun(k) {
		return false // "he plans to visit on Monday" (timex/session35.go)
	}
	p := t.w(k - 1).raw
	if !strings.EqualFold(p, "which") && !strings.EqualFold(p, "who") && !strings.EqualFold(p, "he") &&
		!strings.EqualFold(p, "she") && !strings.EqualFold(p, "it") {
		return false
	}
	switch x.xpos {
	case "", "VBZ", "NNS":
		return true
	}
	return false
}

// conditionalPresent reports a verb in -s up to four words after "if" or
// "unless", with no other verb between ("if Labour wins", "unless the
// court rules"): the present of a condition, which looks ahead.
func (t *tagger) conditionalPresent(k int) bool {
	x := t.w(k)
	r := x.raw
	n := len(r)
	if n < 4 || r[n-1] != 's' || r[n-2] == 's' || r[n-2] == 'u' || r[n-2] == 'i' || r[n-2] == '\'' || x.upper || x.num >= 0 {
		return false
	}
	switch x.xpos {
	case "", "VBZ":
	case "NNS":
		// a noun the tagger may have read for the verb ("unless the court
		// rules"), but not a subject whose verb follows ("if the
		// elections in March were fair")
		for m := k + 1; m < len(t.ws) && m <= k+8 && !t.isPunct(m); m++ {
			if y := t.w(m); strings.HasPrefix(y.xpos, "VB") || y.xpos == "MD" {
				return false
			}
		}
	default:
		return false
	}
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		y := t.w(m)
		if y.w == "if" || y.w == "unless" {
			return true
		}
		if t.isPunct(m) || y.c&^cDet != 0 || opensClause(y.w) {
			return false
		}
		if c, _ := t.cue(m, false); c != tNone {
			return false
		}
	}
	return false
}

// pastParticiple reports whether word k looks like a past participle
// ("been", "turned", "taken", "held"), as after the "have" of a perfect.
// With tags, the tag decides ("seven", "women", "citizen" end in -en too).
func (t *tagger) pastParticiple(k int) bool {
	x := t.w(k)
	w := x.w
	if x.xpos != "" {
		return x.xpos == "VBN" || x.xpos == "VBD"
	}
	n := len(w)
	return w == "been" || pastIrregular[w] || n > 3 && (w[n-2:] == "ed" || w[n-2:] == "wn" ||
		w[n-2:] == "en" && !notParticipleEn[w])
}

// notParticipleEn are words in -en that are no participles: numbers and
// nouns an untagged text often puts after "have" ("would have seven
// ministers", "have children").
var notParticipleEn = map[string]bool{
	"seven": true, "eleven": true, "seventeen": true, "women": true, "children": true,
	"citizen": true, "citizens": true, "often": true, "then": true, "even": true, "open": true,
	"kitchen": true, "garden": true, "screen": true, "teen": true, "dozen": true,
}

// lyAdverb reports an adverb in -ly ("originally", "previously").
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// opensClause reports a word that opens a subordinate clause.
func opensClause(w string) bool {
	switch w {
	case "that", "which", "who", "when", "while", "because", "but", "after", "before", "until":
		return true
	}
	return false
}

// cue returns the tense word k signals and the distance penalty of
// crossing it; right is set when k follows the expression, where a
// reporting verb ("..., he said") or "that" opens another clause.
func (t *tagger) cue(k int, right bool) (tense, int) {
	w := t.w(k)
	lw := w.w
	if lw == "due" && t.is(k+1, "to") && t.causeAfter(k+2) {
		return tNone, 0 // "pulled out due to injuries on Monday": a cause
	}
	if asClause[lw] && (t.is(k-1, "as") || t.is(k-2, "as") && lyAdverb(t.w(k-1).w)) {
		// "would not attend the summit on Sunday as planned": a
		// comparison with the plan, not the clause's verb; also with an
		// adverb, "began as previously planned Saturday night"
		// (eighteenth round)
		return tNone, 0
	}
	if n := len(lw); n > 4 && lw[n-1] == 's' && presentSched[lw] && t.w(k-1).c&cDet == 0 && t.w(k-1).num < 0 {
		switch w.xpos {
		case "", "VBZ", "NNS", "NN":
			// "the trial resumes on Monday", "the pilgrimage climaxes
			// on Wednesday": a schedule in the present, which the
			// tagger often makes a plural noun
			return tPresent, 0
		}
	}
	if t.likelyTo(k) {
		return tFuture, 0 // "talks are likely to resume on Monday" (timex/session35.go)
	}
	if t.conditionalPresent(k) {
		// "if Labour wins parliamentary elections in March": a condition
		// in the present looks ahead (tenth round)
		return tFuture, 0
	}
	if t.presentAfterPronoun(k) {
		return tPresent, 0 // "which ends Sunday", "he meets the king Friday"
	}
	switch lw {
	case ",", ";", ":", "--", "(", ")":
		return tNone, 2
	case "that", "which", "who", "when", "while", "because", "but", "after", "before", "until":
		if right {
			return tNone, 3
		}
		return tNone, 0
	case "will", "'ll", "’ll", "shall", "wo", "upcoming":
		return tFuture, 0
	case "going", "plans", "plan", "intends", "intend", "aims", "aim", "expects", "expect",
		"hopes", "hope", "wants", "want", "seeks", "seek", "vowed", "vows", "promised", "promises",
		"threatened", "threatens", "agreed", "agrees":
		if right && (lw == "vowed" || lw == "promised" || lw == "threatened" || lw == "agreed") {
			// "On Friday, the rebels vowed to fight on": the vow is
			// what the date names, and it is past
			return tPast, 0
		}
		if !t.is(k+1, "to") {
			if lw == "vowed" || lw == "promised" || lw == "threatened" || lw == "agreed" {
				return tPast, 0
			}
			return tNone, 0
		}
		if (lw == "vowed" || lw == "promised" || lw == "threatened" || lw == "agreed") && t.nounAfterTo(k+2) {
			// "agreed to a truce in July", "promised to the voters":
			// "to" before a noun phrase is a preposition, not an
			// infinitive, and the verb is past (session 21)
			return tPast, 0
		}
		return tFuture, 0
	case "scheduled", "slated", "due", "expected", "planned", "planning", "set", "poised", "ready",
		"preparing", "prepared":
		// "had been due to expire Friday": a schedule already past; but
		// "was expected to arrive Thursday", "were due Saturday": a
		// schedule reported in the past tense, still ahead
		p := t.w(k - 1).w
		if lyAdverb(p) {
			p = t.w(k - 2).w // "had been initially scheduled"
		}
		if (p == "was" || p == "were" || p == "been" || p == "had") && lw != "planning" && lw != "preparing" {
			if (p == "was" || p == "were") && (lw == "expected" || lw == "due" || lw == "scheduled" || lw == "slated" ||
				t.is(k+1, "to") || t.is(k+1, "for")) {
				return tFuture, 0
			}
			return tPast, 0
		}
		if right && (lw == "planned" || lw == "prepared") {
			// "On Friday, the government planned to hold a service":
			// the planning is what the date names
			return tPast, 0
		}
		if lw == "scheduled" || lw == "slated" || lw == "due" || t.is(k+1, "to") || t.is(k+1, "for") {
			return tFuture, 0
		}
		if lw == "expected" {
			switch p {
			case "is", "are", "'s", "'re", "not", "be", "being":
				// "are not expected in Kuwait until Sunday", "is
				// expected in Lima on Thursday"
				return tFuture, 0
			}
		}
		if (lw == "planned" || lw == "preparing") && !right {
			// "planned a rally on Saturday": the time of what is planned
			return tFuture, 0
		}
		if lw == "set" || lw == "ready" || lw == "poised" || lw == "due" {
			return tNone, 0
		}
	case "would", "'d", "could", "might", "may", "should", "must", "can":
		if lw == "may" && w.upper {
			return tNone, 0
		}
		h := k + 1
		if t.is(h, "not") || t.is(h, "n't") {
			h++
		}
		if (t.is(h, "have") || t.is(h, "'ve")) && t.pastParticiple(h+1) {
			// "would have been 85 on April 15", "could have met
			// Tuesday": a perfect modal looks back
			return tPast, 0
		}
		if lw == "could" && (t.is(k+1, "not") || t.is(k+1, "n't")) {
			// "could not be reached Wednesday": the past of can
			return tPast, 0
		}
		if lw == "could" && t.is(k+1, "be") {
			switch t.w(k + 2).w {
			case "reached", "located", "contacted", "found", "seen", "heard":
				// "could be located Wednesday": the past of can
				return tPast, 0
			}
		}
		return tFuture, 0
	case "as":
		// "as soon as Tuesday", "as early as next week"
		if right && (t.is(k+1, "soon") || t.is(k+1, "early")) && t.is(k+2, "as") {
			return tNone, 0
		}
		if !right && (t.is(k-1, "soon") || t.is(k-1, "early")) && t.is(k-2, "as") {
			return tFuture, 0
		}
	case "is", "are", "am", "'s", "'re":
		if t.is(k+1, "to") || t.is(k+1, "due") || t.is(k+1, "set") || t.is(k+1, "expected") ||
			t.is(k+1, "scheduled") || t.is(k+1, "slated") || t.is(k+1, "going") {
			return tFuture, 0
		}
		if lw == "'s" {
			return tNone, 0
		}
		if t.is(k+1, "being") || t.is(k+1, "been") {
			return tNone, 0
		}
		return tPresent, 0
	case "was", "were", "had", "did", "ago", "since":
		if (lw == "was" || lw == "were") && (t.is(k+1, "planning") || t.is(k+1, "preparing") || t.is(k+1, "going")) && t.is(k+2, "to") {
			return tFuture, 0 // "were planning to drive ... on Monday"
		}
		if (lw == "was" || lw == "were") && t.is(k+1, "to") && !t.is(k+2, "have") {
			return tFuture, 0 // "the two sides were to meet Wednesday": a plan reported
		}
		if right && (lw == "was" || lw == "were") && (t.is(k+1, "scheduled") || t.is(k+1, "due") ||
			t.is(k+1, "expected") || t.is(k+1, "slated")) {
			// "on Saturday was scheduled to meet": a schedule reported,
			// as "was scheduled" before the expression
			return tFuture, 0
		}
		return tPast, 0
	case "to":
		// "the poll, to be published Friday": an infinitive passive looks
		// ahead (not "had to be evacuated Monday")
		if t.is(k+1, "be") && !right {
			// only a passive: "to be published", not "was believed to
			// be an aftershock of a quake on March 26"
			if t.w(k+2).c&cDet != 0 {
				return tNone, 0
			}
			switch t.w(k - 1).w {
			case "had", "has", "have", "was", "were", "used", "appeared", "seemed", "supposed":
				return tNone, 0
			}
			return tFuture, 0
		}
	case "has", "have", "'ve":
		if t.is(k+1, "to") {
			return tFuture, 0
		}
		return tNone, 0 // the present perfect: look further
	case "said", "told", "added", "reported", "announced", "stated", "noted", "explained", "wrote":
		switch t.w(k - 1).w {
		case "be", "being", "is", "are", "'re", "am":
			// a passive participle ("due to be announced on Sunday",
			// "is reported Friday"): the search goes on to "be"
			return tNone, 0
		}
		if right {
			return tPast, 2
		}
		return tPast, 0
	case "says", "tells", "adds":
		if right {
			return tPresent, 2
		}
		return tPresent, 0
	}
	if lw == "" {
		lw = w.raw // capitalised and unknown: only its tag can tell
		if w.xpos == "" {
			return tNone, 0
		}
	}
	if w.xpos != "" && w.xpos != "VBN" {
		switch w.xpos {
		case "VBD":
			return tPast, 0
		case "MD":
			return tFuture, 0
		case "VBZ", "VBP":
			return tPresent, 0
		}
		return tNone, 0
	}
	// A participle (VBN) is read from its form, as without tags: after a
	// determiner it says nothing, elsewhere it is a past ("the blasts
	// killed 257 people", often tagged VBN, or the reduced relative "the
	// envoy killed Tuesday"). A participle after a present form of "be"
	// ("when the case is heard in May") is no past: the search goes on to
	// "is". So is one after "remain" or "stay" ("will remain closed until
	// Monday": an adjective, the search goes on to "will"; seventeenth
	// round).
	switch t.w(k - 1).w {
	case "is", "are", "am", "'re", "be", "been", "being", "remain", "remains", "remained", "stay", "stays", "stayed":
		if pastIrregular[lw] || len(lw) > 4 && lw[len(lw)-2:] == "ed" {
			return tNone, 0
		}
	}
	if pastIrregular[lw] {
		return tPast, 0
	}
	// -ed words: a past tense or a participle; a capitalised one (a name)
	// or one after a determiner (an adjective) says nothing.
	if n := len(lw); n > 4 && lw[n-2:] == "ed" && !w.upper && !edNot[lw] {
		p := t.w(k - 1)
		if p.c&cDet != 0 || p.w == "be" || p.w == "been" || p.w == "being" {
			return tNone, 0
		}
		if right && t.is(k+1, "by") && t.w(k+2).num < 0 && t.w(k+2).c&cNum == 0 && !isDecimal(t.w(k+2).raw) {
			// a passive participle after the expression ("expected
			// in Lima early Thursday accompanied by relatives"), not
			// an amount ("surged by 5.6 percent")
			return tNone, 0
		}
		// "a still unspecified date", "the newly elected mayor": an
		// adjective after an adverb after a determiner
		if t.w(k-2).c&cDet != 0 && (p.w == "still" || p.w == "once" || lyAdverb(p.w)) {
			return tNone, 0
		}
		return tPast, 0
	}
	return tNone, 0
}

// presentSched are verbs in -s that news uses for what is scheduled
// ("resumes on Monday", "opens Friday", "kicks off on Tuesday").
var presentSched = map[string]bool{
	"resumes": true, "opens": true, "reopens": true, "begins": true, "starts": true,
	"closes": true, "convenes": true, "expires": true, "climaxes": true,
	"concludes": true, "kicks": true, "arrives": true, "departs": true, "meets": true,
	"hosts": true, "visits": true, "returns": true, "travels": true, "flies": true,
}

// asClause are participles that follow "as" in a reduced comparative
// clause ("as planned", "as scheduled", "as expected") and so tell
// nothing of the tense of the clause around them.
var asClause = map[string]bool{"planned": true, "scheduled": true, "expected": true,
	"agreed": true, "promised": true, "announced": true, "required": true, "reported": true,
	"intended": true, "usual": true, "foreseen": true, "anticipated": true}

// pastIrregular lists common irregular past-tense verbs of news.
var pastIrregular = map[string]bool{}

// edNot lists -ed words that are not past verbs.
var edNot = map[string]bool{"united": true, "red": true, "need": true, "speed": true,
	"seed": true, "feed": true, "indeed": true, "proceed": true, "exceed": true,
	"succeed": true, "bed": true, "shed": true, "hundred": true, "based": true,
	"related": true, "limited": true, "concerned": true, "interested": true,
	"supposed": true, "used": true, "armed": true, "detailed": true, "advanced": true,
	"embattled": true, "so-called": true, "alleged": true, "unnamed": true, "unidentified": true}

func init() {
	for _, w := range strings.Fields(`arose ate awoke bore beat became began bent bet bid bit
	bled blew broke brought built burned burnt bought caught chose clung came cost crept cut
	dealt dug dove drew dreamt drank drove ate fell fed felt fought found fled flew forbade
	forgot forgave froze got gave went ground grew hung heard hid held hurt kept knelt knew
	laid led leapt learnt left lent lay lit lost made meant met mistook overcame overran
	oversaw overtook overthrew paid proved quit ran rang rose rode sank sat saw sought sold
	sent shook shot shone showed shrank shut sang slid slept slew spoke sped spent spun split
	spread sprang stood stole stuck stung struck strove swore swept swam swung took taught tore
	told thought threw thrust understood undertook upheld withdrew withheld woke wore wove
	wept won wound wrote rebuilt reopened foresaw underwent withstood befell
	forsook misled outgrew overheard partook retook rewrote stank strode slung trod wrung
	dwelt bred died`) {
		pastIrregular[w] = true
	}
}

// directives are verbs that ask someone to act later: "invited Lula to
// visit", "urged both sides to return".
var directives = map[string]bool{
	"invited": true, "invites": true, "invite": true, "urged": true, "urges": true, "urge": true,
	"asked": true, "asks": true, "encouraged": true, "encourages": true, "pressed": true,
	"presses": true, "told": true, "ordered": true, "orders": true, "instructed": true,
	"directed": true, "called": true, "calls": true,
}

// deadlineLead are the words between a deadline's preposition and its
// date: "before the end of June".
var deadlineLead = map[string]bool{
	"the": true, "of": true, "end": true, "beginning": true, "start": true, "middle": true,
	"close": true, "early": true, "late": true,
}

// directedDeadline reports a date on what a directive verb asks for: a
// deadline ("by", "before") on an infinitive the verb governs ("invited
// Mahama to visit Abuja before the end of June", "before the regional
// summit in June"), or a month after "in" there ("invited Ruto to visit
// Dodoma in June"). Both ask for something still to come, whatever the
// tense of "invited". The verb's object may be a long name ("invited
// Nigerian President Bola Tinubu to visit").
func (t *tagger) directedDeadline(i int) bool {
	month := t.w(i).c&cMonth != 0
	// "before the end of June", with i at "June" or at "end"
	for n := 0; n < 4 && i > 0 && deadlineLead[t.w(i-1).w]; n++ {
		i--
	}
	deadline := t.is(i-1, "by") || t.is(i-1, "before")
	if !deadline && t.is(i-1, "in") {
		// "before the East African Community summit in June"
		for k := i - 2; k >= 0 && k >= i-9; k-- {
			w := t.w(k)
			if w.w == "by" || w.w == "before" {
				deadline, i = true, k+1
				break
			}
			if !nominal(w) {
				break
			}
		}
		if !deadline && !month {
			return false
		}
	} else if !deadline {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		switch t.w(k).w {
		case ".", ";", ":", "that", "who", "which", "after", "when":
			return false
		case "to":
			if next := t.w(k + 1).w; next == "be" || next == "have" {
				return false
			}
			if !t.infinitiveAt(k + 1) {
				// "was called back to Beijing in late March": a
				// place, not what is asked for
				return false
			}
			for b := k - 1; b >= 0 && b >= k-8; b-- {
				w := t.w(b)
				if directives[w.w] {
					return true
				}
				if !nominal(w) {
					break
				}
			}
			return false
		}
	}
	return false
}

// infinitiveAt reports whether word k, after "to", may be the verb of
// an infinitive: tagged VB, or untagged and neither capitalised, a
// determiner, a number nor a possessive ("to visit", not "to Beijing",
// "to the capital", "to his post").
func (t *tagger) infinitiveAt(k int) bool {
	x := t.w(k)
	if x.xpos != "" {
		return x.xpos == "VB"
	}
	if x.upper || x.c&cDet != 0 || x.num >= 0 || x.c&cNum != 0 || x.w == "" {
		return false
	}
	switch x.w {
	case "his", "her", "its", "their", "our", "my", "your":
		return false
	}
	return true
}

// nominal reports a word that may stand in a noun phrase between a verb
// and what follows it: a name, noun, adjective, determiner, number or
// possessive ("Nigerian President Bola Tinubu", "his Kenyan counterpart",
// "the East African Community summit"); in untagged text any word but
// punctuation and clause openers.
func nominal(w *word) bool {
	switch w.xpos {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "DT", "PRP", "PRP$", "POS", "CD":
		return true
	case "":
		// Untagged text: any word but punctuation and clause openers.
		if w.w == "" { // a capitalised word the lexicon does not know
			return w.upper
		}
		return w.w[0] != ',' && w.w[0] != '.' && w.w[0] != ';' && !opensClause(w.w)
	}
	return false
}

// coordinatedPredicate reports a coordinating conjunction at word k
// followed at once by a verb the tagger marks finite, or, untagged, by a
// word that is a tense cue itself ("... before the end of June and
// invited", "... on Monday but said"): a second predicate with its own
// tense.
func (t *tagger) coordinatedPredicate(k int) bool {
	switch t.w(k).w {
	case "and", "but", "or":
	default:
		return false
	}
	x := t.w(k + 1)
	if x.xpos != "" {
		switch x.xpos {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	// untagged: a word that is a tense cue of its own ("-ed" verbs,
	// "said", "will")
	c, _ := t.cue(k+1, true)
	return c != tNone
}

// nounAfterTo reports whether word k, right after "to", opens a noun
// phrase rather than an infinitive: a determiner or possessive ("to a
// truce", "to their demands"), or with tags a noun, adjective or number.
func (t *tagger) nounAfterTo(k int) bool {
	x := t.w(k)
	if x.c&cDet != 0 {
		return true
	}
	switch x.w {
	case "his", "her", "its", "their", "our", "my", "your", "this", "these", "those":
		return true
	}
	switch {
	case x.xpos == "":
		return false
	case strings.HasPrefix(x.xpos, "NN"), x.xpos == "JJ", x.xpos == "CD", x.xpos == "PRP$", x.xpos == "DT":
		return true
	}
	return false
}
