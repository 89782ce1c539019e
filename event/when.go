package event

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad/doc"
)

// Event dating.
//
// Date runs after the coder, as its own pipeline stage, and reads the
// temporal expressions the timex stage left in d.Timexes. An event takes
// the date of the expression attached to its own clause, else of the
// nearest clause governing it, else the publication date marked
// "unresolved". See docs/EVENTS.md, "Dates".

// Date types (CONTRACT.md §3).
const (
	DateExact      = "exact"
	DateApprox     = "approximate"
	DateRange      = "range"
	DateUnresolved = "unresolved"
)

// Date sets Date, DateEnd and DateType of every event in d.Events from
// d.Timexes and the dependency parse:
//
//  1. a DATE or TIME expression attached to the event's own clause: in the
//     subtree of the trigger (or of an infinitive it governs, "plans to
//     visit ... on Friday") without crossing another clause;
//  2. else one attached to the nearest clause governing the event's clause
//     ("met on Friday and signed ..." gives "signed" Friday; "said on
//     Monday that ..." gives the reported event Monday, as an
//     approximate date). An intended event does not inherit the date of
//     the clause that reports it;
//  3. else the publication date, "unresolved".
//
// A day (or a time, cut to its day) is "exact"; a month, week, quarter or
// year keeps its granularity ("2024-05") and is "approximate", as are the
// fuzzy PAST_REF, PRESENT_REF and FUTURE_REF, which give the publication
// date. Durations and sets are not dates. A deadline on an intended event
// ("will visit before April 30", "by the end of the year") is a range from
// publication to the deadline; "since May" a range from May to
// publication; "from May 2 to May 5" a range between the two. A bare
// weekday whose direction disagrees with the event's tense is moved a
// week ("met on Friday" is never after publication).
func Date(d *doc.Document) {
	if len(d.Events) == 0 {
		return
	}
	defer openTrees(d)()
	var s sent
	cur := -1
	var drop []bool // events to drop, made at the first one
	for i := range d.Events {
		e := &d.Events[i]
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			setUnresolved(d, e)
			continue
		}
		if e.Sentence != cur {
			s.reset(d, e.Sentence)
			cur = e.Sentence
		}
		dropIt := dateEvent(d, &s, e)
		if e.DateType == DateUnresolved {
			occasionVerbDate(d, &s, e) // when_r6.go
		}
		if e.DateType == DateUnresolved {
			tailDayFallback(d, &s, e) // when_r8.go
		}
		if e.DateType == DateUnresolved {
			clauseAnchorDate(d, &s, e) // when_r11.go
		}
		if dropIt && hasGuestHalf(d, i) {
			if drop == nil {
				drop = make([]bool, len(d.Events))
			}
			drop[i] = true
		} else if e.Cameo == "043" && e.Modality == "intended" {
			// A scheduled hosting with no guest's half to carry it
			// ("hosts Abiy in Nairobi on May 10"): the host's own
			// intention to meet.
			recode(e, "036")
		}
	}
	restateDates(d)
	restateNounDates(d)  // where_r4.go
	sameOccasionDates(d) // when_r5.go
	backOccasionDates(d) // when_r7.go
	carryBackDates(d)    // when_r9.go
	laterLeadDates(d)    // when_r10.go
	leadRemarkDates(d)   // when_r10.go
	planCarryDates(d)    // when_r10.go
	voicedDates(d)       // when_r33.go
	if drop != nil {
		// The hosting half of a visit found to be scheduled goes with it.
		out := d.Events[:0]
		for i, e := range d.Events {
			if !drop[i] {
				out = append(out, e)
			}
		}
		d.Events = out
	}
}

// dropHistorical removes from evs (the news coder's events, not yet
// dated) those historical by their dates (d.Timexes, as Date would set
// them): background the news guide does not code. Date itself drops none:
// it dates whatever events it is given.
func dropHistorical(d *doc.Document, evs []doc.Event) []doc.Event {
	if len(evs) == 0 || len(d.Timexes) == 0 {
		return evs
	}
	var s sent
	cur := -1
	out := evs[:0]
	for _, ev := range evs {
		if ev.Sentence >= 0 && ev.Sentence < len(d.Sentences) {
			if ev.Sentence != cur {
				s.reset(d, ev.Sentence)
				cur = ev.Sentence
			}
			e := ev
			dateEvent(d, &s, &e)
			if historical(d, &s, &e) {
				continue
			}
		}
		out = append(out, ev)
	}
	return out
}

