package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/segment"
)

// PRF counts gold items, predicted items and the predicted items that are
// correct.
type PRF struct {
	Gold, Pred, Correct int
}

// P is precision, 0 when nothing was predicted.
func (x PRF) P() float64 {
	if x.Pred == 0 {
		return 0
	}
	return float64(x.Correct) / float64(x.Pred)
}

// R is recall, 0 when there is no gold item.
func (x PRF) R() float64 {
	if x.Gold == 0 {
		return 0
	}
	return float64(x.Correct) / float64(x.Gold)
}

// F1 is the harmonic mean of P and R.
func (x PRF) F1() float64 {
	p, r := x.P(), x.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add sums two counts.
func (x PRF) Add(y PRF) PRF {
	return PRF{Gold: x.Gold + y.Gold, Pred: x.Pred + y.Pred, Correct: x.Correct + y.Correct}
}

// SegScore is the result of scoring the segmenter against a treebank.
type SegScore struct {
	Docs, Paragraphs int
	Sentences        PRF // exact [start,end) sentence spans
	Tokens           PRF // exact [start,end) token spans
	// Unlocated counts gold tokens whose form could not be found in the
	// sentence text; they stay in the gold count (and so cost recall).
	Unlocated int
}

// Span is a byte range [Start, End) of a rebuilt text.
type Span struct{ Start, End int }

// SegDoc is one treebank document rebuilt as raw text with its gold
// sentence and token spans.
type SegDoc struct {
	ID         string
	Text       string
	Paragraphs int
	Sentences  []Span
	Tokens     []Span
	Unlocated  int
}

// SegDocs rebuilds the raw text of each document of a treebank: sentences
// of a paragraph joined by one space, paragraphs by a blank line, a new
// document starting a new text. Gold tokens are the surface tokens located
// in the text, except that a multiword token whose words spell it exactly
// ("don't" = "do" + "n't") counts as its words, which is how dyad tokenizes.
func SegDocs(sentences []conllu.Sentence) []SegDoc {
	var docs []SegDoc
	var b strings.Builder
	var cur *SegDoc
	for i := range sentences {
		s := &sentences[i]
		if cur == nil || s.NewDoc {
			if cur != nil {
				cur.Text = b.String()
			}
			docs = append(docs, SegDoc{ID: s.DocID})
			cur = &docs[len(docs)-1]
			b.Reset()
			cur.Paragraphs = 1
		} else if s.NewPar {
			b.WriteString("\n\n")
			cur.Paragraphs++
		} else {
			b.WriteByte(' ')
		}
		text := strings.TrimSpace(s.Text)
		if text == "" {
			text = s.SurfaceText()
		}
		base := b.Len()
		b.WriteString(text)
		cur.Sentences = append(cur.Sentences, Span{base, base + len(text)})
		cur.Unlocated += locateTokens(s, text, base, &cur.Tokens)
	}
	if cur != nil {
		cur.Text = b.String()
	}
	return docs
}

// locateTokens appends the spans of the sentence's gold tokens in text
// (which starts at base in the document) and returns how many it could not
// find.
func locateTokens(s *conllu.Sentence, text string, base int, out *[]Span) int {
	missed := 0
	pos := 0
	for _, t := range s.Tokens() {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n') {
			pos++
		}
		at := pos
		if !strings.HasPrefix(text[pos:], t.Form) {
			// Tolerate small disagreements between "# text" and the forms
			// by looking a little ahead.
			k := strings.Index(text[pos:], t.Form)
			if k < 0 || k > 8 {
				missed++
				continue
			}
			at = pos + k
		}
		end := at + len(t.Form)
		if t.Last > t.First {
			var concat strings.Builder
			for w := t.First; w <= t.Last; w++ {
				concat.WriteString(s.Words[w].Form)
			}
			if concat.String() == t.Form {
				o := at
				for w := t.First; w <= t.Last; w++ {
					l := len(s.Words[w].Form)
					*out = append(*out, Span{base + o, base + o + l})
					o += l
				}
				pos = end
				continue
			}
		}
		*out = append(*out, Span{base + at, base + end})
		pos = end
	}
	return missed
}

// Segmentation scores segment.Split on the documents of a treebank.
func Segmentation(sentences []conllu.Sentence) SegScore {
	return ScoreSegDocs(SegDocs(sentences))
}

// ScoreSegDocs runs the segmenter on each rebuilt document and counts exact
// span matches of sentences and tokens.
func ScoreSegDocs(docs []SegDoc) SegScore {
	var sc SegScore
	for i := range docs {
		d := &docs[i]
		sc.Docs++
		sc.Paragraphs += d.Paragraphs
		sc.Unlocated += d.Unlocated
		_, sents, toks := segment.Split(d.Text)
		pred := make([]Span, len(sents))
		for k, s := range sents {
			pred[k] = Span{s.Start, s.End}
		}
		sc.Sentences = sc.Sentences.Add(match(d.Sentences, pred))
		pred = pred[:0]
		for _, t := range toks {
			pred = append(pred, Span{t.Start, t.End})
		}
		sc.Tokens = sc.Tokens.Add(match(d.Tokens, pred))
	}
	return sc
}

// match counts exact matches between gold and predicted spans.
func match(gold, pred []Span) PRF {
	set := make(map[Span]bool, len(gold))
	for _, g := range gold {
		set[g] = true
	}
	x := PRF{Gold: len(gold), Pred: len(pred)}
	for _, p := range pred {
		if set[p] {
			x.Correct++
			delete(set, p) // count each gold span once
		}
	}
	return x
}

// RunSegmentation scores the segmenter on the CoNLL-U file at path and
// writes a short report to w.
func RunSegmentation(path string, w io.Writer) error {
	ss, err := conllu.ReadFile(path)
	if err != nil {
		return err
	}
	sc := Segmentation(ss)
	WriteSegReport(w, path, sc)
	return nil
}

// WriteSegReport prints a SegScore for people.
func WriteSegReport(w io.Writer, name string, sc SegScore) {
	fmt.Fprintf(w, "segmentation: %s\n", name)
	fmt.Fprintf(w, "  %d documents, %d paragraphs\n", sc.Docs, sc.Paragraphs)
	row := func(label string, x PRF) {
		fmt.Fprintf(w, "  %-9s gold %6d  predicted %6d  correct %6d   P %6.2f  R %6.2f  F1 %6.2f\n",
			label, x.Gold, x.Pred, x.Correct, 100*x.P(), 100*x.R(), 100*x.F1())
	}
	row("sentences", sc.Sentences)
	row("tokens", sc.Tokens)
	if sc.Unlocated > 0 {
		fmt.Fprintf(w, "  %d gold tokens not found in the text\n", sc.Unlocated)
	}
}
