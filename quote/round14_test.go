package quote_test

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// Fourteenth round: each rule on hand-parsed sentences of our own, with
// the rule on and off.

// sourceOf attributes d and returns the source of the quote whose cue is
// cue, "-" when it has none and "" when there is no such quote.
func sourceOf(d *doc.Document, cue string) string {
	quote.Attribute(d)
	q := quoteWithCue(d, cue)
	switch {
	case q == nil:
		return ""
	case q.Source == nil:
		return "-"
	}
	return q.Source.Text
}

// "The plan faced criticism from farmers.": the farmers criticise the plan.
func TestNounAgent(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "plan/NOUN/NN/plan/2/nsubj", "faced/VERB/VBD/face/-1/root",
		"criticism/NOUN/NN/criticism/2/obj", "from/ADP/IN/from/5/case", "farmers/NOUN/NNS/farmer/3/nmod",
		"./PUNCT/././2/punct",
	})
	toggle(&quote.NounAgent, true, func() {
		s := sourceOf(d, "criticism")
		q := quoteWithCue(d, "criticism")
		if s != "farmers" || q.Content.Text != "The plan" {
			t.Errorf("want source farmers, content The plan: %s", dump(d.Quotes))
		}
	})
	toggle(&quote.NounAgent, false, func() {
		if s := sourceOf(d, "criticism"); s == "farmers" {
			t.Errorf("with the rule off the source is still farmers (test no longer exercises the rule)")
		}
	})
}

// "The poll shows Odinga leading the race." with "shows" tagged a noun and
// "poll" its compound: the poll is the source.
func TestNounCompound(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/2/det", "poll/NOUN/NN/poll/2/compound", "shows/NOUN/NNS/show/-1/root",
		"Odinga/PROPN/NNP/Odinga/4/nsubj", "leading/VERB/VBG/lead/2/acl", "the/DET/DT/the/6/det",
		"race/NOUN/NN/race/4/obj", "./PUNCT/././2/punct",
	}, [2]int{3, 3})
	toggle(&quote.NounCompound, true, func() {
		if s := sourceOf(d, "shows"); s != "The poll" {
			t.Errorf("source of shows %q, want The poll: %s", s, dump(d.Quotes))
		}
	})
	toggle(&quote.NounCompound, false, func() {
		if s := sourceOf(d, "shows"); s == "The poll" || s == "" {
			t.Errorf("with the rule off the source is %q (test no longer exercises the rule)", s)
		}
	})
}

// "The report has two notes, one saying the donors broke the law.": the
// note says it.
func TestAclHolder(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "report/NOUN/NN/report/2/nsubj", "has/VERB/VBZ/have/-1/root",
		"two/NUM/CD/two/4/nummod", "notes/NOUN/NNS/note/2/obj", ",/PUNCT/,/,/6/punct",
		"one/NUM/CD/one/4/appos", "saying/VERB/VBG/say/6/acl", "the/DET/DT/the/9/det",
		"donors/NOUN/NNS/donor/10/nsubj", "broke/VERB/VBD/break/7/ccomp", "the/DET/DT/the/12/det",
		"law/NOUN/NN/law/10/obj", "./PUNCT/././2/punct",
	})
	toggle(&quote.AclHolder, true, func() {
		if s := sourceOf(d, "saying"); s != "one" {
			t.Errorf("source of saying %q, want one: %s", s, dump(d.Quotes))
		}
	})
	toggle(&quote.AclHolder, false, func() {
		if s := sourceOf(d, "saying"); s == "one" || s == "" {
			t.Errorf("with the rule off the source is %q (test no longer exercises the rule)", s)
		}
	})
}

// "The farmer pinned all his hopes on the plan.": the farmer's hopes, and
// the source is the farmer, not "his".
func TestOwnerSubject(t *testing.T) {
	d := handParsed(t, []string{
		"The/DET/DT/the/1/det", "farmer/NOUN/NN/farmer/2/nsubj", "pinned/VERB/VBD/pin/-1/root",
		"all/DET/PDT/all/5/det:predet", "his/PRON/PRP$/he/5/nmod:poss", "hopes/NOUN/NNS/hope/2/obj",
		"on/ADP/IN/on/8/case", "the/DET/DT/the/8/det", "plan/NOUN/NN/plan/5/nmod", "./PUNCT/././2/punct",
	})
	toggle(&quote.OwnerSubject, true, func() {
		if s := sourceOf(d, "hopes"); s != "The farmer" {
			t.Errorf("source of hopes %q, want The farmer: %s", s, dump(d.Quotes))
		}
	})
	toggle(&quote.OwnerSubject, false, func() {
		if s := sourceOf(d, "hopes"); s == "The farmer" || s == "" {
			t.Errorf("with the rule off the source is %q (test no longer exercises the rule)", s)
		}
	})
	// "her" does not refer back to "he": the possessor stays.
	d = handParsed(t, []string{
		"He/PRON/PRP/he/1/nsubj", "pinned/VERB/VBD/pin/-1/root", "all/DET/PDT/all/4/det:predet",
		"her/PRON/PRP$/she/4/nmod:poss", "hopes/NOUN/NNS/hope/1/obj", "on/ADP/IN/on/7/case",
		"the/DET/DT/the/7/det", "plan/NOUN/NN/plan/4/nmod", "./PUNCT/././1/punct",
	})
	if s := sourceOf(d, "hopes"); s != "her" {
		t.Errorf("source of hopes %q, want her: %s", s, dump(d.Quotes))
	}
}

