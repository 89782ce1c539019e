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
// and writes it (only when DYAD_TRAIN_PARSER=1). By default it trains the
// shipped model: 5-fold jackknifed predicted tags and lemmas plus the gold
// ones (TrainParserJackknife), the epoch chosen on dev with the shipped
// tagger's tags and lemmas; DYAD_PARSER_WITHGOLD=0 leaves the gold copies
// out, DYAD_PARSER_GOLD=1 trains on gold tags only (the model shipped
// before). The report scores dev and test with gold, noisy, random and
// predicted tags.
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
		SavePrune:   dpEnvFloat("DYAD_PARSER_SAVEPRUNE", 0),
		ExploreProb: dpEnvFloat("DYAD_PARSER_EXPLORE", 0),
		DevTagNoise: dpEnvFloat("DYAD_PARSER_DEVNOISE", 0),
		Ext:         os.Getenv("DYAD_PARSER_EXT") == "1",
	}
	if cp := os.Getenv("DYAD_PARSER_CHECKPOINT"); cp != "" {
		// Write every new best model, so that a long run can be stopped.
		opt.OnBest = func(ep int, p *Parser) {
			var b bytes.Buffer
			if err := p.Save(&b); err != nil {
				t.Error(err)
				return
			}
			if err := os.WriteFile(cp, b.Bytes(), 0o644); err != nil {
				t.Error(err)
			}
			t.Logf("checkpoint: epoch %d written to %s", ep, cp)
		}
	}
	if c := os.Getenv("DYAD_PARSER_CLUSTERS"); c != "" {
		for _, f := range strings.Split(c, ",") {
			k, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("DYAD_PARSER_CLUSTERS: %v", err)
			}
			opt.Clusters = append(opt.Clusters, k)
		}
		// Extra clustering text: files of one token per line (WNUT-17
		// train, WikiANN train), never a dev or test split.
		for _, f := range strings.Fields(os.Getenv("DYAD_PARSER_CLUSTERTEXT")) {
			prefix := ""
			if strings.Contains(f, "wikiann") {
				prefix = "en:"
			}
			ss, err := ReadClusterText(f, prefix)
			if err != nil {
				t.Fatal(err)
			}
			opt.ClusterText = append(opt.ClusterText, ss...)
		}
	}
	// The shipped tagger and lemmatizer, for dev (epoch choice) and for
	// the predicted-tag scores of the report.
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var p *Parser
	if os.Getenv("DYAD_PARSER_GOLD") == "1" {
		// The model shipped before: gold training tags, epoch by gold dev
		// tags, 20 epochs.
		p, err = TrainParser(train, dev, opt, os.Stderr)
	} else {
		// The shipped model: ShippedJackknifeOptions and
		// ShippedParserJackknifeOptions unless the environment says otherwise.
		jopt := ShippedJackknifeOptions
		jopt.Folds = dpEnvInt("DYAD_PARSER_FOLDS", jopt.Folds)
		jopt.Seed = uint64(dpEnvInt("DYAD_PARSER_JKSEED", int(jopt.Seed)))
		jopt.Tagger.Epochs = dpEnvInt("DYAD_PARSER_TAGGER_EPOCHS", 0)
		jopt.WithGold = os.Getenv("DYAD_PARSER_WITHGOLD") != "0"
		jopt.Cache = os.Getenv("DYAD_PARSER_JKCACHE")
		opt.Epochs = dpEnvInt("DYAD_PARSER_EPOCHS", ShippedParserJackknifeOptions.Epochs)
		opt.Seed = uint64(dpEnvInt("DYAD_PARSER_SEED", int(ShippedParserJackknifeOptions.Seed)))
		if sc := ShippedParserJackknifeOptions.Clusters; len(sc) > 0 && os.Getenv("DYAD_PARSER_CLUSTERS") == "" {
			// The shipped word clusters, over train plus ParserClusterFiles.
			opt.Clusters = sc
			opt.ClusterText, err = ReadParserClusterText(filepath.Dir(dpDataDir))
			if err != nil {
				t.Fatal(err)
			}
		}
		p, err = TrainParserJackknife(train, dev, m.Tagger, m.Lemma, jopt, opt, os.Stderr)
	}
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
		report += dpReportLine(part.name+" predicted tags and lemmas (shipped tagger)", EvalParserScores(p, ParserPredicted(m.Tagger, m.Lemma, part.ss), nil))
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
		t.Skip("set DYAD_PARSER_SWEEP=model.bin.zst to sweep pruning thresholds")
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
			os.WriteFile(fmt.Sprintf("%s%.2f.bin.zst", pre, thr), buf.Bytes(), 0o644)
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

// TestParserJackknifeTiny runs the jackknife on the toy treebank: words,
// heads and relations are kept, every word gets predicted tags and a
// lemma, the result is the same twice, and TrainParserJackknife trains.
func TestParserJackknifeTiny(t *testing.T) {
	toy := dpToy(t)
	jopt := JackknifeOptions{Folds: 2, Seed: 5, Tagger: TrainOptions{Epochs: 2, Folds: 2, Workers: 1}}
	a, err := ParserJackknife(toy, jopt, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParserJackknife(toy, jopt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(toy) {
		t.Fatalf("%d sentences out, %d in", len(a), len(toy))
	}
	for si := range toy {
		if len(a[si].Words) != len(toy[si].Words) {
			t.Fatalf("sentence %d: %d words out, %d in", si, len(a[si].Words), len(toy[si].Words))
		}
		for i, w := range toy[si].Words {
			p := a[si].Words[i]
			if p.Form != w.Form || p.Head != w.Head || p.Deprel != w.Deprel {
				t.Errorf("sentence %d word %d: %+v, gold %+v", si, i+1, p, w)
			}
			if p.UPOS == "" || p.XPOS == "" || p.Lemma == "" {
				t.Errorf("sentence %d word %d: empty prediction %+v", si, i+1, p)
			}
			if p != b[si].Words[i] {
				t.Errorf("sentence %d word %d: %+v then %+v", si, i+1, p, b[si].Words[i])
			}
		}
	}
	if &a[0].Words[0] == &toy[0].Words[0] {
		t.Error("ParserJackknife shares the words of its input")
	}
	opt := ParserTrainOptions{Epochs: 2, Seed: 3, Prune: -1}
	if _, err := TrainParserJackknife(toy, toy, nil, nil, jopt, opt, nil); err != nil {
		t.Fatal(err)
	}
}
