package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
)

// parsed builds a one-sentence document from "form/UPOS/lemma/head/deprel"
// specs (heads 0-based, -1 the root).
func parsed(t *testing.T, specs ...string) *doc.Document {
	t.Helper()
	d := &doc.Document{}
	var text strings.Builder
	for i, s := range specs {
		f := strings.Split(s, "/")
		if len(f) != 5 {
			t.Fatalf("bad token %q", s)
		}
		if i > 0 && f[1] != "PUNCT" {
			text.WriteByte(' ')
		}
		head := 0
		if _, err := fmt.Sscan(f[3], &head); err != nil {
			t.Fatalf("bad head in %q", s)
		}
		start := text.Len()
		text.WriteString(f[0])
		d.Tokens = append(d.Tokens, doc.Token{Start: start, End: text.Len(), UPOS: f[1], Lemma: f[2], Head: head, Deprel: f[4]})
	}
	d.Text = text.String()
	d.Paragraphs = []doc.Paragraph{{Start: 0, End: len(d.Text)}}
	d.Sentences = []doc.Sentence{{Start: 0, End: len(d.Text), TokenStart: 0, TokenEnd: len(d.Tokens)}}
	return d
}

// "the opposition" naming the party is no cue; "opposition to the levy"
// and "their opposition" are stances.
func TestPartyOpposition(t *testing.T) {
	party := parsed(t, "The/DET/the/1/det", "opposition/NOUN/opposition/2/nsubj", "boycotted/VERB/boycott/-1/root",
		"the/DET/the/4/det", "vote/NOUN/vote/2/obj", "in/ADP/in/6/case", "parliament/NOUN/parliament/4/nmod", "./PUNCT/./2/punct")
	stance := parsed(t, "Farmers/NOUN/farmer/1/nsubj", "voiced/VERB/voice/-1/root", "opposition/NOUN/opposition/1/obj",
		"to/ADP/to/5/case", "the/DET/the/5/det", "levy/NOUN/levy/2/nmod", "./PUNCT/./1/punct")
	own := parsed(t, "They/PRON/they/1/nsubj", "repeated/VERB/repeat/-1/root", "their/PRON/their/3/nmod:poss",
		"opposition/NOUN/opposition/1/obj", "./PUNCT/./1/punct")
	if !newAnalysis(party).notSaying(1) {
		t.Error(`"The opposition boycotted the vote": "opposition" taken as a possible cue`)
	}
	if newAnalysis(stance).notSaying(2) || newAnalysis(own).notSaying(3) {
		t.Error(`"opposition to the levy" or "their opposition" kept from being a cue`)
	}
	keep := PartyOpposition
	PartyOpposition = false
	defer func() { PartyOpposition = keep }()
	if newAnalysis(party).notSaying(1) {
		t.Error("with the rule off the party noun is still kept from being a cue (test no longer exercises the rule)")
	}
}