// "Okello said he would stay and added that the vote was a fraud." with
// "added" hung on "stay": Okello adds it, as PolNeAR marks.
func TestConjReporter(t *testing.T) {
	d := handParsed(t, []string{
		"Okello/PROPN/NNP/Okello/1/nsubj", "said/VERB/VBD/say/-1/root", "he/PRON/PRP/he/4/nsubj",
		"would/AUX/MD/would/4/aux", "stay/VERB/VB/stay/1/ccomp", "and/CCONJ/CC/and/6/cc",
		"added/VERB/VBD/add/4/conj", "that/SCONJ/IN/that/11/mark", "the/DET/DT/the/9/det",
		"vote/NOUN/NN/vote/11/nsubj", "was/AUX/VBD/be/11/cop", "a/DET/DT/a/11/det",
		"fraud/NOUN/NN/fraud/6/ccomp", "./PUNCT/././1/punct",
	}, [2]int{0, 0})
	toggle(&quote.ConjReporter, true, func() {
		if s := sourceOf(d, "added"); s != "Okello" {
			t.Errorf("source of added %q, want Okello: %s", s, dump(d.Quotes))
		}
	})
	// ConjSpeech (seventeenth round) gives Okello the speech verb too:
	// off here, so that this rule is tested alone.
	toggle(&quote.ConjSpeech, false, func() {
		toggle(&quote.ConjReporter, false, func() {
			if s := sourceOf(d, "added"); s == "Okello" || s == "" {
				t.Errorf("with the rule off the source is %q (test no longer exercises the rule)", s)
			}
		})
	})
}

// A title "Kenyan Opposition Leader Odinga Praises Ruto Peace Plan" with
// every word tagged a name, over a first paragraph of its own: Odinga
// praises the plan.
func TestHeadlineVerb(t *testing.T) {
	d := handParsed(t, []string{
		"Kenyan/ADJ/JJ/Kenyan/3/amod", "Opposition/PROPN/NNP/Opposition/2/compound", "Leader/PROPN/NNP/Leader/3/compound",
		"Odinga/PROPN/NNP/Odinga/-1/root", "Praises/PROPN/NNP/Praises/3/flat", "Ruto/PROPN/NNP/Ruto/7/compound",
		"Peace/PROPN/NNP/Peace/7/compound", "Plan/PROPN/NNP/Plan/3/appos", "./PUNCT/././3/punct",
		"Odinga/PROPN/NNP/Odinga/10/nsubj", "spoke/VERB/VBD/speak/-1/root", "in/ADP/IN/in/12/case",
		"Kisumu/PROPN/NNP/Kisumu/10/obl", "./PUNCT/././10/punct",
	}, [2]int{3, 3})
	// Two sentences, each a paragraph of its own.
	mid := d.Tokens[8].End
	d.Paragraphs = []doc.Paragraph{{Start: 0, End: mid}, {Start: mid + 1, End: len(d.Text) - 1}}
	d.Sentences = []doc.Sentence{
		{Start: 0, End: mid, TokenStart: 0, TokenEnd: 9, Paragraph: 0},
		{Start: mid + 1, End: len(d.Text) - 1, TokenStart: 9, TokenEnd: 14, Paragraph: 1},
	}
	for i := 9; i < 14; i++ {
		d.Tokens[i].Sentence = 1
	}
	toggle(&quote.HeadlineVerb, true, func() {
		quote.Attribute(d)
		q := quoteWithCue(d, "Praises")
		if q == nil || q.Source == nil || q.Source.Text != "Kenyan Opposition Leader Odinga" || q.Content.Text != "Ruto Peace Plan" {
			t.Errorf("want Kenyan Opposition Leader Odinga / Praises / Ruto Peace Plan: %s", dump(d.Quotes))
		}
	})
	toggle(&quote.HeadlineVerb, false, func() {
		quote.Attribute(d)
		if quoteWithCue(d, "Praises") != nil {
			t.Errorf("with the rule off Praises is still a cue (test no longer exercises the rule)")
		}
	})
}

// "The new fuel tax has angered bus owners in the county.": the owners
// are angry (source) at the tax (content).
func TestFeelingCause(t *testing.T) {
	d := annotate(t, "The new fuel tax has angered bus owners in the county.\n")
	toggle(&quote.FeelingCause, true, func() {
		quote.Attribute(d)
		q := quoteWithCue(d, "angered")
		if q == nil || q.Source == nil || q.Source.Text != "bus owners" || q.Content.Text != "The new fuel tax" {
			t.Errorf("want source bus owners, content The new fuel tax: %s", dump(d.Quotes))
		}
	})
	toggle(&quote.FeelingCause, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "angered"); q == nil || q.Content.Text == "The new fuel tax" {
			t.Errorf("with the rule off the content is still the subject (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// BenchmarkAttributeRound14 compares attribution with the fourteenth
// round's switches off and on, alternately over the same parsed stories:
//
//	go test ./quote -run '^$' -bench AttributeRound14 -benchtime 20x
func BenchmarkAttributeRound14(b *testing.B) {
	benchSwitchesAlternated(b, func(on bool) {
		quote.UseLearnedCues(true)
		quote.NounAgent, quote.NounCompound, quote.AclHolder, quote.OwnerSubject = on, on, on, on
		quote.ConjReporter, quote.HeadlineVerb, quote.FeelingCause = on, on, on
	})
}
