package tone

import (
	"math"
	"strings"
	"testing"

	tonedata "github.com/dyadproject/dyad/data/tone"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// segmented returns a document of text with sentences and tokens.
func segmented(text string) *doc.Document {
	d := &doc.Document{Text: text}
	segment.Segment(d)
	return d
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestLexiconLoads(t *testing.T) {
	l, err := parseLexicon(tonedata.AFINN165)
	if err != nil {
		t.Fatal(err)
	}
	n := len(l.words)
	for _, ps := range l.phrases {
		n += len(ps)
	}
	if n < 3000 {
		t.Fatalf("lexicon has %d entries, want the 3,382 of AFINN-165", n)
	}
	for w, want := range map[string]int{"good": 3, "killed": -3, "peace": 2, "attack": -1} {
		if got, ok := l.words[w]; !ok || got != want {
			t.Errorf("score of %q = %d (present %v), want %d", w, got, ok, want)
		}
	}
	if _, err := parseLexicon("# only a comment\n"); err == nil {
		t.Error("an empty lexicon parsed without error")
	}
	if _, err := parseLexicon("good\tthree\n"); err == nil {
		t.Error("a non-numeric score parsed without error")
	}
}

func TestSentenceTone(t *testing.T) {
	for _, tc := range []struct {
		text     string
		pos, neg int // positive and negative items
		words    int
	}{
		// 10 words; "welcomed" and "successful" positive.
		{"The minister welcomed the successful talks in Nairobi on Tuesday.", 2, 0, 10},
		// "killed" and "attack" negative.
		{"Gunmen killed four villagers in an attack near the border.", 0, 2, 10},
		// "not" flips "good": one negative item; "not" itself is not scored.
		{"The envoy said the proposal was not good for the region.", 0, 1, 11},
		// "n't" flips "support" within three words.
		{"Parliament didn't really support the budget.", 0, 1, 7},
		// "No one was injured": "injured" is three words after "no".
		{"No one was injured in the blast, police said.", 1, 0, 9},
		// "Not" flips "agreed", but the comma closes the negation window:
		// "praised" stays positive.
		{"Not everyone agreed, but observers praised the vote.", 1, 1, 8},
		// "like" as a preposition is not scored once the syntax stage
		// tagged it ADP (see TestFunctionWordsSkipped); untagged, it is.
		{"Neighbouring countries like Norway sent ships.", 1, 0, 6},
		// Four words away is out of reach: "hope" stays positive.
		{"There was no change in the hope of the refugees.", 1, 0, 10},
		// A phrase of the lexicon scores once: "can't stand" is negative.
		{"Farmers say they can't stand the new tariffs.", 0, 1, 9},
	} {
		d := segmented(tc.text)
		got := Sentence(d, 0)
		c := counts{words: tc.words, pos: tc.pos, neg: tc.neg}.tone()
		if got.Words != tc.words || !near(got.Positive, c.Positive) || !near(got.Negative, c.Negative) {
			t.Errorf("%q: got %+v, want %d words, %d positive, %d negative (%+v)",
				tc.text, got, tc.words, tc.pos, tc.neg, c)
		}
	}
}

func TestGDELTFigures(t *testing.T) {
	got := counts{words: 40, pos: 3, neg: 5}.tone()
	want := doc.Tone{Tone: -5, Positive: 7.5, Negative: 12.5, Polarity: 20, Words: 40}
	if !near(got.Tone, want.Tone) || !near(got.Positive, want.Positive) || !near(got.Negative, want.Negative) ||
		!near(got.Polarity, want.Polarity) || got.Words != want.Words {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if z := (counts{}).tone(); z != (doc.Tone{}) {
		t.Errorf("no words: got %+v, want zero", z)
	}
}

func TestScoreDocumentAndEvents(t *testing.T) {
	d := segmented("Rebels attacked a convoy and killed two soldiers. " +
		"Later the two sides signed a peace agreement and praised the mediators.")
	if len(d.Sentences) != 2 {
		t.Fatalf("want 2 sentences, got %d", len(d.Sentences))
	}
	d.Events = []doc.Event{{Sentence: 0}, {Sentence: 1}, {Sentence: 7}}
	Score(d)
	if d.Tone == nil {
		t.Fatal("Score left d.Tone nil")
	}
	s0, s1 := Sentence(d, 0), Sentence(d, 1)
	if s0.Tone >= 0 || s1.Tone <= 0 {
		t.Errorf("sentence tones %v and %v, want negative then positive", s0.Tone, s1.Tone)
	}
	if d.Tone.Words != s0.Words+s1.Words {
		t.Errorf("document words %d, want %d + %d", d.Tone.Words, s0.Words, s1.Words)
	}
	// The document's counts are the sentences' counts summed.
	pos := (s0.Positive*float64(s0.Words) + s1.Positive*float64(s1.Words)) / float64(d.Tone.Words)
	if !near(d.Tone.Positive, pos) || !near(d.Tone.Tone, d.Tone.Positive-d.Tone.Negative) ||
		!near(d.Tone.Polarity, d.Tone.Positive+d.Tone.Negative) {
		t.Errorf("document tone %+v inconsistent with its sentences %+v, %+v", *d.Tone, s0, s1)
	}
	if e := d.Events[0].Tone; e == nil || *e != s0 {
		t.Errorf("event 0 tone %v, want %+v", e, s0)
	}
	if e := d.Events[1].Tone; e == nil || *e != s1 {
		t.Errorf("event 1 tone %v, want %+v", e, s1)
	}
	if d.Events[2].Tone != nil {
		t.Errorf("event with no such sentence got tone %+v", *d.Events[2].Tone)
	}
}

func TestUsesLemmaAndCase(t *testing.T) {
	// "CONDEMNS" is found lower-cased; a lemma from the syntax stage is the
	// fallback for a form the lexicon lacks.
	d := segmented("The UN CONDEMNS the strikes.")
	if got := Sentence(d, 0); got.Negative == 0 {
		t.Errorf("upper-case word not scored: %+v", got)
	}
	d = segmented("Officials were heartbroken-ish today.")
	for i := range d.Tokens {
		if strings.HasPrefix(d.Text[d.Tokens[i].Start:], "heartbroken-ish") {
			d.Tokens[i].Lemma = "heartbroken"
		}
	}
	if got := Sentence(d, 0); got.Negative == 0 {
		t.Errorf("lemma not used: %+v", got)
	}
}

func TestWithoutTokens(t *testing.T) {
	// A document that was never segmented is tokenised on the fly.
	d := &doc.Document{Text: "The ceasefire brought hope to the city."}
	Score(d)
	want := Text(d.Text)
	if d.Tone == nil || *d.Tone != want || want.Positive == 0 {
		t.Errorf("got %v, want %+v with positive words", d.Tone, want)
	}
	if len(d.Tokens) != 0 {
		t.Error("Score stored tokens")
	}
	empty := &doc.Document{}
	Score(empty)
	if empty.Tone == nil || *empty.Tone != (doc.Tone{}) {
		t.Errorf("empty document: got %v, want a zero tone", empty.Tone)
	}
	if got := Sentence(empty, 3); got != (doc.Tone{}) {
		t.Errorf("sentence out of range: %+v", got)
	}
}

func TestFunctionWordsSkipped(t *testing.T) {
	d := segmented("Neighbouring countries like Norway sent ships.")
	like := -1
	for i, tk := range d.Tokens {
		if d.Text[tk.Start:tk.End] == "like" {
			like = i
		}
	}
	d.Tokens[like].UPOS = "ADP"
	if got := Sentence(d, 0); got.Positive != 0 || got.Words != 6 {
		t.Errorf("preposition scored: %+v", got)
	}
	d.Tokens[like].UPOS = "VERB"
	if got := Sentence(d, 0); got.Positive == 0 {
		t.Errorf("verb not scored: %+v", got)
	}
}
