package quote_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/quote"
	"github.com/dyadproject/dyad/segment"
)

var (
	stagesOnce sync.Once
	stages     []pipeline.Stage
	stagesErr  error
)

// annotate runs the standard stages before quote attribution, then Attribute.
func annotate(t testing.TB, text string) *doc.Document {
	return annotateDated(t, text, "2024-05-02")
}

// annotateDated is annotate for a document published on date.
func annotateDated(t testing.TB, text, date string) *doc.Document {
	t.Helper()
	stagesOnce.Do(func() {
		all, err := pipeline.Standard(pipeline.Options{})
		if err != nil {
			stagesErr = err
			return
		}
		for _, s := range all {
			if s.Name() == "quote" {
				break
			}
			stages = append(stages, s)
		}
	})
	if stagesErr != nil {
		t.Fatal(stagesErr)
	}
	d := &doc.Document{Text: text, Date: date}
	for _, s := range stages {
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
	}
	quote.Attribute(d)
	return d
}

// want describes one expected quote: substrings of its content, cue,
// source and speaker name ("" to skip a check).
type want struct {
	kind, content, cue, source, speaker string
}

func TestAttribute(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"direct, cue after",
			"“We will not back down on the tax bill,” Ruto told reporters in Nairobi on Tuesday.",
			[]want{{quote.Direct, "We will not back down", "told", "Ruto", "Ruto"}}},
		{"direct, cue before with comma",
			"The finance minister said, “Talks with the lenders will resume next week.”",
			[]want{{quote.Direct, "Talks with the lenders", "said", "finance minister", ""}}},
		{"direct, inverted cue",
			"“The border crossing stays closed until further notice,” said the interior minister.",
			[]want{{quote.Direct, "border crossing stays closed", "said", "interior minister", ""}}},
		{"direct, straight quotes",
			`"We expect a ruling by Friday," Ramaphosa told parliament.`,
			[]want{{quote.Direct, "expect a ruling", "told", "Ramaphosa", ""}}},
		{"colon-introduced",
			"The foreign ministry said in a statement: “Our position on the dispute has not changed.”",
			[]want{{quote.Direct, "Our position on the dispute", "said", "foreign ministry", ""}}},
		{"written post",
			"The prime minister wrote on X: “Peace in the region is within reach.”",
			[]want{{quote.Direct, "Peace in the region", "wrote", "prime minister", ""}}},
		{"introduced by saying",
			"Farmers marched through the capital, saying “we cannot sell below cost any longer.”",
			[]want{{quote.Direct, "cannot sell below cost", "saying", "Farmers", ""}}},
		{"partial quote",
			"Opposition leader Raila Odinga called the talks “productive” after the meeting.",
			[]want{{quote.Mixed, "productive", "called", "Raila Odinga", "Odinga"}}},
		{"indirect speech",
			"Lula said ties between Brazil and Indonesia have deepened over the past year.",
			[]want{{quote.Indirect, "ties between Brazil and Indonesia have deepened", "said", "Lula", "Lula"}}},
		{"according to",
			"Turnout reached 60 percent in the northern provinces, according to the electoral commission.",
			[]want{{quote.Indirect, "Turnout reached 60 percent", "according to", "electoral commission", ""}}},
		{"scare quotes are not quotes",
			"European powers triggered the so-called “snapback” mechanism to restore sanctions on Tehran.",
			nil},
		{"multi-sentence direct quote",
			"Graham told the conference, “We keep losing these voters. We have to change how we talk to them.”",
			[]want{{quote.Direct, "We have to change how we talk", "told", "Graham", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := annotate(t, tc.text)
			checkQuotes(t, d, tc.want)
		})
	}
}

func checkQuotes(t *testing.T, d *doc.Document, want []want) {
	t.Helper()
	if len(d.Quotes) != len(want) {
		t.Fatalf("%d quotes, want %d: %s", len(d.Quotes), len(want), dump(d.Quotes))
	}
	for i, w := range want {
		q := d.Quotes[i]
		if q.Kind != w.kind {
			t.Errorf("quote %d kind %q, want %q: %s", i, q.Kind, w.kind, dump(d.Quotes))
		}
		if !strings.Contains(q.Content.Text, w.content) {
			t.Errorf("quote %d content %q, want it to hold %q", i, q.Content.Text, w.content)
		}
		if d.Text[q.Content.Start:q.Content.End] != q.Content.Text {
			t.Errorf("quote %d content offsets [%d,%d) do not give its text", i, q.Content.Start, q.Content.End)
		}
		if w.cue != "" && (q.Cue == nil || !strings.Contains(q.Cue.Text, w.cue)) {
			t.Errorf("quote %d cue %v, want %q", i, q.Cue, w.cue)
		}
		if w.source != "" && (q.Source == nil || !strings.Contains(q.Source.Text, w.source)) {
			t.Errorf("quote %d source %v, want %q", i, q.Source, w.source)
		}
		if w.speaker != "" && (q.Speaker == nil || !strings.Contains(q.Speaker.Name, w.speaker)) {
			t.Errorf("quote %d speaker %+v, want %q", i, q.Speaker, w.speaker)
		}
	}
}

