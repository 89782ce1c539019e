package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/quote"
)

// Quote attribution is scored on PolNeAR (brat standoff): each attribution
// has a Source, a Cue and a Content span, each possibly in several
// fragments. Matching is by overlap, role by role: a predicted span matches
// a gold span of the same role when it shares at least one byte with any of
// the gold span's fragments. Precision is the share of predicted spans that
// match some gold span, recall the share of gold spans that some predicted
// span matches; one predicted span may match several gold spans and the
// other way round.

// BratSpan is one annotated span: its fragments as byte ranges of the text.
type BratSpan struct {
	Role  string // Source, Cue or Content
	Frags [][2]int
}

// Overlaps reports whether [start, end) shares a byte with a fragment.
func (b BratSpan) Overlaps(start, end int) bool {
	for _, f := range b.Frags {
		if start < f[1] && f[0] < end {
			return true
		}
	}
	return false
}

// BratDoc is one PolNeAR article: its text and gold spans.
type BratDoc struct {
	Name string
	Text string
	Gold []BratSpan
}

// quoteRoles are the annotated roles that are scored.
var quoteRoles = []string{"Cue", "Source", "Content"}

// ReadBratQuotes reads the article text at textPath and its standoff
// annotations at annPath. brat offsets count characters; they are turned
// into byte offsets here.
func ReadBratQuotes(textPath, annPath string) (BratDoc, error) {
	tb, err := os.ReadFile(textPath)
	if err != nil {
		return BratDoc{}, err
	}
	d := BratDoc{Name: filepath.Base(textPath), Text: string(tb)}
	byteAt := runeToByte(d.Text) // byteAt[i] is the byte offset of character i
	f, err := os.Open(annPath)
	if err != nil {
		return d, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || !strings.HasPrefix(fields[0], "T") {
			continue
		}
		sp := strings.SplitN(fields[1], " ", 2)
		if len(sp) != 2 || !isQuoteRole(sp[0]) {
			continue
		}
		b := BratSpan{Role: sp[0]}
		for _, fr := range strings.Split(sp[1], ";") {
			se := strings.Fields(fr)
			if len(se) != 2 {
				return d, fmt.Errorf("%s:%d: bad fragment %q", annPath, line, fr)
			}
			s, err1 := strconv.Atoi(se[0])
			e, err2 := strconv.Atoi(se[1])
			if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(byteAt) {
				return d, fmt.Errorf("%s:%d: bad offsets %q", annPath, line, fr)
			}
			b.Frags = append(b.Frags, [2]int{byteAt[s], byteAt[e]})
		}
		d.Gold = append(d.Gold, b)
	}
	if err := sc.Err(); err != nil {
		return d, fmt.Errorf("%s: %w", annPath, err)
	}
	return d, nil
}

func isQuoteRole(r string) bool {
	for _, q := range quoteRoles {
		if r == q {
			return true
		}
	}
	return false
}

