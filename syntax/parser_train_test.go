package syntax

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/conllu"
)

// dpDataDir is where the UD English EWT treebank lives, relative to the
// package directory.
const dpDataDir = "../../shared/data/ud-english-ewt"

func dpLoadEWT(t testing.TB, part string) []conllu.Sentence {
	t.Helper()
	path := filepath.Join(dpDataDir, "en_ewt-ud-"+part+".conllu")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("UD English EWT absent (%s): skipping", path)
	}
	ss, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func dpEnvInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func dpEnvFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil {
		return v
	}
	return def
}

// TestTrainParserEWT trains the parser on EWT train, picks the epoch by dev
// and writes it (only when DYAD_TRAIN_PARSER=1).
func TestTrainParserEWT(t *testing.T) {
	if os.Getenv("DYAD_TRAIN_PARSER") != "1" {
		t.Skip("set DYAD_TRAIN_PARSER=1 to train the parser on EWT")
	}
	train := dpLoadEWT(t, "train")
	dev := dpLoadEWT(t, "dev")
	test := dpLoadEWT(t, "test")
	// The defaults, unless the environment says otherwise.
	opt := ParserTrainOptions{
		Epochs:      dpEnvInt("DYAD_PARSER_EPOCHS", 0),
		Seed:        uint64(dpEnvInt("DYAD_PARSER_SEED", 0)),
		TagNoise:    dpEnvFloat("DYAD_PARSER_TAGNOISE", 0),
		Prune:       dpEnvFloat("DYAD_PARSER_PRUNE", 0),
		ExploreProb: dpEnvFloat("DYAD_PARSER_EXPLORE", 0),
		DevTagNoise: dpEnvFloat("DYAD_PARSER_DEVNOISE", 0),
	}
	start := time.Now()
	p, err := TrainParser(train, dev, opt, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	report := fmt.Sprintf("training time %.0fs, model %d bytes, %d features, %d weights\n",
		elapsed.Seconds(), buf.Len(), p.tab.nfeat, p.tab.nents())
	for _, part := range []struct {
		name string
		ss   []conllu.Sentence
	}{{"dev", dev}, {"test", test}} {
		report += dpReportLine(part.name+" gold tags", EvalParserScores(p, part.ss, nil))
		report += dpReportLine(part.name+" noisy tags (rate 0.04 ambiguity-class swaps)", EvalParserScores(p, part.ss, ParserNoisyTags(train, 0.04, 7)))
		report += dpReportLine(part.name+" random tags (rate 0.04 uniform swaps)", EvalParserScores(p, part.ss, ParserRandomTags(train, 0.04, 7)))
	}
	t.Log("\n" + report)
	if out := os.Getenv("DYAD_PARSER_OUT"); out != "" {
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestParserPruneSweep reports dev scores and model size of a model file at
// several pruning thresholds (only when DYAD_PARSER_SWEEP names the file).
func TestParserPruneSweep(t *testing.T) {
	path := os.Getenv("DYAD_PARSER_SWEEP")
	if path == "" {
		t.Skip("set DYAD_PARSER_SWEEP=model.bin.gz to sweep pruning thresholds")
	}
	dev := dpLoadEWT(t, "dev")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := LoadParser(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, thr := range dpSweepThresholds() {
		q := p.Pruned(thr)
		var buf bytes.Buffer
		q.Save(&buf)
		if pre := os.Getenv("DYAD_PARSER_SWEEP_OUT"); pre != "" {
			os.WriteFile(fmt.Sprintf("%s%.2f.bin.gz", pre, thr), buf.Bytes(), 0o644)
		}
		uas, las := EvalParser(q, dev, nil)
		t.Logf("prune %.2f: %d features %d weights %.1f MB; dev UAS %.2f LAS %.2f", thr, q.tab.nfeat, q.tab.nents(), float64(buf.Len())/1e6, uas, las)
	}
}

func dpSweepThresholds() []float64 {
	var out []float64
	for _, f := range strings.Fields(os.Getenv("DYAD_PARSER_SWEEP_THR")) {
		if v, err := strconv.ParseFloat(f, 64); err == nil {
			out = append(out, v)
		}
	}
	if out == nil {
		out = []float64{0, 0.5, 1, 2, 3}
	}
	return out
}

func dpReportLine(name string, sc ParserScores) string {
	return fmt.Sprintf("%s: UAS %.2f LAS %.2f (CoNLL 2018, universal relations) LAS %.2f (full labels); %d words\n",
		name, sc.UAS, sc.LAS, sc.LASFull, sc.Words)
}