func dump(qs []doc.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n  [" + q.Kind + "] content=" + q.Content.Text)
		if q.Cue != nil {
			b.WriteString(" cue=" + q.Cue.Text)
		}
		if q.Source != nil {
			b.WriteString(" source=" + q.Source.Text)
		}
		if q.Speaker != nil {
			b.WriteString(" speaker=" + q.Speaker.Name)
		}
	}
	return b.String()
}

// A quotation whose first paragraph does not close continues into the next
// paragraph that opens with a quotation mark: one quote over both.
func TestMultiParagraph(t *testing.T) {
	text := "The senator told supporters in Ohio: “We have the votes in the chamber.\n\n" +
		"“We will pass the bill before the summer recess, whatever the leadership says.”\n\n" +
		"The vote is expected in July."
	d := annotate(t, text)
	var direct []doc.Quote
	for _, q := range d.Quotes {
		if q.Kind == quote.Direct {
			direct = append(direct, q)
		}
	}
	if len(direct) != 1 {
		t.Fatalf("%d direct quotes, want 1: %s", len(direct), dump(d.Quotes))
	}
	q := direct[0]
	if !strings.Contains(q.Content.Text, "have the votes") || !strings.Contains(q.Content.Text, "summer recess") {
		t.Errorf("content %q does not span both paragraphs", q.Content.Text)
	}
	if q.Source == nil || q.Source.Text != "The senator" {
		t.Errorf("source %v, want The senator", q.Source)
	}
}

// A pronoun or a title as source resolves to the most recent person named
// before it; a title with a nationality ("the Indonesian leader") to the
// most recent person of that country, even with another person in between.
func TestPronounSpeaker(t *testing.T) {
	text := "Indonesian President Prabowo Subianto met Lula in Brasilia on Monday.\n\n" +
		"The Indonesian leader added his government will double its purchases of Brazilian beef.\n\n" +
		"“We are partners, not rivals,” he said."
	d := annotate(t, text)
	if len(d.Quotes) != 2 {
		t.Fatalf("%d quotes, want 2: %s", len(d.Quotes), dump(d.Quotes))
	}
	for i, q := range d.Quotes {
		if q.Speaker == nil {
			t.Errorf("quote %d has no speaker: %s", i, dump(d.Quotes))
			continue
		}
		if !strings.Contains(q.Speaker.Name, "Prabowo") {
			t.Errorf("quote %d speaker %q, want Prabowo", i, q.Speaker.Name)
		}
	}
}

// "a spokesman said": an indefinite title names someone not mentioned
// before, so the quote takes no earlier person as its speaker.
func TestIndefiniteTitleSpeaker(t *testing.T) {
	text := "Nigerian President Bola Tinubu arrived in Accra on Tuesday.\n\n" +
		"Police arrested 14 people in Lagos on Thursday, a spokesman said."
	d := annotate(t, text)
	found := false
	for _, q := range d.Quotes {
		if q.Cue == nil || q.Cue.Text != "said" {
			continue
		}
		found = true
		if q.Speaker != nil && strings.Contains(q.Speaker.Name, "Tinubu") {
			t.Errorf("a spokesman's words given to Tinubu: %s", dump(d.Quotes))
		}
	}
	if !found {
		t.Errorf("no quote with the cue \"said\": %s", dump(d.Quotes))
	}
}

// Odd input never panics and every span stays inside the text: unpaired
// and mixed marks, quotes at the very end, no parse at all.
func TestOddInput(t *testing.T) {
	for _, text := range []string{
		"",
		"“",
		"\"",
		"”Closed first,” he said “and then",
		"He said: “",
		"''Two apostrophes,'' she said. ''And an open one.",
		"\"Straight open, curly close,” the envoy said.\n\n“Next paragraph without close\n\nPlain text.",
		"According to",
		"according to the",
	} {
		for _, parse := range []bool{true, false} {
			var d *doc.Document
			if parse {
				d = annotate(t, text)
			} else {
				d = &doc.Document{Text: text}
				segment.Segment(d)
				quote.Attribute(d)
			}
			for _, q := range d.Quotes {
				for _, s := range []*doc.Span{&q.Content, q.Cue, q.Source} {
					if s == nil {
						continue
					}
					if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
						t.Errorf("%q (parsed %v): bad span %+v", text, parse, *s)
					}
				}
			}
		}
	}
}
