package syntax

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

var tgTrainFlag = flag.Bool("train-tagger", false, "train the tagger and lemmatizer on UD English EWT and write ../model/tagger.bin.zst, lemma.bin.zst and tagger.txt")

// TestTrainTaggerModel is the training driver of the committed models:
//
//	go test ./syntax -run TestTrainTaggerModel -train-tagger -timeout 60m -v
//
// It trains on EWT train, logs dev scores, and writes the models with a
// report of their dev and test scores (test is scored once, at the end).
// The TG_* variables of TestTaggerExperiment set the options of the main
// model; the rare-word model is the shipped one (ShippedTaggerOptions,
// WordNet from TG_RAREWORDNET, default /usr/share/wordnet) unless
// TG_NORARE=1. TG_OUT=dir writes the three files to dir instead of
// ../model (for candidates).
func TestTrainTaggerModel(t *testing.T) {
	if !*tgTrainFlag {
		t.Skip("pass -train-tagger to train and write the tagger and lemmatizer models")
	}
	train := tgLoadEWT(t, "train")
	dev := tgLoadEWT(t, "dev")
	test := tgLoadEWT(t, "test")
	opt := tgEnvOptions(t, dev)
	opt.EvalEachEpoch = false
	if os.Getenv("TG_NORARE") != "1" {
		dir := cmp.Or(os.Getenv("TG_RAREWORDNET"), "/usr/share/wordnet")
		shipped, err := ShippedTaggerOptions(dir)
		if err != nil {
			t.Fatal(err)
		}
		opt.Rare, opt.RareWords = shipped.Rare, shipped.RareWords
	}
	tgPath, lmPath, reportPath := tgModelPath, lmModelPath, tgModelReport
	if dir := os.Getenv("TG_OUT"); dir != "" {
		tgPath = filepath.Join(dir, "tagger.bin.zst")
		lmPath = filepath.Join(dir, "lemma.bin.zst")
		reportPath = filepath.Join(dir, "tagger.txt")
	}
	t.Logf("options %s, writing %s", tgOptString(opt), tgPath)
	start := time.Now()
	tg, err := TrainTagger(train, dev, opt, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	tagTime := time.Since(start)
	lmOpt := LemmaOptions{VerbStep: true}
	if os.Getenv("TG_NORARE") != "1" {
		if lmOpt, err = ShippedLemmaOptions(cmp.Or(os.Getenv("TG_RAREWORDNET"), "/usr/share/wordnet")); err != nil {
			t.Fatal(err)
		}
	}
	lm, err := TrainLemmatizer(train, lmOpt)
	if err != nil {
		t.Fatal(err)
	}
	var tb, lb bytes.Buffer
	if err := tg.Save(&tb); err != nil {
		t.Fatal(err)
	}
	if err := lm.Save(&lb); err != nil {
		t.Fatal(err)
	}
	// Score what was written, as it will be loaded.
	loadStart := time.Now()
	tg, err = LoadTagger(bytes.NewReader(tb.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	loadTime := time.Since(loadStart)
	if lm, err = LoadLemmatizer(bytes.NewReader(lb.Bytes())); err != nil {
		t.Fatal(err)
	}
	d := EvalTaggerScores(tg, lm, dev)
	s := EvalTaggerScores(tg, lm, test)
	if err := os.WriteFile(tgPath, tb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lmPath, lb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	opt.defaults()
	var r strings.Builder
	fmt.Fprintf(&r, "dyad part-of-speech tagger (model/tagger.bin.zst) and lemmatizer (model/lemma.bin.zst)\n\n")
	fmt.Fprintf(&r, "Trained %s on UD English EWT train (%d sentences; CC BY-SA 4.0),\n", time.Now().Format("2006-01-02"), len(train))
	fmt.Fprintf(&r, "features and epochs chosen on EWT dev; test is scored only here, by the training\n")
	fmt.Fprintf(&r, "driver, and no choice was made on it. Gold tokenisation (syntactic words).\n\n")
	fmt.Fprintf(&r, "                 dev      test\n")
	fmt.Fprintf(&r, "UPOS           %6.2f    %6.2f\n", 100*d.UPOS, 100*s.UPOS)
	fmt.Fprintf(&r, "XPOS           %6.2f    %6.2f\n", 100*d.XPOS, 100*s.XPOS)
	fmt.Fprintf(&r, "UPOS+XPOS      %6.2f    %6.2f\n", 100*d.Both, 100*s.Both)
	fmt.Fprintf(&r, "lemma          %6.2f    %6.2f   (with predicted tags)\n", 100*d.Lemma, 100*s.Lemma)
	fmt.Fprintf(&r, "lemma, gold    %6.2f    %6.2f   (with gold tags)\n\n", 100*d.LemmaGoldTags, 100*s.LemmaGoldTags)
	fmt.Fprintf(&r, "Model: averaged perceptron over hashed features, joint UPOS|XPOS label (%d labels);\n", tg.NumLabels())
	fmt.Fprintf(&r, "passes left-to-right and right-to-left, then a left-to-right pass that sees both\n")
	fmt.Fprintf(&r, "(trained on %d-fold jackknifed first-pass tags); tag dictionary for frequent\n", opt.Folds)
	fmt.Fprintf(&r, "unambiguous words (freq >= %d, share >= %.3f). Features %#x. No word clusters\n", opt.DictMinFreq, opt.DictMinRatio, opt.feat)
	fmt.Fprintf(&r, "or ambiguity classes (both lowered dev accuracy).\n")
	if opt.Rare != nil {
		fmt.Fprintf(&r, "Rare-word model (%+v): the words never seen in train without a capital letter, where\n", opt.RareWords)
		fmt.Fprintf(&r, "the model above is unsure, are tagged with a second model trained with WordNet 3.0 lexicon features\n")
		fmt.Fprintf(&r, "(%d word forms; LexiconRare %d, LexiconNoCtx); see tagger_rare.go.\n", len(opt.Rare.Lexicon), opt.Rare.LexiconRare)
	}
	if len(opt.Lexicon) > 0 {
		fmt.Fprintf(&r, "External word lexicon (tgfLexicon): %d word forms of WordNet 3.0 (Princeton University;\n", len(opt.Lexicon))
		fmt.Fprintf(&r, "TG_WORDNET, Debian wordnet-base) with their parts of speech; the stems of regular endings\n")
		fmt.Fprintf(&r, "are looked up too. Features: the bits of w0, w-1, w+1 and of w0 with its capitalisation.\n")
	}
	fmt.Fprintf(&r, "Seed %d, epochs %d (first passes) and %d (final pass), weights quantised to 16 bits.\n", opt.Seed, opt.Epochs, opt.Epochs2)
	fmt.Fprintf(&r, "Weights: %s.\n", tgFeatCounts(tg))
	fmt.Fprintf(&r, "Files: tagger.bin.zst %d bytes, lemma.bin.zst %d bytes.\n", tb.Len(), lb.Len())
	fmt.Fprintf(&r, "Training took %s on %d CPUs (GOMAXPROCS); loading the tagger %s.\n\n", tagTime.Round(time.Second), runtime.GOMAXPROCS(0), loadTime.Round(time.Millisecond))
	fmt.Fprintf(&r, "Lemmatizer: (XPOS, form) and (UPOS, lower-case form) dictionaries from train,\n")
	fmt.Fprintf(&r, "hand tables of irregular verbs, plurals and comparatives, and suffix rules\n")
	fmt.Fprintf(&r, "learned over train word types (most frequent rewrite of the longest ending).\n\n")
	fmt.Fprintf(&r, "Reproduce: %sgo test ./syntax -run TestTrainTaggerModel -train-tagger -timeout 60m -v\n", tgEnvLine())
	fmt.Fprintf(&r, "Check:     go test ./syntax -run 'TestTaggerModelDev|TestTaggerNews' -v\n")
	fmt.Fprintf(&r, "Speed:     go test ./syntax -run '^$' -bench 'BenchmarkTag$' -benchtime 3s\n")
	if err := os.WriteFile(reportPath, []byte(r.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.String())
}

func tgFeatCounts(t *Tagger) string {
	var parts []string
	for p, name := range []string{"left to right", "right to left", "final"} {
		if t.block[p] >= 0 {
			parts = append(parts, name)
		}
	}
	s := fmt.Sprintf("%d features in one table for the passes %s", t.w.NumFeatures(), strings.Join(parts, ", "))
	if t.rare != nil {
		s += fmt.Sprintf("; the rare-word model %s", tgFeatCounts(t.rare))
	}
	return s
}

// tgEnvLine lists the TG_* option variables set (for the reproduce line),
// "" when none is.
func tgEnvLine() string {
	var b strings.Builder
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "TG_") && k != "TG_OUT" && k != "TG_MODEL" && k != "TG_QUIET" {
			b.WriteString(kv + " ")
		}
	}
	return b.String()
}
