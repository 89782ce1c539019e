package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// Tenth round: each rule on a hand-parsed sentence of our own that holds
// the misparse it is for, and the same sentence with the rule off.

// withEntity adds an entity of type typ over tokens [t0, t1] of d.
func withEntity(d *doc.Document, t0, t1 int, typ string) {
	s, e := d.Tokens[t0].Start, d.Tokens[t1].End
	d.Entities = append(d.Entities, doc.Entity{Start: s, End: e, Text: d.Text[s:e], Type: typ})
}

// withTimex marks tokens [t0, t1] of d as a temporal expression.
func withTimex(d *doc.Document, t0, t1 int) {
	s, e := d.Tokens[t0].Start, d.Tokens[t1].End
	d.Timexes = append(d.Timexes, doc.Timex{Start: s, End: e, Text: d.Text[s:e], Type: "DATE"})
}

// checkRule attributes d with rule *sw on and off: with it on, the quote
// of cue must exist and pass ok; with it off, it must not (or fail ok).
func checkRule(t *testing.T, d *doc.Document, sw *bool, cue string, ok func(q *doc.Quote) bool) {
	t.Helper()
	quote.Attribute(d)
	if q := quoteWithCue(d, cue); q == nil || !ok(q) {
		t.Errorf("no right quote for %q: %s", cue, dump(d.Quotes))
	}
	toggle(sw, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, cue); q != nil && ok(q) {
			t.Errorf("with the rule off the quote of %q is still found (test no longer exercises the rule): %s", cue, dump(d.Quotes))
		}
	})
}

func srcIs(q *doc.Quote, s string) bool { return q.Source != nil && q.Source.Text == s }

// "said on Monday that lawmakers must act" with "that" tagged a pronoun.
func TestThatAnyTag(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "governor/NOUN/NN/governor/2/nsubj", "said/VERB/VBD/say/-1/root",
		"on/ADP/IN/on/4/case", "Monday/PROPN/NNP/Monday/2/obl", "that/PRON/WDT/that/8/obj",
		"lawmakers/NOUN/NNS/lawmaker/8/nsubj", "must/AUX/MD/must/8/aux", "act/VERB/VB/act/4/acl:relcl",
		"quickly/ADV/RB/quickly/8/advmod", "./PUNCT/././2/punct",
	})
	withTimex(d, 4, 4)
	checkRule(t, d, &quote.ThatAnyTag, "said", func(q *doc.Quote) bool {
		return q.Content.Text == "that lawmakers must act quickly"
	})
	// A relative "that" followed by its verb opens no content.
	d = handParsed(t, []string{
		"Mwangi/PROPN/NNP/Mwangi/1/nsubj", "said/VERB/VBD/say/-1/root", "little/ADJ/JJ/little/3/amod",
		"that/PRON/WDT/that/4/nsubj", "mattered/VERB/VBD/matter/1/ccomp", "./PUNCT/././1/punct",
	}, [2]int{0, 0})
	quote.Attribute(d)
	if q := quoteWithCue(d, "said"); q != nil && q.Content.Text == "that mattered" {
		t.Errorf("a relative “that” opened the content: %s", dump(d.Quotes))
	}
}

// "Mwangi told AFP he was leaving the party" with the clause hung on the
// addressee.
func TestAddresseeClause(t *testing.T) {
	d := handParsed(t, []string{
		"Mwangi/PROPN/NNP/Mwangi/1/nsubj", "told/VERB/VBD/tell/-1/root", "AFP/PROPN/NNP/AFP/1/iobj",
		"he/PRON/PRP/he/5/nsubj", "was/AUX/VBD/be/5/aux", "leaving/VERB/VBG/leave/2/acl:relcl",
		"the/DET/DT/the/7/det", "party/NOUN/NN/party/5/obj", "./PUNCT/././1/punct",
	}, [2]int{0, 0})
	withEntity(d, 2, 2, "ORG")
	checkRule(t, d, &quote.AddresseeClause, "told", func(q *doc.Quote) bool { return srcIs(q, "Mwangi") })
}