// historical reports whether event e, dated, happened two calendar years
// or more before publication ("signed a tripartite accord in 2003" in a
// 2006 story, "sought support in a telephone conversation in November
// 1976"). A range ("have fought since 2003")
// reaches publication and stays, and so does a present perfect ("has
// invited", "has hanged 214 since 1980"), which reaches the present.
func historical(d *doc.Document, s *sent, e *doc.Event) bool {
	if e.DateType != DateExact && e.DateType != DateApprox {
		return false
	}
	if v, _ := eventTokens(s, e.Action); v >= 0 {
		for _, k := range s.kids[v] {
			if s.rel[k] == rAux && (s.lower[k] == "has" || s.lower[k] == "have") {
				return false
			}
		}
	}
	if len(d.Date) < 4 {
		return false
	}
	y, ok := lastYear(e.Date)
	p, err := strconv.Atoi(d.Date[:4])
	return ok && err == nil && y <= p-2
}

// lastYear is the last year of a TimeML date value: its year, or the end
// of a century ("19": 1999) or decade ("192": 1929).
func lastYear(v string) (int, bool) {
	if len(v) >= 4 {
		y, err := strconv.Atoi(v[:4])
		return y, err == nil
	}
	if len(v) < 2 {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, false
	}
	if len(v) == 2 {
		return n*100 + 99, true
	}
	return n*10 + 9, true
}

// hasGuestHalf reports whether hosting event i has its guest's half in the
// document: an event of the same action from its target to its source.
func hasGuestHalf(d *doc.Document, i int) bool {
	h := &d.Events[i]
	for j := range d.Events {
		g := &d.Events[j]
		if j != i && g.Sentence == h.Sentence && g.Action == h.Action && g.Cameo != "043" &&
			g.Source.Code == actorCode(h.Target) && actorCode(g.Target) == h.Source.Code {
			return true
		}
	}
	return false
}