// ReadBratQuotesDir reads a PolNeAR compartment: DIR/text/NAME.txt with
// DIR/attributions/NAME_ANNOTATOR.ann (the layout PolNeAR ships), or .txt
// and .ann files side by side in DIR.
func ReadBratQuotesDir(dir string) ([]BratDoc, error) {
	textDir, annDir := filepath.Join(dir, "text"), filepath.Join(dir, "attributions")
	if _, err := os.Stat(textDir); err != nil {
		textDir, annDir = dir, dir
	}
	anns, err := filepath.Glob(filepath.Join(annDir, "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	var docs []BratDoc
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		txt := filepath.Join(textDir, base+".txt")
		if _, err := os.Stat(txt); err != nil {
			// PolNeAR names annotations NAME_ANNOTATOR.ann.
			if i := strings.LastIndexByte(base, '_'); i > 0 {
				txt = filepath.Join(textDir, base[:i]+".txt")
			}
		}
		d, err := ReadBratQuotes(txt, ann)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no brat .ann files", dir)
	}
	return docs, nil
}

// OverlapScore counts overlap matches for one role.
type OverlapScore struct {
	Gold, Pred               int
	MatchedGold, MatchedPred int
}

// P is the share of predicted spans that overlap a gold span.
func (s OverlapScore) P() float64 { return ratio(s.MatchedPred, s.Pred) }

// R is the share of gold spans that a predicted span overlaps.
func (s OverlapScore) R() float64 { return ratio(s.MatchedGold, s.Gold) }

// F1 is the harmonic mean of P and R.
func (s OverlapScore) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// QuoteScore holds the overlap scores of the three roles.
type QuoteScore struct {
	Docs                 int
	Cue, Source, Content OverlapScore
}

func (q *QuoteScore) role(r string) *OverlapScore {
	switch r {
	case "Cue":
		return &q.Cue
	case "Source":
		return &q.Source
	}
	return &q.Content
}

// predSpans lists the predicted spans of one role.
func predSpans(quotes []doc.Quote, role string) []doc.Span {
	var out []doc.Span
	for _, q := range quotes {
		switch role {
		case "Cue":
			if q.Cue != nil {
				out = append(out, *q.Cue)
			}
		case "Source":
			if q.Source != nil {
				out = append(out, *q.Source)
			}
		default:
			out = append(out, q.Content)
		}
	}
	return out
}

// ScoreQuoteDoc adds to s the overlap matches of one document's predicted
// quotes against its gold spans.
func (q *QuoteScore) ScoreQuoteDoc(gold []BratSpan, pred []doc.Quote) {
	q.Docs++
	for _, role := range quoteRoles {
		s := q.role(role)
		ps := predSpans(pred, role)
		var gs []BratSpan
		for _, g := range gold {
			if g.Role == role {
				gs = append(gs, g)
			}
		}
		s.Gold += len(gs)
		s.Pred += len(ps)
		for _, g := range gs {
			for _, p := range ps {
				if g.Overlaps(p.Start, p.End) {
					s.MatchedGold++
					break
				}
			}
		}
		for _, p := range ps {
			for _, g := range gs {
				if g.Overlaps(p.Start, p.End) {
					s.MatchedPred++
					break
				}
			}
		}
	}
}

// QuoteStages returns dyad's standard stages up to and including quote
// attribution (segment, syntax, actor, timex, quote), without event coding
// and what follows it.
func QuoteStages() ([]pipeline.Stage, error) {
	all, i, err := standardUpTo("quote")
	if err != nil {
		return nil, err
	}
	return all[:i+1], nil
}

// standardUpTo returns the standard pipeline's stages and the index of the
// stage named name.
func standardUpTo(name string) ([]pipeline.Stage, int, error) {
	all, err := pipeline.Standard(pipeline.Options{})
	if err != nil {
		return nil, 0, err
	}
	for i, s := range all {
		if s.Name() == name {
			return all, i, nil
		}
	}
	return nil, 0, fmt.Errorf("%s stage missing from the standard pipeline", name)
}

// AnnotateBrat runs the stages over a brat document's text.
func AnnotateBrat(stages []pipeline.Stage, b BratDoc) (*doc.Document, error) {
	d := &doc.Document{ID: b.Name, Origin: b.Name, Text: b.Text}
	for _, s := range stages {
		if err := s.Process(d); err != nil {
			return d, fmt.Errorf("%s: %s: %w", b.Name, s.Name(), err)
		}
	}
	return d, nil
}

// ScoreQuotes annotates every document and scores its quotes.
func ScoreQuotes(docs []BratDoc) (QuoteScore, error) {
	var s QuoteScore
	stages, err := QuoteStages()
	if err != nil {
		return s, err
	}
	for _, b := range docs {
		d, err := AnnotateBrat(stages, b)
		if err != nil {
			return s, err
		}
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
	}
	return s, nil
}

// RunQuotes scores quote attribution on the PolNeAR compartment in dir
// (for example ../shared/data/polnear/data/dev) and writes the report to w.
func RunQuotes(dir string, w io.Writer) error {
	docs, err := ReadBratQuotesDir(dir)
	if err != nil {
		return err
	}
	s, err := ScoreQuotes(docs)
	if err != nil {
		return err
	}
	WriteQuoteReport(w, dir, s)
	return nil
}

// WriteQuoteReport prints the overlap scores of each role.
func WriteQuoteReport(w io.Writer, name string, s QuoteScore) {
	fmt.Fprintf(w, "%s: %d documents (overlap match: a predicted span matches a gold span of the same role it overlaps)\n", name, s.Docs)
	fmt.Fprintf(w, "%-8s %6s %6s %6s %6s %6s %6s\n", "role", "gold", "pred", "P", "R", "F1", "")
	for _, role := range quoteRoles {
		r := s.role(role)
		fmt.Fprintf(w, "%-8s %6d %6d %6.2f %6.2f %6.2f\n", strings.ToLower(role), r.Gold, r.Pred, 100*r.P(), 100*r.R(), 100*r.F1())
	}
}

// The learned cue detector's training settings (quote.TrainCueModel).
const (
	QuoteModelEpochs = 10
	QuoteModelSeed   = 1
	QuoteModelPrune  = 1
	QuoteModelHeader = "# Learned attribution-cue detector of package quote: averaged-perceptron weights over verb,\n" +
		"# noun and adjective features, trained on PolNeAR train (Newell, Margolin and Ruths 2018; research use; see NOTICE)\n" +
		"# by `dyad train quotes` (seed 1, 10 epochs, |w| > 1 kept). Feature<TAB>weight.\n"
)

// GoldCues returns each document's gold cue spans as byte ranges.
func GoldCues(bds []BratDoc) [][][2]int {
	out := make([][][2]int, len(bds))
	for i, b := range bds {
		for _, g := range b.Gold {
			if g.Role == "Cue" {
				out[i] = append(out[i], g.Frags...)
			}
		}
	}
	return out
}

// TrainQuoteModel annotates the PolNeAR compartment in dir (train) with
// dyad's stages up to quote attribution and trains the learned cue detector
// on its gold cues with the fixed settings above.
func TrainQuoteModel(dir string) (*quote.CueModel, error) {
	bds, err := ReadBratQuotesDir(dir)
	if err != nil {
		return nil, err
	}
	stages, err := QuoteStages()
	if err != nil {
		return nil, err
	}
	docs := make([]*doc.Document, len(bds))
	for i, b := range bds {
		if docs[i], err = AnnotateBrat(stages, b); err != nil {
			return nil, err
		}
	}
	return quote.TrainCueModel(docs, GoldCues(bds), QuoteModelEpochs, QuoteModelSeed, QuoteModelPrune), nil
}
