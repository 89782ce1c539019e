package eval

import (
	"fmt"
	"io"
	"sort"
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

// SegError is a sentence end that the segmenter missed (Miss) or invented
// (!Miss), at byte At of a rebuilt document's text.
type SegError struct {
	Doc   string
	Miss  bool
	At    int
	Class string
	Left  string // up to 60 bytes of text before the end
	Right string // up to 40 bytes after it
}

// SegErrors lists the sentence ends that differ between the gold and the
// segmenter on the rebuilt documents: gold ends no predicted sentence ends
// at, and predicted ends that end no gold sentence.
func SegErrors(docs []SegDoc) []SegError {
	var out []SegError
	for i := range docs {
		d := &docs[i]
		_, sents, _ := segment.Split(d.Text)
		gold := map[int]bool{}
		for _, s := range d.Sentences {
			gold[s.End] = true
		}
		pred := map[int]bool{}
		for _, s := range sents {
			pred[s.End] = true
		}
		add := func(miss bool, at int) {
			a, b := max(0, at-60), min(len(d.Text), at+40)
			out = append(out, SegError{Doc: d.ID, Miss: miss, At: at, Class: segErrorClass(d.Text, at),
				Left: d.Text[a:at], Right: d.Text[at:b]})
		}
		for _, s := range d.Sentences {
			if !pred[s.End] {
				add(true, s.End)
			}
		}
		for _, s := range sents {
			if !gold[s.End] {
				add(false, s.End)
			}
		}
	}
	return out
}

// segErrorClass names, roughly, what the text shows at a sentence end at
// byte at: how the text before it ends and how the text after it starts.
// It is a reading aid for error listings, not part of any score.
func segErrorClass(text string, at int) string {
	left := strings.TrimRight(text[:at], " \t")
	lastWord := left
	if k := strings.LastIndexAny(left, " \t\n"); k >= 0 {
		lastWord = left[k+1:]
	}
	right := text[at:]
	if strings.HasPrefix(right, "\n\n") || right == "" {
		return "paragraph-end"
	}
	right = strings.TrimLeft(right, " \t\n")
	nextWord := right
	if k := strings.IndexAny(right, " \t\n"); k >= 0 {
		nextWord = right[:k]
	}
	next := "other"
	if nextWord != "" {
		switch c := nextWord[0]; {
		case c >= 'a' && c <= 'z':
			next = "lower"
		case c >= 'A' && c <= 'Z':
			next = "upper"
		case c >= '0' && c <= '9':
			next = "digit"
		case strings.ContainsRune("\"'“‘(", rune(c)) || strings.HasPrefix(nextWord, "“") || strings.HasPrefix(nextWord, "‘"):
			next = "quote-or-bracket"
		}
	}
	var end string
	switch {
	case lastWord == "":
		end = "empty"
	case strings.Contains(lastWord, "://") || strings.HasPrefix(lastWord, "www.") || strings.Contains(lastWord, "@") && strings.Contains(lastWord, "."):
		end = "url-or-email"
	case strings.HasSuffix(lastWord, "...") || strings.HasSuffix(lastWord, "…"):
		end = "ellipsis"
	case strings.HasSuffix(lastWord, "!!") || strings.HasSuffix(lastWord, "??") || strings.HasSuffix(lastWord, "?!") || strings.HasSuffix(lastWord, "!?"):
		end = "repeated-!?"
	case isEmoticon(lastWord):
		end = "emoticon"
	case strings.HasSuffix(lastWord, "\"") || strings.HasSuffix(lastWord, "”") || strings.HasSuffix(lastWord, "'") || strings.HasSuffix(lastWord, "’"):
		end = "quote"
	case strings.HasSuffix(lastWord, ")") || strings.HasSuffix(lastWord, "]"):
		end = "bracket"
	case strings.HasSuffix(lastWord, "."):
		w := strings.TrimSuffix(lastWord, ".")
		switch {
		case w == "":
			end = "period"
		case strings.Contains(w, ".") || len(w) <= 4 && w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w[1:], "abcdefghijklmnopqrstuvwxyz") || len(w) <= 3 && strings.ToLower(w) != w:
			end = "abbreviation-like"
		default:
			end = "period"
		}
	case strings.HasSuffix(lastWord, "?") || strings.HasSuffix(lastWord, "!"):
		end = "?!"
	case strings.HasSuffix(lastWord, ":"):
		end = "colon"
	case strings.HasSuffix(lastWord, ",") || strings.HasSuffix(lastWord, ";"):
		end = "comma"
	case strings.Trim(lastWord, "-–—*=_~#>") == "":
		end = "dash-or-rule"
	default:
		c := lastWord[len(lastWord)-1]
		switch {
		case c >= '0' && c <= '9':
			end = "no-punct-digit"
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			end = "no-punct-word"
		default:
			end = "no-punct-other"
		}
	}
	return end + "/" + next
}

// isEmoticon reports whether w reads as a text emoticon (":)", ";-(", ":D").
func isEmoticon(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	switch w[0] {
	case ':', ';', '=', '8':
	default:
		return false
	}
	return strings.ContainsAny(w[len(w)-1:], ")(DPp/|]*")
}

// RunSegmentationErrors scores the segmenter on the CoNLL-U file at path
// like RunSegmentation, then lists every sentence end it missed or invented
// with the text around it, and a count per class. For error analysis on
// train and dev splits only: a held-out split's errors must stay unseen.
func RunSegmentationErrors(path string, w io.Writer) error {
	ss, err := conllu.ReadFile(path)
	if err != nil {
		return err
	}
	docs := SegDocs(ss)
	WriteSegReport(w, path, ScoreSegDocs(docs))
	errs := SegErrors(docs)
	count := map[string]int{}
	for _, e := range errs {
		tag := "EXTRA"
		if e.Miss {
			tag = "MISS"
		}
		count[tag+" "+e.Class]++
		fmt.Fprintf(w, "%s\t%s\t%s\t%q || %q\n", tag, e.Class, e.Doc, e.Left, e.Right)
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Fprintf(w, "classes (end of the text before / start of the text after):\n")
	for _, k := range keys {
		fmt.Fprintf(w, "  %5d  %s\n", count[k], k)
	}
	return nil
}
