package pipeline

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/read"
)

// Session 34's lead round (event/lead34.go) on stories written for the
// test: an arrival with no place of its own in a datelined story is a visit
// to the dateline's country, not when the arriving side is of that country
// or the sentence names a place elsewhere; the relative "which" after an
// object stands for the object; "the arrests" condemned stand for the
// arrest told before (deedActs).
func TestLead34DatelineArrival(t *testing.T) {
	story := "NAIROBI - Ethiopian Prime Minister Abiy Ahmed arrived at the city's main airport on Wednesday " +
		"for two days of talks.\n\nKenyan President William Ruto arrived at the airport an hour later.\n\n" +
		"Abiy also criticised Egypt, which he accused of blocking talks on the river."
	elsewhere := "NAIROBI - Ethiopian Prime Minister Abiy Ahmed arrived in Kampala on Wednesday for talks."
	talks := "DOHA - Qatar hosted the first direct talks in two years between the Sudanese army and the Rapid " +
		"Support Forces on Monday.\n\nThe Qatari prime minister said both sides had agreed to a truce."
	arrests := "KAMPALA - Ugandan police arrested 20 opposition supporters at a rally on Friday.\n\n" +
		"The opposition leader Bobi Wine condemned the arrests on Saturday."
	for _, c := range []struct {
		text      string
		si        int
		want, not string
	}{
		{story, 0, "042 ETHGOV>KEN", "046"},
		{story, 1, "", "042 KENGOV>KEN"},
		{story, 2, "112 ETHGOV>EGY", ""},
		{elsewhere, 0, "042 ETHGOV>UGA", ">KEN"},
		// the arrests stand for the act of the sentence before
		{arrests, 1, "111 UGAOPP>UGACOP", ""},
		// "both sides" of talks between two others: not the host (betweenPair)
		{talks, 1, "SDNMIL>SDNREB", "QATGOV"},
	} {
		got := datelinedEvents(t, c.text, c.si)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%q sentence %d: events %q (want %q, not %q)", c.text, c.si, got, c.want, c.not)
		}
	}
}

// datelinedEvents runs the standard stages on text after the reader's
// dateline step, as `dyad code` does, and lists sentence si's events.
func datelinedEvents(t *testing.T, text string, si int) string {
	t.Helper()
	stages, err := Standard(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: "t", Text: text, Date: "2026-03-12"}
	read.FindDateline(d)
	for _, s := range stages {
		if err := s.Process(d); err != nil {
			t.Fatalf("stage %s: %v", s.Name(), err)
		}
	}
	return sentenceEventList(d, si)
}