// "Voters are divided over whether the levy should rise": a passive without
// an agent that reports a question.
func TestPassiveClause(t *testing.T) {
	d := handParsed(t, []string{
		"Voters/NOUN/NNS/voter/2/nsubj:pass", "are/AUX/VBP/be/2/aux:pass", "divided/VERB/VBN/divide/-1/root",
		"over/SCONJ/IN/over/8/mark", "whether/SCONJ/IN/whether/8/mark", "the/DET/DT/the/6/det",
		"levy/NOUN/NN/levy/8/nsubj", "should/AUX/MD/should/8/aux", "rise/VERB/VB/rise/2/advcl",
		"./PUNCT/././2/punct",
	})
	// The rule is the passive filter's, not the detector's: a threshold
	// the word clears under any retrained model (eleventh round: 3.8).
	keep := quote.CueFallback
	quote.CueFallback = 0
	defer func() { quote.CueFallback = keep }()
	// PassiveFeeling (thirteenth round) lets "divided" through too.
	toggle(&quote.PassiveFeeling, false, func() {
		checkRule(t, d, &quote.PassiveClause, "divided", func(q *doc.Quote) bool { return true })
	})
}

// "The senator is widely seen as a likely candidate": a passive with an
// "as" adjunct.
func TestPassiveAs(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "senator/NOUN/NN/senator/4/nsubj:pass", "is/AUX/VBZ/be/4/aux:pass",
		"widely/ADV/RB/widely/4/advmod", "seen/VERB/VBN/see/-1/root", "as/ADP/IN/as/8/case",
		"a/DET/DT/a/8/det", "likely/ADJ/JJ/likely/8/amod", "candidate/NOUN/NN/candidate/4/obl",
		"for/ADP/IN/for/10/case", "governor/NOUN/NN/governor/8/nmod", "./PUNCT/././4/punct",
	})
	// PassiveSure (fifteenth round) quotes this passive too: off here.
	toggle(&quote.PassiveSure, false, func() {
		checkRule(t, d, &quote.PassiveAs, "seen", func(q *doc.Quote) bool { return true })
	})
}

// "Of course, as the senator observed, the vote was close."
func TestAsFronted(t *testing.T) {
	d := handParsed(t, []string{
		"Of/ADP/IN/of/1/case", "course/NOUN/NN/course/11/obl", ",/PUNCT/,/,/1/punct",
		"as/SCONJ/IN/as/6/mark", "the/DET/DT/the/5/det", "senator/NOUN/NN/senator/6/nsubj",
		"observed/VERB/VBD/observe/11/advcl", ",/PUNCT/,/,/6/punct", "the/DET/DT/the/9/det",
		"vote/NOUN/NN/vote/11/nsubj", "was/AUX/VBD/be/11/cop", "close/ADJ/JJ/close/-1/root",
		"./PUNCT/././11/punct",
	})
	// LinearRest (fifteenth round) finds the same content: off here.
	toggle(&quote.LinearRest, false, func() {
		checkRule(t, d, &quote.AsFronted, "observed", func(q *doc.Quote) bool {
			return q.Content.Text == "the vote was close" && srcIs(q, "the senator")
		})
	})
}

// "In a new poll, the governor leads by six points": the poll is the
// source; "the polls" a candidate leads in is not.
func TestPollIn(t *testing.T) {
	d := handParsed(t, []string{
		"In/ADP/IN/in/3/case", "a/DET/DT/a/3/det", "new/ADJ/JJ/new/3/amod", "poll/NOUN/NN/poll/7/obl",
		",/PUNCT/,/,/3/punct", "the/DET/DT/the/6/det", "governor/NOUN/NN/governor/7/nsubj",
		"leads/VERB/VBZ/lead/-1/root", "by/ADP/IN/by/10/case", "six/NUM/CD/six/10/nummod",
		"points/NOUN/NNS/point/7/obl", "./PUNCT/././7/punct",
	})
	checkRule(t, d, &quote.PollIn, "In", func(q *doc.Quote) bool {
		return srcIs(q, "a new poll") && q.Content.Text == "the governor leads by six points"
	})
	d = handParsed(t, []string{
		"The/DET/DT/the/1/det", "governor/NOUN/NN/governor/2/nsubj", "leads/VERB/VBZ/lead/-1/root",
		"in/ADP/IN/in/5/case", "the/DET/DT/the/5/det", "polls/NOUN/NNS/poll/2/obl", "./PUNCT/././2/punct",
	})
	quote.Attribute(d)
	if q := quoteWithCue(d, "in"); q != nil {
		t.Errorf("“leads in the polls” made a quote: %s", dump(d.Quotes))
	}
}

