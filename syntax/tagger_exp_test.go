package syntax

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyadproject/dyad/conllu"
)

var tgExpFlag = flag.Bool("tagger-exp", false, "train a tagger on EWT train with options from TG_* variables and score it on dev")

// TestTaggerExperiment is the dev-tuning harness: it trains with the
// options set by environment variables and reports dev accuracy, known- and
// unknown-word accuracy, the commonest UPOS confusions and the speed. It
// writes no model and never reads test.
//
//	TG_EPOCHS=12 go test ./syntax -run TestTaggerExperiment -tagger-exp -v -timeout 60m
//
// Variables: TG_SAVE=file (write the model), TG_BEAM=k (also score a
// final-pass beam of k), TG_EPOCHS, TG_EPOCHS2, TG_FOLDS, TG_MIX, TG_SINGLE=1, TG_AMB=1,
// TG_CLUSTERS=32,128 (TG_CLUSTERDEV=1 adds the dev words to the clustering
// text; TG_CLUSTERTEXT="file ..." adds token-per-line files), TG_DICTFREQ, TG_DICTRATIO (per mille), TG_WORDNET=dir (Lexicon from ReadWordNet; TG_LEXRARE=n its LexiconRare, TG_LEXNOCTX=1 its LexiconNoCtx), TG_DROP (per mille) and TG_DROPFREQ (word dropout), TG_SEED, TG_ADD and TG_DEL (feature
// bits), TG_QUIET=1 (score dev after the last epoch only). The training
// driver TestTrainTaggerModel reads the same variables.
func TestTaggerExperiment(t *testing.T) {
	if !*tgExpFlag {
		t.Skip("pass -tagger-exp to run a tagger training experiment")
	}
	train := tgLoadEWT(t, "train")
	dev := tgLoadEWT(t, "dev")
	opt := tgEnvOptions(t, dev)
	t.Logf("options %s", tgOptString(opt))
	tg, err := TrainTagger(train, dev, opt, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	if path := os.Getenv("TG_SAVE"); path != "" {
		if err := os.WriteFile(path, tgSave(t, tg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tgErrorReport(t, tg, train, dev)
	tgSpeedReport(t, tg, dev)
	if k := tgEnvBeam(); k > 1 {
		tg.beam = k
		t.Logf("final-pass beam %d: %s", k, tgAccLine(tg, tgSents(dev, tgLabelIDs(tg))))
		tgSpeedReport(t, tg, dev)
	}
}

// tgOptString shows opt for the log, with the size of its lexicon
// rather than its entries.
func tgOptString(opt TrainOptions) string {
	n := len(opt.Lexicon)
	opt.Lexicon = nil
	return fmt.Sprintf("%+v, lexicon of %d words", opt, n)
}

// tgEnvBeam is the final-pass beam width set by TG_BEAM (0 when unset).
func tgEnvBeam() int {
	k, _ := strconv.Atoi(os.Getenv("TG_BEAM"))
	return k
}

// tgLabelIDs maps "UPOS|XPOS" to the tagger's label ids.
func tgLabelIDs(tg *Tagger) map[string]int32 {
	lid := make(map[string]int32, len(tg.upos))
	for i := range tg.upos {
		lid[tg.upos[i]+"|"+tg.xpos[i]] = int32(i)
	}
	return lid
}

// tgEnvOptions returns the training options set by the TG_* variables
// (all unset: the defaults).
func tgEnvOptions(t *testing.T, dev []conllu.Sentence) TrainOptions {
	env := func(k string) int {
		v, _ := strconv.ParseInt(os.Getenv(k), 0, 64)
		return int(v)
	}
	opt := TrainOptions{
		EvalEachEpoch: env("TG_QUIET") == 0,
		Seed:          int64(env("TG_SEED")),
		Epochs:        env("TG_EPOCHS"),
		Epochs2:       env("TG_EPOCHS2"),
		Folds:         env("TG_FOLDS"),
		Mix:           env("TG_MIX"),
		SinglePass:    env("TG_SINGLE") != 0,
		Amb:           env("TG_AMB") != 0,
		DictMinFreq:   env("TG_DICTFREQ"),
		DictMinRatio:  float64(env("TG_DICTRATIO")) / 1000,
		Drop:          float64(env("TG_DROP")) / 1000,
		DropMaxFreq:   env("TG_DROPFREQ"),
		feat:          (tgDefaultFeat | uint64(env("TG_ADD"))) &^ uint64(env("TG_DEL")),
	}
	if dir := os.Getenv("TG_WORDNET"); dir != "" {
		lx, err := ReadWordNet(dir)
		if err != nil {
			t.Fatal(err)
		}
		opt.Lexicon = lx
		opt.LexiconRare = env("TG_LEXRARE")
		opt.LexiconNoCtx = os.Getenv("TG_LEXNOCTX") == "1"
	}
	if c := os.Getenv("TG_CLUSTERS"); c != "" {
		for _, f := range strings.Split(c, ",") {
			k, _ := strconv.Atoi(f)
			opt.Clusters = append(opt.Clusters, k)
		}
		// TG_CLUSTERTEXT lists token-per-line files (WNUT-17 or WikiANN
		// train) to add to the clustering text.
		for _, f := range strings.Fields(os.Getenv("TG_CLUSTERTEXT")) {
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
		if env("TG_CLUSTERDEV") != 0 {
			for _, s := range dev {
				opt.ClusterText = append(opt.ClusterText, tgWords(s))
			}
		}
	}
	return opt
}

// tgErrorReport logs known- and unknown-word UPOS accuracy and the
// commonest UPOS confusions on gold.
func tgErrorReport(t *testing.T, tg *Tagger, train, gold []conllu.Sentence) {
	known := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			known[w.Form] = true
		}
	}
	conf := map[string]int{}
	var n, r [2]int // unknown, known
	for _, s := range gold {
		words := tgWords(s)
		up, xp := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, up, xp)
		for i, w := range s.Words {
			k := 0
			if known[w.Form] {
				k = 1
			}
			n[k]++
			if up[i] == w.UPOS {
				r[k]++
			} else {
				conf[w.UPOS+"->"+up[i]]++
			}
		}
	}
	t.Logf("UPOS: known words %d, %.2f; unknown %d, %.2f", n[1], 100*float64(r[1])/float64(max(n[1], 1)), n[0], 100*float64(r[0])/float64(max(n[0], 1)))
	keys := make([]string, 0, len(conf))
	for k := range conf {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if conf[a] != conf[b] {
			return conf[b] - conf[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[:min(len(keys), 15)] {
		t.Logf("%5d %s", conf[k], k)
	}
}

// tgCPU is the process's CPU time, steadier than wall time on a shared
// machine.
func tgCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// tgSpeedReport logs tagging speed over gold's sentences, per wall and per
// CPU second (the best of five rounds).
func tgSpeedReport(t *testing.T, tg *Tagger, gold []conllu.Sentence) {
	sents := make([][]string, len(gold))
	n := 0
	for i, s := range gold {
		sents[i] = tgWords(s)
		n += len(sents[i])
	}
	u, x := make([]string, 1024), make([]string, 1024)
	var bestCPU, bestWall float64
	for r := 0; r < 5; r++ {
		c0, w0 := tgCPU(), time.Now()
		for _, w := range sents {
			tg.Tag(w, u, x)
		}
		bestCPU = max(bestCPU, float64(n)/(tgCPU()-c0).Seconds())
		bestWall = max(bestWall, float64(n)/time.Since(w0).Seconds())
	}
	t.Logf("speed: %.0f tokens per wall second, %.0f per CPU second", bestWall, bestCPU)
}

// TestTaggerSpeedCPU reports the committed model's speed per CPU second.
func TestTaggerSpeedCPU(t *testing.T) {
	if !*tgExpFlag {
		t.Skip("pass -tagger-exp")
	}
	tg, _ := tgLoadModels(t)
	tgSpeedReport(t, tg, tgLoadEWT(t, "dev"))
}
