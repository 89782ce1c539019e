package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestTrainQuoteModel rebuilds quote/cuemodel.tsv, the learned cue detector,
// from PolNeAR train (fixed seed):
//
//	DYAD_QUOTES_TRAIN=../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/train.gob \
//	  go test ./eval -run TestTrainQuoteModel -v
//
// DYAD_QUOTES_TRAIN_OFF=A,B flips detector switches (cvSwitches) while
// training, to compare feature sets (e.g. wordnet).
func TestTrainQuoteModel(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_TRAIN")
	if v := os.Getenv("DYAD_QUOTES_TRAIN_OFF"); v != "" {
		for _, n := range strings.Split(v, ",") {
			p := cvSwitches[n]
			if p == nil {
				t.Fatalf("no switch %q", n)
			}
			keep := *p
			*p = !keep
			defer func() { *p = keep }()
		}
	}
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