// "The plan was first reported by the Standard": the passive subject is
// what was reported.
func TestPassiveTheme(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "plan/NOUN/NN/plan/4/nsubj:pass", "was/AUX/VBD/be/4/aux:pass",
		"first/ADV/RB/first/4/advmod", "reported/VERB/VBN/report/-1/root", "by/ADP/IN/by/7/case",
		"the/DET/DT/the/7/det", "Standard/PROPN/NNP/Standard/4/obl:agent", "./PUNCT/././4/punct",
	})
	withEntity(d, 7, 7, "ORG")
	checkRule(t, d, &quote.PassiveTheme, "reported", func(q *doc.Quote) bool {
		return q.Content.Text == "The plan" && srcIs(q, "the Standard")
	})
}

// "Mwangi wrote: The county has no money left." with the colon ending
// the cue's sentence.
func TestColonNext(t *testing.T) {
	d := handParsed(t, []string{
		"Mwangi/PROPN/NNP/Mwangi/1/nsubj", "wrote/VERB/VBD/write/-1/root", ":/PUNCT/:/:/1/punct",
		"The/DET/DT/the/4/det", "county/NOUN/NN/county/5/nsubj", "has/VERB/VBZ/have/-1/root",
		"no/DET/DT/no/7/det", "money/NOUN/NN/money/5/obj", "left/VERB/VBN/leave/7/acl", "./PUNCT/././5/punct",
	}, [2]int{0, 0})
	// Two sentences: the cue's, ending with its colon, and the content.
	cut := d.Tokens[3].Start
	d.Sentences = []doc.Sentence{
		{Start: 0, End: d.Tokens[2].End, TokenStart: 0, TokenEnd: 3},
		{Start: cut, End: len(d.Text) - 1, TokenStart: 3, TokenEnd: len(d.Tokens)},
	}
	for i := 3; i < len(d.Tokens); i++ {
		d.Tokens[i].Sentence = 1
	}
	checkRule(t, d, &quote.ColonNext, "wrote", func(q *doc.Quote) bool {
		return q.Content.Text == "The county has no money left" && srcIs(q, "Mwangi")
	})
}

// "Otieno called for a ban on fireworks" with "called" parsed as a
// participle on "Otieno".
func TestNameThenVerb(t *testing.T) {
	d := handParsed(t, []string{
		"Otieno/PROPN/NNP/Otieno/-1/root", "called/VERB/VBN/call/0/acl", "for/ADP/IN/for/4/case",
		"a/DET/DT/a/4/det", "ban/NOUN/NN/ban/1/obl", "on/ADP/IN/on/6/case", "fireworks/NOUN/NNS/firework/4/nmod",
		"./PUNCT/././0/punct",
	}, [2]int{0, 0})
	checkRule(t, d, &quote.NameThenVerb, "called", func(q *doc.Quote) bool { return true })
}

// Session 8 findings, each on a sentence of our own with the parse the
// parser gives such sentences.

// "The rights office said on Friday it was alarmed": the clause hung on
// the time is the content.
func TestTimeClause(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/2/det", "rights/NOUN/NNS/right/2/compound", "office/NOUN/NN/office/3/nsubj",
		"said/VERB/VBD/say/-1/root", "on/ADP/IN/on/5/case", "Friday/PROPN/NNP/Friday/3/obl",
		"it/PRON/PRP/it/8/nsubj:pass", "was/AUX/VBD/be/8/aux:pass", "alarmed/VERB/VBN/alarm/5/acl:relcl",
		"by/ADP/IN/by/11/case", "the/DET/DT/the/11/det", "verdict/NOUN/NN/verdict/8/obl:agent",
		"./PUNCT/././3/punct",
	})
	withTimex(d, 5, 5)
	checkRule(t, d, &quote.TimeClause, "said", func(q *doc.Quote) bool { return srcIs(q, "The rights office") })
}

// "Small traders were alarmed by the levy": the traders hold the view,
// the levy is what it is about.
func TestExperiencerPassive(t *testing.T) {
	d := handParsed(t, []string{
		"Small/ADJ/JJ/small/1/amod", "traders/NOUN/NNS/trader/3/nsubj:pass", "were/AUX/VBD/be/3/aux:pass",
		"alarmed/VERB/VBN/alarm/-1/root", "by/ADP/IN/by/6/case", "the/DET/DT/the/6/det",
		"levy/NOUN/NN/levy/3/obl:agent", "./PUNCT/././3/punct",
	})
	checkRule(t, d, &quote.ExperiencerPassive, "alarmed", func(q *doc.Quote) bool {
		return srcIs(q, "Small traders") && q.Content.Text == "the levy"
	})
}

