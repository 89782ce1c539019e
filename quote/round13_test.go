package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// Thirteenth round: each rule on hand-parsed sentences of our own, with
// the rule on and off.

// "Okello said he saw no reason to change course, telling reporters that
// the plan would stand." with "telling" hung on "change": Okello tells
// them, not "he" of the reported clause.
func TestUpFar(t *testing.T) {
	d := handParsed(t, []string{
		"Okello/PROPN/NNP/Okello/1/nsubj", "said/VERB/VBD/say/-1/root", "he/PRON/PRP/he/3/nsubj",
		"saw/VERB/VBD/see/1/ccomp", "no/DET/DT/no/5/det", "reason/NOUN/NN/reason/3/obj",
		"to/PART/TO/to/7/mark", "change/VERB/VB/change/5/acl", "course/NOUN/NN/course/7/obj",
		",/PUNCT/,/,/10/punct", "telling/VERB/VBG/tell/7/advcl", "reporters/NOUN/NNS/reporter/10/iobj",
		"that/SCONJ/IN/that/16/mark", "the/DET/DT/the/14/det", "plan/NOUN/NN/plan/16/nsubj",
		"would/AUX/MD/would/16/aux", "stand/VERB/VB/stand/10/ccomp", "./PUNCT/././1/punct",
	}, [2]int{0, 0})
	source := func() string {
		quote.Attribute(d)
		if q := quoteWithCue(d, "telling"); q != nil && q.Source != nil {
			return q.Source.Text
		}
		return ""
	}
	toggle(&quote.UpFar, true, func() {
		if s := source(); s != "Okello" {
			t.Errorf("source of telling %q, want Okello: %s", s, dump(d.Quotes))
		}
	})
	toggle(&quote.UpFar, false, func() {
		if s := source(); s == "Okello" {
			t.Errorf("with the rule off the source is still Okello (test no longer exercises the rule)")
		}
	})
}

// "Peskov declined to say whether more talks were planned.": one quote,
// the refusal, not a second quote of "say".
func TestDeclineSay(t *testing.T) {
	d := handParsed(t, []string{
		"Peskov/PROPN/NNP/Peskov/1/nsubj", "declined/VERB/VBD/decline/-1/root", "to/PART/TO/to/3/mark",
		"say/VERB/VB/say/1/xcomp", "whether/SCONJ/IN/whether/8/mark", "more/ADJ/JJR/more/6/amod",
		"talks/NOUN/NNS/talk/8/nsubj:pass", "were/AUX/VBD/be/8/aux:pass", "planned/VERB/VBN/plan/3/ccomp",
		"./PUNCT/././1/punct",
	}, [2]int{0, 0})
	toggle(&quote.DeclineSay, true, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "declined") == nil || quoteWithCue(d, "say") != nil {
			t.Errorf("want one quote, cue declined: %s", dump(d.Quotes))
		}
	})
	// NestedSpeechScore (session 27) would also keep "say" from nesting.
	keep := quote.NestedSpeechScore
	quote.NestedSpeechScore = -quote.CueNever
	defer func() { quote.NestedSpeechScore = keep }()
	toggle(&quote.DeclineSay, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "say") == nil {
			t.Errorf("with the rule off there is no quote of say (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "Many voters are divided over the plan.": a passive verb of feeling
// without an agent; the voters hold the views.
func TestPassiveFeeling(t *testing.T) {
	d := handParsed(t, []string{
		"Many/ADJ/JJ/many/1/amod", "voters/NOUN/NNS/voter/3/nsubj:pass", "are/AUX/VBP/be/3/aux:pass",
		"divided/VERB/VBN/divide/-1/root", "over/ADP/IN/over/6/case", "the/DET/DT/the/6/det",
		"plan/NOUN/NN/plan/3/obl", "./PUNCT/././3/punct",
	})
	toggle(&quote.PassiveFeeling, true, func() {
		quote.Attribute(d)
		q := quoteWithCue(d, "divided")
		if q == nil || q.Source == nil || q.Source.Text != "Many voters" {
			t.Errorf("want a quote of divided with the source Many voters: %s", dump(d.Quotes))
		}
	})
	toggle(&quote.PassiveFeeling, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "divided") != nil {
			t.Errorf("with the rule off there is still a quote of divided (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// "Amnesty International said …" with both words parsed as subjects, and
// "The ministry on Friday said …" with the time hung on the subject.
func TestSourceTidy(t *testing.T) {
	d := handParsed(t, []string{
		"Amnesty/PROPN/NNP/Amnesty/2/nsubj", "International/PROPN/NNP/International/2/nsubj",
		"said/VERB/VBD/say/-1/root", "three/NUM/CD/three/4/nummod", "people/NOUN/NNS/people/7/nsubj:pass",
		"had/AUX/VBD/have/7/aux", "been/AUX/VBN/be/7/aux:pass", "killed/VERB/VBN/kill/2/ccomp",
		"./PUNCT/././2/punct",
	})
	d2 := handParsed(t, []string{
		"The/DET/DT/the/1/det", "ministry/NOUN/NN/ministry/4/nsubj", "on/ADP/IN/on/3/case",
		"Friday/PROPN/NNP/Friday/1/nmod", "said/VERB/VBD/say/-1/root", "talks/NOUN/NNS/talk/7/nsubj",
		"would/AUX/MD/would/7/aux", "resume/VERB/VB/resume/4/ccomp", "./PUNCT/././4/punct",
	})
	fr := d2.Tokens[3]
	d2.Timexes = []doc.Timex{{Start: fr.Start, End: fr.End, Text: "Friday", Type: "DATE"}}
	source := func(d *doc.Document) string {
		quote.Attribute(d)
		if q := quoteWithCue(d, "said"); q != nil && q.Source != nil {
			return q.Source.Text
		}
		return ""
	}
	toggle(&quote.SourceTidy, true, func() {
		if s := source(d); s != "Amnesty International" {
			t.Errorf("source %q, want Amnesty International: %s", s, dump(d.Quotes))
		}
		if s := source(d2); s != "The ministry" {
			t.Errorf("source %q, want The ministry: %s", s, dump(d2.Quotes))
		}
	})
	toggle(&quote.SourceTidy, false, func() {
		if s := source(d); s == "Amnesty International" {
			t.Errorf("with the rule off the name is still whole (test no longer exercises the rule)")
		}
		if s := source(d2); s == "The ministry" {
			t.Errorf("with the rule off the time is still left out (test no longer exercises the rule)")
		}
	})
}
