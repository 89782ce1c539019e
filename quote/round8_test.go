package quote_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// handParsed builds a one-sentence document from tokens written
// "word/UPOS/XPOS/lemma/head/deprel", joined by spaces, for parses the
// parser gives on real news but not reliably on a short test sentence.
// Entities are given as the index ranges of PER names.
func handParsed(t *testing.T, spec []string, people ...[2]int) *doc.Document {
	t.Helper()
	d := &doc.Document{}
	var text strings.Builder
	for _, s := range spec {
		f := strings.Split(s, "/")
		if len(f) != 6 {
			t.Fatalf("bad token %q", s)
		}
		if text.Len() > 0 && f[1] != "PUNCT" {
			text.WriteByte(' ')
		}
		head, err := strconv.Atoi(f[4])
		if err != nil {
			t.Fatalf("bad head in %q: %v", s, err)
		}
		start := text.Len()
		text.WriteString(f[0])
		d.Tokens = append(d.Tokens, doc.Token{Start: start, End: text.Len(), UPOS: f[1], XPOS: f[2], Lemma: f[3], Head: head, Deprel: f[5]})
	}
	text.WriteString("\n")
	d.Text = text.String()
	d.Paragraphs = []doc.Paragraph{{Start: 0, End: len(d.Text) - 1}}
	d.Sentences = []doc.Sentence{{Start: 0, End: len(d.Text) - 1, TokenStart: 0, TokenEnd: len(d.Tokens)}}
	for _, p := range people {
		s, e := d.Tokens[p[0]].Start, d.Tokens[p[1]].End
		d.Entities = append(d.Entities, doc.Entity{Start: s, End: e, Text: d.Text[s:e], Type: "PER"})
	}
	return d
}

// A cue the parser hung on the verb of a non-restrictive relative clause
// ("Wanjiru, who is running …, praised the governor") takes the noun the
// clause modifies as its source, not the relative pronoun.
func TestRelativeAside(t *testing.T) {
	d := handParsed(t, []string{
		"Wanjiru/PROPN/NNP/Wanjiru/-1/root", ",/PUNCT/,/,/4/punct", "who/PRON/WP/who/4/nsubj",
		"is/AUX/VBZ/be/4/aux", "running/VERB/VBG/run/0/acl:relcl", "for/ADP/IN/for/7/case",
		"the/DET/DT/the/7/det", "Senate/PROPN/NNP/Senate/4/obl", "again/ADV/RB/again/4/advmod",
		",/PUNCT/,/,/10/punct", "praised/VERB/VBD/praise/4/conj", "the/DET/DT/the/12/det",
		"governor/NOUN/NN/governor/10/obj", "for/ADP/IN/for/15/case", "the/DET/DT/the/15/det",
		"roads/NOUN/NNS/road/10/obl", "./PUNCT/././0/punct",
	}, [2]int{0, 0})
	quote.Attribute(d)
	q := quoteWithCue(d, "praised")
	if q == nil || q.Source == nil || q.Source.Text != "Wanjiru" {
		t.Fatalf("source of “praised” is not Wanjiru: %s", dump(d.Quotes))
	}
	toggle(&quote.RelativeAside, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "praised"); q == nil || q.Source == nil || q.Source.Text != "who" {
			t.Errorf("with the rule off the source is not the pronoun (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
	// A restrictive clause (no comma) keeps its pronoun: "officials who
	// met … and praised …".
	d = handParsed(t, []string{
		"Officials/NOUN/NNS/official/-1/root", "who/PRON/WP/who/2/nsubj", "met/VERB/VBD/meet/0/acl:relcl",
		"the/DET/DT/the/4/det", "envoy/NOUN/NN/envoy/2/obj", "and/CCONJ/CC/and/6/cc",
		"praised/VERB/VBD/praise/2/conj", "the/DET/DT/the/8/det", "plan/NOUN/NN/plan/6/obj", "./PUNCT/././0/punct",
	})
	quote.Attribute(d)
	if q := quoteWithCue(d, "praised"); q != nil && q.Source != nil && q.Source.Text != "who" {
		t.Errorf("restrictive clause: source %q, want the pronoun: %s", q.Source.Text, dump(d.Quotes))
	}
}

// A cue whose source the climbing rules do not reach takes the subject of
// its nearest verb ancestor when it names someone; a reported clause
// between them stops the search.
func TestAncestorSubject(t *testing.T) {
	// "Otieno spoke for an hour at the rally in Kisumu, urging
	// residents to register" with "urging" hung on the noun "rally".
	d := handParsed(t, []string{
		"Otieno/PROPN/NNP/Otieno/1/nsubj", "spoke/VERB/VBD/speak/-1/root", "for/ADP/IN/for/4/case",
		"an/DET/DT/a/4/det", "hour/NOUN/NN/hour/1/obl", "at/ADP/IN/at/7/case", "the/DET/DT/the/7/det",
		"rally/NOUN/NN/rally/1/obl", "in/ADP/IN/in/9/case", "Kisumu/PROPN/NNP/Kisumu/7/nmod",
		",/PUNCT/,/,/11/punct", "urging/VERB/VBG/urge/9/amod", "residents/NOUN/NNS/resident/11/obj",
		"to/PART/TO/to/14/mark", "register/VERB/VB/register/11/xcomp", "./PUNCT/././1/punct",
	}, [2]int{0, 0})
	quote.Attribute(d)
	q := quoteWithCue(d, "urging")
	if q == nil {
		t.Fatalf("no quote for “urging”: %s", dump(d.Quotes))
	}
	if q.Source == nil || q.Source.Text != "Otieno" {
		t.Errorf("source of “urging” is not Otieno: %s", dump(d.Quotes))
	}
	toggle(&quote.AncestorSubject, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "urging"); q != nil && q.Source != nil {
			t.Errorf("with the rule off a source was still found (test no longer exercises the rule): %s", dump(d.Quotes))
		}
	})
}

