package quote_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// A source that is a common noun phrase names its speaker by its mention,
// uncoded, as the contract has it for an actor the knowledge base does not
// know (sentences from the team's wire-style stories and dyad's own).
func TestNounSpeaker(t *testing.T) {
	cases := []struct{ text, cue, speaker string }{
		{"Separately, Kenyan police fired tear gas at protesters in Kisumu on Tuesday who were demonstrating against rising fuel prices, witnesses said.\n", "said", "witnesses"},
		{"The attackers arrived on motorcycles late Friday night and set fire to homes before fleeing into the nearby forest, a Kaduna-based community leader told reporters by telephone.\n", "told", "community leader"},
		{"Last month, troops freed 30 hostages held by bandits near the border, the defence ministry said in a statement on July 22.\n", "said", "defence ministry"},
		{"Gunmen killed at least 12 villagers in an overnight raid on a village in Kaduna state on Saturday, police said, days after the army announced a new offensive.\n", "said", "police"},
		{"A senior aid worker said the camps could not take in more families before the rains.\n", "said", "aid worker"},
	}
	for _, c := range cases {
		d := annotate(t, c.text)
		q := quoteWithCue(d, c.cue)
		if q == nil {
			t.Errorf("%q: no quote with cue %q: %s", c.text, c.cue, dump(d.Quotes))
			continue
		}
		sp := q.Speaker
		if sp == nil || !strings.Contains(sp.Name, c.speaker) || sp.Mention == nil || d.Text[sp.Mention.Start:sp.Mention.End] != sp.Mention.Text {
			t.Errorf("%q: speaker %+v, want one named %q with its mention", c.text, sp, c.speaker)
		} else if sp.Code != "" {
			t.Errorf("%q: speaker %q coded %q, want uncoded", c.text, sp.Name, sp.Code)
		}
	}
	// A pronoun with nothing before it still names no one.
	d := annotate(t, "It said the talks would resume in March.\n")
	if q := quoteWithCue(d, "said"); q != nil && q.Speaker != nil {
		t.Errorf("pronoun source got speaker %+v", q.Speaker)
	}
	quote.NounSpeaker = false
	defer func() { quote.NounSpeaker = true }()
	d = annotate(t, cases[0].text)
	if q := quoteWithCue(d, "said"); q == nil || q.Speaker != nil {
		t.Errorf("NounSpeaker off: want the quote without a speaker: %s", dump(d.Quotes))
	}
}

// A country that only modifies the head of the source ("Argentina's economy
// ministry") gives the speaker its code with the head's sector, not the
// country alone.
func TestPossessorHead(t *testing.T) {
	text := "Earlier this week, Argentina's economy ministry said exports of lithium carbonate had doubled over the past two years.\n"
	d := annotate(t, text)
	q := quoteWithCue(d, "said")
	if q == nil || q.Speaker == nil {
		t.Fatalf("no speaker: %s", dump(d.Quotes))
	}
	if q.Speaker.Code != "ARGGOV" || q.Speaker.Mention == nil || q.Speaker.Mention.Text != "Argentina's economy ministry" {
		t.Errorf("speaker %+v (mention %+v), want ARGGOV for \"Argentina's economy ministry\"", q.Speaker, q.Speaker.Mention)
	}
	// Since actor round 14e (session 26) the actor stage codes "a
	// country's <portfolio> ministry" as one mention of the government,
	// so the speaker is ARGGOV with the rule off too: the quote-stage
	// rule is now a fallback for bodies the actor stage leaves to the
	// country alone.
	quote.PossessorHead = false
	defer func() { quote.PossessorHead = true }()
	d = annotate(t, text)
	if q := quoteWithCue(d, "said"); q == nil || q.Speaker == nil || q.Speaker.Code != "ARGGOV" {
		t.Errorf("PossessorHead off: want ARGGOV from the actor stage: %s", dump(d.Quotes))
	}
}

// Verbs that report an act or a likeness are no cues: "imposed new
// sanctions" (ActVerbs), "The violence echoes attacks" (ThingEchoes);
// verbs PolNeAR annotates as attributions (ordering, planning, agreeing,
// expecting, a person echoing another) stay.
func TestNotSaying(t *testing.T) {
	none := []struct {
		text, cue string
		sw        *bool
	}{
		{"The European Union on Thursday imposed new sanctions on Belarus over its role in smuggling migrants toward the Polish border, freezing the assets of 14 officials and two state companies.\n", "imposed", &quote.ActVerbs},
		{"The violence echoes attacks of the late 1990s, when clashes between herders and farmers displaced tens of thousands across the Middle Belt.\n", "echoes", &quote.ThingEchoes},
	}
	for _, c := range none {
		d := annotate(t, c.text)
		if q := quoteWithCue(d, c.cue); q != nil {
			t.Errorf("%q: a quote with cue %q: %s", c.text, c.cue, dump(d.Quotes))
		}
		*c.sw = false
		d = annotate(t, c.text)
		*c.sw = true
		if q := quoteWithCue(d, c.cue); q == nil {
			t.Errorf("%q with its rule off: want the cue %q back (the rule's reason): %s", c.text, c.cue, dump(d.Quotes))
		}
	}
	kept := []struct{ text, cue string }{
		{"Hours later, Belarus ordered two Polish diplomats to leave the country within 72 hours, accusing them of espionage.\n", "ordered"},
		{"Polish Prime Minister Donald Tusk said his government had asked NATO for help. He plans to travel to Vilnius next week to discuss border security.\n", "plans"},
		{"Opposition lawmakers echoed the criticism on Tuesday, calling the levy unfair.\n", "echoed"},
	}
	for _, c := range kept {
		d := annotate(t, c.text)
		if q := quoteWithCue(d, c.cue); q == nil {
			t.Errorf("%q: no quote with cue %q: %s", c.text, c.cue, dump(d.Quotes))
		}
	}
}
