package actor_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/eval"
)

var trainNERFlag = flag.Bool("train-ner", false, "train the NER model on ../../shared/data and write ../model/ner.bin.zst and ../model/ner.txt")

const nerModelFile = "../" + actor.NERModelPath

// gumHeldOut reads the GUM news documents held out from training.
func gumHeldOut(t testing.TB) []actor.NERSentence {
	return gumDocs(t, actor.GUMNERHeldOut)
}

func gumDocs(t testing.TB, names []string) []actor.NERSentence {
	dir := filepath.Join(sharedData, "gum-coref", "conll")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GUM not available (%v): the held-out measure needs ../shared/data", err)
	}
	// The gold conversion reads the frozen KB name list, as training does.
	kb, err := actor.NERGazetteerKB(filepath.Join("..", "data", "ner", "gazetteer", actor.NERKBNamesFile))
	if err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{}
	for _, d := range names {
		keep[d] = true
	}
	ss, err := actor.ReadGUMNER(dir, func(d string) bool { return keep[d] }, kb)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func unerFile(t testing.TB, split string) []actor.NERSentence {
	p := filepath.Join(sharedData, "uner-english-ewt", "en_ewt-ud-"+split+".iob2")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("UNER-EWT not available (%v)", err)
	}
	ss, err := eval.ReadNERFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func loadModel(t testing.TB) *actor.NER {
	n, err := actor.LoadNERFile(nerModelFile)
	if err != nil {
		t.Fatalf("loading %s: %v", nerModelFile, err)
	}
	return n
}

func fig(x eval.PRF) string {
	return fmt.Sprintf("%6.2f %6.2f %6.2f", 100*x.P(), 100*x.R(), 100*x.F1())
}

func report(w *strings.Builder, name string, sc eval.NERScore) {
	fmt.Fprintf(w, "%-34s %s   PER %5.2f  ORG %5.2f  LOC %5.2f   (%d gold entities)\n", name, fig(sc.All),
		100*sc.ByType["PER"].F1(), 100*sc.ByType["ORG"].F1(), 100*sc.ByType["LOC"].F1(), sc.All.Gold)
}

// TestTrainNERModel is the training hook: go test ./actor -run TestTrainNERModel -train-ner -timeout 30m -v
// It trains the development model (development material held out) for the
// dev figures, then the shipped model, and writes model/ner.bin.zst and
// model/ner.txt.
func TestTrainNERModel(t *testing.T) {
	if !*trainNERFlag {
		t.Skip("run with -train-ner to train model/ner.bin.zst")
	}
	if _, err := os.Stat(sharedData); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	var r strings.Builder
	start := time.Now()
	cDev, oDev := actor.DefaultNERTraining(sharedData, "..", false)
	mDev, _, err := actor.TrainNERFromCorpora(cDev, oDev)
	if err != nil {
		t.Fatal(err)
	}
	devTime := time.Since(start)
	unerDev := eval.ScoreNERModel(mDev, unerFile(t, "dev"))
	gumDev := eval.ScoreNERModel(mDev, gumDocs(t, actor.GUMNERDev))

	start = time.Now()
	c, o := actor.DefaultNERTraining(sharedData, "..", true)
	o.Log = os.Stderr
	m, summary, err := actor.TrainNERFromCorpora(c, o)
	if err != nil {
		t.Fatal(err)
	}
	trainTime := time.Since(start)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(nerModelFile, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	loaded, err := actor.LoadNER(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	loadTime := time.Since(t0)
	held := eval.ScoreNERModel(loaded, gumHeldOut(t))
	unerTest := eval.ScoreNERModel(loaded, unerFile(t, "test"))

	fmt.Fprintf(&r, "dyad named-entity recogniser (model/ner.bin.zst)\n\n")
	fmt.Fprintf(&r, "Trained %s on: %s.\n", time.Now().UTC().Format("2006-01-02"), summary)
	fmt.Fprintf(&r, "Gazetteers: the KB names frozen in data/ner/gazetteer/kb.txt (a name KB's MatchTokens: kind and\n")
	fmt.Fprintf(&r, "position; the GUM conversion reads them too; the model carries them), data/ner/gazetteer places.txt\n")
	fmt.Fprintf(&r, "and names.txt (GeoNames places, given and personal names). Word clusters: %d (exchange algorithm over the raw\n", o.Clusters)
	fmt.Fprintf(&r, "text and the training words). Each word's position in its run of capitalised words (B/I/L/U).\n")
	fmt.Fprintf(&r, "Model: averaged structured perceptron, BILOU labels over PER ORG LOC GPE NORP MISC, first-order\n")
	fmt.Fprintf(&r, "Viterbi with BILOU constraints; seed %d, %d epochs, the weights of %d runs (seeds %d..%d, different\n", o.Seed, o.Epochs, o.Runs, o.Seed, o.Seed+uint64(o.Runs)-1)
	if o.AddFeatures&actor.NERFeaturePOS != 0 {
		fmt.Fprintf(&r, "shuffles) averaged; weights quantised to 16 bits. Part-of-speech features (UPOS of the word and its\n")
		fmt.Fprintf(&r, "neighbours, from dyad's own tagger, model/tagger.bin.zst, which also tags the training text; actor/ner_pos.go).\n")
	} else {
		fmt.Fprintf(&r, "shuffles) averaged; weights quantised to 16 bits. No part-of-speech features.\n")
	}
	fmt.Fprintf(&r, "Tagging a document: a second pass (actor/ner_doc.go, %+v) leans repeated names,\n", actor.DefaultNERDocPass)
	fmt.Fprintf(&r, "surnames of full PER names and bracketed acronyms to the document's first-pass types; a leading\n")
	fmt.Fprintf(&r, "courtesy title (Mr, Dr) is taken out of PER names. The figures below include it.\n\n")
	fmt.Fprintf(&r, "Exact-match entity P R F1 over PER, ORG, LOC (GPE scored as LOC; NORP and MISC not scored):\n\n")
	fmt.Fprintf(&r, "%-34s %6s %6s %6s\n", "", "P", "R", "F1")
	report(&r, "GUM news held out (12 docs)", held)
	report(&r, "UNER-EWT test", unerTest)
	fmt.Fprintf(&r, "\nDevelopment model (GUM dev news and UNER-EWT dev left out of training; features and\nepochs were chosen on these):\n")
	report(&r, "GUM dev news (12 docs)", gumDev)
	report(&r, "UNER-EWT dev", unerDev)
	fmt.Fprintf(&r, "\nHeld-out GUM news: %s.\n", strings.Join(actor.GUMNERHeldOut, " "))
	fmt.Fprintf(&r, "File: ner.bin.zst %d bytes. Training took %s (development model %s) on 2 CPUs;\n", buf.Len(), trainTime.Round(time.Second), devTime.Round(time.Second))
	fmt.Fprintf(&r, "Loading the model (and building its name KB) takes %s.\n\n", loadTime.Round(time.Millisecond))
	fmt.Fprintf(&r, "Reproduce: go test ./actor -run TestTrainNERModel -train-ner -timeout 60m -v\n")
	fmt.Fprintf(&r, "       or: go build -o bin/dyad ./cmd/dyad && bin/dyad train ner --out /tmp   (the same file, byte for byte)\n")
	fmt.Fprintf(&r, "Check:     go test ./actor -run 'TestNER' -v ; go test ./eval -run TestNER -v\n")
	fmt.Fprintf(&r, "Speed:     go test ./actor -run '^$' -bench BenchmarkNER -benchtime 3x\n")
	if err := os.WriteFile("../model/ner.txt", []byte(r.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.String())
}