func actorCode(a *doc.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// recode gives event e the CAMEO code c (with its root, quad class,
// weight and PLOVER type) as an intention.
func recode(e *doc.Event, code string) {
	setCode(e, code)
	e.Modality = "intended"
}

// setCode gives event e the CAMEO code c with its root, quad class, weight
// and PLOVER type.
func setCode(e *doc.Event, code string) {
	c, _ := Cameo(code)
	e.Cameo, e.CameoRoot, e.QuadClass, e.Goldstein = code, c.Root, c.Quad, c.Goldstein
	e.Plover, e.PloverMode = c.Plover, c.PloverMode
}

// scheduled recodes a meeting or visit written in the present tense with a
// day after publication ("leaves for Washington on April 24 for talks",
// "meets the president on Friday") as the intention it is: 036, intended.
// It reports true for a hosting (043 from the host), which Date drops when
// the guest's half of the visit is there (an announced visit codes 036
// alone) and otherwise recodes as the host's 036.
func scheduled(d *doc.Document, s *sent, e *doc.Event, v int) (drop bool) {
	if e.Negated || d.Date == "" || !strings.HasPrefix(e.Cameo, "04") || !after(e.Date, d.Date) {
		return false
	}
	switch xpos := s.d.Tokens[s.base+v].XPOS; {
	case e.Modality != "intended" && (e.DateType == DateExact || e.DateType == DateRange) && futureInPast(s, v):
		// "Tayan would visit Israel between April 7 and 9": a plan told
		// in the past, not a condition.
	case e.Modality == "asserted" && (e.DateType == DateExact || twoDays(e)) && (xpos == "VBZ" || xpos == "VBP"):
	default:
		return false
	}
	if e.Cameo == "043" {
		// Dropped when the guest's half is there to carry the plan; else
		// Date recodes it as the host's intention.
		e.Modality = "intended"
		return true
	}
	if c := intentionCode(e.Cameo); c != "" {
		recode(e, c)
	} else {
		recode(e, "036")
	}
	return false
}

func setUnresolved(d *doc.Document, e *doc.Event) {
	e.Date, e.DateEnd, e.DateType = d.Date, "", DateUnresolved
}

// tmx is a temporal expression of the sentence seen from the tree.
type tmx struct {
	x    *doc.Timex
	head int    // sentence token heading the expression
	prep string // its preposition: "on", "by", "since", ...
}

// futureInPast reports whether verb v is a "would" future with no
// condition: a "would" auxiliary and no "if", "unless" or "whether" on the
// clause or a clause it hangs from.
func futureInPast(s *sent, v int) bool {
	would := false
	for x, steps := v, 0; x >= 0 && !would && steps < 4; steps++ {
		// "would attend ... and hold talks": the conjoined verb shares it.
		for _, k := range s.kids[x] {
			if s.rel[k] == rAux && s.lower[k] == "would" {
				would = true
			}
		}
		if s.rel[x] != rConj {
			break
		}
		x = s.head[x]
	}
	if !would {
		return false
	}
	for y, steps := v, 0; y >= 0 && steps < 6; steps++ {
		for _, k := range s.kids[y] {
			if s.rel[k] == rMark && (s.lower[k] == "if" || s.lower[k] == "unless" || s.lower[k] == "whether") {
				return false
			}
			if s.rel[k] == rAdvcl && y == v {
				for _, m := range s.kids[k] {
					if s.rel[m] == rMark && (s.lower[m] == "if" || s.lower[m] == "unless") {
						return false
					}
				}
			}
		}
		y = s.head[y]
	}
	return true
}

// dateEvent dates e; it reports true when e is the hosting half of a visit
// found to be scheduled (see scheduled), which the caller drops.
func dateEvent(d *doc.Document, s *sent, e *doc.Event) bool {
	setUnresolved(d, e)
	v, verbs := eventTokens(s, e.Action)
	if v < 0 || !parsed(s) {
		return false
	}
	verbs = ownVerbs(s, e, verbs)
	xs := sentenceTimexes(d, s)
	if len(xs) == 0 {
		return false
	}
	future := e.Modality == "intended" || clauseFuture(s, v)
	past := !future && clausePast(s, v)
	// 1. The event's own clause (not the day of a happening named inside
	// one of its phrases: "praised the army for its help in a raid last
	// month").
	own := attached(s, xs, verbs)
	own = slices.DeleteFunc(own, func(x tmx) bool {
		return nestedHappening(s, x, verbs) || invites(s, e, verbs) && invitedTime(d, s, x, verbs) ||
			sinceTail(s, x, v) // event/everyday35.go
	})
	// "gave the army until Sunday to hand over power": a deadline the
	// parser made a clause's subject (when_r8.go)
	dl := deadlineSubjects(s, xs, verbs)
	if !future && !deadlineDemand(e) {
		dl = nil
	}
	own = append(own, dl...)
	if len(own) > 0 {
		applyTimexes(d, s, e, own, xs, future, past, false)
		deadlineEnd(d, e, dl)
		return scheduled(d, s, e, v)
	}
	// 1a. A day the parser hung on a participle of the event's object
	// ("seized a boat belonging to the navy Friday"), the planned day of
	// an intended act's object ("will attend the summit scheduled on
	// Friday"; when_object.go).
	if own := objectParticipleTimes(s, xs, e, verbs); len(own) > 0 {
		applyTimexes(d, s, e, own, xs, future, past, false)
		return scheduled(d, s, e, v)
	}
	// 1c. A time the sentence opens with that the parser made the root,
	// the event's clause hung on it ("Late last month, police arrested
	// ..."; where_r4.go).
	if own := frontedRootTime(s, xs, v); len(own) > 0 {
		applyTimexes(d, s, e, own, xs, future, past, false)
		return scheduled(d, s, e, v)
	}
	// 1d. The day that closes the reported clause before ", the police
	// said", hung elsewhere by the parser (when_r8.go).
	if own := reportedTailDay(d, s, xs, v, verbs, false); len(own) > 0 {
		applyTimexes(d, s, e, own, xs, future, past, false)
		return scheduled(d, s, e, v)
	}
	// 1b. A "when" clause of the event's shares its time ("were killed
	// when two helicopters crashed last February").
	var whens []int
	for _, k := range s.kids[v] {
		if s.rel[k] == rAdvcl {
			for _, m := range s.kids[k] {
				if (s.rel[m] == rMark || s.rel[m] == rAdvmod) && (s.lower[m] == "when" || s.lower[m] == "as" || s.lower[m] == "while") {
					whens = append(whens, k)
				}
			}
		}
	}
	if own := attached(s, xs, whens); len(whens) > 0 && len(own) > 0 {
		applyTimexes(d, s, e, own, xs, future, past, true)
		return false
	}
	// 2. Governing clauses, nearest first.
	top := v
	for _, k := range verbs {
		if s.inSubtree(top, k) {
			top = k
		}
	}
	viaConj := true
	abClause := -1 // an "after" or "before" clause on the way up
	earlier := earlierClause(s, v)
	if earlier >= 0 && !earlierDays(s, earlier) {
		earlier = -1
	}
	for x, steps := top, 0; x >= 0 && steps <= s.n; steps++ {
		if s.rel[x] != rConj && s.rel[x] != rXcomp {
			viaConj = false
		}
		if x == earlier {
			// "spoke on Monday, two days after Uganda closed its
			// border": the act told as days earlier keeps no day of
			// the main clause (where_trip.go)
			return false
		}
		if abClause < 0 && afterBeforeClause(s, x) {
			abClause = x
		}
		if s.rel[x] == rConj && ownPerfect(s, x) {
			// "The United States imposed sanctions last year, and the EU
			// has threatened similar measures": a conjunct with a subject
			// and a present perfect of its own keeps no time of the other
			return false
		}
		g := s.head[x]
		for g >= 0 && !clauseHead(s, g) {
			g = s.head[g]
		}
		if g < 0 {
			return false
		}
		nominal := x == top && e.Modality == "intended" && plannedNominal(s, x, g) // event/everyday34.go
		if !viaConj && e.Modality == "intended" && !nominal {
			// "said on Monday it will visit": Monday is when it was said.
			return false
		}
		own := attached(s, xs, []int{g})
		own = slices.DeleteFunc(own, func(x tmx) bool { return sinceTail(s, x, v) }) // event/everyday35.go
		if abClause >= 0 && len(own) > 0 && !timeInClause(s, own, abClause) {
			// "arrived in Harare on Thursday after touring Zambia": the
			// tour is told as earlier, not on Thursday (when_r8.go)
			return false
		}
		if viaConj && len(own) > 0 {
			// "called a strike for Thursday and demanded the release": a
			// day after "for" is the other verb's object's (the strike's)
			own = slices.DeleteFunc(own, func(x tmx) bool { return forDay(s, x) })
			if len(own) == 0 {
				return false
			}
		}
		if len(own) > 0 {
			f, p := future, past
			if viaConj && e.Modality == "intended" && !scheduleVerbs[s.lemma[g]] {
				// "agreed on Wednesday to reopen the border", "condemned
				// the killings on Sunday and offered to help": the day is
				// when the governing verb happened, read in its tense;
				// not so "was scheduled to meet on Saturday".
				f = clauseFuture(s, g)
				p = !f && clausePast(s, g)
			}
			applyTimexes(d, s, e, own, xs, f, p, !viaConj && !nominal)
			if viaConj {
				return scheduled(d, s, e, v)
			}
			return false
		}
		x = g
	}
	return false
}

// parsed reports whether the sentence has a dependency tree.
func parsed(s *sent) bool {
	for i := 0; i < s.n; i++ {
		if s.head[i] >= 0 {
			return true
		}
	}
	return false
}

// eventTokens returns the trigger token of an action span (the token of
// the span highest in the tree, a verb preferred) and the tokens that make
// up the event's clause: the span's tokens and the infinitives and
// participles they govern as xcomp.
func eventTokens(s *sent, act doc.Span) (int, []int) {
	var in []int
	for i := 0; i < s.n; i++ {
		a, b := s.tokenSpan(i)
		if a >= act.Start && b <= act.End && a < b {
			in = append(in, i)
		}
	}
	if len(in) == 0 {
		return -1, nil
	}
	v := -1
	for _, i := range in {
		h := s.head[i]
		inside := false
		for _, j := range in {
			if h == j {
				inside = true
			}
		}
		if !inside && (v < 0 || isVerbal(s.upos[i]) && !isVerbal(s.upos[v])) {
			v = i
		}
	}
	if v < 0 {
		v = in[0]
	}
	verbs := append([]int(nil), in...)
	for k := 0; k < len(verbs) && k < 32; k++ {
		for _, c := range s.kids[verbs[k]] {
			if s.rel[c] == rXcomp {
				verbs = append(verbs, c)
			}
		}
	}
	return v, verbs
}

// ownPerfect reports whether clause v has a subject of its own and a
// present perfect ("the EU has threatened").
func ownPerfect(s *sent, v int) bool {
	subj, perfect := false, false
	for _, k := range s.kids[v] {
		switch {
		case s.rel[k] == rNsubj || s.rel[k] == rNsubjPass:
			subj = true
		case s.rel[k] == rAux && (s.lower[k] == "has" || s.lower[k] == "have"):
			perfect = true
		}
	}
	return subj && perfect
}

// asksFor reports whether e's code asks someone else to act (appeals 02,
// demands 10): the act asked for ("urged the authorities to investigate
// the shooting ... on Monday evening") has its own time and place.
func asksFor(e *doc.Event) bool {
	return strings.HasPrefix(e.Cameo, "02") || strings.HasPrefix(e.Cameo, "10")
}

// invites reports whether e is an invitation made (not one intended) on
// one of verbs: the visit it invites to ("invited Abiy to visit Nairobi
// before the end of June") has its own time and place, like an act asked
// for.
func invites(s *sent, e *doc.Event, verbs []int) bool {
	if e.Modality == "intended" {
		return false
	}
	for _, k := range verbs {
		if s.lemma[k] == "invite" {
			return true
		}
	}
	return false
}

// invitedTime reports whether expression x is the time of the act an
// invitation on one of verbs invites to, not of the invitation: in the
// invited act's clause, and a deadline or a time after publication ("to
// visit Nairobi before the end of June", "to visit next month"). A past time
// there is the invitation's, hung low by the parser ("invited Abiy to rejoin
// the talks on Monday").
func invitedTime(d *doc.Document, s *sent, x tmx, verbs []int) bool {
	in := false
	for _, k := range verbs {
		if s.lemma[k] != "invite" {
			continue
		}
		for _, c := range s.kids[k] {
			if s.rel[c] == rXcomp && s.inSubtree(x.head, c) {
				in = true
			}
		}
	}
	if !in {
		return false
	}
	switch x.prep {
	case "by", "before", "until", "till":
		return true
	}
	date, typ := dateOf(d, x.x.Value)
	return typ != DateUnresolved && d.Date != "" && date > d.Date
}

// ownVerbs leaves out of an appeal's or demand's clause the verbs of the
// act asked for, which eventTokens adds as the trigger's open complements.
func ownVerbs(s *sent, e *doc.Event, verbs []int) []int {
	if !asksFor(e) {
		return verbs
	}
	out := verbs[:0:0]
	for _, k := range verbs {
		if s.rel[k] != rXcomp || !slices.Contains(verbs, s.head[k]) {
			out = append(out, k)
		}
	}
	return out
}

// inAskedAct reports whether token h lies in the open complement of v that
// an appeal or demand asks for.
func inAskedAct(s *sent, e *doc.Event, v, h int) bool {
	if !asksFor(e) && !invites(s, e, []int{v}) {
		return false
	}
	for _, c := range s.kids[v] {
		if s.rel[c] == rXcomp && s.inSubtree(h, c) {
			return true
		}
	}
	return false
}

// clauseHead reports whether token i heads a clause: a verb, the root, or
// a clausal dependent.
func clauseHead(s *sent, i int) bool {
	switch s.rel[i] {
	case rRoot, rCcomp, rXcomp, rAdvcl, rAcl, rRelcl, rParataxis:
		return true
	case rConj:
		return s.upos[i] == "VERB" || s.upos[i] == "AUX"
	}
	return s.upos[i] == "VERB"
}

// sentenceTimexes returns the sentence's dates and times with their heads.
func sentenceTimexes(d *doc.Document, s *sent) []tmx {
	st := d.Sentences[s.idx]
	var out []tmx
	for i := range d.Timexes {
		x := &d.Timexes[i]
		if x.Start < st.Start || x.End > st.End {
			continue
		}
		if x.Type != "DATE" && x.Type != "TIME" {
			continue
		}
		h := spanHead(s, x.Start, x.End)
		if h < 0 {
			continue
		}
		out = append(out, tmx{x: x, head: h, prep: prepBefore(s, d, h, x.Start)})
	}
	return out
}

// spanHead is the token of [start, end) highest in the tree, or -1.
func spanHead(s *sent, start, end int) int {
	best := -1
	for i := 0; i < s.n; i++ {
		a, b := s.tokenSpan(i)
		if a < start || b > end {
			continue
		}
		h := s.head[i]
		if h >= 0 {
			ha, hb := s.tokenSpan(h)
			if ha >= start && hb <= end {
				continue
			}
		}
		if best < 0 {
			best = i
		}
	}
	return best
}

// prepBefore is the preposition of the phrase headed by h that begins at
// byte start: its case dependents, else the word just before the phrase
// when it is a preposition the parser left elsewhere.
func prepBefore(s *sent, d *doc.Document, h, start int) string {
	if p := s.caseOf(h); p != "" {
		return p
	}
	for i := s.n - 1; i >= 0; i-- {
		a, b := s.tokenSpan(i)
		if b <= start {
			w := lowerASCII(d.Text[a:b])
			if s.upos[i] == "ADP" || w == "by" || w == "before" || w == "until" || w == "since" {
				return w
			}
			return ""
		}
	}
	return ""
}

// attached returns the expressions whose phrase hangs from one of the
// tokens of clause without crossing another clause.
func attached(s *sent, xs []tmx, clause []int) []tmx {
	var out []tmx
	for _, x := range xs {
		if reaches(s, x.head, clause) {
			out = append(out, x)
		}
	}
	return out
}

// nestedHappening reports a time expression that hangs on a noun of a
// happening which is itself inside another nominal of the event's clause
// ("for its help in a raid last month", "welcomed the outcome of the talks
// last week"): the time is that happening's. A happening noun on the verb
// itself ("attacked the convoy in a raid last month", "signed it at the
// summit last week") is the event's own.
func nestedHappening(s *sent, x tmx, verbs []int) bool {
	for n, steps := s.head[x.head], 0; n >= 0 && steps <= s.n; steps++ {
		if slices.Contains(verbs, n) || clauseHead(s, n) {
			return false
		}
		if g := s.head[n]; g >= 0 && s.upos[n] == "NOUN" && (happeningNouns[s.lemma[n]] || eraNouns[s.lemma[n]]) &&
			!slices.Contains(verbs, g) && (s.upos[g] == "NOUN" || s.upos[g] == "PROPN") {
			// (a happening the event is timed from is the event's anchor:
			// "383 attacks since last April's offensive"; not an era)
			if eraNouns[s.lemma[n]] {
				// an era keeps its years, not a day the parser hung on it
				// ("since the 2014 conflict on Tuesday")
				return yearValue(x.x.Value)
			}
			return !anchorCase(s, n)
		}
		n = s.head[n]
	}
	return false
}

// yearValue reports a TIMEX3 value of a month or longer ("2014", "198X",
// "2006-07": "the July 2006 war" names its era), not a day.
func yearValue(v string) bool {
	if len(v) != 4 && !(len(v) == 7 && v[4] == '-') {
		return false
	}
	for i := 0; i < 4; i++ {
		if c := v[i]; (c < '0' || c > '9') && c != 'X' {
			return false
		}
	}
	return true
}

// anchorCase reports a nominal governed by a preposition that times
// something from it ("since", "after", "before", "until", "following").
func anchorCase(s *sent, n int) bool {
	for _, k := range s.kids[n] {
		if s.rel[k] == rCase {
			switch s.lower[k] {
			case "since", "after", "before", "until", "following":
				return true
			}
		}
	}
	return false
}

// happeningNouns name happenings with a time of their own.
var happeningNouns = map[string]bool{
	"raid": true, "attack": true, "strike": true, "airstrike": true, "bombing": true,
	"shelling": true, "clash": true, "ambush": true, "offensive": true, "invasion": true,
	"massacre": true, "killing": true, "assassination": true, "coup": true, "crash": true,
	"talk": true, "talks": true, "meeting": true, "summit": true, "visit": true,
	"election": true, "vote": true, "referendum": true, "protest": true, "incident": true,
}

// eraNouns name long happenings of the past whose years stay theirs even
// after "since" ("signed up for the first time since the 1979
// revolution", "recovery from its 1975-1990 civil war").
var eraNouns = map[string]bool{
	"war": true, "conflict": true, "uprising": true, "revolution": true, "genocide": true,
	"occupation": true, "siege": true, "crisis": true,
}

func reaches(s *sent, h int, clause []int) bool {
	for x, steps := s.head[h], 0; x >= 0 && steps <= s.n; steps++ {
		for _, c := range clause {
			if x == c {
				return true
			}
		}
		if clauseHead(s, x) {
			return false // another clause
		}
		x = s.head[x]
	}
	return false
}

// scheduleVerbs are the governing verbs whose day is the planned event's
// ("was scheduled on Saturday to meet", "is expected on Friday to sign").
var scheduleVerbs = map[string]bool{
	"schedule": true, "expect": true, "due": true, "set": true, "slate": true,
	"plan": true, "intend": true, "aim": true, "hope": true, "reschedule": true,
}

// clauseFuture and clausePast read the tense of the clause headed by v
// from its auxiliaries and tags.
func clauseFuture(s *sent, v int) bool {
	for _, k := range s.kids[v] {
		if s.rel[k] == rAux || s.rel[k] == rAuxPass {
			switch s.lower[k] {
			case "will", "'ll", "shall", "wo":
				return true
			}
		}
	}
	return false
}

func clausePast(s *sent, v int) bool {
	if s.d.Tokens[s.base+v].XPOS == "VBD" {
		return true
	}
	for _, k := range s.kids[v] {
		if s.rel[k] == rAux || s.rel[k] == rAuxPass || s.rel[k] == rCop {
			switch s.lower[k] {
			case "was", "were", "had", "did", "'d":
				return true
			}
		}
	}
	if s.d.Tokens[s.base+v].XPOS == "" && s.upos[v] == "VERB" && s.lemma[v] != s.lower[v] &&
		(strings.HasSuffix(s.lower[v], "ed") || pastForms[s.lower[v]]) {
		return true
	}
	return false
}

var pastForms = map[string]bool{
	"met": true, "held": true, "said": true, "told": true, "made": true, "took": true,
	"gave": true, "sent": true, "went": true, "came": true, "fought": true, "struck": true,
	"shot": true, "hit": true, "led": true, "left": true, "won": true, "lost": true, "began": true,
	"fled": true, "broke": true, "stood": true, "sought": true, "threw": true, "spoke": true,
}

// applyTimexes dates e from the expressions xs attached to its clause
// (all is every date of the sentence, for the end of a range). inherited
// is set when they belong to a governing clause.
func applyTimexes(d *doc.Document, s *sent, e *doc.Event, xs, all []tmx, future, past, inherited bool) {
	xs, ok := r11Candidates(d, s, e, xs, future, past) // when_r11.go
	if !ok {
		return
	}
	// A range written "from X to Y" or "between X and Y".
	var from, to *tmx
	for i := range xs {
		switch xs[i].prep {
		case "from", "between":
			if from == nil {
				from = &xs[i]
			}
		case "to", "until", "till", "through", "and":
			if from != nil && to == nil && xs[i].x.Start > from.x.Start {
				to = &xs[i]
			}
		}
	}
	if from != nil && to == nil {
		// "from May 6 to May 9", "between May 2 and May 5": the second
		// date often hangs from the first.
		for i := range all {
			if all[i].x.Start > from.x.Start && all[i].head != from.head && s.inSubtree(all[i].head, from.head) {
				to = &all[i]
				break
			}
		}
	}
	if from != nil && to != nil {
		a, ta := dateOf(d, from.x.Value)
		b, tb := dateOf(d, to.x.Value)
		if ta != DateUnresolved && tb != DateUnresolved && a != "" && b != "" {
			e.Date, e.DateEnd, e.DateType = a, b, DateRange
			return
		}
	}
	// Otherwise the expression nearest the trigger, a fuzzy one last.
	v, _ := eventTokens(s, e.Action)
	best, bestD := -1, 1<<30
	for i, x := range xs {
		dist := x.head - v
		if dist < 0 {
			dist = -dist
		}
		if isFuzzy(x.x.Value) {
			dist += 1000
		}
		if dist < bestD {
			best, bestD = i, dist
		}
	}
	x := xs[best]
	if forDay(s, x) && past {
		// "called a strike for Thursday", "set the vote for Friday": a
		// day named as the object's planned time lies ahead of the verb
		future, past = true, false
	}
	if past && deadlinePrep(x.prep) && deadlineDemand(e) {
		// "gave the army until Sunday": the deadline lies ahead of the
		// past ultimatum; its weekday is not moved back (when_r8.go)
		past = false
	}
	val := fixWeekday(d, x.x, future, past)
	val = anaphoricPastDay(d, x, val, past) // when_r10.go
	val = pastYearDay(d, x, all, val, past) // when_r8.go
	date, typ := dateOf(d, val)
	if typ == DateUnresolved {
		return
	}
	switch x.prep {
	case "by", "before", "until", "till", "no later than", "by the end of", "ahead of":
		if (future || deadlineDemand(e)) && !inherited {
			if !future && d.Date != "" && after(d.Date, date) {
				date = deadlineAhead(date, x.x.Text)
			}
			e.Date, e.DateEnd, e.DateType = d.Date, date, DateRange
			if d.Date == "" || after(e.Date, e.DateEnd) {
				e.Date, e.DateEnd, e.DateType = date, "", DateApprox
			}
			return
		}
		typ = DateApprox
	case "since":
		if d.Date != "" && !after(date, d.Date) && !isFuzzy(val) {
			e.Date, e.DateEnd, e.DateType = date, d.Date, DateRange
			return
		}
		typ = DateApprox
	case "after", "around", "about", "circa":
		typ = DateApprox
	}
	if inherited && typ == DateExact {
		typ = DateApprox
	}
	if typ == DateExact {
		// "on Monday and Tuesday": both days (when_r7.go)
		if end := nextDayConj(d, s, x, all, date, future, past); end != "" {
			e.Date, e.DateEnd, e.DateType = date, end, DateRange
			return
		}
	}
	e.Date, e.DateEnd, e.DateType = date, "", typ
}

// deadlineAhead moves a deadline day its text gives without a year
// ("gave the army until March 1 to hand over power", told in November) to
// the next year: a deadline lies ahead of the ultimatum or demand that sets
// it, though the past verb resolved it to the day before publication. A day
// with its year written, or any other value, stays.
func deadlineAhead(date, text string) string {
	if len(date) != len("2006-01-02") || yearWritten(text) {
		return date
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return date
	}
	return strconv.Itoa(y+1) + date[4:]
}

// yearWritten reports whether a temporal expression's text writes a year:
// four digits in a row, or an apostrophe before two ("March 1 '27").
func yearWritten(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			run++
			if run == 4 || run == 2 && i >= 2 && text[i-2] == '\'' {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// after reports whether date a lies after period b, compared at the
// coarser of their granularities ("2024-05-02" is not after "2024").
func after(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] > b[:n]
}

func isFuzzy(v string) bool { return strings.HasSuffix(v, "_REF") }

// TimexDate is the event date and date type a TimeML value gives when an
// event takes it, against publication date pub ("2024-04-30T19:00" is
// "2024-04-30", exact; "2024-05" approximate; PAST_REF pub, approximate;
// "XXXX-04-30" nothing, unresolved).
func TimexDate(pub, value string) (string, string) {
	return dateOf(&doc.Document{Date: pub}, value)
}

// dateOf turns a TimeML value into an event date and its type: a day is
// exact, a coarser period approximate, a fuzzy reference the publication
// date (approximate), an unresolved value (with X) nothing.
func dateOf(d *doc.Document, v string) (string, string) {
	if isFuzzy(v) {
		if d.Date == "" {
			return "", DateUnresolved
		}
		return d.Date, DateApprox
	}
	if v == "" || strings.IndexByte(v, 'X') >= 0 || v[0] < '0' || v[0] > '9' {
		return "", DateUnresolved
	}
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		v = v[:i]
	}
	if isDay(v) {
		return v, DateExact
	}
	return v, DateApprox
}

// isDay reports whether v is YYYY-MM-DD.
func isDay(v string) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i, c := range []byte(v) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

var weekdayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// fixWeekday moves a bare weekday ("on Friday", "Friday night") a week
// when its value contradicts the tense of the event's own clause: the
// tagger decides a weekday's direction from the nearest tense cue, which
// in a sentence of two clauses may be the other clause's.
func fixWeekday(d *doc.Document, x *doc.Timex, future, past bool) string {
	v := x.Value
	if d.Date == "" || len(v) < 10 || !isDay(v[:10]) || (!future && !past) {
		return v
	}
	weekday := false
	for _, f := range strings.FieldsFunc(strings.ToLower(x.Text), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.'
	}) {
		switch {
		case weekdayWords[f]:
			weekday = true
		case f == "last" || f == "next" || f == "this" || f == "coming" || f == "past":
			return v
		case f != "" && (f[0] >= '0' && f[0] <= '9' || monthWords[f]):
			return v
		}
	}
	if !weekday {
		return v
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return v
	}
	day := v[:10]
	switch {
	case past && day > d.Date:
		t = t.AddDate(0, 0, -7)
	case future && day < d.Date:
		t = t.AddDate(0, 0, 7)
	default:
		return v
	}
	return t.Format("2006-01-02") + v[10:]
}

// monthNames are the months written in full; monthWords adds their
// abbreviations.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true,
}

var monthWords = func() map[string]bool {
	m := map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
		"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}
	for w := range monthNames {
		m[w] = true
	}
	return m
}()

// forDay reports a time phrase of its own after "for" ("a strike for
// Thursday"), not a day that modifies a noun ("for Friday prayers").
func forDay(s *sent, x tmx) bool {
	return x.prep == "for" && s.caseOf(x.head) == "for" && s.rel[x.head] != rCompound
}
