package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// Training settings of the candidate filter (quote.TrainFilterModel).
const (
	FilterModelEpochs = 3
	FilterModelPrune  = 1
)

// FilterModelHeader heads quote/filtermodel.tsv.
const FilterModelHeader = "# dyad candidate filter (quote/filter.go): averaged perceptron over the quotes\n" +
	"# attribution proposes for PolNeAR train, each document attributed with a cue detector not\n" +
	"# trained on it (five-fold jackknife; detector thresholds 0 / 0; speech verbs' candidates left out;\n" +
	"# 3 passes, seed 1, |w| <= 1 dropped); feature<TAB>weight. Rebuilt by TestQuotesFilterCV.\n"

// TestQuotesFilterCV measures the candidate filter honestly on PolNeAR
// train: for each held-out fold f, the filter is trained on the quotes
// proposed for the other folds g, each attributed with a cue detector
// trained on neither f nor g; the held-out fold is attributed with the
// detector trained on the other folds and the filter at each threshold of
// DYAD_QUOTES_FCV_TH (a filter threshold of -1e9 is the filter off).
// Pooled scores are printed. With DYAD_QUOTES_FILTER_OUT=FILE it also
// writes the shipped filter, trained on all folds' quotes, each fold
// attributed with the detector trained on the others (pass "default" for
// quote/filtermodel.tsv). Dev is never read.
//
//	DYAD_QUOTES_FCV=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  go test ./eval -run TestQuotesFilterCV -v -timeout 60m
func TestQuotesFilterCV(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_FCV")
	fold := cvFoldOf(bds)
	gold := GoldCues(bds)
	ths := []float64{-1e9, -6, -4, -2, 0, 2}
	if s := os.Getenv("DYAD_QUOTES_FCV_TH"); s != "" {
		ths = nil
		for _, f := range strings.Split(s, ",") {
			var v float64
			if _, err := fmt.Sscan(f, &v); err != nil {
				t.Fatal(err)
			}
			ths = append(ths, v)
		}
	}
	// DYAD_QUOTES_FCV_VARIANTS flips switches (cvSwitches) or sets
	// thresholds (cvFloats, "name=value") for the whole run, training
	// included.
	if v := os.Getenv("DYAD_QUOTES_FCV_SET"); v != "" {
		for _, n := range strings.Split(v, ",") {
			if name, val, ok := strings.Cut(n, "="); ok {
				f := cvFloats[name]
				if f == nil {
					switch name {
					case "fb":
						f = &quote.CueFallback
					case "th":
						f = &quote.CueThreshold
					default:
						t.Fatalf("no threshold %q", name)
					}
				}
				keep := *f
				fmt.Sscan(val, f)
				defer func() { *f = keep }()
				continue
			}
			p := cvSwitches[n]
			if p == nil {
				t.Fatalf("no switch %q", n)
			}
			keep := *p
			*p = !keep
			defer func() { *p = keep }()
		}
	}
	keepTh, keepOn, keepSp := quote.FilterThreshold, quote.CandidateFilter, quote.FilterSpeech
	defer func() { quote.FilterThreshold, quote.CandidateFilter, quote.FilterSpeech = keepTh, keepOn, keepSp }()
	oldFilter := quote.SetFilterModel(&quote.CueModel{W: map[string]float64{}})
	defer quote.SetFilterModel(oldFilter)
	oldCue := quote.SetCueModel(&quote.CueModel{W: map[string]float64{}})
	defer quote.SetCueModel(oldCue)

	// models[key] is the cue detector trained on every fold but those of
	// key (one fold, or a pair).
	models := map[[2]int]*quote.CueModel{}
	model := func(f, g int) *quote.CueModel {
		if g < f {
			f, g = g, f
		}
		k := [2]int{f, g}
		if m := models[k]; m != nil {
			return m
		}
		var trDocs []*doc.Document
		var trGold [][][2]int
		for i := range bds {
			if fold[i] != f && fold[i] != g {
				trDocs = append(trDocs, docs[i])
				trGold = append(trGold, gold[i])
			}
		}
		m := quote.TrainCueModel(trDocs, trGold, QuoteModelEpochs, QuoteModelSeed, QuoteModelPrune)
		models[k] = m
		return m
	}
	// examples of fold g attributed with the detector m.
	examples := func(g int, m *quote.CueModel) ([]quote.FilterExample, []bool) {
		quote.SetCueModel(m)
		var ex []quote.FilterExample
		var labels []bool
		for i := range bds {
			if fold[i] != g {
				continue
			}
			for _, e := range quote.FilterExamples(docs[i]) {
				cue := false
				for _, c := range gold[i] {
					if e.Start < c[1] && c[0] < e.End {
						cue = true
						break
					}
				}
				ex = append(ex, e)
				labels = append(labels, cue)
			}
		}
		return ex, labels
	}
	// DYAD_QUOTES_FCV_EVAL="th,fb;th,fb" attributes the held-out folds at
	// each of these detector thresholds too (the filter's examples are
	// collected at the run's own settings).
	type evalSet struct{ th, fb float64 }
	evals := []evalSet{{quote.CueThreshold, quote.CueFallback}}
	if s := os.Getenv("DYAD_QUOTES_FCV_EVAL"); s != "" {
		evals = nil
		for _, p := range strings.Split(s, ";") {
			var e evalSet
			if _, err := fmt.Sscanf(p, "%g,%g", &e.th, &e.fb); err != nil {
				t.Fatal(err)
			}
			evals = append(evals, e)
		}
	}
	keepCT, keepFB := quote.CueThreshold, quote.CueFallback
	defer func() { quote.CueThreshold, quote.CueFallback = keepCT, keepFB }()
	// DYAD_QUOTES_FCV_VARIANTS="10;3;speech:3/w=,p1=" trains one filter
	// per variant: "speech:" to decide speech verbs' candidates too, the
	// epochs, then feature prefixes left out.
	fvars := []filterVariant{{epochs: FilterModelEpochs, speech: quote.FilterSpeech}}
	if s := os.Getenv("DYAD_QUOTES_FCV_VARIANTS"); s != "" {
		fvars = nil
		for _, p := range strings.Split(s, ";") {
			var fv filterVariant
			if strings.HasPrefix(p, "speech:") {
				fv.speech, p = true, p[len("speech:"):]
			}
			e, drop, _ := strings.Cut(p, "/")
			fmt.Sscan(e, &fv.epochs)
			if drop != "" {
				fv.drop = strings.Split(drop, ",")
			}
			fvars = append(fvars, fv)
		}
	}
	scores := make([]QuoteScore, len(fvars)*len(ths)*len(evals))
	for f := 0; f < cvFolds; f++ {
		var ex []quote.FilterExample
		var labels []bool
		for g := 0; g < cvFolds; g++ {
			if g == f {
				continue
			}
			e, l := examples(g, model(f, g))
			ex, labels = append(ex, e...), append(labels, l...)
		}
		quote.SetCueModel(model(f, f))
		for vi, fv := range fvars {
			quote.SetFilterModel(trainFilterVariant(ex, labels, fv))
			quote.FilterSpeech = fv.speech
			for ei, ev := range evals {
				quote.CueThreshold, quote.CueFallback = ev.th, ev.fb
				for ti, th := range ths {
					quote.FilterThreshold = th
					for i, b := range bds {
						if fold[i] == f {
							quote.Attribute(docs[i])
							scores[(vi*len(evals)+ei)*len(ths)+ti].ScoreQuoteDoc(b.Gold, docs[i].Quotes)
						}
					}
				}
			}
		}
		quote.CueThreshold, quote.CueFallback = keepCT, keepFB
		t.Logf("fold %d: %d filter examples", f, len(ex))
	}
	var out strings.Builder
	for si := range scores {
		fv, ev, th := fvars[si/(len(ths)*len(evals))], evals[(si/len(ths))%len(evals)], ths[si%len(ths)]
		c, so, co := scores[si].Cue, scores[si].Source, scores[si].Content
		fmt.Fprintf(&out, "[speech=%v %d/%s] th=%g fb=%g filter=%-6g cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f\n",
			fv.speech, fv.epochs, strings.Join(fv.drop, ","), ev.th, ev.fb, th, 100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
	}
	t.Log("\n" + out.String())

	path := os.Getenv("DYAD_QUOTES_FILTER_OUT")
	if path == "" {
		return
	}
	if path == "default" {
		path = filepath.Join("..", "quote", "filtermodel.tsv")
	}
	var ex []quote.FilterExample
	var labels []bool
	for g := 0; g < cvFolds; g++ {
		e, l := examples(g, model(g, g))
		ex, labels = append(ex, e...), append(labels, l...)
	}
	m := trainFilterVariant(ex, labels, fvars[0])
	w, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := m.WriteTSV(w, FilterModelHeader); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d filter weights from %d examples written to %s", len(m.W), len(ex), path)
}

// filterVariant is a way to train the candidate filter: passes, and
// feature prefixes left out.
type filterVariant struct {
	epochs int
	drop   []string
	speech bool // the filter decides speech verbs' candidates too (quote.FilterSpeech)
}

func trainFilterVariant(ex []quote.FilterExample, labels []bool, fv filterVariant) *quote.CueModel {
	if !fv.speech {
		var kex []quote.FilterExample
		var kl []bool
		for i, e := range ex {
			if !e.Speech {
				kex, kl = append(kex, e), append(kl, labels[i])
			}
		}
		ex, labels = kex, kl
	}
	if len(fv.drop) > 0 {
		kept := make([]quote.FilterExample, len(ex))
		for i, e := range ex {
			var fs []string
			for _, f := range e.Features {
				ok := true
				for _, p := range fv.drop {
					if strings.HasPrefix(f, p) {
						ok = false
						break
					}
				}
				if ok {
					fs = append(fs, f)
				}
			}
			kept[i] = quote.FilterExample{Features: fs, Start: e.Start, End: e.End}
		}
		ex = kept
	}
	return quote.TrainFilterModel(ex, labels, fv.epochs, QuoteModelSeed, FilterModelPrune)
}