// "Despite the truce, villagers reported heavy shelling overnight": the
// object is what was reported, not the phrase before the comma.
func TestTrailingObject(t *testing.T) {
	d := handParsed(t, []string{
		"Despite/ADP/IN/despite/2/case", "the/DET/DT/the/2/det", "truce/NOUN/NN/truce/5/obl",
		",/PUNCT/,/,/2/punct", "villagers/NOUN/NNS/villager/5/nsubj", "reported/VERB/VBD/report/-1/root",
		"heavy/ADJ/JJ/heavy/7/amod", "shelling/NOUN/NN/shelling/5/obj", "overnight/ADV/RB/overnight/7/advmod",
		"./PUNCT/././5/punct",
	})
	quote.Attribute(d)
	if q := quoteWithCue(d, "reported"); q != nil && q.Content.Text == "Despite the truce" {
		t.Errorf("the fronted phrase is the content: %s", dump(d.Quotes))
	}
	toggle(&quote.TrailingObject, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "reported"); q == nil || q.Content.Text != "Despite the truce" {
			t.Errorf("with the rule off the fronted phrase is not the content (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "Police detained two reporters, the union said, and one was freed
// later": the content ends before the cue.
func TestParenConj(t *testing.T) {
	d := handParsed(t, []string{
		"Police/NOUN/NNS/police/1/nsubj", "detained/VERB/VBD/detain/-1/root", "two/NUM/CD/two/3/nummod",
		"reporters/NOUN/NNS/reporter/1/obj", ",/PUNCT/,/,/7/punct", "the/DET/DT/the/6/det",
		"union/NOUN/NN/union/7/nsubj", "said/VERB/VBD/say/1/advcl", ",/PUNCT/,/,/13/punct",
		"and/CCONJ/CC/and/13/cc", "one/NUM/CD/one/13/nsubj:pass", "was/AUX/VBD/be/13/aux:pass",
		"freed/VERB/VBN/free/7/conj", "later/ADV/RB/later/13/advmod", "./PUNCT/././1/punct",
	})
	checkRule(t, d, &quote.ParenConj, "said", func(q *doc.Quote) bool { return q.Content.Text == "Police detained two reporters" })
}

// "The council is expected to vote next week, an official said": no
// second, sourceless quote of "expected" inside the official's words.
func TestNestedSource(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "council/NOUN/NN/council/3/nsubj:pass", "is/AUX/VBZ/be/3/aux:pass",
		"expected/VERB/VBN/expect/-1/root", "to/PART/TO/to/5/mark", "vote/VERB/VB/vote/3/xcomp",
		"next/ADJ/JJ/next/7/amod", "week/NOUN/NN/week/5/obl:unmarked", ",/PUNCT/,/,/7/punct",
		"an/DET/DT/a/10/det", "official/NOUN/NN/official/11/nsubj", "said/VERB/VBD/say/5/advcl:relcl",
		"./PUNCT/././11/punct",
	})
	quote.Attribute(d)
	if quoteWithCue(d, "said") == nil {
		t.Fatalf("no quote of “said”: %s", dump(d.Quotes))
	}
	if q := quoteWithCue(d, "expected"); q != nil {
		t.Errorf("a sourceless quote of “expected” inside the official's words: %s", dump(d.Quotes))
	}
	toggle(&quote.NestedSource, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "expected") == nil {
			t.Errorf("with the rule off no quote of “expected” (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "…the sanctions on two officers it accused of running the units": a
// relative clause without its pronoun, parsed as parataxis, is no
// parenthetical cue of the whole sentence.
func TestParataxisComma(t *testing.T) {
	d := handParsed(t, []string{
		"Washington/PROPN/NNP/Washington/1/nsubj", "imposed/VERB/VBD/impose/-1/root", "sanctions/NOUN/NNS/sanction/1/obj",
		"on/ADP/IN/on/6/case", "two/NUM/CD/two/6/nummod", "senior/ADJ/JJ/senior/6/amod", "officers/NOUN/NNS/officer/1/obl",
		"it/PRON/PRP/it/8/nsubj", "accused/VERB/VBD/accuse/1/parataxis", "of/SCONJ/IN/of/10/mark",
		"running/VERB/VBG/run/8/advcl", "the/DET/DT/the/12/det", "units/NOUN/NNS/unit/10/obj", "./PUNCT/././1/punct",
	})
	whole := func(q *doc.Quote) bool { return q.Content.Start == 0 }
	quote.Attribute(d)
	if q := quoteWithCue(d, "accused"); q != nil && whole(q) {
		t.Errorf("the main clause is the content of “accused”: %s", dump(d.Quotes))
	}
	toggle(&quote.ParataxisComma, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "accused"); q == nil || !whole(q) {
			t.Errorf("with the rule off the main clause is not the content (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "The envoys held talks that aides said lasted three hours": the aides
// speak, the talks say nothing.
func TestNounRelative(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "envoys/NOUN/NNS/envoy/2/nsubj", "held/VERB/VBD/hold/-1/root",
		"talks/NOUN/NNS/talk/2/obj", "that/SCONJ/IN/that/6/mark", "aides/NOUN/NNS/aide/6/nsubj",
		"said/VERB/VBD/say/3/acl", "lasted/VERB/VBD/last/6/ccomp", "three/NUM/CD/three/9/nummod",
		"hours/NOUN/NNS/hour/7/obj", "./PUNCT/././2/punct",
	})
	quote.Attribute(d)
	if quoteWithCue(d, "said") == nil {
		t.Fatalf("no quote of “said”: %s", dump(d.Quotes))
	}
	if q := quoteWithCue(d, "talks"); q != nil {
		t.Errorf("“talks” is a cue: %s", dump(d.Quotes))
	}
	toggle(&quote.NounRelative, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "talks") == nil {
			t.Errorf("with the rule off no quote of “talks” (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "The court jailed Wanjiru, her lawyer said": the lawyer speaks, not
// Wanjiru.
func TestPossessedNoun(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "court/NOUN/NN/court/2/nsubj", "jailed/VERB/VBD/jail/-1/root",
		"Wanjiru/PROPN/NNP/Wanjiru/2/obj", ",/PUNCT/,/,/7/punct", "her/PRON/PRP$/she/6/nmod:poss",
		"lawyer/NOUN/NN/lawyer/7/nsubj", "said/VERB/VBD/say/2/parataxis", "./PUNCT/././2/punct",
	}, [2]int{3, 3})
	speaker := func() string {
		if q := quoteWithCue(d, "said"); q != nil && q.Speaker != nil {
			return q.Speaker.Name
		}
		return ""
	}
	quote.Attribute(d)
	if s := speaker(); s != "her lawyer" {
		t.Errorf("speaker %q, want “her lawyer”: %s", s, dump(d.Quotes))
	}
	toggle(&quote.PossessedNoun, false, func() {
		quote.Attribute(d)
		if s := speaker(); s == "her lawyer" {
			t.Errorf("with the rule off the speaker is still the lawyer (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "The central bank said … It said …": "it" is the bank.
func TestItSpeaker(t *testing.T) {
	d := annotate(t, "The central bank said on Monday that inflation had slowed in May.\n\nIt said interest rates would stay unchanged until the end of the year.\n")
	speaker := func() string {
		for _, q := range d.Quotes {
			if q.Source != nil && q.Source.Text == "It" && q.Speaker != nil {
				return q.Speaker.Name
			}
		}
		return ""
	}
	if s := speaker(); s != "The central bank" {
		t.Errorf("speaker of “It” %q, want the bank: %s", s, dump(d.Quotes))
	}
	toggle(&quote.ItSpeaker, false, func() {
		quote.Attribute(d)
		if s := speaker(); s != "" {
			t.Errorf("with the rule off “It” still has a speaker (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "The deputies were nominated by the president": an act, not a quote
// of the deputies (PassiveLexicon); "The plan was rejected by the
// council" still quotes the plan (TestPassiveTheme).
func TestPassiveLexicon(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "deputies/NOUN/NNS/deputy/3/nsubj:pass", "were/AUX/VBD/be/3/aux:pass",
		"nominated/VERB/VBN/nominate/-1/root", "by/ADP/IN/by/6/case", "the/DET/DT/the/6/det",
		"president/NOUN/NN/president/3/obl:agent", "./PUNCT/././3/punct",
	})
	quote.Attribute(d)
	if q := quoteWithCue(d, "nominated"); q != nil {
		t.Errorf("an appointment is a quote: %s", dump(d.Quotes))
	}
	toggle(&quote.PassiveLexicon, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "nominated") == nil {
			t.Errorf("with the rule off no quote of “nominated” (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// BenchmarkAttributeRound10 alternates the tenth round's switches off and
// on over the same parsed bench-news stories:
//
//	go test ./quote -run '^$' -bench AttributeRound10 -benchtime 20x
func BenchmarkAttributeRound10(b *testing.B) {
	sw := []*bool{&quote.ThatAnyTag, &quote.AddresseeClause, &quote.PassiveClause, &quote.PassiveAs,
		&quote.AsFronted, &quote.PollIn, &quote.PassiveTheme, &quote.ColonNext, &quote.NameThenVerb,
		&quote.ExperiencerPassive, &quote.ParataxisComma, &quote.NounRelative, &quote.TrailingObject,
		&quote.ParenConj, &quote.NestedSource, &quote.TimeClause, &quote.PossessedNoun, &quote.ItSpeaker,
		&quote.PassiveLexicon, &quote.ClauseQuote, &quote.LongSubject, &quote.UsedCueObject}
	benchSwitchesAlternated(b, func(on bool) {
		for _, p := range sw {
			*p = on
		}
	})
}

// "Mwangi told reporters that the governor “had no plan at all,” adding
// that …": the quotation is part of what "told" reports.
func TestClauseQuote(t *testing.T) {
	d := annotate(t, "Mwangi told reporters that the governor ''had no plan for the drought at all,'' adding that farmers would suffer.\n")
	for _, q := range d.Quotes {
		if q.Kind == quote.Direct && q.Cue != nil && q.Cue.Text == "adding" {
			t.Errorf("the quotation in the reported clause was taken as a direct quote of “adding”: %s", dump(d.Quotes))
		}
	}
	toggle(&quote.ClauseQuote, false, func() {
		quote.Attribute(d)
		direct := false
		for _, q := range d.Quotes {
			direct = direct || q.Kind == quote.Direct && q.Cue != nil && q.Cue.Text == "adding"
		}
		if !direct {
			t.Errorf("with the rule off no direct quote of “adding” (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "“The wells are dry,” the head of the county water board in Garissa,
// Amina Farah, told reporters on Monday.": the subject between the
// quotation and its cue is long.
func TestLongSubject(t *testing.T) {
	d := annotate(t, "\u201cThe wells in the north are dry,\u201d the head of the county water board in Garissa, Amina Farah, told reporters on Monday.\n")
	ok := func() bool {
		for _, q := range d.Quotes {
			if q.Kind == quote.Direct && q.Cue != nil && q.Cue.Text == "told" && q.Source != nil && strings.HasPrefix(q.Source.Text, "the head") {
				return true
			}
		}
		return false
	}
	if !ok() {
		t.Errorf("no direct quote of “told” by the head of the board: %s", dump(d.Quotes))
	}
	toggle(&quote.LongSubject, false, func() {
		quote.Attribute(d)
		if ok() {
			t.Errorf("with the rule off the direct quote is still found (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// The cue of a direct quote does not also quote its addressee (the
// quotation hung loose, as the parser does after a long subject).
func TestUsedCueObject(t *testing.T) {
	d := handParsed(t, []string{
		"\u201c/PUNCT/``/\u201c/4/punct", "The/DET/DT/the/2/det", "wells/NOUN/NNS/well/4/nsubj",
		"are/AUX/VBP/be/4/cop", "dry/ADJ/JJ/dry/8/dep", ",/PUNCT/,/,/4/punct", "\u201d/PUNCT/''/\u201d/4/punct",
		"Farah/PROPN/NNP/Farah/8/nsubj", "told/VERB/VBD/tell/-1/root", "reporters/NOUN/NNS/reporter/8/obj",
		"in/ADP/IN/in/11/case", "Nairobi/PROPN/NNP/Nairobi/9/nmod", "./PUNCT/././8/punct",
	}, [2]int{7, 7})
	second := func() bool {
		for _, q := range d.Quotes {
			if q.Kind != quote.Direct && q.Cue != nil && q.Cue.Text == "told" {
				return true
			}
		}
		return false
	}
	quote.Attribute(d)
	if second() {
		t.Errorf("“told” quotes its addressee too: %s", dump(d.Quotes))
	}
	toggle(&quote.UsedCueObject, false, func() {
		quote.Attribute(d)
		if !second() {
			t.Errorf("with the rule off no second quote of “told” (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}
