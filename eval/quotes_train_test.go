package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestTrainQuoteModel rebuilds quote/cuemodel.tsv, the learned cue detector,
// from PolNeAR train (fixed seed):
//
//	DYAD_QUOTES_TRAIN=../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/train.gob \
//	  go test ./eval -run TestTrainQuoteModel -v
func TestTrainQuoteModel(t *testing.T) {
	dir := os.Getenv("DYAD_QUOTES_TRAIN")
	if dir == "" {
		t.Skip("DYAD_QUOTES_TRAIN not set")
	}
	bds, err := ReadBratQuotesDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := parsedBrat(t, bds)
	m := quote.TrainCueModel(docs, GoldCues(bds), QuoteModelEpochs, QuoteModelSeed, QuoteModelPrune)
	out := os.Getenv("DYAD_QUOTES_MODEL")
	if out == "" {
		out = filepath.Join("..", "quote", "cuemodel.tsv")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := m.WriteTSV(f, QuoteModelHeader); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d weights written to %s", len(m.W), out)
}

// TestQuotesThresholds scores a PolNeAR compartment (dev, for choosing) at
// several thresholds of the learned cue detector:
//
//	DYAD_QUOTES_SWEEP=../shared/data/polnear/data/dev DYAD_QUOTES_CACHE=/tmp/dev.gob \
//	  go test ./eval -run TestQuotesThresholds -v
func TestQuotesThresholds(t *testing.T) {
	dir := os.Getenv("DYAD_QUOTES_SWEEP")
	if dir == "" {
		t.Skip("DYAD_QUOTES_SWEEP not set")
	}
	bds, err := ReadBratQuotesDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := parsedBrat(t, bds)
	keep := quote.CueThreshold
	defer func() { quote.CueThreshold = keep }()
	keepF := quote.CueFallback
	defer func() { quote.CueFallback = keepF }()
	for _, p := range [][2]float64{{quote.CueNever, quote.CueNever}, {0, quote.CueNever}, {0, 1}, {0, 0}, {0, -1}, {0, -2}, {1, 0}, {-1, 0}} {
		th := p
		quote.CueThreshold, quote.CueFallback = p[0], p[1]
		var s QuoteScore
		for i, b := range bds {
			quote.Attribute(docs[i])
			s.ScoreQuoteDoc(b.Gold, docs[i].Quotes)
		}
		c, so, co := s.role("Cue"), s.role("Source"), s.role("Content")
		t.Logf("th=%v cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f", th,
			100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
}