// A time the parser made the subject is no source: "Odinga later
// Thursday told reporters …".
func TestSubjectNotTime(t *testing.T) {
	d := annotate(t, "Odinga later Thursday told reporters that the talks had stalled.\n")
	q := quoteWithCue(d, "told")
	if q == nil || q.Source == nil || q.Source.Text != "Odinga" {
		t.Fatalf("source of “told” is not Odinga: %s", dump(d.Quotes))
	}
	toggle(&quote.SubjectNotTime, false, func() {
		quote.Attribute(d)
		if q := quoteWithCue(d, "told"); q == nil || q.Source == nil || q.Source.Text != "Thursday" {
			t.Logf("with the rule off the parse no longer gives the time as subject (rule not exercised here): %s", dump(d.Quotes))
		}
	})
}

// A participle after a comma that closes another quote's content is a
// quote of its own, with that quote's source, whatever the parser hung it
// on; without the rule the first content runs on over it.
func TestSplitTrailing(t *testing.T) {
	text := "The mayor criticised the contractors that built the bridge, arguing the work was rushed.\n\n" +
		"A former county clerk announced plans to sue the board, claiming the tender had been rigged.\n"
	d := annotate(t, text)
	check := func(first, part, src string) {
		t.Helper()
		q := quoteWithCue(d, first)
		if q == nil || strings.Contains(q.Content.Text, part) {
			t.Errorf("content of %q holds %q: %s", first, part, dump(d.Quotes))
		}
		p := quoteWithCue(d, part)
		if p == nil || p.Source == nil || p.Source.Text != src {
			t.Errorf("%q has not the source %q: %s", part, src, dump(d.Quotes))
		}
	}
	check("criticised", "arguing", "The mayor")
	check("announced", "claiming", "A former county clerk")
	// ParticipleSplit (round30.go) cuts the same contents when
	// SplitTrailing leaves them: both off, the old error comes back.
	toggle(&quote.ParticipleSplit, false, func() {
		toggle(&quote.SplitTrailing, false, func() {
			quote.Attribute(d)
			if q := quoteWithCue(d, "announced"); q == nil || !strings.Contains(q.Content.Text, "claiming") {
				t.Errorf("with the rule off the content was still cut (test no longer exercises the rule): %s", dump(d.Quotes))
			}
		})
	})
}

// A verb after a conjunction that follows a quotation is not its cue: in
// "She said the plan was (quoted) a fair deal, and she repeated her call",
// the quotation belongs to "said".
func TestAfterConj(t *testing.T) {
	d := annotate(t, "She said the plan was ''a fair deal for farmers,'' and she repeated her call for calm.\n")
	for _, q := range d.Quotes {
		if q.Kind == quote.Direct {
			t.Errorf("a direct quote was taken: %s", dump(d.Quotes))
		}
	}
	if q := quoteWithCue(d, "said"); q == nil || !strings.Contains(q.Content.Text, "fair deal") || q.Source == nil || q.Source.Text != "She" {
		t.Errorf("“said” does not hold the quoted words: %s", dump(d.Quotes))
	}
	// ClauseQuote (tenth round) also keeps this quotation from a cue
	// after it; both off, the old error comes back.
	toggle(&quote.ClauseQuote, false, func() {
		toggle(&quote.AfterConj, false, func() {
			quote.Attribute(d)
			direct := false
			for _, q := range d.Quotes {
				direct = direct || q.Kind == quote.Direct
			}
			if !direct {
				t.Errorf("with the rule off no direct quote was taken (test no longer exercises the rule): %s", dump(d.Quotes))
			}
		})
	})
}

// BenchmarkAttributeRound8 alternates the eighth round's switches off and
// on over the same parsed stories, so that the load of a shared machine
// falls on both alike; it reports each state's MB per CPU-second:
//
//	go test ./quote -run '^$' -bench AttributeRound8 -benchtime 20x
func BenchmarkAttributeRound8(b *testing.B) {
	benchSwitchesAlternated(b, func(on bool) {
		quote.SubjectNotTime, quote.RelativeAside, quote.AncestorSubject, quote.SplitTrailing, quote.TrailingSpeech, quote.AfterConj = on, on, on, on, on, on
	})
}
